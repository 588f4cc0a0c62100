import type { Deadline } from "./deadline.ts";

/**
 * Who must do what, by when, and where the text says so. The JSON shape of `troly obligations --json`.
 * `id` is `<passageId>/<hash of the obligation's sentences>`: stable while the passage text is unchanged.
 */
export interface Obligation {
  id: string;
  documentId: string;
  passageId: string;
  section: string;
  /** The parties as written, from the sentence itself or inherited from a heading or an introducing paragraph. */
  responsible: string[];
  /** The sentences that state the work, verbatim, without the leading subject. */
  action: string;
  deadline: Deadline;
  /** The whole passage, verbatim. */
  sourceText: string;
}
