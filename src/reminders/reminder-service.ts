import { Cron } from "croner";
import type { Db } from "../db/open-database.ts";
import type { Logger } from "../logger.ts";
import { calendarDay } from "../obligations/calendar-day.ts";
import { listTasks } from "../obligations/task-list.ts";
import { cancelQueuedReminders } from "../obligations/task-table.ts";
import type { Notifier } from "./notifier.ts";
import { type DispatchStats, dispatchOnce } from "./outbox-dispatcher.ts";
import { Pacer } from "./pacer.ts";
import { type ReminderBackend, sqliteReminderBackend } from "./reminder-backend.ts";
import { enqueue, type PlannedMessage, planReminders, planRemindersFrom } from "./reminder-planner.ts";
import type { ReminderPolicy } from "./reminder-policy.ts";
import { reminderMessage } from "./reminder-text.ts";
import { planDigestsFrom } from "./weekly-digest.ts";
import { addWorkingDays, nextWorkingSlot } from "./working-calendar.ts";

export interface RunReport extends DispatchStats {
  planned: number;
  inserted: number;
  unreminded: number;
}

/**
 * Plans reminders into the outbox and dispatches them; on a schedule (croner, Vietnam time, never overlapping)
 * inside `serve`, or once from `troly remind --once`. The clock is injected for tests and `--now`.
 *
 * @example
 * const reminders = new ReminderService(db, { telegram }, policy, logger); await reminders.runOnce();
 */
export class ReminderService {
  private jobs: Cron[] = [];
  private readonly pacer = new Pacer();

  constructor(
    private readonly db: Db,
    private readonly notifiers: Partial<Record<"telegram" | "zalo" | "web", Notifier>>,
    private readonly policy: ReminderPolicy,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
    private readonly leaseMs = 60_000,
    /** Where the outbox and the planner's reads live; the SQLite file by default, PostgreSQL with DATABASE_URL. */
    private readonly backend: ReminderBackend = sqliteReminderBackend(db),
  ) {}

  /** What would be sent now, without writing anything (`troly remind --dry-run`). */
  preview(now = this.clock()): { messages: PlannedMessage[]; unreminded: string[] } {
    return planReminders(this.db, now, this.policy);
  }

  /** The same, read from the configured backend (PostgreSQL with DATABASE_URL): `troly remind --dry-run`. */
  previewFromBackend(now = this.clock()): Promise<{ messages: PlannedMessage[]; unreminded: string[] }> {
    return planRemindersFrom(this.backend.planning, now, this.policy);
  }

  /**
   * Plans as of `now` (e.g. `--now`), then dispatches at the real clock's time. Planning runs on one instance at a
   * time (the leader lock): an instance that is not the leader only dispatches, and reports 0 planned.
   */
  async runOnce(now = this.clock(), options: { digest?: boolean } = {}): Promise<RunReport> {
    const { planning, outbox, leader } = this.backend;
    const plan = await leader.runIfLeader("planner", async () => {
      const { messages, unreminded } = await planRemindersFrom(planning, now, this.policy);
      const digests = options.digest ? await planDigestsFrom(planning, now, this.policy) : [];
      const inserted = await outbox.enqueue([...messages, ...digests], now.toISOString());
      return { planned: messages.length + digests.length, inserted, unreminded: unreminded.length };
    });
    if (!plan.led) this.logger.info("another instance is planning reminders; only dispatching");
    const stats = await dispatchOnce(outbox, this.notifiers, {
      clock: this.clock,
      logger: this.logger,
      pacer: this.pacer,
      leaseMs: this.leaseMs,
    });
    const report = { ...(plan.led ? plan.value : { planned: 0, inserted: 0, unreminded: 0 }), ...stats };
    this.logger.info(report, "reminder run");
    return report;
  }

  /**
   * "🔔 Nhắc lại sau": the same reminder again at the start of the next working day, to this chat only; the
   * task's other reminders queued for this chat are cancelled (the snooze replaces them). Null for an unknown or
   * done task.
   */
  snooze(taskId: string, platform: "telegram" | "zalo", chatId: string, now = this.clock()): string | null {
    const day = calendarDay(now, this.policy.working.timeZone);
    const task = listTasks(this.db, { today: day, id: taskId })[0];
    if (!task || task.status === "done") return null;
    const nextDay = addWorkingDays(day, 1, this.policy.working);
    const slot = nextWorkingSlot(new Date(`${nextDay}T00:00:00+07:00`), this.policy.working);
    const daysLeft = task.due ? Math.round((Date.parse(task.due) - Date.parse(nextDay)) / 86_400_000) : 0;
    const dedupeKey = `${task.id}|${task.occurrence}|snooze-${nextDay}|${platform}:${chatId}`;
    const message = reminderMessage(task, daysLeft, chatId);
    const snoozed = {
      ...message,
      dedupeKey,
      kind: "reminder" as const,
      taskId,
      platform,
      notBefore: slot.toISOString(),
    };
    const target = { taskId, platform, chatId, keep: dedupeKey };
    if (this.backend.kind === "sqlite") {
      enqueue(this.db, [snoozed], now);
      const cancelled = this.db.transaction((tx) =>
        cancelQueuedReminders(tx, target, "snoozed", now.toISOString()),
      );
      this.logger.info({ taskId, platform, until: nextDay, cancelled }, "reminder snoozed");
    }
    // The shared outbox (PostgreSQL): the snooze is queued, then the task's other reminders to this chat are
    // cancelled, in the background (a failure is logged).
    else {
      const outbox = this.backend.outbox;
      void outbox
        .enqueue([snoozed], now.toISOString())
        .then(() => outbox.cancel(target, "snoozed", now.toISOString()))
        .then((cancelled) =>
          this.logger.info({ taskId, platform, until: nextDay, cancelled }, "reminder snoozed"),
        )
        .catch((error) => this.logger.warn({ err: error, taskId }, "snoozed reminder not queued"));
    }
    return nextDay;
  }

  /** Starts the schedules: reminders every `every` (cron), the digest weekly; runs never overlap. */
  start(schedule: { reminders: string; digest: string }): void {
    const timezone = this.policy.working.timeZone;
    const guard = (name: string, run: () => Promise<unknown>) => async () => {
      try {
        await run();
      } catch (error) {
        this.logger.error({ err: error, job: name }, "scheduled job failed");
      }
    };
    this.jobs = [
      new Cron(
        schedule.reminders,
        { timezone, protect: true },
        guard("reminders", () => this.runOnce()),
      ),
      new Cron(
        schedule.digest,
        { timezone, protect: true },
        guard("digest", () => this.runOnce(this.clock(), { digest: true })),
      ),
    ];
    this.logger.info(
      { reminders: schedule.reminders, digest: schedule.digest, timezone },
      "reminder schedule started",
    );
  }

  stop(): void {
    for (const job of this.jobs) job.stop();
    this.jobs = [];
  }
}
