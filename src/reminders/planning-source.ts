import { asc, sql } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import type { PgDb } from "../db/postgres/open-postgres.ts";
import * as pgSchema from "../db/postgres/pg-schema.ts";
import { listMembers, toMember } from "../obligations/member-registry.ts";
import { obligationFromRow } from "../obligations/obligation-store.ts";
import {
  buildTaskViews,
  listTasks,
  type TaskFilter,
  type TaskView,
  taskRowFilter,
} from "../obligations/task-list.ts";
import { listUnits, unitFromRow } from "../obligations/unit-registry.ts";
import { Recipients } from "./recipients.ts";

/**
 * What the reminder planner reads: the open tasks in its window and who hears about them. One port, two backends;
 * both build their views with the same code (`buildTaskViews`, `Recipients.of`), so plans are identical.
 *
 * @example
 * const tasks = await source.tasks({ today: "2024-12-20", notDone: true });
 */
export interface PlanningSource {
  tasks(filter: TaskFilter): Promise<TaskView[]>;
  recipients(): Promise<Recipients>;
}

export const sqlitePlanningSource = (db: Db): PlanningSource => ({
  async tasks(filter) {
    return listTasks(db, filter);
  },
  async recipients() {
    return Recipients.of(listUnits(db), listMembers(db));
  },
});

/** Units ordered as `listUnits` orders them (province without case, then id), in PostgreSQL via lower(). */
async function pgUnits(db: PgDb) {
  const { units } = pgSchema;
  const rows = await db.select().from(units);
  const key = (u: (typeof rows)[number]) => u.province.toLowerCase();
  return rows
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(unitFromRow);
}

export const pgPlanningSource = (db: PgDb): PlanningSource => ({
  async tasks(filter) {
    const { tasks, obligations, documents } = pgSchema;
    const [rows, obligationRows, units, titles] = await Promise.all([
      db.select().from(tasks).where(taskRowFilter(tasks, filter)),
      db
        .select()
        .from(obligations)
        // Byte order, as SQLite sorts: ties on the due day keep the same document order on both backends.
        .orderBy(asc(sql`${obligations.documentId} collate "C"`), asc(obligations.ordinal)),
      pgUnits(db),
      db.select({ id: documents.id, title: documents.title }).from(documents),
    ]);
    return buildTaskViews(
      { rows, obligations: obligationRows.map(obligationFromRow), units, titles },
      filter,
    );
  },
  async recipients() {
    const { members } = pgSchema;
    const [units, memberRows] = await Promise.all([
      pgUnits(db),
      db.select().from(members).orderBy(asc(members.id)),
    ]);
    return Recipients.of(units, memberRows.map(toMember));
  },
});
