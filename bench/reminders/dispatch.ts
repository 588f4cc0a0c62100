/**
 * Dispatch: messages for a set of chats sent by `dispatchOnce` through `TelegramNotifier` to the fake Telegram server
 * with its rate limits on, paced by `Pacer` (engine) or not paced at all (baseline); real time, rows rescheduled
 * after a 429 are waited for.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { TelegramNotifier } from "../../src/channels/telegram/telegram-notifier.ts";
import { type Db, openDatabase } from "../../src/db/open-database.ts";
import { documents, members, obligations, tasks, units } from "../../src/db/schema.ts";
import { listTasks } from "../../src/obligations/task-list.ts";
import { taskId } from "../../src/obligations/task-table.ts";
import { dispatchOnce } from "../../src/reminders/outbox-dispatcher.ts";
import { Pacer } from "../../src/reminders/pacer.ts";
import { enqueue, type PlannedMessage } from "../../src/reminders/reminder-planner.ts";
import { reminderMessage } from "../../src/reminders/reminder-text.ts";
import { FakeTelegramServer } from "../../test/channels/fake-telegram-server.ts";
import { PROVINCES } from "./registry-shape.ts";
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

const DAY = "2025-03-15";
const AT = "2025-03-12T02:00:00.000Z";

/**
 * `count` reminders over `chats` chats: message i goes to chat i mod chats (or chat by chat with `grouped`). Each is
 * for a real open task of the benchmark's database — one document, one unit (with its head at the chat) per chat,
 * one obligation and one open task per message — because the dispatcher cancels, without sending, a row whose task
 * is not open in `tasks`. The text is built from the task as `listTasks` reads it back.
 */
export function syntheticMessages(
  db: Db,
  count: number,
  chats: number,
  grouped: boolean,
  now: Date,
): PlannedMessage[] {
  const perChat = Math.ceil(count / chats);
  const chatOf = (i: number) => (grouped ? Math.floor(i / perChat) : i % chats);
  const unitOf = (chat: number) => `u${chat}`;
  const ids: string[] = [];
  db.transaction((tx) => {
    tx.insert(documents)
      .values({
        id: "kl-bench",
        file: "kl-bench.docx",
        hash: "x",
        title: "Kết luận số 99-KL/TU của Ban Thường vụ Tỉnh ủy",
        kind: "ket_luan",
        number: "99-KL/TU",
        issuer: "Tỉnh ủy",
        province: "",
        issuedDate: "2025-01-02",
        meetingDate: "2024-12-30",
        signer: "Nguyễn Văn A",
        signerTitle: "Bí thư",
        recipients: [],
        references: [],
        indexedAt: AT,
      })
      .run();
    for (let chat = 0; chat < Math.min(chats, count); chat++) {
      const name = `Đảng ủy xã ${chat + 1}`;
      tx.insert(units)
        .values({
          id: unitOf(chat),
          name,
          kind: "commune_party_committee",
          parentId: null,
          aliases: [],
          head: `Trưởng ${name}`,
          successorId: null,
          province: PROVINCES[0] as string,
          updatedAt: AT,
        })
        .run();
      tx.insert(members)
        .values({
          platform: "telegram",
          userId: String(100_000 + chat),
          unitId: unitOf(chat),
          role: "head",
          displayName: `Trưởng ${name}`,
          createdAt: AT,
        })
        .run();
    }
    for (let i = 0; i < count; i++) {
      const obligationId = `ob-${String(i).padStart(4, "0")}`;
      const action = `Nhiệm vụ số ${i + 1}: tổ chức quán triệt, triển khai thực hiện và báo cáo kết quả về Ban Thường vụ Tỉnh ủy.`;
      tx.insert(obligations)
        .values({
          id: obligationId,
          documentId: "kl-bench",
          passageId: `kl-bench#p${i}`,
          ordinal: i,
          section: "Mục 2, khoản 3",
          responsible: ["Các cấp ủy, tổ chức đảng"],
          action,
          deadlineKind: "date",
          deadlineDue: DAY,
          deadlineRecurrence: null,
          deadlineText: "trước ngày 15/3/2025",
          sourceText: action,
        })
        .run();
      const unitId = unitOf(chatOf(i));
      const id = taskId(obligationId, unitId, 1);
      tx.insert(tasks)
        .values({
          id,
          obligationId,
          unitId,
          occurrence: 1,
          due: DAY,
          status: "open",
          createdAt: AT,
          updatedAt: AT,
        })
        .run();
      ids.push(id);
    }
  });
  const views = new Map(listTasks(db, { notDone: true }, now).map((t) => [t.id, t]));
  return ids.map((id, i) => {
    const task = views.get(id);
    if (!task) throw new Error(`benchmark task ${id} not listed`);
    const chatId = String(100_000 + chatOf(i));
    return {
      ...reminderMessage(task, 3, chatId),
      dedupeKey: `${task.id}|1|lead-3|telegram:${chatId}`,
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
  enqueue(db, syntheticMessages(db, options.messages, options.chats, options.grouped, now), now);
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
  // Every row must end sent or dead; any other end (a cancelled row, say) means the run measured something else.
  const other = db.$client
    .prepare(
      `SELECT status, last_error AS reason, COUNT(*) AS n FROM outbox WHERE status NOT IN ('sent', 'dead')
       GROUP BY status, last_error`,
    )
    .all() as { status: string; reason: string | null; n: number }[];
  db.$client.close();
  if (other.length > 0)
    throw new Error(
      `dispatch ${variant}: ${other.map((o) => `${o.n} ${o.status} (${o.reason ?? "no reason"})`).join(", ")} of ${counts.total} messages neither sent nor dead`,
    );
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
