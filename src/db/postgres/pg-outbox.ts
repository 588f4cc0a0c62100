import { and, eq, inArray, sql } from "drizzle-orm";
import {
  type ConfirmResult,
  claimable,
  leased,
  type OutboxRepository,
  type OutboxRow,
  queuedFor,
} from "../outbox-repository.ts";
import type { PgDb } from "./open-postgres.ts";
import { outbox, tasks } from "./pg-schema.ts";

/** Rows per INSERT statement (as arrays: the statement has 9 parameters however many rows). */
const CHUNK = 10_000;

/**
 * The outbox on PostgreSQL, shared by every instance. A claim locks the due rows it takes `FOR UPDATE SKIP LOCKED`,
 * so concurrent dispatchers each get other rows at once instead of queueing behind one another; the lease
 * (`lease_until`, `lease_owner`) outlives the transaction, so a killed instance's rows return when it runs out.
 *
 * @example
 * const stats = await dispatchOnce(pgOutbox(await openPostgres(url)), notifiers);
 */
export function pgOutbox(db: PgDb): OutboxRepository {
  const held = (owner: string) => and(eq(outbox.leaseOwner, owner), eq(outbox.status, "sending"));
  return {
    async enqueue(messages, createdAt) {
      if (messages.length === 0) return 0;
      return db.transaction(async (tx) => {
        let inserted = 0;
        for (let i = 0; i < messages.length; i += CHUNK) {
          const rows = messages.slice(i, i + CHUNK);
          const column = <T>(pick: (m: (typeof rows)[number]) => T) => sql.param(rows.map(pick));
          // One statement per chunk over unnest()ed arrays, not a VALUES list: 9 parameters whatever the row
          // count, so neither drizzle nor PostgreSQL spends its time on 100,000 placeholders.
          const result = await tx.execute(sql`
            insert into ${outbox} (dedupe_key, kind, task_id, platform, chat_id, text, buttons, hints, not_before, status, attempts, created_at)
            select d, k, t, p, c, x, b::jsonb, h::jsonb, n, 'pending', 0, ${createdAt}
            from unnest(${column((m) => m.dedupeKey)}::text[], ${column((m) => m.kind)}::text[],
                        ${column((m) => m.taskId)}::text[], ${column((m) => m.platform)}::text[],
                        ${column((m) => m.chatId)}::text[], ${column((m) => m.text)}::text[],
                        ${column((m) => JSON.stringify(m.buttons))}::text[], ${column((m) => JSON.stringify(m.hints))}::text[],
                        ${column((m) => m.notBefore)}::text[]) as u(d, k, t, p, c, x, b, h, n)
            on conflict (dedupe_key) do nothing`);
          inserted += result.rowCount ?? 0;
        }
        return inserted;
      });
    },

    async claim({ platforms, now, batch, owner, leaseUntil, trim }) {
      return db.transaction(async (tx) => {
        const candidates = await tx
          .select()
          .from(outbox)
          .where(claimable(outbox, platforms, now))
          .orderBy(outbox.id)
          .limit(batch)
          .for("update", { skipLocked: true });
        const due = trim(candidates as OutboxRow[]);
        if (due.length === 0) return [];
        await tx
          .update(outbox)
          .set({ status: "sending", leaseUntil, leaseOwner: owner, attempts: sql`${outbox.attempts} + 1` })
          .where(
            inArray(
              outbox.id,
              due.map((row) => row.id),
            ),
          );
        return leased(due, owner, leaseUntil);
      });
    },

    async renew(owner, leaseUntil) {
      await db.update(outbox).set({ leaseUntil }).where(held(owner));
    },

    async confirm(id, owner, leaseUntil) {
      // No transaction and no renewal of the other held rows (the dispatcher's heartbeat renews those): two round
      // trips per send instead of six. The UPDATE … RETURNING checks ownership and extends this row's lease at once.
      const [row] = await db
        .update(outbox)
        .set({ leaseUntil })
        .where(and(eq(outbox.id, id), held(owner)))
        .returning({ taskId: outbox.taskId });
      if (!row) return "lost";
      if (!row.taskId) return "ok";
      const [task] = await db
        .select({ status: tasks.status, removedAt: tasks.removedAt })
        .from(tasks)
        .where(eq(tasks.id, row.taskId));
      const reason: ConfirmResult | null =
        !task || task.removedAt ? "task removed" : task.status === "done" ? "task done" : null;
      if (!reason) return "ok";
      await db
        .update(outbox)
        .set({ status: "cancelled", lastError: `cancelled: ${reason}`, leaseUntil: null, leaseOwner: null })
        .where(and(eq(outbox.id, id), eq(outbox.leaseOwner, owner)));
      return reason;
    },

    async finish(id, owner, values) {
      const { id: _id, ...rest } = values;
      await db
        .update(outbox)
        .set({ ...rest, leaseUntil: null, leaseOwner: null })
        .where(and(eq(outbox.id, id), eq(outbox.leaseOwner, owner)));
    },

    async list(status) {
      const query = db.select().from(outbox);
      const rows = await (status ? query.where(eq(outbox.status, status)) : query).orderBy(outbox.id);
      return (rows as OutboxRow[]).reverse();
    },

    async requeue(id, now) {
      const where =
        id === "dead" ? eq(outbox.status, "dead") : and(eq(outbox.id, id), eq(outbox.status, "dead"));
      const result = await db
        .update(outbox)
        .set({ status: "pending", attempts: 0, notBefore: now, lastError: null })
        .where(where);
      return result.rowCount ?? 0;
    },

    async cancel(target, reason, at) {
      const result = await db
        .update(outbox)
        .set({ status: "cancelled", lastError: `cancelled: ${reason} (${at})` })
        .where(queuedFor(outbox, target));
      return result.rowCount ?? 0;
    },
  };
}
