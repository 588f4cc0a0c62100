import { DEFAULT_WORKING_POLICY, type WorkingPolicy } from "./working-calendar.ts";

/** When reminders go out. Every figure is configurable through the environment (see .env.example). */
export interface ReminderPolicy {
  /** Days before the due day a reminder is sent; 0 is the due day itself. */
  leadDays: number[];
  /** Overdue reminders every this many days… */
  overdueEveryDays: number;
  /** …at most this many times. */
  overdueMax: number;
  /** A task overdue more than this many days is reported to the head of the parent unit. */
  escalateAfterDays: number;
  working: WorkingPolicy;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  leadDays: [14, 7, 3, 1, 0],
  overdueEveryDays: 7,
  overdueMax: 4,
  escalateAfterDays: 14,
  working: DEFAULT_WORKING_POLICY,
};
