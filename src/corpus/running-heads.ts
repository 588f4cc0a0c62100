/**
 * Page furniture of a text extracted from a gazette or a scan: the running head printed on every page beside its
 * page number ("CÔNG BÁO/Số 659 + 660/Ngày 05-7-2021" over "17"), a converter's page-break line ("--- PAGE BREAK
 * ---") and the e-signature stamp of a gazette PDF ("Người ký: …", "Email: …", "Thời gian ký: 05.07.2021 16:37:13").
 * Read as text they end up inside passages, split sentences and even become tasks. They are blanked in place
 * (offsets and line numbers stay), so a sentence cut by a page break joins up again.
 */

import { NUMBER_LINE } from "./page-numbers.ts";

/** A converter's page-break line: "--- PAGE BREAK ---", "=== Page break ===", a form feed. */
const PAGE_BREAK_LINE = /^[ \t]*(?:[-=*_]{2,}[ \t]*page[ \t]*break[ \t]*[-=*_]{2,}|\f)[ \t]*$/iu;
/** A "Label: value" line of a stamp. */
const LABELLED = /^[ \t]*\p{Lu}[\p{L} ]{1,20}:[ \t]*\S/u;
/**
 * What only an e-signature stamp holds: a signing time to the second. (An e-mail address alone is not enough: a plan's
 * contact lines, "Điện thoại: …", "Email: …", are content.)
 */
const STAMP_VALUE = /\b\d{2}[.:/-]\d{2}[.:/-]\d{4}[ T]\d{2}:\d{2}:\d{2}\b/u;
/** Longest running head: a gazette's issue line, a short title. */
const HEAD_MAX = 90;

/**
 * Blanks page furniture in place: a line repeated beside page numbers on at least two pages (with those numbers),
 * page-break lines, and runs of three or more "Label: value" lines holding a signing time.
 *
 * @example
 * blankRunningHeads("a\nCÔNG BÁO/Số 1\n15\nb\n16\nCÔNG BÁO/Số 1\nc").split("\n").map((l) => l.trim())
 * // ["a", "", "", "b", "", "", "c"]
 */
export function blankRunningHeads(text: string): string {
  const lines = text.split("\n");
  const blank = new Set<number>();
  const besideNumber = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (PAGE_BREAK_LINE.test(line)) blank.add(i);
    const head = line.trim();
    // A head is words ("CÔNG BÁO/Số 659 + 660/Ngày 05-7-2021"), not a table's "|" beside its cells' row numbers.
    if (head.length > HEAD_MAX || (head.match(/\p{L}{2,}/gu) ?? []).length < 2) return;
    const numbers = [i - 1, i + 1].filter((j) => NUMBER_LINE.test(lines[j] ?? ""));
    if (numbers.length > 0) besideNumber.set(head, [...(besideNumber.get(head) ?? []), i, ...numbers]);
  });
  for (const [head, at] of besideNumber) {
    // On two pages at least: once is a numbered line of the text ("Điều 5" over "12"), not a running head.
    if (at.filter((i) => lines[i]?.trim() === head).length < 2) continue;
    for (const i of at) blank.add(i);
  }
  for (const [from, to] of stamps(lines)) for (let i = from; i < to; i++) blank.add(i);
  if (blank.size === 0) return text;
  return lines.map((line, i) => (blank.has(i) ? " ".repeat(line.length) : line)).join("\n");
}

/** Runs [from, to) of three or more "Label: value" lines, one of them a signing time. */
function stamps(lines: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && LABELLED.test(lines[j] ?? "")) j++;
    if (j - i >= 3 && lines.slice(i, j).some((line) => STAMP_VALUE.test(line))) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  return runs;
}
