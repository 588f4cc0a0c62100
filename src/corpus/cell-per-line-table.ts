/**
 * Tables a legal-document website's crawl prints one cell per line, each cell closed by a "|" alone on its line:
 *
 *     |
 *     **TT**
 *     |
 *     **Nội dung/nhiệm vụ**
 *     |
 *     **Cơ quan chủ trì**
 *     |
 *     |
 *     1
 *     |
 *     Tổ chức điều chỉnh, bổ sung quy hoạch …
 *     |
 *     Ban Quản lý các khu công nghệ cao và khu công nghiệp
 *     |
 *
 * A row of N cells is N + 1 pipes, and the next row's first pipe follows its last one, so an empty "cell" stands
 * between rows, and an empty data cell looks the same. The columns are counted from the header row, or, when the
 * header merges cells over two rows, from the stride between the row numbers "1", "2", "3" of the first column.
 */
import type { TableRow } from "./text-blocks.ts";

interface SourceLine {
  text: string;
  start: number;
  end: number;
}

const LONE_PIPE = /^\s*\|\s*$/;
/** A cell of dots alone ("….........") marks where a page broke the table: no content, read as empty. */
const PAGE_MARK = /^[.…_-]{3,}$/;
/** Fewer columns are a header or signature laid out side by side (issuer | motto), not a table of work. */
const MIN_COLUMNS = 3;
/** The most lines one table is read over. */
const MAX_LINES = 5000;
/** The longest column name, as written with its emphasis ("**Cơ quan, đơn vị chủ trì thực hiện**"). */
const MAX_HEADER = 80;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/**
 * The rows of a cell-per-line table at `lines[from]` (a run without blank lines that starts at a lone pipe), how many
 * of them are headers, and how many lines the table takes; null when the run is no such table.
 *
 * @example
 * cellPerLineRows(lines, i)?.rows.map((r) => r.cells) // [["TT", "Nội dung"…], ["1", "Tổ chức điều chỉnh …"…]]
 */
export function cellPerLineRows(
  lines: readonly SourceLine[],
  from = 0,
): { rows: TableRow[]; headerRows: number; length: number } | null {
  if (!LONE_PIPE.test(lines[from]?.text ?? "")) return null;
  const cells: Cell[] = [];
  let open: SourceLine[] = [];
  let length = 1;
  let closed = 1;
  // Read in place, and no further than a long table: every lone pipe of a run that is no table starts a new attempt.
  for (let i = from + 1; i < lines.length && length < MAX_LINES; i++) {
    const line = lines[i] as SourceLine;
    if (line.text.trim() === "") break;
    length++;
    if (!LONE_PIPE.test(line.text)) {
      open.push(line);
      continue;
    }
    const first = open[0];
    const last = open.at(-1);
    const text = open.map((l) => l.text.trim()).join(" ");
    cells.push({
      text: PAGE_MARK.test(text) ? "" : text,
      start: first?.start ?? line.start,
      end: last?.end ?? line.start,
    });
    open = [];
    closed = length;
  }
  // "[1] Ban Chỉ đạo …" right under the last pipe: a footnote after the table, not a cell of it.
  length = closed;
  const columns = headerColumns(cells) ?? numberedStride(cells);
  if (columns === null) return null;
  const table = rowsOf(cells, columns);
  // Column names are short; a long first "row" is text the table follows, and its rows cannot be read by column.
  const header = table.rows[0]?.cells ?? [];
  if (header.length < MIN_COLUMNS || header.some((name) => name.length > MAX_HEADER)) return null;
  return { ...table, length };
}

/** The header row's width: the cells before the first empty one, when every later row separator is where it says. */
function headerColumns(cells: readonly Cell[]): number | null {
  const n = cells.findIndex((c) => c.text === "");
  if (n < MIN_COLUMNS) return null;
  for (let at = n; at < cells.length; at += n + 1) if (cells[at]?.text !== "") return null;
  return cells.length >= 2 * (n + 1) - 1 ? n : null;
}

/**
 * The width read from the row numbers down the first column, a separator after each row: the commonest step from a
 * number to the next one ("1" → "2"), seen at least twice. Numbering that restarts under each group title
 * ("I", 1; "II", 1, 2, 3) still gives the step within a group.
 */
function numberedStride(cells: readonly Cell[]): number | null {
  const steps = new Map<number, number>();
  let last: { at: number; n: number } | undefined;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]?.text ?? "";
    if (!COUNTER.test(text) || (i > 0 && cells[i - 1]?.text !== "")) continue;
    const n = Number(text);
    if (last && n === last.n + 1) steps.set(i - last.at, (steps.get(i - last.at) ?? 0) + 1);
    last = { at: i, n };
  }
  const [stride, seen] = [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  return seen >= 2 && stride - 1 >= MIN_COLUMNS ? stride - 1 : null;
}

/** A row number in the first column: "1", "12". */
const COUNTER = /^\d{1,3}$/;

/**
 * Rows of `columns` cells. A numbered table's rows start at its row numbers, each at least a row after the last, so
 * a merged group title between rows ("II. TRIỂN KHAI …", one cell) and a cut-off last row are left out; a table
 * without numbers is read row by row from after its header.
 */
function rowsOf(cells: readonly Cell[], columns: number): { rows: TableRow[]; headerRows: number } {
  const starts: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const previous = starts.at(-1);
    if (!COUNTER.test(cells[i]?.text ?? "") || (i > 0 && cells[i - 1]?.text !== "")) continue;
    if (previous !== undefined && i <= previous + columns) continue;
    if (i + columns <= cells.length) starts.push(i);
  }
  if (starts.length === 0)
    for (let at = columns + 1; at + columns <= cells.length; at += columns + 1) starts.push(at);
  const header = headerOf(cells.slice(0, starts[0] ?? 0), columns);
  const rows: TableRow[] = [header, ...starts.map((at) => cells.slice(at, at + columns))].map((row) => ({
    cells: row.map((c) => c.text),
    start: row[0]?.start ?? 0,
    end: row.at(-1)?.end ?? 0,
  }));
  return { rows, headerRows: 1 };
}

/**
 * The header's cells, one per column: its last row of as many named cells; or, over two rows ("Đối tượng quan trắc"
 * merged over four sub-columns), the first row's leading cells and the second row's. A one-cell row is a title.
 */
function headerOf(cells: readonly Cell[], columns: number): Cell[] {
  const groups: Cell[][] = [[]];
  for (const c of cells) {
    if (c.text === "") groups.push([]);
    else groups.at(-1)?.push(c);
  }
  const named = groups.filter((g) => g.length > 1);
  const whole = named.filter((g) => g.length >= columns).at(-1);
  if (whole) return whole.slice(0, columns);
  const [top = [], under = []] = named.slice(-2);
  if (under.length === 0) return top;
  return [...top.slice(0, Math.max(0, columns - under.length)), ...under].slice(0, columns);
}
