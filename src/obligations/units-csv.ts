import { type CsvError, parse } from "csv-parse/sync";
import { ImportError } from "../errors.ts";
import { UNIT_KINDS, type UnitKind } from "./unit-kinds.ts";

/** One unit of the registry. `province` is "" when neither the row nor any ancestor in the file names one. */
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

/**
 * Parses and validates a units registry CSV (see docs/units-registry.md). Every problem is collected with
 * its 1-based line (the header is line 1) and thrown as one ImportError, so a bad file imports nothing.
 * `knownIds` are units already registered, which `parent` and `successor` may also refer to.
 *
 * @example
 * const units = parseUnitsCsv(readFileSync("corpus/units.example.csv", "utf8"), "units.example.csv");
 * units.find((u) => u.id === "hy-btc")?.parentId; // "hy-tinh-uy"
 */
export function parseUnitsCsv(
  text: string,
  file: string,
  knownIds: ReadonlySet<string> = new Set(),
): UnitRecord[] {
  const fail = (line: number, message: string) => new ImportError(file, [{ line, message }]);
  const source = text.replace(/^\uFEFF/, "");
  const garbled = source.indexOf("\uFFFD");
  if (garbled >= 0)
    throw fail(source.slice(0, garbled).split("\n").length, "file is not valid UTF-8; save it as UTF-8");
  if (source.trim() === "") throw fail(1, `file is empty; expected a header row: ${COLUMNS.join(",")}`);

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
    throw fail(Number(csv.lines) || 1, `malformed CSV: ${csv.message}`);
  }
  const [header, ...body] = records.map(({ record, info }) => ({
    cells: record.map(clean),
    // info.lines is where a record ends; a quoted cell spanning lines would otherwise shift it.
    line: info.lines - record.join("").split("\n").length + 1,
  }));

  const names = header.cells.map((c) => c.toLowerCase());
  const headerProblems: string[] = [];
  const unknown = names.filter((n) => !(COLUMNS as readonly string[]).includes(n));
  if (unknown.length) headerProblems.push(`unknown column(s) ${quoted(unknown)}`);
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) headerProblems.push(`missing column(s) ${quoted(missing)}`);
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (repeated.length) headerProblems.push(`repeated column(s) ${quoted(repeated)}`);
  if (headerProblems.length)
    throw fail(1, `${headerProblems.join("; ")}; the header must be exactly: ${COLUMNS.join(",")}`);
  if (body.length === 0) throw fail(1, "the file has a header but no units");

  const problems: Problem[] = [];
  const rows: Row[] = [];
  for (const { cells, line } of body) {
    if (cells.length !== names.length) {
      problems.push({ line, message: `row has ${cells.length} cells, the header has ${names.length}` });
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(names.map((n, i) => [n, cells[i]])) as Row["cells"] });
  }

  const ids = new Set(rows.map((r) => r.cells.id));
  const firstLine = new Map<string, number>();
  for (const { line, cells } of rows) {
    const report = (message: string) => problems.push({ line, message });
    if (!cells.id) report("id is required");
    else if (!SLUG.test(cells.id)) report(`id "${cells.id}" must be a slug of a-z, 0-9 and "-"`);
    else if (firstLine.has(cells.id))
      report(`duplicate id "${cells.id}" (first on line ${firstLine.get(cells.id)})`);
    else firstLine.set(cells.id, line);
    if (!cells.name) report("name is required");
    if (!cells.kind) report("kind is required");
    else if (!(UNIT_KINDS as readonly string[]).includes(cells.kind))
      report(`unknown kind "${cells.kind}"; use one of: ${UNIT_KINDS.join(", ")}`);
    for (const column of ["parent", "successor"] as const) {
      const ref = cells[column];
      if (ref && ref === cells.id) report(`${column} cannot be the unit itself`);
      else if (ref && !ids.has(ref) && !knownIds.has(ref))
        report(`${column} "${ref}" is not a unit id in this file or in the registry`);
    }
  }
  for (const column of ["parent", "successor"] as const)
    for (const cycle of findCycles(rows, column)) {
      const path = [...cycle, cycle[0]].map((r) => r.cells.id).join(" → ");
      problems.push({ line: cycle[0].line, message: `${column} cycle: ${path}` });
    }
  problems.sort((a, b) => a.line - b.line);
  if (problems.length) throw new ImportError(file, problems);

  const byId = new Map(rows.map((r) => [r.cells.id, r]));
  const provinceOf = (row: Row | undefined): string =>
    !row ? "" : row.cells.province || provinceOf(byId.get(row.cells.parent));
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

/** Cycles of two or more units along `column`, each once, starting at its first row in the file. */
function findCycles(rows: Row[], column: "parent" | "successor"): Row[][] {
  const byId = new Map(rows.map((r) => [r.cells.id, r]));
  const done = new Set<Row>();
  const cycles: Row[][] = [];
  for (const start of rows) {
    const path: Row[] = [];
    let row: Row | undefined = start;
    while (row && !done.has(row) && !path.includes(row)) {
      path.push(row);
      row = byId.get(row.cells[column]);
    }
    if (row && path.includes(row)) {
      const cycle = path.slice(path.indexOf(row));
      const first = cycle.reduce((a, r, i) => (r.line < cycle[a].line ? i : a), 0);
      if (cycle.length > 1) cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
    }
    for (const r of path) done.add(r);
  }
  return cycles;
}
