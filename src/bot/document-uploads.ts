import { DEFAULT_MAX_UPLOAD_BYTES } from "../corpus/convert-upload.ts";
import { userMessageOf } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { ChatAttachment, Reply } from "./chat-message.ts";
import type { Sender } from "./conversation.ts";
import { UPLOAD_ADMIN_ONLY_REPLY } from "./help-text.ts";
import { PendingUploads } from "./pending-uploads.ts";
import { readUpload, uploadTooLarge } from "./read-upload.ts";
import type { UploadDesk } from "./upload-desk.ts";
import { uploadPreviewReply } from "./upload-preview-reply.ts";

export interface DocumentUploadsDeps {
  desk: UploadDesk;
  logger: Logger;
  clock: () => Date;
  /** The largest file accepted (10 MiB, as on the web page). */
  maxBytes?: number;
  pending?: PendingUploads;
}

const NOTHING_PENDING =
  "Không có văn bản nào đang chờ xác nhận. Hãy gửi tệp PDF, .docx, .md, .txt hoặc ảnh chụp văn bản trước.";
/**
 * Said once when OCR starts.
 *
 * @example
 * ocrNotice(5) // "⏳ Đang nhận dạng chữ trên 5 trang (OCR), có thể mất đến một phút. Xin chờ trong giây lát…"
 */
export const ocrNotice = (pages: number) =>
  `⏳ Đang nhận dạng chữ trên ${pages === 1 ? "ảnh" : `${pages} trang`} (OCR), có thể mất đến một phút. Xin chờ trong giây lát…`;
const STALE_PREVIEW = "Bản xem trước này đã hết hạn hoặc đã được xử lý. Nếu cần, hãy gửi lại tệp.";

/**
 * The chat upload flow, the same as the web page's: an admin sends a file → it is downloaded, converted and
 * parsed, and a preview is shown (nothing written) → the admin confirms (button or /xacnhan), and the file is
 * saved into the corpus folder and ingested, so questions about it are answered at once; or cancels (/huy).
 * Anyone else gets a polite refusal and nothing is downloaded.
 *
 * @example
 * const uploads = new DocumentUploads({ desk: appUploadDesk(app), logger, clock: () => new Date() });
 * const preview = await uploads.receive(sender, message.attachment); // "📄 Xem trước văn bản: …"
 * const done = await uploads.confirm(sender); // "✅ Đã nạp văn bản …"
 */
export class DocumentUploads {
  private readonly pending: PendingUploads;
  private readonly maxBytes: number;

  constructor(private readonly deps: DocumentUploadsDeps) {
    this.pending = deps.pending ?? new PendingUploads(deps.clock);
    this.maxBytes = deps.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  }

  /** A file or photo from the chat: the preview and its buttons. Throws InputError for a file that cannot be read. */
  async receive(sender: Sender, attachment: ChatAttachment): Promise<Reply> {
    if (!sender.admin) return { text: UPLOAD_ADMIN_ONLY_REPLY };
    const { platform, chatId } = sender.message;
    // The platform's size is checked first, so an oversized file is never fetched.
    if (attachment.size !== undefined && attachment.size > this.maxBytes)
      throw uploadTooLarge(attachment.size, this.maxBytes);
    const bytes = await attachment.download(this.maxBytes);
    let notice: Promise<void> | undefined;
    const upload = await readUpload(bytes, attachment.fileName, {
      maxBytes: this.maxBytes,
      now: this.deps.clock(),
      ocr: this.deps.desk.ocr,
      // OCR reports its pages; a scan takes up to a minute, so the admin is told it started.
      onProgress: (done, total) => {
        if (notice || done >= total || !sender.message.sendNow) return;
        notice = sender.message.sendNow({ text: ocrNotice(total) }).catch((error) => {
          this.deps.logger.warn({ err: error }, "OCR notice not sent");
        });
      },
    });
    await notice;
    const { meta } = upload.parsed;
    const preview = this.deps.desk.preview(upload.parsed);
    const token = this.pending.put(platform, chatId, {
      file: upload.file,
      text: upload.text,
      documentId: meta.id,
      title: meta.title || upload.file,
      by: sender.actor,
    });
    this.deps.logger.info(
      {
        platform,
        file: upload.file,
        format: upload.format,
        bytes: bytes.length,
        passages: upload.parsed.passages.length,
        obligations: preview.obligations.length,
        lowConfidencePages: upload.lowConfidencePages.length,
      },
      "upload previewed in chat",
    );
    return uploadPreviewReply(upload, preview, { token, replaces: this.deps.desk.corpusHas(upload.file) });
  }

  /** `/xacnhan` (the chat's pending upload) or the ✅ button (`token`: that preview only): saves and ingests. */
  async confirm(sender: Sender, token?: string): Promise<Reply> {
    if (!sender.admin) return { text: UPLOAD_ADMIN_ONLY_REPLY };
    const { platform, chatId } = sender.message;
    const item = this.pending.take(platform, chatId, token);
    if (!item) return { text: token ? STALE_PREVIEW : NOTHING_PENDING };
    let created: { tasksAdded: number };
    try {
      created = await this.deps.desk.saveDocument(item.file, item.text, item.documentId);
    } catch (error) {
      // Another ingest holding the lock, or a refused one: the file is saved and the next ingest indexes it.
      const message = userMessageOf(error);
      if (!message) throw error;
      this.deps.logger.warn({ err: error, file: item.file }, "chat upload saved but not ingested");
      return { text: `Đã lưu tệp ${item.file} nhưng chưa nạp được: ${message}` };
    }
    this.deps.logger.info(
      { platform, file: item.file, by: sender.actor, tasksAdded: created.tasksAdded },
      "document uploaded from chat",
    );
    const tasks =
      created.tasksAdded === 0 ? "không tạo nhiệm vụ mới nào" : `${created.tasksAdded} nhiệm vụ mới`;
    return {
      text: `✅ Đã nạp văn bản “${item.title}” (tệp ${item.file}): ${tasks}. Có thể hỏi về văn bản này ngay.`,
    };
  }

  /** `/huy` or the ✖️ button: forgets the preview; nothing was written. */
  cancel(sender: Sender, token?: string): Reply {
    if (!sender.admin) return { text: UPLOAD_ADMIN_ONLY_REPLY };
    const { platform, chatId } = sender.message;
    const item = this.pending.take(platform, chatId, token);
    if (!item) return { text: token ? STALE_PREVIEW : NOTHING_PENDING };
    return { text: `Đã hủy, văn bản “${item.title}” không được nạp.` };
  }
}
