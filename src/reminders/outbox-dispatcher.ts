import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import type { OutboxRepository, OutboxRow } from "../db/outbox-repository.ts";
import { outbox } from "../db/schema.ts";
import { sqliteOutbox } from "../db/sqlite-outbox.ts";
import type { Logger } from "../logger.ts";
import { type Notifier, NotifyError } from "./notifier.ts";
import { Pacer } from "./pacer.ts";

type Row = OutboxRow;

/** The SQLite file (wrapped) or any outbox port, e.g. PostgreSQL's. */
export type OutboxTarget = Db | OutboxRepository;

const portOf = (target: OutboxTarget): OutboxRepository =>
  "claim" in target ? target : sqliteOutbox(target);

export interface DispatchOptions {
  clock?: () => Date;
  random?: () => number;
  pacer?: Pacer;
  logger?: Logger;
  /** Most rows claimed at once; fewer when their sends would not fit in half a lease (see `sendMs`). */
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** Expected time of one send, for sizing batches to the lease (default 250 ms). */
  sendMs?: number;
  /** How the lease heartbeat is scheduled while a send is in flight (real timers by default). */
  every?: (ms: number, run: () => void) => () => void;
}

export interface DispatchStats {
  sent: number;
  retried: number;
  dead: number;
  /** Rows not sent because their task was done or removed while they waited. */
  cancelled: number;
}

/** Exponential backoff with ±50% jitter: 2 s, 4 s, 8 s… capped at 15 minutes. */
export function backoffMs(attempt: number, random: () => number): number {
  const base = Math.min(2000 * 2 ** (attempt - 1), 15 * 60_000);
  return Math.round(base * (0.5 + random()));
}

const realEvery = (ms: number, run: () => void) => {
  const timer = setInterval(run, ms);
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * Claims due rows through the outbox port (SQLite: one IMMEDIATE transaction; PostgreSQL: FOR UPDATE SKIP
 * LOCKED) under a lease owned by this run (two dispatchers never take the
 * same row, and a crashed one's rows come back when the lease runs out), sends each outside the transaction, and
 * records the outcome. Batches are sized so their sends fit in half a lease; the leases of the rows still held are
 * renewed before each send and on a heartbeat while a send is in flight; and right before each send the row is
 * checked to be still this run's and its task still not done or removed (else it is cancelled, not sent). Loops
 * until nothing claimable is left; rows rescheduled for later wait for the next run.
 *
 * @example
 * await dispatchOnce(db, { telegram: telegramNotifier }, { logger })
 */
export async function dispatchOnce(
  target: OutboxTarget,
  notifiers: Partial<Record<Row["platform"], Notifier>>,
  options: DispatchOptions = {},
): Promise<DispatchStats> {
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const pacer = options.pacer ?? new Pacer();
  const maxAttempts = options.maxAttempts ?? 8;
  const leaseMs = options.leaseMs ?? 60_000;
  const every = options.every ?? realEvery;
  const owner = randomUUID();
  const stats: DispatchStats = { sent: 0, retried: 0, dead: 0, cancelled: 0 };
  const platforms = Object.keys(notifiers);
  if (platforms.length === 0) return stats;
  const db = portOf(target);
  const lease = new Lease(db, owner, clock, leaseMs);
  const budget = { leaseMs, perChatMs: pacer.perChatMs, sendMs: options.sendMs ?? 250 };
  for (;;) {
    const now = clock();
    const claimed = await db.claim({
      platforms,
      now: now.toISOString(),
      batch: options.batch ?? 50,
      owner,
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      trim: (rows) => fitToLease(rows, budget),
    });
    if (claimed.length === 0) return stats;
    const stopHeartbeat = every(Math.max(1, Math.floor(leaseMs / 3)), () => {
      lease.renew().catch((error) => options.logger?.warn({ err: error }, "outbox lease not renewed"));
    });
    try {
      for (const row of interleaveByChat(claimed)) {
        const notifier = notifiers[row.platform] as Notifier;
        await pacer.wait(`${row.platform}:${row.chatId}`);
        const check = await lease.confirm(row);
        if (check === "lost") continue;
        if (check !== "ok") {
          stats.cancelled++;
          options.logger?.info({ outboxId: row.id, taskId: row.taskId, reason: check }, "reminder cancelled");
          continue;
        }
        await send(row, notifier);
      }
    } finally {
      stopHeartbeat();
    }
  }

  async function send(row: Row, notifier: Notifier): Promise<void> {
    try {
      const { messageId } = await notifier.send({
        chatId: row.chatId,
        text: row.text,
        buttons: row.buttons,
        hints: row.hints,
      });
      await lease.finish(row.id, {
        status: "sent",
        sentAt: clock().toISOString(),
        providerMessageId: messageId,
        lastError: null,
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
        await lease.finish(row.id, { status: "dead", lastError: reason });
        stats.dead++;
      } else {
        const wait =
          failure.kind === "rate_limited"
            ? (failure.retryAfter ?? 1) * 1000
            : backoffMs(row.attempts, random);
        await lease.finish(row.id, {
          status: "pending",
          notBefore: new Date(now + wait).toISOString(),
          lastError: failure.message,
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

/** The rows one dispatch run holds: renewed together, confirmed one by one before sending, released on finish. */
class Lease {
  constructor(
    private readonly db: OutboxRepository,
    private readonly owner: string,
    private readonly clock: () => Date,
    private readonly leaseMs: number,
  ) {}

  private until(): string {
    return new Date(this.clock().getTime() + this.leaseMs).toISOString();
  }

  /** Extends every row this run still holds. */
  renew(): Promise<void> {
    return this.db.renew(this.owner, this.until());
  }

  /**
   * Right before a send: renews the held rows, checks this row is still held by this run (not taken over after
   * its lease ran out, not cancelled), and that its task is still open; a row whose task was done or removed
   * meanwhile is cancelled there.
   */
  confirm(row: Row): Promise<"ok" | "lost" | "task done" | "task removed"> {
    return this.db.confirm(row.id, this.owner, this.until());
  }

  /**
   * Records a send's outcome if this run still owns the row. A row cancelled while its send was in flight is
   * recorded as sent (it was); a row another run took over is left to that run.
   */
  finish(id: number, values: Partial<Row>): Promise<void> {
    return this.db.finish(id, this.owner, values);
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

/**
 * The longest run of due rows (oldest first, at most `max`) whose paced sends fit in half a lease: each chat's
 * rows go out `perChatMs` apart, and every send takes about `sendMs`. Always at least one row.
 */
function fitToLease(rows: Row[], budget: { leaseMs: number; perChatMs: number; sendMs: number }): Row[] {
  const perChat = new Map<string, number>();
  let busiest = 0;
  for (const [i, row] of rows.entries()) {
    const chat = `${row.platform}:${row.chatId}`;
    const count = (perChat.get(chat) ?? 0) + 1;
    perChat.set(chat, count);
    busiest = Math.max(busiest, count);
    const estimate = Math.max((busiest - 1) * budget.perChatMs, 0) + (i + 1) * budget.sendMs;
    if (i > 0 && estimate > budget.leaseMs / 2) return rows.slice(0, i);
  }
  return rows;
}

/** Rows of the SQLite outbox, newest first, optionally by status (`troly outbox --status dead`); see also the port's `list`. */
export function listOutbox(db: Db, status?: string): Row[] {
  const query = db.select().from(outbox);
  return (status ? query.where(eq(outbox.status, status)) : query).orderBy(outbox.id).all().reverse();
}
