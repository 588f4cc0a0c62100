import { asc, eq } from "drizzle-orm";
import type { DocumentMeta, Passage } from "../corpus/types.ts";
import type { Db } from "../db/open-database.ts";
import { obligations } from "../db/schema.ts";
import type { DeadlineKind, Recurrence } from "./deadline.ts";
import type { EventCalendar } from "./events-calendar.ts";
import type { Obligation } from "./obligation.ts";
import { extractObligations } from "./obligation-extractor.ts";

type Row = typeof obligations.$inferSelect;

const fromRow = (row: Row): Obligation => ({
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

/**
 * Re-reads the obligations of every indexed document and replaces the table in one transaction. Extraction is
 * rule-based and takes milliseconds, so a full rebuild is simpler than tracking which documents changed; ids are
 * content-derived, so unchanged passages keep their obligation ids and the tasks built on them.
 *
 * @example
 * syncObligations(db, [{ meta, passages }], calendar).length // 64
 */
export function syncObligations(
  db: Db,
  documents: readonly { meta: DocumentMeta; passages: readonly Passage[] }[],
  events?: EventCalendar,
): Obligation[] {
  const all = documents.flatMap((document) => extractObligations(document, { events }));
  db.transaction((tx) => {
    tx.delete(obligations).run();
    all.forEach((o, ordinal) => {
      tx.insert(obligations)
        .values({
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
        })
        .run();
    });
  });
  return all;
}

/** Obligations in document order, optionally of one document. */
export function listObligations(db: Db, filter: { documentId?: string } = {}): Obligation[] {
  const query = db.select().from(obligations);
  const rows = filter.documentId
    ? query.where(eq(obligations.documentId, filter.documentId)).orderBy(asc(obligations.ordinal)).all()
    : query.orderBy(asc(obligations.ordinal)).all();
  return rows.map(fromRow);
}
