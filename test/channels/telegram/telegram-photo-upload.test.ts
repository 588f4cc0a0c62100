import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrintBlock, printPages, scanPage, seededRandom } from "../../../bench/scan-simulator.ts";
import type { App } from "../../../src/app.ts";
import { Conversation } from "../../../src/bot/conversation.ts";
import { ocrNotice } from "../../../src/bot/document-uploads.ts";
import { appUploadDesk } from "../../../src/bot/upload-desk.ts";
import { createTelegramBot } from "../../../src/channels/telegram/telegram-bot.ts";
import { type RunningChannel, startTelegramPolling } from "../../../src/channels/telegram/telegram-runner.ts";
import { createLogger } from "../../../src/logger.ts";
import { corpusCopy } from "../../bot/upload-fixtures.ts";
import { appWithUnits } from "../../helpers.ts";
import { FakeTelegramServer } from "../fake-telegram-server.ts";

const logger = createLogger("silent");
const ADMIN = { id: 1, first_name: "Quản trị" };
const OFFICER = { id: 43, first_name: "Cán bộ" };

/** A conclusion printed on A4 and photographed (slight skew, paper grain, JPEG), made by the test. */
const PRINTED: PrintBlock[] = [
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

describe("Telegram: an admin uploads a photo of a document (OCR, fake Bot API)", () => {
  const telegram = new FakeTelegramServer();
  let app: App;
  let running: RunningChannel;

  beforeAll(async () => {
    await telegram.start();
    app = await appWithUnits({ PORT: "0", CORPUS_DIR: corpusCopy() });
    const conversation = new Conversation({
      db: app.db,
      index: app.index,
      answerer: app.answerer,
      admins: { telegram: [String(ADMIN.id)] },
      logger,
      uploads: { desk: appUploadDesk(app) },
    });
    const bot = createTelegramBot(conversation, { token: telegram.token, apiRoot: telegram.apiRoot, logger });
    running = await startTelegramPolling(bot, logger);
  });

  afterAll(async () => {
    await running?.stop();
    await telegram.close();
    app?.close();
  });

  it("photo → 'OCR started' → preview with number, date and obligation → ✅ → answered", async () => {
    const [page] = printPages(PRINTED);
    if (!page) throw new Error("nothing printed");
    const photo = scanPage(page, seededRandom(7), 0.8);
    const id = telegram.addFile(photo, "photo.jpg");
    const before = telegram.sent.length;
    telegram.pushPhoto([id], ADMIN, { id: ADMIN.id, type: "private" });
    const [notice, preview] = (await telegram.waitForSent(before + 2, 60_000)).slice(before);
    expect(notice?.text).toBe(ocrNotice(1));
    expect(preview?.text).toContain("Xem trước văn bản");
    expect(preview?.text).toContain("Số: 45-KL/TU");
    expect(preview?.text).toContain("Ngày: 12/08/2026");
    expect(preview?.text).toMatch(
      /Ban Tổ chức Tỉnh ủy: chủ trì rà soát lực lượng xung kích.* — hạn 30\/09\/2026/,
    );
    expect(preview?.text).toContain("Tệp sẽ lưu thành ket-luan-45-kl-tu.md");
    // Read with the service's OCR settings: the result is cached in the data folder, as ingest caches scans.
    expect(
      readdirSync(path.join(app.config.dataDir, "ocr-cache"), { recursive: true }).length,
    ).toBeGreaterThan(0);
    const confirm = preview?.reply_markup?.inline_keyboard.flat().find((b) => b.text === "✅ Xác nhận nạp");

    const done = telegram.sent.length;
    telegram.pushCallback(confirm?.callback_data ?? "", ADMIN, ADMIN.id);
    expect((await telegram.waitForSent(done + 1))[done]?.text).toMatch(/^✅ Đã nạp văn bản/);
    expect(app.index.documents.get("ket-luan-45-kl-tu")?.number).toBe("45-KL/TU");

    const asked = telegram.sent.length;
    telegram.pushText("Hạn rà soát lực lượng xung kích phòng chống thiên tai là khi nào?", OFFICER, {
      id: OFFICER.id,
      type: "private",
    });
    const answer = (await telegram.waitForSent(asked + 1))[asked];
    expect(answer?.text).toContain("30/9/2026");
    expect(answer?.text).toMatch(/\[1\] .*45-KL\/TU/);
  }, 90_000);
});
