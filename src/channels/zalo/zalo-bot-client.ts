import { setTimeout as delay } from "node:timers/promises";
import { z } from "zod";
import { TrolyError } from "../../errors.ts";
import { splitText } from "../split-text.ts";
import { type ZaloCall, zaloApiCaller } from "./zalo-api-call.ts";
import { ZaloApiError } from "./zalo-api-error.ts";
import {
  type ZaloBotInfo,
  ZaloBotInfoSchema,
  type ZaloSentMessage,
  ZaloSentMessageSchema,
  type ZaloUpdate,
  ZaloUpdateSchema,
  type ZaloWebhookInfo,
  ZaloWebhookInfoSchema,
} from "./zalo-types.ts";

export { ZaloApiError } from "./zalo-api-error.ts";

/** Zalo rejects `sendMessage` text longer than this. */
export const ZALO_MESSAGE_LIMIT = 2000;
const MAX_RATE_LIMIT_WAIT_S = 30;
const NETWORK_RETRIES = 2;

export interface ZaloBotClientOptions {
  token: string;
  /** Default "https://bot-api.zaloplatforms.com". */
  apiRoot?: string;
  fetch?: typeof fetch;
  /** Per-request timeout (ms) for everything but the long poll; default 15 000. */
  timeoutMs?: number;
  /** Waits between retries; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Retry 429 and network errors inside `sendMessage` (default). Off when a durable outbox owns the retries. */
  retries?: boolean;
}

/**
 * A typed client for the Zalo Bot Platform API: POST `${apiRoot}/bot${token}/${method}` with a JSON body, answered by
 * `{ ok, result }` or `{ ok: false, error_code, description }`. Failures throw {@link ZaloApiError}, whose message
 * names the method; the token stays inside the transport ({@link zaloApiCaller}) and out of every error text.
 *
 * @example
 * const zalo = new ZaloBotClient({ token: process.env.ZALO_BOT_TOKEN! });
 * const update = await zalo.getUpdates({ timeout: 30 });
 * if (update?.message?.text) await zalo.sendMessage(update.message.chat.id, "Đã nhận.");
 */
export class ZaloBotClient {
  readonly #call: ZaloCall;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #retries: boolean;

  constructor(options: ZaloBotClientOptions) {
    if (!options.token.trim()) throw new TrolyError("zalo: the bot token is empty", "config_invalid");
    const fetchImpl = options.fetch ?? globalThis.fetch;
    this.#call = zaloApiCaller({
      token: options.token,
      apiRoot: (options.apiRoot ?? "https://bot-api.zaloplatforms.com").replace(/\/+$/, ""),
      fetch: (url, init) => fetchImpl(url, init),
      timeoutMs: options.timeoutMs ?? 15_000,
    });
    this.#sleep = options.sleep ?? ((ms) => delay(ms));
    this.#retries = options.retries ?? true;
  }

  /** Checks the token; returns the bot's id and account name. */
  getMe(): Promise<ZaloBotInfo> {
    return this.#call("getMe", {}, ZaloBotInfoSchema);
  }

  /**
   * Long-polls for the next update (Zalo returns one per call and has no offset). Resolves null when the poll times
   * out with no update (HTTP 408 / error_code 408). Does not work while a webhook is set.
   */
  async getUpdates({
    timeout = 30,
    signal,
  }: {
    timeout?: number;
    signal?: AbortSignal;
  } = {}): Promise<ZaloUpdate | null> {
    try {
      const body = { timeout: String(timeout) };
      const timeoutMs = (timeout + 10) * 1000;
      const result = await this.#call("getUpdates", body, ZaloUpdateSchema.nullish(), { timeoutMs, signal });
      return result ?? null;
    } catch (error) {
      if (error instanceof ZaloApiError && error.isPollTimeout) return null;
      throw error;
    }
  }

  /** Zalo will POST updates to `url` (HTTPS) with `X-Bot-Api-Secret-Token: secretToken` (8–256 characters). */
  async setWebhook({ url, secretToken }: { url: string; secretToken: string }): Promise<ZaloWebhookInfo> {
    if (secretToken.length < 8 || secretToken.length > 256) {
      throw new TrolyError("zalo: the webhook secret must be 8–256 characters", "config_invalid");
    }
    return this.#call("setWebhook", { url, secret_token: secretToken }, ZaloWebhookInfoSchema);
  }

  deleteWebhook(): Promise<ZaloWebhookInfo> {
    return this.#call("deleteWebhook", {}, ZaloWebhookInfoSchema);
  }

  getWebhookInfo(): Promise<ZaloWebhookInfo> {
    return this.#call("getWebhookInfo", {}, ZaloWebhookInfoSchema);
  }

  /**
   * Sends `text`, split at {@link ZALO_MESSAGE_LIMIT} characters, part by part in order; returns one result per part.
   * A part answered 429 is retried once after the advised delay (at most 30 s); a part that failed on the network is
   * retried at most twice with a short backoff, which may duplicate it if the first attempt did arrive.
   */
  async sendMessage(chatId: string, text: string): Promise<ZaloSentMessage[]> {
    const parts = splitText(text, ZALO_MESSAGE_LIMIT);
    if (parts.length === 0) throw new TrolyError("zalo: sendMessage needs non-empty text", "input_invalid");
    const sent: ZaloSentMessage[] = [];
    for (const part of parts) sent.push(await this.#sendPart(chatId, part));
    return sent;
  }

  /** Shows "typing…" in the chat for a few seconds. */
  async sendChatAction(chatId: string, action: "typing" | "upload_photo" = "typing"): Promise<void> {
    await this.#call("sendChatAction", { chat_id: chatId, action }, z.unknown());
  }

  async #sendPart(chatId: string, text: string): Promise<ZaloSentMessage> {
    let rateLimitRetried = false;
    for (let networkFailures = 0; ; ) {
      try {
        return await this.#call("sendMessage", { chat_id: chatId, text }, ZaloSentMessageSchema);
      } catch (error) {
        if (!(error instanceof ZaloApiError) || !this.#retries) throw error;
        if (error.isRateLimited && !rateLimitRetried) {
          rateLimitRetried = true;
          await this.#sleep(Math.min(error.retryAfter ?? 1, MAX_RATE_LIMIT_WAIT_S) * 1000);
        } else if (error.isNetworkError && networkFailures < NETWORK_RETRIES) {
          networkFailures++;
          await this.#sleep(250 * 2 ** networkFailures);
        } else {
          throw error;
        }
      }
    }
  }
}
