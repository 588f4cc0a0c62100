import { Bm25Builder } from "./bm25-builder.ts";
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

/**
 * Relative slack on pruning bounds: a passage is skipped only when its upper bound is below the threshold by more
 * than floating-point summation in another order could account for, so pruning never changes the result.
 */
const BOUND_SLACK = 1e-9;

/** Passages per MaxScore window: the essential terms are summed into a buffer this long, reused across queries. */
const WINDOW = 4096;

/** The laid-out postings: term `t`'s passages are `docs[offsets[t]..offsets[t+1])`, ascending. */
export interface Bm25Parts {
  /** Term → id, inserted in id order. */
  termIds: Map<string, number>;
  offsets: Int32Array;
  docs: Int32Array;
  /** Saturated BM25F term weight per posting (before IDF and the query weight). */
  weights: Float32Array;
  idfs: Float64Array;
  /** Each term's largest weight: its score bound, with the IDF. */
  maxWeights: Float32Array;
  size: number;
}

/** Per query-term state for one search; `order` is the term's position in the query (the summation order). */
interface Cursor {
  order: number;
  weight: number;
  bound: number;
  pos: number;
  end: number;
}

/**
 * BM25F over two fields. Postings are compact: one Int32Array of passage numbers and one Float32Array of saturated
 * term weights for all terms, each term a slice given by `offsets`, with its IDF and its largest weight (the
 * term's score upper bound). Top-k search is MaxScore: terms whose bounds together cannot lift a passage into the
 * current top k are only probed for passages the other terms found, so a query over common syllables does not score
 * every passage that contains them. The ranking is exactly the exhaustive one (same passages, same
 * scores, ties by passage number): see {@link searchExhaustive} and test/search/bm25-index.test.ts.
 *
 * @example
 * const index = Bm25Index.build([{ text: analyze("quy hoạch cán bộ"), context: [] }]);
 * index.search(analyzeQuery("quy hoach"), 5) // [{ index: 0, score: … }]
 */
export class Bm25Index implements LexicalIndex {
  /** Exhaustive scoring's accumulator, allocated on first use (tests and benchmarks only). */
  private scores: Float64Array | null = null;
  /** Top-k heap, reused across queries (grown when a larger k is asked). */
  private heapDocs = new Int32Array(64);
  private heapScores = new Float64Array(64);
  private readonly window = new Float64Array(WINDOW);
  private readonly touched = new Int32Array(WINDOW);

  private constructor(
    private readonly termIds: Map<string, number>,
    private readonly offsets: Int32Array,
    private readonly docs: Int32Array,
    private readonly weights: Float32Array,
    private readonly idfs: Float64Array,
    private readonly maxWeights: Float32Array,
    readonly size: number,
    readonly options: Bm25Options,
  ) {}

  /** Builds the index from analyzed passages; see {@link Bm25Builder} to stream raw text instead. */
  static build(passages: readonly AnalyzedFields[], options: Bm25Options = DEFAULT_BM25): Bm25Index {
    const builder = new Bm25Builder(options);
    for (const p of passages) builder.addTerms(p);
    return builder.build();
  }

  /** An index from its laid-out postings (the builder's output, or a persisted copy). */
  static fromParts(parts: Bm25Parts, options: Bm25Options = DEFAULT_BM25): Bm25Index {
    const { termIds, offsets, docs, weights, idfs, maxWeights, size } = parts;
    return new Bm25Index(termIds, offsets, docs, weights, idfs, maxWeights, size, options);
  }

  /** The postings, for persisting them: term ids follow the map's insertion order. */
  get parts(): Bm25Parts {
    const { termIds, offsets, docs, weights, idfs, maxWeights, size } = this;
    return { termIds, offsets, docs, weights, idfs, maxWeights, size };
  }

  idf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.idfs[id];
  }

  /** Number of passages containing the term. */
  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1] - this.offsets[id];
  }

  /** The query's distinct known terms, in query order, with their query weight and score bound. */
  private cursors(queryTerms: readonly string[]): Cursor[] {
    const cursors: Cursor[] = [];
    for (const term of new Set(queryTerms)) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const weight = this.idfs[id] * this.options.kindWeights[termKind(term)];
      cursors.push({
        order: cursors.length,
        weight,
        bound: weight * this.maxWeights[id],
        pos: this.offsets[id],
        end: this.offsets[id + 1],
      });
    }
    return cursors;
  }

  /**
   * The k best passages, best first (ties by passage number), scoring only passages that can still reach the
   * top k. Allocation is per query term and per k, never per passage.
   *
   * MaxScore over windows of {@link WINDOW} passages (as Lucene does): the essential terms' postings in a window
   * are summed term-at-a-time into a reused window buffer; each passage they touch is then checked against the
   * threshold (the k-th best score so far) with the non-essential terms' bounds, those are probed largest bound
   * first while it can still enter, and a passage that can is scored exactly, in query order.
   */
  search(queryTerms: readonly string[], k: number): ScoredHit[] {
    const byOrder = this.cursors(queryTerms);
    const m = byOrder.length;
    if (m === 0 || k <= 0) return [];
    if (this.heapDocs.length < k) {
      this.heapDocs = new Int32Array(k);
      this.heapScores = new Float64Array(k);
    }
    const heapDocs = this.heapDocs;
    const heapScores = this.heapScores;
    const window = this.window;
    const touched = this.touched;
    let heapSize = 0;
    const { docs, weights } = this;
    // Terms by ascending bound; the first `firstEssential` of them cannot by themselves beat the threshold.
    const sorted = [...byOrder].sort((x, y) => x.bound - y.bound);
    const prefixBound = new Float64Array(m);
    for (let i = 0, sum = 0; i < m; i++) {
      sum += sorted[i].bound;
      prefixBound[i] = sum;
    }
    /** Per term, where the current window's postings start: exact scoring seeks forward from there. */
    const probe = new Int32Array(m);
    let threshold = Number.NEGATIVE_INFINITY;
    let firstEssential = 0;
    while (firstEssential < m) {
      let from = this.size;
      for (let i = firstEssential; i < m; i++) {
        const c = sorted[i];
        if (c.pos < c.end && docs[c.pos] < from) from = docs[c.pos];
      }
      if (from === this.size) break;
      const to = from + WINDOW;
      // Terms made non-essential while this window is checked stay essential for it: their sums are in `window`.
      const essential = firstEssential;
      let count = 0;
      for (let i = essential; i < m; i++) {
        const c = sorted[i];
        probe[c.order] = c.pos;
        let p = c.pos;
        for (; p < c.end; p++) {
          const doc = docs[p];
          if (doc >= to) break;
          const at = doc - from;
          if (window[at] === 0) touched[count++] = at;
          window[at] += c.weight * weights[p];
        }
        c.pos = p;
      }
      for (let i = 0; i < essential; i++) probe[sorted[i].order] = sorted[i].pos;
      // Touched passages in order (ties and forward-only probes need it): a dense window is scanned, a sparse one
      // sorted.
      if (count > WINDOW / 16) {
        count = 0;
        for (let at = 0; at < WINDOW; at++) if (window[at] !== 0) touched[count++] = at;
      } else touched.subarray(0, count).sort();
      const restBound = essential > 0 ? prefixBound[essential - 1] : 0;
      for (let j = 0; j < count; j++) {
        const at = touched[j];
        const doc = from + at;
        let partial = window[at];
        window[at] = 0;
        if (heapSize === k) {
          const slack = BOUND_SLACK * Math.abs(threshold);
          if (partial + restBound + slack < threshold) continue;
          let alive = true;
          for (let i = essential - 1; i >= 0; i--) {
            const c = sorted[i];
            c.pos = seek(docs, c.pos, c.end, doc);
            if (c.pos < c.end && docs[c.pos] === doc) partial += c.weight * weights[c.pos];
            if (i > 0 && partial + prefixBound[i - 1] + slack < threshold) {
              alive = false;
              break;
            }
          }
          if (!alive || partial + slack < threshold) continue;
        }
        // The exact score, summed in query order as exhaustive scoring sums it: bit-identical scores and ties.
        let score = 0;
        for (let o = 0; o < m; o++) {
          const c = byOrder[o];
          const p = seek(docs, probe[o], c.end, doc);
          probe[o] = p;
          if (p < c.end && docs[p] === doc) score += c.weight * weights[p];
        }
        if (heapSize < k) {
          heapSize++;
          siftUp(heapDocs, heapScores, heapSize - 1, doc, score);
        } else if (score > heapScores[0]) {
          // A later passage with an equal score ranks after every passage already kept: only a higher one enters.
          siftDown(heapDocs, heapScores, heapSize, doc, score);
        } else continue;
        if (heapSize === k) {
          threshold = heapScores[0];
          const slack = BOUND_SLACK * Math.abs(threshold);
          while (firstEssential < m && prefixBound[firstEssential] + slack < threshold) firstEssential++;
        }
      }
    }
    const hits: ScoredHit[] = [];
    for (let i = 0; i < heapSize; i++) hits.push({ index: heapDocs[i], score: heapScores[i] });
    return hits.sort((x, y) => y.score - x.score || x.index - y.index);
  }

  /** Every passage containing a query term scored and sorted: the reference {@link search} must equal. */
  searchExhaustive(queryTerms: readonly string[], k: number): ScoredHit[] {
    this.scores ??= new Float64Array(this.size);
    const scores = this.scores;
    const touched: number[] = [];
    for (const c of this.cursors(queryTerms)) {
      for (let j = c.pos; j < c.end; j++) {
        const doc = this.docs[j];
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += c.weight * this.weights[j];
      }
    }
    const hits = touched.map((index) => ({ index, score: scores[index] }));
    for (const doc of touched) scores[doc] = 0;
    hits.sort((x, y) => y.score - x.score || x.index - y.index);
    return hits.slice(0, k);
  }
}

/** First position in [from, end) whose passage is ≥ doc: galloping, then binary search. */
function seek(docs: Int32Array, from: number, end: number, doc: number): number {
  if (from >= end || docs[from] >= doc) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < end && docs[hi] < doc) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > end) hi = end;
  // docs[lo] < doc; answer in (lo, hi]
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid] < doc) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Min-heap on (score, then larger passage number first): the root is the hit that ranks last. */
const worse = (sa: number, da: number, sb: number, db: number) => sa < sb || (sa === sb && da > db);

function siftUp(docs: Int32Array, scores: Float64Array, at: number, doc: number, score: number): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(score, doc, scores[parent], docs[parent])) break;
    docs[i] = docs[parent];
    scores[i] = scores[parent];
    i = parent;
  }
  docs[i] = doc;
  scores[i] = score;
}

/** Replaces the root with (doc, score) and restores the heap. */
function siftDown(docs: Int32Array, scores: Float64Array, size: number, doc: number, score: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    let child = left;
    if (right < size && worse(scores[right], docs[right], scores[left], docs[left])) child = right;
    if (!worse(scores[child], docs[child], score, doc)) break;
    docs[i] = docs[child];
    scores[i] = scores[child];
    i = child;
  }
  docs[i] = doc;
  scores[i] = score;
}
