/**
 * The product path at scale: ALQAC articles padded to `--articles` (as bench:retrieval pads them; the parser makes
 * ~7 passages of an article, one per clause, so 1,400 articles are ~10,000 passages) written as Markdown documents, ingested by the app (cold start: parse, store, obligations, index), the app opened again on
 * the same data folder (warm start: the saved lexical index is read, nothing re-analysed), then `/api/ask` on the
 * real Hono server on loopback under `--clients` concurrent clients, each asking ALQAC questions in turn.
 *
 *   npx tsx bench/ask-load.ts [--articles 1400] [--clients 32] [--requests 20] [--think-ms 0] [--no-load] [--json]
 *
 * Clients ask back to back (a closed loop: the server's capacity) unless `--think-ms` has each pause between an
 * answer and its next question, as people do (not in step: see `load`). The clients run in a worker thread, so the server's event loop does
 * not also run 32 HTTP clients (`--clients-in-process` puts them back on it, as this benchmark first measured).
 *
 * The web page's per-address limit (10 questions, then 30 a minute) is lifted for the run: it is there against
 * one visitor flooding, and would otherwise measure only itself.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { Command } from "commander";
import { createApp } from "../src/app.ts";
import { RateLimiter } from "../src/bot/rate-limiter.ts";
import { appWebBackend } from "../src/channels/web/web-backend.ts";
import { mountWebPage } from "../src/channels/web/web-routes.ts";
import { loadConfig } from "../src/config/config.ts";
import { createLogger } from "../src/logger.ts";
import { percentile } from "../src/search/retrieval-metrics.ts";
import { HttpServer } from "../src/server/http-server.ts";
import { type CorpusRow, headingOf, paddedRows, type QueryRow, readJsonl } from "./retrieval.ts";
import { seededRandom } from "./seeded-random.ts";

const ALQAC = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "shared",
  "benchmarks",
  "alqac",
);
/** Articles per generated document: a law of a hundred articles. */
const ARTICLES_PER_DOCUMENT = 100;

/** One Markdown document per hundred articles: front matter, then "Điều N. heading" and the article's text. */
function writeCorpus(dir: string, rows: Iterable<CorpusRow>): number {
  mkdirSync(dir, { recursive: true });
  let batch: CorpusRow[] = [];
  let documents = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const id = `alqac-${String(documents).padStart(5, "0")}`;
    const law = batch[0].title.replace(/,\s*Điều\s*\d+\s*$/u, "");
    const body = batch.map((row, i) => {
      const heading = headingOf(row);
      const text = heading ? row.text.split("\n").slice(1).join("\n\n") : row.text.replaceAll("\n", "\n\n");
      return `Điều ${i + 1}. ${heading || row.id}\n\n${text}`;
    });
    const front = ["---", `id: ${id}`, `title: ${JSON.stringify(law)}`, "kind: Luật", "---", ""];
    writeFileSync(
      path.join(dir, `${id}.md`),
      `${front.join("\n")}\n${law.toUpperCase()}\n\n${body.join("\n\n")}\n`,
    );
    documents++;
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length === ARTICLES_PER_DOCUMENT) flush();
  }
  flush();
  return documents;
}

const rssMb = () => process.memoryUsage().rss / 2 ** 20;

/** `clients` loops, each posting its share of questions one after another; latency per answer. */
async function load(base: string, questions: string[], clients: number, requests: number, thinkMs = 0) {
  const times: number[] = [];
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      // People do not ask in step: each client starts at a random moment of the first pause, and each pause is
      // between half and one and a half times --think-ms (seeded, so every run draws the same ones).
      const random = seededRandom(client + 1);
      const pause = (share: number) => new Promise((resolve) => setTimeout(resolve, share * thinkMs));
      if (thinkMs > 0) await pause(random());
      for (let r = 0; r < requests; r++) {
        const question = questions[(client * requests + r) % questions.length];
        const t0 = performance.now();
        const response = await fetch(`${base}/api/ask`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ question }),
        });
        await response.arrayBuffer();
        times.push(performance.now() - t0);
        if (response.status !== 200) failed++;
        if (thinkMs > 0) await pause(0.5 + random());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    clients,
    answers: times.length,
    failed,
    answersPerSecond: times.length / seconds,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
  };
}

interface LoadSpec {
  base: string;
  questions: string[];
  clients: number;
  requests: number;
  thinkMs: number;
}

/** {@link load} in a worker thread: the clients' own work (HTTP, JSON) does not run on the server's event loop. */
function loadInWorker(spec: LoadSpec): Promise<Awaited<ReturnType<typeof load>>> {
  return new Promise((resolve, reject) => {
    // The worker runs this file under tsx, as the main thread does (a worker does not inherit its loader).
    const entry = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(entry, { eval: true, workerData: spec });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/** The warm start alone, in a fresh process: prints one JSON line. */
async function warmChild(dir: string) {
  const config = loadConfig({ DATA_DIR: path.join(dir, "data"), CORPUS_DIR: path.join(dir, "corpus") });
  const t0 = performance.now();
  const app = await createApp(config, createLogger("silent"));
  const warmMs = performance.now() - t0;
  console.log(JSON.stringify({ warmMs, lexicalIndex: app.index.lexicalSource, rssMb: rssMb() }));
  app.close();
}

async function main() {
  const childAt = process.argv.indexOf("--warm-child");
  if (childAt >= 0) return warmChild(process.argv[childAt + 1]);
  const opts = new Command()
    .option("--articles <n>", "articles to generate (ALQAC padded)", (v) => Number.parseInt(v, 10), 1400)
    .option("--clients <n>", "concurrent clients", (v) => Number.parseInt(v, 10), 32)
    .option("--requests <n>", "questions per client", (v) => Number.parseInt(v, 10), 20)
    .option(
      "--think-ms <n>",
      "pause of each client between answer and next question",
      (v) => Number.parseInt(v, 10),
      0,
    )
    .option("--no-load", "measure ingest and start-up only")
    .option("--clients-in-process", "run the clients on the server's event loop instead of a worker thread")
    .option("--dir <dir>", "work folder (default: a new temporary one)")
    .option("--json", "print one JSON object as the last line")
    .parse()
    .opts<{
      thinkMs: number;
      articles: number;
      clients: number;
      requests: number;
      load: boolean;
      clientsInProcess?: boolean;
      dir?: string;
      json?: boolean;
    }>();
  const dir = opts.dir ?? path.join(tmpdir(), `troly-ask-load-${process.pid}`);
  const corpus = readJsonl<CorpusRow>(path.join(ALQAC, "corpus.jsonl"));
  const queries = readJsonl<QueryRow>(path.join(ALQAC, "queries.jsonl"));
  const documents = writeCorpus(path.join(dir, "corpus"), paddedRows(corpus, queries, opts.articles));
  const config = loadConfig({ DATA_DIR: path.join(dir, "data"), CORPUS_DIR: path.join(dir, "corpus") });
  const logger = createLogger("silent");

  const t0 = performance.now();
  const cold = await createApp(config, logger);
  const coldMs = performance.now() - t0;
  const passages = cold.index.passages.length;
  const coldRssMb = rssMb();
  cold.close();
  // A restart is a new process: measured in a child, so this one's heap (the cold app's garbage) does not count.
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), "--warm-child", dir],
    {
      encoding: "utf8",
    },
  );
  const warm = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as {
    warmMs: number;
    lexicalIndex: string;
    rssMb: number;
  };
  const warmMs = warm.warmMs;
  const app = await createApp(config, logger);
  const start = {
    documents,
    passages,
    coldStartMs: coldMs,
    ingestPassagesPerSecond: passages / (coldMs / 1000),
    warmStartMs: warmMs,
    lexicalIndex: warm.lexicalIndex,
    rssAfterColdMb: coldRssMb,
    rssAfterWarmMb: warm.rssMb,
  };
  console.log(
    `${passages} passages in ${documents} documents: cold start (ingest) ${(coldMs / 1000).toFixed(1)} s ` +
      `(${start.ingestPassagesPerSecond.toFixed(0)} passages/s), warm start ${(warmMs / 1000).toFixed(2)} s ` +
      `(lexical index: ${start.lexicalIndex}), RSS ${start.rssAfterWarmMb.toFixed(0)} MB`,
  );
  let served: (Awaited<ReturnType<typeof load>> & { thinkMs: number; clientsInProcess: boolean }) | null =
    null;
  if (opts.load) {
    const http = new HttpServer(logger);
    const web = mountWebPage(http, appWebBackend(app), logger, {});
    web.limits.ask = new RateLimiter({
      capacity: Number.MAX_SAFE_INTEGER,
      perMinute: Number.MAX_SAFE_INTEGER,
    });
    const server = await http.listen(0, "127.0.0.1");
    const { port } = server.address() as { port: number };
    const questions = queries.map((q) => q.question);
    const base = `http://127.0.0.1:${port}`;
    const run = (spec: LoadSpec) =>
      opts.clientsInProcess
        ? load(spec.base, spec.questions, spec.clients, spec.requests, spec.thinkMs)
        : loadInWorker(spec);
    // Warm-up (JIT), not measured.
    await run({ base, questions, clients: 4, requests: 10, thinkMs: 0 });
    const spec = { base, questions, clients: opts.clients, requests: opts.requests, thinkMs: opts.thinkMs };
    served = {
      ...(await run(spec)),
      thinkMs: opts.thinkMs,
      clientsInProcess: opts.clientsInProcess ?? false,
    };
    console.log(
      `/api/ask, ${served.clients} clients, ${served.answers} answers (${served.failed} failed): ` +
        `${served.answersPerSecond.toFixed(0)} answers/s, p50 / p95 / p99 ${served.p50Ms.toFixed(1)} / ` +
        `${served.p95Ms.toFixed(1)} / ${served.p99Ms.toFixed(1)} ms`,
    );
    server.close();
  }
  app.close();
  // A temporary folder is removed; one given with --dir is kept (e.g. to time further starts on it).
  if (!opts.dir) rmSync(dir, { recursive: true, force: true });
  if (opts.json) console.log(JSON.stringify({ start, ask: served }));
}

if (isMainThread)
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
else {
  const spec = workerData as LoadSpec;
  load(spec.base, spec.questions, spec.clients, spec.requests, spec.thinkMs).then((result) =>
    parentPort?.postMessage(result),
  );
}
