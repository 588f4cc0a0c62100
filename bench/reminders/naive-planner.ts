/** Baseline planner: the obvious per-unit approach, and the obvious hand-written INSERT. */
import type { Db } from "../../src/db/open-database.ts";
import { enqueueSqlite } from "../../src/db/sqlite-outbox.ts";
import { calendarDay } from "../../src/obligations/calendar-day.ts";
import { foldKeepingOffsets } from "../../src/obligations/party-view.ts";
import type { TaskView } from "../../src/obligations/task-list.ts";
import { type PlannedMessage, stageOf } from "../../src/reminders/reminder-planner.ts";
import type { ReminderPolicy } from "../../src/reminders/reminder-policy.ts";
import { reminderMessage } from "../../src/reminders/reminder-text.ts";
import { nextWorkingSlot } from "../../src/reminders/working-calendar.ts";

interface NaiveUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  successorId: string | null;
  province: string;
}
interface NaiveRow {
  id: string;
  obligationId: string;
  occurrence: number;
  due: string | null;
  status: string;
  action: string;
  deadlineText: string;
  deadlineKind: string;
  section: string;
  documentId: string;
  passageId: string;
  documentTitle: string;
}
type Head = { platform: PlannedMessage["platform"]; userId: string };

/**
 * For each unit: one SQL query for its tasks (joined with obligation and document), then the stage of each task
 * and a message per head, with the same rules as the planner (successors, board fallback, escalation).
 */
export function naivePlan(
  db: Db,
  now: Date,
  policy: ReminderPolicy,
): { messages: PlannedMessage[]; unreminded: string[] } {
  const sqlite = db.$client;
  const slot = nextWorkingSlot(now, policy.working);
  const day = calendarDay(slot, policy.working.timeZone);
  const notBefore = slot.toISOString();
  const unitRows = sqlite
    .prepare(
      "SELECT id, name, kind, parent_id AS parentId, successor_id AS successorId, province FROM units ORDER BY id",
    )
    .all() as NaiveUnit[];
  const units = new Map(unitRows.map((u) => [u.id, u]));
  const heads = new Map<string, Head[]>();
  for (const m of sqlite
    .prepare(
      "SELECT platform, user_id AS userId, unit_id AS unitId FROM members WHERE role = 'head' ORDER BY id",
    )
    .all() as (Head & { unitId: string })[]) {
    if (m.platform === "web") continue;
    const list = heads.get(m.unitId) ?? [];
    list.push({ platform: m.platform, userId: m.userId });
    heads.set(m.unitId, list);
  }
  const holderOf = (unit: NaiveUnit) => {
    let current = unit;
    const seen = new Set([unit.id]);
    for (let next = units.get(current.successorId ?? ""); next && !seen.has(next.id); ) {
      seen.add(next.id);
      current = next;
      next = units.get(current.successorId ?? "");
    }
    return current;
  };
  const boards = new Map<string, NaiveUnit | undefined>();
  const boardOf = (province: string) => {
    const key = foldKeepingOffsets(province);
    if (!boards.has(key))
      boards.set(
        key,
        unitRows.find(
          (u) =>
            u.kind === "provincial_board" &&
            foldKeepingOffsets(u.province) === key &&
            /ban to chuc/.test(foldKeepingOffsets(u.name)),
        ),
      );
    return boards.get(key);
  };
  const headsFor = (unit: NaiveUnit) => {
    const holder = holderOf(unit);
    const own = heads.get(holder.id) ?? [];
    if (own.length > 0) return { members: own, fallback: false };
    const board = boardOf(holder.province);
    return { members: board ? (heads.get(board.id) ?? []) : [], fallback: true };
  };
  const tasksOf = sqlite.prepare(
    `SELECT t.id, t.obligation_id AS obligationId, t.occurrence, t.due, t.status, o.action,
       o.deadline_text AS deadlineText, o.deadline_kind AS deadlineKind, o.section, o.document_id AS documentId,
       o.passage_id AS passageId, COALESCE(d.title, o.document_id) AS documentTitle
     FROM tasks t JOIN obligations o ON o.id = t.obligation_id LEFT JOIN documents d ON d.id = o.document_id
     WHERE t.unit_id = ? AND t.removed_at IS NULL`,
  );
  const messages: PlannedMessage[] = [];
  const unreminded: string[] = [];
  for (const unit of unitRows) {
    const holder = holderOf(unit);
    for (const row of tasksOf.all(unit.id) as NaiveRow[]) {
      if (row.status === "done") continue;
      const stage = stageOf(row, day, policy);
      if (!stage) continue;
      const task = naiveView(row, unit, holder, day);
      const address = (stageName: string, kind: PlannedMessage["kind"], members: Head[], note: string) => {
        for (const m of members)
          messages.push({
            ...reminderMessage(task, stage.daysLeft, m.userId, note),
            dedupeKey: `${row.id}|${row.occurrence}|${stageName}|${m.platform}:${m.userId}`,
            kind,
            taskId: row.id,
            platform: m.platform,
            notBefore,
          });
      };
      const { members, fallback } = headsFor(unit);
      if (members.length === 0) unreminded.push(row.id);
      const note = fallback
        ? `(Đơn vị ${holder.name} chưa có người nhận nhắc việc; báo để Ban Tổ chức đôn đốc.)`
        : "";
      address(stage.stage, "reminder", members, note);
      if (-stage.daysLeft > policy.escalateAfterDays) {
        const parent = holder.parentId ? units.get(holder.parentId) : undefined;
        const escalation = `Báo cáo cấp trên (${parent?.name ?? "đơn vị cấp trên"}): nhiệm vụ của ${holder.name} quá hạn hơn ${policy.escalateAfterDays} ngày.`;
        address("escalate", "escalation", parent ? headsFor(parent).members : [], escalation);
      }
    }
  }
  return { messages, unreminded };
}

function naiveView(row: NaiveRow, unit: NaiveUnit, holder: NaiveUnit, day: string): TaskView {
  return {
    id: row.id,
    obligationId: row.obligationId,
    unitId: unit.id,
    unitName: unit.name,
    action: row.action,
    due: row.due,
    status: row.due !== null && day > row.due ? "overdue" : (row.status as TaskView["status"]),
    deadlineText: row.deadlineText,
    documentTitle: row.documentTitle,
    section: row.section,
    documentId: row.documentId,
    passageId: row.passageId,
    deadlineKind: row.deadlineKind as TaskView["deadlineKind"],
    recurrence: null,
    occurrence: row.occurrence,
    outcome: null,
    doneAt: null,
    doneBy: null,
    // Only tasks not done get here; the seed gives no task a former unit (as listTasks reads them).
    completedOn: null,
    note: null,
    currentUnitId: holder.id,
    currentUnitName: holder.name,
    formerUnitIds: [],
    formerUnitNames: [],
  };
}

/**
 * The insert is the product's own (one prepared statement, one transaction): the baseline differs in planning, not
 * in how rows reach the outbox.
 */
export function naiveEnqueue(db: Db, messages: readonly PlannedMessage[], now: Date): number {
  return enqueueSqlite(db, messages, now.toISOString());
}
