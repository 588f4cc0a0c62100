import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { IngestBusyError } from "../errors.ts";
import { lockKey } from "./leader-lock.ts";
import type { PgDb } from "./postgres/open-postgres.ts";

/** The lock file inside DATA_DIR, and the note beside it that names the holder (informational only). */
export const INGEST_LOCK_FILE = "ingest.lock";
const HOLDER_SUFFIX = ".holder";

export interface IngestLock {
  readonly file: string;
  release(): void;
}

interface Holder {
  pid: number;
  since: string;
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(file + HOLDER_SUFFIX, "utf8")) as Holder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

const isBusy = (error: unknown) =>
  error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);

/**
 * Serialises ingests of one data folder across processes (and within one): an SQLite write lock
 * (`BEGIN IMMEDIATE`) on `DATA_DIR/ingest.lock`, a small database of its own, held until `release()`. The lock is
 * an fcntl lock, so the kernel drops it when its holder dies: a killed ingest never leaves a stale lock behind.
 * Waits up to `waitMs`, polling so the event loop keeps serving, then throws IngestBusyError (nothing changed).
 *
 * @example
 * const lock = await acquireIngestLock("data", { waitMs: 60_000 });
 * try { await ingest(); } finally { lock.release(); }
 */
export async function acquireIngestLock(
  dataDir: string,
  options: { waitMs: number; pollMs?: number; onWait?: (holderPid: number | null) => void },
): Promise<IngestLock> {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, INGEST_LOCK_FILE);
  const connection = new Database(file);
  connection.pragma("busy_timeout = 0");
  const deadline = Date.now() + options.waitMs;
  let waiting = false;
  for (;;) {
    try {
      connection.exec("BEGIN IMMEDIATE");
      break;
    } catch (error) {
      if (!isBusy(error)) {
        connection.close();
        throw error;
      }
      const holder = readHolder(file);
      if (Date.now() >= deadline) {
        connection.close();
        const who = holder ? ` (pid ${holder.pid}, bắt đầu lúc ${holder.since})` : "";
        throw new IngestBusyError(
          file,
          holder?.pid ?? null,
          `Một tiến trình khác đang nạp văn bản vào ${dataDir}${who}. Hãy đợi tiến trình đó xong rồi chạy lại.`,
        );
      }
      if (!waiting) options.onWait?.(holder?.pid ?? null);
      waiting = true;
      await sleep(Math.max(1, Math.min(options.pollMs ?? 200, deadline - Date.now())));
    }
  }
  try {
    writeFileSync(
      file + HOLDER_SUFFIX,
      JSON.stringify({ pid: process.pid, since: new Date().toISOString() } satisfies Holder),
    );
  } catch {
    // The note only names the holder in a waiter's message; the lock itself is held either way.
  }
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      rmSync(file + HOLDER_SUFFIX, { force: true });
      connection.exec("ROLLBACK");
      connection.close();
    },
  };
}

/**
 * With DATABASE_URL, ingests of every instance take turns on one PostgreSQL advisory lock (they write one shared
 * corpus), held on a connection of its own until `release()`; a holder that dies drops the connection and the lock.
 * Waits up to `waitMs` like the file lock, then throws IngestBusyError.
 *
 * @example
 * const lock = await acquirePgIngestLock(pg, { waitMs: 60_000 });
 */
export async function acquirePgIngestLock(
  pg: PgDb,
  options: { waitMs: number; pollMs?: number; onWait?: (holderPid: number | null) => void },
): Promise<IngestLock> {
  const client = await pg.$client.connect();
  const key = lockKey("ingest");
  const deadline = Date.now() + options.waitMs;
  let waiting = false;
  try {
    for (;;) {
      const { rows } = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [key]);
      if (rows[0]?.ok) break;
      if (Date.now() >= deadline)
        throw new IngestBusyError(
          "PostgreSQL",
          null,
          "Một phiên bản khác của dịch vụ đang nạp văn bản vào cơ sở dữ liệu chung. Hãy đợi xong rồi chạy lại.",
        );
      if (!waiting) options.onWait?.(null);
      waiting = true;
      await sleep(Math.max(1, Math.min(options.pollMs ?? 200, deadline - Date.now())));
    }
  } catch (error) {
    client.release();
    throw error;
  }
  let released = false;
  return {
    file: "PostgreSQL",
    release() {
      if (released) return;
      released = true;
      void client.query("select pg_advisory_unlock($1)", [key]).then(
        () => client.release(),
        // A connection that cannot unlock is closed, which drops the lock with it.
        (error: Error) => client.release(error),
      );
    },
  };
}
