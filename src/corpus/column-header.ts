/**
 * A header typed as two columns side by side, as `pdftotext -layout` and some scans save it:
 *
 *   ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *     TỈNH LÀO CAI                              Độc lập - Tự do - Hạnh phúc
 *  Số:   4390     /UBND-NLN                  Lào Cai, ngày 27 tháng 5 năm 2026
 *
 * Read line by line, the issuer and the motto run into each other ("ỦY BAN NHÂN DÂN CỘNG HOÀ …"). Unfolded, the left
 * column comes first and the right one after it, as the header reader expects of any header.
 */

/** A gap of four spaces or more between two runs of text on one line. */
const GAP = /\S {4,}(?=\S)/g;
/** What may follow the split lines and still be the header: the number, the place and date. */
const HEADER_TAIL = /^(?:Số\b|S[ốô]\s*:|.*\bngày\b.*\btháng\b.*\bnăm\b)/u;
/** How far into a text its header may reach, in lines. */
const HEADER_LINES = 12;
/** How many lines apart two split lines of one header may be. */
const MAX_HEADER_GAP = 3;
/** Where the right column starts at the least, in characters. */
const RIGHT_COLUMN = 30;

export interface Run {
  at: number;
  text: string;
}

/** The runs of text on a line, between gaps of four spaces or more, with where each starts. */
export function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  let start = line.search(/\S/);
  if (start < 0) return runs;
  for (const m of line.matchAll(GAP)) {
    const end = (m.index ?? 0) + 1;
    runs.push({ at: start, text: line.slice(start, end).trim() });
    start = end + m[0].length - 1;
  }
  runs.push({ at: start, text: line.slice(start).trim() });
  return runs;
}

const isCaps = (text: string) => /\p{Lu}/u.test(text) && text === text.toUpperCase();

/** Where a line's right column starts: the first run after a gap far enough right; undefined for one column. */
export const rightColumnAt = (runs: Run[]) => runs.slice(1).find((x) => x.at >= RIGHT_COLUMN)?.at;

/** The lines' runs parted at the right column (a little to its left, as centred runs start early): left, then right. */
export function splitColumns(runs: Run[][], right: number): { left: string[]; over: string[] } {
  const left: string[] = [];
  const over: string[] = [];
  for (const r of runs) {
    const l = r.filter((x) => x.at < right - 8).map((x) => x.text);
    const o = r.filter((x) => x.at >= right - 8).map((x) => x.text);
    if (l.length) left.push(l.join(" "));
    if (o.length) over.push(o.join(" "));
  }
  return { left, over };
}

/** A column's lines as paragraphs: lines in capitals run on ("ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI" is one name). */
export function paragraphs(lines: string[]): string[] {
  return lines.flatMap((line, i) =>
    i > 0 && !(isCaps(line) && isCaps(lines[i - 1] as string)) ? ["", line] : [line],
  );
}

/**
 * Unfolds a two-column header at the start of `text`: its left column's lines, then its right column's, each piece
 * a paragraph of its own. The result has the same length (padded with spaces), so every offset after the header
 * stays where it was. Text with no such header comes back unchanged.
 *
 * @example
 * unfoldColumnHeader("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TỈNH LÀO CAI            Độc lập - Tự do - Hạnh phúc\nKính gửi: …")
 * // "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc   …\nKính gửi: …"
 */
export function unfoldColumnHeader(text: string): string {
  const lines = text.split("\n").slice(0, HEADER_LINES);
  const runs = lines.map(runsOf);
  // A line is split when a run after a gap starts far enough right; two such lines make a header of two columns.
  // The header's split lines come together: a short letter's "Nơi nhận: … KT. CHỦ TỊCH" a few lines on is its trailer.
  const split: number[] = [];
  for (const [i, r] of runs.entries()) {
    if (rightColumnAt(r) === undefined) continue;
    if (split.length > 0 && i - (split.at(-1) as number) > MAX_HEADER_GAP) break;
    split.push(i);
  }
  if (split.length < 2) return text;
  const right = Math.min(...split.map((i) => rightColumnAt(runs[i] as Run[]) as number));
  let end = split.at(-1) as number;
  while (end + 1 < lines.length && HEADER_TAIL.test((runs[end + 1] as Run[])[0]?.text ?? "")) end++;
  const { left, over } = splitColumns(runs.slice(0, end + 1), right);
  const original = lines.slice(0, end + 1).join("\n");
  // The header ends with a blank line: what follows ("V/v …", a title) is no part of its last piece.
  const unfolded = `${[...paragraphs(left), "", ...paragraphs(over)].join("\n")}\n`;
  if (unfolded.length > original.length) return text;
  return unfolded.padEnd(original.length, " ") + text.slice(original.length);
}
