import { asc } from "drizzle-orm";
import type { DocumentMeta, DocumentReference, ParsedDocument, Passage } from "../corpus/types.ts";
import type { Db, DbWriter } from "../db/open-database.ts";
import { documents, passages } from "../db/schema.ts";
import type { EventCalendar } from "./events-calendar.ts";
import { replaceDocumentObligations, syncObligations } from "./obligation-store.ts";
import { syncDocumentTasks, syncTasks, type TaskContext } from "./task-table.ts";
import { listUnits } from "./unit-registry.ts";

export interface RefreshSummary {
  obligations: number;
  tasksAdded: number;
  tasksRemoved: number;
}

export interface RefreshOptions {
  events?: EventCalendar;
  defaultProvince: string;
  now?: Date;
  /** A document whose obligations could not be read keeps its stored ones; this is told why. */
  onError?: (documentId: string, error: unknown) => void;
  /** Documents whose obligations were just rewritten (by this ingest): not read again. */
  skip?: ReadonlySet<string>;
}

/** The stored documents with their passages, read inside the refresh's transaction (not from any in-memory index). */
function storedDocuments(tx: DbWriter): { meta: DocumentMeta; passages: Passage[] }[] {
  const byDocument = new Map<string, Passage[]>();
  const rows = tx
    .select({
      id: passages.id,
      documentId: passages.documentId,
      path: passages.path,
      section: passages.section,
      headings: passages.headings,
      text: passages.text,
      start: passages.start,
      end: passages.end,
      references: passages.references,
    })
    .from(passages)
    .orderBy(asc(passages.documentId), asc(passages.ordinal))
    .all();
  for (const row of rows) {
    const list = byDocument.get(row.documentId) ?? [];
    list.push({ ...row, references: row.references as DocumentReference[] });
    byDocument.set(row.documentId, list);
  }
  return tx
    .select()
    .from(documents)
    .orderBy(asc(documents.id))
    .all()
    .map(({ file: _f, hash: _h, rawHash: _rh, references: _r, indexedAt: _i, ...meta }) => ({
      meta: { ...meta, recipients: meta.recipients ?? [] },
      passages: byDocument.get(meta.id) ?? [],
    }));
}

/**
 * Rebuilds the obligations of every stored document and brings the task table in line with them and with the
 * unit registry, in one transaction. Run after a units import, and after each ingest to pick up a changed
 * extractor, events calendar or DEFAULT_PROVINCE; idempotent, and writes nothing when nothing changed.
 *
 * @example
 * refreshObligations(db, { events, defaultProvince: "" })
 */
export function refreshObligations(db: Db, options: RefreshOptions): RefreshSummary {
  return db.transaction(
    (tx) => {
      const stored = storedDocuments(tx);
      const provinces = new Map(stored.map((d) => [d.meta.id, d.meta.province]));
      const toRead = options.skip ? stored.filter((d) => !options.skip?.has(d.meta.id)) : stored;
      const obligations = syncObligations(tx, toRead, options.events, options.onError);
      const tasks = syncTasks(tx, {
        registry: listUnits(db),
        provinceOf: (id) => provinces.get(id) || options.defaultProvince,
        now: options.now,
      });
      return { obligations, tasksAdded: tasks.added, tasksRemoved: tasks.removed };
    },
    { behavior: "immediate" },
  );
}

/**
 * The per-document half for ingest: a hook for PassageIndex.ingest that rewrites a changed document's
 * obligations and tasks inside the transaction that writes its passages (or marks a removed document's tasks
 * removed), so a crash never leaves obligations or tasks of a version that is not stored. Counts what it did.
 *
 * @example
 * const hook = documentObligationsHook(db, { events, defaultProvince: "" });
 * await index.ingest(docs, { onDocument: hook.onDocument }); hook.tasksAdded // 12
 */
export function documentObligationsHook(db: Db, options: RefreshOptions) {
  const context: TaskContext = { registry: listUnits(db), provinceOf: () => "", now: options.now };
  const counts = { tasksAdded: 0, tasksRemoved: 0 };
  return {
    counts,
    onDocument(tx: DbWriter, documentId: string, document: ParsedDocument | null): void {
      const obligations = document ? replaceDocumentObligations(tx, document, options.events) : [];
      const province = document?.meta.province || options.defaultProvince;
      const tasks = syncDocumentTasks(tx, documentId, obligations, {
        ...context,
        provinceOf: () => province,
      });
      counts.tasksAdded += tasks.added;
      counts.tasksRemoved += tasks.removed;
    },
  };
}
