import hnswlib from "hnswlib-node";
import type { VectorHit, VectorIndex } from "./vector-index.ts";

const EF_SEARCH = 64;

/**
 * Cosine HNSW index from hnswlib-node. Removed labels are only marked deleted (the library cannot shrink), and
 * their slots are reused by later additions.
 *
 * @example
 * const index = new HnswVectorIndex(256);
 * index.add(7, vector);
 * index.search(query, 5) // [{ label: 7, score: 0.93 }]
 */
export class HnswVectorIndex implements VectorIndex {
  private readonly hnsw: InstanceType<typeof hnswlib.HierarchicalNSW>;
  private readonly labels = new Set<number>();

  constructor(
    readonly dimensions: number,
    capacity = 1024,
  ) {
    this.hnsw = new hnswlib.HierarchicalNSW("cosine", dimensions);
    this.hnsw.initIndex({
      maxElements: capacity,
      m: 16,
      efConstruction: 200,
      randomSeed: 42,
      allowReplaceDeleted: true,
    });
    this.hnsw.setEf(EF_SEARCH);
  }

  /** Loads an index written by {@link save}; the caller checks it matches the stored passages. */
  static load(file: string, dimensions: number): HnswVectorIndex {
    const index = new HnswVectorIndex(dimensions, 1);
    index.hnsw.readIndexSync(file, true);
    index.hnsw.setEf(EF_SEARCH);
    for (const label of index.hnsw.getIdsList()) index.labels.add(label);
    return index;
  }

  get size(): number {
    return this.labels.size;
  }

  has(label: number): boolean {
    return this.labels.has(label);
  }

  add(label: number, vector: number[]): void {
    if (vector.length !== this.dimensions) {
      throw new Error(`vector has ${vector.length} dimensions, index expects ${this.dimensions}`);
    }
    if (this.hnsw.getCurrentCount() >= this.hnsw.getMaxElements()) {
      this.hnsw.resizeIndex(Math.max(16, this.hnsw.getMaxElements() * 2));
    }
    this.hnsw.addPoint(vector, label, true);
    this.labels.add(label);
  }

  remove(label: number): void {
    if (!this.labels.delete(label)) return;
    this.hnsw.markDelete(label);
  }

  search(vector: number[], k: number): VectorHit[] {
    const n = Math.min(k, this.labels.size);
    if (n === 0) return [];
    const { neighbors, distances } = this.hnsw.searchKnn(vector, n);
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i] }));
  }

  save(file: string): void {
    this.hnsw.writeIndexSync(file);
  }
}
