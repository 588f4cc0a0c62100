/**
 * A trailer typed as two columns side by side, as `pdftotext -layout` saves it: the "Nơi nhận" list on the left, the
 * signature on the right.
 *
 *   Nơi nhận:                                           KT. GIÁM ĐỐC
 *   - Công ty CP XD Giao thông Yên Bái;
 *   - Tổng công ty xây dựng Trường Sơn;                 PHÓ GIÁM ĐỐC
 *   - Lưu: VT, CN.
 *
 *                                                       Hoàng Văn Thuân
 *
 * Read line by line, the signer's title runs into the recipients ("Nơi nhận: KT. GIÁM ĐỐC"). Unfolded, the list comes
 * first and the signature after it, as a converted Word file has them.
 */
import { paragraphs, type Run, rightColumnAt, runsOf, splitColumns } from "./column-header.ts";

/** The line that opens the recipients: "Nơi nhận:" (a scan's "Nơi nhân:" too). */
const RECIPIENTS = /^\s*N[ơo]i\s*nh[ậâa]n\s*:?/u;
/** How many lines the trailer may run to, from "Nơi nhận". */
const TRAILER_LINES = 40;

/**
 * Unfolds a two-column trailer: from the "Nơi nhận" line to the signer's name, its left column's lines, then its
 * right column's. The result has the same length (padded with spaces), so every offset after it stays where it was.
 * Text with no such trailer comes back unchanged.
 *
 * @example
 * unfoldColumnTrailer("Nơi nhận:                              GIÁM ĐỐC\n- Như trên;\n\n                                       Hoàng Chí Hiền")
 * // "Nơi nhận:\n- Như trên;\n\nGIÁM ĐỐC\n\nHoàng Chí Hiền …"
 */
export function unfoldColumnTrailer(text: string): string {
  const lines = text.split("\n");
  // Only the lines from "Nơi nhận" on are read as runs: the body is no part of the trailer.
  const start = lines.findIndex((line) => RECIPIENTS.test(line) && rightColumnAt(runsOf(line)) !== undefined);
  if (start < 0) return text;
  const runs = lines.slice(start, start + TRAILER_LINES).map(runsOf);
  const right = rightColumnAt(runs[0] as Run[]) as number;
  // The trailer ends with the signer's name: a line of the right column alone, after a blank line, once the left
  // column has ended.
  let end = -1;
  let blank = false;
  for (let k = 1; k < runs.length; k++) {
    const r = runs[k] as Run[];
    if (r.length === 0) {
      blank = true;
      continue;
    }
    const leftText = r.some((x) => x.at < right - 8);
    if (!leftText && blank) {
      end = start + k;
      break;
    }
    if (leftText && blank) break;
    blank = false;
  }
  if (end < 0) return text;
  const { left, over } = splitColumns(runs.slice(0, end - start + 1), right);
  if (over.length < 2) return text;
  const before = lines.slice(0, start).join("\n");
  const original = lines.slice(start, end + 1).join("\n");
  const unfolded = [...left, "", ...paragraphs(over)].join("\n");
  if (unfolded.length > original.length) return text;
  const offset = before.length + (start > 0 ? 1 : 0);
  return text.slice(0, offset) + unfolded.padEnd(original.length, " ") + text.slice(offset + original.length);
}
