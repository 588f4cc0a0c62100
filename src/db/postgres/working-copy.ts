import type Database from "better-sqlite3";
import { and, type Column, eq, getTableColumns, getTableName, inArray, or, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Db, openDatabase } from "../open-database.ts";
import * as lite from "../schema.ts";
import type { PgDb } from "./open-postgres.ts";
import * as pgs from "./pg-schema.ts";

/**
 * A table every instance shares: PostgreSQL holds it, each instance a working copy. `key` names a row across
 * instances; `fresh` is a serial id PostgreSQL assigns, left out when a row is written there (two instances
 * numbering their own rows would otherwise overwrite each other's).
 */
interface SharedTable {
  lite: SQLiteTable;
  pg: PgTable;
  key: string[];
  fresh?: string;
  /** Rows are only ever added (audit): written without their local id, never updated or deleted. */
  appendOnly?: boolean;
}

/** Parents before children (foreign keys): rows are written in this order and deleted in the reverse one. */
const SHARED: SharedTable[] = [
  { lite: lite.documents, pg: pgs.documents, key: ["id"] },
  { lite: lite.passages, pg: pgs.passages, key: ["label"] },
  { lite: lite.indexMeta, pg: pgs.indexMeta, key: ["key"] },
  { lite: lite.obligations, pg: pgs.obligations, key: ["id"] },
  { lite: lite.units, pg: pgs.units, key: ["id"] },
  { lite: lite.members, pg: pgs.members, key: ["platform", "userId"], fresh: "id" },
  { lite: lite.tasks, pg: pgs.tasks, key: ["id"] },
  { lite: lite.taskEvents, pg: pgs.taskEvents, key: ["id"], fresh: "id", appendOnly: true },
  { lite: lite.registrationCodes, pg: pgs.registrationCodes, key: ["code"] },
];

/**
 * The instance's own tables, kept in its SQLite file even with DATABASE_URL: chat memory and answers, votes, and the
 * SQLite twins of the outbox and inbound dedupe (unused then: their ports go to PostgreSQL).
 */
const LOCAL = [
  lite.chatState,
  lite.chatAnswers,
  lite.chatTurns,
  lite.feedback,
  lite.inboundUpdates,
  lite.outbox,
].map(getTableName);

const JOURNAL = "_shared_changes";
const VERSION_KEY = "corpus";
/** Rows per statement: under PostgreSQL's 65,535 parameters at 14 columns, and SQLite's 32,766. */
const CHUNK = 1000;

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const column = (table: SQLiteTable | PgTable, name: string) =>
  (getTableColumns(table) as Record<string, Column>)[name] as Column;

/** Rows whose key is one of `keys`: `id in (…)` for one column, else `(a = … and b = …) or …`. */
function keyIn(table: SQLiteTable | PgTable, key: string[], keys: unknown[][]): SQL {
  if (key.length === 1)
    return inArray(
      column(table, key[0] as string),
      keys.map((k) => k[0]),
    );
  return or(...keys.map((k) => and(...key.map((name, i) => eq(column(table, name), k[i]))))) as SQL;
}

type Row = Record<string, unknown>;

/**
 * PostgreSQL is the source of truth for the corpus and the registry (documents, passages, obligations, units,
 * members, tasks and their history, registration codes); each instance reads them synchronously from an in-memory
 * SQLite copy, so every caller of better-sqlite3 keeps working unchanged. Writes land in the copy first, in the
 * callers' own transactions; triggers journal which rows changed, and `flush()` writes those rows to PostgreSQL in
 * one transaction that also bumps the corpus version. An instance that sees another version (`sync()`) reloads its
 * copy from PostgreSQL. The instance's own tables (chat memory, votes) stay in its SQLite file, attached to the
 * same connection so unqualified table names find them.
 *
 * @example
 * const copy = await openWorkingCopy("data/troly.db", pg);
 * setTaskStatus(copy.db, id, change); await copy.flush(); // now visible to every instance
 */
export class WorkingCopy {
  /** The corpus version this copy was loaded at (or wrote last); -1 before the first load. */
  private loaded = -1;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly sqlite: Database.Database;

  constructor(
    readonly db: Db,
    private readonly pg: PgDb,
  ) {
    this.sqlite = db.$client;
  }

  get version(): number {
    return this.loaded;
  }

  /** Writes changed rows to PostgreSQL in one transaction; true when there were any. Throws when it cannot. */
  flush(): Promise<boolean> {
    return this.exclusive(() => this.flushNow());
  }

  /**
   * Reloads the copy when PostgreSQL's corpus version is not the one it holds (after writing this copy's own
   * changes). True when it reloaded.
   */
  sync(): Promise<boolean> {
    return this.exclusive(async () => {
      await this.flushNow();
      if ((await this.remoteVersion()) === this.loaded) return false;
      await this.loadNow();
      return true;
    });
  }

  /** Reloads the copy from PostgreSQL; with `discard`, changes not yet written there are dropped, not written. */
  load(options: { discard?: boolean } = {}): Promise<void> {
    return this.exclusive(async () => {
      if (options.discard) this.sqlite.prepare(`delete from ${JOURNAL}`).run();
      else await this.flushNow();
      await this.loadNow();
    });
  }

  /** One flush or load at a time: they read and clear the same journal. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }

  private async remoteVersion(): Promise<number> {
    const [row] = await this.pg
      .select({ version: pgs.corpusVersion.version })
      .from(pgs.corpusVersion)
      .where(eq(pgs.corpusVersion.key, VERSION_KEY));
    return row?.version ?? 0;
  }

  private async flushNow(): Promise<boolean> {
    const journal = this.sqlite.prepare(`select seq, tbl, key from ${JOURNAL} order by seq`).all() as {
      seq: number;
      tbl: string;
      key: string;
    }[];
    if (journal.length === 0) return false;
    const upTo = (journal.at(-1) as { seq: number }).seq;
    const plan = SHARED.map((table) => {
      const name = getTableName(table.lite);
      const keys = [...new Set(journal.filter((j) => j.tbl === name).map((j) => j.key))].map(
        (k) => JSON.parse(k) as unknown[],
      );
      const rows = chunks(keys).flatMap(
        (some) =>
          this.db
            .select()
            .from(table.lite)
            .where(keyIn(table.lite, table.key, some))
            .all() as Row[],
      );
      const present = new Set(rows.map((r) => JSON.stringify(table.key.map((k) => r[k]))));
      const gone = keys.filter((k) => !present.has(JSON.stringify(k)));
      return { table, rows, gone };
    });
    const version = await this.pg.transaction(async (tx) => {
      for (const { table, gone } of [...plan].reverse())
        if (!table.appendOnly)
          for (const some of chunks(gone)) await tx.delete(table.pg).where(keyIn(table.pg, table.key, some));
      for (const { table, rows } of plan) {
        const columns = getTableColumns(table.pg) as Record<string, Column>;
        const written = Object.keys(columns).filter((name) => name !== table.fresh);
        const values = rows.map((r) => Object.fromEntries(written.map((name) => [name, r[name]])));
        const set = Object.fromEntries(
          written
            .filter((name) => !table.key.includes(name))
            .map((name) => [name, sql`excluded.${sql.identifier((columns[name] as Column).name)}`]),
        );
        for (const some of chunks(values)) {
          const insert = tx.insert(table.pg).values(some as never);
          if (table.appendOnly) await insert;
          else
            await insert.onConflictDoUpdate({
              target: table.key.map((name) => columns[name] as Column) as never,
              set,
            });
        }
      }
      return bumpCorpusVersion(tx);
    });
    this.sqlite.prepare(`delete from ${JOURNAL} where seq <= ?`).run(upTo);
    // Nobody else wrote since this copy was loaded: it equals PostgreSQL, no reload needed. Otherwise the next
    // sync() sees a version it does not hold and reloads.
    if (version === this.loaded + 1) this.loaded = version;
    return true;
  }

  private async loadNow(): Promise<void> {
    for (;;) {
      // One snapshot of every table and the version it belongs to.
      const { version, tables } = await this.pg.transaction(
        async (tx) => {
          const [row] = await tx
            .select({ version: pgs.corpusVersion.version })
            .from(pgs.corpusVersion)
            .where(eq(pgs.corpusVersion.key, VERSION_KEY));
          const tables: Row[][] = [];
          for (const table of SHARED) tables.push((await tx.select().from(table.pg)) as Row[]);
          return { version: row?.version ?? 0, tables };
        },
        { isolationLevel: "repeatable read", accessMode: "read only" },
      );
      // A caller wrote to the copy while PostgreSQL was being read: write that first, then read again.
      if (this.journalSize() > 0) {
        await this.flushNow();
        continue;
      }
      this.db.transaction((tx) => {
        for (const table of [...SHARED].reverse()) tx.delete(table.lite).run();
        SHARED.forEach((table, i) => {
          for (const some of chunks(tables[i] as Row[], 500))
            tx.insert(table.lite)
              .values(some as never)
              .run();
        });
      });
      // The load itself went through the triggers: nothing of it is a change to write back.
      this.sqlite.prepare(`delete from ${JOURNAL}`).run();
      this.loaded = version;
      return;
    }
  }

  private journalSize(): number {
    return (this.sqlite.prepare(`select count(*) as n from ${JOURNAL}`).get() as { n: number }).n;
  }
}

/**
 * Moves the shared corpus to its next version (inside the transaction that changed it), so every instance reloads
 * its working copy; returns the new version. The row lock also makes concurrent writers take turns.
 */
export async function bumpCorpusVersion(db: Pick<PgDb, "insert">): Promise<number> {
  const [row] = await db
    .insert(pgs.corpusVersion)
    .values({ key: VERSION_KEY, version: 1 })
    .onConflictDoUpdate({
      target: pgs.corpusVersion.key,
      set: { version: sql`${pgs.corpusVersion.version} + 1` },
    })
    .returning({ version: pgs.corpusVersion.version });
  return (row as { version: number }).version;
}

/**
 * Opens an instance's storage with DATABASE_URL: its SQLite file (migrated as without it) for its own tables,
 * attached to an in-memory database holding the shared tables, loaded from PostgreSQL.
 *
 * @example
 * const copy = await openWorkingCopy(path.join(config.dataDir, "troly.db"), pg);
 */
export async function openWorkingCopy(file: string, pg: PgDb): Promise<WorkingCopy> {
  openDatabase(file).$client.close();
  const db = openDatabase(":memory:");
  const sqlite = db.$client;
  sqlite.prepare("attach database ? as instance").run(file);
  sqlite.pragma("instance.journal_mode = WAL");
  // Unqualified names resolve in `main` first: without these tables there, they are the instance file's.
  for (const name of LOCAL) sqlite.exec(`drop table main."${name}"`);
  sqlite.exec(
    `create table ${JOURNAL} (seq integer primary key autoincrement, tbl text not null, key text not null)`,
  );
  for (const table of SHARED) {
    const name = getTableName(table.lite);
    const key = (row: "new" | "old") =>
      `json_array(${table.key.map((k) => `${row}."${column(table.lite, k).name}"`).join(", ")})`;
    const journal = (row: "new" | "old") =>
      `insert into ${JOURNAL} (tbl, key) values ('${name}', ${key(row)});`;
    sqlite.exec(
      `create trigger "${name}_ins" after insert on "${name}" begin ${journal("new")} end;
       create trigger "${name}_upd" after update on "${name}" begin ${journal("old")} ${journal("new")} end;
       create trigger "${name}_del" after delete on "${name}" begin ${journal("old")} end;`,
    );
  }
  const copy = new WorkingCopy(db, pg);
  await copy.load();
  return copy;
}
