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
