import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answer/answer.ts";
import type { App } from "../../../src/app.ts";
import { Conversation } from "../../../src/bot/conversation.ts";
import { createTelegramBot } from "../../../src/channels/telegram/telegram-bot.ts";
import { type RunningChannel, startTelegramPolling } from "../../../src/channels/telegram/telegram-runner.ts";
import { createLogger } from "../../../src/logger.ts";
import { addMember } from "../../../src/obligations/member-registry.ts";
import { listTasks } from "../../../src/obligations/task-list.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { appWithUnits } from "../../helpers.ts";
import { FakeTelegramServer } from "../fake-telegram-server.ts";

const logger = createLogger("silent");
const ADMIN = { id: 1, first_name: "Quản trị" };
const HEAD = { id: 42, first_name: "Trưởng ban" };
const STRANGER = { id: 77, first_name: "Người lạ" };
const OFFICER = { id: 43, first_name: "Cán bộ" };
const ASKER = { id: 44, first_name: "Người hỏi" };
const GROUP = { id: -100, type: "supergroup" };
let app: App;

type Sent = { text: string; reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] } };
const buttons = (m: Sent) => m.reply_markup?.inline_keyboard.flat() ?? [];
const button = (m: Sent, label: string) => buttons(m).find((b) => b.text === label)?.callback_data ?? "";
/** The "[n] …" line of an answer's source list. */
const sourceLineOf = (m: Sent, n: number) => m.text.split("\n").find((l) => l.startsWith(`[${n}] `)) ?? "";

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
      taskPageSize: 4,
    });
    addMember(app.db, {
      platform: "telegram",
      userId: String(OFFICER.id),
      unitId: "hy-thi-uy-my-hao",
      role: "officer",
    });
    const bot = createTelegramBot(conversation, { token: telegram.token, apiRoot: telegram.apiRoot, logger });
    running = await startTelegramPolling(bot, logger);
  });

  afterAll(async () => {
    await running?.stop();
    await telegram.close();
    app?.close();
  });

  const privateChat = (user: { id: number }) => ({ id: user.id, type: "private" });

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
    const source = await next(() => telegram.pushCallback(button(reply, "📄 Nguồn [1]"), HEAD));
    expect(source.text).toMatch(/^\[1\] /);
  });

  it("registers a head with an admin's code, lists the unit's tasks and marks one done by button and by /xong", async () => {
    const code = (
      await next(() => telegram.pushText("/taoma ls-btc head", ADMIN, { id: 1, type: "private" }))
    ).text;
    const value = /dangky ([A-Z0-9]{6})/.exec(code)?.[1];
    expect(value).toBeDefined();
    expect((await next(() => telegram.pushText(`/dangky ${value}`, HEAD))).text).toContain(
      "Ban Tổ chức Tỉnh ủy Lạng Sơn",
    );
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

  it("answers a follow-up from the chat's conversation: the Hưng Yên conclusion's parties, not Lạng Sơn's board", async () => {
    const first = await next(() =>
      telegram.pushText(
        "Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào?",
        ASKER,
        privateChat(ASKER),
      ),
    );
    expect(first.text).toContain("31/12/2024");
    const followUp = await next(() =>
      telegram.pushText("Việc đó ai chịu trách nhiệm?", ASKER, privateChat(ASKER)),
    );
    const [who] = followUp.text.split("\n\n");
    expect(who).toContain("các cấp ủy đảng, người đứng đầu cơ quan");
    expect(who).not.toContain("Ban Tổ chức");
    expect(sourceLineOf(followUp, 1)).toContain("Ban Thường vụ Tỉnh ủy Hưng Yên");
  });

  it("opens the source of the answer a button sits under, not of the newest answer", async () => {
    const older = await next(() =>
      telegram.pushText("han chot ra soat bo sung quy hoach can bo tre", ASKER, privateChat(ASKER)),
    );
    const newer = await next(() =>
      telegram.pushText("Ai ký thông báo kết luận của Lạng Sơn?", ASKER, privateChat(ASKER)),
    );
    expect(sourceLineOf(older, 1)).not.toBe(sourceLineOf(newer, 1));
    const olderSource = await next(() =>
      telegram.pushCallback(button(older, "📄 Nguồn [1]"), ASKER, ASKER.id),
    );
    expect(olderSource.text.split("\n")[0]).toBe(sourceLineOf(older, 1));
    const newerSource = await next(() =>
      telegram.pushCallback(button(newer, "📄 Nguồn [1]"), ASKER, ASKER.id),
    );
    expect(newerSource.text.split("\n")[0]).toBe(sourceLineOf(newer, 1));
    // /nguon still means the newest answer; a button pressed in another chat finds no answer of that chat.
    expect(
      (await next(() => telegram.pushText("/nguon 1", ASKER, privateChat(ASKER)))).text.split("\n")[0],
    ).toBe(sourceLineOf(newer, 1));
    expect(
      (await next(() => telegram.pushCallback(button(older, "📄 Nguồn [1]"), STRANGER, STRANGER.id))).text,
    ).toContain("Chưa có câu trả lời");
    for (const message of telegram.sent)
      for (const b of buttons(message)) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    const vote = (label: string) => next(() => telegram.pushCallback(button(older, label), ASKER, ASKER.id));
    expect((await vote("👎")).text).toContain("Cảm ơn");
    expect((await vote("👍")).text).toContain("Đã đổi góp ý");
    expect((await vote("👍")).text).toContain("đã góp ý như vậy");
    const votes = app.db.$client
      .prepare("select question, value, answer, citations from feedback where user_id = ?")
      .all(String(ASKER.id)) as { question: string; value: number; answer: string; citations: string }[];
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ question: "han chot ra soat bo sung quy hoach can bo tre", value: 1 });
    expect(older.text).toContain(votes[0]?.answer.slice(0, 60));
    expect(JSON.parse(votes[0]?.citations ?? "[]")[0]).toMatchObject({ n: 1, passageId: expect.any(String) });
  });

  it("ignores commands addressed to other bots in a group, answers its own", async () => {
    const before = telegram.sent.length;
    telegram.pushText("/start@other_bot", HEAD, GROUP);
    telegram.pushText("/vanban@OtherBot", HEAD, GROUP);
    const own = await next(() => telegram.pushText("/vanban@TroLyBot", HEAD, GROUP));
    expect(own.text).toContain("Các văn bản đã nạp");
    expect(telegram.sent.length).toBe(before + 1);
  });

  it("shows help for the sender's role in Vietnamese, with one example and only this channel's commands", async () => {
    const guest = (await next(() => telegram.pushText("/start", STRANGER, privateChat(STRANGER)))).text;
    const officer = (await next(() => telegram.pushText("/huongdan", OFFICER, privateChat(OFFICER)))).text;
    const admin = (await next(() => telegram.pushText("/hd", ADMIN, privateChat(ADMIN)))).text;
    for (const help of [guest, officer, admin]) {
      expect(help).toContain("Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào?");
      expect(help.match(/ví dụ:/g)).toHaveLength(1);
      expect(help).not.toMatch(/\b(?:officer|head|admin)\b|troly |tìm kiếm/);
    }
    expect(guest).toContain("/dangky");
    expect(guest).not.toMatch(/\/nhiemvu|\/xong|\/taoma/);
    expect(officer).toContain("Nhiệm vụ của Thị ủy Mỹ Hào (anh/chị là cán bộ)");
    expect(officer).toMatch(/\/nhiemvu[\s\S]*\/xong[\s\S]*\/tiendo/);
    expect(officer).not.toContain("/taoma");
    expect(admin).toContain("/taoma &lt;tên đơn vị&gt; [vai trò]");
    expect(admin).toContain("cán bộ (mặc định), trưởng đơn vị, quản trị");
    const refusal = await next(() =>
      telegram.pushText("Giá vé máy bay đi Đà Nẵng tháng sau?", STRANGER, privateChat(STRANGER)),
    );
    expect(refusal.text).toContain("Không tìm thấy");
    expect(refusal.text).not.toContain("tìm kiếm");
    const overdue = await next(() =>
      telegram.pushText("Đơn vị tôi còn nhiệm vụ nào quá hạn?", STRANGER, privateChat(STRANGER)),
    );
    expect(overdue.text).toContain("/dangky");
    expect(overdue.text).not.toContain("troly");
  });

  it("creates codes for a unit named without accents, offers a choice when several match, names units in Vietnamese", async () => {
    const chat = privateChat(ADMIN);
    const byName = await next(() =>
      telegram.pushText("/taoma ban to chuc tinh uy hung yen truong don vi", ADMIN, chat),
    );
    expect(byName.text).toMatch(
      /^Mã đăng ký cho Ban Tổ chức Tỉnh ủy Hưng Yên, vai trò trưởng đơn vị: [A-Z0-9]{6}/,
    );
    const choice = await next(() => telegram.pushText("/taoma Ban To Chuc Tinh Uy", ADMIN, chat));
    expect(choice.text).toContain("Có 2 đơn vị khớp");
    expect(buttons(choice).map((b) => b.text)).toEqual([
      "Ban Tổ chức Tỉnh ủy Hưng Yên",
      "Ban Tổ chức Tỉnh ủy Lạng Sơn",
    ]);
    const picked = await next(() =>
      telegram.pushCallback(button(choice, "Ban Tổ chức Tỉnh ủy Lạng Sơn"), ADMIN, ADMIN.id),
    );
    expect(picked.text).toMatch(/^Mã đăng ký cho Ban Tổ chức Tỉnh ủy Lạng Sơn, vai trò cán bộ: /);
    expect(
      (
        await next(() =>
          telegram.pushCallback(button(choice, "Ban Tổ chức Tỉnh ủy Lạng Sơn"), STRANGER, STRANGER.id),
        )
      ).text,
    ).toContain("chỉ dành cho quản trị viên");
    expect((await next(() => telegram.pushText("/taoma ls-btc head", ADMIN, chat))).text).toContain(
      "Ban Tổ chức Tỉnh ủy Lạng Sơn, vai trò trưởng đơn vị",
    );
    expect((await next(() => telegram.pushText("/taoma Sở Ngoại giao", ADMIN, chat))).text).toContain(
      "Không tìm thấy đơn vị",
    );
    const code = /dangky ([A-Z0-9]{6})/.exec(byName.text)?.[1];
    const joined = await next(() =>
      telegram.pushText(`/dangky ${code}`, { id: 45, first_name: "Ba" }, { id: 45, type: "private" }),
    );
    expect(joined.text).toContain("Đã gắn tài khoản với Ban Tổ chức Tỉnh ủy Hưng Yên, vai trò trưởng đơn vị");
    const members = await next(() => telegram.pushText("/thanhvien", ADMIN, chat));
    expect(members.text).toContain("Ba (Telegram) — Ban Tổ chức Tỉnh ủy Hưng Yên, trưởng đơn vị");
    expect(members.text).not.toMatch(/\b(?:officer|head|admin)\b/);
  });

  it("pages /nhiemvu with a 'Xem tiếp' button, numbering across pages, and /xong takes those numbers", async () => {
    const chat = privateChat(OFFICER);
    const pages = [await next(() => telegram.pushText("/nhiemvu", OFFICER, chat))];
    const moreButton = (page: Sent | undefined) =>
      buttons(page as Sent).find((b) => b.text.startsWith("Xem tiếp"))?.callback_data;
    for (let more = moreButton(pages[0]); more && pages.length < 10; more = moreButton(pages.at(-1))) {
      const data = more;
      pages.push(await next(() => telegram.pushCallback(data, OFFICER, OFFICER.id)));
    }
    const total = Number(/\((\d+)\), trang 1\//.exec(pages[0]?.text ?? "")?.[1]);
    expect(total).toBeGreaterThan(4);
    expect(pages).toHaveLength(Math.ceil(total / 4));
    const numbers = pages.flatMap((p) => [...p.text.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])));
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(buttons(pages[1] as Sent).map((b) => b.text)).toContain("✅ Đã hoàn thành 5");
    const fifth = /^5\. (.{20})/m.exec(pages[1]?.text ?? "")?.[1] ?? "";
    const done = (await next(() => telegram.pushText("/xong 5 20/12/2024", OFFICER, chat))).text;
    expect(done).toContain("Đã ghi nhận hoàn thành (ngày 20/12/2024)");
    expect(done).toContain(fifth);
    expect((await next(() => telegram.pushText("/xong 5", OFFICER, chat))).text).toContain(
      "đã được ghi nhận hoàn thành trước đó",
    );
    expect((await next(() => telegram.pushText("/xong 6 01/01/2999", OFFICER, chat))).text).toContain(
      "tương lai",
    );
    expect((await next(() => telegram.pushText("/xong 6 32/13", OFFICER, chat))).text).toContain(
      "Không đọc được ngày",
    );
    const today = new Date().toISOString().slice(0, 10);
    const finished = listTasks(app.db, { unitId: "hy-thi-uy-my-hao", today, status: "done" });
    expect(finished.map((t) => t.completedOn)).toEqual(["2024-12-20"]);
  });

  it("keeps each group member's own task listing: /xong 1 means the listing that member saw", async () => {
    addMember(app.db, { platform: "telegram", userId: "46", unitId: "hy-huyen-uy-van-lam", role: "officer" });
    const other = { id: 46, first_name: "Văn Lâm" };
    await next(() => telegram.pushText("/nhiemvu", OFFICER, GROUP));
    await next(() => telegram.pushText("/nhiemvu", other, GROUP));
    const today = new Date().toISOString().slice(0, 10);
    const mine = listTasks(app.db, { unitId: "hy-thi-uy-my-hao", today, notDone: true })[0];
    const done = await next(() => telegram.pushText("/xong 1", OFFICER, GROUP));
    expect(done.text).toContain("Đã ghi nhận hoàn thành");
    expect(done.text).toContain(mine?.action.slice(0, 30));
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
