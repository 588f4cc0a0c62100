import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Answer, Citation } from "../src/answer/answer.ts";
import { joinParties, SENTENCE_END } from "../src/language/sentences.ts";
import { mean, percentile, reciprocalRank } from "../src/search/retrieval-metrics.ts";
import {
  analyze,
  fold,
  normalize,
  QUERY_STOPWORDS,
  termKind,
  termText,
  UNIGRAM,
} from "../src/search/vietnamese-analyzer.ts";

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

/** Reads one of our own JSONL files strictly: a bad line fails loudly with file:line. */
export function loadJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      try {
        return schema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${file}:${n}: ${(error as Error).message}`);
      }
    });
}

export function loadQuestions(file: string): EvalQuestion[] {
  return loadJsonl(file, questionSchema);
}

/**
 * What a question wants: an answer from the documents, a refusal, a plain "the document does not say"
 * (near-miss), or a question back (no topic of its own). Seed questions only know answer/refuse.
 */
export type Expectation = "answer" | "refuse" | "not_stated" | "clarify";

/**
 * One question as the harness asks it: a seed question as it is, or a dev question whose gold quotes were
 * resolved to passage ids against the index at hand ({@link devCases}).
 */
export interface EvalCase {
  id: string;
  question: string;
  type: string;
  facts: string[];
  /** Must not be answered from a passage; for seeds the whole expectation. */
  refuse: boolean;
  /** Every passage id that counts as gold. */
  gold: string[];
  /** Defaults to refuse ? "refuse" : "answer". */
  expect?: Expectation;
  /** One set per gold quote: the quote is found when any of its passages is; defaults to one set per gold id. */
  goldSets?: string[][];
  goldQuotes?: string[];
}

/** The fields another answerer may add to {@link Answer}; missing ones count as false. */
type AnswerFlags = { notStated?: boolean; clarify?: boolean };

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
  /** The answer text and who wrote it; optional so outcomes saved before these fields still load. */
  answer?: string;
  mode?: Answer["mode"];
  /** Citation quality of the answer ({@link scoreCitations}); counts only, the passages are not stored. */
  statements?: number;
  supported?: number;
  citationPairs?: number;
  relevantPairs?: number;
  /** Dev questions: the expectation, the gold passages per quote and the quotes themselves. */
  expect?: Expectation;
  goldSets?: string[][];
  goldQuotes?: string[];
  /** The answer said the documents do not state the asked-for fact / asked what was meant. */
  notStated?: boolean;
  clarify?: boolean;
}

export const expectationOf = (o: Pick<QuestionOutcome, "expect" | "refuse">): Expectation =>
  o.expect ?? (o.refuse ? "refuse" : "answer");

/** The answer did not answer from a passage: a refusal, "not stated", or a question back. */
export const declined = (o: Pick<QuestionOutcome, "refused" | "notStated" | "clarify">) =>
  o.refused || o.notStated === true || o.clarify === true;

/** A question close to a document but not answered by it: right when refused or answered "not stated". */
export const isNearMiss = (o: Pick<QuestionOutcome, "type">) => o.type === "near-miss";
/** A question with no topic of its own: right when refused or answered with a question back. */
export const isNoTopic = (o: Pick<QuestionOutcome, "type" | "expect">) =>
  o.type === "no-topic" || o.expect === "clarify";

const goldSetsOf = (o: Pick<QuestionOutcome, "gold" | "goldSets">) => o.goldSets ?? o.gold.map((g) => [g]);

/** Share of gold passages (gold quotes for dev questions) found among the first k results. */
function goldRecallAt(o: QuestionOutcome, k: number): number {
  const sets = goldSetsOf(o);
  if (sets.length === 0) return 0;
  const top = new Set(o.retrieved.slice(0, k));
  return sets.filter((ids) => ids.some((id) => top.has(id))).length / sets.length;
}

/** A gold passage among the first three citations. */
export const citationHit = (o: Pick<QuestionOutcome, "cited" | "gold">) =>
  o.cited.slice(0, 3).some((c) => o.gold.includes(c));

/** What went wrong with one question, empty when nothing did (the rules of {@link summarize}). */
export function problemsOf(o: QuestionOutcome): string[] {
  const expect = expectationOf(o);
  if (expect === "answer") {
    if (o.refused) return ["refused"];
    if (o.notStated) return ["answered 'not stated'"];
    if (o.clarify) return ["asked back"];
    const problems: string[] = [];
    if (!citationHit(o)) problems.push(o.gold.length ? "gold not cited in top 3" : "gold quote not found");
    if (o.factsFound < o.factsTotal) problems.push(`facts ${o.factsFound}/${o.factsTotal}`);
    return problems;
  }
  if (isNearMiss(o)) return o.refused || o.notStated ? [] : ["near miss answered"];
  if (isNoTopic(o)) return o.refused || o.clarify ? [] : ["answered without a topic"];
  return declined(o) ? [] : ["wrongly answered"];
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
  /** ALCE-style, over answered in-corpus questions: see {@link scoreCitations}. Mean of per-answer shares. */
  citationPrecision: number;
  citationRecall: number;
  /** Unsupported statements among all statements of those answers (pooled, so long answers weigh more). */
  unsupportedRate: number;
  /** Near-miss questions refused or answered "not stated"; null when the set has none. */
  nearMissQuestions: number;
  nearMissRefusalRate: number | null;
  /** Questions without a topic refused or asked back; null when the set has none. */
  noTopicQuestions: number;
  noTopicClarifyRate: number | null;
  latencyP50Ms: number;
  latencyP95Ms: number;
}

/**
 * Facts are compared folded, with whitespace collapsed and every dash made one hyphen without spaces, so "Tỉnh
 * uỷ"/"Tỉnh ủy" and "Lao động - Thương binh"/"LAO ĐỘNG – THƯƠNG BINH" (header and body of one letter) match.
 *
 * @example
 * comparable("ngày 12/01/2026").includes(comparable("12/1/2026")) // true
 */
export const comparable = (text: string) =>
  fold(normalize(text))
    .replace(/\s*[-‐‑‒–—−]\s*/g, "-")
    .replace(/\s+/g, " ")
    // A day compares by its value: official style pads January and February ("12/01/2026"), a fact may not (12/1/2026).
    .replace(/(?<![\d/])0?(\d{1,2})\/0?(\d{1,2})\/(\d{4})(?!\d)/g, "$1/$2/$3");

/** A statement is supported when the passages it cites cover this share of its content words… */
export const SUPPORT_COVERAGE = 0.6;
/** …and a single cited passage is relevant to it when it covers this share (or shares a date/number). */
export const RELEVANCE_COVERAGE = 0.3;

/** Function words that carry no claim, on top of the question words the retriever drops. */
const ANSWER_STOPWORDS: ReadonlySet<string> = new Set([
  ...QUERY_STOPWORDS,
  "trong",
  "theo",
  "de",
  "tai",
  "nay",
  "do",
  "khi",
  "da",
  "se",
  "ve",
  "tu",
  "den",
  "mot",
  "nhu",
  "o",
  "ma",
  "neu",
  "tren",
  "bang",
  "vao",
]);

/** "[1]", "[1][2]", "[1, 2]". */
const MARKERS = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
/**
 * Statement boundaries: after end punctuation followed by markers ("… 2024. [1] Tiếp …"), the extractive
 * layout, or after end punctuation before a new sentence ("… 2024 [1]. Tiếp …"), the usual LLM layout.
 */
// After markers, or where the answerer's sentences end (so a signature's "TL." ends no statement).
const STATEMENT_BREAK = new RegExp(
  String.raw`(?<=[.!?…;](?:\s*\[\d+(?:\s*,\s*\d+)*\])+)\s+(?=[^\s[])|${SENTENCE_END.source}`,
  "u",
);
/** List bullets and numbering at the start of a line. */
const BULLET = /^\s*(?:[-*•+–]|\d{1,2}[.)])\s+/u;

/** One claim of an answer: its text without markers and the citation numbers it carries. */
export interface Statement {
  text: string;
  markers: number[];
}

/**
 * Splits an answer into statements: its lines, then the sentences of each line, each keeping the markers
 * written right after or inside it. Pieces without a content word or number ("Cụ thể:") and unmarked lead-ins
 * of a list (ending in ":") are not claims and are dropped.
 *
 * @example
 * splitStatements("Hạn 31/12/2024. [1] Làm hằng năm [2].")
 * // [{ text: "Hạn 31/12/2024.", markers: [1] }, { text: "Làm hằng năm.", markers: [2] }]
 */
export function splitStatements(answer: string): Statement[] {
  return (
    answer
      .split(/\n+/)
      // The parties of an execution clause, quoted as one sentence, are one statement (see splitSentences).
      .flatMap((line) => joinParties(line.replace(BULLET, "").split(STATEMENT_BREAK)))
      .map((piece) => ({
        text: piece
          .replace(MARKERS, " ")
          .replace(/\s+/g, " ")
          .replace(/ ([.,;:!?])/g, "$1")
          .trim(),
        markers: [...piece.matchAll(MARKERS)].flatMap((m) => m[1].split(",").map((n) => Number(n.trim()))),
      }))
      .filter((s) => !(s.markers.length === 0 && s.text.endsWith(":")))
      .filter((s) => contentWords(s.text).size > 0 || numbersIn(s.text).size > 0)
  );
}

/** Folded syllables that carry meaning: no stopwords, no bare numbers (those are checked as facts). */
function contentWords(text: string): Set<string> {
  return new Set(
    analyze(text.replace(MARKERS, " "), { accents: false, bigrams: false, stopwords: ANSWER_STOPWORDS })
      .filter((t) => termKind(t) === UNIGRAM && !/^\d+$/.test(termText(t)))
      .map(termText),
  );
}

/** "31/12/2024", "01-6-2025", "ngày 1 tháng 6 năm 2025" → "1/6/2025"; "45-KL/TU" → "45/kl/tu". */
const canonicalNumber = (token: string) =>
  token
    .split(/[/.-]/)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join("/");
const JOINED_NUMBER = /[\p{L}\p{N}]+(?:[/.-][\p{L}\p{N}]+)+/gu;

/**
 * Dates, figures and document numbers of a text, canonical. With `derived`, also what a passage implies:
 * the parts of each date or number ("31/12/2024" states 2024 and 12/2024), for checking statements against.
 */
function numbersIn(text: string, derived = false): Set<string> {
  let t = fold(normalize(text.replace(MARKERS, " ")))
    .replace(/ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/g, "$1/$2/$3")
    .replace(/thang (\d{1,2}) nam (\d{4})/g, "$1/$2")
    .replace(/(\d)\s*[/–-]\s*(?=\d)/g, "$1-");
  const found = new Set<string>();
  for (const match of t.matchAll(JOINED_NUMBER)) {
    if (!/\d/.test(match[0])) continue;
    const canonical = canonicalNumber(match[0]);
    found.add(canonical);
    if (derived) {
      const parts = canonical.split("/");
      for (const part of parts) if (/^\d+$/.test(part)) found.add(part);
      for (let i = 2; i < parts.length; i++) found.add(parts.slice(0, i).join("/"));
      for (let i = 1; i < parts.length - 1; i++) found.add(parts.slice(i).join("/"));
    }
  }
  t = t.replace(JOINED_NUMBER, " ");
  for (const match of t.matchAll(/\d+/g)) found.add(String(Number(match[0])));
  return found;
}

interface Evidence {
  words: Set<string>;
  numbers: Set<string>;
}

const evidenceOf = (c: Pick<Citation, "text"> & Partial<Pick<Citation, "documentTitle" | "section">>) => {
  const text = [c.documentTitle ?? "", c.section ?? "", c.text].join("\n");
  return { words: contentWords(text), numbers: numbersIn(text, true) };
};

const covered = (words: ReadonlySet<string>, evidence: readonly Evidence[]) =>
  words.size === 0 ? 1 : [...words].filter((w) => evidence.some((e) => e.words.has(w))).length / words.size;

export interface CitationScore {
  /** Claims in the answer. */
  statements: number;
  /** Claims with at least one marker whose cited passages together cover their content and facts. */
  supported: number;
  /** (statement, cited passage) pairs… */
  citationPairs: number;
  /** …and those where the passage alone is relevant to the statement. */
  relevantPairs: number;
}

/**
 * ALCE-style citation quality without a model. A statement is supported when the union of the passages it
 * cites (text plus document title and section) covers ≥ {@link SUPPORT_COVERAGE} of its content words and
 * contains every date, number and document number it states; a statement without markers is unsupported.
 * A citation is relevant when its passage alone covers ≥ {@link RELEVANCE_COVERAGE} of the statement's
 * content words or contains one of its dates/numbers. Markers pointing to no citation count as irrelevant.
 *
 * @example
 * scoreCitations("Hạn 31/12/2024. [1]", [{ n: 1, text: "Trước ngày 31/12/2024 phải xong", … }])
 */
export function scoreCitations(
  answer: string,
  citations: readonly (Pick<Citation, "n" | "text"> & Partial<Pick<Citation, "documentTitle" | "section">>)[],
): CitationScore {
  const evidence = new Map(citations.map((c) => [c.n, evidenceOf(c)]));
  const score: CitationScore = { statements: 0, supported: 0, citationPairs: 0, relevantPairs: 0 };
  for (const statement of splitStatements(answer)) {
    const words = contentWords(statement.text);
    const numbers = [...numbersIn(statement.text)];
    const markers = [...new Set(statement.markers)];
    const cited = markers.flatMap((n) => evidence.get(n) ?? []);
    score.statements++;
    if (
      cited.length > 0 &&
      covered(words, cited) >= SUPPORT_COVERAGE &&
      numbers.every((x) => cited.some((e) => e.numbers.has(x)))
    )
      score.supported++;
    for (const n of markers) {
      score.citationPairs++;
      const e = evidence.get(n);
      if (
        e &&
        ((words.size > 0 && covered(words, [e]) >= RELEVANCE_COVERAGE) ||
          numbers.some((x) => e.numbers.has(x)))
      )
        score.relevantPairs++;
    }
  }
  return score;
}

export async function runEval(system: EvalSystem, questions: readonly EvalCase[]) {
  const outcomes: QuestionOutcome[] = [];
  for (const q of questions) {
    const retrieved = await system.search(q.question, 5);
    const answer: Answer & AnswerFlags = await system.answer(q.question);
    const text = comparable(answer.answer);
    const citationScore = answer.refused
      ? { statements: 0, supported: 0, citationPairs: 0, relevantPairs: 0 }
      : scoreCitations(answer.answer, answer.citations);
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
      answer: answer.answer,
      mode: answer.mode,
      ...citationScore,
      ...(q.expect && { expect: q.expect }),
      ...(q.goldSets && { goldSets: q.goldSets }),
      ...(q.goldQuotes && { goldQuotes: q.goldQuotes }),
      ...(answer.notStated !== undefined && { notStated: answer.notStated }),
      ...(answer.clarify !== undefined && { clarify: answer.clarify }),
    });
  }
  return { metrics: summarize(outcomes), outcomes };
}

/**
 * The metrics of one set. Answerable questions (expect "answer") give the citation and fact figures, and those
 * that are not metadata questions the retrieval figures;
 * a question is declined when refused, answered "not stated" or asked back (a missing flag counts as false):
 * declining an answerable question is a false refusal, and refusal precision/recall count declines.
 */
export function summarize(outcomes: readonly QuestionOutcome[]): EvalMetrics {
  const inCorpus = outcomes.filter((o) => expectationOf(o) === "answer");
  const outside = outcomes.filter((o) => expectationOf(o) !== "answer");
  // Metadata questions ("ai ký…", "số hiệu…") are answered from the document's metadata, not by search: they
  // count for citations and facts, not for retrieval.
  const searched = inCorpus.filter((o) => !o.type.startsWith("meta-"));
  const refused = outcomes.filter(declined);
  const correctRefusals = refused.filter((o) => expectationOf(o) !== "answer").length;
  const nearMiss = outcomes.filter(isNearMiss);
  const noTopic = outcomes.filter(isNoTopic);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const answered = inCorpus.filter((o) => !o.refused && (o.statements ?? 0) > 0);
  const sum = (values: (number | undefined)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const statements = sum(answered.map((o) => o.statements));
  const rate = (items: readonly QuestionOutcome[], right: (o: QuestionOutcome) => boolean) =>
    items.length ? round(items.filter(right).length / items.length) : null;
  return {
    questions: outcomes.length,
    inCorpus: inCorpus.length,
    outOfCorpus: outside.length,
    recallAt1: round(mean(searched.map((o) => goldRecallAt(o, 1)))),
    recallAt3: round(mean(searched.map((o) => goldRecallAt(o, 3)))),
    recallAt5: round(mean(searched.map((o) => goldRecallAt(o, 5)))),
    mrr: round(mean(searched.map((o) => reciprocalRank(o.retrieved, o.gold)))),
    citationHitRate: round(mean(inCorpus.map((o) => (citationHit(o) ? 1 : 0)))),
    factAccuracy: round(mean(inCorpus.map((o) => (o.factsTotal ? o.factsFound / o.factsTotal : 1)))),
    refusalPrecision: round(refused.length ? correctRefusals / refused.length : 1),
    refusalRecall: round(outside.length ? correctRefusals / outside.length : 1),
    falseRefusalRate: round(mean(inCorpus.map((o) => (declined(o) ? 1 : 0)))),
    citationPrecision: round(
      mean(
        answered
          .filter((o) => (o.citationPairs ?? 0) > 0)
          .map((o) => (o.relevantPairs ?? 0) / (o.citationPairs as number)),
      ),
    ),
    citationRecall: round(mean(answered.map((o) => (o.supported ?? 0) / (o.statements as number)))),
    unsupportedRate: round(statements ? 1 - sum(answered.map((o) => o.supported)) / statements : 0),
    nearMissQuestions: nearMiss.length,
    nearMissRefusalRate: rate(nearMiss, (o) => o.refused || o.notStated === true),
    noTopicQuestions: noTopic.length,
    noTopicClarifyRate: rate(noTopic, (o) => o.refused || o.clarify === true),
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

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The answer's outcome in a few words: what it cited, or how it declined. */
function answerCell(o: QuestionOutcome): string {
  if (o.refused) return "refused";
  const flags = [o.notStated && "not stated", o.clarify && "asked back"].filter(Boolean).join(", ");
  return [flags, o.cited.slice(0, 3).join(", ")].filter(Boolean).join(": ") || "(no citation)";
}

/** Gold as the reader checks it: quotes (with the passages they resolved to) for dev questions, ids for seeds. */
function goldCell(o: QuestionOutcome): string {
  if (expectationOf(o) !== "answer" && o.gold.length === 0) return `(${expectationOf(o)})`;
  if (!o.goldQuotes) return o.gold.join(", ");
  return o.goldQuotes
    .map((quote, i) => `“${clip(quote, 60)}” → ${o.goldSets?.[i]?.join(", ") || "not found"}`)
    .join("; ");
}

/**
 * One set's Markdown: its metrics, the answers with weak citations, and every question that went wrong
 * ({@link problemsOf}) with its gold and what the answer cited.
 */
export function markdownReport(
  metrics: EvalMetrics,
  outcomes: readonly QuestionOutcome[],
  { title = "Evaluation", level = 1 } = {},
): string {
  const h = "#".repeat(level);
  const rows = Object.entries(metrics).map(([k, v]) => `| ${k} | ${v ?? "—"} |`);
  const misses = outcomes
    .map((o) => ({ o, problems: problemsOf(o) }))
    .filter(({ problems }) => problems.length > 0)
    .map(
      ({ o, problems }) =>
        `| ${o.id} | ${o.type} | ${cell(o.question)} | ${cell(goldCell(o))} | ${cell(answerCell(o))} | ${problems.join("; ")} |`,
    );
  const weak = outcomes
    .filter((o) => expectationOf(o) === "answer" && !o.refused && o.statements !== undefined)
    .filter(
      (o) => (o.supported ?? 0) < (o.statements ?? 0) || (o.relevantPairs ?? 0) < (o.citationPairs ?? 0),
    )
    .map(
      (o) =>
        `| ${o.id} | ${cell(o.question)} | ${o.supported}/${o.statements} | ${o.relevantPairs}/${o.citationPairs} |`,
    );
  return [
    `${h} ${title}`,
    "",
    "| metric | value |",
    "|---|---:|",
    ...rows,
    "",
    `${h}# Citation quality (${weak.length} answers with unsupported statements or irrelevant citations)`,
    "",
    `Over answered in-corpus questions: citation precision ${metrics.citationPrecision}, citation recall ` +
      `${metrics.citationRecall}, unsupported-statement rate ${metrics.unsupportedRate}. A statement is supported ` +
      `when its cited passages cover ≥ ${SUPPORT_COVERAGE} of its content words and every date/number it states; ` +
      `a citation is relevant when its passage alone covers ≥ ${RELEVANCE_COVERAGE} or shares a date/number.`,
    "",
    "| id | question | supported statements | relevant citations |",
    "|---|---|---:|---:|",
    ...weak,
    "",
    `${h}# Misses (${misses.length})`,
    "",
    "| id | type | question | gold | answer | problem |",
    "|---|---|---|---|---|---|",
    ...misses,
    "",
  ].join("\n");
}
