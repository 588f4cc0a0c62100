import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { asc, eq, inArray } from "drizzle-orm";
import type { DocumentMeta, DocumentReference, ParsedDocument, Passage } from "../corpus/types.ts";
import type { Db } from "../db/open-database.ts";
import { documents, indexMeta, passages } from "../db/schema.ts";
import { Bm25Index } from "./bm25-index.ts";
import { HeadingRerank } from "./heading-rerank.ts";
import { HnswVectorIndex } from "./hnsw-vector-index.ts";
import { DEFAULT_HYBRID, type HybridOptions, HybridSearch } from "./hybrid-search.ts";
import { analyze } from "./vietnamese-analyzer.ts";

export interface IndexedPassage extends Passage {
  label: number;
}

export interface SearchResult {
  passage: IndexedPassage;
  document: DocumentMeta;
  score: number;
  lexical: number;
  vector: number;
}

export interface IngestSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  passages: number;
}

export interface EmbedderSpec {
  embedder: Embeddings;
  /** Identifies model and dimensions; stored vectors from another embedder are recomputed. */
  id: string;
  /** Weight of this embedder's channel in the fusion. */
  fusionWeight: number;
}

/** What gets embedded for a passage: its headings give short bullets their topic. */
const embeddingText = (p: Pick<Passage, "headings" | "text">) => [...p.headings, p.text].join("\n");
const contextOf = (p: Pick<Passage, "headings">, doc: DocumentMeta) =>
  [doc.title, doc.number, ...p.headings].join("\n");

/**
 * The searchable corpus: documents and passages in SQLite (the source of truth), a BM25 index rebuilt in
 * memory from stored terms, and an HNSW file that is reloaded when it matches the stored passages.
 *
 * @example
 * const index = await PassageIndex.open(db, "data", { embedder: new HashedNgramEmbeddings(), id: "hashed-256" });
 * await index.ingest(loadCorpus("corpus").documents);
 * const hits = await index.search("hạn chót rà soát quy hoạch", 5);
 */
export class PassageIndex {
  private passageList: IndexedPassage[] = [];
  private documentMap = new Map<string, DocumentMeta>();
  private hashes = new Map<string, string>();
  private files = new Map<string, string>();
  private bm25 = Bm25Index.build([]);
  private vectors: HnswVectorIndex | null = null;
  private byId = new Map<string, IndexedPassage>();
  private searcher: HybridSearch | null = null;

  private constructor(
    private readonly db: Db,
    private readonly vectorFile: string,
    private readonly spec: EmbedderSpec | null,
    private readonly hybrid?: Partial<HybridOptions>,
  ) {}

  static async open(
    db: Db,
    dataDir: string,
    spec: EmbedderSpec | null,
    hybrid?: Partial<HybridOptions>,
  ): Promise<PassageIndex> {
    const index = new PassageIndex(db, path.join(dataDir, "vectors.hnsw"), spec, hybrid);
    await index.reload();
    return index;
  }

  get passages(): readonly IndexedPassage[] {
    return this.passageList;
  }

  get documents(): ReadonlyMap<string, DocumentMeta> {
    return this.documentMap;
  }

  get lexical(): Bm25Index {
    return this.bm25;
  }

  passage(id: string): IndexedPassage | undefined {
    return this.byId.get(id);
  }

  /**
   * Stores new and changed documents (by content hash) and, with `removeMissing`, drops documents whose file is
   * gone. Unchanged documents cost nothing. Documents from `keepFiles` (files that failed to parse this time)
   * keep their previously indexed version.
   */
  async ingest(
    parsed: readonly ParsedDocument[],
    options: {
      removeMissing?: boolean;
      keepFiles?: readonly string[];
      onProgress?: (done: number, total: number) => void;
    } = {},
  ): Promise<IngestSummary> {
    const summary: IngestSummary = { added: [], updated: [], unchanged: [], removed: [], passages: 0 };
    const changed = parsed.filter((d) => {
      const old = this.hashes.get(d.meta.id);
      if (old === d.hash) summary.unchanged.push(d.meta.id);
      else (old ? summary.updated : summary.added).push(d.meta.id);
      return old !== d.hash;
    });
    const keepFiles = new Set(options.keepFiles ?? []);
    const kept = [...this.files].filter(([, file]) => keepFiles.has(file)).map(([id]) => id);
    const present = new Set([...parsed.map((d) => d.meta.id), ...kept]);
    const removed = options.removeMissing ? [...this.hashes.keys()].filter((id) => !present.has(id)) : [];
    summary.removed = removed;
    const total = changed.reduce((n, d) => n + d.passages.length, 0);
    summary.passages = total;
    const vectors: Buffer[][] = [];
    let done = 0;
    for (const doc of changed) {
      const embedded = this.spec
        ? await this.spec.embedder.embedDocuments(doc.passages.map(embeddingText))
        : [];
      vectors.push(embedded.map((v) => Buffer.from(Float32Array.from(v).buffer)));
      done += doc.passages.length;
      options.onProgress?.(done, total);
    }
    if (changed.length === 0 && removed.length === 0) return summary;
    const now = new Date().toISOString();
    this.db.transaction((tx) => {
      const gone = [...removed, ...changed.map((d) => d.meta.id)];
      if (gone.length) tx.delete(documents).where(inArray(documents.id, gone)).run();
      changed.forEach((doc, i) => {
        const m = doc.meta;
        tx.insert(documents)
          .values({ ...m, file: doc.file, hash: doc.hash, references: doc.references, indexedAt: now })
          .run();
        doc.passages.forEach((p, ordinal) => {
          tx.insert(passages)
            .values({
              id: p.id,
              documentId: m.id,
              ordinal,
              path: p.path,
              section: p.section,
              headings: p.headings,
              text: p.text,
              start: p.start,
              end: p.end,
              references: p.references,
              textTerms: analyze(p.text),
              contextTerms: analyze(contextOf(p, m)),
              vector: vectors[i][ordinal] ?? null,
            })
            .run();
        });
      });
    });
    if (this.spec) this.setMeta("embedder", this.spec.id);
    await this.reload();
    return summary;
  }

  async search(query: string, k: number): Promise<SearchResult[]> {
    if (!this.searcher) return [];
    const hits = await this.searcher.search(query, k);
    return hits.map((h) => {
      const passage = this.passageList[h.index];
      const document = this.documentMap.get(passage.documentId) as DocumentMeta;
      return { passage, document, score: h.score, lexical: h.lexical, vector: h.vector };
    });
  }

  private setMeta(key: string, value: string): void {
    this.db
      .insert(indexMeta)
      .values({ key, value })
      .onConflictDoUpdate({ target: indexMeta.key, set: { value } })
      .run();
  }

  /** Loads everything from SQLite; re-embeds when the stored vectors came from another embedder. */
  private async reload(): Promise<void> {
    const docRows = this.db.select().from(documents).all();
    this.documentMap = new Map(
      docRows.map((d) => [d.id, { ...d, recipients: d.recipients ?? [] } satisfies DocumentMeta]),
    );
    this.hashes = new Map(docRows.map((d) => [d.id, d.hash]));
    this.files = new Map(docRows.map((d) => [d.id, d.file]));
    const rows = this.db
      .select()
      .from(passages)
      .orderBy(asc(passages.documentId), asc(passages.ordinal))
      .all();
    this.passageList = rows.map((r) => ({
      id: r.id,
      label: r.label,
      documentId: r.documentId,
      path: r.path,
      section: r.section,
      headings: r.headings,
      text: r.text,
      start: r.start,
      end: r.end,
      references: r.references as DocumentReference[],
    }));
    this.bm25 = Bm25Index.build(rows.map((r) => ({ text: r.textTerms, context: r.contextTerms })));
    this.byId = new Map(this.passageList.map((p) => [p.id, p]));
    this.vectors = this.spec ? await this.loadVectors(rows) : null;
    const options = { ...DEFAULT_HYBRID, vectorWeight: this.spec?.fusionWeight ?? 0, ...this.hybrid };
    this.searcher = rows.length
      ? new HybridSearch(this.bm25, this.vectors, this.spec?.embedder ?? null, options, this.headingRerank())
      : null;
  }

  /** Each passage's innermost heading without its number ("2.2. Tiếp tục…" → "Tiếp tục…"). */
  private headingRerank(): HeadingRerank {
    const headings = this.passageList.map((p) =>
      (p.headings.at(-1) ?? "").replace(/^[\dIVXa-zđ.)]+\s+/u, ""),
    );
    return new HeadingRerank(headings, (t) => this.bm25.idf(t));
  }

  private async loadVectors(rows: (typeof passages.$inferSelect)[]): Promise<HnswVectorIndex | null> {
    const spec = this.spec as EmbedderSpec;
    const stored = this.db.select().from(indexMeta).where(eq(indexMeta.key, "embedder")).get()?.value;
    if (rows.length === 0) return null;
    if (stored !== spec.id || rows.some((r) => !r.vector)) {
      const fresh = await spec.embedder.embedDocuments(rows.map(embeddingText));
      this.db.transaction((tx) => {
        rows.forEach((r, i) => {
          r.vector = Buffer.from(Float32Array.from(fresh[i]).buffer);
          tx.update(passages).set({ vector: r.vector }).where(eq(passages.label, r.label)).run();
        });
      });
      this.setMeta("embedder", spec.id);
    }
    const dims = (rows[0].vector as Buffer).byteLength / 4;
    // HNSW labels are positions in `rows`; the file is reused only when it was written for exactly these rows.
    const fingerprint = createHash("sha256")
      .update(spec.id)
      .update(rows.map((r) => `${r.label}:${r.id}`).join("\n"))
      .digest("hex");
    const saved = this.db.select().from(indexMeta).where(eq(indexMeta.key, "hnsw")).get()?.value;
    if (saved === fingerprint && existsSync(this.vectorFile)) {
      try {
        return HnswVectorIndex.load(this.vectorFile, dims);
      } catch {
        // An unreadable file is rebuilt below from the vectors stored in SQLite.
      }
    }
    const index = new HnswVectorIndex(dims, Math.max(16, rows.length));
    rows.forEach((r, i) => {
      const buffer = r.vector as Buffer;
      index.add(i, Array.from(new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4)));
    });
    index.save(this.vectorFile);
    this.setMeta("hnsw", fingerprint);
    return index;
  }
}
