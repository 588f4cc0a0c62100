export interface VectorHit {
  label: number;
  /** Cosine similarity, 1 = same direction. */
  score: number;
}

/** Port for nearest-neighbour search over embeddings; {@link HnswVectorIndex} is the implementation. */
export interface VectorIndex {
  readonly dimensions: number;
  readonly size: number;
  add(label: number, vector: number[]): void;
  remove(label: number): void;
  search(vector: number[], k: number): VectorHit[];
  save(file: string): void;
}
