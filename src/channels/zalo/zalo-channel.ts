import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChatMessage, Reply } from "../../bot/chat-message.ts";
import type { Conversation } from "../../bot/conversation.ts";
import type { ChannelConfig } from "../../config/config.ts";
import type { Logger } from "../../logger.ts";
import { splitBetweenItems, splitText } from "../split-text.ts";
import type { RunningChannel } from "../telegram/telegram-runner.ts";
import { ChatQueue } from "./chat-queue.ts";
import { zaloAttachment } from "./zalo-attachment.ts";
import { ZALO_MESSAGE_LIMIT, ZaloBotClient } from "./zalo-bot-client.ts";
import { startZaloPolling } from "./zalo-polling.ts";
import { ZALO_TEXT_EVENT, type ZaloUpdate } from "./zalo-types.ts";
import { readZaloWebhook } from "./zalo-webhook.ts";

/**
 * Zalo updates carry no update id, so the dedupe key is the event name and the message id. Text events carry
 * `text`; an image or file carries an attachment (admins upload documents this way); stickers and the rest become
 * a message without text (a short help reply).
 */
export function zaloChatMessage(
  update: ZaloUpdate,
  files: { logger?: Logger; fetch?: typeof fetch } = {},
): ChatMessage | null {
  const message = update.message;
  if (!message) return null;
  const group = (message.chat.chat_type ?? "PRIVATE").toUpperCase() !== "PRIVATE";
  const from = message.from;
  return {
    platform: "zalo",
    chatId: message.chat.id,
    chatType: group ? "group" : "private",
    userId: from.id,
    displayName: from.display_name ?? from.name ?? from.first_name ?? "",
    text: update.event_name === ZALO_TEXT_EVENT || update.event_name === undefined ? message.text : undefined,
    attachment: zaloAttachment(update, files),
    addressed: !group,
    updateKey: `zalo:${update.event_name ?? "message"}:${message.message_id}`,
  };
}

/** Zalo has no inline buttons for bots: the text commands that do the same end the reply. */
export function zaloText(reply: Reply): string {
  return reply.hints?.length ? `${reply.text}\n\n${reply.hints.join("\n")}` : reply.text;
}

/**
 * A reply as the Zalo messages to send, each under the limit: a task listing splits only between tasks, and the
 * hints go with the last part (or after it when they do not fit).
 */
export function zaloMessages(reply: Reply, limit = ZALO_MESSAGE_LIMIT): string[] {
  if (!reply.itemized) return splitText(zaloText(reply), limit);
  const parts = splitBetweenItems(reply.text, limit);
  const hints = reply.hints?.join("\n") ?? "";
  const last = parts.at(-1);
  if (!hints) return parts;
  if (last !== undefined && last.length + 2 + hints.length <= limit)
    return [...parts.slice(0, -1), `${last}\n\n${hints}`];
  return [...parts, ...splitText(hints, limit)];
}

/**
 * Starts the Zalo channel: long polling by default, or a webhook route (`POST /zalo/webhook`) when configured.
 * Updates are handled for many chats at once (up to `maxActiveChats`, 64) and in arrival order within a chat;
 * `stop()` waits for the replies under way.
 *
 * @example
 * const zalo = await startZaloChannel(conversation, config.zalo, logger);
 */
export async function startZaloChannel(
  conversation: Conversation,
  config: ChannelConfig,
  logger: Logger,
  options: { maxActiveChats?: number } = {},
): Promise<RunningChannel & { route?: (req: IncomingMessage, res: ServerResponse) => Promise<void> }> {
  const client = new ZaloBotClient({ token: config.token, apiRoot: config.apiRoot });
  const queue = new ChatQueue({
    maxActiveChats: options.maxActiveChats,
    onError: (error) => logger.error({ err: error }, "zalo update failed"),
  });
  const sendReply = async (chatId: string, reply: Reply) => {
    for (const part of zaloMessages(reply)) await client.sendMessage(chatId, part);
  };
  const handle = async (message: ChatMessage) => {
    if (message.text !== undefined || message.attachment)
      await client.sendChatAction(message.chatId).catch(() => undefined);
    const sendNow = (reply: Reply) => sendReply(message.chatId, reply);
    for (const reply of await conversation.handle({ ...message, sendNow }))
      await sendReply(message.chatId, reply);
  };
  // Chats in parallel, each chat in arrival order: 40 users asking at once do not wait for one another.
  const deliver = async (update: ZaloUpdate) => {
    const message = zaloChatMessage(update, { logger });
    if (message) queue.push(message.chatId, () => handle(message));
  };
  const bot = await client.getMe();
  if (config.webhook) {
    const { url, secret } = config.webhook;
    await client.setWebhook({ url, secretToken: secret });
    logger.info({ bot: bot.account_name, mode: "webhook" }, "zalo channel started");
    // A plain Node handler, like telegramWebhook's: the HTTP layer mounts it whatever its framework.
    const route = async (req: IncomingMessage, res: ServerResponse) => {
      const result = await readZaloWebhook(req, { secretToken: secret });
      const body = result.update ? { ok: true } : { ok: false, error: result.error };
      res.writeHead(result.update ? 200 : result.status, {
        "content-type": "application/json; charset=utf-8",
        ...(result.update ? {} : { connection: "close" }),
      });
      res.end(JSON.stringify(body));
      if (result.update) await deliver(result.update);
    };
    return { route, stop: () => queue.idle() };
  }
  await client.deleteWebhook().catch(() => undefined);
  const abort = new AbortController();
  const polling = startZaloPolling(client, deliver, { logger, signal: abort.signal });
  logger.info({ bot: bot.account_name, mode: "polling" }, "zalo channel started");
  return {
    stop: async () => {
      abort.abort();
      await polling;
      await queue.idle();
    },
  };
}
