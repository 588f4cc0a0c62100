/**
 * `npm run eval`: builds a fresh index of corpus/ in a temporary folder, asks every question of
 * eval/questions.jsonl, prints the metrics and writes eval/results/<timestamp>-<mode>/ (results.json, report.md,
 * report.html compared with the previous run) plus eval/results/latest.json and latest.md.
 * `--mode llm` builds the app from the environment (LLM_MODEL…) instead of the offline extractive answerer.
 * `--check` exits non-zero when a metric is below eval/thresholds.json; `--calibrate` sweeps the refusal threshold.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command, Option } from "commander";
import type { Answer } from "../src/answer/answer.ts";
import { DEFAULT_EXTRACTIVE, ExtractiveAnswerer } from "../src/answer/extractive-answerer.ts";
import { createApp } from "../src/app.ts";
import { loadConfig } from "../src/config/config.ts";
import { createLogger } from "../src/logger.ts";
import { listObligations } from "../src/obligations/obligation-store.ts";
import {
  failedThresholds,
  loadQuestions,
  markdownReport,
  runEval,
  thresholdsSchema,
} from "./eval-harness.ts";
import { type EvalRun, htmlReport } from "./html-report.ts";
import { loadGoldObligations, obligationReport, scoreObligations } from "./obligation-metrics.ts";

const round = (x: number) => Math.round(x * 1000) / 1000;

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

async function main() {
  const opts = new Command()
    .option("--questions <file>", "questions JSONL", path.join(here, "questions.jsonl"))
    .option("--obligations <file>", "gold obligations JSONL", path.join(here, "obligations.gold.jsonl"))
    .option("--check", "fail when a metric is below eval/thresholds.json")
    .option("--calibrate", "print refusal/answer quality for a range of refusal thresholds")
    .addOption(
      new Option("--mode <mode>", "extractive (offline) or llm (the app as configured by LLM_MODEL…)")
        .choices(["extractive", "llm"])
        .default("extractive"),
    )
    .parse()
    .opts<{ questions: string; obligations: string; check?: boolean; calibrate?: boolean; mode: Mode }>();
  const startedAt = new Date().toISOString();
  const dataDir = mkdtempSync(path.join(tmpdir(), "troly-eval-"));
  const fixed = { DATA_DIR: dataDir, CORPUS_DIR: path.join(here, "..", "corpus"), LOG_LEVEL: "warn" };
  // extractive: nothing from the environment, so a developer's LLM_MODEL or EMBEDDINGS_MODEL cannot leak in.
  const config = loadConfig(opts.mode === "llm" ? { ...process.env, ...fixed } : fixed);
  const app = await createApp(config, createLogger("warn"));
  try {
    const questions = loadQuestions(opts.questions);
    const system = (answerer: { answer(q: string): Promise<Answer> }) => ({
      search: async (q: string, k: number) => (await app.index.search(q, k)).map((h) => h.passage.id),
      answer: (q: string) => answerer.answer(q),
    });
    if (opts.calibrate) {
      for (const minCoverage of [0.1, 0.15, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35, 0.4]) {
        const answerer = new ExtractiveAnswerer(app.index, { ...DEFAULT_EXTRACTIVE, minCoverage });
        const { metrics: m } = await runEval(system(answerer), questions);
        console.log(
          `minCoverage=${minCoverage} refusalP=${m.refusalPrecision} refusalR=${m.refusalRecall} falseRefusal=${m.falseRefusalRate} facts=${m.factAccuracy} citeHit=${m.citationHitRate}`,
        );
      }
      return;
    }
    const { metrics, outcomes } = await runEval(system(app.answerer), questions);
    if (opts.mode === "llm") {
      const answered = outcomes.filter((o) => !o.refused);
      const byModel = answered.filter((o) => o.mode === "llm").length;
      if (outcomes.every((o) => o.mode !== "llm")) {
        console.warn(
          'WARNING: --mode llm, but every answer came back with mode "extractive": LLM_MODEL is not set or the ' +
            "endpoint failed; answers fell back to extractive. These results measure the extractive answerer.",
        );
      } else {
        console.log(`The model wrote ${byModel} of ${answered.length} answers; the rest are extractive.`);
      }
    }
    const score = scoreObligations(listObligations(app.db), loadGoldObligations(opts.obligations));
    const extraction = {
      obligationPrecision: round(score.precision),
      obligationRecall: round(score.recall),
      deadlineAccuracy: round(score.deadlineAccuracy),
    };
    const resultsDir = path.join(here, "results");
    const runDir = path.join(resultsDir, `${stamp(startedAt)}-${opts.mode}`);
    mkdirSync(runDir, { recursive: true });
    const previous = previousRun(resultsDir, opts.mode, stamp(startedAt));
    const report = `${markdownReport(metrics, outcomes)}\n${obligationReport(score)}`;
    const run = { metrics, obligations: { ...extraction, ...score }, outcomes, mode: opts.mode, startedAt };
    const json = `${JSON.stringify(run, null, 2)}\n`;
    writeFileSync(path.join(runDir, "results.json"), json);
    writeFileSync(path.join(runDir, "report.md"), report);
    writeFileSync(path.join(runDir, "report.html"), htmlReport(run, previous));
    writeFileSync(path.join(resultsDir, "latest.json"), json);
    writeFileSync(path.join(resultsDir, "latest.md"), report);
    console.log(report.split("\n## Citation quality")[0]);
    console.log(obligationReport(score).split("\n### ")[0]);
    const shown = (file: string) => path.relative(process.cwd(), file);
    console.log(`Per-question results: ${shown(path.join(resultsDir, "latest.md"))}`);
    console.log(
      `Compared with: ${previous ? `${previous.mode} run of ${previous.startedAt}` : "no earlier run in eval/results"}`,
    );
    console.log(`HTML report: ${shown(path.join(runDir, "report.html"))}`);
    if (opts.check) {
      const thresholds = thresholdsSchema.parse(
        JSON.parse(readFileSync(path.join(here, "thresholds.json"), "utf8")),
      );
      const failed = failedThresholds({ ...metrics, ...extraction }, thresholds);
      if (failed.length) {
        console.error(`Below threshold: ${failed.join("; ")}`);
        process.exitCode = 1;
      }
    }
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
