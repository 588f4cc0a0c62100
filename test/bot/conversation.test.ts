import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import type { ChatMessage } from "../../src/bot/chat-message.ts";
import { ChatStore } from "../../src/bot/chat-store.ts";
import { parseCommand } from "../../src/bot/command-parser.ts";
import { Conversation } from "../../src/bot/conversation.ts";
import { RateLimiter } from "../../src/bot/rate-limiter.ts";
import { RegistrationCodes } from "../../src/bot/registration-codes.ts";
import { splitRole } from "../../src/bot/roles.ts";
import { chatDay } from "../../src/bot/task-replies.ts";
import { findUnits } from "../../src/bot/unit-lookup.ts";
import { loadConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/logger.ts";
import { importUnits, listUnits } from "../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../src/obligations/units-csv.ts";
import { CORPUS, tempDir } from "../helpers.ts";

let app: App;
let now = new Date("2025-01-10T03:00:00Z");
const clock = () => now;
let conversation: Conversation;
let codes: RegistrationCodes;

const message = (text: string | undefined, userId = "42", extra: Partial<ChatMessage> = {}): ChatMessage => ({
  platform: "telegram",
  chatId: userId,
  chatType: "private",
  userId,
  displayName: "An",
  text,
  ...extra,
});
const say = async (text: string | undefined, userId?: string, extra?: Partial<ChatMessage>) =>
  (await conversation.handle(message(text, userId, extra))).map((r) => r.text).join("\n");

beforeAll(async () => {
  app = await createApp(
    loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: CORPUS, LOG_LEVEL: "silent" }),
    createLogger("silent"),
  );
  importUnits(app.db, parseUnitsCsv(readFileSync(path.join(CORPUS, "units.example.csv"), "utf8"), "u.csv"));
  app.refresh();
  let seed = 0;
  codes = new RegistrationCodes(app.db, clock, (max) => seed++ % max);
  conversation = new Conversation({
    db: app.db,
    index: app.index,
    answerer: app.answerer,
    admins: { telegram: ["1"] },
    logger: createLogger("silent"),
    clock,
    codes,
    limiter: new RateLimiter({ capacity: 3, perMinute: 1 }, () => now.getTime()),
  });
});
afterAll(() => app?.close());

describe("Conversation", () => {
  it("parses Vietnamese commands, aliases and @bot suffixes", () => {
    expect(parseCommand("/NV")).toMatchObject({ name: "tasks" });
    expect(parseCommand("/xong@TroLyBot 3")).toMatchObject({ name: "done", args: "3" });
    expect(parseCommand("/hoi Hạn chót?")).toMatchObject({ name: "ask", args: "Hạn chót?" });
    expect(parseCommand("xin chào")).toBeNull();
    expect(parseCommand("/khongco")).toMatchObject({ name: "unknown" });
  });

  it("keeps each chat's last 100 answers: a button under an older one finds nothing, never another answer", () => {
    const store = new ChatStore(app.db, clock);
    const ids = Array.from({ length: 102 }, (_, i) =>
      store.saveAnswer("zalo", "keep", { question: `câu ${i}`, answer: "…", sources: [`p${i}`] }),
    );
    store.saveAnswer("zalo", "other", { question: "khác", answer: "…", sources: [] });
    expect(store.answer("zalo", "keep", ids[0])).toBeNull();
    expect(store.answer("zalo", "keep", ids[1])).toBeNull();
    expect(store.answer("zalo", "keep", ids[2])?.sources).toEqual(["p2"]);
    expect(store.answer("zalo", "keep")?.question).toBe("câu 101");
    expect(store.answer("zalo", "other", ids[101])).toBeNull();
  });

  it("reads a completion day as officers type it", () => {
    expect(chatDay("20/12/2024", "2025-01-10")).toBe("2024-12-20");
    expect(chatDay("5-1-2025", "2025-01-10")).toBe("2025-01-05");
    expect(chatDay("2024-12-20", "2025-01-10")).toBe("2024-12-20");
    expect(chatDay("20/12", "2025-01-10")).toBe("2024-12-20");
    expect(chatDay("09/01", "2025-01-10")).toBe("2025-01-09");
    expect(() => chatDay("30/02/2024", "2025-01-10")).toThrow(/30\/02\/2024/);
    expect(() => chatDay("hôm qua", "2025-01-10")).toThrow();
  });

  it("reads a unit name and a Vietnamese role out of /taoma arguments", () => {
    expect(splitRole("Ban Tổ chức Hưng Yên trưởng đơn vị")).toEqual({
      unit: "Ban Tổ chức Hưng Yên",
      role: "head",
    });
    expect(splitRole("ls-btc QUAN TRI")).toEqual({ unit: "ls-btc", role: "admin" });
    expect(splitRole("hy-btc head")).toEqual({ unit: "hy-btc", role: "head" });
    expect(splitRole("thi uy my hao")).toEqual({ unit: "thi uy my hao", role: undefined });
    const units = listUnits(app.db);
    expect(findUnits(units, "HY-BTC").map((u) => u.id)).toEqual(["hy-btc"]);
    expect(findUnits(units, "ban to chuc tinh uy").map((u) => u.id)).toEqual(["hy-btc", "ls-btc"]);
    expect(findUnits(units, "văn phòng tỉnh ủy lạng sơn").map((u) => u.id)).toEqual(["ls-vptu"]);
    expect(findUnits(units, "phuong le loi").map((u) => u.id)).toEqual(["hy-du-phuong-le-loi"]);
    expect(findUnits(units, "so ngoai giao")).toEqual([]);
  });

  it("shows guests the questions and /dangky, members their unit's task commands, admins the admin commands", async () => {
    const guest = await say("/huongdan");
    for (const c of ["/hoi", "/nguon", "/vanban", "/hanchot", "/dangky"]) expect(guest).toContain(c);
    for (const c of ["/nhiemvu", "/xong", "/tiendo", "/taoma", "/thanhvien"]) expect(guest).not.toContain(c);
    const admin = await say("/start", "1");
    expect(admin).toContain("/taoma");
    expect(admin).not.toContain("/nhiemvu");
    expect(await say("/taoma hy-btc head")).toContain("chỉ dành cho quản trị viên");
    expect(await say("/khongco")).toContain("Không có lệnh /khongco");
  });

  it("gives non-text messages a short help and ignores unaddressed group chatter", async () => {
    expect(await say(undefined)).toContain("chỉ đọc được tin nhắn chữ");
    expect(await say("chuyện phiếm", "42", { chatType: "group" })).toBe("");
    expect(await say("/vanban", "42", { chatType: "group" })).toContain("Các văn bản đã nạp");
  });

  it("rate-limits questions per user and caps their length", async () => {
    expect(await say("x".repeat(2500), "9")).toMatch(/dài/);
    await say("hạn rà soát quy hoạch cán bộ trẻ", "9");
    await say("hạn rà soát quy hoạch cán bộ trẻ", "9");
    expect(await say("hạn rà soát quy hoạch cán bộ trẻ", "9")).toContain("gửi nhanh quá");
    now = new Date(now.getTime() + 120_000);
    expect(await say("hạn rà soát quy hoạch cán bộ trẻ", "9")).toContain("31/12/2024");
  });

  it("redeems a code once, before it expires, and re-checks roles on every change", async () => {
    const code = codes.create("hy-btc", "head", "telegram:1");
    expect(await say(`/dangky ${code.toLowerCase()}`, "50")).toContain(
      "Đã gắn tài khoản với Ban Tổ chức Tỉnh ủy Hưng Yên, vai trò trưởng đơn vị",
    );
    const head = await say("/huongdan", "50");
    expect(head).toContain("Nhiệm vụ của Ban Tổ chức Tỉnh ủy Hưng Yên (anh/chị là trưởng đơn vị)");
    expect(head).toContain("Lời nhắc hạn nhiệm vụ");
    expect(head).not.toContain("/taoma");
    expect(await say(`/dangky ${code}`, "51")).toContain("đã dùng");
    const stale = codes.create("hy-btc", "officer", "telegram:1");
    now = new Date(now.getTime() + 8 * 86_400_000);
    expect(await say(`/dangky ${stale}`, "52")).toContain("hết hạn");
    expect(await say("/nhiemvu", "50")).toContain("Nhiệm vụ chưa hoàn thành");
    expect(await say("/tiendo 1 Đã họp triển khai", "50")).toContain("Đã ghi tiến độ");
    expect(await say("/xong 99", "50")).toContain("/nhiemvu");
    const [reply] = await conversation.handle(message("/nhiemvu", "50"));
    const action = reply?.buttons?.[0]?.[0]?.action ?? "";
    expect((await conversation.handleAction(message(undefined, "53"), action))[0]?.text).toContain(
      "không có quyền",
    );
    expect((await conversation.handleAction(message(undefined, "1"), action))[0]?.text).toContain(
      "Đã ghi nhận",
    );
  });

  it("shows upcoming deadlines for guests from the documents", async () => {
    now = new Date("2024-12-01T03:00:00Z");
    const reply = await say("/hanchot 60", "60");
    expect(reply).toContain("31/12/2024");
    expect(await say("/hanchot abc", "60")).toContain("Cú pháp");
  });
});
