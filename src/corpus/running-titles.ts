/**
 * A text saved by a site crawler may repeat the document's citation before each of its headings, as a running title:
 * "Quyết định 435/QĐ-UBND năm 2020. Điều 1.", "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG
 * HOẠT ĐỘNG". Read as text, it hides every heading after it ("II." no longer opens a line), so the plan's sections
 * are lost. Such a prefix is found by its shape, not its words: the same sentence opening three lines or more, each
 * time before a heading (a division marker or a run of capitals).
 */

/** A heading after the running title: "Điều 1.", "II. NỘI DUNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG.", "ỦY BAN NHÂN DÂN …". */
const HEADING =
  /^(?:(?:Điều|Chương|Mục|Phần|Phụ lục)\s+[\dIVXLC]+\b|[IVXLC]{1,5}\.\s|\p{Lu}{2,}\s+\p{Lu}{2,})/u;
/** Where a prefix may end: a full stop, then a capital or a digit. */
const STOP = /\.\s+(?=[\p{Lu}\d])/gu;
/** A running title names a document: shorter, it is a list marker or an abbreviation. */
const MIN_LENGTH = 12;
/** How many lines a prefix must open to be a running title, not a heading that happens to repeat. */
const MIN_LINES = 3;

/**
 * Blanks running titles in place (offsets and line numbers stay), keeping each one where it first appears: there it
 * is the document's or an attachment's own title ("CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH …").
 *
 * @example
 * blankRunningTitles("QĐ 435 năm 2020. ỦY BAN NHÂN DÂN\nQĐ 435 năm 2020. Điều 1.\nBan hành …\nQĐ 435 năm 2020. Điều 2.\n…")
 * // "QĐ 435 năm 2020. ỦY BAN NHÂN DÂN\n                 Điều 1.\nBan hành …\n                 Điều 2.\n…"
 */
export function blankRunningTitles(text: string): string {
  const lines = text.split("\n");
  /** Each candidate prefix (with the spaces after it), the lines it opens before a heading. */
  const opened = new Map<string, number[]>();
  for (const [i, line] of lines.entries()) {
    // A running title opens the line with a word, not a table's cell ("|  | Ngày.... tháng …").
    if (!/^\p{L}/u.test(line)) continue;
    for (const m of line.matchAll(STOP)) {
      const end = (m.index ?? 0) + m[0].length;
      if (end < MIN_LENGTH || !HEADING.test(line.slice(end))) continue;
      const prefix = line.slice(0, end);
      opened.set(prefix, [...(opened.get(prefix) ?? []), i]);
    }
  }
  const blank = new Map<number, number>();
  for (const [prefix, at] of opened) {
    if (at.length < MIN_LINES) continue;
    for (const i of at.slice(1)) blank.set(i, Math.max(blank.get(i) ?? 0, prefix.length));
  }
  if (blank.size === 0) return text;
  for (const [i, length] of blank) {
    const line = lines[i] ?? "";
    lines[i] = " ".repeat(length) + line.slice(length);
  }
  return lines.join("\n");
}
