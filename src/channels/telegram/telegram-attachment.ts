import type { Context } from "grammy";
import type { ChatAttachment } from "../../bot/chat-message.ts";
import { InputError } from "../../errors.ts";
import type { Logger } from "../../logger.ts";
import { fetchFile } from "../fetch-file.ts";

/** The Bot API serves files up to 20 MB through getFile. */
const BOT_API_FILE_LIMIT = 20 * 1024 * 1024;

export interface TelegramFileAccess {
  token: string;
  /** Default "https://api.telegram.org". */
  apiRoot?: string;
  logger: Logger;
}

/**
 * The document or photo of a Telegram message, to download on demand: the document as sent (with its name and
 * size), or the largest size of a photo. Downloading asks getFile for the path and fetches
 * `<apiRoot>/file/bot<token>/<path>`; that URL holds the token, so it is never logged nor put in an error.
 *
 * @example
 * const attachment = telegramAttachment(ctx, { token, logger });
 * const bytes = await attachment?.download(10 * 1024 * 1024);
 */
export function telegramAttachment(ctx: Context, access: TelegramFileAccess): ChatAttachment | undefined {
  const message = ctx.message;
  if (!message) return undefined;
  const document = message.document;
  const sizes = message.photo ?? [];
  const photo =
    sizes.length === 0
      ? undefined
      : sizes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const file = document ?? photo;
  if (!file) return undefined;
  return {
    kind: document ? "document" : "photo",
    fileName: document?.file_name,
    size: file.file_size,
    // Photos sent together are the pages of one document; documents sent together stay separate files.
    albumId: document ? undefined : message.media_group_id,
    async download(maxBytes) {
      if ((file.file_size ?? 0) > BOT_API_FILE_LIMIT)
        throw new InputError(
          `telegram file of ${file.file_size} bytes is over the Bot API's 20 MB getFile limit`,
          "Telegram không cho trợ lý tải tệp lớn hơn 20 MB. Hãy gửi tệp nhỏ hơn.",
        );
      let path: string | undefined;
      try {
        path = (await ctx.api.getFile(file.file_id)).file_path;
      } catch (error) {
        // The message only: a network error's cause may quote the request URL, token included.
        const reason = error instanceof Error ? error.message : String(error);
        access.logger.warn({ reason }, "telegram getFile failed");
      }
      if (!path)
        throw new InputError(
          "telegram getFile gave no file path",
          "Không tải được tệp từ Telegram. Anh/chị hãy gửi lại tệp sau ít phút.",
        );
      const root = (access.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
      try {
        return await fetchFile(`${root}/file/bot${access.token}/${path}`, { maxBytes, source: "Telegram" });
      } catch (error) {
        // The error's text was built without the URL; it is safe to log.
        access.logger.warn({ err: error }, "telegram file download failed");
        throw error;
      }
    },
  };
}
