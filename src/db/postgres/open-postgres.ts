import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { StoreUnavailableError } from "../../errors.ts";
import * as schema from "./pg-schema.ts";

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");
/** Advisory lock key held while migrating: instances started together must not both create the tables. */
const MIGRATE_LOCK = 7_255_001;

/**
 * Connects a pool to `DATABASE_URL` and applies pending drizzle migrations under an advisory lock, so two
 * instances starting at the same moment migrate once. A server that cannot be reached becomes a
 * StoreUnavailableError with a Vietnamese message, not a stack trace.
 *
 * @example
 * const db = await openPostgres("postgres://troly@127.0.0.1:5432/troly");
 */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<PgDb> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its server (restart, failover) must not crash the process: the pool replaces it.
  pool.on("error", () => {});
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreUnavailableError(
      `cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}`,
      "Không kết nối được cơ sở dữ liệu PostgreSQL (DATABASE_URL). Hãy kiểm tra máy chủ, cổng, tên người dùng và mật khẩu.",
      { cause: error },
    );
  }
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATE_LOCK]);
    await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATE_LOCK]).catch(() => {});
    client.release();
  }
  return drizzle(pool, { schema }) as PgDb;
}

/** The URL without its password, for logs and messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
