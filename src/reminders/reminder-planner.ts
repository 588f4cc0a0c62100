import type { Db } from "../db/open-database.ts";
import { enqueueSqlite } from "../db/sqlite-outbox.ts";
import { calendarDay } from "../obligations/calendar-day.ts";
import type { Member } from "../obligations/member-registry.ts";
import { listTasks, type TaskFilter, type TaskView } from "../obligations/task-list.ts";
import type { OutgoingMessage } from "./notifier.ts";
import type { PlanningSource } from "./planning-source.ts";
import { Recipients } from "./recipients.ts";
import type { ReminderPolicy } from "./reminder-policy.ts";
import { reminderMessage } from "./reminder-text.ts";
import { nextWorkingSlot } from "./working-calendar.ts";

export interface PlannedMessage extends OutgoingMessage {
  /** task | occurrence | stage | platform:chat — unique in the outbox, so planning twice inserts nothing twice. */
  dedupeKey: string;
  kind: "reminder" | "escalation" | "digest";
  taskId: string | null;
  platform: Member["platform"];
  /** ISO instant of the next working slot; the dispatcher sends nothing earlier. */
  notBefore: string;
}

const DAY = 86_400_000;
const dayMs = new Map<string, number>();
/** Date.parse of an ISO day, memoised: planning compares one day with 100k due days, most of them repeated. */
const parseDay = (day: string) => {
  let ms = dayMs.get(day);
  if (ms === undefined) {
    ms = Date.parse(day);
    if (dayMs.size > 50_000) dayMs.clear();
    dayMs.set(day, ms);
  }
  return ms;
};
const daysBetween = (from: string, to: string) => Math.round((parseDay(to) - parseDay(from)) / DAY);

/** The one stage a task is in on `day`: the latest lead reminder reached, or the current overdue round. */
export function stageOf(
  task: Pick<TaskView, "due">,
  day: string,
  policy: ReminderPolicy,
): { stage: string; daysLeft: number } | null {
  if (!task.due) return null;
  const daysLeft = daysBetween(day, task.due);
  if (daysLeft >= 0) {
    const lead = policy.leadDays.filter((d) => d >= daysLeft).sort((a, b) => a - b)[0];
    return lead === undefined ? null : { stage: `lead-${lead}`, daysLeft };
  }
  const round = Math.floor((-daysLeft - 1) / policy.overdueEveryDays) + 1;
  return round <= policy.overdueMax ? { stage: `overdue-${round}`, daysLeft } : null;
}

/** The day a run plans for (that of the next working slot), its slot, and the tasks it needs to read. */
export function planningWindow(
  now: Date,
  policy: ReminderPolicy,
): { day: string; notBefore: string; filter: TaskFilter } {
  const slot = nextWorkingSlot(now, policy.working);
  const day = calendarDay(slot, policy.working.timeZone);
  const lookBack = policy.overdueEveryDays * policy.overdueMax + 1;
  const lookAhead = Math.max(0, ...policy.leadDays);
  const filter = {
    today: day,
    notDone: true,
    dueFrom: calendarDay(new Date(Date.parse(day) - lookBack * DAY), "UTC"),
    dueBefore: calendarDay(new Date(Date.parse(day) + lookAhead * DAY), "UTC"),
  };
  return { day, notBefore: slot.toISOString(), filter };
}

/**
 * Works out every reminder and escalation due at `now` (judged on the day of the next working slot, so a
 * weekend run plans Monday's stage). Pure reading: `enqueue` writes. Tasks whose unit has no head anywhere are
 * returned in `unreminded`.
 *
 * @example
 * const { messages } = planReminders(db, new Date(), DEFAULT_REMINDER_POLICY); enqueue(db, messages);
 */
export function planReminders(
  db: Db,
  now: Date,
  policy: ReminderPolicy,
): { messages: PlannedMessage[]; unreminded: string[] } {
  const window = planningWindow(now, policy);
  return planFrom(listTasks(db, window.filter), Recipients.load(db), window, policy);
}

/**
 * The same plan read through a PlanningSource (SQLite or PostgreSQL).
 *
 * @example
 * const { messages } = await planRemindersFrom(pgPlanningSource(pg), new Date(), policy);
 */
export async function planRemindersFrom(
  source: PlanningSource,
  now: Date,
  policy: ReminderPolicy,
): Promise<{ messages: PlannedMessage[]; unreminded: string[] }> {
  const window = planningWindow(now, policy);
  const [tasks, recipients] = await Promise.all([source.tasks(window.filter), source.recipients()]);
  return planFrom(tasks, recipients, window, policy);
}

/** The plan for the tasks due in the window (already read), addressed to their units' heads. */
export function planFrom(
  tasks: readonly TaskView[],
  recipients: Recipients,
  window: { day: string; notBefore: string },
  policy: ReminderPolicy,
): { messages: PlannedMessage[]; unreminded: string[] } {
  const { day, notBefore } = window;
  const messages: PlannedMessage[] = [];
  const unreminded: string[] = [];
  const address = (
    task: TaskView,
    stage: string,
    kind: PlannedMessage["kind"],
    members: Member[],
    daysLeft: number,
    note = "",
  ) => {
    for (const m of members) {
      const message = reminderMessage(task, daysLeft, m.userId, note) as PlannedMessage;
      message.dedupeKey = `${task.id}|${task.occurrence}|${stage}|${m.platform}:${m.userId}`;
      message.kind = kind;
      message.taskId = task.id;
      message.platform = m.platform;
      message.notBefore = notBefore;
      messages.push(message);
    }
  };
  for (const task of tasks) {
    const stage = stageOf(task, day, policy);
    if (!stage) continue;
    const { members, fallback } = recipients.headsFor(task.unitId);
    if (members.length === 0) unreminded.push(task.id);
    const note = fallback
      ? `(Đơn vị ${task.currentUnitName} chưa có người nhận nhắc việc; báo để Ban Tổ chức đôn đốc.)`
      : "";
    address(task, stage.stage, "reminder", members, stage.daysLeft, note);
    if (-stage.daysLeft > policy.escalateAfterDays) {
      const { members: above, parent } = recipients.parentHeadsFor(task.unitId);
      const escalation = `Báo cáo cấp trên (${parent?.name ?? "đơn vị cấp trên"}): nhiệm vụ của ${task.currentUnitName} quá hạn hơn ${policy.escalateAfterDays} ngày.`;
      address(task, "escalate", "escalation", above, stage.daysLeft, escalation);
    }
  }
  return { messages, unreminded };
}

/**
 * Inserts planned messages into the SQLite outbox in one transaction; rows whose dedupe key exists are skipped.
 * Returns how many were new. (The OutboxRepository port does the same on either backend, asynchronously.)
 */
export function enqueue(db: Db, messages: readonly PlannedMessage[], now = new Date()): number {
  return enqueueSqlite(db, messages, now.toISOString());
}
