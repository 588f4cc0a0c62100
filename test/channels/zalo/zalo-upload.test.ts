import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.ts";
import { ocrNotice } from "../../../src/bot/document-uploads.ts";
import { zaloChatMessage } from "../../../src/channels/zalo/zalo-channel.ts";
import { parseZaloUpdate } from "../../../src/channels/zalo/zalo-types.ts";
import { createLogger } from "../../../src/logger.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { blankPng, CORRUPT_PDF, corpusCopy, corpusFiles, pdfOf } from "../../bot/upload-fixtures.ts";
import { appWithUnits } from "../../helpers.ts";
import { FakeZaloServer, fileUpdate, imageUpdate, textUpdate } from "../fake-zalo-server.ts";

const logger = createLogger("silent");
const TOKEN = "1234567890:zalo-upload-token";
const ADMIN = "zalo-admin";
const OFFICER = "zalo-officer";

async function waitFor<T>(read: () => T[], count: number, ms = 10_000): Promise<T[]> {
  const started = Date.now();
  while (read().length < count) {
    if (Date.now() - started > ms) throw new Error(`only ${read().length} of ${count}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return read();
}

describe("Zalo: an admin uploads a document (fake Zalo Bot API, the whole service)", () => {
  const zalo = new FakeZaloServer({ token: TOKEN, pollWaitMs: 50 });
  let app: App;
  let service: RunningService;
  let corpus: string;

  beforeAll(async () => {
    await zalo.start();
    corpus = corpusCopy();
    app = await appWithUnits({
      PORT: "0",
      CORPUS_DIR: corpus,
      ZALO_BOT_TOKEN: TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ADMIN_ZALO_IDS: ADMIN,
    });
    service = await startService(app, logger, { reminders: false });
  });

  afterAll(async () => {
    await service?.stop();
    await zalo.close();
    app?.close();
  });

  /**
   * Delivers `update` and returns the whole reply from `chat`: an unknown command queued right after it is answered
   * after it (a chat's updates are handled in order), so its answer marks the end.
   */
  const deliver = async (update: Record<string, unknown>, chat: string) => {
    const before = zalo.sent.length;
    zalo.enqueueUpdate(update);
    zalo.enqueueUpdate(textUpdate("/hetcau", chat, `end-${before}-${chat}`));
    const mine = () => zalo.sent.slice(before).filter((m) => m.chatId === chat);
    await waitFor(() => mine().filter((m) => m.text.startsWith("Không có lệnh /hetcau")), 1);
    return mine()
      .slice(0, -1)
      .map((m) => m.text)
      .join("\n");
  };
  let said = 0;
  const say = (text: string, chat: string) => deliver(textUpdate(text, chat, `${chat}-${++said}`), chat);

  it("a PDF file → preview with the commands to type → /xacnhan → answered at once", async () => {
    const pdf = pdfOf([
      "THONG BAO KET LUAN",
      "1. So Thong tin va Truyen thong lap dat wifi mien phi tai nha van hoa thon truoc ngay 20/11/2026.",
    ]);
    const url = zalo.serveFile("wifi-thon.pdf", pdf);
    const before = corpusFiles(corpus);
    const preview = await deliver(
      fileUpdate({ url, name: "wifi-thon.pdf", size: pdf.length }, ADMIN, "f1"),
      ADMIN,
    );
    expect(preview).toContain("Xem trước văn bản");
    expect(preview).toContain("hạn 20/11/2026");
    expect(preview).toContain("Gõ /xacnhan để nạp văn bản này, /huy để bỏ.");
    expect(corpusFiles(corpus)).toEqual(before);

    const done = await say("/xacnhan", ADMIN);
    expect(done).toMatch(/^✅ Đã nạp văn bản “.+” \(tệp wifi-thon\.md\)/);
    expect(existsSync(path.join(corpus, "wifi-thon.md"))).toBe(true);
    expect(app.index.documents.has("wifi-thon")).toBe(true);

    const answer = await say("Han lap dat wifi mien phi tai nha van hoa thon la khi nao?", OFFICER);
    expect(answer).toContain("20/11/2026");
    expect(answer).toMatch(/\[1\] .*mục 1/);
  });

  it("an image from a non-admin is refused politely and not downloaded", async () => {
    const url = zalo.serveFile("anh-cua-can-bo.png", blankPng());
    const downloads = zalo.fileDownloads;
    const reply = await deliver(imageUpdate(url, OFFICER, "img-officer"), OFFICER);
    expect(reply).toMatch(/chỉ dành cho quản trị viên/);
    expect(zalo.fileDownloads).toBe(downloads);
  });

  it("an admin's image without text, or a corrupt PDF, gets a clear Vietnamese message and changes nothing", async () => {
    const before = corpusFiles(corpus);
    const documents = app.index.documents.size;
    const image = await deliver(
      imageUpdate(zalo.serveFile("trang.png", blankPng()), ADMIN, "img-blank"),
      ADMIN,
    );
    expect(image).not.toContain("Xem trước");
    // With OCR, a notice that it started comes first; the outcome follows it.
    const outcome = image.replace(ocrNotice(1), "").trim();
    expect(outcome).toMatch(/[ảạấầẩẫậắằẳẵặđếềểễệốồổỗộớờởỡợứừửữự]/);
    const url = zalo.serveFile("hong.pdf", CORRUPT_PDF);
    const corrupt = await deliver(fileUpdate({ url, name: "hong.pdf" }, ADMIN, "f-corrupt"), ADMIN);
    expect(corrupt).toMatch(/Không đọc được tệp PDF/);
    expect(await say("/xacnhan", ADMIN)).toMatch(/^Không có văn bản nào đang chờ xác nhận/);
    expect(corpusFiles(corpus)).toEqual(before);
    expect(app.index.documents.size).toBe(documents);
  });

  it("a file Zalo cannot serve gets a 'send it again' message", async () => {
    const reply = await deliver(
      fileUpdate({ url: `${zalo.apiRoot}/files/khong-co.pdf`, name: "khong-co.pdf" }, ADMIN, "f-404"),
      ADMIN,
    );
    expect(reply).toBe("Không tải được tệp từ Zalo. Anh/chị hãy gửi lại tệp sau ít phút.");
  });
});

describe("Zalo file shapes", () => {
  const base = { message_id: "m1", from: { id: "u1" }, chat: { id: "u1", chat_type: "PRIVATE" } };
  const attachmentOf = (message: Record<string, unknown>, event = "message.image.received") => {
    const update = parseZaloUpdate({
      ok: true,
      result: { event_name: event, message: { ...base, ...message } },
    });
    return update ? zaloChatMessage(update)?.attachment : undefined;
  };

  it("reads photo URLs as strings or objects, files from attachments, file or document, and nothing else", () => {
    expect(attachmentOf({ photo: "https://cdn.zalo.me/a.jpg" })).toMatchObject({ kind: "photo" });
    expect(attachmentOf({ photo_url: "https://cdn.zalo.me/a.jpg" })).toMatchObject({ kind: "photo" });
    expect(attachmentOf({ photo: { url: "https://cdn.zalo.me/a.jpg" } })).toMatchObject({ kind: "photo" });
    expect(
      attachmentOf(
        {
          attachments: [
            { type: "file", payload: { url: "https://f.zalo.me/x", name: "kl.docx", size: "2048" } },
          ],
        },
        "message.file.received",
      ),
    ).toMatchObject({ kind: "document", fileName: "kl.docx", size: 2048 });
    expect(attachmentOf({ file: { file_url: "https://f.zalo.me/dl/ket-luan.pdf" } })).toMatchObject({
      kind: "document",
      fileName: "ket-luan.pdf",
    });
    expect(attachmentOf({ photo: "file:///etc/passwd" })).toBeUndefined();
    expect(attachmentOf({ photo: "http://" })).toBeUndefined();
    expect(attachmentOf({ file: { url: "https://f.zalo.me/%E0%A4%A.pdf" } })).toMatchObject({
      kind: "document",
      fileName: undefined,
    });
    expect(attachmentOf({ text: "xin chào" }, "message.text.received")).toBeUndefined();
    expect(attachmentOf({ sticker: "abc" }, "message.sticker.received")).toBeUndefined();
  });
});
