import { and, type Column, eq, gte, isNull, lte, ne, type SQL } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { documents, tasks } from "../db/schema.ts";
import { calendarDay } from "./calendar-day.ts";
import type { DeadlineKind, Recurrence } from "./deadline.ts";
import type { Obligation } from "./obligation.ts";
import { listObligations } from "./obligation-store.ts";
import type { TaskStatus } from "./task-table.ts";
import { currentUnit, listUnits, type Unit } from "./unit-registry.ts";

/** What a task looks like to readers: the `troly tasks --json` shape (the first ten fields are the contract). */
export interface TaskView {
  id: string;
  obligationId: string;
  unitId: string;
  unitName: string;
  action: string;
  due: string | null;
  /** Derived: an open or in-progress task past its due day is "overdue". */
  status: "open" | "in_progress" | "overdue" | "done";
  deadlineText: string;
  documentTitle: string;
  section: string;
  documentId: string;
  passageId: string;
  deadlineKind: DeadlineKind;
  recurrence: Recurrence | null;
  occurrence: number;
  /** For done tasks: finished by the due day or after it (the categories of government task reports). */
  outcome: "on_time" | "late" | null;
  /** When the change to done was recorded (ISO instant). */
  doneAt: string | null;
  doneBy: string | null;
  /** The day the work was finished (YYYY-MM-DD, Vietnam), as given when marking it done; `outcome` is judged on it. */
  completedOn: string | null;
  note: string | null;
  /** The unit that holds the work today, following `successor` links (units were merged in 2025). */
  currentUnitId: string;
  currentUnitName: string;
  /** Dissolved units whose task for this obligation this one took over (successor links); their names. */
  formerUnitIds: string[];
  formerUnitNames: string[];
}

export interface TaskFilter {
  unitId?: string;
  status?: "open" | "overdue" | "done" | "in_progress";
  /** Inclusive: "trước ngày 31/12/2024" falls due on 31/12/2024. */
  dueBefore?: string;
  /** The day "overdue" is judged against; today in Vietnam by default. */
  today?: string;
  /** One task by id (SQL): button presses and `task done` look up one row, not the whole table. */
  id?: string;
  /** Only tasks not yet done (filtered in SQL: the reminder planner reads half a million rows otherwise). */
  notDone?: boolean;
  /** Only tasks due on or after this day (SQL; tasks without a due day are excluded). */
  dueFrom?: string;
}

/**
 * The task table joined with obligations, units and documents, filtered and ordered by due day.
 *
 * @example
 * listTasks(db, { unitId: "hy-btc", status: "overdue", today: "2025-01-15" })
 */
export function listTasks(db: Db, filter: TaskFilter = {}, now = new Date()): TaskView[] {
  const titles = db.select({ id: documents.id, title: documents.title }).from(documents).all();
  const rows = db.select().from(tasks).where(taskRowFilter(tasks, filter)).all();
  return buildTaskViews(
    { rows, obligations: listObligations(db), units: listUnits(db), titles },
    filter,
    now,
  );
}

/** The SQL part of a TaskFilter, for the tasks table of either backend (their columns are the same). */
export function taskRowFilter(
  t: Record<"removedAt" | "id" | "status" | "due", Column>,
  filter: TaskFilter,
): SQL | undefined {
  return and(
    isNull(t.removedAt),
    filter.id ? eq(t.id, filter.id) : undefined,
    filter.notDone ? ne(t.status, "done") : undefined,
    filter.dueFrom ? gte(t.due, filter.dueFrom) : undefined,
    filter.dueBefore ? lte(t.due, filter.dueBefore) : undefined,
  );
}

/** What task views are built from, read from SQLite or PostgreSQL. */
export interface TaskSources {
  rows: readonly (typeof tasks.$inferSelect)[];
  /** Ordered by document and ordinal (`listObligations`): ties on the due day keep the document's order. */
  obligations: readonly Obligation[];
  units: readonly Unit[];
  titles: readonly { id: string; title: string }[];
}

/** Joins task rows (already filtered in SQL) with obligations, units and titles; derives status and outcome. */
export function buildTaskViews(sources: TaskSources, filter: TaskFilter = {}, now = new Date()): TaskView[] {
  const today = filter.today ?? calendarDay(now);
  const obligations = new Map(sources.obligations.map((o, i) => [o.id, { ...o, ordinal: i }]));
  const units = new Map(sources.units.map((u) => [u.id, u]));
  const titles = new Map(sources.titles.map((d) => [d.id, d.title]));
  const views: TaskView[] = [];
  const holders = new Map<string, ReturnType<typeof currentUnit>>();
  const ordinals = new Map<TaskView, number>();
  for (const row of sources.rows) {
    const obligation = obligations.get(row.obligationId);
    const unit = units.get(row.unitId);
    if (row.removedAt || !obligation || !unit) continue;
    let current = holders.get(unit.id);
    if (!current) {
      current = currentUnit(unit, units);
      holders.set(unit.id, current);
    }
    const status = row.status as TaskStatus;
    const finished = row.completedOn ?? (row.doneAt ? calendarDay(new Date(row.doneAt)) : today);
    const late = row.due !== null && (status === "done" ? finished : today) > row.due;
    const formerUnitIds = row.formerUnitIds ?? [];
    views.push({
      id: row.id,
      obligationId: row.obligationId,
      unitId: unit.id,
      unitName: unit.name,
      action: obligation.action,
      due: row.due,
      status: status === "done" ? "done" : late ? "overdue" : status,
      deadlineText: obligation.deadline.text,
      documentTitle: titles.get(obligation.documentId) ?? obligation.documentId,
      section: obligation.section,
      documentId: obligation.documentId,
      passageId: obligation.passageId,
      deadlineKind: obligation.deadline.kind,
      recurrence: obligation.deadline.recurrence,
      occurrence: row.occurrence,
      outcome: status === "done" ? (late ? "late" : "on_time") : null,
      doneAt: row.doneAt,
      doneBy: row.doneBy,
      completedOn: status === "done" ? finished : null,
      note: row.note,
      currentUnitId: current.id,
      currentUnitName: current.name,
      formerUnitIds,
      formerUnitNames: formerUnitIds.map((id) => units.get(id)?.name ?? id),
    });
    ordinals.set(views[views.length - 1] as TaskView, obligation.ordinal);
  }
  const keyed = views
    .filter((t) => matches(t, filter, units))
    .map((view) => ({ view, due: view.due ?? "9999", ordinal: ordinals.get(view) ?? 0 }));
  keyed.sort((a, b) => compare(a.due, b.due) || a.ordinal - b.ordinal || compare(a.view.id, b.view.id));
  return keyed.map((k) => k.view);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function matches(
  task: TaskView,
  filter: TaskFilter,
  units: ReadonlyMap<string, { successorId: string | null }>,
) {
  if (
    filter.unitId &&
    task.unitId !== filter.unitId &&
    task.currentUnitId !== filter.unitId &&
    !task.formerUnitIds.includes(filter.unitId) &&
    !successorChain(task.unitId, units).includes(filter.unitId)
  )
    return false;
  if (filter.status === "open" && task.status !== "open" && task.status !== "in_progress") return false;
  if (filter.status && filter.status !== "open" && task.status !== filter.status) return false;
  return true;
}

function successorChain(id: string, units: ReadonlyMap<string, { successorId: string | null }>): string[] {
  const chain: string[] = [];
  for (
    let next = units.get(id)?.successorId;
    next && !chain.includes(next);
    next = units.get(next)?.successorId
  )
    chain.push(next);
  return chain;
}
