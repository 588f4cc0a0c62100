/**
 * Recognized words back into the text a typed document would give: words become positioned pieces for the
 * shared page layout (`page-layout.ts`), so a scan's lines are rejoined into paragraphs and its numbered items
 * start paragraphs exactly as a PDF text layer's would, and the structure parser sees the same items.
 */
import { type Piece, pageText } from "../page-layout.ts";
import type { OcrWord } from "./ocr-engine.ts";

/** Words read below this confidence that hold no letter or digit are specks of dirt, not punctuation. */
const SPECK_CONFIDENCE = 50;

/**
 * Dust read as a word: punctuation read with low confidence, or anything narrower than half a letter height read
 * with almost none (real words recognized badly are still wide). Left in, a speck beside a short line makes it
 * look like two columns and splits its paragraph.
 */
const isSpeck = (w: OcrWord, body: number) =>
  (w.confidence < SPECK_CONFIDENCE && !/[\p{L}\p{N}]/u.test(w.text)) ||
  (w.confidence < 30 && w.right - w.left < 0.6 * body);

/** Common OCR confusions in Vietnamese official text that a typed document never has. */
const FIXES: [RegExp, string][] = [
  [/[“”„]/gu, '"'],
  [/[‘’]/gu, "'"],
  [/[ \t]+([,.;:!?)])/gu, "$1"],
  [/([(])[ \t]+/gu, "$1"],
  [/(\d)\s*\/\s*(\d)/gu, "$1/$2"],
];

/** Dots and marks glued before a word by specks: "...30/6/2025." read with low confidence. */
const LEADING_DUST = /^[.,:;'"`|_~^*]+(?=[\p{L}\p{N}])/u;

/**
 * A lone mark far from any word of its line (a ";" two hands right of "này."): a speck read with confidence.
 * Left in, it makes its line look like two columns and ends the paragraph there.
 */
function isStrayMark(w: OcrWord, words: OcrWord[], body: number): boolean {
  if (/[\p{L}\p{N}]/u.test(w.text)) return false;
  return !words.some(
    (o) =>
      o !== w &&
      Math.abs(o.baseline - w.baseline) < body / 2 &&
      Math.min(Math.abs(o.left - w.right), Math.abs(w.left - o.right)) < 2 * body,
  );
}

/**
 * One recognized paragraph cleaned of what scanning adds: dust read as punctuation before the first word or as a
 * letter after the last stop, the
 * dot a numbered item's number lost ("2.1 Tiếp tục" → "2.1. Tiếp tục"), spaces OCR puts around punctuation.
 */
function tidyParagraph(paragraph: string): string {
  let text = paragraph.replace(/^[.,:;'"`|_~^*]+\s+(?=[\p{L}\p{N}-])/u, "");
  // A letter or two after the final stop is a speck beside the last line, not a word.
  text = text.replace(/([.:;!?…])\s+[^\s\p{N}]{1,2}$/u, "$1");
  text = text.replace(/^(\d{1,2}(?:\.\d{1,2})+)\s(?=\p{Lu})/u, "$1. ");
  for (const [pattern, replacement] of FIXES) text = text.replace(pattern, replacement);
  return text;
}

/**
 * The page's text from its recognized words: lines rejoined, paragraphs and numbered items rebuilt.
 *
 * @example
 * ocrPageText(result.words) // "KẾT LUẬN\n\n1. Ban Tổ chức Tỉnh ủy tham mưu …"
 */
export function ocrPageText(words: OcrWord[]): string {
  if (words.length === 0) return "";
  // One font size for the body: row heights vary a little with diacritics, which must not break paragraphs.
  const heights = words.map((w) => w.lineHeight).sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)] || 1;
  const kept = words
    .filter((w) => !isSpeck(w, body) && !isStrayMark(w, words, body))
    .map((w) => (w.confidence < 50 ? { ...w, text: w.text.replace(LEADING_DUST, "") || w.text } : w));
  if (kept.length === 0) return "";
  const pieces: Piece[] = kept.map((w) => ({
    // The trailing space separates words: OCR gaps are not reliable enough to decide it from positions.
    str: `${w.text} `,
    x: w.left,
    y: -w.baseline,
    width: w.right - w.left,
    // Only a clearly bigger line (a large title) keeps its own size: a row of x-height letters or digits
    // ("này.", "30/6/2025.") is measured smaller, and must not end its paragraph.
    // A word read with little confidence has its box swollen by the dust around it: not a title.
    size: w.lineHeight >= 1.5 * body && w.confidence >= 50 ? w.lineHeight : body,
  }));
  // Baselines of a straightened scan are exact to a pixel or two, so the 6 pt spacing official documents put
  // between paragraphs (a gap about 1.3 times a line) is told from a line break.
  return pageText(pieces, { gapRatio: 1.2 })
    .normalize("NFC")
    .split("\n\n")
    .map(tidyParagraph)
    .filter((p) => /[\p{L}\p{N}]/u.test(p))
    .join("\n\n");
}
