/** The breakdown of planReminders' time, part by part, next to other ways of fetching the same data. */
import { asc } from "drizzle-orm";
import { openDatabase } from "../../src/db/open-database.ts";
import { tasks as tasksTable } from "../../src/db/schema.ts";
import { calendarDay } from "../../src/obligations/calendar-day.ts";
import { listObligations } from "../../src/obligations/obligation-store.ts";
import { listTasks } from "../../src/obligations/task-list.ts";
import { Recipients } from "../../src/reminders/recipients.ts";
import { stageOf } from "../../src/reminders/reminder-planner.ts";
import { reminderMessage } from "../../src/reminders/reminder-text.ts";
import { nextWorkingSlot } from "../../src/reminders/working-calendar.ts";
import { gc } from "./planning.ts";
import { addDays, PLAN_AT, POLICY } from "./settings.ts";

/**
 * Where the planner's time goes, in a fresh process (read only). The SELECTs are timed first, each on a clean heap
 * with its result dropped; then listTasks and the planner's later steps on its views. "What if" rows are not our
 * code: the same data fetched other ways, to show what the time depends on.
 */
export function profileWorker(file: string): Record<string, number> {
  const db = openDatabase(file);
  const sqlite = db.$client;
  const day = calendarDay(nextWorkingSlot(PLAN_AT, POLICY.working), POLICY.working.timeZone);
  const time = <T>(fn: () => T): [T, number] => {
    gc();
    const t0 = performance.now();
    const value = fn();
    return [value, performance.now() - t0];
  };
  const count = (fn: () => unknown[]) => time(() => fn().length);
  const [tasks, selectDrizzleMs] = count(() =>
    db.select().from(tasksTable).orderBy(asc(tasksTable.id)).all(),
  );
  const [, selectRawMs] = count(() => sqlite.prepare("SELECT * FROM tasks ORDER BY id").all());
  const [, selectUnorderedMs] = count(() => sqlite.prepare("SELECT * FROM tasks").all());
  const [, selectColumnsMs] = count(() =>
    sqlite.prepare("SELECT id, obligation_id, unit_id, occurrence, due, status FROM tasks").all(),
  );
  // Only tasks that can be in a stage: not done, due between the last overdue round and the first lead day.
  const from = addDays(day, -POLICY.overdueEveryDays * POLICY.overdueMax);
  const to = addDays(day, Math.max(...POLICY.leadDays));
  const [candidates, selectCandidatesMs] = count(() =>
    sqlite
      .prepare(
        `SELECT id, obligation_id, unit_id, occurrence, due, status FROM tasks
         WHERE removed_at IS NULL AND status <> 'done' AND due BETWEEN ? AND ?`,
      )
      .all(from, to),
  );
  const doneAts = (
    sqlite.prepare("SELECT done_at AS doneAt FROM tasks WHERE status = 'done'").all() as {
      doneAt: string | null;
    }[]
  ).map((r) => r.doneAt);
  const [, doneDayMs] = time(() => {
    let n = 0;
    for (const doneAt of doneAts) n += calendarDay(new Date(doneAt ?? 0)).length;
    return n;
  });
  const [views, listTasksMs] = time(() => listTasks(db, { today: day }));
  const ordinal = new Map(listObligations(db).map((o, i) => [o.id, i]));
  const withOrdinal = views.map((v) => ({ due: v.due, ordinal: ordinal.get(v.obligationId) ?? 0 }));
  const [, sortLocaleMs] = time(() =>
    [...withOrdinal].sort(
      (a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.ordinal - b.ordinal,
    ),
  );
  const [, sortPlainMs] = time(() =>
    [...withOrdinal].sort((a, b) => {
      const [x, y] = [a.due ?? "9999", b.due ?? "9999"];
      return x < y ? -1 : x > y ? 1 : a.ordinal - b.ordinal;
    }),
  );
  const [recipients, recipientsMs] = time(() => Recipients.load(db));
  const [staged, stageMs] = time(() =>
    views.flatMap((t) => {
      if (t.status === "done") return [];
      const stage = stageOf(t, day, POLICY);
      return stage ? [{ task: t, stage }] : [];
    }),
  );
  const [, messagesMs] = time(() => {
    let n = 0;
    for (const { task, stage } of staged) {
      for (const m of recipients.headsFor(task.unitId).members)
        n += reminderMessage(task, stage.daysLeft, m.userId).text.length;
      if (-stage.daysLeft > POLICY.escalateAfterDays)
        for (const m of recipients.parentHeadsFor(task.unitId).members)
          n += reminderMessage(task, stage.daysLeft, m.userId).text.length;
    }
    return n;
  });
  sqlite.close();
  return {
    tasks,
    candidates,
    inStage: staged.length,
    listTasksMs,
    selectDrizzleMs,
    doneDayMs,
    sortLocaleMs,
    restMs: listTasksMs - selectDrizzleMs - doneDayMs - sortLocaleMs,
    recipientsMs,
    stageMs,
    messagesMs,
    selectRawMs,
    selectUnorderedMs,
    selectColumnsMs,
    selectCandidatesMs,
    sortPlainMs,
  };
}
