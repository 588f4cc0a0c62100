import { and, type Column, eq, inArray, lte, ne, or, type SQL } from "drizzle-orm";
import type { outbox } from "./schema.ts";

/** One outbox row, the same shape on SQLite and PostgreSQL. */
export type OutboxRow = typeof outbox.$inferSelect;

/** What the planner hands over: a message with its unique dedupe key and the instant it may go out. */
export interface NewOutboxMessage {
  dedupeKey: string;
  kind: string;
  taskId: string | null;
  platform: string;
  chatId: string;
  text: string;
  buttons: { label: string; action: string }[][];
  hints: string[];
  notBefore: string;
}

export interface ClaimRequest {
  platforms: readonly string[];
  /** ISO instant: pending rows not before it, and `sending` rows whose lease ended by then, are due. */
  now: string;
  batch: number;
  owner: string;
  leaseUntil: string;
  /** Trims the due rows (oldest first) to those this run can send within its lease; at least one is kept. */
  trim: (rows: OutboxRow[]) => OutboxRow[];
}

export type ConfirmResult = "ok" | "lost" | "task done" | "task removed";

/**
 * The durable outbox of reminders, one port for both backends. Claims are exclusive (SQLite: one IMMEDIATE
 * transaction; PostgreSQL: `FOR UPDATE SKIP LOCKED`, so several instances drain it side by side without waiting on
 * each other) and leased to an owner: a crashed owner's rows come back when the lease runs out.
 *
 * @example
 * const rows = await repo.claim({ platforms: ["telegram"], now, batch: 50, owner, leaseUntil, trim: (r) => r });
 */
export interface OutboxRepository {
  /** Inserts in one transaction, skipping rows whose dedupe key exists; returns how many were new. */
  enqueue(messages: readonly NewOutboxMessage[], createdAt: string): Promise<number>;
  /** Takes due rows under this owner's lease, `attempts` counted up; returns them as now stored. */
  claim(request: ClaimRequest): Promise<OutboxRow[]>;
  /** Extends the lease of every row the owner still holds. */
  renew(owner: string, leaseUntil: string): Promise<void>;
  /**
   * Right before a send: extends the row's lease (SQLite: every row the owner holds), checks it is still the owner's, and that its task is still
   * open; a row whose task was done or removed meanwhile is cancelled here.
   */
  confirm(id: number, owner: string, leaseUntil: string): Promise<ConfirmResult>;
  /** Records a send's outcome if the owner still holds the row; releases the lease. */
  finish(id: number, owner: string, values: Partial<OutboxRow>): Promise<void>;
  /** Rows newest first, optionally by status. */
  list(status?: string): Promise<OutboxRow[]>;
  /** Dead rows (all, or one id) back to pending; returns how many. */
  requeue(id: number | "dead", now: string): Promise<number>;
  /** Cancels a task's queued rows (see `queuedFor`), noting why and when; returns how many. */
  cancel(target: QueuedTarget, reason: string, at: string): Promise<number>;
}

/** Whose queued rows: a task's, optionally one recipient's only, and all but one dedupe key (a snooze's own row). */
export interface QueuedTarget {
  taskId: string;
  platform?: string;
  chatId?: string;
  keep?: string;
}

/** The columns `queuedFor` reads, alike in the SQLite and PostgreSQL outbox tables. */
interface QueuedColumns {
  taskId: Column;
  status: Column;
  platform: Column;
  chatId: Column;
  dedupeKey: Column;
}

/**
 * A task's rows not sent yet (pending, or sending: a dispatcher that confirms one finds it cancelled), as `target`
 * narrows them. One condition for both backends.
 *
 * @example
 * tx.update(outbox).set({ status: "cancelled" }).where(queuedFor(outbox, { taskId: "t1", keep: snoozeKey }))
 */
export function queuedFor(table: QueuedColumns, target: QueuedTarget): SQL | undefined {
  return and(
    eq(table.taskId, target.taskId),
    inArray(table.status, ["pending", "sending"]),
    target.platform ? eq(table.platform, target.platform) : undefined,
    target.chatId ? eq(table.chatId, target.chatId) : undefined,
    target.keep ? ne(table.dedupeKey, target.keep) : undefined,
  );
}

/** The columns a claim reads, alike in the SQLite and PostgreSQL outbox tables. */
interface ClaimColumns {
  platform: Column;
  status: Column;
  notBefore: Column;
  leaseUntil: Column;
}

/**
 * Rows a dispatcher may take: pending and due, or sending with a lapsed lease (their dispatcher died), on the given
 * platforms. One condition for both backends.
 *
 * @example
 * tx.select().from(outbox).where(claimable(outbox, ["telegram"], now))
 */
export function claimable(table: ClaimColumns, platforms: readonly string[], now: string): SQL | undefined {
  return and(
    inArray(table.platform, [...platforms]),
    or(
      and(eq(table.status, "pending"), lte(table.notBefore, now)),
      and(eq(table.status, "sending"), lte(table.leaseUntil, now)),
    ),
  );
}

/**
 * Claimed rows as the dispatcher sees them once its lease is written: sending, one more attempt, its lease. Both
 * backends return this after their update.
 */
export function leased<R extends OutboxRow>(rows: readonly R[], owner: string, leaseUntil: string): R[] {
  return rows.map((row) => ({
    ...row,
    status: "sending",
    attempts: row.attempts + 1,
    leaseOwner: owner,
    leaseUntil,
  }));
}
