import type { Logger } from "pino";
import type { App } from "../../../src/app.ts";
import { Conversation } from "../../../src/bot/conversation.ts";
import { appUploadDesk } from "../../../src/bot/upload-desk.ts";
import { createTelegramBot } from "../../../src/channels/telegram/telegram-bot.ts";
import { startTelegramPolling } from "../../../src/channels/telegram/telegram-runner.ts";
import { appWithUnits } from "../../helpers.ts";
import type { FakeTelegramServer } from "../fake-telegram-server.ts";

/** A Telegram bot with the upload desk, polling the fake Bot API, over an app on `corpusDir`. */
export interface UploadBot {
  app: App;
  stop(): Promise<void>;
}

/**
 * Starts the fake server, an app with the example units and a polling bot whose only admin is `adminId`.
 *
 * @example
 * const bot = await startUploadBot(telegram, logger, 1, corpusCopy());
 * await bot.stop();
 */
export async function startUploadBot(
  telegram: FakeTelegramServer,
  logger: Logger,
  adminId: number,
  corpusDir: string,
): Promise<UploadBot> {
  await telegram.start();
  const app: App = await appWithUnits({ PORT: "0", CORPUS_DIR: corpusDir });
  const conversation = new Conversation({
    db: app.db,
    index: app.index,
    answerer: app.answerer,
    admins: { telegram: [String(adminId)] },
    logger,
    uploads: { desk: appUploadDesk(app) },
  });
  const bot = createTelegramBot(conversation, { token: telegram.token, apiRoot: telegram.apiRoot, logger });
  const running = await startTelegramPolling(bot, logger);
  return {
    app,
    async stop() {
      await running.stop();
      await telegram.close();
      app.close();
    },
  };
}
