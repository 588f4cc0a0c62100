import { and, eq, inArray, lte, or } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { outbox } from "../db/schema.ts";
import type { Logger } from "../logger.ts";
import { type Notifier, NotifyError } from "./notifier.ts";
import { Pacer } from "./pacer.ts";

type Row = typeof outbox.$inferSelect;

export interface DispatchOptions {
  clock?: () => Date;
  random?: () => number;
  pacer?: Pacer;
  logger?: Logger;
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
}

export interface DispatchStats {
  sent: number;
  retried: number;
  dead: number;
}

/** Exponential backoff with ±50% jitter: 2 s, 4 s, 8 s… capped at 15 minutes. */
export function backoffMs(attempt: number, random: () => number): number {
  const base = Math.min(2000 * 2 ** (attempt - 1), 15 * 60_000);
  return Math.round(base * (0.5 + random()));
}

/**
 * Claims due rows in one IMMEDIATE transaction (a lease, so two dispatchers never take the same row and a crashed
 * one's rows come back when the lease runs out), sends each outside the transaction, and records the outcome.
 * Loops until nothing claimable is left; rows rescheduled for later wait for the next run.
 *
 * @example
 * await dispatchOnce(db, { telegram: telegramNotifier }, { logger })
 */
export async function dispatchOnce(
  db: Db,
  notifiers: Partial<Record<Row["platform"], Notifier>>,
  options: DispatchOptions = {},
): Promise<DispatchStats> {
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const pacer = options.pacer ?? new Pacer();
  const maxAttempts = options.maxAttempts ?? 8;
  const stats: DispatchStats = { sent: 0, retried: 0, dead: 0 };
  const platforms = Object.keys(notifiers);
  if (platforms.length === 0) return stats;
  for (;;) {
    const claimed = claim(db, platforms, clock(), options.batch ?? 50, options.leaseMs ?? 60_000);
    if (claimed.length === 0) return stats;
    for (const row of interleaveByChat(claimed)) {
      const notifier = notifiers[row.platform] as Notifier;
      await pacer.wait(`${row.platform}:${row.chatId}`);
      try {
        const { messageId } = await notifier.send({
          chatId: row.chatId,
          text: row.text,
          buttons: row.buttons,
          hints: row.hints,
        });
        update(db, row.id, {
          status: "sent",
          sentAt: clock().toISOString(),
          providerMessageId: messageId,
          lastError: null,
          leaseUntil: null,
        });
        stats.sent++;
      } catch (error) {
        const failure =
          error instanceof NotifyError
            ? error
            : new NotifyError("transient", String((error as Error)?.message ?? error));
        const now = clock().getTime();
        if (failure.kind === "permanent" || (failure.kind === "transient" && row.attempts >= maxAttempts)) {
          const reason =
            failure.kind === "permanent"
              ? failure.message
              : `gave up after ${row.attempts} attempts: ${failure.message}`;
          update(db, row.id, { status: "dead", lastError: reason, leaseUntil: null });
          stats.dead++;
        } else {
          const wait =
            failure.kind === "rate_limited"
              ? (failure.retryAfter ?? 1) * 1000
              : backoffMs(row.attempts, random);
          update(db, row.id, {
            status: "pending",
            notBefore: new Date(now + wait).toISOString(),
            lastError: failure.message,
            leaseUntil: null,
            attempts: failure.kind === "rate_limited" ? row.attempts - 1 : row.attempts,
          });
          stats.retried++;
        }
        options.logger?.warn(
          { outboxId: row.id, kind: failure.kind, attempts: row.attempts },
          "reminder send failed",
        );
      }
    }
  }
}

/** Round-robin over chats, so one chat's 1-message-per-second pacing does not hold up everyone else. */
function interleaveByChat(rows: Row[]): Row[] {
  const byChat = new Map<string, Row[]>();
  for (const row of rows)
    byChat.set(`${row.platform}:${row.chatId}`, [
      ...(byChat.get(`${row.platform}:${row.chatId}`) ?? []),
      row,
    ]);
  const out: Row[] = [];
  for (let i = 0; out.length < rows.length; i++)
    for (const list of byChat.values()) if (list[i]) out.push(list[i] as Row);
  return out;
}

function claim(db: Db, platforms: string[], now: Date, batch: number, leaseMs: number): Row[] {
  const at = now.toISOString();
  return db.transaction(
    (tx) => {
      const due = tx
        .select()
        .from(outbox)
        .where(
          and(
            inArray(outbox.platform, platforms),
            or(
              and(eq(outbox.status, "pending"), lte(outbox.notBefore, at)),
              and(eq(outbox.status, "sending"), lte(outbox.leaseUntil, at)),
            ),
          ),
        )
        .orderBy(outbox.id)
        .limit(batch)
        .all();
      const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
      for (const row of due)
        tx.update(outbox)
          .set({ status: "sending", leaseUntil, attempts: row.attempts + 1 })
          .where(eq(outbox.id, row.id))
          .run();
      return due.map((row) => ({ ...row, attempts: row.attempts + 1 }));
    },
    { behavior: "immediate" },
  );
}

function update(db: Db, id: number, values: Partial<Row>): void {
  db.update(outbox).set(values).where(eq(outbox.id, id)).run();
}

/** Rows of the outbox, newest first, optionally by status (`troly outbox --status dead`). */
export function listOutbox(db: Db, status?: string): Row[] {
  const query = db.select().from(outbox);
  return (status ? query.where(eq(outbox.status, status)) : query).orderBy(outbox.id).all().reverse();
}

/** Puts dead rows (all, or one id) back in the queue for another round of attempts. */
export function requeue(db: Db, id: number | "dead", now = new Date()): number {
  const where = id === "dead" ? eq(outbox.status, "dead") : and(eq(outbox.id, id), eq(outbox.status, "dead"));
  return db
    .update(outbox)
    .set({ status: "pending", attempts: 0, notBefore: now.toISOString(), lastError: null })
    .where(where)
    .run().changes;
}
