import { Bm25Index, type Bm25Options, DEFAULT_BM25 } from "./bm25-index.ts";
import { GrowableArray } from "./growable-array.ts";
import { IdPairTable } from "./id-pair-table.ts";
import type { AnalyzedFields } from "./lexical-index.ts";
import { foldWord, visitTerms } from "./term-scanner.ts";
import { ACCENTED, BIGRAM, NUMBER, UNIGRAM } from "./vietnamese-analyzer.ts";

/** Pairs per chunk. */
const CHUNK = 1 << 20;
const CHUNK_MASK = CHUNK - 1;
/**
 * A pair's counts pack in 16 bits, text count above CONTEXT_BITS and context count below, which covers every
 * passage seen in practice; larger counts go to `overflow`, marked by OVERFLOW.
 */
const CONTEXT_BITS = 4;
const CONTEXT_LIMIT = 1 << CONTEXT_BITS;
const TEXT_LIMIT = (1 << (16 - CONTEXT_BITS)) - 1;
const OVERFLOW = 0xffff;

/** A distinct word's term ids, found once: every later occurrence costs one map lookup. */
interface WordTerms {
  unigram: number;
  /** -1 when the word has no diacritics. */
  accented: number;
  folded: string;
}

/**
 * Builds a {@link Bm25Index} one passage at a time without keeping any passage's terms: each term is interned to an
 * id once, a passage's term frequencies are counted in two dense arrays, and only (term id, counts) pairs are
 * kept until the postings are laid out. Text is analyzed straight into ids (bigrams by their unigrams' ids, no
 * string per occurrence), so a 100,000-passage corpus indexes in seconds with memory proportional to its postings.
 *
 * @example
 * const builder = new Bm25Builder();
 * builder.addText("Rà soát quy hoạch cán bộ.", "Kết luận 20-KL/TU\nQuy hoạch");
 * const index = builder.build();
 */
export class Bm25Builder {
  private readonly termIds = new Map<string, number>();
  private readonly bigramIds = new IdPairTable();
  private readonly words = new Map<string, WordTerms>();
  private readonly df = GrowableArray.int32();
  private textTf = new Int32Array(1024);
  private contextTf = new Int32Array(1024);
  private readonly touched = GrowableArray.int32();
  /** (term, counts) pairs in fixed chunks: no doubling copy, and layout frees each chunk once it is read. */
  private readonly pairTerms: (Int32Array | null)[] = [];
  private readonly pairCounts: (Uint16Array | null)[] = [];
  private pairs = 0;
  /** Counts that do not pack into 31 bits (absurdly repetitive passages), by pair number. */
  private readonly overflow = new Map<number, [number, number]>();
  private readonly passageEnds = GrowableArray.int32();
  private readonly textLengths = GrowableArray.int32();
  private readonly contextLengths = GrowableArray.int32();
  /** The field being counted: the text's counts or the context's. */
  private counts = this.textTf;
  private fieldLength = 0;
  private previous: WordTerms | null = null;
  private readonly visitor = {
    number: (folded: string) => this.count(this.intern(NUMBER + folded)),
    word: (word: string, joined: boolean) => {
      const terms = this.wordTerms(word);
      this.count(terms.unigram);
      if (terms.accented >= 0) this.count(terms.accented);
      if (joined && this.previous) this.count(this.bigram(this.previous, terms));
      this.previous = terms;
    },
  };

  constructor(private readonly options: Bm25Options = DEFAULT_BM25) {}

  /** Passages added so far. */
  get size(): number {
    return this.passageEnds.length;
  }

  /** Adds a passage from its raw text and context (title, headings), analyzed exactly as `analyze` does. */
  addText(text: string, context: string): void {
    this.addField("text", () => visitTerms(text, undefined, this.visitor));
    this.addField("context", () => visitTerms(context, undefined, this.visitor));
    this.endPassage();
  }

  /** Adds a passage whose terms were analyzed already (e.g. stored with it). */
  addTerms(fields: AnalyzedFields): void {
    this.addField("text", () => {
      for (const term of fields.text) this.count(this.intern(term));
    });
    this.addField("context", () => {
      for (const term of fields.context) this.count(this.intern(term));
    });
    this.endPassage();
  }

  /** Lays out the postings; the builder must not be used afterwards. */
  build(): Bm25Index {
    const { k1, b, contextWeight } = this.options;
    const n = this.size;
    const textLengths = this.textLengths.data;
    const contextLengths = this.contextLengths.data;
    let textTotal = 0;
    let contextTotal = 0;
    for (let i = 0; i < n; i++) {
      textTotal += textLengths[i];
      contextTotal += contextLengths[i];
    }
    const avgText = textTotal / Math.max(n, 1) || 1;
    const avgContext = contextTotal / Math.max(n, 1) || 1;
    const terms = this.termIds.size;
    const df = this.df.data;
    const offsets = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t++) offsets[t + 1] = offsets[t] + df[t];
    const fill = offsets.slice(0, terms);
    const pairs = this.pairs;
    const docs = new Int32Array(pairs);
    const weights = new Float32Array(pairs);
    const maxWeights = new Float32Array(terms);
    const ends = this.passageEnds.data;
    let pairTerms = this.pairTerms[0] ?? new Int32Array(0);
    let pairCounts = this.pairCounts[0] ?? new Uint16Array(0);
    // Passages are visited in order, so each term's slice comes out sorted by passage.
    for (let i = 0, j = 0; i < n; i++) {
      const normText = 1 - b + (b * textLengths[i]) / avgText;
      const normContext = 1 - b + (b * contextLengths[i]) / avgContext;
      for (; j < ends[i]; j++) {
        const at = j & CHUNK_MASK;
        if (at === 0 && j > 0) {
          // The chunk just read is dropped, so its memory is reclaimed while the postings fill.
          const chunk = j / CHUNK;
          this.pairTerms[chunk - 1] = null;
          this.pairCounts[chunk - 1] = null;
          pairTerms = this.pairTerms[chunk] as Int32Array;
          pairCounts = this.pairCounts[chunk] as Uint16Array;
        }
        const t = pairTerms[at];
        const packed = pairCounts[at];
        let text = packed >> CONTEXT_BITS;
        let context = packed & (CONTEXT_LIMIT - 1);
        if (packed === OVERFLOW) [text, context] = this.overflow.get(j) as [number, number];
        const tf = text / normText + (contextWeight * context) / normContext;
        const w = (tf * (k1 + 1)) / (tf + k1);
        const slot = fill[t]++;
        docs[slot] = i;
        weights[slot] = w;
        if (weights[slot] > maxWeights[t]) maxWeights[t] = weights[slot];
      }
    }
    const idfs = new Float64Array(terms);
    for (let t = 0; t < terms; t++) idfs[t] = Math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
    return Bm25Index.fromParts(
      { termIds: this.termIds, offsets, docs, weights, idfs, maxWeights, size: n },
      this.options,
    );
  }

  private addField(field: "text" | "context", visit: () => void): void {
    this.counts = field === "text" ? this.textTf : this.contextTf;
    this.fieldLength = 0;
    this.previous = null;
    visit();
    (field === "text" ? this.textLengths : this.contextLengths).push(this.fieldLength);
  }

  /** Turns the passage's counts into pairs and clears them (only the touched entries). */
  private endPassage(): void {
    const count = this.touched.length;
    const touched = this.touched.data;
    const { textTf, contextTf } = this;
    const df = this.df.data;
    for (let i = 0; i < count; i++) {
      const at = this.pairs & CHUNK_MASK;
      if (at === 0) {
        this.pairTerms.push(new Int32Array(CHUNK));
        this.pairCounts.push(new Uint16Array(CHUNK));
      }
      const chunk = this.pairTerms.length - 1;
      const id = touched[i];
      const text = textTf[id];
      const context = contextTf[id];
      (this.pairTerms[chunk] as Int32Array)[at] = id;
      if (text < TEXT_LIMIT && context < CONTEXT_LIMIT)
        (this.pairCounts[chunk] as Uint16Array)[at] = (text << CONTEXT_BITS) | context;
      else {
        (this.pairCounts[chunk] as Uint16Array)[at] = OVERFLOW;
        this.overflow.set(this.pairs, [text, context]);
      }
      this.pairs++;
      df[id]++;
      textTf[id] = 0;
      contextTf[id] = 0;
    }
    this.touched.length = 0;
    this.passageEnds.push(this.pairs);
  }

  private count(id: number): void {
    if (this.textTf[id] === 0 && this.contextTf[id] === 0) this.touched.push(id);
    this.counts[id]++;
    this.fieldLength++;
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      this.df.push(0);
      if (id >= this.textTf.length) this.growCounts();
    }
    return id;
  }

  private growCounts(): void {
    const textTf = new Int32Array(this.textTf.length * 2);
    const contextTf = new Int32Array(this.contextTf.length * 2);
    textTf.set(this.textTf);
    contextTf.set(this.contextTf);
    if (this.counts === this.textTf) this.counts = textTf;
    else this.counts = contextTf;
    this.textTf = textTf;
    this.contextTf = contextTf;
  }

  private wordTerms(word: string): WordTerms {
    let terms = this.words.get(word);
    if (terms === undefined) {
      const folded = foldWord(word);
      const unigram = this.intern(UNIGRAM + folded);
      const accented = folded !== word ? this.intern(ACCENTED + word) : -1;
      terms = { unigram, accented, folded };
      this.words.set(word, terms);
    }
    return terms;
  }

  private bigram(first: WordTerms, second: WordTerms): number {
    let id = this.bigramIds.get(first.unigram, second.unigram);
    if (id < 0) {
      id = this.intern(`${BIGRAM}${first.folded} ${second.folded}`);
      this.bigramIds.set(first.unigram, second.unigram, id);
    }
    return id;
  }
}
