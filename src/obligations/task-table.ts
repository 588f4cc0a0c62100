import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { taskEvents, tasks } from "../db/schema.ts";
import { NotFoundError } from "../errors.ts";
import { addMonths } from "./calendar-day.ts";
import type { Recurrence } from "./deadline.ts";
import type { Obligation } from "./obligation.ts";
import { listObligations } from "./obligation-store.ts";
import { listUnits, type Unit, unitsForParties } from "./unit-registry.ts";

export type TaskStatus = "open" | "in_progress" | "done";
type TaskRow = typeof tasks.$inferSelect;

/** Short, stable ids that fit in a chat command: `t` + 12 hex digits (48 bits: no collisions at 500k tasks). */
export function taskId(obligationId: string, unitId: string, occurrence: number): string {
  const hash = createHash("sha256").update(`${obligationId}|${unitId}|${occurrence}`).digest("hex");
  return `t${hash.slice(0, 12)}`;
}

const MONTHS: Record<Recurrence, number> = { yearly: 12, quarterly: 3, monthly: 1, periodic: 0 };

/** The due day of the next occurrence, or null when the cadence or the first due day is unknown. */
export function nextDue(due: string | null, recurrence: Recurrence | null): string | null {
  const months = recurrence ? MONTHS[recurrence] : 0;
  return due && months ? addMonths(due, months) : null;
}

/**
 * Makes the task table match obligations × registered units: adds missing tasks, revives tasks whose obligation
 * came back, and marks tasks whose obligation or unit no longer applies as removed (kept for history). Statuses
 * of existing tasks never change here. `defaultProvince` is used for documents whose province is unknown.
 *
 * @example
 * syncTasks(db, { provinceOf: (docId) => "Hưng Yên" }) // { added: 120, removed: 0 }
 */
export function syncTasks(
  db: Db,
  options: { provinceOf: (documentId: string) => string; now?: Date },
): { added: number; removed: number } {
  const now = (options.now ?? new Date()).toISOString();
  const registry = listUnits(db);
  const wanted = new Map<string, { obligation: Obligation; unit: Unit }>();
  for (const obligation of listObligations(db)) {
    const province = options.provinceOf(obligation.documentId);
    if (!province) continue;
    for (const unit of unitsForParties(obligation.responsible, province, registry))
      wanted.set(`${obligation.id}|${unit.id}`, { obligation, unit });
  }
  const existing = db.select().from(tasks).all();
  const have = new Set(existing.map((t) => `${t.obligationId}|${t.unitId}`));
  let added = 0;
  let removed = 0;
  db.transaction((tx) => {
    for (const row of existing) {
      const pair = `${row.obligationId}|${row.unitId}`;
      const keep = wanted.has(pair);
      if (keep && row.removedAt)
        tx.update(tasks).set({ removedAt: null, updatedAt: now }).where(eq(tasks.id, row.id)).run();
      if (!keep && !row.removedAt) {
        tx.update(tasks).set({ removedAt: now, updatedAt: now }).where(eq(tasks.id, row.id)).run();
        removed++;
      }
    }
    for (const [pair, { obligation, unit }] of wanted) {
      if (have.has(pair)) continue;
      tx.insert(tasks)
        .values({
          id: taskId(obligation.id, unit.id, 1),
          obligationId: obligation.id,
          unitId: unit.id,
          occurrence: 1,
          due: obligation.deadline.due,
          status: "open",
          createdAt: now,
          updatedAt: now,
        })
        .run();
      added++;
    }
  });
  return { added, removed };
}

/**
 * Changes a task's status, writes the audit row and, when a recurring task is done, opens its next occurrence.
 * Throws NotFoundError for an unknown id.
 *
 * @example
 * setTaskStatus(db, "t1a2b3c4d", { status: "done", by: "telegram:42", note: "Đã nộp báo cáo" })
 */
export function setTaskStatus(
  db: Db,
  id: string,
  change: { status: TaskStatus; by: string; note?: string; now?: Date },
): { task: TaskRow; next: TaskRow | null } {
  const at = (change.now ?? new Date()).toISOString();
  const row = db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), isNull(tasks.removedAt)))
    .get();
  if (!row) throw new NotFoundError("task", id, "List tasks with `troly tasks` to see valid ids.");
  const done = change.status === "done";
  let next: TaskRow | null = null;
  db.transaction((tx) => {
    tx.update(tasks)
      .set({
        status: change.status,
        doneAt: done ? at : null,
        doneBy: done ? change.by : null,
        note: change.note ?? row.note,
        updatedAt: at,
      })
      .where(eq(tasks.id, id))
      .run();
    tx.insert(taskEvents)
      .values({
        taskId: id,
        at,
        actor: change.by,
        fromStatus: row.status,
        toStatus: change.status,
        note: change.note,
      })
      .run();
    if (!done || row.status === "done") return;
    const obligation = listObligations(db).find((o) => o.id === row.obligationId);
    const recurrence = obligation?.deadline.recurrence ?? null;
    if (!recurrence) return;
    const occurrence = row.occurrence + 1;
    const nextId = taskId(row.obligationId, row.unitId, occurrence);
    if (tx.select().from(tasks).where(eq(tasks.id, nextId)).get()) return;
    next = {
      ...row,
      id: nextId,
      occurrence,
      due: nextDue(row.due, recurrence),
      status: "open",
      doneAt: null,
      doneBy: null,
      note: null,
      createdAt: at,
      updatedAt: at,
      removedAt: null,
    };
    tx.insert(tasks).values(next).run();
  });
  const task = db.select().from(tasks).where(eq(tasks.id, id)).get() as TaskRow;
  return { task, next };
}
