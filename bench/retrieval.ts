/**
 * Retrieval benchmark on any {id,title,text} corpus and {id,question,relevant[]} queries (e.g. ALQAC):
 * this engine and, in the same run, a plain BM25 baseline (MiniSearch) fed the very same analyzer tokens.
 *
 *   npm run -s bench:retrieval -- --corpus ../shared/benchmarks/alqac/corpus.jsonl \
 *     --queries ../shared/benchmarks/alqac/queries.jsonl [--json]
 *
 * `--vector-ablation` compares, in one run and per query split, the engine as the product runs it (no vector
 * channel with the offline embedder) with the hashed n-gram vectors in HNSW fused at a given weight.
 * `--sizes 2000,20000,100000` pads the corpus to each size with its own articles' sentences recombined
 * (seeded, deterministic) and reports build time, query p50/p95, peak RSS and Recall@5/MRR@10 for the engine and
 * the baseline, each size and system in its own child process so memory figures do not mix.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Command } from "commander";
import MiniSearch from "minisearch";
import { Bm25Builder } from "../src/search/bm25-builder.ts";
import { HashedNgramEmbeddings } from "../src/search/hashed-ngram-embeddings.ts";
import { HeadingRerank } from "../src/search/heading-rerank.ts";
import { HnswVectorIndex } from "../src/search/hnsw-vector-index.ts";
import { DEFAULT_HYBRID, HybridSearch } from "../src/search/hybrid-search.ts";
import { f2, mean, ndcgAt, percentile, recallAt, reciprocalRank } from "../src/search/retrieval-metrics.ts";
import { analyze, analyzeQuery } from "../src/search/vietnamese-analyzer.ts";
import { seededRandom } from "./seeded-random.ts";

export interface CorpusRow {
  id: string;
  title: string;
  text: string;
}
export interface QueryRow {
  id: string;
  question: string;
  relevant: string[];
  split?: string;
}

export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** An article's heading line ("Hoạt động của trường quay"), when its first line is one. */
export function headingOf(d: CorpusRow): string {
  const first = d.text.split("\n")[0] ?? "";
  return first.length < 200 && !/[.;:]$/.test(first) ? first : "";
}

/** An article's title plus its heading line, as our parser gives headings. */
function contextOf(d: CorpusRow): string {
  const heading = headingOf(d);
  return heading ? `${d.title}\n${heading}` : d.title;
}

type Searcher = (question: string) => Promise<string[]> | string[];

async function measure(name: string, buildMs: number, search: Searcher, queries: QueryRow[]) {
  const ranked: string[][] = [];
  const times: number[] = [];
  // CPU time per query as well: wall time on the shared machine includes waiting for a core.
  const cpuTimes: number[] = [];
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    ranked.push(await search(q.question));
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(c0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const per = (fn: (r: string[], q: QueryRow) => number) => mean(queries.map((q, i) => fn(ranked[i], q)));
  return {
    name,
    queries: queries.length,
    recallAt1: per((r, q) => recallAt(r, q.relevant, 1)),
    recallAt5: per((r, q) => recallAt(r, q.relevant, 5)),
    recallAt10: per((r, q) => recallAt(r, q.relevant, 10)),
    mrrAt10: per((r, q) => reciprocalRank(r, q.relevant, 10)),
    ndcgAt10: per((r, q) => ndcgAt(r, q.relevant, 10)),
    f2Top1: per((r, q) => f2(r.slice(0, 1), q.relevant)),
    buildMs,
    queryP50Ms: percentile(times, 50),
    queryP95Ms: percentile(times, 95),
    queryCpuP50Ms: percentile(cpuTimes, 50),
    queryCpuP95Ms: percentile(cpuTimes, 95),
  };
}

interface EngineOptions {
  /** Hashed n-gram vectors in HNSW, fused at `vectorWeight`; off is what the product does offline. */
  hashedVectors: boolean;
  vectorWeight: number;
  rerank: boolean;
}

/**
 * The engine as `PassageIndex` assembles it. Rows are streamed into the builder and only ids and headings are
 * kept, so a generated corpus never sits in memory whole; build time is analysis plus indexing (plus embedding and
 * HNSW when on), not the time spent producing rows.
 */
async function buildEngine(corpus: Iterable<CorpusRow>, options: EngineOptions) {
  let buildMs = 0;
  // CPU time as well: on the shared machine wall time also counts other people's work.
  let buildCpuMs = 0;
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  // Streamed as the product builds it: each passage analyzed straight into term ids, no token arrays kept.
  const builder = new Bm25Builder();
  const ids: string[] = [];
  const headings: string[] = [];
  const texts: string[] = [];
  for (const d of corpus) {
    const t0 = performance.now();
    const c0 = cpuMs();
    builder.addText(d.text, contextOf(d));
    ids.push(d.id);
    headings.push(headingOf(d));
    buildMs += performance.now() - t0;
    buildCpuMs += cpuMs() - c0;
    if (options.hashedVectors) texts.push(`${d.title}\n${d.text}`);
  }
  const t0 = performance.now();
  const c0 = cpuMs();
  const bm25 = builder.build();
  let vectors: HnswVectorIndex | null = null;
  const embedder = new HashedNgramEmbeddings();
  if (options.hashedVectors) {
    vectors = new HnswVectorIndex(embedder.dimensions, ids.length);
    const embedded = await embedder.embedDocuments(texts);
    for (const [i, v] of embedded.entries()) vectors.add(i, v);
  }
  const fusion = { ...DEFAULT_HYBRID, vectorWeight: options.hashedVectors ? options.vectorWeight : 0 };
  const rerank = options.rerank ? new HeadingRerank(headings, (t) => bm25.idf(t)) : null;
  const hybrid = new HybridSearch(bm25, vectors, vectors ? embedder : null, fusion, rerank);
  buildMs += performance.now() - t0;
  buildCpuMs += cpuMs() - c0;
  const search: Searcher = async (q) => (await hybrid.search(q, 10)).map((h) => ids[h.index]);
  return { buildMs, buildCpuMs, search, size: ids.length };
}

function buildBaseline(corpus: readonly CorpusRow[]) {
  const t0 = performance.now();
  const mini = new MiniSearch<CorpusRow>({
    fields: ["context", "text"],
    extractField: (d, field) => (field === "context" ? contextOf(d) : d[field as keyof CorpusRow]),
    idField: "id",
    tokenize: (text, field) => (field ? analyze(text) : analyzeQuery(text)),
    processTerm: (term) => term,
  });
  mini.addAll(corpus as CorpusRow[]);
  const buildMs = performance.now() - t0;
  const search: Searcher = (q) =>
    mini
      .search(q, { combineWith: "OR" })
      .slice(0, 10)
      .map((r) => String(r.id));
  return { buildMs, search };
}

/**
 * The corpus at `size` passages. Smaller than the real corpus: every article some query needs, then the others in
 * file order. Larger: all real articles, then synthetic ones, each a real heading line and as many sentences as a
 * randomly chosen real article has, drawn from the whole corpus — legal Vietnamese with the real vocabulary and
 * term statistics, so common syllables stay common and the real articles keep competitors.
 */
export function paddedCorpus(
  corpus: readonly CorpusRow[],
  queries: readonly QueryRow[],
  size: number,
  seed = 13,
): CorpusRow[] {
  return [...paddedRows(corpus, queries, size, seed)];
}

/** {@link paddedCorpus} one row at a time, so the engine can index a 100k corpus without holding it. */
export function* paddedRows(
  corpus: readonly CorpusRow[],
  queries: readonly QueryRow[],
  size: number,
  seed = 13,
): Generator<CorpusRow> {
  if (size <= corpus.length) {
    const needed = new Set(queries.flatMap((q) => q.relevant));
    const first = corpus.filter((d) => needed.has(d.id));
    const rest = corpus.filter((d) => !needed.has(d.id));
    yield* [...first, ...rest].slice(0, size);
    return;
  }
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const split = (text: string) =>
    text
      .split(/\n|(?<=[.;:])\s+/)
      .map((s) => s.trim())
      .filter(Boolean);
  const bodies = corpus.map((d) => split(d.text).slice(headingOf(d) ? 1 : 0));
  const sentences = bodies.flat();
  const headings = corpus.map(headingOf).filter(Boolean);
  const positions = new Map(corpus.map((d, i) => [d, i]));
  yield* corpus;
  for (let i = 0; corpus.length + i < size; i++) {
    const model = pick(corpus);
    const length = Math.max(1, bodies[positions.get(model) ?? -1]?.length ?? 3);
    const lines = [pick(headings)];
    for (let j = 0; j < length; j++) lines.push(pick(sentences));
    const law = model.title.replace(/,\s*Điều\s*\d+\s*$/u, "");
    yield { id: `pad-${i}`, title: `${law}, Điều ${1000 + i}`, text: lines.join("\n") };
  }
}

/** Evenly spaced queries, so a slow system is measured on a sample that spans the whole set. */
const sample = <T>(list: readonly T[], n: number): T[] =>
  n >= list.length ? [...list] : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);

interface SizeSpec {
  corpus: string;
  queries: string;
  size: number;
  system: "engine" | "baseline";
  maxQueries: number;
}

/** One size and system, run in a child process: prints one JSON line. */
async function runSize(spec: SizeSpec) {
  const source = readJsonl<CorpusRow>(spec.corpus);
  const allQueries = readJsonl<QueryRow>(spec.queries);
  const rows = () => paddedRows(source, allQueries, spec.size);
  // Only the ids are needed to know which questions the corpus can answer.
  const present = new Set<string>();
  for (const d of rows()) {
    if (d.id.startsWith("pad-")) break;
    present.add(d.id);
  }
  const all = allQueries.filter((q) => q.relevant.every((r) => present.has(r)));
  const queries = sample(all, spec.maxQueries);
  const built =
    spec.system === "engine"
      ? await buildEngine(rows(), { hashedVectors: false, vectorWeight: 0, rerank: true })
      : { ...buildBaseline([...rows()]), size: spec.size };
  const rssAfterBuild = process.memoryUsage().rss;
  const result = await measure(spec.system, built.buildMs, built.search, queries);
  const buildCpuMs = "buildCpuMs" in built ? built.buildCpuMs : undefined;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      size: built.size,
      ...result,
      buildCpuMs,
      rssAfterBuildMb: rssAfterBuild / 2 ** 20,
      peakRssMb: peakRss / 2 ** 20,
    }),
  );
}

function runSizes(opts: {
  maxHeapMb: number;
  systems: ("engine" | "baseline")[];
  corpus: string;
  queries: string;
  sizes: string;
  baselineQueries: number;
  json?: boolean;
}) {
  const sizes = opts.sizes.split(",").map((s) => Number.parseInt(s.trim(), 10));
  const self = fileURLToPath(import.meta.url);
  const results: Record<string, unknown>[] = [];
  console.log("| passages | system | queries | build | query p50 / p95 | peak RSS | Recall@5 | MRR@10 |");
  console.log("|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const size of sizes) {
    for (const system of opts.systems) {
      const spec: SizeSpec = {
        corpus: opts.corpus,
        queries: opts.queries,
        size,
        system,
        maxQueries: system === "engine" ? Number.MAX_SAFE_INTEGER : opts.baselineQueries,
      };
      const child = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          `--max-old-space-size=${opts.maxHeapMb}`,
          self,
          "--size-child",
          JSON.stringify(spec),
        ],
        { encoding: "utf8", maxBuffer: 64 * 2 ** 20 },
      );
      if (child.status !== 0) {
        // E.g. MiniSearch running out of the heap cap at 100k passages: report it and go on.
        const reason = /heap out of memory/i.test(child.stderr)
          ? `out of memory (heap cap ${opts.maxHeapMb} MB)`
          : `exit ${child.status ?? child.signal}`;
        console.log(`| ${size} | ${system} | — | failed: ${reason} | | | | |`);
        results.push({ size, name: system, failed: reason });
        continue;
      }
      const line = child.stdout.trim().split("\n").at(-1) ?? "{}";
      const r = JSON.parse(line) as Record<string, number | string>;
      results.push(r);
      const f = (v: unknown, d: number) => Number(v).toFixed(d);
      console.log(
        `| ${r.size} | ${system} | ${r.queries} | ${f(Number(r.buildMs) / 1000, 1)} s | ${f(r.queryP50Ms, 2)} / ${f(r.queryP95Ms, 2)} ms | ${f(r.peakRssMb, 0)} MB | ${f(r.recallAt5, 3)} | ${f(r.mrrAt10, 3)} |`,
      );
    }
  }
  if (opts.json) console.log(JSON.stringify({ sizes: results }));
}

async function vectorAblation(corpus: CorpusRow[], queries: QueryRow[], weights: number[]) {
  const variants: [string, EngineOptions][] = [
    ["no vectors (product default)", { hashedVectors: false, vectorWeight: 0, rerank: true }],
    ...weights.map((w): [string, EngineOptions] => [
      `hashed vectors + HNSW, weight ${w}`,
      { hashedVectors: true, vectorWeight: w, rerank: true },
    ]),
  ];
  const splits = [...new Set(queries.map((q) => q.split ?? "all"))];
  const groups: [string, QueryRow[]][] = [
    ["all", queries],
    ...(splits.length > 1
      ? splits.map((s): [string, QueryRow[]] => [s, queries.filter((q) => q.split === s)])
      : []),
  ];
  console.log(
    `| variant | build (s) | queries | Recall@1 | Recall@5 | Recall@10 | MRR@10 | nDCG@10 | p50 / p95 (ms) |`,
  );
  console.log(`|---|---:|---|---:|---:|---:|---:|---:|---:|`);
  for (const [name, options] of variants) {
    const engine = await buildEngine(corpus, options);
    for (const [group, qs] of groups) {
      const m = await measure(name, engine.buildMs, engine.search, qs);
      console.log(
        `| ${name} | ${(engine.buildMs / 1000).toFixed(2)} | ${group} (${qs.length}) | ${m.recallAt1.toFixed(3)} | ${m.recallAt5.toFixed(3)} | ${m.recallAt10.toFixed(3)} | ${m.mrrAt10.toFixed(3)} | ${m.ndcgAt10.toFixed(3)} | ${m.queryP50Ms.toFixed(2)} / ${m.queryP95Ms.toFixed(2)} |`,
      );
    }
  }
}

async function main() {
  const childAt = process.argv.indexOf("--size-child");
  if (childAt >= 0) return runSize(JSON.parse(process.argv[childAt + 1]) as SizeSpec);
  const opts = new Command()
    .requiredOption("--corpus <file>", "corpus JSONL with {id,title,text}")
    .requiredOption("--queries <file>", "queries JSONL with {id,question,relevant[]}")
    .option("--json", "print one JSON object as the last line")
    .option("--hashed-vectors", "add the offline hashed vector channel (HNSW), off in the product")
    .option("--vector-weight <w>", "weight of the hashed vector channel in the fusion", Number.parseFloat)
    .option("--no-rerank", "engine without the heading rerank")
    .option("--vector-ablation", "engine with and without the hashed vectors, per query split")
    .option(
      "--sizes <list>",
      "pad the corpus to these sizes (e.g. 2000,20000,100000); engine and baseline at each",
    )
    .option(
      "--baseline-queries <n>",
      "with --sizes: queries sampled for the (slow) baseline",
      (v: string) => Number.parseInt(v, 10),
      60,
    )
    .option(
      "--max-heap-mb <n>",
      "with --sizes: V8 heap cap of each child",
      (v: string) => Number.parseInt(v, 10),
      6144,
    )
    .option("--systems <list>", "with --sizes: engine, baseline or both", "engine,baseline")
    .parse()
    .opts<{
      maxHeapMb: number;
      systems: string;
      corpus: string;
      queries: string;
      json?: boolean;
      hashedVectors?: boolean;
      vectorWeight?: number;
      rerank: boolean;
      vectorAblation?: boolean;
      sizes?: string;
      baselineQueries: number;
    }>();
  if (opts.sizes) {
    const systems = opts.systems
      .split(",")
      .filter((x): x is "engine" | "baseline" => x === "engine" || x === "baseline");
    return runSizes({ ...opts, sizes: opts.sizes, systems });
  }
  const corpus = readJsonl<CorpusRow>(opts.corpus);
  const queries = readJsonl<QueryRow>(opts.queries);
  if (opts.vectorAblation) {
    const weights = opts.vectorWeight !== undefined ? [opts.vectorWeight] : [1e-4, 0.1, 0.5];
    return vectorAblation(corpus, queries, weights);
  }

  const built = await buildEngine(corpus, {
    hashedVectors: opts.hashedVectors ?? false,
    vectorWeight: opts.vectorWeight ?? 1e-4,
    rerank: opts.rerank,
  });
  const engine = await measure("engine", built.buildMs, built.search, queries);
  const mini = buildBaseline(corpus);
  const baseline = await measure(
    "baseline (MiniSearch BM25, same analyzer)",
    mini.buildMs,
    mini.search,
    queries,
  );

  const rows: [string, keyof typeof engine, number][] = [
    ["Recall@1", "recallAt1", 3],
    ["Recall@5", "recallAt5", 3],
    ["Recall@10", "recallAt10", 3],
    ["MRR@10", "mrrAt10", 3],
    ["nDCG@10", "ndcgAt10", 3],
    ["macro-F2 (top-1)", "f2Top1", 3],
    ["index build (ms)", "buildMs", 0],
    ["query p50 (ms)", "queryP50Ms", 2],
    ["query p95 (ms)", "queryP95Ms", 2],
  ];
  console.log(`corpus: ${corpus.length} passages, ${queries.length} queries`);
  console.log(`| metric | engine | baseline |\n|---|---:|---:|`);
  for (const [label, key, digits] of rows) {
    console.log(
      `| ${label} | ${Number(engine[key]).toFixed(digits)} | ${Number(baseline[key]).toFixed(digits)} |`,
    );
  }
  if (opts.json) console.log(JSON.stringify({ engine, baseline }));
}

// Run only as a script: bench/ask-load.ts imports the padded corpus from here.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
