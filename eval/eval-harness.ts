import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Answer } from "../src/answer/answer.ts";
import { mean, percentile, recallAt, reciprocalRank } from "../src/search/retrieval-metrics.ts";
import { fold, normalize } from "../src/search/vietnamese-analyzer.ts";

/** Our own file: parsed strictly so a typo in the question set fails loudly. */
export const questionSchema = z.strictObject({
  id: z.string().min(1),
  question: z.string().min(1),
  gold: z.array(z.string()),
  facts: z.array(z.string()),
  type: z.string(),
  refuse: z.boolean(),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export function loadQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      try {
        return questionSchema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${file}:${n}: ${(error as Error).message}`);
      }
    });
}

export interface EvalSystem {
  search(question: string, k: number): Promise<string[]>;
  answer(question: string): Promise<Answer>;
}

export interface QuestionOutcome {
  id: string;
  question: string;
  type: string;
  refuse: boolean;
  gold: string[];
  retrieved: string[];
  cited: string[];
  refused: boolean;
  factsFound: number;
  factsTotal: number;
  ms: number;
}

export interface EvalMetrics {
  questions: number;
  inCorpus: number;
  outOfCorpus: number;
  recallAt1: number;
  recallAt3: number;
  recallAt5: number;
  mrr: number;
  citationHitRate: number;
  factAccuracy: number;
  refusalPrecision: number;
  refusalRecall: number;
  falseRefusalRate: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
}

/** Facts are compared folded and with whitespace collapsed, so "Tỉnh uỷ"/"Tỉnh ủy" spelling variants match. */
const comparable = (text: string) => fold(normalize(text)).replace(/\s+/g, " ");

export async function runEval(system: EvalSystem, questions: readonly EvalQuestion[]) {
  const outcomes: QuestionOutcome[] = [];
  for (const q of questions) {
    const retrieved = await system.search(q.question, 5);
    const answer = await system.answer(q.question);
    const text = comparable(answer.answer);
    outcomes.push({
      id: q.id,
      question: q.question,
      type: q.type,
      refuse: q.refuse,
      gold: q.gold,
      retrieved,
      cited: answer.citations.map((c) => c.passageId),
      refused: answer.refused,
      factsFound: q.facts.filter((f) => text.includes(comparable(f))).length,
      factsTotal: q.facts.length,
      ms: answer.ms,
    });
  }
  return { metrics: summarize(outcomes), outcomes };
}

export function summarize(outcomes: readonly QuestionOutcome[]): EvalMetrics {
  const inCorpus = outcomes.filter((o) => !o.refuse);
  const outside = outcomes.filter((o) => o.refuse);
  const refused = outcomes.filter((o) => o.refused);
  const correctRefusals = refused.filter((o) => o.refuse).length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    questions: outcomes.length,
    inCorpus: inCorpus.length,
    outOfCorpus: outside.length,
    recallAt1: round(mean(inCorpus.map((o) => recallAt(o.retrieved, o.gold, 1)))),
    recallAt3: round(mean(inCorpus.map((o) => recallAt(o.retrieved, o.gold, 3)))),
    recallAt5: round(mean(inCorpus.map((o) => recallAt(o.retrieved, o.gold, 5)))),
    mrr: round(mean(inCorpus.map((o) => reciprocalRank(o.retrieved, o.gold)))),
    citationHitRate: round(
      mean(inCorpus.map((o) => (o.cited.slice(0, 3).some((c) => o.gold.includes(c)) ? 1 : 0))),
    ),
    factAccuracy: round(mean(inCorpus.map((o) => (o.factsTotal ? o.factsFound / o.factsTotal : 1)))),
    refusalPrecision: round(refused.length ? correctRefusals / refused.length : 1),
    refusalRecall: round(outside.length ? correctRefusals / outside.length : 1),
    falseRefusalRate: round(mean(inCorpus.map((o) => (o.refused ? 1 : 0)))),
    latencyP50Ms:
      Math.round(
        percentile(
          outcomes.map((o) => o.ms),
          50,
        ) * 10,
      ) / 10,
    latencyP95Ms:
      Math.round(
        percentile(
          outcomes.map((o) => o.ms),
          95,
        ) * 10,
      ) / 10,
  };
}

/** Thresholds that `npm test` enforces; latency is reported but never gated (tests assert behaviour). */
export const thresholdsSchema = z.strictObject({
  recallAt5: z.number(),
  mrr: z.number(),
  citationHitRate: z.number(),
  factAccuracy: z.number(),
  refusalPrecision: z.number(),
  refusalRecall: z.number(),
  obligationPrecision: z.number(),
  obligationRecall: z.number(),
  deadlineAccuracy: z.number(),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** Every metric below its threshold, e.g. "recallAt5 0.9 < 0.92"; metrics missing from the input are skipped. */
export function failedThresholds(
  metrics: Partial<Record<keyof Thresholds, number>>,
  thresholds: Thresholds,
): string[] {
  return Object.entries(thresholds)
    .filter(([key]) => metrics[key as keyof Thresholds] !== undefined)
    .filter(([key, min]) => (metrics[key as keyof Thresholds] as number) < min)
    .map(([key, min]) => `${key} ${metrics[key as keyof Thresholds]} < ${min}`);
}

export function markdownReport(metrics: EvalMetrics, outcomes: readonly QuestionOutcome[]): string {
  const rows = Object.entries(metrics).map(([k, v]) => `| ${k} | ${v} |`);
  const misses = outcomes
    .filter((o) =>
      o.refuse ? !o.refused : o.refused || !o.cited.slice(0, 3).some((c) => o.gold.includes(c)),
    )
    .map(
      (o) =>
        `| ${o.id} | ${o.question.replace(/\|/g, "\\|")} | ${o.gold.join(", ") || "(refuse)"} | ${o.refused ? "refused" : o.cited.join(", ")} |`,
    );
  return [
    "# Evaluation",
    "",
    "| metric | value |",
    "|---|---:|",
    ...rows,
    "",
    `## Misses (${misses.length})`,
    "",
    "| id | question | gold | answer cited |",
    "|---|---|---|---|",
    ...misses,
    "",
  ].join("\n");
}
