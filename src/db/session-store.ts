import { createHash } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import type { PgDb } from "./postgres/open-postgres.ts";
import { adminSessions } from "./postgres/pg-schema.ts";

/** An admin's session of the web page: its CSRF token and when it ends (epoch ms). */
export interface Session {
  csrf: string;
  expires: number;
}

/**
 * Where admin sessions live, by the cookie's session id: in memory (one instance; a restart logs admins out), or
 * shared through PostgreSQL with DATABASE_URL so a login holds on every instance behind a load balancer.
 */
export interface SessionStore {
  get(id: string): Promise<Session | null>;
  set(id: string, session: Session): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Sessions in this process's memory. */
export function memorySessionStore(): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    get: async (id) => sessions.get(id) ?? null,
    set: async (id, session) => {
      sessions.set(id, session);
    },
    delete: async (id) => {
      sessions.delete(id);
    },
  };
}

/** The row key of a session id: its SHA-256, so the table never holds a cookie that would log anyone in. */
const hashOf = (id: string) => createHash("sha256").update(id).digest("hex");

/**
 * Admin sessions shared by every instance (`admin_sessions`): a login on one holds on the others, a logout ends it
 * everywhere. Expired rows are deleted whenever a session is created.
 *
 * @example
 * const auth = new AdminAuth(secrets, config.adminPassword, pgSessionStore(pg));
 */
export function pgSessionStore(pg: PgDb, clock: () => number = () => Date.now()): SessionStore {
  return {
    async get(id) {
      const [row] = await pg
        .select()
        .from(adminSessions)
        .where(eq(adminSessions.idHash, hashOf(id)));
      return row ? { csrf: row.csrf, expires: row.expires } : null;
    },
    async set(id, session) {
      await pg.delete(adminSessions).where(lt(adminSessions.expires, clock()));
      await pg.insert(adminSessions).values({ idHash: hashOf(id), ...session });
    },
    async delete(id) {
      await pg.delete(adminSessions).where(eq(adminSessions.idHash, hashOf(id)));
    },
  };
}
