/**
 * `npm run eval`: measures three sets, each in its own fresh index in a temporary folder — the seeds
 * (eval/questions.jsonl over corpus/), and the tuning and held-out halves of the development set (eval/dev/ over
 * ../shared/dev-corpus/docs; skipped, with a message, when either is missing) — prints them side by side and writes
 * eval/results/<timestamp>-<mode>/ (results.json, report.md, report.html compared with the previous run) plus
 * eval/results/latest.json and latest.md.
 * `--mode llm` builds the app from the environment (LLM_MODEL…) instead of the offline extractive answerer.
 * `--check` exits non-zero when a hard gate of eval/thresholds.json fails; targets not met are only reported.
 * `--ratchet` raises the dev sets' hard gates to what was measured, less a small margin.
 * `--calibrate` sweeps the refusal threshold on the seeds.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { DEFAULT_EXTRACTIVE, ExtractiveAnswerer } from "../src/answer/extractive-answerer.ts";
import { blindSummary } from "./blind-obligations.ts";
import { loadQuestions, runEval, summarize } from "./eval-harness.ts";
import {
  DEFAULT_PATHS,
  evalSystem,
  evaluateSet,
  openSetApp,
  planSets,
  SET_INFO,
  type SetResult,
} from "./eval-sets.ts";
import {
  checkGates,
  type GateResult,
  loadThresholds,
  RATCHET_MARGIN,
  ratchetGates,
  SET_NAMES,
  type SetName,
  saveThresholds,
} from "./gates.ts";
import { type EvalRun, htmlReport } from "./html-report.ts";
import { type EvaluatedSet, setsMarkdown, summaryTable } from "./sets-report.ts";

const here = path.dirname(new URL(import.meta.url).pathname);

type Mode = "extractive" | "llm";
const RUN_DIR = /^(\d{4}-\d{2}-\d{2}T[\d-]+Z)-(extractive|llm)$/;

/** "2025-11-25T17:34:00.123Z" → "2025-11-25T17-34-00-123Z": sortable and valid on every file system. */
const stamp = (iso: string) => iso.replace(/[:.]/g, "-");

/** The newest run in `resultsDir` older than `before`, with the same mode if there is one, else any mode. */
function previousRun(resultsDir: string, mode: Mode, before: string): EvalRun | null {
  if (!existsSync(resultsDir)) return null;
  const runs = readdirSync(resultsDir)
    .map((name) => ({ name, match: RUN_DIR.exec(name) }))
    .filter(
      ({ name, match }) =>
        match && match[1] < before && existsSync(path.join(resultsDir, name, "results.json")),
    )
    .sort((a, b) => (a.match?.[1] ?? "").localeCompare(b.match?.[1] ?? ""))
    .reverse();
  const chosen = runs.find((r) => r.match?.[2] === mode) ?? runs[0];
  if (!chosen) return null;
  try {
    return JSON.parse(readFileSync(path.join(resultsDir, chosen.name, "results.json"), "utf8")) as EvalRun;
  } catch {
    return null;
  }
}

const setList = (value: string): SetName[] => {
  const names = value.split(",").map((s) => s.trim());
  const wrong = names.filter((n) => !(SET_NAMES as readonly string[]).includes(n));
  if (wrong.length) throw new Error(`--sets: unknown ${wrong.join(", ")}; use ${SET_NAMES.join(", ")}`);
  return names as SetName[];
};

async function calibrate(questionsFile: string, corpusDir: string) {
  const { app, close } = await openSetApp(corpusDir, { logLevel: "warn" });
  try {
    const questions = loadQuestions(questionsFile);
    for (const minCoverage of [0.1, 0.15, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35, 0.4]) {
      const answerer = new ExtractiveAnswerer(app.index, { ...DEFAULT_EXTRACTIVE, minCoverage });
      const { metrics: m } = await runEval(evalSystem(app, answerer), questions);
      console.log(
        `minCoverage=${minCoverage} refusalP=${m.refusalPrecision} refusalR=${m.refusalRecall} falseRefusal=${m.falseRefusalRate} facts=${m.factAccuracy} citeHit=${m.citationHitRate}`,
      );
    }
  } finally {
    close();
  }
}

/** A warning when --mode llm ran but no answer came from the model. */
function reportLlmUse(results: readonly SetResult[]) {
  const outcomes = results.flatMap((r) => r.outcomes);
  const answered = outcomes.filter((o) => !o.refused);
  if (outcomes.every((o) => o.mode !== "llm")) {
    console.warn(
      'WARNING: --mode llm, but every answer came back with mode "extractive": LLM_MODEL is not set or the ' +
        "endpoint failed; answers fell back to extractive. These results measure the extractive answerer.",
    );
  } else {
    const byModel = answered.filter((o) => o.mode === "llm").length;
    console.log(`The model wrote ${byModel} of ${answered.length} answers; the rest are extractive.`);
  }
}

async function main() {
  const opts = new Command()
    .option("--questions <file>", "seed questions JSONL", DEFAULT_PATHS.seedQuestions)
    .option("--obligations <file>", "seed gold obligations JSONL", DEFAULT_PATHS.seedObligations)
    .option(
      "--dev <dir>",
      "development set folder (questions.jsonl, obligations.gold.jsonl)",
      DEFAULT_PATHS.devDir,
    )
    .option(
      "--dev-corpus <dir>",
      "the documents of the development set (or EVAL_DEV_CORPUS)",
      DEFAULT_PATHS.devCorpus,
    )
    .option("--sets <names>", `comma-separated subset of ${SET_NAMES.join(",")}`, setList, [...SET_NAMES])
    .option("--check", "fail when a hard gate of eval/thresholds.json fails")
    .option(
      "--ratchet",
      `raise the dev sets' hard gates to the measured values less ${RATCHET_MARGIN} or one item`,
    )
    .option("--calibrate", "print refusal/answer quality for a range of refusal thresholds (seeds)")
    .addOption(
      new Option("--mode <mode>", "extractive (offline) or llm (the app as configured by LLM_MODEL…)")
        .choices(["extractive", "llm"])
        .default("extractive"),
    )
    .parse()
    .opts<{
      questions: string;
      obligations: string;
      dev: string;
      devCorpus: string;
      sets: SetName[];
      check?: boolean;
      ratchet?: boolean;
      calibrate?: boolean;
      mode: Mode;
    }>();
  if (opts.calibrate) return calibrate(opts.questions, DEFAULT_PATHS.seedCorpus);
  const startedAt = new Date().toISOString();
  const { specs, skipped } = planSets(
    {
      seedQuestions: opts.questions,
      seedObligations: opts.obligations,
      devDir: opts.dev,
      devCorpus: path.resolve(opts.devCorpus),
    },
    opts.sets,
  );
  for (const s of skipped) console.log(`${SET_INFO[s.name].label} skipped: ${s.reason}`);
  const thresholdsFile = path.join(here, "thresholds.json");
  const thresholds = loadThresholds(thresholdsFile);
  const sets: EvaluatedSet[] = [];
  for (const spec of specs) {
    const result = await evaluateSet(spec, { mode: opts.mode, logLevel: "warn" });
    sets.push({ ...result, gates: checkGates(result.figures, thresholds[spec.name]) });
    console.error(
      `${result.label}: ${result.outcomes.length} questions in ${(result.ms / 1000).toFixed(1)} s`,
    );
  }
  if (opts.mode === "llm") reportLlmUse(sets);

  const seeds = sets.find((s) => s.name === "seeds");
  const run: EvalRun = {
    // The seeds at the top level, as before the dev sets existed, for readers of latest.json.
    metrics: (seeds ?? sets[0])?.metrics ?? summarize([]),
    obligations: seeds?.obligations ?? null,
    outcomes: seeds?.outcomes ?? [],
    mode: opts.mode,
    startedAt,
    sets: Object.fromEntries(sets.map((s) => [s.name, s])),
    skipped,
  };
  const resultsDir = path.join(here, "results");
  const runDir = path.join(resultsDir, `${stamp(startedAt)}-${opts.mode}`);
  mkdirSync(runDir, { recursive: true });
  const previous = previousRun(resultsDir, opts.mode, stamp(startedAt));
  const report = setsMarkdown(sets, skipped, { mode: opts.mode, startedAt });
  const json = `${JSON.stringify(run, null, 2)}\n`;
  writeFileSync(path.join(runDir, "results.json"), json);
  writeFileSync(path.join(runDir, "report.md"), report);
  writeFileSync(path.join(runDir, "report.html"), htmlReport(run, previous));
  // latest.* keep the seeds at the top level, so a run without them (--sets) does not replace them.
  if (seeds) {
    writeFileSync(path.join(resultsDir, "latest.json"), json);
    writeFileSync(path.join(resultsDir, "latest.md"), report);
  }
  console.log(summaryTable(sets, skipped));
  for (const s of sets) if (s.blindObligations) console.log(blindSummary(s.label, s.blindObligations));
  const gateLines = (kind: GateResult["status"]) =>
    sets.flatMap((s) => s.gates.filter((g) => g.status === kind).map((g) => `  ${s.label}: ${g.message}`));
  const below = gateLines("below-target");
  const failed = gateLines("fail");
  if (below.length) console.log(`\nBelow target (reported, not failed):\n${below.join("\n")}`);
  if (failed.length) console.log(`\nBelow a hard gate:\n${failed.join("\n")}`);
  const shown = (file: string) => path.relative(process.cwd(), file);
  if (seeds) console.log(`\nPer-question results: ${shown(path.join(resultsDir, "latest.md"))}`);
  console.log(
    `Compared with: ${previous ? `${previous.mode} run of ${previous.startedAt}` : "no earlier run in eval/results"}`,
  );
  console.log(
    `Report: ${shown(path.join(runDir, "report.md"))}; HTML: ${shown(path.join(runDir, "report.html"))}`,
  );
  if (opts.ratchet) {
    for (const s of sets.filter((s) => s.name !== "seeds"))
      thresholds[s.name] = ratchetGates(thresholds[s.name], s.figures, s.denominators);
    saveThresholds(thresholdsFile, thresholds);
    console.log(
      `Ratcheted the hard gates of ${sets.filter((s) => s.name !== "seeds").length} dev set(s) in ${shown(thresholdsFile)}`,
    );
  }
  if (opts.check && failed.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
