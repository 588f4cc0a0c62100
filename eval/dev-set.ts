/**
 * The development set over real documents (eval/dev/): questions and gold obligations whose gold passages are
 * verbatim quotes, split into a tuning half and a held-out half.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type EvalCase, type Expectation, loadJsonl } from "./eval-harness.ts";
import type { QuoteResolver } from "./gold-match.ts";
import { deadlineSchema } from "./obligation-metrics.ts";

export const SPLITS = ["tune", "heldout"] as const;
export type Split = (typeof SPLITS)[number];

export const QUESTION_TYPES = [
  "deadline",
  "unit",
  "number",
  "content",
  "recurrence",
  "meta-signer",
  "meta-date",
  "meta-number",
  "meta-issuer",
  "meta-recipients",
  "near-miss",
  "no-topic",
] as const;

const goldQuoteSchema = z.strictObject({ doc: z.string().min(1), quote: z.string().min(1) });

/** One line of eval/dev/questions.jsonl; parsed strictly so a typo fails loudly with file:line. */
export const devQuestionSchema = z.strictObject({
  id: z.string().min(1),
  question: z.string().min(1),
  /** The document the question is about (for a near-miss, the one it is close to); absent for off-corpus ones. */
  doc: z.string().min(1).optional(),
  gold: z.array(goldQuoteSchema),
  facts: z.array(z.string()),
  type: z.enum(QUESTION_TYPES),
  refuse: z.boolean(),
  expect: z.enum(["answer", "refuse", "not_stated", "clarify"]),
  split: z.enum(SPLITS),
});
export type DevQuestion = z.infer<typeof devQuestionSchema>;

/** One line of eval/dev/obligations.gold.jsonl: the passage is the one holding `quote`. */
export const devGoldObligationSchema = z.strictObject({
  documentId: z.string().min(1),
  quote: z.string().min(1),
  responsible: z.array(z.string().min(1)).min(1),
  action: z.string().min(1),
  deadline: deadlineSchema,
  split: z.enum(SPLITS),
  /** Every obligation of this document is in the gold: precision is measured only over such documents. */
  complete: z.boolean().optional(),
});
export type DevGoldObligation = z.infer<typeof devGoldObligationSchema>;

export const DEV_QUESTIONS = "questions.jsonl";
export const DEV_OBLIGATIONS = "obligations.gold.jsonl";
/** A second, blind annotation of some tune documents' obligations: see eval/blind-obligations.ts. */
export const DEV_BLIND_OBLIGATIONS = "obligations.blind.jsonl";

export interface DevSet {
  questions: DevQuestion[];
  /** null when the folder has no obligations file yet. */
  obligations: DevGoldObligation[] | null;
  /** null when the folder has no blind annotation. */
  blindObligations: DevGoldObligation[] | null;
}

/** The development set in `dir`, or null when it has no questions file yet. */
export function loadDevSet(dir: string): DevSet | null {
  const questions = path.join(dir, DEV_QUESTIONS);
  if (!existsSync(questions)) return null;
  const optional = (file: string) =>
    existsSync(path.join(dir, file)) ? loadJsonl(path.join(dir, file), devGoldObligationSchema) : null;
  return {
    questions: loadJsonl(questions, devQuestionSchema),
    obligations: optional(DEV_OBLIGATIONS),
    blindObligations: optional(DEV_BLIND_OBLIGATIONS),
  };
}

/** A gold quote that points to no passage of the current index (a gold typo, or a parser that lost the text). */
export interface UnresolvedQuote {
  id: string;
  doc: string;
  quote: string;
}

/**
 * Turns dev questions into eval cases against one index: each gold quote becomes the set of passage ids that
 * hold it. `refuse` (used by the verdicts of the reports) is true for every question that must not be answered
 * from a passage: refuse, not stated, clarify.
 */
export function devCases(
  questions: readonly DevQuestion[],
  resolver: QuoteResolver,
): { cases: EvalCase[]; unresolved: UnresolvedQuote[] } {
  const unresolved: UnresolvedQuote[] = [];
  const cases = questions.map((q): EvalCase => {
    const goldSets = q.gold.map((g) => {
      const ids = resolver.resolve(g.doc, g.quote);
      if (ids.length === 0) unresolved.push({ id: q.id, doc: g.doc, quote: g.quote });
      return ids;
    });
    const expect: Expectation = q.expect;
    return {
      id: q.id,
      question: q.question,
      type: q.type,
      facts: q.facts,
      refuse: expect !== "answer",
      expect,
      gold: [...new Set(goldSets.flat())],
      goldSets,
      goldQuotes: q.gold.map((g) => g.quote),
    };
  });
  return { cases, unresolved };
}
