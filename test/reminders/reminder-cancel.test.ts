import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import type { ChatMessage } from "../../src/bot/chat-message.ts";
import { Conversation } from "../../src/bot/conversation.ts";
import { TelegramNotifier } from "../../src/channels/telegram/telegram-notifier.ts";
import { createLogger } from "../../src/logger.ts";
import { setTaskStatus } from "../../src/obligations/task-table.ts";
import type { Notifier } from "../../src/reminders/notifier.ts";
import { dispatchOnce, listOutbox } from "../../src/reminders/outbox-dispatcher.ts";
import { Pacer } from "../../src/reminders/pacer.ts";
import { FakeTelegramServer } from "../channels/fake-telegram-server.ts";
import { cliIn } from "../cli/run-cli.ts";
import { reminderFixture } from "./reminder-fixture.ts";

const PLAN_AT = new Date("2024-12-20T09:00:00+07:00");
const SEND_AT = () => new Date("2024-12-20T02:30:00Z");
const noPacing = () => new Pacer({ perChatMs: 0, perSecond: 1_000_000 });
const telegram = new FakeTelegramServer();
let app: App;
let dataDir: string;
let notifier: TelegramNotifier;

const head = (userId: string): ChatMessage => ({
  platform: "telegram",
  chatId: userId,
  chatType: "private",
  userId,
  displayName: "",
});

/** Fresh reminders for the Hưng Yên heads, queued and not sent (no channel is configured in the app). */
async function queueReminders() {
  await app.reminders.runOnce(PLAN_AT);
  return listOutbox(app.db, "pending")
    .filter((r) => r.taskId)
    .reverse();
}

beforeAll(async () => {
  await telegram.start();
  notifier = new TelegramNotifier({ token: telegram.token, apiRoot: telegram.apiRoot, timeoutSeconds: 2 });
  ({ app, dataDir } = await reminderFixture({ heads: /^hy-/ }));
});
afterAll(async () => {
  app?.close();
  await telegram.close();
});

describe("a task done or snoozed while its reminder waits in the outbox", () => {
  it("marking it done (CLI) cancels its queued reminders, and nothing is sent for it", async () => {
    const queued = await queueReminders();
    expect(queued.length).toBeGreaterThan(3);
    const [target] = queued;
    if (!target?.taskId) throw new Error("no queued reminder");
    const done = await cliIn(dataDir)(["task", "done", target.taskId, "--by", "telegram:1000", "--json"]);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout).cancelledReminders).toBeGreaterThan(0);
    expect(listOutbox(app.db, "pending").some((r) => r.taskId === target.taskId)).toBe(false);
    expect(listOutbox(app.db, "cancelled").map((r) => r.id)).toContain(target.id);

    const before = telegram.sent.length;
    await dispatchOnce(app.db, { telegram: notifier }, { clock: SEND_AT, pacer: noPacing() });
    const sent = telegram.sent.slice(before);
    expect(sent.length).toBe(queued.filter((r) => r.taskId !== target.taskId).length);
    expect(sent.some((m) => m.text.includes(target.taskId ?? "?"))).toBe(false);
    expect(listOutbox(app.db).find((r) => r.id === target.id)?.status).toBe("cancelled");
  });

  it("the dispatcher re-checks the task before each send: done while the batch was being sent", async () => {
    for (const row of listOutbox(app.db))
      app.db.$client.prepare("DELETE FROM outbox WHERE id = ?").run(row.id);
    const queued = await queueReminders();
    const last = queued.at(-1);
    if (!last?.taskId) throw new Error("no queued reminder");
    const lastTask = last.taskId;
    let presses = 0;
    // The head presses ✅ on another device while the first reminder of the batch is being delivered.
    const pressing: Notifier = {
      platform: "telegram",
      send: async (message) => {
        if (presses++ === 0) setTaskStatus(app.db, lastTask, { status: "done", by: "telegram:1000" });
        return notifier.send(message);
      },
    };
    const before = telegram.sent.length;
    await dispatchOnce(app.db, { telegram: pressing }, { clock: SEND_AT, pacer: noPacing(), batch: 500 });
    expect(presses).toBeGreaterThan(0);
    expect(telegram.sent.slice(before).some((m) => m.text.includes(lastTask))).toBe(false);
    expect(
      listOutbox(app.db)
        .filter((r) => r.taskId === lastTask)
        .map((r) => r.status),
    ).toEqual(expect.arrayContaining(["cancelled"]));
    expect(
      listOutbox(app.db)
        .filter((r) => r.taskId === lastTask)
        .map((r) => r.status),
    ).not.toContain("sent");
  });

  it("a row whose task was closed by another writer after it was claimed is cancelled, not sent", async () => {
    for (const row of listOutbox(app.db))
      app.db.$client.prepare("DELETE FROM outbox WHERE id = ?").run(row.id);
    const queued = await queueReminders();
    const last = queued.at(-1);
    if (!last?.taskId) throw new Error("no queued reminder");
    let first = true;
    const racing: Notifier = {
      platform: "telegram",
      send: async (message) => {
        // A writer that does not know the outbox (an older version, a manual fix) closes the task mid-batch.
        if (first)
          app.db.$client
            .prepare("UPDATE tasks SET removed_at = ? WHERE id = ?")
            .run("2024-12-20", last.taskId);
        first = false;
        return notifier.send(message);
      },
    };
    const before = telegram.sent.length;
    const stats = await dispatchOnce(
      app.db,
      { telegram: racing },
      { clock: SEND_AT, pacer: noPacing(), batch: 500 },
    );
    expect(stats.cancelled).toBeGreaterThan(0);
    expect(telegram.sent.slice(before).some((m) => m.text.includes(last.taskId ?? "?"))).toBe(false);
    expect(listOutbox(app.db).find((r) => r.id === last.id)).toMatchObject({
      status: "cancelled",
      lastError: "cancelled: task removed",
    });
  });

  it("snoozing (🔔) cancels the task's reminders queued for that chat; the snooze alone remains", async () => {
    for (const row of listOutbox(app.db))
      app.db.$client.prepare("DELETE FROM outbox WHERE id = ?").run(row.id);
    const queued = await queueReminders();
    const [target] = queued;
    if (!target?.taskId) throw new Error("no queued reminder");
    const conversation = new Conversation({
      db: app.db,
      index: app.index,
      answerer: app.answerer,
      admins: {},
      logger: createLogger("silent"),
      reminders: app.reminders,
    });
    const [reply] = await conversation.handleAction(head(target.chatId), `snooze:${target.taskId}`);
    expect(reply?.text).toContain("Sẽ nhắc lại");
    const forTask = listOutbox(app.db).filter(
      (r) => r.taskId === target.taskId && r.chatId === target.chatId,
    );
    expect(forTask.find((r) => r.id === target.id)?.status).toBe("cancelled");
    expect(forTask.filter((r) => r.status === "pending").map((r) => r.dedupeKey)).toEqual([
      expect.stringContaining("|snooze-"),
    ]);
  });
});
