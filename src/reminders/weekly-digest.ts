import type { Db } from "../db/open-database.ts";
import { calendarDay } from "../obligations/calendar-day.ts";
import { foldKeepingOffsets } from "../obligations/party-view.ts";
import { listTasks, type TaskView } from "../obligations/task-list.ts";
import type { PlanningSource } from "./planning-source.ts";
import { Recipients } from "./recipients.ts";
import type { PlannedMessage } from "./reminder-planner.ts";
import type { ReminderPolicy } from "./reminder-policy.ts";
import { nextWorkingSlot } from "./working-calendar.ts";

/** ISO week label, e.g. "2025-W02", so each week's digest has its own dedupe key. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

interface Counts {
  onTime: number;
  late: number;
  open: number;
  overdue: number;
  undetermined: number;
}

function count(tasks: TaskView[]): Counts {
  const c: Counts = { onTime: 0, late: 0, open: 0, overdue: 0, undetermined: 0 };
  for (const t of tasks) {
    if (t.status === "done") t.outcome === "late" ? c.late++ : c.onTime++;
    else if (t.status === "overdue") c.overdue++;
    else if (!t.due && t.deadlineKind === "event") c.undetermined++;
    else c.open++;
  }
  return c;
}

/**
 * The weekly digest for each province's organization board: per unit, done on time / done late / open within the
 * deadline / overdue / deadline not yet known (events the calendar cannot date yet).
 *
 * @example
 * enqueue(db, planDigests(db, new Date(), DEFAULT_REMINDER_POLICY));
 */
export function planDigests(db: Db, now: Date, policy: ReminderPolicy): PlannedMessage[] {
  const day = calendarDay(nextWorkingSlot(now, policy.working), policy.working.timeZone);
  return digestsFrom(listTasks(db, { today: day }), Recipients.load(db), now, policy);
}

/** The same digests read through a PlanningSource (SQLite or PostgreSQL). */
export async function planDigestsFrom(
  source: PlanningSource,
  now: Date,
  policy: ReminderPolicy,
): Promise<PlannedMessage[]> {
  const day = calendarDay(nextWorkingSlot(now, policy.working), policy.working.timeZone);
  const [tasks, recipients] = await Promise.all([source.tasks({ today: day }), source.recipients()]);
  return digestsFrom(tasks, recipients, now, policy);
}

function digestsFrom(
  tasks: readonly TaskView[],
  recipients: Recipients,
  now: Date,
  policy: ReminderPolicy,
): PlannedMessage[] {
  const slot = nextWorkingSlot(now, policy.working);
  const day = calendarDay(slot, policy.working.timeZone);
  const week = isoWeek(day);
  return recipients.boards().flatMap(({ province, members }) => {
    const byUnit = new Map<string, TaskView[]>();
    for (const t of tasks) {
      const unit = recipients.unit(t.currentUnitId);
      if (!unit || foldKeepingOffsets(unit.province) !== foldKeepingOffsets(province)) continue;
      byUnit.set(t.currentUnitName, [...(byUnit.get(t.currentUnitName) ?? []), t]);
    }
    if (byUnit.size === 0) return [];
    const lines = [...byUnit].map(([name, list]) => {
      const c = count(list);
      return `• ${name}: đúng hạn ${c.onTime}, xong quá hạn ${c.late}, trong hạn ${c.open}, quá hạn ${c.overdue}, chưa xác định hạn ${c.undetermined}`;
    });
    const text = `📊 Tổng hợp nhiệm vụ tuần ${week} — ${province} (tính đến ${day.split("-").reverse().join("/")})\n${lines.join("\n")}`;
    return members.map((m) => ({
      chatId: m.userId,
      text,
      buttons: [],
      hints: [],
      dedupeKey: `digest|${province}|${week}|${m.platform}:${m.userId}`,
      kind: "digest" as const,
      taskId: null,
      platform: m.platform,
      notBefore: slot.toISOString(),
    }));
  });
}
