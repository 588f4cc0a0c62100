/** The service's timezone: deadlines fall due at the end of the day in Vietnam. */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in a timezone.
 *
 * @example
 * calendarDay(new Date("2024-12-31T18:00:00Z")) // "2025-01-01"
 */
export function calendarDay(instant: Date, timeZone = VIETNAM_TIME_ZONE): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}

/**
 * Moves an ISO day by whole months, clamping to the month's last day ("2024-02-29" + 12 → "2025-02-28").
 *
 * @example
 * addMonths("2024-12-31", 3) // "2025-03-31"
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const wasLast = d === new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day2 = wasLast ? last : Math.min(d, last);
  return `${year}-${String(month).padStart(2, "0")}-${String(day2).padStart(2, "0")}`;
}

/** `YYYY-MM-DD` with a real calendar date. */
export function isIsoDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
