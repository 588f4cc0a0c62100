import { run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Handler, MiddlewareHandler } from "hono";
import { z } from "zod";
import type { Logger } from "../../logger.ts";
import { HttpError, limitBody, type ServerEnv, secretHeader } from "../../server/http-server.ts";

export const TELEGRAM_SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Telegram's updates are small; a webhook body is capped as the Zalo webhook's is. */
const WEBHOOK_MAX_BYTES = 1024 * 1024;
/** An update is an object with an integer `update_id`; grammY reads the rest. */
const TelegramUpdate = z.looseObject({ update_id: z.number().int().nonnegative() });

export interface RunningChannel {
  stop(): Promise<void>;
}

/**
 * Long polling with @grammyjs/runner (concurrent across chats, sequential within one). Any webhook left over from
 * a webhook deployment is removed first, or Telegram would refuse getUpdates.
 *
 * @example
 * const running = await startTelegramPolling(bot, logger); await running.stop();
 */
export async function startTelegramPolling(bot: Bot, logger: Logger): Promise<RunningChannel> {
  await bot.init();
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { timeout: 30 } } });
  logger.info({ bot: bot.botInfo.username, mode: "polling" }, "telegram channel started");
  return {
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
    },
  };
}

/**
 * Webhook mode: registers `url` with Telegram with a secret token and returns the handlers of that route, in
 * order: a wrong or missing `X-Telegram-Bot-Api-Secret-Token` gets 401 with the body unread; a body over 1 MiB
 * 413; a body that is not JSON or not an update 400 (never a 500 with a stack trace); an update is handled, then
 * answered 200.
 *
 * @example
 * http.app.post("/telegram/webhook", ...(await telegramWebhook(bot, { url, secretToken, logger })));
 */
export async function telegramWebhook(
  bot: Bot,
  options: { url: string; secretToken: string; logger: Logger },
): Promise<[MiddlewareHandler<ServerEnv>, MiddlewareHandler<ServerEnv>, Handler<ServerEnv>]> {
  await bot.init();
  await bot.api.setWebhook(options.url, { secret_token: options.secretToken });
  options.logger.info({ bot: bot.botInfo.username, mode: "webhook" }, "telegram channel started");
  return [
    secretHeader(TELEGRAM_SECRET_HEADER, options.secretToken),
    limitBody(WEBHOOK_MAX_BYTES, "body too large"),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new HttpError(400, "body is not valid JSON");
      }
      const update = TelegramUpdate.safeParse(body);
      if (!update.success) throw new HttpError(400, "body is not a Telegram update");
      // Errors inside the bot's handlers go to bot.catch; Telegram only learns that the update arrived.
      await bot.handleUpdate(update.data as unknown as Update);
      return c.json({ ok: true });
    },
  ];
}
