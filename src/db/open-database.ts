import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "./schema.ts";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database or an open transaction on it: what code that writes inside its caller's transaction takes. */
export type DbWriter = BaseSQLiteDatabase<"sync", Database.RunResult, typeof schema>;

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * Opens (creating if needed) the SQLite file and applies pending drizzle migrations.
 * WAL mode lets the web page read while an ingest writes. `synchronous = NORMAL` is SQLite's recommended setting
 * with WAL: a commit no longer waits for an fsync (the WAL is synced at checkpoints), so every answer's chat
 * history write stops stalling the event loop on the disk (0.35 ms a commit on this machine's idle disk, far more
 * when other work keeps it busy). The database stays consistent after any crash; after a power cut or an OS crash
 * the last commits before it may be rolled back (an application crash loses nothing).
 *
 * @example
 * const db = openDatabase("data/troly.db");
 */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db as Db;
}
