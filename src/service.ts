import type { Server } from "node:http";
import type { App } from "./app.ts";
import { Conversation } from "./bot/conversation.ts";
import { createTelegramBot } from "./channels/telegram/telegram-bot.ts";
import {
  type RunningChannel,
  startTelegramPolling,
  telegramWebhook,
} from "./channels/telegram/telegram-runner.ts";
import { appWebBackend } from "./channels/web/web-backend.ts";
import { mountWebPage } from "./channels/web/web-routes.ts";
import { startZaloChannel } from "./channels/zalo/zalo-channel.ts";
import type { Logger } from "./logger.ts";
import { HttpServer, nodeRoute } from "./server/http-server.ts";

export interface RunningService {
  /** The port actually bound (PORT=0 picks a free one, as tests do). */
  port: number;
  conversation: Conversation;
  stop(): Promise<void>;
}

/**
 * Starts everything the configuration enables on one HTTP server: `/healthz`, the Telegram and Zalo channels
 * (webhook routes or long polling, only when their tokens are set), and the reminder schedule. `stop()` shuts
 * down in reverse order.
 *
 * @example
 * const service = await startService(app, logger);
 * process.once("SIGTERM", () => service.stop());
 */
export async function startService(
  app: App,
  logger: Logger,
  options: { reminders: boolean } = { reminders: true },
): Promise<RunningService> {
  const { config } = app;
  const conversation = new Conversation({
    db: app.db,
    index: app.index,
    answerer: app.answerer,
    admins: { telegram: config.telegram?.admins ?? [], zalo: config.zalo?.admins ?? [] },
    logger,
    reminders: app.reminders,
  });
  const http = new HttpServer(logger);
  http.app.get("/healthz", (c) =>
    c.json({ status: "ok", documents: app.index.documents.size, passages: app.index.passages.length }, 200, {
      "cache-control": "no-store",
    }),
  );
  mountWebPage(http, appWebBackend(app), logger, { adminPassword: config.adminPassword });
  const channels: RunningChannel[] = [];
  if (config.telegram) {
    const bot = createTelegramBot(conversation, {
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      logger,
    });
    if (config.telegram.webhook) {
      const { url, secret } = config.telegram.webhook;
      http.app.post(
        "/telegram/webhook",
        ...(await telegramWebhook(bot, { url, secretToken: secret, logger })),
      );
    } else channels.push(await startTelegramPolling(bot, logger));
  }
  if (config.zalo) {
    const zalo = await startZaloChannel(conversation, config.zalo, logger);
    if (zalo.route) http.app.post("/zalo/webhook", nodeRoute(zalo.route));
    channels.push(zalo);
  }
  const server: Server = await http.listen(config.port, config.host);
  if (options.reminders)
    app.reminders.start({ reminders: config.reminders.cron, digest: config.reminders.digestCron });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info(
    { port, host: config.host, telegram: Boolean(config.telegram), zalo: Boolean(config.zalo) },
    "service listening",
  );
  return {
    port,
    conversation,
    stop: async () => {
      app.reminders.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      for (const channel of channels.reverse()) await channel.stop();
    },
  };
}
