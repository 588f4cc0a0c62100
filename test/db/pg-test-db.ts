import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** Why the PostgreSQL half of the suites cannot run here, or "" when it can (always on CI: `.ci/run` installs it). */
export const pgMissing = (): string => inject("pgMissing");

/**
 * A new, empty database on the run's PostgreSQL server (test/db/pg-global-setup.ts) and its URL: each test file
 * or test gets its own, so they never see each other's rows and need no cleanup between them.
 *
 * @example
 * const url = await freshPgUrl(); const db = await openPostgres(url);
 */
export async function freshPgUrl(): Promise<string> {
  const admin = inject("pgUrl");
  if (!admin) throw new Error(`PostgreSQL is not available: ${pgMissing()}`);
  const name = `t_${randomUUID().replaceAll("-", "")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return admin.replace(/\/[^/]*$/, `/${name}`);
}

/** The backends a contract suite runs on: both, or SQLite alone (with a note) where no postgres binaries exist. */
export function backendsUnderTest(): ("sqlite" | "postgres")[] {
  const missing = pgMissing();
  if (missing && process.env.CI) throw new Error(`CI must test PostgreSQL too: ${missing}`);
  if (missing) console.warn(`PostgreSQL tests skipped: ${missing}`);
  return missing ? ["sqlite"] : ["sqlite", "postgres"];
}
