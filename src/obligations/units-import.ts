import type { Db, DbWriter } from "../db/open-database.ts";
import { documents, tasks } from "../db/schema.ts";
import { listObligations } from "./obligation-store.ts";
import { applyPlan, planTasks } from "./task-table.ts";
import { listUnits, mergeRegistry, writeUnits } from "./unit-registry.ts";
import type { UnitRecord } from "./units-csv.ts";

/** A task an import would take away: its unit no longer matches the obligation's parties or province. */
export interface TaskRemoval {
  id: string;
  unitId: string;
  unitName: string;
  action: string;
}

export interface UnitsImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** False when the import would remove tasks and `prune` was not given: nothing was written. */
  applied: boolean;
  tasksAdded: number;
  tasksRemoved: number;
  /** Tasks of dissolved units moved to or folded into their successor's (not removed). */
  tasksMerged: number;
  /** The tasks the import removes (with `prune`) or would remove (without it). */
  removals: TaskRemoval[];
}

/**
 * The issuing province of each stored document, or `defaultProvince` for documents that name none (as the task
 * table assigns them).
 */
export function documentProvinces(db: DbWriter, defaultProvince: string): (documentId: string) => string {
  const provinces = new Map(
    db
      .select({ id: documents.id, province: documents.province })
      .from(documents)
      .all()
      .map((d) => [d.id, d.province]),
  );
  return (id) => provinces.get(id) || defaultProvince;
}

/**
 * Imports registry rows and brings the task table in line with them, in one IMMEDIATE transaction. Only the units
 * the rows name change (provinces and parents resolved against the registry). When the new registry would take
 * tasks away from units, nothing is written unless `prune` is set: the report lists them (`applied: false`).
 * Statuses and history are kept; tasks of dissolved units move to their successors.
 *
 * @example
 * const report = importUnitsWithTasks(db, records, { defaultProvince: "" });
 * if (!report.applied) console.log(report.removals); // what --prune would remove
 */
export function importUnitsWithTasks(
  db: Db,
  records: readonly UnitRecord[],
  options: { defaultProvince: string; prune?: boolean; now?: Date },
): UnitsImportReport {
  return db.transaction(
    (tx) => {
      const registry = mergeRegistry(listUnits(tx), records);
      const obligations = listObligations(tx);
      const plan = planTasks(obligations, tx.select().from(tasks).all(), {
        registry,
        provinceOf: documentProvinces(tx, options.defaultProvince),
        now: options.now,
      });
      const actions = new Map(obligations.map((o) => [o.id, o.action]));
      const names = new Map(registry.map((u) => [u.id, u.name]));
      const removals = plan.removed.map((t) => ({
        id: t.id,
        unitId: t.unitId,
        unitName: names.get(t.unitId) ?? t.unitId,
        action: actions.get(t.obligationId) ?? "",
      }));
      const none = { added: 0, updated: 0, unchanged: 0, tasksAdded: 0, tasksRemoved: 0, tasksMerged: 0 };
      if (removals.length > 0 && !options.prune) return { ...none, applied: false, removals };
      const counts = writeUnits(tx, records, options.now);
      const changed = applyPlan(tx, plan);
      return {
        ...counts,
        applied: true,
        tasksAdded: changed.added,
        tasksRemoved: changed.removed,
        tasksMerged: changed.merged,
        removals,
      };
    },
    { behavior: "immediate" },
  );
}
