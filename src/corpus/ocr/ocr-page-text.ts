/**
 * Recognized words back into the text a typed document would give: words become positioned pieces for the
 * shared page layout (`page-layout.ts`), so a scan's lines are rejoined into paragraphs and its numbered items
 * start paragraphs exactly as a PDF text layer's would, and the structure parser sees the same items.
 */
import { type Piece, pageText } from "../page-layout.ts";
import type { OcrWord } from "./ocr-engine.ts";

/** Words read below this confidence that hold no letter or digit are specks of dirt, not punctuation. */
const SPECK_CONFIDENCE = 50;

/** Common OCR confusions in Vietnamese official text that a typed document never has. */
const FIXES: [RegExp, string][] = [
  [/[“”„]/gu, '"'],
  [/[‘’]/gu, "'"],
  [/[ \t]+([,.;:!?)])/gu, "$1"],
  [/([(])[ \t]+/gu, "$1"],
  [/(\d)\s*\/\s*(\d)/gu, "$1/$2"],
];

/**
 * The page's text from its recognized words: lines rejoined, paragraphs and numbered items rebuilt.
 *
 * @example
 * ocrPageText(result.words) // "KẾT LUẬN\n\n1. Ban Tổ chức Tỉnh ủy tham mưu …"
 */
export function ocrPageText(words: OcrWord[]): string {
  const kept = words.filter((w) => w.confidence >= SPECK_CONFIDENCE || /[\p{L}\p{N}]/u.test(w.text));
  if (kept.length === 0) return "";
  // One font size for the body: row heights vary a little with diacritics, which must not break paragraphs.
  const heights = kept.map((w) => w.lineHeight).sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)] || 1;
  const pieces: Piece[] = kept.map((w) => ({
    // The trailing space separates words: OCR gaps are not reliable enough to decide it from positions.
    str: `${w.text} `,
    x: w.left,
    y: -w.baseline,
    width: w.right - w.left,
    size: Math.abs(w.lineHeight - body) <= 0.25 * body ? body : w.lineHeight,
  }));
  let text = pageText(pieces).normalize("NFC");
  for (const [pattern, replacement] of FIXES) text = text.replace(pattern, replacement);
  return text;
}
