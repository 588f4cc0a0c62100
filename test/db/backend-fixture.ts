import path from "node:path";
import type { App } from "../../src/app.ts";
import { type Db, openDatabase } from "../../src/db/open-database.ts";
import { copyToPostgres } from "../../src/db/postgres/copy-to-postgres.ts";
import { openPostgres, type PgDb } from "../../src/db/postgres/open-postgres.ts";
import {
  pgReminderBackend,
  type ReminderBackend,
  sqliteReminderBackend,
} from "../../src/reminders/reminder-backend.ts";
import { reminderFixture } from "../reminders/reminder-fixture.ts";
import { freshPgUrl } from "./pg-test-db.ts";

export type BackendName = "sqlite" | "postgres";

export interface BackendFixture {
  app: App;
  dataDir: string;
  /** The reminder ports under test, on the app's SQLite file or on a fresh PostgreSQL database holding a copy. */
  backend: ReminderBackend;
  /** Another connection (pool) to the same store, as a second instance would have. */
  open(): Promise<ReminderBackend>;
  pg: PgDb | null;
  /** DATABASE_URL for child processes (empty for SQLite). */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The reminder fixture (seed corpus, example registry, heads on Telegram) on one backend: for PostgreSQL the SQLite
 * data is copied into a new database with `copyToPostgres`, as `troly db migrate-to-postgres` does.
 *
 * @example
 * const f = await backendFixture("postgres", { heads: /^ls-btc$/ }); await dispatchOnce(f.backend.outbox, notifiers);
 */
export async function backendFixture(
  name: BackendName,
  options: Parameters<typeof reminderFixture>[0] = {},
): Promise<BackendFixture> {
  const { app, dataDir } = await reminderFixture(options);
  if (name === "sqlite") {
    const connections: Db[] = [];
    return {
      app,
      dataDir,
      backend: sqliteReminderBackend(app.db),
      async open() {
        const db = openDatabase(path.join(dataDir, "troly.db"));
        connections.push(db);
        return sqliteReminderBackend(db);
      },
      pg: null,
      env: {},
      async close() {
        for (const db of connections) db.$client.close();
        await app.close();
      },
    };
  }
  const url = await freshPgUrl();
  const pg = await openPostgres(url);
  await copyToPostgres(app.db, pg);
  const others: ReminderBackend[] = [];
  return {
    app,
    dataDir,
    backend: pgReminderBackend(pg),
    async open() {
      const other = pgReminderBackend(await openPostgres(url));
      others.push(other);
      return other;
    },
    pg,
    env: { DATABASE_URL: url },
    async close() {
      for (const other of others) await other.close();
      await pg.$client.end();
      await app.close();
    },
  };
}
