import { type LeaderLock, pgLeaderLock, sqliteLeaderLock } from "../db/leader-lock.ts";
import type { Db } from "../db/open-database.ts";
import type { OutboxRepository } from "../db/outbox-repository.ts";
import type { PgDb } from "../db/postgres/open-postgres.ts";
import { pgOutbox } from "../db/postgres/pg-outbox.ts";
import { sqliteOutbox } from "../db/sqlite-outbox.ts";
import { type PlanningSource, pgPlanningSource, sqlitePlanningSource } from "./planning-source.ts";

/** The ports reminders need: what to plan from, where to queue, and who may plan. */
export interface ReminderBackend {
  kind: "sqlite" | "postgres";
  planning: PlanningSource;
  outbox: OutboxRepository;
  leader: LeaderLock;
  close(): Promise<void>;
}

export const sqliteReminderBackend = (db: Db): ReminderBackend => ({
  kind: "sqlite",
  planning: sqlitePlanningSource(db),
  outbox: sqliteOutbox(db),
  leader: sqliteLeaderLock(),
  close: async () => {},
});

export const pgReminderBackend = (pg: PgDb): ReminderBackend => ({
  kind: "postgres",
  planning: pgPlanningSource(pg),
  outbox: pgOutbox(pg),
  leader: pgLeaderLock(pg),
  close: () => pg.$client.end(),
});
