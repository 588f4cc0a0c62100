/** How a deadline is expressed; see eval/obligations-guideline.md for the forms behind each kind. */
export type DeadlineKind = "date" | "period_end" | "event" | "continuous" | "none";

export type Recurrence = "yearly" | "quarterly" | "monthly" | "periodic";

/**
 * A normalised deadline. `text` is always the phrase exactly as written in the passage (empty for `none`);
 * `due` is an ISO date (`YYYY-MM-DD`) only when the text supports one.
 */
export interface Deadline {
  kind: DeadlineKind;
  due: string | null;
  recurrence: Recurrence | null;
  text: string;
}

export const NO_DEADLINE: Deadline = { kind: "none", due: null, recurrence: null, text: "" };
