/**
 * An outside check: documents nobody here tuned on, kept outside the repository, with a blind annotation of their
 * obligations (the `obligations.blind.jsonl` format) and, optionally, questions written by reading them (the dev
 * format). Documents go to two halves in sorted order (see {@link blindHalves}): the inspected half may be read to
 * find failures, the kept half is only ever measured, and both are reported apart.
 *
 *   npm run -s eval:outside -- --docs /tmp/outside/docs --gold /tmp/outside/gold.jsonl
 *   npm run -s eval:outside -- --docs … --gold … --questions /tmp/outside/questions.jsonl --show
 *
 * `--show` lists the inspected half's misses (obligations missed, spurious, with a wrong deadline; questions failed).
 * `--show kept` or `--show all` opens the kept half too: only once its figure is on record, after which it counts as
 * inspected and a newer set takes its place as the unseen measure.
 */
import { Command } from "commander";
import { listObligations } from "../src/obligations/obligation-store.ts";
import { blindHalves } from "./blind-obligations.ts";
import { type DevGoldObligation, devCases, devGoldObligationSchema, devQuestionSchema } from "./dev-set.ts";
import { type EvalMetrics, loadJsonl, problemsOf, runEval, summarize } from "./eval-harness.ts";
import { evalSystem, openSetApp } from "./eval-sets.ts";
import { QuoteResolver } from "./gold-match.ts";
import { type ObligationScore, scoreQuotedObligations } from "./obligation-metrics.ts";

const HALVES = ["inspected", "kept", "all"] as const;
const r = (x: number | null) => (x === null ? "—" : x.toFixed(3));

/** The figures of one outside set, by half; `questions` only when a question file is given. */
export interface OutsideFigures {
  ingest: { documents: number; passages: number; errors: number };
  obligations: Record<
    Half,
    { documents: number; unresolved: DevGoldObligation[] } & ObligationScore<DevGoldObligation>
  >;
  questions?: Record<Half, EvalMetrics>;
  /** The shown half's failed questions, with what went wrong. */
  failed: string[];
}
type Half = (typeof HALVES)[number];

/**
 * Measures the product on a folder of outside documents: its obligations against the blind gold, and its answers to
 * the questions, each by document half.
 *
 * @example
 * const figures = await measureOutside({ docs: "/tmp/outside/docs", gold: "/tmp/outside/gold.jsonl" });
 * figures.obligations.kept.f1
 */
export async function measureOutside(options: {
  docs: string;
  gold: string;
  questions?: string;
  /** Whose failures `failed` lists: the inspected half unless the kept one has been opened. */
  show?: Half;
}): Promise<OutsideFigures> {
  const set = await openSetApp(options.docs);
  try {
    const { app, ingest } = set;
    // Every document of the gold is annotated exhaustively, so precision is measured over all of them.
    const gold = loadJsonl(options.gold, devGoldObligationSchema).map((g) => ({ ...g, complete: true }));
    const halves = blindHalves(gold.map((g) => g.documentId));
    const inHalf = (half: Half, documentId: string) => half === "all" || halves.get(documentId) === half;
    const extracted = listObligations(app.db);
    const resolver = new QuoteResolver(app.index.passages);
    const obligations = {} as OutsideFigures["obligations"];
    for (const half of HALVES)
      obligations[half] = {
        documents: [...halves.keys()].filter((d) => inHalf(half, d)).length,
        ...scoreQuotedObligations(
          extracted.filter((o) => inHalf(half, o.documentId)),
          gold.filter((g) => inHalf(half, g.documentId)),
          resolver,
        ),
      };
    const figures: OutsideFigures = {
      ingest: { documents: ingest.documents, passages: ingest.passages, errors: ingest.errors.length },
      obligations,
      failed: [],
    };
    if (!options.questions) return figures;
    const questions = loadJsonl(options.questions, devQuestionSchema);
    const docOf = new Map(questions.map((q) => [q.id, q.doc]));
    const { outcomes } = await runEval(evalSystem(app), devCases(questions, resolver).cases);
    const measured = {} as NonNullable<OutsideFigures["questions"]>;
    for (const half of HALVES)
      measured[half] = summarize(outcomes.filter((o) => inHalf(half, docOf.get(o.id) ?? "")));
    figures.questions = measured;
    figures.failed = outcomes
      .filter((o) => inHalf(options.show ?? "inspected", docOf.get(o.id) ?? "") && problemsOf(o).length > 0)
      .map((o) => `${o.id} ${problemsOf(o).join("; ")}: ${o.question}`);
    return figures;
  } finally {
    set.close();
  }
}

async function main(): Promise<void> {
  const options = new Command()
    .requiredOption("--docs <dir>", "folder of Markdown documents")
    .requiredOption(
      "--gold <file>",
      "blind obligations, one JSON line each (split may be any of tune / heldout)",
    )
    .option("--questions <file>", "questions in the dev format about these documents")
    .option("--show [half]", "list the misses of a half: inspected (the default), kept or all")
    .parse()
    .opts<{ docs: string; gold: string; questions?: string; show?: boolean | string }>();
  const show = options.show === undefined ? undefined : options.show === true ? "inspected" : options.show;
  if (show !== undefined && !HALVES.includes(show as Half))
    throw new Error(`--show takes one of ${HALVES.join(", ")}, not “${show}”.`);
  const figures = await measureOutside({ ...options, show: show as Half | undefined });
  const { ingest } = figures;
  console.log(
    `Ingested ${ingest.documents} documents, ${ingest.passages} passages, ${ingest.errors} errors.`,
  );
  console.log(
    "\n| half | documents | gold | extracted | matched | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const half of HALVES) {
    const s = figures.obligations[half];
    console.log(
      `| ${half} | ${s.documents} | ${s.gold} | ${s.extracted} | ${s.matched} | ${r(s.precision)} | ${r(s.recall)} | ${r(s.f1)} |`,
    );
  }
  if (show) {
    const s = figures.obligations[show as Half];
    for (const g of s.missed)
      console.error(`missed ${g.documentId} “${g.quote}” ${g.responsible.join("; ")}`);
    for (const e of s.spurious) console.error(`spurious ${e.passageId} ${e.responsible.join("; ")}`);
    for (const w of s.wrongDeadlines)
      console.error(
        `deadline ${w.extracted.passageId} gold ${w.gold.deadline.kind} ${w.gold.deadline.due} extracted ${w.extracted.deadline.kind} ${w.extracted.deadline.due} “${w.gold.deadline.text}”`,
      );
  }
  if (!figures.questions) return;
  console.log(
    "\n| half | questions | facts | citation hit | false refusals | near-miss declined |\n|---|---:|---:|---:|---:|---:|",
  );
  for (const half of HALVES) {
    const m = figures.questions[half];
    console.log(
      `| ${half} | ${m.questions} | ${r(m.factAccuracy)} | ${r(m.citationHitRate)} | ${r(m.falseRefusalRate)} | ${r(m.nearMissRefusalRate)} |`,
    );
  }
  if (show) for (const line of figures.failed) console.error(line);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
