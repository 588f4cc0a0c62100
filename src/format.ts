/**
 * Display helpers shared by every surface (CLI, chat, reminders, web): Vietnamese day order and clipping.
 *
 * @example
 * vnDate("2024-12-31") // "31/12/2024"
 * clip("Một câu rất dài…", 8) // "Một câu…"
 */
export const vnDate = (iso: string | null | undefined): string =>
  iso ? iso.slice(0, 10).split("-").reverse().join("/") : "";

export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

const VIETNAM_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * An instant as a Vietnamese reader expects it, in Vietnam time whatever the server's zone.
 *
 * @example
 * vnDateTime("2024-12-31T17:30:00.000Z") // "01/01/2025 00:30"
 */
export const vnDateTime = (iso: string | null | undefined): string => {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const parts = VIETNAM_CLOCK.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}/${part("month")}/${part("year")} ${part("hour")}:${part("minute")}`;
};
