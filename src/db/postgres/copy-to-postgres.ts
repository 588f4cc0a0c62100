import { count, getTableColumns, getTableName, gt, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../open-database.ts";
import * as lite from "../schema.ts";
import type { PgDb } from "./open-postgres.ts";
import * as pgs from "./pg-schema.ts";
import { bumpCorpusVersion } from "./working-copy.ts";

/** Parents before children (foreign keys), each SQLite table with its PostgreSQL twin. */
const TABLES: [SQLiteTable, PgTable][] = [
  [lite.documents, pgs.documents],
  [lite.passages, pgs.passages],
  [lite.indexMeta, pgs.indexMeta],
  [lite.obligations, pgs.obligations],
  [lite.units, pgs.units],
  [lite.members, pgs.members],
  [lite.tasks, pgs.tasks],
  [lite.taskEvents, pgs.taskEvents],
  [lite.registrationCodes, pgs.registrationCodes],
  [lite.chatState, pgs.chatState],
  [lite.chatAnswers, pgs.chatAnswers],
  [lite.feedback, pgs.feedback],
  [lite.inboundUpdates, pgs.inboundUpdates],
  [lite.outbox, pgs.outbox],
  [lite.chatTurns, pgs.chatTurns],
];

/** Tables whose integer ids come from a sequence in PostgreSQL: moved past the copied ids afterwards. */
const SERIALS: [string, string][] = [
  ["passages", "label"],
  ["members", "id"],
  ["task_events", "id"],
  ["chat_answers", "id"],
  ["feedback", "id"],
  ["outbox", "id"],
  ["chat_turns", "id"],
];

const PAGE = 2000;

export interface TableCopy {
  table: string;
  source: number;
  copied: number;
  target: number;
}

/**
 * Copies every table of a SQLite data file into PostgreSQL, page by page, keeping ids. Idempotent: rows already
 * there (same primary or unique key) are skipped, so running it again after a partial copy or on a live province
 * only adds what is missing. Returns per-table counts; `target` equal to `source` everywhere means verified.
 *
 * @example
 * const tables = await copyToPostgres(openDatabase("data/troly.db"), await openPostgres(url));
 */
export async function copyToPostgres(
  from: Db,
  to: PgDb,
  onTable: (copy: TableCopy) => void = () => {},
): Promise<TableCopy[]> {
  const result: TableCopy[] = [];
  for (const [source, target] of TABLES) {
    const [{ n: total } = { n: 0 }] = from.select({ n: count() }).from(source).all();
    let copied = 0;
    // Pages by rowid, not OFFSET: half a million tasks would otherwise be re-skipped for every page.
    const rowid = sql<number>`rowid`;
    for (let after = -1; ; ) {
      const page = from
        .select({ ...getTableColumns(source), _rowid: rowid })
        .from(source)
        .where(gt(rowid, after))
        .orderBy(rowid)
        .limit(PAGE)
        .all() as (Record<string, unknown> & { _rowid: number })[];
      if (page.length === 0) break;
      after = (page.at(-1) as { _rowid: number })._rowid;
      const rows = page.map(({ _rowid, ...row }) => row);
      const inserted = await to
        .insert(target)
        .values(rows as never)
        .onConflictDoNothing();
      copied += inserted.rowCount ?? 0;
    }
    const [{ n: landed } = { n: 0 }] = await to.select({ n: count() }).from(target);
    const copy = { table: getTableName(target), source: total, copied, target: landed };
    onTable(copy);
    result.push(copy);
  }
  // Instances already running on this database reload what was copied.
  await bumpCorpusVersion(to);
  for (const [table, column] of SERIALS)
    await to.execute(
      sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}), 0) + 1, false)`,
    );
  return result;
}
