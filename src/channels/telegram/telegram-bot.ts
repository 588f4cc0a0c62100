import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context, InlineKeyboard } from "grammy";
import { MAX_ACTION_BYTES } from "../../bot/answer-reply.ts";
import type { ChatMessage, Reply } from "../../bot/chat-message.ts";
import type { Conversation } from "../../bot/conversation.ts";
import type { Logger } from "../../logger.ts";
import { splitBetweenItems, splitText } from "../split-text.ts";
import { type TelegramFileAccess, telegramAttachment } from "./telegram-attachment.ts";

/** Telegram's message limit is 4096 characters after entity parsing; escaping adds characters, so keep room. */
const TELEGRAM_LIMIT = 3800;

export interface TelegramOptions {
  token: string;
  /** A self-hosted Bot API server, or a fake one in tests. */
  apiRoot?: string;
  logger: Logger;
}

/** Escapes the three characters Telegram's HTML parse mode treats as markup. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** "[1] …" source lines and the "Nguồn:" header in bold, everything else escaped. */
function toHtml(text: string): string {
  return escapeHtml(text).replace(
    /^(Nguồn:|Nhiệm vụ chưa hoàn thành[^\n]*|Các hạn đến ngày[^\n]*)$/gm,
    "<b>$1</b>",
  );
}

/** Inline buttons; one whose data would exceed Telegram's 64 bytes is left out rather than failing the message. */
function keyboard(reply: Reply): InlineKeyboard | undefined {
  const rows = (reply.buttons ?? [])
    .map((row) => row.filter((b) => Buffer.byteLength(b.action, "utf8") <= MAX_ACTION_BYTES))
    .filter((row) => row.length > 0);
  if (rows.length === 0) return undefined;
  return InlineKeyboard.from(rows.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.action))));
}

/** "/start@other_bot": a command addressed to another bot in the chat, which this bot must leave alone. */
function commandForAnotherBot(text: string | undefined, botUsername: string): boolean {
  const addressee = /^\/[\p{L}\d_]+@(\w+)/u.exec(text?.trim() ?? "")?.[1];
  return addressee !== undefined && addressee.toLowerCase() !== botUsername.toLowerCase();
}

function chatMessage(ctx: Context, botUsername: string, files?: TelegramFileAccess): ChatMessage | null {
  const message = ctx.message ?? ctx.callbackQuery?.message;
  const from = ctx.from;
  if (!message || !from) return null;
  const group = message.chat.type !== "private";
  const raw = ctx.message?.text;
  if (commandForAnotherBot(raw, botUsername)) return null;
  const mention = new RegExp(`@${botUsername}\\b`, "gi");
  // A file's caption can address the bot in a group, as a text message does.
  const caption = ctx.message?.caption;
  const mentioned = new RegExp(mention.source, "i").test(raw ?? caption ?? "");
  const repliedToBot = ctx.message?.reply_to_message?.from?.id === ctx.me.id;
  const text = raw === undefined ? undefined : raw.replace(mention, "").trim();
  return {
    platform: "telegram",
    chatId: String(message.chat.id),
    chatType: group ? "group" : "private",
    userId: String(from.id),
    displayName: [from.first_name, from.last_name].filter(Boolean).join(" "),
    text,
    attachment: files && telegramAttachment(ctx, files),
    addressed: !group || mentioned || repliedToBot,
    updateKey: `telegram:${ctx.update.update_id}`,
  };
}

async function send(ctx: Context, replies: Reply[]): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  for (const reply of replies) {
    const parts = (reply.itemized ? splitBetweenItems : splitText)(reply.text, TELEGRAM_LIMIT);
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      await ctx.api.sendMessage(chatId, toHtml(part), {
        parse_mode: "HTML",
        reply_markup: last ? keyboard(reply) : undefined,
        link_preview_options: { is_disabled: true },
      });
    }
  }
}

/**
 * The Telegram channel: grammY with auto-retry (429 retry_after, 5xx), per-chat sequential handling, HTML replies
 * split under the limit (task listings only between tasks), inline buttons for sources, feedback, "done" and
 * "Xem tiếp". Documents and photos (the largest size) are handed to the conversation for admins' uploads,
 * downloaded only when it asks. Groups get answers only to commands, mentions and replies; commands addressed to another bot
 * ("/start@other_bot") are ignored. Start it with long polling (`startTelegramPolling`) or a webhook (`telegramWebhook`).
 *
 * @example
 * const bot = createTelegramBot(conversation, { token, logger });
 */
export function createTelegramBot(conversation: Conversation, options: TelegramOptions): Bot {
  const bot = new Bot(options.token, { client: options.apiRoot ? { apiRoot: options.apiRoot } : undefined });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  const files = { token: options.token, apiRoot: options.apiRoot, logger: options.logger };

  bot.on("message", async (ctx) => {
    const found = chatMessage(ctx, ctx.me.username, files);
    if (!found) return;
    const message = { ...found, sendNow: (reply: Reply) => send(ctx, [reply]) };
    if (message.text !== undefined || message.attachment)
      await ctx.api.sendChatAction(ctx.chat.id, "typing").catch(() => undefined);
    await send(ctx, await conversation.handle(message));
  });

  bot.on("callback_query:data", async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    const message = chatMessage(ctx, ctx.me.username);
    if (!message) return;
    await send(ctx, await conversation.handleAction(message, ctx.callbackQuery.data));
  });

  bot.catch((error) => {
    options.logger.error(
      { err: error.error, updateId: error.ctx.update.update_id },
      "telegram update failed",
    );
  });
  return bot;
}
