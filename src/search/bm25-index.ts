import type { AnalyzedFields, LexicalIndex, ScoredHit } from "./lexical-index.ts";
import { type TermKind, termKind } from "./vietnamese-analyzer.ts";

export interface Bm25Options {
  k1: number;
  b: number;
  /** Weight of a context (heading/title) occurrence relative to one in the passage text. */
  contextWeight: number;
  /** Query-side weight per term kind: bigrams are stronger evidence than single syllables. */
  kindWeights: Record<TermKind, number>;
}

/** Tuned on the ALQAC questions (see README, "Benchmarks"): softer length normalisation than the textbook 0.75. */
export const DEFAULT_BM25: Bm25Options = {
  k1: 0.9,
  b: 0.5,
  contextWeight: 2,
  kindWeights: { u: 1, b: 1, n: 2, a: 1 },
};

interface Postings {
  docs: Int32Array;
  weights: Float32Array;
  idf: number;
}

function counts(terms: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of terms) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

/**
 * BM25F over two fields, with the saturated term weight precomputed per posting, so a query is only a sum over
 * its terms' posting lists.
 *
 * @example
 * const index = Bm25Index.build([{ text: analyze("quy hoạch cán bộ"), context: [] }]);
 * index.search(analyzeQuery("quy hoach"), 5) // [{ index: 0, score: … }]
 */
export class Bm25Index implements LexicalIndex {
  private readonly scores: Float64Array;

  private constructor(
    private readonly postings: Map<string, Postings>,
    readonly size: number,
    private readonly options: Bm25Options,
  ) {
    this.scores = new Float64Array(size);
  }

  static build(passages: readonly AnalyzedFields[], options: Bm25Options = DEFAULT_BM25): Bm25Index {
    const n = passages.length;
    const textCounts = passages.map((p) => counts(p.text));
    const contextCounts = passages.map((p) => counts(p.context));
    const avgText = passages.reduce((s, p) => s + p.text.length, 0) / Math.max(n, 1) || 1;
    const avgContext = passages.reduce((s, p) => s + p.context.length, 0) / Math.max(n, 1) || 1;
    const lists = new Map<string, { docs: number[]; weights: number[] }>();
    const { k1, b, contextWeight } = options;
    for (let i = 0; i < n; i++) {
      const normText = 1 - b + (b * passages[i].text.length) / avgText;
      const normContext = 1 - b + (b * passages[i].context.length) / avgContext;
      const terms = new Set([...textCounts[i].keys(), ...contextCounts[i].keys()]);
      for (const term of terms) {
        const tf =
          (textCounts[i].get(term) ?? 0) / normText +
          (contextWeight * (contextCounts[i].get(term) ?? 0)) / normContext;
        const list = lists.get(term) ?? { docs: [], weights: [] };
        if (list.docs.length === 0) lists.set(term, list);
        list.docs.push(i);
        list.weights.push((tf * (k1 + 1)) / (tf + k1));
      }
    }
    const postings = new Map<string, Postings>();
    for (const [term, list] of lists) {
      const df = list.docs.length;
      postings.set(term, {
        docs: Int32Array.from(list.docs),
        weights: Float32Array.from(list.weights),
        idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)),
      });
    }
    return new Bm25Index(postings, n, options);
  }

  idf(term: string): number {
    return this.postings.get(term)?.idf ?? 0;
  }

  search(queryTerms: readonly string[], k: number): ScoredHit[] {
    const scores = this.scores;
    const touched: number[] = [];
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const weight = list.idf * this.options.kindWeights[termKind(term)];
      const { docs, weights } = list;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j];
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += weight * weights[j];
      }
    }
    const hits = touched.map((index) => ({ index, score: scores[index] }));
    for (const doc of touched) scores[doc] = 0;
    hits.sort((x, y) => y.score - x.score || x.index - y.index);
    return hits.slice(0, k);
  }
}
