/**
 * Text of a PDF, laid out for the structure parser (see `page-layout.ts`): the text layer where a page has one,
 * and, when an OCR reader is given, recognized text for pages without (scans). Pages are separated by a blank
 * line (the parser rejoins sentences split by a page break); when OCR ran, every page opens with a page marker
 * (`page-markers.ts`) so passages are cited with their page.
 *
 * pdf.js is imported on the first PDF only: its legacy build replaces `JSON.stringify`/`JSON.parse` for the
 * whole process and costs over a second at start-up. It runs in this thread (no worker, no eval, no system
 * fonts); the standard font and CMap data it may need are read from the installed package, never fetched.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Canvas } from "@napi-rs/canvas";
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api.js";
import { InputError } from "../errors.ts";
import { type Piece, pageText } from "./page-layout.ts";
import { pageMarker } from "./page-markers.ts";

const require = createRequire(import.meta.url);
const PDFJS_ROOT = path.dirname(require.resolve("pdfjs-dist/package.json"));

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<Pdfjs> | null = null;

/** pdf.js, loaded once on first use. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs").then((m) => {
    // In Node pdf.js always uses its in-thread "fake worker"; point it at the installed worker module.
    m.GlobalWorkerOptions.workerSrc = pathToFileURL(
      require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ).href;
    return m;
  });
  return pdfjs;
}

/** What OCR made of one page. */
export interface PageOcrText {
  page: number;
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
}

/**
 * Reads the pages that have no text layer. `render` draws a page (1-based) at `dpi` on a canvas; the reader
 * decides how many run at once.
 */
export type PdfPageReader = (
  pages: number[],
  render: (page: number, dpi: number) => Promise<Canvas>,
) => Promise<PageOcrText[]>;

export interface PdfText {
  text: string;
  pages: number;
  /** Per page, when OCR ran: whether the page was recognized and how confidently (100 for a text layer). */
  pageFacts?: { page: number; ocr: boolean; confidence: number }[];
}

function pdfError(error: unknown): InputError {
  const name = (error as Error)?.name;
  if (name === "PasswordException")
    return new InputError(
      "PDF is encrypted with a password",
      "Tệp PDF được đặt mật khẩu nên không đọc được. Hãy gỡ mật khẩu hoặc tải bản .docx.",
    );
  const problem = name === "InvalidPDFException" ? "invalid PDF structure" : (error as Error)?.message;
  return new InputError(
    `PDF cannot be read: ${problem}`,
    "Không đọc được tệp PDF (tệp có thể bị hỏng). Hãy xuất lại tệp PDF hoặc tải bản .docx.",
  );
}

async function textLayer(doc: PDFDocumentProxy, n: number): Promise<string> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const pieces: Piece[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str === "") continue;
    const [, , c, d, x, y] = item.transform as number[];
    pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height || 1 });
  }
  page.cleanup();
  return pageText(pieces);
}

async function renderPage(doc: PDFDocumentProxy, n: number, dpi: number): Promise<Canvas> {
  const { createCanvas } = await import("@napi-rs/canvas");
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  // pdf.js draws on any 2D context with the DOM's API; @napi-rs/canvas provides it.
  await page.render({ canvas: null, canvasContext: context as never, viewport }).promise;
  page.cleanup();
  return canvas;
}

/** The pages among `pages` that paint an image (a scanned page is one big image). */
async function pagesWithImages(doc: PDFDocumentProxy, pages: number[], ops: Pdfjs["OPS"]): Promise<number[]> {
  const painting = new Set<number>([
    ops.paintImageXObject,
    ops.paintInlineImageXObject,
    ops.paintImageXObjectRepeat,
  ]);
  const found: number[] = [];
  for (const n of pages) {
    const page = await doc.getPage(n);
    const list = await page.getOperatorList();
    // A scanned page keeps its operator list and decoded image for `renderPage` (same intent): decoded once.
    if (list.fnArray.some((fn) => painting.has(fn))) found.push(n);
    else page.cleanup();
  }
  return found;
}

function noTextLayer(missing: number, total: number): InputError {
  const which = missing === total ? "không có lớp chữ" : `có ${missing}/${total} trang không có lớp chữ`;
  return new InputError(
    `PDF has no text layer on ${missing} of ${total} pages (scanned?)`,
    `Tệp PDF này ${which} (có thể là bản scan) nên không trích được nội dung. ` +
      "Hãy tải bản .docx hoặc PDF có lớp chữ.",
  );
}

/**
 * Extracts a PDF's text. Pages without a text layer go to `readPages` (OCR); without it, a PDF where most pages
 * have no text is rejected as a scan. Encrypted and corrupt PDFs are rejected with a Vietnamese `userMessage`.
 *
 * @example
 * const { text, pages } = await pdfToText(readFileSync("ket-luan.pdf"));
 * // text: "KẾT LUẬN\n\n1. Ban Tổ chức Tỉnh ủy tham mưu …", pages: 3
 * const scan = await pdfToText(bytes, ocrReader); // text: "<!-- trang 1, bản quét -->\n\nKẾT LUẬN …"
 */
export async function pdfToText(bytes: Uint8Array, readPages?: PdfPageReader): Promise<PdfText> {
  const { getDocument, OPS, VerbosityLevel } = await loadPdfjs().catch((error) => {
    throw new InputError(`pdf.js failed to load: ${(error as Error).message}`, "Không đọc được tệp PDF.");
  });
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
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) texts.push(await textLayer(doc, n));
    const blank = texts.flatMap((t, i) => (/\p{L}/u.test(t) ? [] : [i + 1]));
    // Only a page that shows an image can be a scan; an empty page is just empty (no OCR worker started).
    const scanned = readPages ? await pagesWithImages(doc, blank, OPS) : [];
    const tidy = (text: string) => text.normalize("NFC").replace(/\u00a0/g, " ");
    if (scanned.length === 0) {
      if (blank.length > doc.numPages / 2) throw noTextLayer(blank.length, doc.numPages);
      const text = tidy(texts.filter(Boolean).join("\n\n"));
      return { text: `${text}\n`, pages: doc.numPages };
    }
    const read = await (readPages as PdfPageReader)(scanned, (n, dpi) => renderPage(doc, n, dpi));
    const byPage = new Map(read.map((r) => [r.page, r]));
    const pageFacts = texts.map((t, i) => {
      const ocr = byPage.get(i + 1);
      return {
        page: i + 1,
        ocr: Boolean(ocr),
        confidence: ocr ? Math.round(ocr.confidence) : 100,
        text: ocr?.text ?? t,
      };
    });
    const text = pageFacts.map((p) => `${pageMarker(p.page, p.ocr)}\n\n${tidy(p.text)}`).join("\n\n");
    return {
      text: `${text}\n`,
      pages: doc.numPages,
      pageFacts: pageFacts.map(({ text: _, ...fact }) => fact),
    };
  } catch (error) {
    throw error instanceof InputError ? error : pdfError(error);
  } finally {
    await task.destroy();
  }
}
