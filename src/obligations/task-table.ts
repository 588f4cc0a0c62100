import { createHash } from "node:crypto";
import { and, asc, eq, gte, isNull, lt } from "drizzle-orm";
import type { Db, DbWriter } from "../db/open-database.ts";
import { type QueuedTarget, queuedFor } from "../db/outbox-repository.ts";
import { obligations, outbox, taskEvents, tasks } from "../db/schema.ts";
import { InputError, NotFoundError } from "../errors.ts";
import { vnDate } from "../format.ts";
import { addMonths, calendarDay, isIsoDay } from "./calendar-day.ts";
import type { Recurrence } from "./deadline.ts";
import type { Obligation } from "./obligation.ts";
import { listObligations } from "./obligation-store.ts";
import { currentUnit, type Unit, unitsForParties } from "./unit-registry.ts";

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

type TaskInsert = typeof tasks.$inferInsert;
type EventInsert = typeof taskEvents.$inferInsert;

/** What one obligation asks of the unit holding the work today, and which dissolved units it was named through. */
interface Wanted {
  obligation: Obligation;
  holder: Unit;
  formers: Set<string>;
}

/**
 * The changes that bring existing tasks in line with obligations × units, computed without writing: a preview
 * (what a units import would remove) and the plan `reconcileTasks` applies.
 */
export interface TaskPlan {
  inserts: TaskInsert[];
  updates: { id: string; set: Partial<TaskRow> }[];
  events: EventInsert[];
  /** Live tasks whose obligation or unit no longer applies: kept for history, marked removed. */
  removed: TaskRow[];
  /** Live tasks of dissolved units folded into their successor's task for the same obligation. */
  merged: TaskRow[];
}

const STATUS_WORDS: Record<string, string> = {
  open: "chưa hoàn thành",
  in_progress: "đang thực hiện",
  done: "đã hoàn thành",
};

/** Progress first: the former unit whose task went furthest (more occurrences done, then done, in progress). */
function progressRank(rows: readonly TaskRow[]): number {
  const latest = rows.reduce((a, b) => (b.occurrence > a.occurrence ? b : a));
  const status = { done: 2, in_progress: 1 }[latest.status] ?? 0;
  return latest.occurrence * 3 + status;
}

/**
 * The units each obligation is given to, each replaced by the unit that holds its work today (successor links):
 * three dissolved wards merged into one ward give that ward one task per obligation, naming the three.
 */
function wantedTasks(obligationList: readonly Obligation[], context: TaskContext): Map<string, Wanted> {
  const byId = new Map(context.registry.map((u) => [u.id, u]));
  const wanted = new Map<string, Wanted>();
  for (const obligation of obligationList) {
    const province = context.provinceOf(obligation.documentId);
    if (!province) continue;
    for (const unit of unitsForParties(obligation.responsible, province, context.registry)) {
      const holder = currentUnit(unit, byId);
      const pair = `${obligation.id}|${holder.id}`;
      let entry = wanted.get(pair);
      if (!entry) {
        entry = { obligation, holder, formers: new Set() };
        wanted.set(pair, entry);
      }
      if (holder.id !== unit.id) entry.formers.add(unit.id);
    }
  }
  return wanted;
}

/**
 * Plans (without writing) how `existing` tasks follow `obligationList` × units: missing tasks are added, tasks
 * whose obligation came back are revived, tasks whose obligation or unit no longer applies are marked removed
 * (kept for history). A dissolved unit's task moves to the unit holding its work today; when that unit has its own
 * task for the obligation, the former one is folded into it. Either way the holder's task names the former units
 * (`formerUnitIds`) and its history says what it took over. Statuses never change here.
 */
export function planTasks(
  obligationList: readonly Obligation[],
  existing: readonly TaskRow[],
  context: TaskContext,
): TaskPlan {
  const now = (context.now ?? new Date()).toISOString();
  const names = new Map(context.registry.map((u) => [u.id, u.name]));
  const wanted = wantedTasks(obligationList, context);
  const byPair = new Map<string, TaskRow[]>();
  for (const row of existing) {
    const pair = `${row.obligationId}|${row.unitId}`;
    byPair.set(pair, [...(byPair.get(pair) ?? []), row]);
  }
  const plan: TaskPlan = { inserts: [], updates: [], events: [], removed: [], merged: [] };
  const handled = new Set<string>();
  for (const [pair, { obligation, holder, formers }] of wanted) {
    const formerRows = new Map<string, TaskRow[]>();
    for (const former of formers) {
      const live = (byPair.get(`${obligation.id}|${former}`) ?? []).filter((r) => !r.removedAt);
      if (live.length > 0) formerRows.set(former, live);
    }
    let rows = byPair.get(pair) ?? [];
    if (rows.length === 0 && formerRows.size > 0) {
      // The holder has no task of its own yet: the furthest-advanced former task moves to it, history and all.
      const [pick] = [...formerRows.keys()].sort(
        (a, b) =>
          progressRank(formerRows.get(b) ?? []) - progressRank(formerRows.get(a) ?? []) || (a < b ? -1 : 1),
      ) as [string];
      rows = (formerRows.get(pick) ?? []).map((r) => ({ ...r, unitId: holder.id }));
      for (const r of rows) plan.updates.push({ id: r.id, set: { unitId: holder.id, updatedAt: now } });
      formerRows.delete(pick);
    }
    for (const r of rows) {
      handled.add(r.id);
      if (r.removedAt) plan.updates.push({ id: r.id, set: { removedAt: null, updatedAt: now } });
    }
    const had = new Set(rows.flatMap((r) => r.formerUnitIds ?? []));
    const all = [...new Set([...had, ...formers])].sort();
    const added = all.filter((id) => !had.has(id));
    let latest = rows.reduce<TaskRow | undefined>(
      (a, b) => (!a || b.occurrence > a.occurrence ? b : a),
      undefined,
    );
    if (!latest) {
      const insert = {
        id: taskId(obligation.id, holder.id, 1),
        obligationId: obligation.id,
        unitId: holder.id,
        occurrence: 1,
        due: obligation.deadline.due,
        status: "open",
        formerUnitIds: all,
        createdAt: now,
        updatedAt: now,
      };
      plan.inserts.push(insert);
      latest = { doneAt: null, doneBy: null, completedOn: null, note: null, removedAt: null, ...insert };
    } else if (added.length > 0)
      for (const r of rows) plan.updates.push({ id: r.id, set: { formerUnitIds: all, updatedAt: now } });
    for (const [, folded] of formerRows)
      for (const r of folded) {
        handled.add(r.id);
        plan.merged.push(r);
        plan.updates.push({ id: r.id, set: { removedAt: now, updatedAt: now } });
      }
    for (const former of added) {
      const own = byPair.get(`${obligation.id}|${former}`)?.filter((r) => !r.removedAt) ?? [];
      const last = own.reduce<TaskRow | undefined>(
        (a, b) => (!a || b.occurrence > a.occurrence ? b : a),
        undefined,
      );
      const state = last
        ? ` — nhiệm vụ ${last.id} của đơn vị cũ: ${STATUS_WORDS[last.status] ?? last.status}`
        : "";
      plan.events.push({
        taskId: latest.id,
        at: now,
        actor: "system",
        fromStatus: null,
        toStatus: latest.status,
        note: `Kế thừa từ ${names.get(former) ?? former} (đơn vị đã giải thể hoặc sáp nhập)${state}.`,
      });
    }
  }
  for (const row of existing) {
    if (handled.has(row.id) || row.removedAt) continue;
    plan.removed.push(row);
    plan.updates.push({ id: row.id, set: { removedAt: now, updatedAt: now } });
  }
  return plan;
}

/** Writes a plan (planTasks) inside the caller's transaction; counts what it did. */
export function applyPlan(tx: DbWriter, plan: TaskPlan): { added: number; removed: number; merged: number } {
  for (const { id, set } of plan.updates) tx.update(tasks).set(set).where(eq(tasks.id, id)).run();
  for (const row of plan.inserts) tx.insert(tasks).values(row).run();
  for (const event of plan.events) tx.insert(taskEvents).values(event).run();
  return { added: plan.inserts.length, removed: plan.removed.length, merged: plan.merged.length };
}

/** Plans and writes, inside the caller's transaction (see planTasks). */
function reconcileTasks(
  tx: DbWriter,
  obligationList: readonly Obligation[],
  existing: readonly TaskRow[],
  context: TaskContext,
): { added: number; removed: number; merged: number } {
  return applyPlan(tx, planTasks(obligationList, existing, context));
}

/**
 * What `syncTasks` would change with `context` (e.g. a registry about to be imported), without writing.
 *
 * @example
 * previewTasks(db, { registry: merged, provinceOf }).removed.length // 10: the import would take 10 tasks away
 */
export function previewTasks(db: DbWriter, context: TaskContext): TaskPlan {
  return planTasks(listObligations(db), db.select().from(tasks).all(), context);
}

/**
 * Makes the whole task table match obligations × registered units (see reconcileTasks), inside the caller's
 * transaction. `provinceOf` gives the issuing province, or DEFAULT_PROVINCE for documents whose province is unknown.
 *
 * @example
 * db.transaction((tx) => syncTasks(tx, { registry: listUnits(db), provinceOf: () => "Hưng Yên" })) // { added: 120, removed: 0 }
 */
export function syncTasks(
  tx: DbWriter,
  context: TaskContext,
): { added: number; removed: number; merged: number } {
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
): { added: number; removed: number; merged: number } {
  // "#" + 1 = "$": every id with the prefix `<documentId>#` and nothing else (ids contain no "#" before it).
  const existing = tx
    .select()
    .from(tasks)
    .where(and(gte(tasks.obligationId, `${documentId}#`), lt(tasks.obligationId, `${documentId}$`)))
    .all();
  return reconcileTasks(tx, obligationList, existing, context);
}

/** A status change as the CLI, the chat buttons and the web page request it. */
export interface StatusChange {
  status: TaskStatus;
  /** Who made the change: "telegram:42", "web:admin", a name from `--by`. */
  by: string;
  note?: string;
  now?: Date;
  /**
   * For `done`: the day the work was finished (YYYY-MM-DD, Vietnam). Defaults to today in Vietnam time; never
   * later than today. An earlier day is what "đúng hạn" / "quá hạn" is judged on.
   */
  completedOn?: string;
}

export interface StatusResult {
  task: TaskRow;
  /** The next occurrence a recurring task opened when it was done. */
  next: TaskRow | null;
  /** False when the task already was in that state: nothing was written (no `done → done` audit row). */
  changed: boolean;
  /** Queued reminders of this task that were cancelled because it is done. */
  cancelledReminders: number;
}

/** Checks a completion day: a real `YYYY-MM-DD` day, not after `today`. */
function completionDay(day: string | undefined, today: string): string {
  if (day === undefined) return today;
  if (!isIsoDay(day))
    throw new InputError(
      `completion day "${day}" is not YYYY-MM-DD`,
      `Ngày hoàn thành "${day}" không hợp lệ; hãy ghi theo dạng YYYY-MM-DD, ví dụ 2024-12-20.`,
    );
  if (day > today)
    throw new InputError(
      `completion day ${day} is after today (${today})`,
      `Ngày hoàn thành ${vnDate(day)} là ngày trong tương lai; hôm nay là ${vnDate(today)}.`,
    );
  return day;
}

/**
 * Changes a task's status in one IMMEDIATE transaction: writes the audit row; when done, records the completion
 * day, cancels the task's queued reminders and, for a recurring task, opens its next occurrence. A change to the
 * state the task is already in writes nothing (`changed: false`), except a new progress note. A done task stays
 * done until it is explicitly reopened (`open`): asking for `in_progress` on it is refused. Throws NotFoundError
 * for an unknown id and InputError (with a Vietnamese message) for a refused change.
 *
 * @example
 * setTaskStatus(db, "t1a2b3c4d5e6", { status: "done", by: "telegram:42", completedOn: "2024-12-20" })
 */
export function setTaskStatus(db: Db, id: string, change: StatusChange): StatusResult {
  const now = change.now ?? new Date();
  const at = now.toISOString();
  const done = change.status === "done";
  if (!done && change.completedOn !== undefined)
    throw new InputError(
      "a completion day needs status done",
      "Chỉ ghi ngày hoàn thành khi đánh dấu nhiệm vụ đã hoàn thành.",
    );
  const completedOn = done ? completionDay(change.completedOn, calendarDay(now)) : null;
  return db.transaction(
    (tx) => {
      const row = tx
        .select()
        .from(tasks)
        .where(and(eq(tasks.id, id), isNull(tasks.removedAt)))
        .get();
      if (!row)
        throw new NotFoundError(
          "task",
          id,
          "List tasks with `troly tasks` to see valid ids.",
          "Xem mã nhiệm vụ bằng lệnh troly tasks, hoặc gõ /nhiemvu trong Telegram, Zalo.",
        );
      const unchanged: StatusResult = { task: row, next: null, changed: false, cancelledReminders: 0 };
      if (row.status === change.status && (row.status !== "in_progress" || !change.note)) return unchanged;
      if (row.status === "done" && change.status === "in_progress")
        throw new InputError(
          `task ${id} is done; reopen it before reporting progress`,
          `Nhiệm vụ này đã hoàn thành${row.completedOn ? ` ngày ${vnDate(row.completedOn)}` : ""}, nên không ghi tiến độ. ` +
            "Nếu cần làm tiếp, hãy mở lại nhiệm vụ trước.",
        );
      tx.update(tasks)
        .set({
          status: change.status,
          doneAt: done ? at : null,
          doneBy: done ? change.by : null,
          completedOn,
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
          note:
            [
              change.note,
              done && completedOn !== calendarDay(now) ? `hoàn thành ngày ${vnDate(completedOn)}` : "",
            ]
              .filter(Boolean)
              .join("; ") || null,
        })
        .run();
      const task = tx.select().from(tasks).where(eq(tasks.id, id)).get() as TaskRow;
      if (!done) return { task, next: null, changed: true, cancelledReminders: 0 };
      const cancelledReminders = cancelQueuedReminders(tx, { taskId: id }, "task done", at);
      const recurrence = (tx
        .select({ recurrence: obligations.deadlineRecurrence })
        .from(obligations)
        .where(eq(obligations.id, row.obligationId))
        .get()?.recurrence ?? null) as Recurrence | null;
      if (!recurrence) return { task, next: null, changed: true, cancelledReminders };
      const occurrence = row.occurrence + 1;
      const nextId = taskId(row.obligationId, row.unitId, occurrence);
      if (tx.select().from(tasks).where(eq(tasks.id, nextId)).get())
        return { task, next: null, changed: true, cancelledReminders };
      const next: TaskRow = {
        ...row,
        id: nextId,
        occurrence,
        due: nextDue(row.due, recurrence),
        status: "open",
        doneAt: null,
        doneBy: null,
        completedOn: null,
        note: null,
        createdAt: at,
        updatedAt: at,
        removedAt: null,
      };
      tx.insert(tasks).values(next).run();
      return { task, next, changed: true, cancelledReminders };
    },
    { behavior: "immediate" },
  );
}

/**
 * Cancels queued reminders (pending, or leased and not yet sent) of a task, optionally to one chat only, inside
 * the caller's transaction; the dispatcher re-checks a leased row before sending it, so a cancelled row is never
 * sent. `keep` spares one dedupe key (the snooze that replaces them). Returns how many were cancelled.
 *
 * @example
 * cancelQueuedReminders(tx, { taskId: "t1a2b3c4d5e6" }, "task done", new Date().toISOString()) // 2
 */
export function cancelQueuedReminders(
  tx: DbWriter,
  target: QueuedTarget,
  reason: string,
  at: string,
): number {
  return tx
    .update(outbox)
    .set({ status: "cancelled", lastError: `cancelled: ${reason} (${at})` })
    .where(queuedFor(outbox, target))
    .run().changes;
}

/** A task's audit trail, oldest first: status changes with who and when, and what it took over from former units. */
export function taskHistory(db: DbWriter, id: string): (typeof taskEvents.$inferSelect)[] {
  return db.select().from(taskEvents).where(eq(taskEvents.taskId, id)).orderBy(asc(taskEvents.id)).all();
}
