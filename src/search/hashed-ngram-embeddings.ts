import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import { fold, normalize } from "./vietnamese-analyzer.ts";

export interface HashedNgramEmbeddingsParams extends EmbeddingsParams {
  dimensions?: number;
}

/** FNV-1a, 32 bit: fast and stable across runs and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The offline embedder: folded character 3- and 4-grams of each syllable plus whole syllables, hashed into a
 * fixed-size signed vector (the "hashing trick") and L2-normalised. It is lexical, not neural: it catches
 * spelling variants and partial words that BM25 misses, but knows no synonyms.
 *
 * @example
 * const vector = await new HashedNgramEmbeddings().embedQuery("quy hoạch cán bộ trẻ");
 */
export class HashedNgramEmbeddings extends Embeddings {
  readonly dimensions: number;

  constructor(params: HashedNgramEmbeddingsParams = {}) {
    super(params);
    this.dimensions = params.dimensions ?? 256;
  }

  embedSync(text: string): number[] {
    const vector = new Float64Array(this.dimensions);
    const features = new Map<string, number>();
    const words = fold(normalize(text)).match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let w = 0; w < words.length; w++) {
      const marked = `_${words[w]}_`;
      features.set(`w:${words[w]}`, (features.get(`w:${words[w]}`) ?? 0) + 1);
      if (w + 1 < words.length) {
        const pair = `p:${words[w]} ${words[w + 1]}`;
        features.set(pair, (features.get(pair) ?? 0) + 1);
      }
      for (const n of [3, 4]) {
        for (let i = 0; i + n <= marked.length; i++) {
          const gram = marked.slice(i, i + n);
          features.set(gram, (features.get(gram) ?? 0) + 1);
        }
      }
    }
    for (const [feature, count] of features) {
      const hash = fnv1a(feature);
      vector[hash % this.dimensions] += (hash & 0x80000000 ? -1 : 1) * (1 + Math.log(count));
    }
    const norm = Math.hypot(...vector) || 1;
    return Array.from(vector, (v) => v / norm);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedSync(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedSync(document);
  }
}
