import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answer/answer.ts";
import type { App } from "../../../src/app.ts";
import { Conversation } from "../../../src/bot/conversation.ts";
import { createTelegramBot } from "../../../src/channels/telegram/telegram-bot.ts";
import { type RunningChannel, startTelegramPolling } from "../../../src/channels/telegram/telegram-runner.ts";
import { createLogger } from "../../../src/logger.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { appWithUnits } from "../../helpers.ts";
import { FakeTelegramServer } from "../fake-telegram-server.ts";

const logger = createLogger("silent");
const ADMIN = { id: 1, first_name: "Quản trị" };
const HEAD = { id: 42, first_name: "Trưởng ban" };
const STRANGER = { id: 77, first_name: "Người lạ" };
let app: App;

async function openApp(env: Record<string, string> = {}): Promise<App> {
  return appWithUnits({ PORT: "0", ...env });
}

describe("Telegram channel (long polling against a fake Bot API)", () => {
  const telegram = new FakeTelegramServer();
  let running: RunningChannel;

  beforeAll(async () => {
    await telegram.start();
    app = await openApp();
    const conversation = new Conversation({
      db: app.db,
      index: app.index,
      answerer: app.answerer,
      admins: { telegram: [String(ADMIN.id)] },
      logger,
    });
    const bot = createTelegramBot(conversation, { token: telegram.token, apiRoot: telegram.apiRoot, logger });
    running = await startTelegramPolling(bot, logger);
  });

  afterAll(async () => {
    await running?.stop();
    await telegram.close();
    app?.close();
  });

  const next = async (push: () => void) => {
    const before = telegram.sent.length;
    push();
    const sent = await telegram.waitForSent(before + 1);
    return sent[before] as (typeof sent)[number];
  };

  it("answers a question with citations, source buttons and feedback buttons", async () => {
    const reply = await next(() => telegram.pushText("han chot ra soat bo sung quy hoach can bo tre", HEAD));
    expect(reply.parse_mode).toBe("HTML");
    expect(reply.text).toContain("31/12/2024");
    expect(reply.text).toContain("[1]");
    expect(reply.text).toContain("<b>Nguồn:</b>");
    const labels = reply.reply_markup?.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(["📄 Nguồn [1]", "👍", "👎"]));
    const source = await next(() => telegram.pushCallback("src:1", HEAD));
    expect(source.text).toMatch(/^\[1\] /);
  });

  it("registers a head with an admin's code, lists the unit's tasks and marks one done by button and by /xong", async () => {
    const code = (
      await next(() => telegram.pushText("/taoma ls-btc head", ADMIN, { id: 1, type: "private" }))
    ).text;
    const value = /dangky ([A-Z0-9]{6})/.exec(code)?.[1];
    expect(value).toBeDefined();
    expect((await next(() => telegram.pushText(`/dangky ${value}`, HEAD))).text).toContain("ls-btc");
    expect(
      (await next(() => telegram.pushText(`/dangky ${value}`, STRANGER, { id: 77, type: "private" }))).text,
    ).toContain("đã dùng");

    const list = await next(() => telegram.pushText("/nhiemvu", HEAD));
    expect(list.text).toContain("Nhiệm vụ chưa hoàn thành");
    const buttons = list.reply_markup?.inline_keyboard.flat() ?? [];
    expect(buttons[0]?.text).toBe("✅ Đã hoàn thành 1");
    const action = buttons[0]?.callback_data ?? "";

    const denied = await next(() => telegram.pushCallback(action, STRANGER, 77));
    expect(denied.text).toContain("không có quyền");
    expect((await next(() => telegram.pushCallback(action, HEAD))).text).toContain("Đã ghi nhận hoàn thành");
    expect((await next(() => telegram.pushText("/xong 2", HEAD))).text).toContain("Đã ghi nhận hoàn thành");
    expect(
      (await next(() => telegram.pushText("/xong 2", STRANGER, { id: 77, type: "private" }))).text,
    ).toContain("thành viên");
  });

  it("stays quiet in groups unless commanded, mentioned or replied to", async () => {
    const group = { id: -100, type: "supergroup" };
    const before = telegram.sent.length;
    telegram.pushText("chuyện phiếm trong nhóm", HEAD, group);
    const mentioned = await next(() =>
      telegram.pushText("@TroLyBot hạn rà soát quy hoạch cán bộ trẻ?", HEAD, group),
    );
    expect(telegram.sent.length).toBe(before + 1);
    expect(mentioned.text).toContain("31/12/2024");
  });

  it("retries after 429 retry_after and still delivers", async () => {
    telegram.failNextSends(1);
    const reply = await next(() => telegram.pushText("/vanban", HEAD));
    expect(reply.text).toContain("Các văn bản đã nạp");
  });

  it("replies to a photo with a short help text", async () => {
    const reply = await next(() =>
      telegram.push({
        message: { message_id: 9, date: 0, chat: { id: 42, type: "private" }, from: HEAD, photo: [] },
      }),
    );
    expect(reply.text).toContain("chỉ đọc được tin nhắn chữ");
  });
});

describe("Telegram channel rendering", () => {
  const telegram = new FakeTelegramServer();
  let running: RunningChannel;
  let echoApp: App;

  beforeAll(async () => {
    await telegram.start();
    echoApp = await openApp();
    const long = Array.from({ length: 50 }, (_, i) => `Đoạn ${i + 1}: ${"nội dung ".repeat(11)}[1]`).join(
      "\n\n",
    );
    const answerer = {
      answer: async (question: string): Promise<Answer> => ({
        question,
        answer: question.startsWith("dài") ? long : `Bạn hỏi: ${question} [1]`,
        refused: false,
        mode: "extractive",
        citations: [
          {
            n: 1,
            passageId: "p",
            documentId: "d",
            documentTitle: "Văn bản <A> & B",
            documentLabel: "Văn bản <A> & B",
            section: "mục 1",
            text: "",
            score: 1,
          },
        ],
        ms: 1,
      }),
    };
    const conversation = new Conversation({
      db: echoApp.db,
      index: echoApp.index,
      answerer,
      admins: {},
      logger,
    });
    const bot = createTelegramBot(conversation, { token: telegram.token, apiRoot: telegram.apiRoot, logger });
    running = await startTelegramPolling(bot, logger);
  });

  afterAll(async () => {
    await running?.stop();
    await telegram.close();
    echoApp?.close();
  });

  it("escapes HTML special characters", async () => {
    telegram.pushText("<b>Hạn</b> & <script>");
    const [reply] = await telegram.waitForSent(1);
    expect(reply?.text).toContain("&lt;b&gt;Hạn&lt;/b&gt; &amp; &lt;script&gt;");
    expect(reply?.text).toContain("Văn bản &lt;A&gt; &amp; B");
  });

  it("splits a 5,000-character answer at paragraph boundaries, buttons on the last part", async () => {
    const before = telegram.sent.length;
    telegram.pushText("dài");
    await new Promise((r) => setTimeout(r, 500));
    const parts = telegram.sent.slice(before);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(4096);
    expect(parts[0]?.text.endsWith("[1]")).toBe(true);
    expect(parts.slice(0, -1).every((p) => p.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)?.reply_markup).toBeDefined();
    expect(parts.map((p) => p.text).join("\n\n")).toContain("Đoạn 50:");
  });
});

describe("Telegram webhook mode", () => {
  const telegram = new FakeTelegramServer();
  let service: RunningService;
  let hookApp: App;
  const secret = "s3cret-token_for-tests";

  beforeAll(async () => {
    await telegram.start();
    hookApp = await openApp({
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: "https://example.invalid/telegram/webhook",
      TELEGRAM_WEBHOOK_SECRET: secret,
    });
    service = await startService(hookApp, logger);
  });

  afterAll(async () => {
    await service?.stop();
    await telegram.close();
    hookApp?.close();
  });

  const post = (body: unknown, token?: string) =>
    fetch(`http://127.0.0.1:${service.port}/telegram/webhook`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { "x-telegram-bot-api-secret-token": token } : {}),
      },
      body: JSON.stringify(body),
    });

  const update = {
    update_id: 500,
    message: { message_id: 1, date: 0, chat: { id: 42, type: "private" }, from: HEAD, text: "/vanban" },
  };

  it("registers the webhook and serves /healthz", async () => {
    expect(telegram.calls).toContain("setWebhook");
    const health = await fetch(`http://127.0.0.1:${service.port}/healthz`);
    expect(await health.json()).toMatchObject({ status: "ok", documents: 4 });
  });

  it("rejects a wrong secret with 401 and processes nothing", async () => {
    expect((await post(update, "wrong")).status).toBe(401);
    expect((await post(update)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(telegram.sent).toHaveLength(0);
  });

  it("answers a redelivered update once", async () => {
    expect((await post(update, secret)).status).toBe(200);
    expect((await post(update, secret)).status).toBe(200);
    await telegram.waitForSent(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(telegram.sent).toHaveLength(1);
    expect(telegram.sent[0]?.text).toContain("Các văn bản đã nạp");
  });
});
