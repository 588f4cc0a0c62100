import type { ChatMessage, Reply } from "../../bot/chat-message.ts";
import type { Conversation } from "../../bot/conversation.ts";
import type { ChannelConfig } from "../../config/config.ts";
import type { Logger } from "../../logger.ts";
import type { RouteHandler } from "../../server/http-server.ts";
import { sendJson } from "../../server/http-server.ts";
import type { RunningChannel } from "../telegram/telegram-runner.ts";
import { ZaloBotClient } from "./zalo-bot-client.ts";
import { startZaloPolling } from "./zalo-polling.ts";
import { ZALO_TEXT_EVENT, type ZaloUpdate } from "./zalo-types.ts";
import { readZaloWebhook } from "./zalo-webhook.ts";

/**
 * Zalo updates carry no update id, so the dedupe key is the event name and the message id. Text events carry
 * `text`; images, stickers and the rest become a message without text (a short help reply).
 */
export function zaloChatMessage(update: ZaloUpdate): ChatMessage | null {
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
    addressed: !group,
    updateKey: `zalo:${update.event_name ?? "message"}:${message.message_id}`,
  };
}

/** Zalo has no inline buttons for bots: the text commands that do the same end the reply. */
export function zaloText(reply: Reply): string {
  return reply.hints?.length ? `${reply.text}\n\n${reply.hints.join("\n")}` : reply.text;
}

/**
 * Starts the Zalo channel: long polling by default, or a webhook route (`POST /zalo/webhook`) when configured.
 *
 * @example
 * const zalo = await startZaloChannel(conversation, config.zalo, logger);
 */
export async function startZaloChannel(
  conversation: Conversation,
  config: ChannelConfig,
  logger: Logger,
): Promise<RunningChannel & { route?: RouteHandler }> {
  const client = new ZaloBotClient({ token: config.token, apiRoot: config.apiRoot });
  const deliver = async (update: ZaloUpdate) => {
    const message = zaloChatMessage(update);
    if (!message) return;
    if (message.text !== undefined) await client.sendChatAction(message.chatId).catch(() => undefined);
    for (const reply of await conversation.handle(message))
      await client.sendMessage(message.chatId, zaloText(reply));
  };
  const bot = await client.getMe();
  if (config.webhook) {
    const { url, secret } = config.webhook;
    await client.setWebhook({ url, secretToken: secret });
    logger.info({ bot: bot.account_name, mode: "webhook" }, "zalo channel started");
    const route: RouteHandler = async (req, res) => {
      const result = await readZaloWebhook(req, { secretToken: secret });
      if (!result.update) return sendJson(res, result.status, { ok: false, error: result.error });
      sendJson(res, 200, { ok: true });
      await deliver(result.update).catch((error: unknown) =>
        logger.error({ err: error }, "zalo update failed"),
      );
    };
    return { route, stop: async () => undefined };
  }
  await client.deleteWebhook().catch(() => undefined);
  const abort = new AbortController();
  const polling = startZaloPolling(client, deliver, { logger, signal: abort.signal });
  logger.info({ bot: bot.account_name, mode: "polling" }, "zalo channel started");
  return {
    stop: async () => {
      abort.abort();
      await polling;
    },
  };
}
