/** A passage as the lexical index sees it: analyzed terms of its own text and of its context (headings, title). */
export interface AnalyzedFields {
  text: string[];
  context: string[];
}

export interface ScoredHit {
  /** Position of the passage in the array the index was built from. */
  index: number;
  score: number;
}

/** Port for keyword retrieval; {@link Bm25Index} is the implementation. */
export interface LexicalIndex {
  readonly size: number;
  search(queryTerms: readonly string[], k: number): ScoredHit[];
  /** Inverse document frequency of a term, 0 when no passage contains it. */
  idf(term: string): number;
}
