import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TelegramNotifier } from "../../src/channels/telegram/telegram-notifier.ts";
import type { OutboxRow } from "../../src/db/outbox-repository.ts";
import * as pgs from "../../src/db/postgres/pg-schema.ts";
import { tasks } from "../../src/db/schema.ts";
import { dispatchOnce } from "../../src/reminders/outbox-dispatcher.ts";
import { Pacer } from "../../src/reminders/pacer.ts";
import { planReminders, planRemindersFrom } from "../../src/reminders/reminder-planner.ts";
import { DEFAULT_REMINDER_POLICY } from "../../src/reminders/reminder-policy.ts";
import { FakeTelegramServer } from "../channels/fake-telegram-server.ts";
import { type BackendFixture, backendFixture } from "./backend-fixture.ts";
import { backendsUnderTest } from "./pg-test-db.ts";

const PLAN_AT = new Date("2024-12-20T09:00:00+07:00");
const SEND_AT = new Date("2024-12-23T02:00:00Z");
const noPacing = () => new Pacer({ perChatMs: 0, perSecond: 1_000_000 });
const keep = (rows: OutboxRow[]) => rows;

/**
 * The reminder ports behave the same on SQLite and on a real PostgreSQL server: same plan, dedupe on enqueue,
 * exclusive leased claims (also between concurrent instances), confirmation before each send, requeue, and one
 * planner at a time.
 */
describe.each(backendsUnderTest())("reminder ports on %s", (name) => {
  const telegram = new FakeTelegramServer();
  let f: BackendFixture;
  beforeAll(async () => {
    await telegram.start();
    f = await backendFixture(name, { heads: /^(hy|ls)-/, headsPerUnit: 2 });
  });
  afterAll(async () => {
    await f?.close();
    await telegram.close();
  });
  afterEach(() => {
    telegram.sent.length = 0;
  });

  it("plans exactly what the SQLite planner plans, and enqueues each message once", async () => {
    const expected = planReminders(f.app.db, PLAN_AT, DEFAULT_REMINDER_POLICY);
    const plan = await planRemindersFrom(f.backend.planning, PLAN_AT, DEFAULT_REMINDER_POLICY);
    expect(plan.messages.length).toBeGreaterThan(20);
    expect(plan).toEqual(expected);
    const at = PLAN_AT.toISOString();
    expect(await f.backend.outbox.enqueue(plan.messages, at)).toBe(plan.messages.length);
    expect(await f.backend.outbox.enqueue(plan.messages, at)).toBe(0);
    const rows = await f.backend.outbox.list("pending");
    expect(rows).toHaveLength(plan.messages.length);
    expect(rows[0]).toMatchObject({ attempts: 0, leaseOwner: null, status: "pending" });
    expect(rows.at(-1)?.buttons).toEqual(plan.messages[0]?.buttons);
  });

  it("leases claimed rows to one owner; an expired lease passes to the next, and the old owner's finish is ignored", async () => {
    const now = SEND_AT.toISOString();
    const later = new Date(SEND_AT.getTime() + 61_000).toISOString();
    const lease = new Date(SEND_AT.getTime() + 60_000).toISOString();
    const request = { platforms: ["telegram"], now, batch: 3, leaseUntil: lease, trim: keep };
    const a = await f.backend.outbox.claim({ ...request, owner: "a" });
    expect(a.map((r) => r.attempts)).toEqual([1, 1, 1]);
    const b = await f.backend.outbox.claim({ ...request, owner: "b" });
    expect(b.map((r) => r.id).filter((id) => a.some((r) => r.id === id))).toEqual([]);
    expect(await f.backend.outbox.confirm(a[0]?.id as number, "a", lease)).toBe("ok");
    expect(await f.backend.outbox.confirm(a[0]?.id as number, "b", lease)).toBe("lost");
    // After the lease: "c" takes a's rows over; a's late outcome changes nothing.
    const c = await f.backend.outbox.claim({ ...request, now: later, owner: "c", batch: 6 });
    expect(c.map((r) => r.id)).toEqual(expect.arrayContaining(a.map((r) => r.id)));
    expect(c.find((r) => r.id === a[0]?.id)?.attempts).toBe(2);
    await f.backend.outbox.finish(a[0]?.id as number, "a", { status: "sent" });
    expect((await f.backend.outbox.list("sending")).map((r) => r.id)).toContain(a[0]?.id);
    // Cleanup for the next test: everything claimed back to pending.
    for (const row of [...b, ...c])
      await f.backend.outbox.finish(row.id, row.leaseOwner as string, {
        status: "pending",
        attempts: 0,
        notBefore: now,
      });
  });

  it("cancels a row whose task was done while it waited, instead of sending it", async () => {
    const [row] = await f.backend.outbox.claim({
      platforms: ["telegram"],
      now: SEND_AT.toISOString(),
      batch: 1,
      owner: "d",
      leaseUntil: new Date(SEND_AT.getTime() + 60_000).toISOString(),
      trim: keep,
    });
    const taskId = row?.taskId as string;
    if (f.pg) await f.pg.update(pgs.tasks).set({ status: "done" }).where(eq(pgs.tasks.id, taskId));
    else f.app.db.update(tasks).set({ status: "done" }).where(eq(tasks.id, taskId)).run();
    expect(await f.backend.outbox.confirm(row?.id as number, "d", SEND_AT.toISOString())).toBe("task done");
    expect((await f.backend.outbox.list("cancelled")).map((r) => r.id)).toContain(row?.id);
  });

  it("four concurrent dispatchers deliver every reminder exactly once", async () => {
    const instances = [f.backend, ...(await Promise.all([f.open(), f.open(), f.open()]))];
    const notifier = () => ({
      telegram: new TelegramNotifier({ token: telegram.token, apiRoot: telegram.apiRoot }),
    });
    const stats = await Promise.all(
      instances.map((b) =>
        dispatchOnce(b.outbox, notifier(), { clock: () => SEND_AT, pacer: noPacing(), batch: 7 }),
      ),
    );
    const rows = await f.backend.outbox.list();
    const sent = rows.filter((r) => r.status === "sent");
    expect(rows.filter((r) => r.status === "pending" || r.status === "sending")).toEqual([]);
    expect(stats.reduce((n, s) => n + s.sent, 0)).toBe(sent.length);
    expect(telegram.sent).toHaveLength(sent.length);
    expect(new Set(telegram.sent.map((m) => `${m.chat_id}|${m.text}`)).size).toBe(sent.length);
    if (name === "postgres") expect(stats.filter((s) => s.sent > 0).length).toBeGreaterThan(1);
  });

  it("puts dead rows back in the queue", async () => {
    const message = {
      dedupeKey: `digest|test|${name}`,
      kind: "digest",
      taskId: null,
      platform: "telegram",
      chatId: "1000",
      text: "Tổng hợp",
      buttons: [],
      hints: [],
      notBefore: SEND_AT.toISOString(),
    };
    expect(await f.backend.outbox.enqueue([message], SEND_AT.toISOString())).toBe(1);
    const lease = new Date(SEND_AT.getTime() + 60_000).toISOString();
    const request = {
      platforms: ["telegram"],
      now: SEND_AT.toISOString(),
      batch: 5,
      owner: "e",
      leaseUntil: lease,
    };
    const [row] = await f.backend.outbox.claim({ ...request, trim: keep });
    expect(row).toMatchObject({ dedupeKey: message.dedupeKey, attempts: 1 });
    await f.backend.outbox.finish(row?.id as number, "e", { status: "dead", lastError: "403" });
    expect(await f.backend.outbox.requeue(row?.id as number, SEND_AT.toISOString())).toBe(1);
    expect(await f.backend.outbox.requeue("dead", SEND_AT.toISOString())).toBe(0);
    expect((await f.backend.outbox.list("pending")).map((r) => [r.id, r.attempts, r.lastError])).toEqual([
      [row?.id, 0, null],
    ]);
  });

  it("cancels a task's queued rows to one chat but the one kept (a snooze)", async () => {
    const row = (key: string, chatId: string) => ({
      dedupeKey: `cancel|${name}|${key}`,
      kind: "reminder",
      taskId: `t-cancel-${name}`,
      platform: "telegram",
      chatId,
      text: "Nhắc việc",
      buttons: [],
      hints: [],
      notBefore: SEND_AT.toISOString(),
    });
    const rows = [row("a", "1"), row("b", "1"), row("snooze", "1"), row("other-chat", "2")];
    expect(await f.backend.outbox.enqueue(rows, SEND_AT.toISOString())).toBe(4);
    const target = {
      taskId: `t-cancel-${name}`,
      platform: "telegram",
      chatId: "1",
      keep: rows[2]?.dedupeKey,
    };
    expect(await f.backend.outbox.cancel(target, "snoozed", SEND_AT.toISOString())).toBe(2);
    expect(await f.backend.outbox.cancel(target, "snoozed", SEND_AT.toISOString())).toBe(0);
    const after = (await f.backend.outbox.list()).filter((r) => r.taskId === `t-cancel-${name}`);
    expect(Object.fromEntries(after.map((r) => [r.dedupeKey.split("|")[2], r.status]))).toEqual({
      a: "cancelled",
      b: "cancelled",
      snooze: "pending",
      "other-chat": "pending",
    });
    expect(after.find((r) => r.status === "cancelled")?.lastError).toMatch(/^cancelled: snoozed/);
  });

  it("lets one instance plan at a time; the lock is free again when the leader is done", async () => {
    const other = await f.open();
    let release = () => {};
    const holding = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = f.backend.leader.runIfLeader("planner", () => holding.then(() => "first"));
    await new Promise((r) => setTimeout(r, 50));
    const second = await other.leader.runIfLeader("planner", async () => "second");
    release();
    expect(await first).toEqual({ led: true, value: "first" });
    // SQLite has one machine and dedupe keys: it always plans. PostgreSQL: the advisory lock was held.
    expect(second).toEqual(name === "postgres" ? { led: false } : { led: true, value: "second" });
    expect(await other.leader.runIfLeader("planner", async () => "again")).toEqual({
      led: true,
      value: "again",
    });
  });
});
