import { type Notifier, NotifyError, type OutgoingMessage } from "../../reminders/notifier.ts";
import { ZaloApiError } from "./zalo-api-error.ts";
import { ZaloBotClient } from "./zalo-bot-client.ts";

/**
 * Sends outbox messages to Zalo with the client's own retries off (the outbox retries). Zalo has no buttons for
 * bots, so the message ends with its text commands.
 *
 * @example
 * const notifier = new ZaloNotifier({ token }); await notifier.send({ chatId: "u1", text: "…", buttons: [], hints: [] });
 */
export class ZaloNotifier implements Notifier {
  readonly platform = "zalo" as const;
  private readonly client: ZaloBotClient;

  constructor(options: { token: string; apiRoot?: string; timeoutMs?: number }) {
    this.client = new ZaloBotClient({ ...options, timeoutMs: options.timeoutMs ?? 15_000, retries: false });
  }

  async send(message: OutgoingMessage): Promise<{ messageId: string }> {
    const text = message.hints.length ? `${message.text}\n\n${message.hints.join("\n")}` : message.text;
    try {
      const sent = await this.client.sendMessage(message.chatId, text);
      return { messageId: sent.map((s) => s.message_id ?? "").join(",") };
    } catch (error) {
      if (!(error instanceof ZaloApiError)) throw new NotifyError("transient", `zalo: ${String(error)}`);
      if (error.isRateLimited) throw new NotifyError("rate_limited", error.message, error.retryAfter ?? 1);
      if (error.isNetworkError || (error.status ?? 0) >= 500)
        throw new NotifyError("transient", error.message);
      throw new NotifyError("permanent", error.message);
    }
  }
}
