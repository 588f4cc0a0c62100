/**
 * Grid tables, as pandoc writes a Word table whose cells hold several lines:
 *
 *     +------+---------------+
 *     | TT   | Nội dung      |
 *     +======+===============+
 *     | 1    | Rà soát danh  |
 *     |      | sách đối tượng|
 *     +------+---------------+
 *
 * Rows lie between rule lines; a cell's lines are joined; the columns are where the first rule puts its "+".
 */
/** A rule line of a grid table: "+----+----+", "+====+====+", with optional ":" alignment marks. */
export const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** A line of a grid table: a rule, or cells between pipes. */
export const isGridLine = (text: string) => GRID_RULE.test(text) || /^\s*\|.*\|\s*$/.test(text);

interface SourceLine {
  text: string;
  start: number;
  end: number;
}

/** A row: its cells as written (emphasis not yet removed) and its offsets in the source. */
export interface GridRow {
  cells: string[];
  start: number;
  end: number;
}

/**
 * The rows of a grid table and how many of them are headers (above a "+===+" rule, if any).
 *
 * @example
 * gridRows(lines).rows.map((r) => r.cells) // [["TT", "Nội dung"], ["1", "Rà soát danh sách đối tượng"]]
 */
export function gridRows(lines: readonly SourceLine[]): { rows: GridRow[]; headerRows: number } {
  const first = lines.find((l) => GRID_RULE.test(l.text))?.text ?? "";
  const edges = [...first.matchAll(/\+/g)].map((m) => m.index ?? 0);
  const rows: GridRow[] = [];
  let headerRows = 0;
  let pending: SourceLine[] = [];
  const close = () => {
    if (pending.length === 0) return;
    const cells = edges.slice(0, -1).map((from, i) =>
      pending
        .map((l) => l.text.slice(from + 1, edges[i + 1]).replace(/^\s*\|?|\|?\s*$/g, ""))
        .map((part) => part.trim())
        .filter(Boolean)
        .join(" "),
    );
    rows.push({ cells, start: pending[0]?.start ?? 0, end: pending.at(-1)?.end ?? 0 });
    pending = [];
  };
  for (const line of lines) {
    if (!GRID_RULE.test(line.text)) {
      pending.push(line);
      continue;
    }
    close();
    if (line.text.includes("=") && headerRows === 0) headerRows = rows.length;
  }
  close();
  return { rows, headerRows };
}
