import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import type { ChatAttachment, ChatMessage, Reply } from "../../src/bot/chat-message.ts";
import { Conversation } from "../../src/bot/conversation.ts";
import { ocrNotice } from "../../src/bot/document-uploads.ts";
import { PENDING_UPLOAD_MS } from "../../src/bot/pending-uploads.ts";
import { albumLowPages, albumText } from "../../src/bot/photo-album.ts";
import { parseUpload, readUpload } from "../../src/bot/read-upload.ts";
import { appUploadDesk } from "../../src/bot/upload-desk.ts";
import { uploadPreviewReply } from "../../src/bot/upload-preview-reply.ts";
import { createLogger } from "../../src/logger.ts";
import { docxOf } from "../channels/web/docx-fixture.ts";
import { appWithUnits } from "../helpers.ts";
import { corpusCopy, corpusFiles, NOTICE_LINES, pdfOf } from "./upload-fixtures.ts";

let app: App;
let corpus: string;
let now = new Date("2026-03-05T02:30:00Z");
let conversation: Conversation;
const ADMIN = "1";

const fileOf = (bytes: Uint8Array, fileName?: string, kind: ChatAttachment["kind"] = "document") => {
  const attachment: ChatAttachment & { downloads: number } = {
    kind,
    fileName,
    downloads: 0,
    async download() {
      attachment.downloads++;
      return bytes;
    },
  };
  return attachment;
};
let update = 0;
const message = (userId: string, extra: Partial<ChatMessage>): ChatMessage => ({
  platform: "telegram",
  chatId: userId,
  chatType: "private",
  userId,
  displayName: "An",
  updateKey: `t:${++update}`,
  ...extra,
});
const send = (userId: string, extra: Partial<ChatMessage>) => conversation.handle(message(userId, extra));
const text = (replies: Reply[]) => replies.map((r) => r.text).join("\n");

beforeAll(async () => {
  corpus = corpusCopy();
  app = await appWithUnits({ CORPUS_DIR: corpus });
  conversation = new Conversation({
    db: app.db,
    index: app.index,
    answerer: app.answerer,
    admins: { telegram: [ADMIN] },
    logger: createLogger("silent"),
    clock: () => now,
    uploads: { desk: appUploadDesk(app) },
  });
});
afterAll(() => app?.close());

describe("chat uploads (conversation core)", () => {
  it("names a photo after the document's number, else after the time it came (Vietnam time)", async () => {
    const options = { maxBytes: 1 << 20, now };
    const numbered = await readUpload(await docxOf(NOTICE_LINES), undefined, options);
    expect(numbered.file).toBe("thong-bao-ket-luan-77-tb-btctu.md");
    expect(numbered.parsed.meta.id).toBe("thong-bao-ket-luan-77-tb-btctu");
    const plain = await readUpload(pdfOf(["1. Noi dung can lam."]), undefined, options);
    expect(plain.file).toBe("anh-chup-20260305-0930.md");
    const named = await readUpload(pdfOf(["1. Noi dung can lam."]), "Kết luận số 5.pdf", options);
    expect(named.file).toBe("ket-luan-so-5.md");
  });

  it("a newer file replaces the chat's preview: the older preview's button no longer confirms anything", async () => {
    const first = await send(ADMIN, {
      attachment: fileOf(pdfOf(["1. Viec thu nhat truoc ngay 01/12/2026."]), "a.pdf"),
    });
    const second = await send(ADMIN, {
      attachment: fileOf(pdfOf(["1. Viec thu hai truoc ngay 02/12/2026."]), "b.pdf"),
    });
    const action = (r: Reply[]) => r[0]?.buttons?.[0]?.[0]?.action ?? "";
    expect(action(first)).not.toBe(action(second));
    expect(text(await conversation.handleAction(message(ADMIN, {}), action(first)))).toMatch(/đã hết hạn/);
    const cancel = action(second).replace(":ok:", ":no:");
    expect(text(await conversation.handleAction(message(ADMIN, {}), cancel))).toMatch(
      /^Đã hủy, văn bản “Viec thu hai .*” không được nạp\.$/,
    );
    expect(existsSync(path.join(corpus, "a.md")) || existsSync(path.join(corpus, "b.md"))).toBe(false);
  });

  it("forgets a preview after an hour", async () => {
    await send(ADMIN, { attachment: fileOf(pdfOf(["1. Viec cu truoc ngay 03/12/2026."]), "cu.pdf") });
    now = new Date(now.getTime() + PENDING_UPLOAD_MS + 1000);
    expect(text(await send(ADMIN, { text: "/xacnhan" }))).toMatch(/^Không có văn bản nào đang chờ xác nhận/);
    expect(existsSync(path.join(corpus, "cu.md"))).toBe(false);
  });

  it("in a group, looks only at files addressed to the bot; a non-admin's file is never downloaded", async () => {
    const before = corpusFiles(corpus);
    const quiet = fileOf(pdfOf(["1. Noi dung."]), "nhom.pdf");
    const group = { chatId: "-100", chatType: "group" as const };
    expect(await send(ADMIN, { ...group, attachment: quiet, addressed: false })).toEqual([]);
    expect(quiet.downloads).toBe(0);
    const stranger = fileOf(pdfOf(["1. Noi dung."]), "la.pdf");
    expect(text(await send("77", { attachment: stranger }))).toMatch(/chỉ dành cho quản trị viên/);
    expect(stranger.downloads).toBe(0);
    const addressed = await send(ADMIN, {
      ...group,
      attachment: fileOf(pdfOf(["1. Noi dung."]), "nhom.pdf"),
      addressed: true,
    });
    expect(text(addressed)).toContain("Xem trước văn bản");
    expect(corpusFiles(corpus)).toEqual(before);
  });

  it("tells admins (only) how to upload in /huongdan", async () => {
    expect(text(await send(ADMIN, { text: "/huongdan" }))).toMatch(
      /gửi tệp PDF, \.docx.*\/xacnhan \(\/xn\).*\/huy/,
    );
    expect(text(await send("77", { text: "/huongdan" }))).not.toContain("/xacnhan");
  });

  it("joins an album's photos into one text, renumbering each photo's page marker", () => {
    const pages = [
      { text: "<!-- trang 1, bản quét -->\n\nKẾT LUẬN\n\n1. Việc một.\n", lowConfidence: false },
      { text: "<!-- trang 1, bản quét -->\n\n2. Việc hai.\n", lowConfidence: true },
    ];
    expect(albumText(pages)).toBe(
      "<!-- trang 1, bản quét -->\n\nKẾT LUẬN\n\n1. Việc một.\n\n<!-- trang 2, bản quét -->\n\n2. Việc hai.\n",
    );
    expect(albumLowPages(pages)).toEqual([2]);
    const parsed = parseUpload(albumText(pages), undefined, {
      now,
      format: "image",
      lowConfidencePages: [2],
    });
    expect(parsed.parsed.passages.map((p) => p.section)).toEqual([
      "phần đầu văn bản, trang 1 (bản quét)",
      "mục 1, trang 1 (bản quét)",
      "mục 2, trang 2 (bản quét)",
    ]);
  });

  it("flags OCR pages under the confidence threshold in the preview, and says when OCR starts", async () => {
    const upload = await readUpload(pdfOf(["1. Noi dung can lam truoc ngay 01/12/2026."]), "scan.pdf", {
      maxBytes: 1 << 20,
      now,
    });
    const preview = appUploadDesk(app).preview(upload.parsed);
    const flagged = uploadPreviewReply({ ...upload, lowConfidencePages: [2, 4] }, preview, {
      token: "ab12cd34",
      replaces: false,
    });
    expect(flagged.text).toContain(
      "⚠️ Cần kiểm tra: các trang 2, 4 nhận dạng chữ (OCR) có độ tin cậy thấp. Hãy đối chiếu với bản giấy trước khi xác nhận.",
    );
    expect(uploadPreviewReply(upload, preview, { token: "ab12cd34", replaces: true }).text).toContain(
      "Tệp sẽ lưu thành scan.md (thay bản cũ cùng tên).",
    );
    expect(ocrNotice(5)).toBe(
      "⏳ Đang nhận dạng chữ trên 5 trang (OCR), có thể mất đến một phút. Xin chờ trong giây lát…",
    );
  });
});
