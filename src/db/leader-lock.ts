import type { PgDb } from "./postgres/open-postgres.ts";

export type Led<T> = { led: true; value: T } | { led: false };

/**
 * Runs a piece of work (the reminder planner) on one instance at a time. SQLite: always leads, since one file
 * means one machine, runs in one process never overlap, and the outbox's dedupe keys make a second planner's rows
 * no-ops. PostgreSQL: `pg_try_advisory_lock` on a connection held for the work; a leader that dies drops its
 * connection and with it the lock, so the next instance's run takes over.
 *
 * @example
 * const run = await leader.runIfLeader("planner", () => planAndEnqueue());
 */
export interface LeaderLock {
  runIfLeader<T>(name: string, work: () => Promise<T>): Promise<Led<T>>;
}

export const sqliteLeaderLock = (): LeaderLock => ({
  async runIfLeader(_name, work) {
    return { led: true, value: await work() };
  },
});

/** A stable 32-bit key for a lock name (FNV-1a), so every instance asks for the same lock. */
export function lockKey(name: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `troly:${name}`) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return hash | 0;
}

export const pgLeaderLock = (db: PgDb): LeaderLock => ({
  async runIfLeader(name, work) {
    const client = await db.$client.connect();
    try {
      const key = lockKey(name);
      const { rows } = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [key]);
      if (!rows[0]?.ok) return { led: false };
      try {
        return { led: true, value: await work() };
      } finally {
        await client.query("select pg_advisory_unlock($1)", [key]);
      }
    } finally {
      client.release();
    }
  },
});
