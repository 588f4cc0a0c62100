import type { Server } from "node:http";
import type { App } from "./app.ts";
import { Conversation } from "./bot/conversation.ts";
import { appUploadDesk } from "./bot/upload-desk.ts";
import { type ChannelHealth, ChannelSupervisor, type StoppableChannel } from "./channel-supervisor.ts";
import { createTelegramBot } from "./channels/telegram/telegram-bot.ts";
import { startTelegramPolling, telegramWebhook } from "./channels/telegram/telegram-runner.ts";
import { appWebBackend } from "./channels/web/web-backend.ts";
import { mountWebPage } from "./channels/web/web-routes.ts";
import { startZaloChannel } from "./channels/zalo/zalo-channel.ts";
import type { Logger } from "./logger.ts";
import { HttpServer, nodeRoute, type RouteHandler } from "./server/http-server.ts";

export interface RunningService {
  /** The port actually bound (PORT=0 picks a free one, as tests do). */
  port: number;
  conversation: Conversation;
  /** How each configured chat channel is doing (also on `/healthz`). */
  channels(): Record<string, ChannelHealth>;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  reminders?: boolean;
  /** How long start-up waits for the chat channels before going on without them (they keep retrying). */
  channelWaitMs?: number;
  /** One channel start attempt is abandoned after this long. */
  channelAttemptMs?: number;
  /** First wait between channel start attempts (doubling up to a minute). */
  channelRetryMs?: number;
}

type TelegramHandlers = Awaited<ReturnType<typeof telegramWebhook>>;
/** What the service needs of a channel's supervisor, whatever the channel's type. */
type Supervised = Pick<ChannelSupervisor<StoppableChannel>, "name" | "health" | "start" | "stop"> & {
  ready: Promise<unknown>;
};

/**
 * Starts everything the configuration enables on one HTTP server: `/healthz`, the web page, the Telegram and Zalo
 * channels (webhook routes or long polling, only when their tokens are set), and the reminder schedule. The HTTP
 * server listens first; each chat channel starts under a ChannelSupervisor, so a provider that is unreachable at
 * start-up is retried in the background (with a logged warning, reported on `/healthz`) while everything else
 * runs. Start-up waits up to `channelWaitMs` for the channels. `stop()` shuts down in reverse order.
 *
 * @example
 * const service = await startService(app, logger);
 * process.once("SIGTERM", () => service.stop());
 */
export async function startService(
  app: App,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<RunningService> {
  const { config } = app;
  const conversation = new Conversation({
    db: app.db,
    index: app.index,
    answerer: app.answerer,
    admins: { telegram: config.telegram?.admins ?? [], zalo: config.zalo?.admins ?? [] },
    logger,
    reminders: app.reminders,
    uploads: { desk: appUploadDesk(app) },
    inbound: app.inbound,
    // The same bucket as the in-memory default, shared by every instance with DATABASE_URL.
    limiter: app.rateLimit("chat", { capacity: 6, perMinute: 12 }),
    onTasksChanged: (ids) => void app.publishTasks(ids),
  });
  const supervision = {
    logger,
    attemptMs: options.channelAttemptMs,
    firstDelayMs: options.channelRetryMs,
  };
  const supervisors: Supervised[] = [];
  const channels = () => Object.fromEntries(supervisors.map((s) => [s.name, s.health()]));
  const http = new HttpServer(logger);
  http.app.get("/healthz", (c) => {
    const health = channels();
    const down = Object.values(health).some((h) => h.status !== "up");
    return c.json(
      {
        status: down ? "degraded" : "ok",
        documents: app.index.documents.size,
        passages: app.index.passages.length,
        channels: health,
      },
      200,
      { "cache-control": "no-store" },
    );
  });
  mountWebPage(http, appWebBackend(app), logger, {
    adminPassword: config.adminPassword,
    sessions: app.sessions,
    rateLimit: app.rateLimit,
  });
  const starting = () =>
    new Response(JSON.stringify({ ok: false, error: "channel is starting" }), {
      status: 503,
      headers: { "content-type": "application/json", "retry-after": "30" },
    });
  if (config.telegram) {
    const bot = createTelegramBot(conversation, {
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      logger,
    });
    const webhook = config.telegram.webhook;
    if (webhook) {
      // The route exists from the start and answers 503 (Telegram retries) until the webhook is registered.
      let handlers: TelegramHandlers | null = null;
      http.app.post(
        "/telegram/webhook",
        (c, next) => (handlers ? handlers[0](c, next) : starting()),
        (c, next) => (handlers as TelegramHandlers)[1](c, next),
        (c, next) => (handlers as TelegramHandlers)[2](c, next),
      );
      const telegram = new ChannelSupervisor(
        "telegram",
        async (signal) => {
          await bot.init(signal as Parameters<typeof bot.init>[0]);
          const ready = await telegramWebhook(bot, { url: webhook.url, secretToken: webhook.secret, logger });
          return { handlers: ready, stop: async () => undefined };
        },
        supervision,
      );
      void telegram.ready.then((up) => {
        handlers = up.handlers;
      });
      supervisors.push(telegram);
    } else
      supervisors.push(
        new ChannelSupervisor(
          "telegram",
          async (signal) => {
            await bot.init(signal as Parameters<typeof bot.init>[0]);
            return startTelegramPolling(bot, logger);
          },
          supervision,
        ),
      );
  }
  if (config.zalo) {
    const zaloConfig = config.zalo;
    let route: RouteHandler | null = null;
    if (zaloConfig.webhook)
      http.app.post("/zalo/webhook", (c, next) => (route ? nodeRoute(route)(c, next) : starting()));
    const zalo = new ChannelSupervisor(
      "zalo",
      () => startZaloChannel(conversation, zaloConfig, logger),
      supervision,
    );
    void zalo.ready.then((up) => {
      route = up.route ?? null;
    });
    supervisors.push(zalo);
  }
  const server: Server = await http.listen(config.port, config.host);
  for (const supervisor of supervisors) supervisor.start();
  if (supervisors.length > 0) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(supervisors.map((s) => s.ready)),
      new Promise((resolve) => {
        timer = setTimeout(resolve, options.channelWaitMs ?? 3000);
      }),
    ]);
    clearTimeout(timer);
  }
  if (options.reminders ?? true)
    app.reminders.start({ reminders: config.reminders.cron, digest: config.reminders.digestCron });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info({ port, host: config.host, channels: channels() }, "service listening");
  return {
    port,
    conversation,
    channels,
    stop: async () => {
      app.reminders.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      for (const supervisor of supervisors.reverse()) await supervisor.stop();
    },
  };
}
