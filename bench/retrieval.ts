/**
 * Retrieval benchmark on any {id,title,text} corpus and {id,question,relevant[]} queries (e.g. ALQAC):
 * this engine and, in the same run, a plain BM25 baseline (MiniSearch) fed the very same analyzer tokens.
 *
 *   npm run -s bench:retrieval -- --corpus ../shared/benchmarks/alqac/corpus.jsonl \
 *     --queries ../shared/benchmarks/alqac/queries.jsonl [--json]
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Command } from "commander";
import MiniSearch from "minisearch";
import { Bm25Index } from "../src/search/bm25-index.ts";
import { HashedNgramEmbeddings } from "../src/search/hashed-ngram-embeddings.ts";
import { HeadingRerank } from "../src/search/heading-rerank.ts";
import { HnswVectorIndex } from "../src/search/hnsw-vector-index.ts";
import { DEFAULT_HYBRID, HybridSearch } from "../src/search/hybrid-search.ts";
import { f2, mean, ndcgAt, percentile, recallAt, reciprocalRank } from "../src/search/retrieval-metrics.ts";
import { analyze, analyzeQuery } from "../src/search/vietnamese-analyzer.ts";

interface CorpusRow {
  id: string;
  title: string;
  text: string;
}
interface QueryRow {
  id: string;
  question: string;
  relevant: string[];
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** An article's heading line ("Hoạt động của trường quay"), when its first line is one. */
function headingOf(d: CorpusRow): string {
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
  for (const q of queries) {
    const t0 = performance.now();
    ranked.push(await search(q.question));
    times.push(performance.now() - t0);
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
  };
}

async function main() {
  const opts = new Command()
    .requiredOption("--corpus <file>", "corpus JSONL with {id,title,text}")
    .requiredOption("--queries <file>", "queries JSONL with {id,question,relevant[]}")
    .option("--json", "print one JSON object as the last line")
    .option("--no-vectors", "engine without the hashed vector channel")
    .option("--vector-weight <w>", "weight of the vector channel in the fusion", Number.parseFloat)
    .option("--no-rerank", "engine without the heading rerank")
    .parse()
    .opts<{
      corpus: string;
      queries: string;
      json?: boolean;
      vectors: boolean;
      vectorWeight?: number;
      rerank: boolean;
    }>();
  const corpus = readJsonl<CorpusRow>(opts.corpus);
  const queries = readJsonl<QueryRow>(opts.queries);

  let t0 = performance.now();
  const fields = corpus.map((d) => ({ text: analyze(d.text), context: analyze(contextOf(d)) }));
  const bm25 = Bm25Index.build(fields);
  let vectors: HnswVectorIndex | null = null;
  const embedder = new HashedNgramEmbeddings();
  if (opts.vectors) {
    vectors = new HnswVectorIndex(embedder.dimensions, corpus.length);
    const embedded = await embedder.embedDocuments(corpus.map((d) => `${d.title}\n${d.text}`));
    for (const [i, v] of embedded.entries()) vectors.add(i, v);
  }
  const fusion = { ...DEFAULT_HYBRID, vectorWeight: opts.vectorWeight ?? DEFAULT_HYBRID.vectorWeight };
  const rerank = opts.rerank ? new HeadingRerank(corpus.map(headingOf), (t) => bm25.idf(t)) : null;
  const hybrid = new HybridSearch(bm25, vectors, vectors ? embedder : null, fusion, rerank);
  const engineBuild = performance.now() - t0;
  const engine = await measure(
    "engine",
    engineBuild,
    async (q) => (await hybrid.search(q, 10)).map((h) => corpus[h.index].id),
    queries,
  );

  t0 = performance.now();
  const mini = new MiniSearch<CorpusRow>({
    fields: ["context", "text"],
    extractField: (d, field) => (field === "context" ? contextOf(d) : d[field as keyof CorpusRow]),
    idField: "id",
    tokenize: (text, field) => (field ? analyze(text) : analyzeQuery(text)),
    processTerm: (term) => term,
  });
  mini.addAll(corpus);
  const baselineBuild = performance.now() - t0;
  const baseline = await measure(
    "baseline (MiniSearch BM25, same analyzer)",
    baselineBuild,
    (q) =>
      mini
        .search(q, { combineWith: "OR" })
        .slice(0, 10)
        .map((r) => String(r.id)),
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

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
