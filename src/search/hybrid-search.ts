import type { Embeddings } from "@langchain/core/embeddings";
import type { HeadingRerank } from "./heading-rerank.ts";
import type { LexicalIndex } from "./lexical-index.ts";
import type { VectorIndex } from "./vector-index.ts";
import { analyzeQuery, numeralAlternates } from "./vietnamese-analyzer.ts";

export interface HybridOptions {
  /** Reciprocal-rank-fusion constant: larger flattens the difference between ranks. */
  rrfK: number;
  lexicalWeight: number;
  /** Weight of the vector channel; the offline hashed channel is kept low so it can reorder but not bury. */
  vectorWeight: number;
  /** Candidates taken from each channel before fusion. */
  candidates: number;
}

/**
 * Measured on ALQAC: any real weight on the offline hashed channel lowers Recall@5 and MRR, so by default it
 * only breaks ties and fills in passages BM25 does not find (e.g. misspelt words). A neural embedder gets more.
 */
export const DEFAULT_HYBRID: HybridOptions = {
  rrfK: 60,
  lexicalWeight: 1,
  vectorWeight: 1e-4,
  candidates: 50,
};
export const NEURAL_VECTOR_WEIGHT = 0.5;

export interface HybridHit {
  /** Position in the passage array the indexes were built from. */
  index: number;
  /** Fused score (reciprocal rank fusion); only comparable within one query. */
  score: number;
  /** BM25 score (after the heading rerank, when one is set); 0 when the lexical channel did not find the passage. */
  lexical: number;
  /** Cosine similarity, 0 when the vector channel did not find the passage. */
  vector: number;
}

/**
 * BM25 (optionally reranked by headings) and vector search fused by weighted reciprocal rank. Vector labels are
 * the same positions as the lexical index uses.
 *
 * @example
 * const hits = await new HybridSearch(bm25, vectors, embedder).search("han chot quy hoach", 5);
 */
export class HybridSearch {
  constructor(
    private readonly lexical: LexicalIndex,
    private readonly vectors: VectorIndex | null,
    private readonly embedder: Embeddings | null,
    private readonly options: HybridOptions = DEFAULT_HYBRID,
    private readonly rerank: HeadingRerank | null = null,
  ) {}

  async search(query: string, k: number): Promise<HybridHit[]> {
    const { rrfK, lexicalWeight, vectorWeight, candidates } = this.options;
    const fused = new Map<number, HybridHit>();
    const hit = (index: number) => {
      const h = fused.get(index) ?? { index, score: 0, lexical: 0, vector: 0 };
      fused.set(index, h);
      return h;
    };
    const terms = analyzeQuery(query);
    const found = this.lexical.search([...terms, ...numeralAlternates(query)], Math.max(k, candidates));
    const lexicalHits = this.rerank ? this.rerank.apply(query, terms, found) : found;
    lexicalHits.forEach((h, rank) => {
      const entry = hit(h.index);
      entry.lexical = h.score;
      entry.score += lexicalWeight / (rrfK + rank + 1);
    });
    if (this.vectors && this.embedder && vectorWeight > 0 && this.vectors.size > 0) {
      const vectorHits = this.vectors.search(await this.embedder.embedQuery(query), Math.max(k, candidates));
      vectorHits.forEach((h, rank) => {
        const entry = hit(h.label);
        entry.vector = h.score;
        entry.score += vectorWeight / (rrfK + rank + 1);
      });
    }
    return [...fused.values()].sort((a, b) => b.score - a.score || b.lexical - a.lexical).slice(0, k);
  }
}
