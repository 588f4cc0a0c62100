/**
 * Page numbers left in a text extracted with its layout (`pdftotext -layout`): a number alone on its line, centred
 * under the page, beside a blank line. Read as text it joins the title or sentence above it ("2. Phòng Quản lý công
 * nghiệp" then "2" became the party "Phòng Quản lý công nghiệp 2").
 */

/** A line that is only a centred page number: indented past any list marker, one to three digits. */
const PAGE_NUMBER_LINE = /^[ \t]{8,}\d{1,3}[ \t]*$/;

/**
 * Blanks centred page-number lines that stand beside a blank line, in place: offsets and line numbers stay.
 *
 * @example
 * blankPageNumbers("2. Phòng Quản lý\n                    2\n\nChủ trì …") // "2. Phòng Quản lý\n                     \n\nChủ trì …"
 */
export function blankPageNumbers(text: string): string {
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!PAGE_NUMBER_LINE.test(lines[i] ?? "")) continue;
    const besideBlank = (lines[i - 1] ?? "").trim() === "" || (lines[i + 1] ?? "").trim() === "";
    if (!besideBlank) continue;
    lines[i] = " ".repeat(lines[i]?.length ?? 0);
    changed = true;
  }
  return changed ? lines.join("\n") : text;
}
