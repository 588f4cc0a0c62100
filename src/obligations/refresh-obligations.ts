import type { DocumentMeta, Passage } from "../corpus/types.ts";
import type { Db } from "../db/open-database.ts";
import type { EventCalendar } from "./events-calendar.ts";
import { syncObligations } from "./obligation-store.ts";
import { syncTasks } from "./task-table.ts";

export interface RefreshSummary {
  obligations: number;
  tasksAdded: number;
  tasksRemoved: number;
}

/**
 * Rebuilds the obligations from the indexed documents and brings the task table in line with them and with the
 * unit registry. Run after every ingest and every units import; cheap (milliseconds) and idempotent.
 *
 * @example
 * refreshObligations(db, index, { events, defaultProvince: "" })
 */
export function refreshObligations(
  db: Db,
  corpus: { documents: ReadonlyMap<string, DocumentMeta>; passages: readonly Passage[] },
  options: { events?: EventCalendar; defaultProvince: string; now?: Date },
): RefreshSummary {
  const byDocument = new Map<string, Passage[]>();
  for (const passage of corpus.passages) {
    const list = byDocument.get(passage.documentId) ?? [];
    list.push(passage);
    byDocument.set(passage.documentId, list);
  }
  const documents = [...corpus.documents.values()].map((meta) => ({
    meta,
    passages: byDocument.get(meta.id) ?? [],
  }));
  const obligations = syncObligations(db, documents, options.events);
  const tasks = syncTasks(db, {
    provinceOf: (id) => corpus.documents.get(id)?.province || options.defaultProvince,
    now: options.now,
  });
  return { obligations: obligations.length, tasksAdded: tasks.added, tasksRemoved: tasks.removed };
}
