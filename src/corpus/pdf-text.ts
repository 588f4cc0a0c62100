/**
 * Text of a PDF's text layer, laid out for the structure parser: one paragraph per line, paragraphs separated
 * by blank lines, pages separated by a blank line (the parser rejoins sentences split by a page break).
 *
 * Runs pdf.js in this thread (no worker, no eval, no system fonts); the standard font and CMap data it may need
 * are read from the installed `pdfjs-dist` package, never fetched from the network.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  GlobalWorkerOptions,
  getDocument,
  InvalidPDFException,
  VerbosityLevel,
} from "pdfjs-dist/legacy/build/pdf.mjs";
import { InputError } from "../errors.ts";

const require = createRequire(import.meta.url);
const PDFJS_ROOT = path.dirname(require.resolve("pdfjs-dist/package.json"));
// In Node pdf.js always uses its in-thread "fake worker"; point it at the installed worker module explicitly.
GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href;

/** A run of text on one visual line, between large horizontal gaps (table cells, two-column headers). */
interface Segment {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** How many segments share this visual line. */
  columns: number;
}

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,5}\.|[a-zđ]\)|[-•+–])\s/u;
const CLAUSE_END = /[.:;!?…]$/u;
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/;

/** Groups text pieces into visual lines, then splits each line at gaps wider than three character heights. */
function segmentsOf(pieces: Piece[]): Segment[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - piece.y) <= 0.5 * Math.min(line[0].size, piece.size)) line.push(piece);
    else lines.push([piece]);
  }
  const segments: Segment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let current: Segment | null = null;
    const first = segments.length;
    for (const piece of line) {
      // pdf.js adds whitespace items across gaps, even a whole column wide: keep the space, not the width.
      if (piece.str.trim() === "") {
        if (current) current.text += " ";
        continue;
      }
      const gap = current ? piece.x - current.right : 0;
      if (!current || gap > 3 * piece.size) {
        const { str: text, x: left, size } = piece;
        current = { text, left, right: left + piece.width, y: line[0].y, size, columns: 1 };
        segments.push(current);
        continue;
      }
      const joined = gap > 0.2 * piece.size && !/\s$/.test(current.text) && !/^\s/.test(piece.str);
      current.text += (joined ? " " : "") + piece.str;
      current.right = Math.max(current.right, piece.x + piece.width);
      current.size = Math.max(current.size, piece.size);
    }
    for (const segment of segments.slice(first)) segment.columns = segments.length - first;
  }
  return segments
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, " ").trim() }))
    .filter((s) => s.text !== "");
}

/**
 * Joins a page's segments into paragraphs. A new paragraph starts at a vertical gap wider than the usual line
 * gap, a change of font size, a multi-column line (header table, signature block), a centered line (titles),
 * a line starting with a list marker after a finished or short line, and after a finished sentence on a short
 * line or before an indented one. A line broken after a hyphen ("32-" / "NQ/TU") is joined without a space.
 */
function paragraphsOf(segments: Segment[]): string[] {
  const body = segments.filter(
    (s, i) => !((i === 0 || i === segments.length - 1) && PAGE_NUMBER.test(s.text) && segments.length > 1),
  );
  if (body.length === 0) return [];
  const gaps = body
    .slice(1)
    .map((s, i) => body[i].y - s.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  const lineGap = gaps.length ? gaps[Math.floor(gaps.length / 4)] : 0;
  const left = Math.min(...body.map((s) => s.left));
  const right = Math.max(...body.map((s) => s.right));
  const short = (s: Segment) => s.right < right - 2 * s.size;
  const centered = (s: Segment) =>
    short(s) && s.left > left + 2 * s.size && Math.abs(s.left + s.right - left - right) < s.size;
  const paragraphs: string[] = [body[0].text];
  for (let i = 1; i < body.length; i++) {
    const [previous, next] = [body[i - 1], body[i]];
    const ended = CLAUSE_END.test(previous.text);
    const breaks =
      previous.columns > 1 ||
      next.columns > 1 ||
      previous.y - next.y > 1.35 * lineGap ||
      Math.abs(previous.size - next.size) > 0.15 * previous.size ||
      centered(previous) ||
      centered(next) ||
      (MARKER.test(next.text) && (ended || short(previous))) ||
      (ended && (short(previous) || next.left > left + next.size));
    const last = paragraphs.length - 1;
    if (breaks) paragraphs.push(next.text);
    else paragraphs[last] += (/[\p{L}\p{N}]-$/u.test(paragraphs[last]) ? "" : " ") + next.text;
  }
  return paragraphs;
}

function pdfError(error: unknown): InputError {
  const name = (error as Error)?.name;
  if (name === "PasswordException")
    return new InputError(
      "PDF is encrypted with a password",
      "Tệp PDF được đặt mật khẩu nên không đọc được. Hãy gỡ mật khẩu hoặc tải bản .docx.",
    );
  const problem = error instanceof InvalidPDFException ? "invalid PDF structure" : (error as Error)?.message;
  return new InputError(
    `PDF cannot be read: ${problem}`,
    "Không đọc được tệp PDF (tệp có thể bị hỏng). Hãy xuất lại tệp PDF hoặc tải bản .docx.",
  );
}

/**
 * Extracts the text layer of a PDF. Rejects, with a Vietnamese `userMessage`, a PDF without a text layer
 * (a scan), one where most pages have no text, an encrypted one and a corrupt one.
 *
 * @example
 * const { text, pages } = await pdfToText(readFileSync("ket-luan.pdf"));
 * // text: "KẾT LUẬN\n\n1. Ban Tổ chức Tỉnh ủy tham mưu …", pages: 3
 */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it gets; give it a copy so the caller's bytes stay usable.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: `${path.join(PDFJS_ROOT, "standard_fonts")}${path.sep}`,
    cMapUrl: `${path.join(PDFJS_ROOT, "cmaps")}${path.sep}`,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    const pageTexts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [, , c, d, x, y] = item.transform as number[];
        pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height || 1 });
      }
      pageTexts.push(paragraphsOf(segmentsOf(pieces)).join("\n\n"));
      page.cleanup();
    }
    const withText = pageTexts.filter((t) => /\p{L}/u.test(t)).length;
    if (withText === 0 || withText < doc.numPages / 2) {
      const which =
        withText === 0
          ? "không có lớp chữ"
          : `có ${doc.numPages - withText}/${doc.numPages} trang không có lớp chữ`;
      throw new InputError(
        `PDF has no text layer on ${doc.numPages - withText} of ${doc.numPages} pages (scanned?)`,
        `Tệp PDF này ${which} (có thể là bản scan) nên không trích được nội dung. ` +
          "Hãy tải bản .docx hoặc PDF có lớp chữ.",
      );
    }
    const text = pageTexts
      .filter(Boolean)
      .join("\n\n")
      .normalize("NFC")
      .replace(/\u00a0/g, " ");
    return { text: `${text}\n`, pages: doc.numPages };
  } catch (error) {
    throw error instanceof InputError ? error : pdfError(error);
  } finally {
    await task.destroy();
  }
}
