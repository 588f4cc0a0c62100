/**
 * The three evaluation sets and how one is measured: a fresh index of its corpus in a temporary data folder,
 * every question asked, the obligations the product extracted scored against the set's gold. Shared by
 * `npm run eval` and test/eval/eval.test.ts so both measure the same thing.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Answer } from "../src/answer/answer.ts";
import { type App, createApp } from "../src/app.ts";
import { loadConfig } from "../src/config/config.ts";
import { loadCorpus } from "../src/corpus/load-corpus.ts";
import { createLogger } from "../src/logger.ts";
import type { Obligation } from "../src/obligations/obligation.ts";
import { listObligations } from "../src/obligations/obligation-store.ts";
import { type BlindResult, scoreBlind } from "./blind-obligations.ts";
import {
  type DevGoldObligation,
  type DevQuestion,
  devCases,
  loadDevSet,
  type UnresolvedQuote,
} from "./dev-set.ts";
import {
  type EvalCase,
  type EvalMetrics,
  type EvalQuestion,
  loadQuestions,
  type QuestionOutcome,
  runEval,
} from "./eval-harness.ts";
import type { Denominators, Figures, SetName } from "./gates.ts";
import { QuoteResolver } from "./gold-match.ts";
import {
  type GoldObligation,
  loadGoldObligations,
  type ObligationScore,
  type ScorableGold,
  scoreObligations,
  scoreQuotedObligations,
} from "./obligation-metrics.ts";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export const DEFAULT_PATHS = {
  seedQuestions: path.join(ROOT, "eval", "questions.jsonl"),
  seedObligations: path.join(ROOT, "eval", "obligations.gold.jsonl"),
  seedCorpus: path.join(ROOT, "corpus"),
  devDir: path.join(ROOT, "eval", "dev"),
  /** The real documents the dev set is written over; `EVAL_DEV_CORPUS` or `--dev-corpus` points elsewhere. */
  devCorpus: path.resolve(ROOT, process.env.EVAL_DEV_CORPUS ?? "../shared/dev-corpus/docs"),
};

export type Sample = "in-sample" | "held-out";

/** How each set is named in reports, and whether the system was tuned on it. */
export const SET_INFO: Record<SetName, { label: string; sample: Sample }> = {
  seeds: { label: "seeds", sample: "in-sample" },
  devTune: { label: "dev-tune", sample: "in-sample" },
  devHeldout: { label: "dev-heldout", sample: "held-out" },
};

export interface SetSpec {
  name: SetName;
  corpusDir: string;
  questions: { kind: "seed"; items: EvalQuestion[] } | { kind: "dev"; items: DevQuestion[] };
  /** null when the set has no obligation gold (yet). */
  obligations: { kind: "seed"; gold: GoldObligation[] } | { kind: "dev"; gold: DevGoldObligation[] } | null;
  /** The blind second annotation of this set's documents, when it has one. */
  blind?: DevGoldObligation[];
}

export interface SkippedSet {
  name: SetName;
  reason: string;
}

export interface SetPaths {
  seedQuestions?: string;
  seedObligations?: string;
  seedCorpus?: string;
  devDir?: string;
  devCorpus?: string;
}

/**
 * The sets to run, and the ones skipped with the reason: the dev sets need eval/dev/questions.jsonl and the dev
 * corpus folder; a missing one skips them (said, never failed).
 */
export function planSets(
  paths: SetPaths = {},
  only: readonly SetName[] = ["seeds", "devTune", "devHeldout"],
): { specs: SetSpec[]; skipped: SkippedSet[] } {
  const p = { ...DEFAULT_PATHS, ...paths };
  const specs: SetSpec[] = [];
  const skipped: SkippedSet[] = [];
  if (only.includes("seeds"))
    specs.push({
      name: "seeds",
      corpusDir: p.seedCorpus,
      questions: { kind: "seed", items: loadQuestions(p.seedQuestions) },
      obligations: { kind: "seed", gold: loadGoldObligations(p.seedObligations) },
    });
  const devNames = only.filter((n): n is "devTune" | "devHeldout" => n !== "seeds");
  if (devNames.length === 0) return { specs, skipped };
  const skipAll = (reason: string) => {
    for (const name of devNames) skipped.push({ name, reason });
    return { specs, skipped };
  };
  if (!existsSync(p.devCorpus)) return skipAll(`dev corpus ${p.devCorpus} not found`);
  const dev = loadDevSet(p.devDir);
  if (!dev) return skipAll(`no development set in ${p.devDir} (questions.jsonl)`);
  for (const name of devNames) {
    const split = name === "devTune" ? "tune" : "heldout";
    const items = dev.questions.filter((q) => q.split === split);
    if (items.length === 0) {
      skipped.push({ name, reason: `no ${split} questions in ${p.devDir}` });
      continue;
    }
    const gold = (dev.obligations ?? []).filter((g) => g.split === split);
    const blind = (dev.blindObligations ?? []).filter((g) => g.split === split);
    specs.push({
      name,
      corpusDir: p.devCorpus,
      questions: { kind: "dev", items },
      obligations: gold.length ? { kind: "dev", gold } : null,
      ...(blind.length > 0 && { blind }),
    });
  }
  return { specs, skipped };
}

export interface IngestFigures {
  documents: number;
  passages: number;
  /** Files that did not ingest, as `ingest --json` reports them. */
  errors: { file: string; line: number; message: string }[];
  ms: number;
  /** Passages per second of the whole ingest (parse, index, obligations); null when it had to fall back. */
  passagesPerSecond: number | null;
  /** The product's ingest stopped on one file, so the set was ingested file by file to be measured at all. */
  fallback: boolean;
}

/**
 * A fresh app over `corpusDir` in a temporary data folder, ingested the way `troly ingest` does it. When that
 * ingest throws (one bad file stopping all of them — issue 11, item 1), the files are ingested one by one and
 * the ones that fail are reported, which is what the ingest contract promises, so the rest can be measured.
 */
export interface OpenedSet {
  app: App;
  ingest: IngestFigures;
  close(): void;
}

export async function openSetApp(
  corpusDir: string,
  options: { mode?: "extractive" | "llm"; logLevel?: string } = {},
): Promise<OpenedSet> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "troly-eval-"));
  const level = options.logLevel ?? "silent";
  const fixed = { DATA_DIR: dataDir, CORPUS_DIR: corpusDir, LOG_LEVEL: level };
  // extractive: nothing from the environment, so a developer's LLM_MODEL or EMBEDDINGS_MODEL cannot leak in.
  const config = loadConfig(options.mode === "llm" ? { ...process.env, ...fixed } : fixed);
  const app = await createApp(config, createLogger(level), { buildIfEmpty: false });
  const close = () => {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const started = performance.now();
  let errors: IngestFigures["errors"];
  let fallback = false;
  try {
    errors = (await app.ingest()).errors;
  } catch {
    fallback = true;
    const loaded = loadCorpus(corpusDir);
    errors = loaded.errors.map((e) => ({ file: e.file, line: e.line, message: e.message }));
    for (const doc of loaded.documents) {
      try {
        await app.index.ingest([doc]);
      } catch (error) {
        errors.push({ file: doc.file, line: 0, message: (error as Error).message });
      }
    }
    app.refresh();
  }
  const ms = Math.round(performance.now() - started);
  const passages = app.index.passages.length;
  return {
    app,
    close,
    ingest: {
      documents: app.index.documents.size,
      passages,
      errors,
      ms,
      passagesPerSecond: fallback || ms === 0 ? null : Math.round((passages / ms) * 1000),
      fallback,
    },
  };
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

export type ObligationResult = Omit<ObligationScore<ScorableGold>, "precision" | "f1"> & {
  obligationPrecision: number | null;
  obligationRecall: number;
  obligationF1: number | null;
  deadlineAccuracy: number;
  precision: number | null;
  f1: number | null;
  /** Dev gold whose quote points to no passage. */
  unresolved?: ScorableGold[];
};

export interface SetResult {
  name: SetName;
  label: string;
  sample: Sample;
  corpusDir: string;
  metrics: EvalMetrics;
  obligations: ObligationResult | null;
  /** The extractor and the first gold against the blind annotation, when the set has one. */
  blindObligations?: BlindResult;
  /** Everything a gate can name, flat. */
  figures: Figures;
  outcomes: QuestionOutcome[];
  ingest: IngestFigures;
  /** How many items each figure is over, for the margin of {@link ratchetGates}. */
  denominators: Denominators;
  /** Gold that points to no passage of this index: seed ids that do not exist, dev quotes found nowhere. */
  unresolvedGold: UnresolvedQuote[];
  ms: number;
}

/** The figures gates can name: the question metrics, the obligation scores and the ingest. */
function figuresOf(
  metrics: EvalMetrics,
  obligations: ObligationResult | null,
  ingest: IngestFigures,
): Figures {
  const figures: Figures = {};
  for (const [key, value] of Object.entries(metrics))
    if (typeof value === "number" || value === null) (figures as Record<string, number | null>)[key] = value;
  if (obligations) {
    figures.obligationPrecision = obligations.obligationPrecision;
    figures.obligationRecall = obligations.obligationRecall;
    figures.obligationF1 = obligations.obligationF1;
    figures.deadlineAccuracy = obligations.deadlineAccuracy;
  }
  figures.ingestErrors = ingest.errors.length;
  figures.ingestPassagesPerSecond = ingest.passagesPerSecond;
  return figures;
}

/** How many items each figure is over: answerable questions, near misses, gold and extracted obligations… */
function denominatorsOf(metrics: EvalMetrics, obligations: ObligationResult | null): Denominators {
  const answerable = metrics.inCorpus;
  return {
    recallAt1: answerable,
    recallAt5: answerable,
    mrr: answerable,
    citationHitRate: answerable,
    factAccuracy: answerable,
    falseRefusalRate: answerable,
    citationPrecision: answerable,
    citationRecall: answerable,
    nearMissRefusalRate: metrics.nearMissQuestions,
    noTopicClarifyRate: metrics.noTopicQuestions,
    ...(obligations && {
      obligationPrecision: obligations.extracted,
      obligationRecall: obligations.gold,
      obligationF1: obligations.gold,
      deadlineAccuracy: obligations.matched + obligations.wrongDeadlines.length,
    }),
  };
}

function obligationResult<G extends ScorableGold>(
  score: ObligationScore<G> & { unresolved?: G[] },
): ObligationResult {
  return {
    ...score,
    obligationPrecision: round(score.precision),
    obligationRecall: round(score.recall) as number,
    obligationF1: round(score.f1),
    deadlineAccuracy: round(score.deadlineAccuracy) as number,
  };
}

/** Scores what the product extracted (the `obligations --json` rows) against the set's gold. */
function scoreSetObligations(
  spec: SetSpec,
  extracted: readonly Obligation[],
  resolver: QuoteResolver,
): ObligationResult | null {
  if (!spec.obligations) return null;
  if (spec.obligations.kind === "seed")
    return obligationResult(scoreObligations(extracted, spec.obligations.gold));
  return obligationResult(scoreQuotedObligations(extracted, spec.obligations.gold, resolver));
}

/** The questions of a set against this index; seeds as they are, dev gold quotes resolved to passages. */
function casesOf(spec: SetSpec, app: App, resolver: QuoteResolver) {
  if (spec.questions.kind === "dev") return devCases(spec.questions.items, resolver);
  const cases: EvalCase[] = spec.questions.items;
  const unresolved = cases.flatMap((q) =>
    q.gold.filter((g) => !app.index.passage(g)).map((g) => ({ id: q.id, doc: g.split("#")[0], quote: g })),
  );
  return { cases, unresolved };
}

/** How the eval asks: the search the product runs, and its answerer (or another one, for calibration). */
export const evalSystem = (app: App, answerer: { answer(q: string): Promise<Answer> } = app.answerer) => ({
  search: async (q: string, k: number) => (await app.index.search(q, k)).map((h) => h.passage.id),
  answer: (q: string) => answerer.answer(q),
});

/**
 * Measures one set end to end in its own fresh index, or in `opened` — an index of the same corpus that another
 * set used. Answers keep no state between questions asked without a chat, so sharing changes no figure; the
 * test shares one index between the two dev halves to ingest the dev corpus once.
 *
 * @example
 * const { specs } = planSets();
 * const seeds = await evaluateSet(specs[0]);
 * seeds.metrics.recallAt1
 */
export async function evaluateSet(
  spec: SetSpec,
  options: { mode?: "extractive" | "llm"; logLevel?: string } = {},
  opened?: OpenedSet,
): Promise<SetResult> {
  const started = performance.now();
  const { app, ingest, close } = opened ?? (await openSetApp(spec.corpusDir, options));
  try {
    const resolver = new QuoteResolver(app.index.passages);
    const { cases, unresolved } = casesOf(spec, app, resolver);
    const { metrics, outcomes } = await runEval(evalSystem(app), cases);
    const extracted = listObligations(app.db);
    const obligations = scoreSetObligations(spec, extracted, resolver);
    const firstGold = spec.obligations?.kind === "dev" ? spec.obligations.gold : [];
    return {
      name: spec.name,
      ...SET_INFO[spec.name],
      corpusDir: spec.corpusDir,
      metrics,
      obligations,
      ...(spec.blind && {
        blindObligations: scoreBlind(extracted, spec.blind, firstGold, resolver, {
          halves: spec.name === "devTune",
        }),
      }),
      figures: figuresOf(metrics, obligations, ingest),
      denominators: denominatorsOf(metrics, obligations),
      outcomes,
      ingest,
      unresolvedGold: unresolved,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    if (!opened) close();
  }
}
