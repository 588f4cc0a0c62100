import { afterEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { addMember } from "../../src/obligations/member-registry.ts";
import { listTasks } from "../../src/obligations/task-list.ts";
import { setTaskStatus } from "../../src/obligations/task-table.ts";
import { listOutbox } from "../../src/reminders/outbox-dispatcher.ts";
import { enqueue, planReminders, stageOf } from "../../src/reminders/reminder-planner.ts";
import { DEFAULT_REMINDER_POLICY as POLICY } from "../../src/reminders/reminder-policy.ts";
import { isoWeek, planDigests } from "../../src/reminders/weekly-digest.ts";
import { reminderFixture } from "./reminder-fixture.ts";

let app: App | undefined;
afterEach(() => app?.close());

/** 09:00 in Vietnam on a day. */
const at = (day: string, time = "09:00") => new Date(`${day}T${time}:00+07:00`);

describe("reminder planning", () => {
  it("picks the latest lead stage reached, then overdue rounds up to the maximum", () => {
    const due = { due: "2024-12-31" };
    expect(stageOf(due, "2024-12-10", POLICY)).toBeNull();
    expect(stageOf(due, "2024-12-17", POLICY)).toEqual({ stage: "lead-14", daysLeft: 14 });
    expect(stageOf(due, "2024-12-26", POLICY)).toEqual({ stage: "lead-7", daysLeft: 5 });
    expect(stageOf(due, "2024-12-31", POLICY)).toEqual({ stage: "lead-0", daysLeft: 0 });
    expect(stageOf(due, "2025-01-01", POLICY)).toEqual({ stage: "overdue-1", daysLeft: -1 });
    expect(stageOf(due, "2025-01-08", POLICY)).toEqual({ stage: "overdue-2", daysLeft: -8 });
    expect(stageOf(due, "2025-02-05", POLICY)).toBeNull();
    expect(stageOf({ due: null }, "2024-12-31", POLICY)).toBeNull();
  });

  it("reminds the unit's heads once per stage, in the next working slot", async () => {
    ({ app } = await reminderFixture({ heads: /^ls-btc$/ }));
    const friday = at("2024-12-20", "18:30");
    const { messages } = planReminders(app.db, friday, POLICY);
    const mine = messages.filter((m) => m.chatId === "1000");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ platform: "telegram", notBefore: "2024-12-23T00:30:00.000Z" });
    expect(mine[0]?.text).toContain("còn 8 ngày");
    expect(mine[0]?.text).toContain("Ban Tổ chức Tỉnh ủy Lạng Sơn");
    expect(mine[0]?.buttons.flat().map((b) => b.label)).toEqual([
      "✅ Đã hoàn thành",
      "⏳ Đang thực hiện",
      "🔔 Nhắc lại sau",
      "📄 Xem văn bản",
    ]);
    expect(enqueue(app.db, messages)).toBe(messages.length);
    expect(enqueue(app.db, planReminders(app.db, friday, POLICY).messages)).toBe(0);
    expect(listOutbox(app.db, "pending").length).toBe(messages.length);
  });

  it("moves reminders off holidays and weekends: 30/4–1/5 and Tết", async () => {
    ({ app } = await reminderFixture({ heads: /^ls-btc$/ }));
    const patient = { ...POLICY, overdueMax: 100 };
    expect(planReminders(app.db, at("2025-04-30"), patient).messages[0]?.notBefore).toBe(
      "2025-05-02T00:30:00.000Z",
    );
    expect(planReminders(app.db, at("2025-01-29"), patient).messages[0]?.notBefore).toBe(
      "2025-02-03T00:30:00.000Z",
    );
  });

  it("tells the organization board when a unit has no head, and escalates long-overdue tasks", async () => {
    ({ app } = await reminderFixture({ heads: /^hy-btc$/ }));
    const { messages, unreminded } = planReminders(app.db, at("2025-01-20"), POLICY);
    const forDistrict = messages.filter((m) => m.text.includes("Huyện ủy Văn Lâm") && m.kind === "reminder");
    expect(forDistrict.length).toBeGreaterThan(0);
    expect(forDistrict.every((m) => m.chatId === "1000")).toBe(true);
    expect(forDistrict[0]?.text).toContain("chưa có người nhận nhắc việc");
    expect(messages.some((m) => m.kind === "escalation")).toBe(true);
    expect(unreminded.filter((id) => id.startsWith("t")).length).toBeGreaterThanOrEqual(0);
  });

  it("reminds each occurrence of a recurring task across the year boundary", async () => {
    ({ app } = await reminderFixture({ heads: /^hy-btc$/ }));
    const yearly = listTasks(app.db, { unitId: "hy-btc" }).find((t) => t.recurrence === "yearly" && t.due);
    if (!yearly) throw new Error("no yearly task for hy-btc");
    const { next } = setTaskStatus(app.db, yearly.id, {
      status: "done",
      by: "telegram:1000",
      now: at("2024-12-30"),
    });
    expect(next?.due).toBe("2025-12-31");
    const keys = planReminders(app.db, at("2025-12-17"), POLICY).messages.map((m) => m.dedupeKey);
    expect(keys).toContain(`${next?.id}|2|lead-14|telegram:1000`);
    expect(keys.some((k) => k.startsWith(`${yearly.id}|`))).toBe(false);
  });

  it("sends nothing for event deadlines the calendar cannot date; the digest counts them", async () => {
    ({ app } = await reminderFixture({ heads: /^hy-btc$/ }));
    addMember(app.db, { platform: "zalo", userId: "z-board", unitId: "hy-btc", role: "head" });
    const digests = planDigests(app.db, at("2025-01-06"), POLICY);
    const hungYen = digests.filter((d) => d.text.includes("Hưng Yên"));
    expect(hungYen.map((d) => d.platform).sort()).toEqual(["telegram", "zalo"]);
    expect(hungYen[0]?.text).toContain(`tuần ${isoWeek("2025-01-06")}`);
    expect(hungYen[0]?.text).toMatch(
      /Huyện ủy Văn Lâm: đúng hạn 0, xong quá hạn 0, trong hạn \d+, quá hạn \d+/,
    );
    expect(isoWeek("2025-01-06")).toBe("2025-W02");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
  });
});
