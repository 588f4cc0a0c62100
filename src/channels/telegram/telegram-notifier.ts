import { Api, GrammyError, HttpError, InlineKeyboard } from "grammy";
import { type Notifier, NotifyError, type OutgoingMessage } from "../../reminders/notifier.ts";
import { splitText } from "../split-text.ts";
import { escapeHtml } from "./telegram-bot.ts";

/**
 * Sends outbox messages through the Bot API with exactly one attempt (no auto-retry: the outbox retries) and a
 * short timeout, so a hanging server costs one lease, not the run. Errors are classified for the dispatcher.
 *
 * @example
 * const notifier = new TelegramNotifier({ token }); await notifier.send({ chatId: "42", text: "…", buttons: [], hints: [] });
 */
export class TelegramNotifier implements Notifier {
  readonly platform = "telegram" as const;
  private readonly api: Api;

  constructor(options: { token: string; apiRoot?: string; timeoutSeconds?: number }) {
    this.api = new Api(options.token, {
      apiRoot: options.apiRoot,
      timeoutSeconds: options.timeoutSeconds ?? 15,
    });
  }

  async send(message: OutgoingMessage): Promise<{ messageId: string }> {
    const keyboard = message.buttons.length
      ? InlineKeyboard.from(
          message.buttons.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.action))),
        )
      : undefined;
    try {
      const parts = splitText(message.text, 3800);
      const ids: string[] = [];
      for (const [i, part] of parts.entries()) {
        const sent = await this.api.sendMessage(message.chatId, escapeHtml(part), {
          parse_mode: "HTML",
          reply_markup: i === parts.length - 1 ? keyboard : undefined,
        });
        ids.push(String(sent.message_id));
      }
      return { messageId: ids.join(",") };
    } catch (error) {
      throw classify(error);
    }
  }
}

function classify(error: unknown): NotifyError {
  if (error instanceof GrammyError) {
    const reason = `telegram ${error.method}: ${error.error_code} ${error.description}`;
    if (error.error_code === 429)
      return new NotifyError("rate_limited", reason, error.parameters.retry_after ?? 1);
    if (error.error_code >= 500) return new NotifyError("transient", reason);
    return new NotifyError("permanent", reason);
  }
  if (error instanceof HttpError)
    return new NotifyError("transient", `telegram network error: ${error.message}`);
  return new NotifyError("transient", `telegram: ${String((error as Error)?.message ?? error)}`);
}
