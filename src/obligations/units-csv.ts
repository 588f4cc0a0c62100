import { type CsvError, parse } from "csv-parse/sync";
import { ImportError } from "../errors.ts";
import { UNIT_KINDS, type UnitKind } from "./unit-kinds.ts";

/** One unit of the registry. `province` is "" when neither the row nor any ancestor (in the file or the registry) names one. */
export interface UnitRecord {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  aliases: string[];
  head: string;
  successorId: string | null;
  province: string;
}

const COLUMNS = ["id", "name", "kind", "parent", "aliases", "head", "successor", "province"] as const;
type Column = (typeof COLUMNS)[number];
type Problem = { line: number; message: string };
type Row = { line: number; cells: Record<Column, string> };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const clean = (cell: string) => cell.trim().normalize("NFC");
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
const COLUMN_WORDS = { parent: "đơn vị cấp trên (parent)", successor: "đơn vị kế thừa (successor)" } as const;
/** What csv-parse's error codes mean to the person fixing the file. */
const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'dấu ngoặc kép (") mở mà không đóng',
  CSV_INVALID_CLOSING_QUOTE: 'dấu ngoặc kép (") đóng ở giữa ô',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "có ký tự sau dấu ngoặc kép đóng ô",
};

/**
 * Parses and validates a units registry CSV (see docs/units-registry.md). Every problem is collected with
 * its 1-based line (the header is line 1), in Vietnamese, and thrown as one ImportError, so a bad file imports
 * nothing. `known` are the units already registered (or only their ids), which `parent` and `successor` may refer
 * to; given as units, an empty province is inherited from a registered parent too, and a parent or successor cycle
 * closed through the registry (built across two imports) is refused.
 *
 * @example
 * const units = parseUnitsCsv(readFileSync("corpus/units.example.csv", "utf8"), "units.example.csv");
 * units.find((u) => u.id === "hy-btc")?.parentId; // "hy-tinh-uy"
 */
export function parseUnitsCsv(
  text: string,
  file: string,
  known: ReadonlySet<string> | readonly UnitRecord[] = new Set(),
): UnitRecord[] {
  const registry = new Map(("size" in known ? [] : known).map((u) => [u.id, u]));
  const knownIds: ReadonlySet<string> = "size" in known ? known : new Set(registry.keys());
  const fail = (line: number, message: string) => new ImportError(file, [{ line, message }]);
  const source = text.replace(/^\uFEFF/, "");
  const garbled = source.indexOf("\uFFFD");
  if (garbled >= 0)
    throw fail(
      source.slice(0, garbled).split("\n").length,
      "tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng “CSV UTF-8”",
    );
  if (source.trim() === "") throw fail(1, `tệp trống; dòng đầu phải là dòng tiêu đề: ${COLUMNS.join(",")}`);

  let records: { record: string[]; info: { lines: number } }[];
  try {
    const options = {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter: delimiterOf(source),
    };
    records = parse(source, options) as unknown as typeof records;
  } catch (error) {
    const csv = error as CsvError;
    const reason = CSV_PROBLEMS[csv.code] ?? `mã lỗi ${csv.code ?? "không rõ"}`;
    throw fail(Number(csv.lines) || 1, `CSV sai định dạng: ${reason}`);
  }
  const [header, ...body] = records.map(({ record, info }) => ({
    cells: record.map(clean),
    // info.lines is where a record ends; a quoted cell spanning lines would otherwise shift it.
    line: info.lines - record.join("").split("\n").length + 1,
  }));

  const names = header.cells.map((c) => c.toLowerCase());
  const headerProblems: string[] = [];
  const unknown = names.filter((n) => !(COLUMNS as readonly string[]).includes(n));
  if (unknown.length) headerProblems.push(`cột không hợp lệ ${quoted(unknown)}`);
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) headerProblems.push(`thiếu cột ${quoted(missing)}`);
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (repeated.length) headerProblems.push(`cột bị lặp ${quoted(repeated)}`);
  if (headerProblems.length)
    throw fail(1, `${headerProblems.join("; ")}; dòng tiêu đề phải có đúng các cột: ${COLUMNS.join(",")}`);
  if (body.length === 0) throw fail(1, "tệp chỉ có dòng tiêu đề, chưa có đơn vị nào");

  const problems: Problem[] = [];
  const rows: Row[] = [];
  for (const { cells, line } of body) {
    if (cells.length !== names.length) {
      problems.push({ line, message: `dòng có ${cells.length} ô, dòng tiêu đề có ${names.length} cột` });
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(names.map((n, i) => [n, cells[i]])) as Row["cells"] });
  }

  const ids = new Set(rows.map((r) => r.cells.id));
  const firstLine = new Map<string, number>();
  for (const { line, cells } of rows) {
    const report = (message: string) => problems.push({ line, message });
    if (!cells.id) report("thiếu mã đơn vị (id)");
    else if (!SLUG.test(cells.id))
      report(`mã đơn vị "${cells.id}" chỉ được gồm chữ a-z, số 0-9 và dấu "-" (ví dụ hy-btc)`);
    else if (firstLine.has(cells.id))
      report(`mã đơn vị "${cells.id}" bị trùng (đã dùng ở dòng ${firstLine.get(cells.id)})`);
    else firstLine.set(cells.id, line);
    if (!cells.name) report("thiếu tên đơn vị (name)");
    if (!cells.kind) report("thiếu loại đơn vị (kind)");
    else if (!(UNIT_KINDS as readonly string[]).includes(cells.kind))
      report(`loại đơn vị "${cells.kind}" không hợp lệ; dùng một trong: ${UNIT_KINDS.join(", ")}`);
    for (const column of ["parent", "successor"] as const) {
      const ref = cells[column];
      if (ref && ref === cells.id) report(`${COLUMN_WORDS[column]} không thể là chính đơn vị này`);
      else if (ref && !ids.has(ref) && !knownIds.has(ref))
        report(`${COLUMN_WORDS[column]} "${ref}" không có trong tệp này lẫn danh mục đã nạp`);
    }
  }
  for (const column of ["parent", "successor"] as const)
    for (const cycle of findCycles(rows, column, registry)) {
      const path = [...cycle.ids, cycle.ids[0]].join(" → ");
      const across = cycle.ids.some((id) => !ids.has(id)) ? " (khép vòng qua danh mục đã nạp)" : "";
      problems.push({ line: cycle.line, message: `vòng lặp ${COLUMN_WORDS[column]}: ${path}${across}` });
    }
  problems.sort((a, b) => a.line - b.line);
  if (problems.length) throw new ImportError(file, problems);

  const byId = new Map(rows.map((r) => [r.cells.id, r]));
  // The nearest ancestor's province, in the file or else in the registry (whose provinces are resolved).
  const provinceOf = (row: Row | undefined): string =>
    !row
      ? ""
      : row.cells.province ||
        (byId.has(row.cells.parent)
          ? provinceOf(byId.get(row.cells.parent))
          : (registry.get(row.cells.parent)?.province ?? ""));
  return rows.map((row) => ({
    id: row.cells.id,
    name: row.cells.name,
    kind: row.cells.kind as UnitKind,
    parentId: row.cells.parent || null,
    aliases: [...new Set(row.cells.aliases.split(";").map(clean).filter(Boolean))],
    head: row.cells.head,
    successorId: row.cells.successor || null,
    province: provinceOf(row),
  }));
}

/**
 * "," or ";": Excel under Vietnamese (and most European) regional settings saves CSV with semicolons. The header
 * line decides; its names contain neither.
 */
function delimiterOf(source: string): string {
  const header = source.slice(0, source.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/**
 * Cycles of two or more units along `column` that go through at least one row of the file, each once, starting at
 * its earliest row in the file. Links of units not in the file are read from `registry`, so a successor cycle
 * closed across two imports is found too.
 */
function findCycles(
  rows: Row[],
  column: "parent" | "successor",
  registry: ReadonlyMap<string, UnitRecord>,
): { line: number; ids: string[] }[] {
  const byId = new Map(rows.map((r) => [r.cells.id, r]));
  const next = (id: string): string | null => {
    const row = byId.get(id);
    if (row) return row.cells[column] || null;
    const unit = registry.get(id);
    return (column === "parent" ? unit?.parentId : unit?.successorId) ?? null;
  };
  const lineOf = (id: string) => byId.get(id)?.line ?? Number.POSITIVE_INFINITY;
  const done = new Set<string>();
  const cycles: { line: number; ids: string[] }[] = [];
  for (const start of rows) {
    const path: string[] = [];
    let id: string | null = start.cells.id;
    while (id && !done.has(id) && !path.includes(id)) {
      path.push(id);
      id = next(id);
    }
    if (id && path.includes(id)) {
      const cycle = path.slice(path.indexOf(id));
      const first = cycle.reduce((a, c, i) => (lineOf(c) < lineOf(cycle[a] as string) ? i : a), 0);
      const ids = [...cycle.slice(first), ...cycle.slice(0, first)];
      if (cycle.length > 1 && cycle.some((c) => byId.has(c)))
        cycles.push({ line: lineOf(ids[0] as string), ids });
    }
    for (const seen of path) done.add(seen);
  }
  return cycles;
}
