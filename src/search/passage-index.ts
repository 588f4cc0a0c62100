import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import type { Statement } from "better-sqlite3";
import { asc, eq } from "drizzle-orm";
import { duplicatePassage, type StoredFile, type UnchangedFile } from "../corpus/load-corpus.ts";
import { isMetaPassage } from "../corpus/structure-parser.ts";
import type { DocumentMeta, DocumentReference, ParsedDocument, Passage } from "../corpus/types.ts";
import type { Db, DbWriter } from "../db/open-database.ts";
import { documents, indexMeta, passages } from "../db/schema.ts";
import { TrolyError } from "../errors.ts";
import { Bm25Index } from "./bm25-index.ts";
import { HeadingRerank } from "./heading-rerank.ts";
import { HnswVectorIndex } from "./hnsw-vector-index.ts";
import { DEFAULT_HYBRID, type HybridOptions, HybridSearch } from "./hybrid-search.ts";
import { lexicalSnapshot } from "./lexical-snapshot.ts";

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
  /** Passages written (of added and updated documents). */
  passages: number;
  /** Documents that could not be stored or removed; each keeps its previous state. */
  errors: IngestError[];
}

/** One file that failed: the `errors` entries of `ingest --json` (a contract: `{file, line, message}`). */
export interface IngestError {
  file: string;
  line: number;
  message: string;
}

/**
 * Runs inside a document's transaction, after its passages are written (`document` set) or after it is deleted
 * (`document` null). Throwing rolls the whole document back.
 */
export type DocumentHook = (tx: DbWriter, documentId: string, document: ParsedDocument | null) => void;

export interface EmbedderSpec {
  embedder: Embeddings;
  /** Identifies model and dimensions; stored vectors from another embedder are recomputed. */
  id: string;
  /** Weight of this embedder's channel in the fusion. */
  fusionWeight: number;
}

/** A passages row as `reload` selects it (raw: columns in order, JSON columns as text). */
type PassageRow = [string, number, string, string, string, string, string, number, number, string];

/** Room for metadata passages that `search` drops from the ranking. */
const META_SLACK = 6;

/** What gets embedded for a passage: its headings give short bullets their topic. */
const embeddingText = (p: Pick<Passage, "headings" | "text">) => [...p.headings, p.text].join("\n");
const contextOf = (p: Pick<Passage, "headings">, doc: DocumentMeta) =>
  [doc.title, doc.number, ...p.headings].join("\n");

/**
 * The searchable corpus: documents and passages in SQLite (the source of truth), a BM25 index read from its file
 * in the data folder when that was written for exactly the stored passages (else built from their text and
 * saved), and, with a neural embedder, an HNSW file reloaded when it matches the stored passages.
 *
 * @example
 * const index = await PassageIndex.open(db, "data", createEmbedder(config)); // null: BM25 alone
 * await index.ingest(loadCorpus("corpus").documents);
 * const hits = await index.search("hạn chót rà soát quy hoạch", 5);
 */
export class PassageIndex {
  private passageList: IndexedPassage[] = [];
  private documentMap = new Map<string, DocumentMeta>();
  private hashes = new Map<string, string>();
  private files = new Map<string, string>();
  private rawHashes = new Map<string, string | null>();
  private bm25 = Bm25Index.build([]);
  private lexicalLoaded = false;
  private vectors: HnswVectorIndex | null = null;
  private byId = new Map<string, IndexedPassage>();
  private byDocument = new Map<string, IndexedPassage[]>();
  private searcher: HybridSearch | null = null;
  private insertPassage: Statement | null = null;
  private selectPassages: Statement | null = null;

  private constructor(
    private readonly db: Db,
    private readonly vectorFile: string,
    private readonly lexicalFile: string,
    private readonly spec: EmbedderSpec | null,
    private readonly hybrid?: Partial<HybridOptions>,
  ) {}

  static async open(
    db: Db,
    dataDir: string,
    spec: EmbedderSpec | null,
    hybrid?: Partial<HybridOptions>,
  ): Promise<PassageIndex> {
    const index = new PassageIndex(
      db,
      path.join(dataDir, "vectors.hnsw"),
      path.join(dataDir, "lexical.bin"),
      spec,
      hybrid,
    );
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

  /** Where the lexical index came from at the last (re)load: its file (a warm start) or a build from the text. */
  get lexicalSource(): "file" | "built" {
    return this.lexicalLoaded ? "file" : "built";
  }

  passage(id: string): IndexedPassage | undefined {
    return this.byId.get(id);
  }

  /** A document's passages in reading order (empty for an unknown document). */
  passagesOf(documentId: string): readonly IndexedPassage[] {
    return this.byDocument.get(documentId) ?? [];
  }

  /** Which file each indexed document came from, read from the database (fresh even if another process ingested). */
  owners(): Map<string, string> {
    const rows = this.db.select({ id: documents.id, file: documents.file }).from(documents).all();
    return new Map(rows.map((r) => [r.id, r.file]));
  }

  /**
   * Each indexed file's document and the sha256 of its bytes when indexed, read from the database: what
   * `loadCorpusFolder` needs to skip unchanged files unread. A file without a raw hash (stored before it was kept),
   * or holding more than one document, is left out, so it is parsed.
   */
  storedFiles(): Map<string, StoredFile> {
    const rows = this.db
      .select({ id: documents.id, file: documents.file, rawHash: documents.rawHash })
      .from(documents)
      .all();
    const count = new Map<string, number>();
    for (const r of rows) count.set(r.file, (count.get(r.file) ?? 0) + 1);
    return new Map(
      rows
        .filter((r) => r.rawHash && count.get(r.file) === 1)
        .map((r) => [r.file, { id: r.id, rawHash: r.rawHash as string }]),
    );
  }

  /** The corpus file an indexed document came from. */
  fileOf(documentId: string): string | undefined {
    return this.files.get(documentId);
  }

  /**
   * Stores new and changed documents (by content hash) and, with `removeMissing`, drops documents whose file is
   * gone. Unchanged documents cost nothing. Documents from `keepFiles` (files that failed to parse this time)
   * keep their previously indexed version.
   *
   * Each document is written in its own transaction (delete the old rows, insert document and passages, then
   * `onDocument`, which writes what derives from it, e.g. obligations and tasks). `unchanged` are files the loader
   * skipped because their bytes are the ones indexed: their documents count as present and unchanged. A document
   * whose text is unchanged but whose file or raw hash is not (a re-saved Word file, a renamed file) only has those
   * two columns updated. Anything that fails — duplicate
   * passage ids, a constraint, the embedder, the hook — rolls back that document alone: it keeps its previous
   * version, is reported in `errors`, and the other documents are stored.
   */
  async ingest(
    parsed: readonly ParsedDocument[],
    options: {
      removeMissing?: boolean;
      keepFiles?: readonly string[];
      /** Files not parsed because their bytes are the ones indexed (`CorpusLoadResult.unchanged`). */
      unchanged?: readonly UnchangedFile[];
      onProgress?: (done: number, total: number) => void;
      onDocument?: DocumentHook;
      /**
       * Runs after each document's transaction committed (e.g. writing it to PostgreSQL); throwing reports the
       * document in `errors`, and the caller restores what it keeps elsewhere.
       */
      afterDocument?: (documentId: string) => Promise<void>;
    } = {},
  ): Promise<IngestSummary> {
    const stale = this.readStoredState();
    const summary: IngestSummary = {
      added: [],
      updated: [],
      unchanged: [],
      removed: [],
      passages: 0,
      errors: [],
    };
    const skipped = (options.unchanged ?? []).filter((u) => this.hashes.has(u.id));
    const same: UnchangedFile[] = [...skipped];
    const changed = parsed.filter((d) => {
      const unchanged = this.hashes.get(d.meta.id) === d.hash;
      if (unchanged) same.push({ id: d.meta.id, file: d.file });
      return !unchanged;
    });
    this.touch(parsed.filter((d) => this.hashes.get(d.meta.id) === d.hash));
    // In file order, as when every file was parsed.
    same.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    summary.unchanged.push(...same.map((u) => u.id));
    const keepFiles = new Set(options.keepFiles ?? []);
    const kept = [...this.files].filter(([, file]) => keepFiles.has(file)).map(([id]) => id);
    const present = new Set([...parsed.map((d) => d.meta.id), ...skipped.map((u) => u.id), ...kept]);
    const removed = options.removeMissing ? [...this.hashes.keys()].filter((id) => !present.has(id)) : [];
    const total = changed.reduce((n, d) => n + d.passages.length, 0);
    let done = 0;
    for (const doc of changed) {
      const previous = this.hashes.has(doc.meta.id);
      try {
        await this.store(doc, options.onDocument);
        await options.afterDocument?.(doc.meta.id);
        (previous ? summary.updated : summary.added).push(doc.meta.id);
        summary.passages += doc.passages.length;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const outcome = previous ? "its previously indexed version is kept" : "it is not indexed";
        summary.errors.push({
          file: doc.file,
          line: 1,
          message: `${doc.file}:1: could not be stored (${reason}); ${outcome}`,
        });
      }
      done += doc.passages.length;
      options.onProgress?.(done, total);
    }
    for (const id of removed) {
      try {
        this.db.transaction(
          (tx) => {
            tx.delete(documents).where(eq(documents.id, id)).run();
            options.onDocument?.(tx, id, null);
          },
          { behavior: "immediate" },
        );
        await options.afterDocument?.(id);
        summary.removed.push(id);
      } catch (error) {
        const file = this.files.get(id) ?? id;
        const reason = error instanceof Error ? error.message : String(error);
        summary.errors.push({
          file,
          line: 1,
          message: `${file}:1: could not be removed (${reason}); it stays indexed`,
        });
      }
    }
    const wrote = summary.added.length + summary.updated.length + summary.removed.length > 0;
    if (wrote && this.spec) this.setMeta("embedder", this.spec.id);
    if (wrote || stale) await this.reload();
    return summary;
  }

  /**
   * Records the file and raw hash of documents whose text is unchanged, where they differ from the stored ones, so
   * that the next ingest skips those files unread. Nothing else of the documents is written.
   */
  private touch(unchanged: readonly ParsedDocument[]): void {
    const stale = unchanged.filter(
      (d) =>
        d.rawHash && (this.rawHashes.get(d.meta.id) !== d.rawHash || this.files.get(d.meta.id) !== d.file),
    );
    if (stale.length === 0) return;
    this.db.transaction(
      (tx) => {
        for (const d of stale)
          tx.update(documents)
            .set({ rawHash: d.rawHash, file: d.file })
            .where(eq(documents.id, d.meta.id))
            .run();
      },
      { behavior: "immediate" },
    );
    for (const d of stale) {
      this.rawHashes.set(d.meta.id, d.rawHash ?? null);
      this.files.set(d.meta.id, d.file);
    }
  }

  /** Writes one document, its passages and what `onDocument` derives, in one transaction. */
  private async store(doc: ParsedDocument, onDocument?: DocumentHook): Promise<void> {
    const duplicate = duplicatePassage(doc.passages);
    if (duplicate)
      throw new TrolyError(`passage id "${duplicate[1].id}" is given to two passages`, "passage_duplicate");
    const m = doc.meta;
    const vectors = this.spec
      ? (await this.spec.embedder.embedDocuments(doc.passages.map(embeddingText))).map((v) =>
          Buffer.from(Float32Array.from(v).buffer),
        )
      : [];
    // The term columns stay empty: the lexical index is built from the text (lexical-snapshot.ts), so storing every
    // passage's analyzed terms only cost a second analysis and a database several times the corpus.
    const rows = doc.passages.map((p, ordinal) => [
      p.id,
      m.id,
      ordinal,
      p.path,
      p.section,
      JSON.stringify(p.headings),
      p.text,
      p.start,
      p.end,
      JSON.stringify(p.references),
      "[]",
      "[]",
      vectors[ordinal] ?? null,
    ]);
    const indexedAt = new Date().toISOString();
    // A plain prepared statement on the same connection (so inside the transaction): drizzle's per-value query
    // building costs more than the insert itself at thousands of passages.
    this.insertPassage ??= this.db.$client.prepare(
      `insert into passages (id, document_id, ordinal, path, section, headings, text, start, "end", "references",
        text_terms, context_terms, vector) values (${Array(13).fill("?").join(", ")})`,
    );
    const insert = this.insertPassage;
    this.db.transaction(
      (tx) => {
        tx.delete(documents).where(eq(documents.id, m.id)).run();
        tx.insert(documents)
          .values({
            ...m,
            file: doc.file,
            hash: doc.hash,
            rawHash: doc.rawHash ?? null,
            references: doc.references,
            indexedAt,
          })
          .run();
        for (const row of rows) insert.run(row);
        onDocument?.(tx, m.id, doc);
      },
      { behavior: "immediate" },
    );
  }

  /**
   * Reloads passages and the search index when the stored documents are not the ones in memory (another instance
   * changed the shared corpus); true when it did. Cheap otherwise: one read of the documents' hashes.
   */
  async refresh(): Promise<boolean> {
    if (!this.readStoredState()) return false;
    await this.reload();
    return true;
  }

  /**
   * Re-reads which documents are stored (id, hash, file): another process may have ingested since this index was
   * loaded. True when that differs from what is in memory, so the caller reloads.
   */
  private readStoredState(): boolean {
    const rows = this.db
      .select({ id: documents.id, hash: documents.hash, file: documents.file, rawHash: documents.rawHash })
      .from(documents)
      .all();
    const stale = rows.length !== this.hashes.size || rows.some((r) => this.hashes.get(r.id) !== r.hash);
    this.hashes = new Map(rows.map((r) => [r.id, r.hash]));
    this.files = new Map(rows.map((r) => [r.id, r.file]));
    this.rawHashes = new Map(rows.map((r) => [r.id, r.rawHash]));
    return stale;
  }

  /**
   * The k best passages for a question. The title block, signature and "Nơi nhận" list are metadata: they are
   * cited for "who signed / which number / sent to whom", never ranked as content.
   */
  async search(query: string, k: number): Promise<SearchResult[]> {
    if (!this.searcher) return [];
    const hits = await this.searcher.search(query, k + META_SLACK);
    return hits
      .filter((h) => !isMetaPassage(this.passageList[h.index].path))
      .slice(0, k)
      .map((h) => {
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
    this.rawHashes = new Map(docRows.map((d) => [d.id, d.rawHash]));
    // Not the stored terms or vectors: the index comes from its file or the text, vectors from loadVectors. A raw
    // statement: at 100,000 passages drizzle's per-row mapping was most of a warm start.
    this.selectPassages ??= this.db.$client
      .prepare(
        `select id, label, document_id, path, section, headings, text, start, "end", "references" from passages
          order by document_id, ordinal`,
      )
      .raw();
    const rows = this.selectPassages.all() as PassageRow[];
    this.passageList = rows.map(
      ([id, label, documentId, path, section, headings, text, start, end, refs]) => ({
        id,
        label,
        documentId,
        path,
        section,
        headings: JSON.parse(headings) as string[],
        text,
        start,
        end,
        references: refs === "[]" ? [] : (JSON.parse(refs) as DocumentReference[]),
      }),
    );
    const snapshot = lexicalSnapshot(this.lexicalFile, this.passageList, (i) => {
      const p = this.passageList[i];
      return { text: p.text, context: contextOf(p, this.documentMap.get(p.documentId) as DocumentMeta) };
    });
    this.bm25 = snapshot.index;
    this.lexicalLoaded = snapshot.loaded;
    this.byId = new Map(this.passageList.map((p) => [p.id, p]));
    this.byDocument = new Map();
    for (const p of this.passageList) {
      const own = this.byDocument.get(p.documentId);
      if (own) own.push(p);
      else this.byDocument.set(p.documentId, [p]);
    }
    this.vectors = this.spec && rows.length > 0 ? await this.loadVectors() : null;
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

  private async loadVectors(): Promise<HnswVectorIndex | null> {
    const spec = this.spec as EmbedderSpec;
    const stored = this.db.select().from(indexMeta).where(eq(indexMeta.key, "embedder")).get()?.value;
    const rows = this.db
      .select({
        label: passages.label,
        id: passages.id,
        headings: passages.headings,
        text: passages.text,
        vector: passages.vector,
      })
      .from(passages)
      .orderBy(asc(passages.documentId), asc(passages.ordinal))
      .all();
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
