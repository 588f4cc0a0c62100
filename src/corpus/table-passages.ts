import { type Block, isTitleRow, type TableRow } from "./text-blocks.ts";

/** A table row made readable on its own: "Nội dung: … | Thời gian: trước 15/01/2021 | Cơ quan thực hiện: …". */
export interface RowText {
  text: string;
  start: number;
  end: number;
  /** A group row ("II | THỊ XÃ HOÀI NHƠN") that heads the rows after it. */
  group: boolean;
  /** A lead row ("1.1 | Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945:") that heads the uncounted rows after it. */
  lead: boolean;
  /** The row has its own counter ("1.2", "3"): it is not one of a lead row's sub-rows, unless it numbers one. */
  counted: boolean;
  /** The counter as written, without its closing mark: "1.1" is a sub-row of the lead row "1". */
  counter: string;
}

/** Columns that only count rows ("STT", "TT") carry no meaning of their own. */
const COUNTER = /^(s\s?tt|tt|số tt)\.?$/iu;
/** What a counter cell holds: "1", "3.4", "II", "a". */
const COUNTER_VALUE = /^(?:[IVXL]+|\d+(?:\.\d+)*|\p{Ll})[.)]?$/u;
const GROUP_MARK = /^([IVX]+|[A-ZĐ])(\.\d+)?\.?$/u;

/** Column names: the header rows' cells joined per column. */
export function columnNames(block: Block): string[] {
  const rows = block.rows ?? [];
  let header = rows.slice(0, block.headerRows ?? 0);
  // A merged title cell repeated across every column ("MỨC TRỢ CẤP | MỨC TRỢ CẤP | …") names no column.
  const spansAll = (r: TableRow) => {
    const filled = r.cells.filter(Boolean);
    return (filled.length > 1 && new Set(filled).size === 1) || isTitleRow(r);
  };
  if (header.some((r) => !spansAll(r))) header = header.filter((r) => !spansAll(r));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const cells = header.map((r, i) => (i === 0 ? r.cells : underSpans(r.cells, header[i - 1]?.cells ?? [])));
  return Array.from({ length: width }, (_, i) =>
    [...new Set(cells.map((c) => c[i] ?? "").filter(Boolean))].join(" "),
  );
}

/**
 * A sub-header row placed under its parent's merged cells. A converter that drops the cells a row-spanning header
 * covers ("STT", "Đối tượng") packs the sub-header to the left: "Trợ cấp | Phụ cấp | | " under
 * "STT | Đối tượng | Mức trợ cấp, phụ cấp | " belongs to the last two columns, the ones the merged cell spans.
 */
function underSpans(row: string[], parent: string[]): string[] {
  const filled = row.filter(Boolean).length;
  // Only a left-packed row: its filled cells first, then blanks.
  if (filled === 0 || row.slice(0, filled).some((c) => !c) || row[0] === "" || parent.length < row.length)
    return row;
  // The columns a merged parent cell spans: the filled cell and the blanks after it.
  const open: number[] = [];
  parent.forEach((cell, i) => {
    if (cell ? parent[i + 1] === "" : open.includes(i - 1)) open.push(i);
  });
  if (open.length !== filled || open[0] === 0) return row;
  const placed = Array<string>(parent.length).fill("");
  open.forEach((column, k) => {
    placed[column] = row[k] ?? "";
  });
  return placed;
}

/**
 * The data rows of a table as passage texts, each cell prefixed by its column name so that a row is readable and
 * searchable alone. A table without a header row uses `inherited` columns (a table continued after a blank line).
 *
 * @example
 * rowTexts(table, [])[0].text // "Nội dung: Rà soát … | Thời gian: trước 15/01/2021"
 */
export function rowTexts(block: Block, inherited: string[]): RowText[] {
  const own = columnNames(block);
  const names = own.some(Boolean) ? own : inherited;
  let above: TableRow | null = null;
  return (block.rows ?? []).slice(block.headerRows ?? 0).flatMap((source) => {
    const row = above ? mergedDown(source, above, names) : source;
    const text = rowText(row, names);
    if (!text) return [];
    const filled = row.cells.filter(Boolean);
    const group = GROUP_MARK.test(row.cells[0] ?? "") && filled.length <= 3;
    const counted = COUNTER_VALUE.test(row.cells[0] ?? "");
    const content = counted ? filled.slice(1) : filled;
    // "8.1 | Người hoạt động kháng chiến bị nhiễm chất độc hoá học | | |": a counted row that only names, its value
    // cells empty, heads the uncounted rows under it as much as one ending with ":".
    const namesOnly = counted && content.length === 1 && row.cells.length >= 3 && (row.cells[1] ?? "") !== "";
    const lead = !group && content.length === 1 && (/:$/u.test(content[0] ?? "") || namesOnly);
    const counter = counted ? (row.cells[0] ?? "").replace(/[.)]$/u, "") : "";
    if (counted) above = group || lead ? null : row;
    return [{ text, start: row.start, end: row.end, group, lead, counted, counter }];
  });
}

/**
 * "1 | Đào tạo … | Sở KH&CN | Sở Nội vụ | Năm 2025-2030" then " | Quản lý, vận hành … | Sở Tài chính | | ": a row
 * without a counter under a numbered task, its other cells blank, is a second line of that task whose merged cells
 * (the helpers, the time) the converter left only in the first line. It takes them back.
 */
function mergedDown(row: TableRow, above: TableRow, names: string[]): TableRow {
  if (!COUNTER.test(names[0] ?? "") || row.cells[0] !== "" || row.cells.length !== above.cells.length)
    return row;
  if (!row.cells.slice(1).some(Boolean) || row.cells.slice(1).every(Boolean)) return row;
  return { ...row, cells: row.cells.map((cell, i) => (i === 0 || cell ? cell : (above.cells[i] ?? ""))) };
}

function rowText(row: TableRow, names: string[]): string {
  const parts: string[] = [];
  // A converter drops the counter cell of a row that has none ("Diện thoát ly | 1.815.000 | 308.000" under
  // "STT | Đối tượng | Trợ cấp | Phụ cấp"): the row's cells start at the column after the counter.
  const first = row.cells[0] ?? "";
  // Or it keeps the row's width and leaves the last cell empty ("| Có tỷ lệ … 81% trở lên | 6.358.000 |  |  |").
  const shifted = row.cells.length < names.length || (row.cells.length === names.length && !row.cells.at(-1));
  const shift = COUNTER.test(names[0] ?? "") && shifted && first && !COUNTER_VALUE.test(first) ? 1 : 0;
  row.cells.forEach((cell, at) => {
    const i = at + shift;
    const name = names[i] ?? "";
    if (!cell || COUNTER.test(name)) return;
    parts.push(name && name !== cell ? `${name}: ${cell}` : cell);
  });
  return parts.join(" | ");
}
