import { asc, count, eq, notInArray } from "drizzle-orm";
import type { DocumentMeta, Passage } from "../corpus/types.ts";
import type { DbWriter } from "../db/open-database.ts";
import { documents as documentsTable, obligations } from "../db/schema.ts";
import type { DeadlineKind, Recurrence } from "./deadline.ts";
import type { EventCalendar } from "./events-calendar.ts";
import type { Obligation } from "./obligation.ts";
import { extractObligations } from "./obligation-extractor.ts";

type Row = typeof obligations.$inferSelect;

/** Rows per multi-row INSERT (12 columns each). */
const INSERT_BATCH = 200;

/** An obligations row (SQLite or PostgreSQL: same shape) as an Obligation. */
export const obligationFromRow = (row: Row): Obligation => ({
  id: row.id,
  documentId: row.documentId,
  passageId: row.passageId,
  section: row.section,
  responsible: row.responsible,
  action: row.action,
  deadline: {
    kind: row.deadlineKind as DeadlineKind,
    due: row.deadlineDue,
    recurrence: row.deadlineRecurrence as Recurrence | null,
    text: row.deadlineText,
  },
  sourceText: row.sourceText,
});

const toRow = (o: Obligation, ordinal: number) => ({
  id: o.id,
  documentId: o.documentId,
  passageId: o.passageId,
  ordinal,
  section: o.section,
  responsible: o.responsible,
  action: o.action,
  deadlineKind: o.deadline.kind,
  deadlineDue: o.deadline.due,
  deadlineRecurrence: o.deadline.recurrence,
  deadlineText: o.deadline.text,
  sourceText: o.sourceText,
});

/**
 * Makes one document's stored obligations match what the extractor reads from it now, inside the caller's
 * transaction (so they change together with the document's passages and tasks). Writes nothing when they are
 * already equal, so a re-ingest is a no-op. Ids are content-derived: unchanged passages keep their obligation ids
 * and the tasks built on them.
 *
 * @example
 * db.transaction((tx) => replaceDocumentObligations(tx, { meta, passages }, calendar)).length // 12
 */
export function replaceDocumentObligations(
  tx: DbWriter,
  document: { meta: DocumentMeta; passages: readonly Passage[] },
  events?: EventCalendar,
): Obligation[] {
  const fresh = extractObligations(document, { events });
  const wanted = fresh.map(toRow);
  const stored = tx
    .select()
    .from(obligations)
    .where(eq(obligations.documentId, document.meta.id))
    .orderBy(asc(obligations.ordinal))
    .all();
  if (stored.length === wanted.length && JSON.stringify(stored) === JSON.stringify(wanted)) return fresh;
  if (stored.length) tx.delete(obligations).where(eq(obligations.documentId, document.meta.id)).run();
  for (let i = 0; i < wanted.length; i += INSERT_BATCH)
    tx.insert(obligations)
      .values(wanted.slice(i, i + INSERT_BATCH))
      .run();
  return fresh;
}

/**
 * Brings the obligations of every given document in line with the extractor, inside the caller's transaction,
 * and drops obligations of documents no longer stored. Each document is its own savepoint: one whose extraction or
 * writing fails keeps its stored obligations and is passed to `onError`.
 *
 * @example
 * db.transaction((tx) => syncObligations(tx, [{ meta, passages }], calendar)) // 64
 */
export function syncObligations(
  tx: DbWriter,
  documents: readonly { meta: DocumentMeta; passages: readonly Passage[] }[],
  events?: EventCalendar,
  onError?: (documentId: string, error: unknown) => void,
): number {
  const stored = tx.select({ id: documentsTable.id }).from(documentsTable);
  tx.delete(obligations).where(notInArray(obligations.documentId, stored)).run();
  for (const document of documents) {
    try {
      tx.transaction((sp) => {
        replaceDocumentObligations(sp, document, events);
      });
    } catch (error) {
      onError?.(document.meta.id, error);
    }
  }
  return tx.select({ n: count() }).from(obligations).get()?.n ?? 0;
}

/** Obligations in document order (documents by id), optionally of one document. */
export function listObligations(db: DbWriter, filter: { documentId?: string } = {}): Obligation[] {
  const query = db.select().from(obligations);
  const order = [asc(obligations.documentId), asc(obligations.ordinal)] as const;
  const rows = filter.documentId
    ? query
        .where(eq(obligations.documentId, filter.documentId))
        .orderBy(...order)
        .all()
    : query.orderBy(...order).all();
  return rows.map(obligationFromRow);
}
