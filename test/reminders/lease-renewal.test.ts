import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app.ts";
import { type Db, openDatabase } from "../../src/db/open-database.ts";
import type { Notifier, OutgoingMessage } from "../../src/reminders/notifier.ts";
import { dispatchOnce, listOutbox } from "../../src/reminders/outbox-dispatcher.ts";
import { enqueue, planReminders } from "../../src/reminders/reminder-planner.ts";
import { DEFAULT_REMINDER_POLICY } from "../../src/reminders/reminder-policy.ts";
import { reminderFixture } from "./reminder-fixture.ts";

const PLAN_AT = new Date("2024-12-20T09:00:00+07:00");

/**
 * A provider where the sends `hangs` picks (by call number) take `hangMs` (then succeed) and the others take
 * `sendMs`; time is vitest's fake clock, so "15 s" costs nothing. Counts deliveries per chat and text.
 */
class SlowProvider implements Notifier {
  readonly platform = "telegram" as const;
  readonly deliveries = new Map<string, number>();
  private calls = 0;
  constructor(
    private readonly options: { hangs: (call: number) => boolean; hangMs: number; sendMs: number },
  ) {}
  async send(message: OutgoingMessage) {
    const call = this.calls++;
    const hang = this.options.hangs(call);
    await new Promise((resolve) => setTimeout(resolve, hang ? this.options.hangMs : this.options.sendMs));
    const key = `${message.chatId}|${message.text}`;
    this.deliveries.set(key, (this.deliveries.get(key) ?? 0) + 1);
    return { messageId: String(call) };
  }
  get duplicates(): number {
    return [...this.deliveries.values()].reduce((sum, n) => sum + n - 1, 0);
  }
}

let app: App | undefined;
let other: Db | undefined;

beforeEach(async () => {
  const fixture = await reminderFixture({ heads: /^(hy|ls)-/, headsPerUnit: 10 });
  app = fixture.app;
  // A second connection to the same file: what a second `troly remind --once` process has.
  other = openDatabase(path.join(fixture.dataDir, "troly.db"));
  const { messages } = planReminders(app.db, PLAN_AT, DEFAULT_REMINDER_POLICY);
  enqueue(app.db, messages, PLAN_AT);
  vi.useFakeTimers({ now: new Date("2024-12-20T02:30:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
  other?.$client.close();
  app?.close();
});

/** Runs both dispatchers on fake time until both are done (at most `limitMs` of fake time). */
async function runBoth(runs: Promise<unknown>[], limitMs = 3_600_000) {
  let settled = false;
  const all = Promise.all(runs).then(() => {
    settled = true;
  });
  for (let t = 0; t < limitMs && !settled; t += 500) await vi.advanceTimersByTimeAsync(500);
  await all;
}

describe("two dispatchers with a slow provider", () => {
  it("deliver every reminder exactly once when 10% of sends hang 15 s", async () => {
    if (!app || !other) throw new Error("fixture");
    const rows = listOutbox(app.db).length;
    expect(rows).toBeGreaterThan(200);
    const provider = new SlowProvider({ hangs: (call) => call % 10 === 9, hangMs: 15_000, sendMs: 200 });
    const options = { leaseMs: 60_000 };
    const first = dispatchOnce(app.db, { telegram: provider }, options);
    const second = dispatchOnce(other, { telegram: provider }, options);
    await runBoth([first, second]);
    const [a, b] = [await first, await second];
    expect(listOutbox(app.db).filter((r) => r.status !== "sent")).toEqual([]);
    expect(provider.duplicates).toBe(0);
    expect(provider.deliveries.size).toBe(rows);
    expect(a.sent + b.sent).toBe(rows);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
  });

  it("keep a send that outlasts the lease: the heartbeat renews it, the other run never resends it", async () => {
    if (!app || !other) throw new Error("fixture");
    const rows = listOutbox(app.db).length;
    // The 5th send hangs 150 s, two and a half leases.
    const provider = new SlowProvider({ hangs: (call) => call === 4, hangMs: 150_000, sendMs: 100 });
    const options = { leaseMs: 60_000 };
    const first = dispatchOnce(app.db, { telegram: provider }, options);
    const second = dispatchOnce(other, { telegram: provider }, options);
    await runBoth([first, second]);
    expect(provider.duplicates).toBe(0);
    expect(provider.deliveries.size).toBe(rows);
  });

  it("a run whose lease was taken over skips the rows it lost instead of sending them again", async () => {
    if (!app || !other) throw new Error("fixture");
    const rows = listOutbox(app.db).length;
    // No heartbeat and a long hang: the first run's batch really expires and the second takes it over.
    const provider = new SlowProvider({ hangs: () => false, hangMs: 0, sendMs: 100 });
    let stalled = true;
    const stalling: Notifier = {
      platform: "telegram",
      send: async (message) => {
        if (stalled) {
          stalled = false;
          await new Promise((resolve) => setTimeout(resolve, 120_000));
        }
        return provider.send(message);
      },
    };
    const noHeartbeat = () => () => undefined;
    const first = dispatchOnce(app.db, { telegram: stalling }, { leaseMs: 60_000, every: noHeartbeat });
    await vi.advanceTimersByTimeAsync(61_000);
    const second = dispatchOnce(other, { telegram: provider }, { leaseMs: 60_000 });
    await runBoth([first, second]);
    // Only the one send in flight when its lease ran out may arrive twice; nothing else.
    expect(provider.duplicates).toBeLessThanOrEqual(1);
    expect(provider.deliveries.size).toBe(rows);
    expect(listOutbox(app.db).filter((r) => r.status !== "sent")).toEqual([]);
  });

  it("size each batch so its paced sends fit in half a lease", async () => {
    if (!app) throw new Error("fixture");
    const db = app.db;
    const rows = listOutbox(db).length;
    let mostHeld = 0;
    const provider = new SlowProvider({ hangs: () => false, hangMs: 0, sendMs: 50 });
    const watching: Notifier = {
      platform: "telegram",
      send: (message) => {
        mostHeld = Math.max(mostHeld, listOutbox(db, "sending").length);
        return provider.send(message);
      },
    };
    // A 4 s lease: half of it holds at most 8 sends of 250 ms, or two paced sends (1.1 s apart) to one chat.
    const run = dispatchOnce(db, { telegram: watching }, { leaseMs: 4_000 });
    await runBoth([run]);
    expect(provider.deliveries.size).toBe(rows);
    expect(mostHeld).toBeGreaterThan(0);
    expect(mostHeld).toBeLessThanOrEqual(8);
  });
});
