import { and, eq } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { feedback, type VotedCitation } from "../db/schema.ts";

/** A 👍 (1) or 👎 (-1) on one answer, with what was answered, so the vote can become an eval item. */
export interface Vote {
  platform: string;
  userId: string;
  /** The `chat_answers` id of the answer voted on. */
  answerId: number;
  question: string;
  answer: string;
  citations: VotedCitation[];
  value: 1 | -1;
}

/**
 * Stores a vote: one per user and answer, so voting again changes the stored value instead of adding a row.
 * Returns whether the vote was new, changed, or the same as before.
 *
 * @example
 * recordVote(db, { platform: "web", userId: "v1", answerId: 7, question, answer, citations, value: 1 }) // "new"
 */
/**
 * The citations a vote keeps, rebuilt from a stored answer's passage ids (a passage gone since is kept empty).
 *
 * @example
 * votedCitations(["a#1"], (id) => index.passage(id)) // [{ n: 1, passageId: "a#1", documentId: "a", … }]
 */
export function votedCitations(
  sources: readonly string[],
  passage: (id: string) => { documentId: string; section: string; text: string } | undefined,
): VotedCitation[] {
  return sources.map((passageId, i) => {
    const found = passage(passageId);
    return {
      n: i + 1,
      passageId,
      documentId: found?.documentId ?? "",
      section: found?.section ?? "",
      text: found?.text ?? "",
    };
  });
}

export function recordVote(db: Db, vote: Vote, now = new Date()): "new" | "changed" | "same" {
  const where = and(
    eq(feedback.platform, vote.platform),
    eq(feedback.userId, vote.userId),
    eq(feedback.answerId, vote.answerId),
  );
  const before = db.select({ value: feedback.value }).from(feedback).where(where).get();
  const values = {
    question: vote.question,
    answer: vote.answer,
    citations: vote.citations,
    value: vote.value,
    at: now.toISOString(),
  };
  db.insert(feedback)
    .values({ platform: vote.platform, userId: vote.userId, answerId: vote.answerId, ...values })
    .onConflictDoUpdate({ target: [feedback.platform, feedback.userId, feedback.answerId], set: values })
    .run();
  if (!before) return "new";
  return before.value === vote.value ? "same" : "changed";
}
