/**
 * How many registered units each obligation was given to, so that an obligation that matches no unit is reported
 * ("chưa giao cho đơn vị nào") instead of vanishing from the task table.
 */
import { isNull, sql } from "drizzle-orm";
import type { DbWriter } from "../db/open-database.ts";
import { tasks } from "../db/schema.ts";
import type { Obligation } from "./obligation.ts";
import { type Unit, unitsForParties } from "./unit-registry.ts";

/** An obligation with the number of units that have a task for it (0 when none). */
export type AssignedObligation = Obligation & { assigned: number };

/**
 * The number of units with a live task for each obligation, by obligation id (occurrences of a recurring task
 * count once; removed tasks do not count).
 *
 * @example
 * assignedCounts(db).get("hy-kl-can-bo-tre-2024#3.3/1a2b3c") // 1
 */
export function assignedCounts(db: DbWriter): Map<string, number> {
  const rows = db
    .select({ obligationId: tasks.obligationId, units: sql<number>`count(distinct ${tasks.unitId})` })
    .from(tasks)
    .where(isNull(tasks.removedAt))
    .groupBy(tasks.obligationId)
    .all();
  return new Map(rows.map((r) => [r.obligationId, Number(r.units)]));
}

/** The obligations with their `assigned` count from the task table. */
export function withAssigned(db: DbWriter, obligations: readonly Obligation[]): AssignedObligation[] {
  const counts = assignedCounts(db);
  return obligations.map((o) => ({ ...o, assigned: counts.get(o.id) ?? 0 }));
}

/**
 * What the task table would assign, for obligations not stored yet (an upload's preview): the units of the
 * registry their parties name in `province`; none when the province is unknown, as ingest would do.
 */
export function previewAssigned(
  obligations: readonly Obligation[],
  province: string,
  registry: readonly Unit[],
): AssignedObligation[] {
  return obligations.map((o) => ({
    ...o,
    assigned: province ? unitsForParties(o.responsible, province, registry).length : 0,
  }));
}
