/**
 * The working-time calendar of Vietnamese officials, used to send deadline reminders only during office hours.
 */
import { isIsoDay, VIETNAM_TIME_ZONE } from "../obligations/calendar-day.ts";
import { lunarToSolar, solarToLunar } from "./lunar-calendar.ts";

/** When reminders may be sent. Days are `YYYY-MM-DD`, times `HH:MM`, both in `timeZone`. */
export interface WorkingPolicy {
  timeZone: string;
  /** Start of the working window, e.g. "07:30". */
  start: string;
  /** End of the working window (exclusive), e.g. "17:00". */
  end: string;
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Further days off, e.g. the compensatory days (nghỉ bù) the government announces each year. */
  extraHolidays: string[];
  /** Days worked although weekend or holiday, e.g. make-up Saturdays (làm bù). */
  extraWorkdays: string[];
}

/** Office hours of state bodies: Monday to Friday, 07:30–17:00 in Vietnam. */
export const DEFAULT_WORKING_POLICY: WorkingPolicy = {
  timeZone: VIETNAM_TIME_ZONE,
  start: "07:30",
  end: "17:00",
  weekdays: [1, 2, 3, 4, 5],
  extraHolidays: [],
  extraWorkdays: [],
};

const DAY_MS = 86_400_000;
/** How many days a search for a working day may look ahead before the policy is deemed to have none. */
const SEARCH_LIMIT = 3660;

/** The day `n` days after an ISO day. */
function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The public holidays of a Gregorian year under the Labour Code 2019, art. 112(1), in date order.
 * Quốc khánh is taken as 1/9 and 2/9; when the annual decision picks 3/9 instead, put it in `extraHolidays`.
 * Compensatory days for holidays falling on a weekend are not derived here: they come in `extraHolidays`.
 *
 * @example
 * vietnameseHolidays(2025)[1] // { date: "2025-01-28", name: "Tết Nguyên đán (29 tháng Chạp)" }
 */
export function vietnameseHolidays(year: number): { date: string; name: string }[] {
  const tet = lunarToSolar(1, 1, year);
  const eve = addDays(tet, -1);
  const holidays = [
    { date: `${year}-01-01`, name: "Tết Dương lịch" },
    { date: eve, name: `Tết Nguyên đán (${solarToLunar(eve).day} tháng Chạp)` },
    ...[1, 2, 3, 4].map((n) => ({
      date: addDays(tet, n - 1),
      name: `Tết Nguyên đán (mùng ${n} tháng Giêng)`,
    })),
    { date: lunarToSolar(10, 3, year), name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
    { date: `${year}-04-30`, name: "Ngày Chiến thắng (30/4)" },
    { date: `${year}-05-01`, name: "Ngày Quốc tế Lao động (1/5)" },
    { date: `${year}-09-01`, name: "Quốc khánh (ngày liền kề 2/9)" },
    { date: `${year}-09-02`, name: "Quốc khánh (2/9)" },
  ];
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

const holidayCache = new Map<number, Set<string>>();

/** Whether a day is a public holiday; each year's holidays are computed once. */
function isPublicHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  if (!holidayCache.has(year)) holidayCache.set(year, new Set(vietnameseHolidays(year).map((h) => h.date)));
  return holidayCache.get(year)?.has(day) ?? false;
}

/**
 * Whether a day is worked: an extra workday always is; otherwise not on an extra or public holiday,
 * and only on the policy's weekdays.
 *
 * @example
 * isWorkingDay("2025-04-30") // false (Ngày Chiến thắng)
 */
export function isWorkingDay(day: string, policy = DEFAULT_WORKING_POLICY): boolean {
  if (!isIsoDay(day)) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  if (policy.extraWorkdays.includes(day)) return true;
  if (policy.extraHolidays.includes(day) || isPublicHoliday(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  return policy.weekdays.includes(weekday);
}

/**
 * The working day `n` working days after `day` (before it when `n` is negative; `day` itself when 0).
 *
 * @example
 * addWorkingDays("2025-01-27", 1) // "2025-02-03" (over Tết and the weekend)
 */
export function addWorkingDays(day: string, n: number, policy = DEFAULT_WORKING_POLICY): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  const step = Math.sign(n);
  let current = day;
  for (let left = Math.abs(n); left > 0; left--) {
    let tries = 0;
    do {
      current = addDays(current, step);
      if (++tries > SEARCH_LIMIT) throw new RangeError("The working policy has no working day");
    } while (!isWorkingDay(current, policy));
  }
  return current;
}

/** Minutes after midnight of an "HH:MM" time. */
function clockMinutes(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Not an HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** How far a timezone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const n = "numeric";
    const fields = { year: n, month: n, day: n, hour: n, minute: n, second: n } as const;
    clock = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", ...fields });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(instant);
  const f = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(f("year"), f("month") - 1, f("day"), f("hour"), f("minute"), f("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows `minutes` after midnight of `day`. */
function zonedInstant(day: string, minutes: number, timeZone: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  return new Date(wall - zoneOffset(wall - zoneOffset(wall, timeZone), timeZone));
}

/**
 * The instant itself if it falls within working hours of a working day, else the start of the next
 * working window, all reckoned in `policy.timeZone`.
 *
 * @example
 * nextWorkingSlot(new Date("2025-04-29T10:30:00Z")) // 2025-05-02T00:30:00Z: Tue 17:30 → Fri 07:30 (30/4, 1/5)
 */
export function nextWorkingSlot(instant: Date, policy = DEFAULT_WORKING_POLICY): Date {
  const start = clockMinutes(policy.start);
  const end = clockMinutes(policy.end);
  if (end <= start) throw new RangeError(`Empty working window ${policy.start}–${policy.end}`);
  const local = instant.getTime() + zoneOffset(instant.getTime(), policy.timeZone); // wall clock as if UTC
  const day = new Date(local).toISOString().slice(0, 10);
  const minutes = (local - Date.parse(`${day}T00:00:00Z`)) / 60_000;
  if (isWorkingDay(day, policy)) {
    if (minutes < start) return zonedInstant(day, start, policy.timeZone);
    if (minutes < end) return new Date(instant.getTime());
  }
  return zonedInstant(addWorkingDays(day, 1, policy), start, policy.timeZone);
}
