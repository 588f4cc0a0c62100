import { lt } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import type { PgDb } from "./postgres/open-postgres.ts";
import * as pgs from "./postgres/pg-schema.ts";
import { inboundUpdates } from "./schema.ts";

const WEEK = 7 * 86_400_000;

/**
 * Inbound updates already handled, so a redelivered webhook or poll result is answered once. On PostgreSQL the
 * table is shared: the same update delivered to two instances behind a load balancer is answered by one.
 *
 * @example
 * if (!(await inbound.firstDelivery("telegram:123", new Date()))) return; // a redelivery
 */
export interface InboundDedupe {
  /** True the first time a key is seen (anywhere); false for a redelivery. Keys older than a week are forgotten. */
  firstDelivery(key: string, now: Date): Promise<boolean>;
}

export const sqliteInboundDedupe = (db: Db): InboundDedupe => ({
  async firstDelivery(key, now) {
    db.delete(inboundUpdates)
      .where(lt(inboundUpdates.receivedAt, new Date(now.getTime() - WEEK).toISOString()))
      .run();
    const inserted = db
      .insert(inboundUpdates)
      .values({ key, receivedAt: now.toISOString() })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  },
});

export const pgInboundDedupe = (db: PgDb): InboundDedupe => ({
  async firstDelivery(key, now) {
    const table = pgs.inboundUpdates;
    await db.delete(table).where(lt(table.receivedAt, new Date(now.getTime() - WEEK).toISOString()));
    const inserted = await db
      .insert(table)
      .values({ key, receivedAt: now.toISOString() })
      .onConflictDoNothing()
      .returning({ key: table.key });
    return inserted.length === 1;
  },
});
