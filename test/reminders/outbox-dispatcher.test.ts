import { afterEach, describe, expect, it } from "vitest";
import { TelegramNotifier } from "../../src/channels/telegram/telegram-notifier.ts";
import { type Notifier, NotifyError, type OutgoingMessage } from "../../src/reminders/notifier.ts";
import { dispatchOnce } from "../../src/reminders/outbox-dispatcher.ts";
import { Pacer } from "../../src/reminders/pacer.ts";
import { planReminders } from "../../src/reminders/reminder-planner.ts";
import { DEFAULT_REMINDER_POLICY } from "../../src/reminders/reminder-policy.ts";
import { FakeTelegramServer } from "../channels/fake-telegram-server.ts";
import { type BackendFixture, backendFixture } from "../db/backend-fixture.ts";
import { backendsUnderTest } from "../db/pg-test-db.ts";

const PLAN_AT = new Date("2024-12-20T09:00:00+07:00");
const noPacing = () => new Pacer({ perChatMs: 0, perSecond: 1_000_000 });

/** A notifier that fails the way a script says, then succeeds. */
class ScriptedNotifier implements Notifier {
  readonly platform = "telegram" as const;
  readonly delivered: OutgoingMessage[] = [];
  constructor(private readonly script: (NotifyError | null)[]) {}
  async send(message: OutgoingMessage) {
    const failure = this.script.shift();
    if (failure) throw failure;
    this.delivered.push(message);
    return { messageId: String(this.delivered.length) };
  }
}

describe.each(backendsUnderTest())("outbox dispatcher on %s", (name) => {
  let f: BackendFixture | undefined;
  afterEach(() => f?.close());

  /** The fixture on this backend with its plan as of PLAN_AT in the outbox; `db` is the outbox port. */
  async function queued(heads = /^ls-btc$/) {
    f = await backendFixture(name, { heads });
    const { messages } = planReminders(f.app.db, PLAN_AT, DEFAULT_REMINDER_POLICY);
    const outbox = f.backend.outbox;
    await outbox.enqueue(messages, PLAN_AT.toISOString());
    return { db: outbox, count: messages.length };
  }
  const listOutbox = (status?: string) => (f as BackendFixture).backend.outbox.list(status);
  const requeue = (id: number | "dead", now: Date) =>
    (f as BackendFixture).backend.outbox.requeue(id, now.toISOString());

  it("waits retry_after on 429, backs off on 5xx, and records the provider message id", async () => {
    const { db } = await queued();
    let now = new Date("2024-12-23T01:00:00Z");
    const notifier = new ScriptedNotifier([
      new NotifyError("rate_limited", "429", 30),
      new NotifyError("transient", "500"),
    ]);
    const options = { clock: () => now, pacer: noPacing(), random: () => 0.5 };
    expect(await dispatchOnce(db, { telegram: notifier }, options)).toEqual({
      sent: 0,
      retried: 1,
      dead: 0,
      cancelled: 0,
    });
    const [row] = await listOutbox();
    expect(row).toMatchObject({ status: "pending", attempts: 0, notBefore: "2024-12-23T01:00:30.000Z" });
    now = new Date("2024-12-23T01:00:31Z");
    expect(await dispatchOnce(db, { telegram: notifier }, options)).toMatchObject({ retried: 1 });
    expect((await listOutbox())[0]).toMatchObject({ attempts: 1, notBefore: "2024-12-23T01:00:33.000Z" });
    now = new Date("2024-12-23T01:01:00Z");
    expect(await dispatchOnce(db, { telegram: notifier }, options)).toMatchObject({ sent: 1 });
    expect((await listOutbox())[0]).toMatchObject({
      status: "sent",
      providerMessageId: "1",
      lastError: null,
    });
  });

  it("marks 400/403 dead at once and gives up after the attempt limit; dead rows can be requeued", async () => {
    const { db } = await queued();
    const clock = () => new Date("2024-12-23T01:00:00Z");
    const blocked = new ScriptedNotifier([
      new NotifyError("permanent", "telegram sendMessage: 403 Forbidden: bot was blocked"),
    ]);
    await dispatchOnce(db, { telegram: blocked }, { clock, pacer: noPacing() });
    expect((await listOutbox("dead"))[0]?.lastError).toContain("blocked");
    expect(await requeue("dead", clock())).toBe(1);
    const flaky = new ScriptedNotifier([new NotifyError("transient", "reset")]);
    await dispatchOnce(db, { telegram: flaky }, { clock, pacer: noPacing(), maxAttempts: 1 });
    expect((await listOutbox("dead"))[0]?.lastError).toMatch(/gave up after 1 attempts: reset/);
  });

  it("takes back rows whose lease ran out (a crashed dispatcher) and never sends a leased row twice", async () => {
    const { db } = await queued();
    let now = new Date("2024-12-23T01:00:00Z");
    const hanging: Notifier = { platform: "telegram", send: () => new Promise(() => undefined) };
    void dispatchOnce(db, { telegram: hanging }, { clock: () => now, pacer: noPacing(), leaseMs: 60_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect((await listOutbox())[0]?.status).toBe("sending");
    const second = new ScriptedNotifier([]);
    await dispatchOnce(db, { telegram: second }, { clock: () => now, pacer: noPacing() });
    expect(second.delivered).toHaveLength(0);
    now = new Date("2024-12-23T01:01:01Z");
    await dispatchOnce(db, { telegram: second }, { clock: () => now, pacer: noPacing() });
    expect(second.delivered).toHaveLength(1);
    expect((await listOutbox())[0]).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("delivers or buries every reminder with a reason under random 429s, 500s, hangs and resets", async () => {
    const { db, count } = await queued(/^hy-/);
    expect(count).toBeGreaterThan(20);
    const telegram = await new FakeTelegramServer().start();
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    telegram.injectFaults(0.3, random);
    const notifier = new TelegramNotifier({
      token: telegram.token,
      apiRoot: telegram.apiRoot,
      timeoutSeconds: 1,
    });
    let skew = 0;
    const clock = () => new Date(Date.now() + skew);
    try {
      for (let round = 0; round < 40; round++) {
        await dispatchOnce(db, { telegram: notifier }, { clock, pacer: noPacing(), random: () => 0 });
        const pending = (await listOutbox()).filter((r) => r.status === "pending" || r.status === "sending");
        if (pending.length === 0) break;
        skew += 61_000;
      }
      const rows = await listOutbox();
      expect(rows.every((r) => r.status === "sent" || (r.status === "dead" && r.lastError))).toBe(true);
      const delivered = new Set(telegram.sent.map((m) => `${m.chat_id}|${m.text}`));
      for (const row of rows.filter((r) => r.status === "sent"))
        expect(delivered.has(`${row.chatId}|${row.text}`)).toBe(true);
      expect(telegram.faultLog.length).toBeGreaterThan(5);
      expect(new Set(telegram.faultLog)).toEqual(new Set(["429", "500", "hang", "reset"]));
    } finally {
      await telegram.close();
    }
  }, 120_000);
});
