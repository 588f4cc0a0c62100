/**
 * Task tables a PDF's text layer printed one cell fragment per line, with no separator and a bare row number on a
 * line of its own (the Công báo's appendices), the column names repeated at the top of every page:
 *
 *     TT
 *     Nội dung công việc
 *     Cơ quan
 *     chủ trì
 *     …
 *     I
 *     Thực hiện hiệu quả công tác giáo dục chính trị, …
 *     1
 *     Tăng cường công tác lãnh đạo, chỉ đạo
 *     việc quán triệt, …
 *     Các bộ, cơ
 *     quan ngang
 *     …
 *
 * Rejoined in place for the structure parser: the column names on one line, each row as a numbered item on one line
 * ("1." then its cells), the repeated column names blanked. Offsets stay (same length), as for the other page passes.
 */
import { fold, normalize } from "../language/vietnamese-text.ts";

/** Column names, folded: what a header paragraph of such a table is made of. */
const COLUMN =
  /\b(?:s?tt|ten nhiem vu|nhiem vu(?:,? giai phap)?|noi dung(?: cong viec| nhiem vu)?|cong viec|(?:co quan|don vi)(?:,? don vi)? (?:chu tri|phoi hop|thuc hien)(?: thuc hien)?|chu tri|phoi hop|ket qua(?: dau ra)?|danh gia|san pham(?: dau ra)?|thoi (?:han|gian)(?: hoan thanh| thuc hien| hoan tat)?|tien do|cap trinh|ghi chu)\b/g;
const LEAD_COLUMN = /\b(?:chu tri|don vi thuc hien|co quan thuc hien)\b/;
const WORK_COLUMN = /\b(?:nhiem vu|noi dung|cong viec)\b/;
/** The most words a header paragraph has. */
const MAX_HEADER_WORDS = 40;

/**
 * Whether a paragraph is only the column names of a task table: a work column and a lead column among them.
 *
 * @example
 * isSerializedHeader("TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả/Đánh giá Thời hạn hoàn thành") // true
 * isSerializedHeader("Bộ Ngoại giao chủ trì, phối hợp với các bộ thực hiện nhiệm vụ") // false
 */
export function isSerializedHeader(text: string): boolean {
  const folded = fold(normalize(text)).toLowerCase().replace(/\s+/g, " ");
  if (folded.split(/\s+/).length > MAX_HEADER_WORDS) return false;
  if (!LEAD_COLUMN.test(folded) || !WORK_COLUMN.test(folded)) return false;
  return folded.replace(COLUMN, " ").replace(/[\s/,.:;()*|-]+/g, "") === "";
}

/** A row's number alone on its line ("1 ", "12.", "II "): Arabic rows, Roman groups. */
const ROW_MARK = /^(\s*)(\d{1,3}|[IVX]{1,4})(\.?)(\s*)$/u;
/** The first line of a table's column names. */
const FIRST_COLUMN = /^\s*S?TT\s*$/u;
/** The longest line of a column name as printed. */
const MAX_NAME_LINE = 40;
/** A new part of the document: the table ends there. */
const NEXT_PART = /^\s*(?:PHỤ LỤC|Phụ lục)\b/u;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

/** The lines of a column header starting at `at`, when they are one: "TT", "Nội dung công việc", "Cơ quan", "chủ trì", …. */
function headerLines(lines: readonly string[], at: number, mark: RegExp): number {
  if (!FIRST_COLUMN.test(lines[at] ?? "")) return 0;
  let end = at + 1;
  while (
    end < lines.length &&
    (lines[end] ?? "").trim() !== "" &&
    (lines[end] ?? "").trim().length <= MAX_NAME_LINE &&
    !mark.test(lines[end] ?? "")
  )
    end++;
  return end - at > 2 && isSerializedHeader(lines.slice(at, end).join(" ")) ? end - at : 0;
}

/** Whether the column names start again at `at`, as at the top of each page. */
const repeatsHeader = (lines: readonly string[], at: number, names: readonly string[]) =>
  FIRST_COLUMN.test(lines[at] ?? "") && names.every((name, k) => (lines[at + k] ?? "").trim() === name);

/** Where a table's rows are: the header's lines, then each row's number line, up to the table's end. */
interface TableLayout {
  header: [number, number];
  rows: number[];
  end: number;
}

/**
 * The cell-per-line tables of `lines`: a header block, then rows numbered in order (1, 2, … restarting at 1 under each
 * Roman group). A row number must be the next one: a page number ("78") between rows is none.
 */
function tablesIn(lines: readonly string[], mark: RegExp, titled: RegExp): TableLayout[] {
  const tables: TableLayout[] = [];
  for (let at = 0; at < lines.length; at++) {
    const size = headerLines(lines, at, mark);
    if (size === 0) continue;
    const names = lines.slice(at, at + size).map((l) => l.trim());
    const rows: number[] = [];
    let expected = { arabic: 1, roman: 0 };
    let end = at + size;
    for (; end < lines.length && !NEXT_PART.test(lines[end] ?? ""); end++) {
      if (repeatsHeader(lines, end, names)) {
        end += names.length - 1;
        continue;
      }
      // A group's number may carry its title on its line, printed across the table ("III Tiếp tục sắp xếp …").
      const value = mark.exec(lines[end] ?? "")?.[2] ?? titled.exec(lines[end] ?? "")?.[2] ?? "";
      if (!value) continue;
      const arabic =
        /^\d+$/.test(value) &&
        mark.test(lines[end] ?? "") &&
        (Number(value) === expected.arabic || Number(value) === 1);
      const roman = value === ROMAN[expected.roman] || (value === "I" && expected.roman === 0);
      if (!arabic && !roman) continue;
      expected = roman
        ? { arabic: 1, roman: ROMAN.indexOf(value) + 1 }
        : { ...expected, arabic: Number(value) + 1 };
      rows.push(end);
    }
    tables.push({ header: [at, at + size], rows, end });
    at = end - 1;
  }
  return tables;
}

/**
 * Marks the rows of every cell-per-line task table in `text` before page furniture is blanked: a row's bare number
 * becomes an item's ("1 " → "1."), so that a time cell over the next row's number ("Thường xuyên" over "2") is not
 * taken for a running head over a page number; the column names repeated on each page are blanked. Same length.
 *
 * @example
 * markSerializedRows("TT\nNội dung công việc\nCơ quan chủ trì\nThời hạn\n1 \nRà soát\nBộ Nội vụ\nNăm 2026")
 * // "TT\nNội dung công việc\nCơ quan chủ trì\nThời hạn\n1.\nRà soát\nBộ Nội vụ\nNăm 2026"
 */
export function markSerializedRows(text: string): string {
  const lines = text.split("\n");
  const out = [...lines];
  for (const table of tablesIn(lines, ROW_MARK, TITLED_GROUP)) {
    const [from, to] = table.header;
    const names = lines.slice(from, to).map((l) => l.trim());
    for (let k = to; k < table.end; k++)
      if (repeatsHeader(lines, k, names))
        for (let j = 0; j < names.length; j++) out[k + j] = " ".repeat((lines[k + j] ?? "").length);
    for (const row of table.rows) {
      const mark = ROW_MARK.exec(lines[row] ?? "");
      // "1 " → "1.": in the place of the space (a number with no room for the dot stays as it is).
      if (mark && !mark[3] && mark[4]) out[row] = `${mark[1]}${mark[2]}.${mark[4].slice(1)}`;
      // "III Tiếp tục … " → "III. Tiếp tục …": the title moves one place right, into its trailing space.
      const group = mark ? null : TITLED_GROUP.exec(lines[row] ?? "");
      if (group && !group[3] && group[5])
        out[row] = `${group[1]}${group[2]}. ${group[4]}${group[5].slice(1)}`;
    }
  }
  return out.join("\n");
}

/** A group's number with its title on the same line: "III Tiếp tục sắp xếp tổ chức bộ máy … ". */
const TITLED_GROUP = /^(\s*)([IVX]{1,4})(\.?) (\p{Lu}.*?)(\s*)$/u;
/** As marked: "III. Tiếp tục …". */
const MARKED_GROUP = /^(\s*)([IVX]{1,4})(\.) (\p{Lu}.*?)(\s*)$/u;
/** A row's number as marked: "1.", "II.". */
const MARKED_ROW = /^(\s*)(\d{1,3}|[IVX]{1,4})(\.)(\s*)$/u;

/**
 * Rejoins the rows of every marked table in `text` once page furniture is blanked: the column names on one line, each
 * row's number and cells on one line, across the blank lines a page break left. Same length.
 *
 * @example
 * joinSerializedRows("TT\nNội dung công việc\nCơ quan chủ trì\nThời hạn\n1.\nRà soát\nvăn bản\nBộ Nội vụ\nNăm 2026")
 * // "TT Nội dung công việc Cơ quan chủ trì Thời hạn\n1. Rà soát văn bản Bộ Nội vụ Năm 2026"
 */
export function joinSerializedRows(text: string): string {
  const lines = text.split("\n");
  const joins = new Set<number>(); // lines whose newline becomes a space
  for (const table of tablesIn(lines, MARKED_ROW, MARKED_GROUP)) {
    const [from, to] = table.header;
    for (let k = from; k < to - 1; k++) joins.add(k);
    table.rows.forEach((row, i) => {
      // The last row ends at its first blank line: what follows the table is not its text.
      let last = table.rows[i + 1] ?? table.end;
      if (i === table.rows.length - 1) {
        last = row + 1;
        while (last < table.end && (lines[last] ?? "").trim() !== "") last++;
      }
      // The number and the cells on one line: "1. Tổ chức tuyên truyền … Bộ Ngoại giao …", an item wherever it stands.
      for (let k = row; k < last - 1; k++) joins.add(k);
    });
  }
  return lines
    .map((line, k) => (joins.has(k) ? `${line} ` : `${line}\n`))
    .join("")
    .slice(0, text.length);
}
