/**
 * OCR benchmark (issue 14): the four seed documents (`corpus/*.md`) printed and scanned into image-only PDFs
 * (A4, 150 dpi, slight skew, speckles, JPEG; `scan-simulator.ts`), read back by the product's OCR, then:
 *
 * - CER: character error rate of the recognized text against the printed text (Levenshtein distance over the
 *   typed length, whitespace collapsed, page markers dropped);
 * - speed: pages per second with the worker pool warm, and the time a 5-page scan takes at that rate (plus the
 *   pool's start, paid once per ingest);
 * - responsiveness: the event loop's delay while pages are rendered and prepared on the main thread;
 * - answers: the seed eval (`eval/questions.jsonl`) over a corpus holding the scans instead of the Markdown,
 *   next to the typed corpus measured in the same run: fact accuracy, Recall@5, citation hit rate.
 *
 *   npm run -s bench:ocr -- [--workers N] [--json]
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Command } from "commander";
import { loadQuestions, runEval } from "../eval/eval-harness.ts";
import { DEFAULT_PATHS, evalSystem, evaluateSet, planSets } from "../eval/eval-sets.ts";
import { createApp } from "../src/app.ts";
import { loadConfig } from "../src/config/config.ts";
import { convertUpload } from "../src/corpus/convert-upload.ts";
import { createTesseractEngine } from "../src/corpus/ocr/tesseract-engine.ts";
import { createLogger } from "../src/logger.ts";
import { markdownBlocks, scannedPdf } from "./scan-simulator.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SEEDS = path.join(ROOT, "corpus");

/** Edit distance between two strings, two rows of memory. */
export function levenshtein(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

const flat = (text: string) =>
  text
    .replace(/<!--[^>]*-->/g, " ")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();

interface DocFigures {
  id: string;
  pages: number;
  seconds: number;
  cpuSeconds: number;
  cer: number;
  minConfidence: number;
}

async function main() {
  const opts = new Command()
    .option("--workers <n>", "OCR worker threads", (v) => Number.parseInt(v, 10), availableParallelism())
    .option(
      "--dpi <n>",
      "resolution scanned pages are rendered at for OCR",
      (v) => Number.parseInt(v, 10),
      300,
    )
    .option("--json", "print the figures as JSON")
    .parse()
    .opts<{ workers: number; dpi: number; json?: boolean }>();
  const work = mkdtempSync(path.join(tmpdir(), "troly-bench-ocr-"));
  const scans = path.join(work, "scans");
  const cacheDir = path.join(work, "ocr-cache");
  mkdirSync(scans);
  try {
    const startedPool = performance.now();
    const engine = await createTesseractEngine({ workers: opts.workers });
    const poolSeconds = (performance.now() - startedPool) / 1000;
    const docs: DocFigures[] = [];
    // How long the event loop is held while pages are rendered and prepared: what a question asked meanwhile waits.
    // Recorded only while a conversion runs, not while this bench prints scans or computes CER.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    const files = readdirSync(SEEDS).filter((f) => f.endsWith(".md"));
    for (const [i, file] of files.entries()) {
      const blocks = markdownBlocks(readFileSync(path.join(SEEDS, file), "utf8"));
      const pdf = scannedPdf(blocks, i + 1);
      const name = file.replace(/\.md$/, ".pdf");
      writeFileSync(path.join(scans, name), pdf);
      const started = performance.now();
      const cpu = process.cpuUsage();
      loopDelay.enable();
      const converted = await convertUpload(pdf, name, {
        ocr: { engine, cacheDir, dpi: opts.dpi },
        maxBytes: 50 * 2 ** 20,
      });
      loopDelay.disable();
      const seconds = (performance.now() - started) / 1000;
      // CPU time of every thread of this process (the workers are threads): the figure a loaded machine keeps.
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      const typed = flat(blocks.map((b) => b.text).join(" "));
      const cer = levenshtein(flat(converted.text), typed) / typed.length;
      const confidences = converted.ocr?.pages.map((p) => p.confidence) ?? [0];
      docs.push({
        id: file.replace(/\.md$/, ""),
        pages: converted.pages ?? 0,
        seconds,
        cpuSeconds,
        cer,
        minConfidence: Math.min(...confidences),
      });
      if (!opts.json)
        console.error(
          `${name}: ${converted.pages} trang, ${seconds.toFixed(1)} s, CER ${(100 * cer).toFixed(2)} %`,
        );
    }
    await engine.close();

    // The eval over the scans: a fresh index whose OCR cache already holds this run's results (same bytes).
    const seeds = planSets({}, ["seeds"]).specs[0];
    const typed = await evaluateSet(seeds);
    const dataDir = path.join(work, "data");
    cpSync(cacheDir, path.join(dataDir, "ocr-cache"), { recursive: true });
    const config = loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: scans, LOG_LEVEL: "silent" });
    const app = await createApp(config, createLogger("silent"), { buildIfEmpty: false });
    const ingest = await app.ingest();
    const scanned = (await runEval(evalSystem(app), loadQuestions(DEFAULT_PATHS.seedQuestions))).metrics;
    app.close();

    const pages = docs.reduce((s, d) => s + d.pages, 0);
    const seconds = docs.reduce((s, d) => s + d.seconds, 0);
    const cpuPerPage = docs.reduce((s, d) => s + d.cpuSeconds, 0) / pages;
    const chars = docs.map((d) => d.cer);
    const figures = {
      workers: opts.workers,
      documents: docs,
      pages,
      pagesPerSecond: pages / seconds,
      poolStartSeconds: poolSeconds,
      fivePageScanSeconds: poolSeconds + 5 / (pages / seconds),
      cpuSecondsPerPage: cpuPerPage,
      /** On an otherwise idle machine: the pages' CPU time shared by the workers, plus the pool's start. */
      fivePageScanIdleSeconds:
        poolSeconds + (5 * cpuPerPage) / Math.min(opts.workers, availableParallelism()),
      cerMean: chars.reduce((s, c) => s + c, 0) / chars.length,
      cerMax: Math.max(...chars),
      ingestErrors: ingest.errors,
      eventLoopDelayMs: {
        p95: loopDelay.percentile(95) / 1e6,
        p99: loopDelay.percentile(99) / 1e6,
        max: loopDelay.max / 1e6,
      },
      typed: pick(typed.metrics),
      scanned: pick(scanned),
    };
    if (opts.json) console.log(JSON.stringify(figures, null, 2));
    else print(figures);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const pick = (m: {
  factAccuracy: number;
  recallAt5: number;
  citationHitRate: number;
  questions: number;
}) => ({
  factAccuracy: m.factAccuracy,
  recallAt5: m.recallAt5,
  citationHitRate: m.citationHitRate,
  questions: m.questions,
});

function print(f: {
  workers: number;
  documents: DocFigures[];
  pages: number;
  pagesPerSecond: number;
  poolStartSeconds: number;
  fivePageScanSeconds: number;
  cpuSecondsPerPage: number;
  fivePageScanIdleSeconds: number;
  cerMean: number;
  cerMax: number;
  ingestErrors: unknown[];
  eventLoopDelayMs: { p95: number; p99: number; max: number };
  typed: ReturnType<typeof pick>;
  scanned: ReturnType<typeof pick>;
}) {
  const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
  console.log(`OCR of the ${f.documents.length} seed documents as 150 dpi scans, ${f.workers} workers\n`);
  console.log("| document | pages | seconds | CPU seconds | CER | lowest page confidence |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const d of f.documents)
    console.log(
      `| ${d.id} | ${d.pages} | ${d.seconds.toFixed(1)} | ${d.cpuSeconds.toFixed(1)} | ${pct(d.cer)} | ${d.minConfidence} |`,
    );
  console.log(
    `\nCER mean ${pct(f.cerMean)}, max ${pct(f.cerMax)} (goal ≤ 3 %); ${f.pagesPerSecond.toFixed(2)} pages/s; ` +
      `pool start ${f.poolStartSeconds.toFixed(1)} s; a 5-page scan ≈ ${f.fivePageScanSeconds.toFixed(1)} s here (goal < 60 s)`,
  );
  console.log(
    `CPU ${f.cpuSecondsPerPage.toFixed(1)} s per page: on an idle machine with these workers a 5-page scan ≈ ` +
      `${f.fivePageScanIdleSeconds.toFixed(1)} s`,
  );
  const d = f.eventLoopDelayMs;
  console.log(
    `event loop delay during OCR: p95 ${d.p95.toFixed(0)} ms, p99 ${d.p99.toFixed(0)} ms, max ${d.max.toFixed(0)} ms`,
  );
  console.log(`ingest of the scan corpus: ${f.ingestErrors.length} errors\n`);
  console.log("| seed eval | fact accuracy | Recall@5 | citation hit rate |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [name, m] of [
    ["typed Markdown", f.typed],
    ["scanned PDFs", f.scanned],
  ] as const)
    console.log(`| ${name} | ${pct(m.factAccuracy)} | ${pct(m.recallAt5)} | ${pct(m.citationHitRate)} |`);
  const gap = 100 * (f.typed.factAccuracy - f.scanned.factAccuracy);
  console.log(`\nfact accuracy gap ${gap.toFixed(1)} points (goal ≤ 5)`);
}

await main();
