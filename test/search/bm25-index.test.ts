import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/seeded-random.ts";
import { coverage } from "../../src/answer/refusal-gate.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { Bm25Index, DEFAULT_PRUNING, EXACT_PRUNING } from "../../src/search/bm25-index.ts";
import type { AnalyzedFields, ScoredHit } from "../../src/search/lexical-index.ts";
import { analyze, analyzeQuery } from "../../src/search/vietnamese-analyzer.ts";
import { CORPUS, ROOT } from "../helpers.ts";

const seedPassages = loadCorpus(CORPUS).documents.flatMap((d) =>
  d.passages.map((p) => ({ text: p.text, context: [d.meta.title, ...p.headings].join("\n") })),
);
const seedQuestions = readFileSync(path.join(ROOT, "eval/questions.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { question: string }).question);

const fieldsOf = (passages: readonly { text: string; context: string }[]): AnalyzedFields[] =>
  passages.map((p) => ({ text: analyze(p.text), context: analyze(p.context) }));

/** Pruned top-k must be the exhaustive top-k: same passages in the same order, same scores. */
function expectSameRanking(index: Bm25Index, terms: string[], k: number) {
  const pruned: ScoredHit[] = index.search(terms, k, EXACT_PRUNING);
  const exhaustive = index.searchExhaustive(terms, k);
  expect(pruned.map((h) => h.index)).toEqual(exhaustive.map((h) => h.index));
  pruned.forEach((h, i) => {
    expect(Math.abs(h.score - exhaustive[i].score)).toBeLessThanOrEqual(1e-9);
  });
  expectApproximateTopK(index, terms, k, exhaustive);
}

/** Every matching passage's exhaustive score, computed once per index and query (the tests ask several k). */
const scoreCache = new WeakMap<Bm25Index, Map<string, Map<number, number>>>();
function allScores(index: Bm25Index, terms: string[]): Map<number, number> {
  const perQuery = scoreCache.get(index) ?? new Map<string, Map<number, number>>();
  scoreCache.set(index, perQuery);
  const key = terms.join("\n");
  let scores = perQuery.get(key);
  if (!scores) {
    scores = new Map(index.searchExhaustive(terms, index.size).map((h) => [h.index, h.score]));
    perQuery.set(key, scores);
  }
  return scores;
}

/**
 * The default, approximate pruning: its first `exactTop` hits are the exhaustive ones, every hit carries its exact
 * score, and every passage scoring at least `factor` times the exhaustive k-th best is among the hits.
 */
function expectApproximateTopK(index: Bm25Index, terms: string[], k: number, exhaustive: ScoredHit[]) {
  const { factor, exactTop } = DEFAULT_PRUNING;
  const hits = index.search(terms, k);
  expect(hits.length).toBe(exhaustive.length);
  const top = Math.min(exactTop, k);
  expect(hits.slice(0, top).map((h) => h.index)).toEqual(exhaustive.slice(0, top).map((h) => h.index));
  const all = allScores(index, terms);
  for (const h of hits) expect(Math.abs(h.score - (all.get(h.index) ?? -1))).toBeLessThanOrEqual(1e-9);
  const kth = exhaustive.at(-1)?.score ?? 0;
  const found = new Set(hits.map((h) => h.index));
  for (const h of exhaustive) if (h.score >= factor * kth * (1 + 1e-9)) expect(found.has(h.index)).toBe(true);
}

describe("Bm25Index", () => {
  it("ranks by BM25F: the query's words in the heading context as well as the text rank first", () => {
    const index = Bm25Index.build(
      fieldsOf([
        { text: "Rà soát, bổ sung quy hoạch cán bộ trẻ hằng năm.", context: "Quy hoạch cán bộ" },
        { text: "Báo cáo kết quả thực hiện trước ngày 31/12/2024.", context: "Tổ chức thực hiện" },
        { text: "Quy hoạch cán bộ trẻ.", context: "Kết luận" },
      ]),
    );
    const hits = index.search(analyzeQuery("quy hoạch cán bộ trẻ"), 2);
    expect(hits.map((h) => h.index)).toEqual([0, 2]);
    expect(index.search(analyzeQuery("tuyển sinh đại học"), 5)).toEqual([]);
    expect(index.idf("uquy")).toBeGreaterThan(0);
    expect(index.documentFrequency("uquy")).toBe(2);
  });

  it("pruned top-k equals exhaustive scoring on the seed corpus, for every eval question and k", () => {
    const index = Bm25Index.build(fieldsOf(seedPassages));
    for (const question of seedQuestions) {
      for (const k of [1, 3, 5, 10, 56]) expectSameRanking(index, analyzeQuery(question), k);
    }
  });

  it("pruned top-k equals exhaustive scoring on a synthetic corpus of thousands of passages, ties included", () => {
    const random = seededRandom(13);
    const sentences = seedPassages.flatMap((p) => p.text.split(/(?<=[.;:])\s+|\n/)).filter((s) => s.trim());
    const contexts = [...new Set(seedPassages.map((p) => p.context))];
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const passages: { text: string; context: string }[] = [];
    while (passages.length < 4000) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(sentences));
      const passage = { text: lines.join(" "), context: pick(contexts) };
      passages.push(passage);
      // Exact duplicates score exactly the same: their order must be by passage number.
      if (random() < 0.1) passages.push({ ...passage });
    }
    const index = Bm25Index.build(fieldsOf(passages));
    const queries = [
      ...seedQuestions,
      ...Array.from({ length: 150 }, () =>
        Array.from({ length: 2 + Math.floor(random() * 12) }, () => pick(pick(sentences).split(" "))).join(
          " ",
        ),
      ),
    ];
    let ties = 0;
    for (const question of queries) {
      const terms = analyzeQuery(question);
      for (const k of [1, 5, 10, 56]) expectSameRanking(index, terms, k);
      const top = index.search(terms, 56, EXACT_PRUNING);
      for (let i = 1; i < top.length; i++) {
        if (top[i].score === top[i - 1].score) {
          ties++;
          expect(top[i].index).toBeGreaterThan(top[i - 1].index);
        }
      }
    }
    expect(ties).toBeGreaterThan(0);
  });

  it("duplicate query terms count once and unknown terms are ignored", () => {
    const index = Bm25Index.build(fieldsOf(seedPassages));
    const terms = analyzeQuery("quy hoạch cán bộ trẻ");
    expect(index.search([...terms, ...terms, "uxyzzy"], 5)).toEqual(index.search(terms, 5));
    expect(index.search([...terms, "uxyzzy"], 5, EXACT_PRUNING)).toEqual(
      index.search(terms, 5, EXACT_PRUNING),
    );
    expect(index.search([], 5)).toEqual([]);
    expect(index.search(terms, 0)).toEqual([]);
  });

  it("the refusal gate's coverage costs one IDF lookup per question term, whatever the corpus size", () => {
    let lookups = 0;
    const huge = {
      size: 1_000_000,
      search: () => {
        throw new Error("coverage must not search");
      },
      idf: () => {
        lookups++;
        return 2;
      },
    };
    const terms = analyzeQuery("hạn rà soát quy hoạch cán bộ trẻ");
    const share = coverage(huge, terms, "Rà soát, bổ sung quy hoạch cán bộ trẻ hằng năm.");
    expect(share).toBeGreaterThan(0);
    expect(lookups).toBe(terms.length);
  });
});
