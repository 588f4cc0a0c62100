import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrintBlock, printPages, scanPage, seededRandom } from "../../../bench/scan-simulator.ts";
import type { App } from "../../../src/app.ts";
import { ocrNotice } from "../../../src/bot/document-uploads.ts";
import { createLogger } from "../../../src/logger.ts";
import { corpusCopy } from "../../bot/upload-fixtures.ts";
import { FakeTelegramServer } from "../fake-telegram-server.ts";
import { startUploadBot, type UploadBot } from "./upload-bot.ts";

const logger = createLogger("silent");
const ADMIN = { id: 1, first_name: "Quản trị" };
const OFFICER = { id: 43, first_name: "Cán bộ" };
const privateChat = (user: { id: number }) => ({ id: user.id, type: "private" });

/** A two-page conclusion, printed on A4 and photographed page by page (slight skew, paper grain, JPEG) by the test. */
const PAGE_1: PrintBlock[] = [
  { text: "TỈNH ỦY HƯNG YÊN", align: "center", bold: true },
  { text: "Số 45-KL/TU", align: "center" },
  { text: "Hưng Yên, ngày 12 tháng 8 năm 2026", align: "center" },
  { text: "KẾT LUẬN", align: "center", bold: true },
  { text: "Về công tác phòng, chống thiên tai năm 2026", align: "center" },
  {
    text:
      "1. Ban Tổ chức Tỉnh ủy chủ trì rà soát lực lượng xung kích phòng, chống thiên tai ở các xã ven sông, " +
      "báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/9/2026.",
  },
];
const PAGE_2: PrintBlock[] = [
  { text: "2. Các huyện ủy, thị ủy, thành ủy tổ chức diễn tập ứng phó lũ quét trước ngày 15/10/2026." },
];
const photoOf = (blocks: PrintBlock[]) => {
  const [page] = printPages(blocks);
  if (!page) throw new Error("nothing printed");
  return scanPage(page, seededRandom(7), 0.8);
};

describe("Telegram: an admin uploads photos of a document (OCR, fake Bot API)", () => {
  const telegram = new FakeTelegramServer();
  let app: App;
  let bot: UploadBot;

  beforeAll(async () => {
    bot = await startUploadBot(telegram, logger, ADMIN.id, corpusCopy());
    app = bot.app;
  });

  afterAll(async () => {
    await bot?.stop();
  });

  it("an album of two photos → 'OCR started' → a preview per photo, the second of both pages → ✅ → answered with the page", async () => {
    const first = telegram.addFile(photoOf(PAGE_1), "trang-1.jpg");
    const second = telegram.addFile(photoOf(PAGE_2), "trang-2.jpg");
    const before = telegram.sent.length;
    telegram.pushPhoto([first], ADMIN, privateChat(ADMIN), "album-1");
    telegram.pushPhoto([second], ADMIN, privateChat(ADMIN), "album-1");
    const [notice, onePage, bothPages] = (await telegram.waitForSent(before + 3, 60_000)).slice(before);
    expect(notice?.text).toBe(ocrNotice(1));
    expect(onePage?.text).toContain("Xem trước văn bản");
    expect(onePage?.text).toContain("Số: 45-KL/TU");
    expect(onePage?.text).toContain("Ngày: 12/08/2026");
    expect(onePage?.text).toMatch(
      /Ban Tổ chức Tỉnh ủy: chủ trì rà soát lực lượng xung kích.* — hạn 30\/09\/2026/,
    );
    expect(onePage?.text).not.toContain("Ghép");
    // The second photo of the album is the next page of the same document: one preview of both, one notice only.
    expect(bothPages?.text).toContain("Ghép 2 ảnh gửi cùng lúc thành một văn bản 2 trang.");
    expect(bothPages?.text).toContain("Số: 45-KL/TU");
    expect(bothPages?.text).toMatch(/tổ chức diễn tập ứng phó lũ quét .*— hạn 15\/10\/2026/);
    expect(bothPages?.text).toContain("Tệp sẽ lưu thành ket-luan-45-kl-tu.md");
    // Read with the service's OCR settings: the result is cached in the data folder, as ingest caches scans.
    expect(
      readdirSync(path.join(app.config.dataDir, "ocr-cache"), { recursive: true }).length,
    ).toBeGreaterThan(0);
    const button = (m: typeof bothPages) =>
      m?.reply_markup?.inline_keyboard.flat().find((b) => b.text === "✅ Xác nhận nạp")?.callback_data ?? "";

    const done = telegram.sent.length;
    telegram.pushCallback(button(onePage), ADMIN, ADMIN.id);
    telegram.pushCallback(button(bothPages), ADMIN, ADMIN.id);
    const [stale, saved] = (await telegram.waitForSent(done + 2)).slice(done);
    expect(stale?.text).toMatch(/đã hết hạn hoặc đã được xử lý/);
    expect(saved?.text).toMatch(/^✅ Đã nạp văn bản/);
    expect(app.index.documents.get("ket-luan-45-kl-tu")?.number).toBe("45-KL/TU");

    const asked = telegram.sent.length;
    telegram.pushText("Hạn diễn tập ứng phó lũ quét là khi nào?", OFFICER, privateChat(OFFICER));
    const answer = (await telegram.waitForSent(asked + 1))[asked];
    expect(answer?.text).toContain("15/10/2026");
    expect(answer?.text).toMatch(/\[1\] .*45-KL\/TU.*trang 2/);
  }, 90_000);
});
