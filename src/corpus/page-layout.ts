/**
 * Page layout shared by the PDF text layer and OCR: pieces of text with positions become visual lines, then
 * paragraphs the structure parser reads (one paragraph per line, blank lines between). A line broken after a
 * hyphen is joined without a space, wrapped lines are joined, list markers and titles start new paragraphs.
 */

/** A run of text with its position: y grows upwards (PDF space; OCR negates image rows). */
export interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

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

/**
 * One page's text from its positioned pieces: paragraphs separated by blank lines, page numbers dropped.
 *
 * @example
 * pageText([{ str: "KẾT LUẬN", x: 250, y: 780, width: 90, size: 14 }]) // "KẾT LUẬN"
 */
export function pageText(pieces: Piece[]): string {
  return paragraphsOf(segmentsOf(pieces)).join("\n\n");
}
