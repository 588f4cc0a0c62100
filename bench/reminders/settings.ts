/** The fixed settings of the reminder benchmark: its day, policy, targets and rate limits. */
import { DEFAULT_REMINDER_POLICY } from "../../src/reminders/reminder-policy.ts";

/** The benchmark day: a Wednesday, working hours in Vietnam. */
export const PLAN_AT = new Date("2025-03-12T09:00:00+07:00");
export const POLICY = DEFAULT_REMINDER_POLICY;
export const PLANNING_TARGET_MS = 2000;
export const SERVER_LIMITS = { perChatPerSecond: 1, globalPerSecond: 30 };
// The product's own pacing (src/reminders/pacer.ts defaults): 1.1 s per chat, because a strict limiter refuses a send
// that arrives a millisecond early.
export const PACER_LIMITS = { perChatMs: 1100, perSecond: 25 };
export const MB = 1024 * 1024;

/** `day` (YYYY-MM-DD) plus `n` calendar days. */
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
