import { createHash } from "node:crypto";
import { and, eq, gte, isNull, lt } from "drizzle-orm";
import type { Db, DbWriter } from "../db/open-database.ts";
import { taskEvents, tasks } from "../db/schema.ts";
import { NotFoundError } from "../errors.ts";
import { addMonths } from "./calendar-day.ts";
import type { Recurrence } from "./deadline.ts";
import type { Obligation } from "./obligation.ts";
import { listObligations } from "./obligation-store.ts";
import { type Unit, unitsForParties } from "./unit-registry.ts";

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

/** What task reconciliation needs besides the obligations: the registry, where each document applies, when. */
export interface TaskContext {
  registry: readonly Unit[];
  /** The province whose units a document's parties name; "" = assign to nobody. */
  provinceOf: (documentId: string) => string;
  now?: Date;
}

/**
 * Adds missing tasks for `wanted` obligations × units, revives `existing` tasks whose obligation came back, and
 * marks `existing` tasks whose obligation or unit no longer applies as removed (kept for history). Statuses never
 * change here. Writes inside the caller's transaction.
 */
function reconcileTasks(
  tx: DbWriter,
  obligationList: readonly Obligation[],
  existing: readonly TaskRow[],
  context: TaskContext,
): { added: number; removed: number } {
  const now = (context.now ?? new Date()).toISOString();
  const wanted = new Map<string, { obligation: Obligation; unit: Unit }>();
  for (const obligation of obligationList) {
    const province = context.provinceOf(obligation.documentId);
    if (!province) continue;
    for (const unit of unitsForParties(obligation.responsible, province, context.registry))
      wanted.set(`${obligation.id}|${unit.id}`, { obligation, unit });
  }
  const have = new Set(existing.map((t) => `${t.obligationId}|${t.unitId}`));
  let added = 0;
  let removed = 0;
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
  return { added, removed };
}

/**
 * Makes the whole task table match obligations × registered units (see reconcileTasks), inside the caller's
 * transaction. `provinceOf` gives the issuing province, or DEFAULT_PROVINCE for documents whose province is unknown.
 *
 * @example
 * db.transaction((tx) => syncTasks(tx, { registry: listUnits(db), provinceOf: () => "Hưng Yên" })) // { added: 120, removed: 0 }
 */
export function syncTasks(tx: DbWriter, context: TaskContext): { added: number; removed: number } {
  return reconcileTasks(tx, listObligations(tx), tx.select().from(tasks).all(), context);
}

/**
 * The same for one document's obligations and the tasks built on them, inside the transaction that changes the
 * document. Its tasks are found by obligation id, which starts with `<documentId>#` (`<passageId>/<hash>`).
 *
 * @example
 * syncDocumentTasks(tx, "hy-kl-can-bo-tre-2024", obligations, context) // { added: 3, removed: 1 }
 */
export function syncDocumentTasks(
  tx: DbWriter,
  documentId: string,
  obligationList: readonly Obligation[],
  context: TaskContext,
): { added: number; removed: number } {
  // "#" + 1 = "$": every id with the prefix `<documentId>#` and nothing else (ids contain no "#" before it).
  const existing = tx
    .select()
    .from(tasks)
    .where(and(gte(tasks.obligationId, `${documentId}#`), lt(tasks.obligationId, `${documentId}$`)))
    .all();
  return reconcileTasks(tx, obligationList, existing, context);
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
