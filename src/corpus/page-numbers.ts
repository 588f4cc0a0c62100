/**
 * Page numbers left in a text extracted with its layout (`pdftotext -layout`): a number alone on its line, centred
 * under the page, beside a blank line. Read as text it joins the title or sentence above it ("2. Phòng Quản lý công
 * nghiệp" then "2" became the party "Phòng Quản lý công nghiệp 2").
 */

/** A line that is only a centred page number: indented past any list marker, one to three digits. */
const PAGE_NUMBER_LINE = /^[ \t]{8,}\d{1,3}[ \t]*$/;
/** A line that is only a number, at any indent: a page number when it stands alone between paragraphs of text. */
export const NUMBER_LINE = /^[ \t]*\d{1,3}[ \t]*$/;

/**
 * Blanks page-number lines in place (offsets and line numbers stay): a centred number beside a blank line, or a
 * number alone between two paragraphs of text.
 *
 * @example
 * blankPageNumbers("2. Phòng Quản lý\n                    2\n\nChủ trì …") // "2. Phòng Quản lý\n                     \n\nChủ trì …"
 */
export function blankPageNumbers(text: string): string {
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!NUMBER_LINE.test(line)) continue;
    const blankBefore = (lines[i - 1] ?? "").trim() === "";
    const blankAfter = (lines[i + 1] ?? "").trim() === "";
    // Centred: beside a blank line. At the margin: alone between two paragraphs of text, not in a column of numbers
    // (a table's cells one per paragraph) nor beside a table row.
    const centred = PAGE_NUMBER_LINE.test(line) && (blankBefore || blankAfter);
    const alone =
      blankBefore && blankAfter && isText(nearestLine(lines, i, -1)) && isText(nearestLine(lines, i, 1));
    if (!centred && !alone) continue;
    lines[i] = " ".repeat(lines[i]?.length ?? 0);
    changed = true;
  }
  return changed ? lines.join("\n") : text;
}

/** The nearest non-blank line above (step -1) or below (step 1) line `i`. */
function nearestLine(lines: readonly string[], i: number, step: -1 | 1): string {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    if ((lines[j] ?? "").trim() !== "") return lines[j] ?? "";
  }
  return "";
}

/** A line of running text: not a number alone, not a table row. */
const isText = (line: string) => /\p{L}/u.test(line) && !NUMBER_LINE.test(line) && !line.includes("|");
