/**
 * Dispatch: messages for a set of chats sent by `dispatchOnce` through `TelegramNotifier` to the fake Telegram server
 * with its rate limits on, paced by `Pacer` (engine) or not paced at all (baseline); real time, rows rescheduled
 * after a 429 are waited for.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { TelegramNotifier } from "../../src/channels/telegram/telegram-notifier.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import type { TaskView } from "../../src/obligations/task-list.ts";
import { dispatchOnce } from "../../src/reminders/outbox-dispatcher.ts";
import { Pacer } from "../../src/reminders/pacer.ts";
import { enqueue, type PlannedMessage } from "../../src/reminders/reminder-planner.ts";
import { reminderMessage } from "../../src/reminders/reminder-text.ts";
import { FakeTelegramServer } from "../../test/channels/fake-telegram-server.ts";
import { PACER_LIMITS, SERVER_LIMITS } from "./settings.ts";

export interface DispatchResult {
  variant: string;
  messages: number;
  chats: number;
  wallMs: number;
  messagesPerSecond: number;
  pacingLimitPerSecond: number;
  shareOfLimit: number;
  http429: number;
  http429PerChat: number;
  http429Global: number;
  retried: number;
  sent: number;
  dead: number;
  dispatchRounds: number;
  serverAccepted: number;
}

/** `count` reminders over `chats` chats: message i goes to chat i mod chats (or chat by chat with `grouped`). */
function syntheticMessages(count: number, chats: number, grouped: boolean, now: Date): PlannedMessage[] {
  const perChat = Math.ceil(count / chats);
  return Array.from({ length: count }, (_, i) => {
    const chat = grouped ? Math.floor(i / perChat) : i % chats;
    const task = {
      id: `t${i.toString(16).padStart(8, "0")}`,
      unitId: `u${chat}`,
      unitName: `Đảng ủy xã ${chat + 1}`,
      currentUnitId: `u${chat}`,
      currentUnitName: `Đảng ủy xã ${chat + 1}`,
      action: `Nhiệm vụ số ${i + 1}: tổ chức quán triệt, triển khai thực hiện và báo cáo kết quả về Ban Thường vụ Tỉnh ủy.`,
      due: "2025-03-15",
      deadlineText: "trước ngày 15/3/2025",
      documentTitle: "Kết luận số 99-KL/TU của Ban Thường vụ Tỉnh ủy",
      section: "Mục 2, khoản 3",
    } as TaskView;
    return {
      ...reminderMessage(task, 3, String(100_000 + chat)),
      dedupeKey: `${task.id}|1|lead-3|telegram:${100_000 + chat}`,
      kind: "reminder" as const,
      taskId: task.id,
      platform: "telegram" as const,
      notBefore: now.toISOString(),
    };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function dispatchRun(
  variant: "engine" | "baseline",
  options: { messages: number; chats: number; grouped: boolean; dir: string },
): Promise<DispatchResult> {
  const db = openDatabase(path.join(options.dir, `outbox-${variant}.db`));
  const server = await new FakeTelegramServer().start();
  server.enforceLimits(SERVER_LIMITS);
  const notifier = new TelegramNotifier({ token: server.token, apiRoot: server.apiRoot });
  const now = new Date();
  enqueue(db, syntheticMessages(options.messages, options.chats, options.grouped, now), now);
  const pacer = variant === "engine" ? new Pacer(PACER_LIMITS) : new Pacer({ perChatMs: 0, perSecond: 1e9 });
  const nextDue = db.$client.prepare(
    `SELECT MIN(CASE status WHEN 'pending' THEN not_before ELSE lease_until END) AS at
     FROM outbox WHERE status IN ('pending', 'sending')`,
  );
  let retried = 0;
  let rounds = 0;
  const t0 = performance.now();
  try {
    for (;;) {
      const stats = await dispatchOnce(db, { telegram: notifier }, { pacer });
      retried += stats.retried;
      rounds++;
      const { at } = nextDue.get() as { at: string | null };
      if (!at) break;
      await sleep(Math.max(0, Date.parse(at) - Date.now()) + 1);
    }
  } finally {
    await server.close();
  }
  const wallMs = performance.now() - t0;
  const counts = db.$client
    .prepare(
      "SELECT SUM(status = 'sent') AS sent, SUM(status = 'dead') AS dead, COUNT(*) AS total FROM outbox",
    )
    .get() as { sent: number; dead: number; total: number };
  db.$client.close();
  const perChat = Math.ceil(options.messages / options.chats);
  // The fastest the pacing allows: 25/s overall, and a chat's messages at least a second apart.
  const floorSeconds = Math.max(
    options.messages / PACER_LIMITS.perSecond,
    ((perChat - 1) * PACER_LIMITS.perChatMs) / 1000,
  );
  const pacingLimit = options.messages / floorSeconds;
  const messagesPerSecond = counts.sent / (wallMs / 1000);
  return {
    variant,
    messages: counts.total,
    chats: options.chats,
    wallMs,
    messagesPerSecond,
    pacingLimitPerSecond: pacingLimit,
    shareOfLimit: messagesPerSecond / pacingLimit,
    http429: server.rateLimitedTotal,
    http429PerChat: server.rateLimited.perChat,
    http429Global: server.rateLimited.global,
    retried,
    sent: counts.sent,
    dead: counts.dead,
    dispatchRounds: rounds,
    serverAccepted: server.sent.length,
  };
}
