/**
 * `npm run eval`: builds a fresh index of corpus/ in a temporary folder, asks every question of
 * eval/questions.jsonl, prints the metrics and writes eval/results/latest.json and latest.md.
 * `--check` exits non-zero when a metric is below eval/thresholds.json; `--calibrate` sweeps the refusal threshold.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
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
import { loadGoldObligations, obligationReport, scoreObligations } from "./obligation-metrics.ts";

const round = (x: number) => Math.round(x * 1000) / 1000;

const here = path.dirname(new URL(import.meta.url).pathname);

async function main() {
  const opts = new Command()
    .option("--questions <file>", "questions JSONL", path.join(here, "questions.jsonl"))
    .option("--obligations <file>", "gold obligations JSONL", path.join(here, "obligations.gold.jsonl"))
    .option("--check", "fail when a metric is below eval/thresholds.json")
    .option("--calibrate", "print refusal/answer quality for a range of refusal thresholds")
    .parse()
    .opts<{ questions: string; obligations: string; check?: boolean; calibrate?: boolean }>();
  const dataDir = mkdtempSync(path.join(tmpdir(), "troly-eval-"));
  const config = loadConfig({
    DATA_DIR: dataDir,
    CORPUS_DIR: path.join(here, "..", "corpus"),
    LOG_LEVEL: "warn",
  });
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
    const score = scoreObligations(listObligations(app.db), loadGoldObligations(opts.obligations));
    const extraction = {
      obligationPrecision: round(score.precision),
      obligationRecall: round(score.recall),
      deadlineAccuracy: round(score.deadlineAccuracy),
    };
    const resultsDir = path.join(here, "results");
    mkdirSync(resultsDir, { recursive: true });
    const report = `${markdownReport(metrics, outcomes)}\n${obligationReport(score)}`;
    writeFileSync(
      path.join(resultsDir, "latest.json"),
      `${JSON.stringify({ metrics, obligations: { ...extraction, ...score }, outcomes }, null, 2)}\n`,
    );
    writeFileSync(path.join(resultsDir, "latest.md"), report);
    console.log(report.split("\n## Misses")[0]);
    console.log(obligationReport(score).split("\n### ")[0]);
    console.log(`Per-question results: ${path.relative(process.cwd(), path.join(resultsDir, "latest.md"))}`);
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
