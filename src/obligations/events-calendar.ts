/**
 * Dates of events that deadlines point at ("trước đại hội cấp cơ sở nhiệm kỳ 2025-2030"). Congress and session
 * dates are set by each province, so they come from a file the province maintains (`config/events.yaml`, see
 * `config/events.example.yaml`), never from the code.
 */
import { readFileSync } from "node:fs";
import { type Document, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { ImportError } from "../errors.ts";
import { fold } from "../search/vietnamese-analyzer.ts";
import { isValidDay } from "./vietnamese-dates.ts";

/** Resolves an event phrase, as written in a passage, to the event's ISO date. */
export interface EventCalendar {
  resolve(phrase: string): string | null;
}

/** One event of the calendar file. */
export interface EventEntry {
  name: string;
  /** Phrases that identify the event; one matches when the folded event phrase contains it. */
  match: string[];
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
}

/** A calendar that knows no event: every event deadline keeps `due: null`. */
export const EMPTY_CALENDAR: EventCalendar = Object.freeze({ resolve: () => null });

/** The message for a missing field or one of the wrong type. */
const expected = (field: string, what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is missing` : `${field} must be ${what}`;

const isoDate = z
  .string({ error: expected("date", 'a quoted ISO date such as "2025-06-30"') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be written YYYY-MM-DD, e.g. "2025-06-30"')
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number);
    return isValidDay(y, m, d);
  }, "date is not a day of the calendar");

const entrySchema = z.strictObject(
  {
    name: z
      .string({ error: expected("name", "text") })
      .trim()
      .min(1, "name must not be empty"),
    match: z
      .array(z.string({ error: "each match must be text" }).trim().min(1, "a match must not be empty"), {
        error: expected("match", "a list of phrases"),
      })
      .min(1, "match needs at least one phrase"),
    date: isoDate,
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")} (an event has name, match and date)`
        : "each event must be a mapping with name, match and date",
  },
);

const fileSchema = z.array(entrySchema, {
  error: "the file must be a list of events (lines starting with -)",
});

/** Lower-case, folded, single-spaced: the form both sides of a match are compared in. */
const canonical = (text: string) => fold(text.normalize("NFC").toLowerCase()).replace(/\s+/g, " ").trim();

/**
 * A calendar over entries already in memory. When several entries match, the longest matching phrase wins
 * (the most specific event), then the earlier entry.
 *
 * @example
 * calendarOf([{ name: "ĐH cơ sở", match: ["đại hội cấp cơ sở"], date: "2025-06-30" }])
 *   .resolve("trước Đại hội cấp cơ sở nhiệm kỳ 2025-2030") // "2025-06-30"
 */
export function calendarOf(entries: readonly EventEntry[]): EventCalendar {
  const folded = entries.map((e) => ({ date: e.date, match: e.match.map(canonical).filter(Boolean) }));
  return {
    resolve(phrase: string): string | null {
      const text = canonical(phrase);
      let best: { date: string; length: number } | null = null;
      for (const entry of folded) {
        for (const m of entry.match) {
          if (text.includes(m) && (!best || m.length > best.length))
            best = { date: entry.date, length: m.length };
        }
      }
      return best?.date ?? null;
    },
  };
}

/**
 * Reads the events calendar. A missing file gives {@link EMPTY_CALENDAR}; a malformed one throws
 * {@link ImportError} naming the lines to fix.
 *
 * @example
 * const events = loadEventsCalendar("config/events.yaml");
 * events.resolve("trước đại hội cấp cơ sở") // "2025-06-30" when the file says so, else null
 */
export function loadEventsCalendar(file: string): EventCalendar {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return EMPTY_CALENDAR;
    throw new ImportError(file, [{ line: 1, message: `cannot read the file: ${(error as Error).message}` }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    throw new ImportError(
      file,
      doc.errors.map((e) => ({
        line: e.linePos?.[0]?.line ?? 1,
        message: `not valid YAML: ${e.message.split("\n")[0]}`,
      })),
    );
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return EMPTY_CALENDAR;
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const [index, field] = issue.path;
      const keys = issue.code === "unrecognized_keys" ? issue.keys.slice(0, 1) : [];
      const where =
        typeof index === "number" ? `event ${index + 1}${field ? ` (${String(field)})` : ""}: ` : "";
      return { line: lineOf(doc, lineCounter, [...issue.path, ...keys]), message: where + issue.message };
    });
    throw new ImportError(file, problems);
  }
  return calendarOf(parsed.data);
}

/** The line of the deepest YAML node on the issue's path that exists (a missing key points at its entry). */
function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).filter((k): k is string | number => typeof k !== "symbol");
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
    if (typeof offset === "number") return lineCounter.linePos(offset).line;
  }
  return 1;
}
