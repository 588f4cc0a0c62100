import { and, eq } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import {
  type ConfirmResult,
  claimable,
  leased,
  type NewOutboxMessage,
  type OutboxRepository,
  queuedFor,
} from "./outbox-repository.ts";
import { outbox, tasks } from "./schema.ts";

/**
 * The outbox on the SQLite file: claims and confirmations in IMMEDIATE transactions, so two processes on one
 * file never take the same row. The work is synchronous; the port is async so callers are the same for PostgreSQL.
 *
 * @example
 * const stats = await dispatchOnce(sqliteOutbox(openDatabase("data/troly.db")), notifiers);
 */
export function sqliteOutbox(db: Db): OutboxRepository {
  const held = (owner: string) => and(eq(outbox.leaseOwner, owner), eq(outbox.status, "sending"));
  return {
    async enqueue(messages, createdAt) {
      return enqueueSqlite(db, messages, createdAt);
    },

    async claim({ platforms, now, batch, owner, leaseUntil, trim }) {
      return db.transaction(
        (tx) => {
          const due = trim(
            tx
              .select()
              .from(outbox)
              .where(claimable(outbox, platforms, now))
              .orderBy(outbox.id)
              .limit(batch)
              .all(),
          );
          for (const row of due)
            tx.update(outbox)
              .set({ status: "sending", leaseUntil, leaseOwner: owner, attempts: row.attempts + 1 })
              .where(eq(outbox.id, row.id))
              .run();
          return leased(due, owner, leaseUntil);
        },
        { behavior: "immediate" },
      );
    },

    async renew(owner, leaseUntil) {
      db.update(outbox).set({ leaseUntil }).where(held(owner)).run();
    },

    async confirm(id, owner, leaseUntil) {
      return db.transaction(
        (tx): ConfirmResult => {
          tx.update(outbox).set({ leaseUntil }).where(held(owner)).run();
          const row = tx
            .select({ status: outbox.status, owner: outbox.leaseOwner, taskId: outbox.taskId })
            .from(outbox)
            .where(eq(outbox.id, id))
            .get();
          if (row?.status !== "sending" || row.owner !== owner) return "lost";
          if (!row.taskId) return "ok";
          const task = tx
            .select({ status: tasks.status, removedAt: tasks.removedAt })
            .from(tasks)
            .where(eq(tasks.id, row.taskId))
            .get();
          const reason =
            !task || task.removedAt ? "task removed" : task.status === "done" ? "task done" : null;
          if (!reason) return "ok";
          tx.update(outbox)
            .set({
              status: "cancelled",
              lastError: `cancelled: ${reason}`,
              leaseUntil: null,
              leaseOwner: null,
            })
            .where(eq(outbox.id, id))
            .run();
          return reason;
        },
        { behavior: "immediate" },
      );
    },

    async finish(id, owner, values) {
      db.update(outbox)
        .set({ ...values, leaseUntil: null, leaseOwner: null })
        .where(and(eq(outbox.id, id), eq(outbox.leaseOwner, owner)))
        .run();
    },

    async list(status) {
      const query = db.select().from(outbox);
      return (status ? query.where(eq(outbox.status, status)) : query).orderBy(outbox.id).all().reverse();
    },

    async requeue(id, now) {
      const where =
        id === "dead" ? eq(outbox.status, "dead") : and(eq(outbox.id, id), eq(outbox.status, "dead"));
      return db
        .update(outbox)
        .set({ status: "pending", attempts: 0, notBefore: now, lastError: null })
        .where(where)
        .run().changes;
    },

    async cancel(target, reason, at) {
      return db
        .update(outbox)
        .set({ status: "cancelled", lastError: `cancelled: ${reason} (${at})` })
        .where(queuedFor(outbox, target))
        .run().changes;
    },
  };
}

/**
 * Inserts in one transaction, skipping rows whose dedupe key exists; returns how many were new. One prepared
 * INSERT OR IGNORE, not the query builder: a large province's first planning day enqueues a hundred thousand rows,
 * and the builder re-renders its SQL for every one.
 */
export function enqueueSqlite(db: Db, messages: readonly NewOutboxMessage[], createdAt: string): number {
  const insert = db.$client.prepare(
    `INSERT OR IGNORE INTO outbox (dedupe_key, kind, task_id, platform, chat_id, text, buttons, hints, not_before, status, attempts, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)`,
  );
  const insertAll = db.$client.transaction((rows: readonly NewOutboxMessage[]) => {
    let inserted = 0;
    for (const m of rows)
      inserted += insert.run(
        m.dedupeKey,
        m.kind,
        m.taskId,
        m.platform,
        m.chatId,
        m.text,
        JSON.stringify(m.buttons),
        JSON.stringify(m.hints),
        m.notBefore,
        createdAt,
      ).changes;
    return inserted;
  });
  return insertAll(messages);
}
