import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import type { ChatMessage } from "../../src/bot/chat-message.ts";
import { Conversation } from "../../src/bot/conversation.ts";
import { createLogger } from "../../src/logger.ts";
import { listTasks } from "../../src/obligations/task-list.ts";
import { taskHistory } from "../../src/obligations/task-table.ts";
import { listOutbox } from "../../src/reminders/outbox-dispatcher.ts";
import { planReminders } from "../../src/reminders/reminder-planner.ts";
import { DEFAULT_REMINDER_POLICY } from "../../src/reminders/reminder-policy.ts";
import { reminderFixture } from "./reminder-fixture.ts";

let app: App;
let conversation: Conversation;
const from = (userId: string): ChatMessage => ({
  platform: "telegram",
  chatId: userId,
  chatType: "private",
  userId,
  displayName: "",
});

beforeAll(async () => {
  ({ app } = await reminderFixture({ heads: /^ls-btc$/ }));
  conversation = new Conversation({
    db: app.db,
    index: app.index,
    answerer: app.answerer,
    admins: {},
    logger: createLogger("silent"),
    reminders: app.reminders,
  });
});
afterAll(() => app?.close());

describe("reminder buttons", () => {
  const reminder = () =>
    planReminders(app.db, new Date("2024-12-20T09:00:00+07:00"), DEFAULT_REMINDER_POLICY).messages[0];

  it("a stranger pressing a forwarded reminder's buttons changes nothing", async () => {
    const message = reminder();
    if (!message?.taskId) throw new Error("no reminder planned");
    for (const { action } of message.buttons.flat()) {
      const [reply] = await conversation.handleAction(from("666"), action);
      expect(reply?.text).toContain("không có quyền");
    }
    expect(listTasks(app.db).find((t) => t.id === message.taskId)?.status).not.toBe("done");
    expect(listOutbox(app.db)).toEqual([]);
  });

  it("the head can read the source, report progress, snooze to the next working day and mark it done", async () => {
    const message = reminder();
    if (!message?.taskId) throw new Error("no reminder planned");
    const press = async (label: string) => {
      const action = message.buttons.flat().find((b) => b.label === label)?.action ?? "";
      return (await conversation.handleAction(from("1000"), action))[0]?.text ?? "";
    };
    expect(await press("📄 Xem văn bản")).toContain("Từ nay đến cuối năm");
    expect(await press("⏳ Đang thực hiện")).toContain("Đã ghi tiến độ");
    const before = listTasks(app.db, { today: "2024-12-20" });
    expect(before.find((t) => t.id === message.taskId)?.status).toBe("in_progress");
    expect(await press("🔔 Nhắc lại sau")).toContain("Sẽ nhắc lại vào ngày làm việc");
    expect(listOutbox(app.db, "pending")).toHaveLength(1);
    expect(await press("✅ Đã hoàn thành")).toContain("Đã ghi nhận hoàn thành");
    expect(listTasks(app.db, { status: "done" }).map((t) => t.id)).toContain(message.taskId);
  });

  it("✅ twice writes one open→done row, and ⏳ on a done task does not reopen it", async () => {
    const task = listTasks(app.db, { unitId: "ls-btc" }).find((t) => t.status !== "done");
    if (!task) throw new Error("no open task of ls-btc");
    const press = async (action: string) =>
      (await conversation.handleAction(from("1000"), `${action}:${task.id}`))[0]?.text ?? "";
    expect(await press("done")).toContain("Đã ghi nhận hoàn thành");
    await press("done");
    expect(await press("prog")).toContain("đã hoàn thành");
    expect(listTasks(app.db).find((t) => t.id === task.id)).toMatchObject({
      status: "done",
      doneBy: "telegram:1000",
    });
    const changes = taskHistory(app.db, task.id).filter((e) => e.fromStatus !== null);
    expect(changes.map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual(["open→done"]);
  });
});
