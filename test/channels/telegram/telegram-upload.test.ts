import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.ts";
import { ocrNotice } from "../../../src/bot/document-uploads.ts";
import { createLogger } from "../../../src/logger.ts";
import { listTasks } from "../../../src/obligations/task-list.ts";
import {
  blankPng,
  CORRUPT_PDF,
  corpusCopy,
  corpusFiles,
  NOTICE_LINES,
  pdfOf,
} from "../../bot/upload-fixtures.ts";
import { tempDir } from "../../helpers.ts";
import { FakeTelegramServer } from "../fake-telegram-server.ts";
import { docxOf } from "../web/docx-fixture.ts";
import { startUploadBot, type UploadBot } from "./upload-bot.ts";

const ADMIN = { id: 1, first_name: "Quản trị" };
const OFFICER = { id: 43, first_name: "Cán bộ" };
const chatOf = (user: { id: number }) => ({ id: user.id, type: "private" });

type Sent = FakeTelegramServer["sent"][number];
const button = (m: Sent, label: string) =>
  m.reply_markup?.inline_keyboard.flat().find((b) => b.text === label)?.callback_data ?? "";

describe("Telegram: an admin uploads a document (fake Bot API)", () => {
  const telegram = new FakeTelegramServer();
  /** The log, to check that no file URL (it holds the token) is ever logged. */
  const logFile = path.join(tempDir("troly-upload-log-"), "log.ndjson");
  let app: App;
  let corpus: string;
  let bot: UploadBot;

  beforeAll(async () => {
    corpus = corpusCopy();
    const logger = createLogger("debug", pino.destination({ dest: logFile, sync: true }));
    bot = await startUploadBot(telegram, logger, ADMIN.id, corpus);
    app = bot.app;
  });

  afterAll(async () => {
    await bot?.stop();
  });

  /** The bot's next message after `push`. */
  const next = async (push: () => void) => {
    const before = telegram.sent.length;
    push();
    const sent = (await telegram.waitForSent(before + 1))[before] as Sent;
    if (process.env.SHOW_REPLIES) console.log(sent.text);
    return sent;
  };

  it("previews a .docx with number, date, passages and obligations; the ✅ button ingests it and it is answered", async () => {
    const id = telegram.addFile(await docxOf(NOTICE_LINES), "tb-chi-bo-so.docx");
    const before = corpusFiles(corpus);
    const preview = await next(() =>
      telegram.pushDocument({ file_id: id, file_name: "TB chi bộ số.docx" }, ADMIN, chatOf(ADMIN)),
    );
    expect(preview.text).toContain("Xem trước văn bản");
    expect(preview.text).toContain("Số: 77-TB/BTCTU");
    expect(preview.text).toContain("Ngày: 05/03/2026");
    expect(preview.text).toContain("Tỉnh: Lạng Sơn");
    expect(preview.text).toMatch(/\d+ đoạn, 2 nghĩa vụ/);
    expect(preview.text).toMatch(
      /Ban Tổ chức Tỉnh ủy: chủ trì tổng kết mô hình chi bộ số .* — hạn 30\/06\/2026/,
    );
    expect(preview.text).toContain("Tệp sẽ lưu thành tb-chi-bo-so.md");
    expect(preview.text).not.toContain("OCR");
    // Nothing is written before confirming.
    expect(corpusFiles(corpus)).toEqual(before);
    expect(app.index.documents.has("tb-chi-bo-so")).toBe(false);

    const confirm = button(preview, "✅ Xác nhận nạp");
    expect(confirm).toMatch(/^up:ok:[0-9a-f]+$/);
    const done = await next(() => telegram.pushCallback(confirm, ADMIN, ADMIN.id));
    expect(done.text).toMatch(/^✅ Đã nạp văn bản “.+” \(tệp tb-chi-bo-so\.md\): \d+ nhiệm vụ mới\./);
    expect(readFileSync(path.join(corpus, "tb-chi-bo-so.md"), "utf8")).toContain("chi bộ số");
    expect(app.index.documents.get("tb-chi-bo-so")?.number).toBe("77-TB/BTCTU");
    expect(listTasks(app.db).filter((t) => t.documentId === "tb-chi-bo-so").length).toBeGreaterThan(0);

    const answer = await next(() =>
      telegram.pushText(
        "Hạn tổng kết mô hình chi bộ số ở các xã biên giới là khi nào?",
        OFFICER,
        chatOf(OFFICER),
      ),
    );
    expect(answer.text).toContain("30/6/2026");
    expect(answer.text).toMatch(/\[1\] .*77-TB\/BTCTU/);

    // The same button again: the preview was used up.
    const again = await next(() => telegram.pushCallback(confirm, ADMIN, ADMIN.id));
    expect(again.text).toMatch(/đã hết hạn hoặc đã được xử lý/);
    const log = readFileSync(logFile, "utf8");
    expect(log).toContain("document uploaded from chat");
    expect(log).not.toContain(telegram.token);
  });

  it("previews a text-layer PDF, and /huy drops it without writing anything", async () => {
    const pdf = pdfOf([
      "THONG BAO KET LUAN",
      "1. Van phong Tinh uy hoan thanh so hoa ho so luu tru truoc ngay 15/9/2026.",
    ]);
    const id = telegram.addFile(pdf, "so-hoa.pdf");
    const before = corpusFiles(corpus);
    const preview = await next(() =>
      telegram.pushDocument({ file_id: id, file_name: "so-hoa.pdf" }, ADMIN, chatOf(ADMIN)),
    );
    expect(preview.text).toContain("Xem trước văn bản");
    expect(preview.text).toContain("hạn 15/09/2026");
    const cancelled = await next(() => telegram.pushText("/huy", ADMIN, chatOf(ADMIN)));
    expect(cancelled.text).toMatch(/^Đã hủy, văn bản “.+” không được nạp\.$/);
    const nothing = await next(() => telegram.pushText("/xacnhan", ADMIN, chatOf(ADMIN)));
    expect(nothing.text).toMatch(/^Không có văn bản nào đang chờ xác nhận/);
    expect(corpusFiles(corpus)).toEqual(before);
    expect(existsSync(path.join(corpus, "so-hoa.md"))).toBe(false);
  });

  it("in a group, reads a file only when its caption mentions the bot", async () => {
    const group = { id: -200, type: "supergroup" };
    const id = telegram.addFile(pdfOf(["1. Cong viec nhom truoc ngay 01/10/2026."]), "nhom.pdf");
    const downloads = telegram.fileDownloads;
    const quiet = await next(() => {
      telegram.pushDocument({ file_id: id, file_name: "nhom.pdf" }, ADMIN, group);
      telegram.pushText("/vanban", ADMIN, group);
    });
    expect(quiet.text).toContain("Các văn bản đã nạp");
    expect(telegram.fileDownloads).toBe(downloads);
    const preview = await next(() =>
      telegram.pushDocument({ file_id: id, file_name: "nhom.pdf" }, ADMIN, group, "@TroLyBot nạp giúp"),
    );
    expect(preview.text).toContain("Xem trước văn bản");
    expect(await next(() => telegram.pushText("/huy", ADMIN, group))).toMatchObject({
      text: expect.stringMatching(/^Đã hủy/),
    });
  });

  it("refuses a non-admin politely without downloading the file; /xacnhan is admin-only", async () => {
    const id = telegram.addFile(pdfOf(["1. Noi dung."]), "x.pdf");
    const downloads = telegram.fileDownloads;
    const calls = telegram.calls.filter((c) => c === "getFile").length;
    const reply = await next(() =>
      telegram.pushDocument({ file_id: id, file_name: "x.pdf" }, OFFICER, chatOf(OFFICER)),
    );
    expect(reply.text).toMatch(/chỉ dành cho quản trị viên/);
    expect(telegram.fileDownloads).toBe(downloads);
    expect(telegram.calls.filter((c) => c === "getFile").length).toBe(calls);
    const confirm = await next(() => telegram.pushText("/xacnhan", OFFICER, chatOf(OFFICER)));
    expect(confirm.text).toBe("Lệnh này chỉ dành cho quản trị viên.");
  });

  it("says in Vietnamese that a corrupt PDF cannot be read, and changes nothing", async () => {
    const id = telegram.addFile(CORRUPT_PDF, "hong.pdf");
    const before = corpusFiles(corpus);
    const documents = app.index.documents.size;
    const reply = await next(() =>
      telegram.pushDocument({ file_id: id, file_name: "hỏng.pdf" }, ADMIN, chatOf(ADMIN)),
    );
    expect(reply.text).toMatch(/PDF/);
    expect(reply.text).not.toContain("Xem trước");
    expect(reply.reply_markup).toBeUndefined();
    expect(corpusFiles(corpus)).toEqual(before);
    expect(app.index.documents.size).toBe(documents);
    const nothing = await next(() => telegram.pushText("/xacnhan", ADMIN, chatOf(ADMIN)));
    expect(nothing.text).toMatch(/^Không có văn bản nào đang chờ xác nhận/);
  });

  it("refuses a file over 10 MB by its reported size, before downloading it", async () => {
    const id = telegram.addFile(pdfOf(["1. Noi dung."]), "lon.pdf");
    const downloads = telegram.fileDownloads;
    const reply = await next(() =>
      telegram.pushDocument(
        { file_id: id, file_name: "lon.pdf", file_size: 12 * 1024 * 1024 },
        ADMIN,
        chatOf(ADMIN),
      ),
    );
    expect(reply.text).toBe("Tệp quá lớn (12 MB). Dung lượng tối đa là 10 MB.");
    expect(telegram.fileDownloads).toBe(downloads);
  });

  it("downloads the largest size of a photo; a photo without text gets a clear message and changes nothing", async () => {
    // Only the largest size exists on the fake server: fetching a smaller one would fail to download.
    const large = telegram.addFile(blankPng(400, 240), "anh.png");
    const before = corpusFiles(corpus);
    const downloads = telegram.fileDownloads;
    let reply = await next(() => telegram.pushPhoto(["missing-small", "missing-mid", large], ADMIN));
    // With OCR, a notice that it started comes first; the outcome follows.
    if (reply.text.startsWith("⏳")) {
      expect(reply.text).toBe(ocrNotice(1));
      reply = await next(() => undefined);
    }
    expect(telegram.fileDownloads).toBe(downloads + 1);
    expect(reply.text).not.toMatch(/Không tải được/);
    expect(reply.text).not.toContain("Xem trước");
    expect(reply.text).toMatch(/[ảạấầẩẫậắằẳẵặđếềểễệốồổỗộớờởỡợứừửữự]/);
    expect(corpusFiles(corpus)).toEqual(before);
  });
});
