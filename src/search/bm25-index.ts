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

/**
 * A non-essential term's postings in a window are read in order while they are at most this many per candidate
 * passage; past that, candidates probe them by galloping.
 */
const SCAN_RATIO = 4;

/**
 * How far search may prune below the exact top k. A passage is skipped when it cannot score `factor` times the
 * k-th best score so far, unless it could still enter the `exactTop` best: so the first `exactTop` hits are always
 * the exact ones, and every passage scoring at least `factor` times the k-th best is found, in exact order.
 * `factor: 1` is exact MaxScore.
 */
export interface Pruning {
  factor: number;
  exactTop: number;
}

/** Exact top k: the same passages, scores and order as {@link Bm25Index.searchExhaustive}. */
export const EXACT_PRUNING: Pruning = { factor: 1, exactTop: 0 };

/**
 * Measured with `bench:retrieval` (README, "At scale"): at 100k passages a query's median CPU time drops by about a
 * third, and Recall@5 / MRR@10 do not drop on ALQAC at 2k or 100k passages; the hybrid search's top 10 after the
 * heading rerank are drawn from the exact top 10 and the approximate tail of its 50 candidates.
 */
export const DEFAULT_PRUNING: Pruning = { factor: 1.5, exactTop: 10 };

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
 * every passage that contains them. With {@link EXACT_PRUNING} the ranking is exactly the exhaustive one (same
 * passages, same scores, ties by passage number); by default ({@link DEFAULT_PRUNING}) the first ten hits are, and
 * the tail of a long list may miss passages that score less than 1.5 times the k-th best: see
 * {@link searchExhaustive} and test/search/bm25-index.test.ts.
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
  /** One bit per window passage, set when an essential term touches it. */
  private readonly marks = new Int32Array(WINDOW / 32);
  /** Marks the window's candidates while a non-essential term's postings are read in order. */
  private readonly alive = new Uint8Array(WINDOW);
  /** The k best partial scores, for the threshold before k passages are kept. */
  private best = new Float64Array(64);
  /** The exactTop best exact scores so far, a min-heap. */
  private topScores = new Float64Array(16);

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
   * first while it can still enter, and a passage that can is scored exactly, in query order. While the
   * candidates are dense in a non-essential term's postings, those postings are read in order instead of probed.
   * Until k passages are kept, the threshold is the k-th best partial score in the window: partial scores are
   * lower bounds of real scores, so pruning with it loses nothing, and the first window does not score every
   * passage it touches. Once k are kept, `pruning` may raise the threshold above the k-th best (see {@link Pruning}).
   */
  search(queryTerms: readonly string[], k: number, pruning: Pruning = DEFAULT_PRUNING): ScoredHit[] {
    const byOrder = this.cursors(queryTerms);
    const m = byOrder.length;
    if (m === 0 || k <= 0) return [];
    if (this.heapDocs.length < k) {
      this.heapDocs = new Int32Array(k);
      this.heapScores = new Float64Array(k);
      this.best = new Float64Array(k);
    }
    const exactTop = Math.min(pruning.exactTop, k);
    if (this.topScores.length < exactTop) this.topScores = new Float64Array(exactTop);
    const topScores = this.topScores;
    let topSize = 0;
    const heapDocs = this.heapDocs;
    const heapScores = this.heapScores;
    const window = this.window;
    const touched = this.touched;
    const alive = this.alive;
    const marks = this.marks;
    let heapSize = 0;
    const { docs, weights } = this;
    // Cursor state in typed arrays, terms by ascending bound (slot i); the first `firstEssential` of them cannot by
    // themselves beat the threshold. `order[i]` is slot i's position in the query, `slotOf` the reverse.
    byOrder.sort((x, y) => x.bound - y.bound);
    const pos = new Int32Array(m);
    const end = new Int32Array(m);
    const weight = new Float64Array(m);
    const order = new Int32Array(m);
    const slotOf = new Int32Array(m);
    const prefixBound = new Float64Array(m);
    for (let i = 0, sum = 0; i < m; i++) {
      const c = byOrder[i];
      pos[i] = c.pos;
      end[i] = c.end;
      weight[i] = c.weight;
      order[i] = c.order;
      slotOf[c.order] = i;
      sum += c.bound;
      prefixBound[i] = sum;
    }
    /** Per query position, where the current window's postings start: exact scoring seeks forward from there. */
    const probe = new Int32Array(m);
    let threshold = Number.NEGATIVE_INFINITY;
    let slack = 0;
    let firstEssential = 0;
    /** Lower bounds of the final k-th and exactTop-th best scores. */
    let lowK = Number.NEGATIVE_INFINITY;
    let lowTop = Number.NEGATIVE_INFINITY;
    const raise = () => {
      // Only once k passages are kept: pruning harder before would leave fewer than k hits.
      const factor = heapSize === k ? pruning.factor : 1;
      const to = Math.max(lowK, Math.min(factor * lowK, exactTop > 0 ? lowTop : factor * lowK));
      if (!(to > threshold)) return;
      threshold = to;
      slack = BOUND_SLACK * Math.abs(threshold);
      while (firstEssential < m && prefixBound[firstEssential] + slack < threshold) firstEssential++;
    };
    while (firstEssential < m) {
      let from = this.size;
      for (let i = firstEssential; i < m; i++)
        if (pos[i] < end[i] && docs[pos[i]] < from) from = docs[pos[i]];
      if (from === this.size) break;
      const to = from + WINDOW;
      // Terms made non-essential while this window is checked stay essential for it: their sums are in `window`.
      const essential = firstEssential;
      for (let i = essential; i < m; i++) {
        const w = weight[i];
        const stop = end[i];
        let p = pos[i];
        probe[order[i]] = p;
        for (; p < stop; p++) {
          const doc = docs[p];
          if (doc >= to) break;
          const at = doc - from;
          marks[at >>> 5] |= 1 << (at & 31);
          window[at] += w * weights[p];
        }
        pos[i] = p;
      }
      for (let i = 0; i < essential; i++) probe[order[i]] = pos[i];
      // Touched passages in order (ties and forward-only probes need it), from the marks.
      let count = 0;
      for (let word = 0; word < WINDOW / 32; word++) {
        let bits = marks[word];
        if (bits === 0) continue;
        marks[word] = 0;
        while (bits !== 0) {
          const lowest = bits & -bits;
          touched[count++] = (word << 5) | (31 - Math.clz32(lowest));
          bits ^= lowest;
        }
      }
      if (heapSize < k) {
        // Partial scores are lower bounds of real scores: with the kept ones, their k-th best is a safe threshold.
        if (this.kthBest(window, touched, count, heapScores, heapSize, k)) {
          lowK = Math.max(lowK, this.best[0]);
          if (exactTop > 0) {
            const best = this.best.slice(0, k).sort();
            lowTop = Math.max(lowTop, best[k - exactTop]);
          }
          raise();
        }
      }
      const restBound = essential > 0 ? prefixBound[essential - 1] : 0;
      let candidates = 0;
      for (let j = 0; j < count; j++) {
        const at = touched[j];
        if (window[at] + restBound + slack < threshold) window[at] = 0;
        else touched[candidates++] = at;
      }
      // Non-essential terms, largest bound first. While the candidates are dense in a term's postings, the
      // postings are read in order and added to the candidates (sequential reads); once they are sparse, each
      // remaining candidate probes the rest by galloping, and stops as soon as it cannot enter.
      let next = essential - 1;
      for (; next >= 0 && candidates > 0; next--) {
        const last = from + touched[candidates - 1];
        const stop = seek(docs, pos[next], end[next], last + 1);
        if (stop - pos[next] > SCAN_RATIO * candidates) break;
        const w = weight[next];
        for (let j = 0; j < candidates; j++) alive[touched[j]] = 1;
        for (let p = pos[next]; p < stop; p++) {
          const at = docs[p] - from;
          if (alive[at] === 1) window[at] += w * weights[p];
        }
        pos[next] = stop;
        const bound = next > 0 ? prefixBound[next - 1] : 0;
        let kept = 0;
        for (let j = 0; j < candidates; j++) {
          const at = touched[j];
          alive[at] = 0;
          if (window[at] + bound + slack < threshold) window[at] = 0;
          else touched[kept++] = at;
        }
        candidates = kept;
      }
      for (let j = 0; j < candidates; j++) {
        const at = touched[j];
        const doc = from + at;
        let partial = window[at];
        window[at] = 0;
        if (partial + (next >= 0 ? prefixBound[next] : 0) + slack < threshold) continue;
        let alive = true;
        for (let i = next; i >= 0; i--) {
          const p = seek(docs, pos[i], end[i], doc);
          pos[i] = p;
          if (p < end[i] && docs[p] === doc) partial += weight[i] * weights[p];
          if (i > 0 && partial + prefixBound[i - 1] + slack < threshold) {
            alive = false;
            break;
          }
        }
        if (!alive || partial + slack < threshold) continue;
        // The exact score, summed in query order as exhaustive scoring sums it: bit-identical scores and ties.
        let score = 0;
        for (let o = 0; o < m; o++) {
          const i = slotOf[o];
          const p = seek(docs, probe[o], end[i], doc);
          probe[o] = p;
          if (p < end[i] && docs[p] === doc) score += weight[i] * weights[p];
        }
        if (heapSize < k) {
          heapSize++;
          siftUp(heapDocs, heapScores, heapSize - 1, doc, score);
        } else if (score > heapScores[0]) {
          // A later passage with an equal score ranks after every passage already kept: only a higher one enters.
          siftDown(heapDocs, heapScores, heapSize, doc, score);
        } else continue;
        if (exactTop > 0) {
          topSize = offer(topScores, topSize, exactTop, score);
          if (topSize === exactTop) lowTop = Math.max(lowTop, topScores[0]);
        }
        if (heapSize === k && heapScores[0] > lowK) {
          lowK = heapScores[0];
          raise();
        }
      }
    }
    const hits: ScoredHit[] = [];
    for (let i = 0; i < heapSize; i++) hits.push({ index: heapDocs[i], score: heapScores[i] });
    return hits.sort((x, y) => y.score - x.score || x.index - y.index);
  }

  /**
   * Fills {@link best} with the k best of the kept scores and the window's partial scores, as a min-heap (its root
   * the k-th best); false when there are fewer than k.
   */
  private kthBest(
    window: Float64Array,
    touched: Int32Array,
    count: number,
    kept: Float64Array,
    keptSize: number,
    k: number,
  ): boolean {
    if (count + keptSize < k) return false;
    let size = 0;
    for (let j = 0; j < keptSize; j++) size = offer(this.best, size, k, kept[j]);
    for (let j = 0; j < count; j++) size = offer(this.best, size, k, window[touched[j]]);
    return true;
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

/** Adds `value` to the min-heap `best` of at most `limit` values (the root is the smallest); returns its size. */
function offer(best: Float64Array, size: number, limit: number, value: number): number {
  if (size < limit) {
    let i = size;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (best[parent] <= value) break;
      best[i] = best[parent];
      i = parent;
    }
    best[i] = value;
    return size + 1;
  }
  if (value > best[0]) {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && best[right] < best[left] ? right : left;
      if (best[child] >= value) break;
      best[i] = best[child];
      i = child;
    }
    best[i] = value;
  }
  return size;
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
