import type { IncomingMessage, ServerResponse } from "node:http";
import { run } from "@grammyjs/runner";
import { type Bot, webhookCallback } from "grammy";
import type { Logger } from "../../logger.ts";

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
 * Webhook mode: registers `url` with Telegram with a secret token and returns the HTTP handler for that route;
 * grammY answers 401 when the `X-Telegram-Bot-Api-Secret-Token` header does not match.
 */
export async function telegramWebhook(
  bot: Bot,
  options: { url: string; secretToken: string; logger: Logger },
): Promise<(req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  await bot.init();
  await bot.api.setWebhook(options.url, { secret_token: options.secretToken });
  options.logger.info({ bot: bot.botInfo.username, mode: "webhook" }, "telegram channel started");
  const handle = webhookCallback(bot, "http", { secretToken: options.secretToken });
  return async (req, res) => {
    await handle(req, res);
  };
}
