import { TrolyError } from "../errors.ts";

/** A message the outbox delivers: plain text, optional buttons (Telegram) and their text equivalents (Zalo). */
export interface OutgoingMessage {
  chatId: string;
  text: string;
  buttons: { label: string; action: string }[][];
  hints: string[];
}

/**
 * The port reminders are sent through; one implementation per channel (`src/channels/*`), an in-memory one in
 * tests. Implementations make exactly one attempt: the outbox owns retries, so they must not retry themselves.
 */
export interface Notifier {
  readonly platform: "telegram" | "zalo" | "web";
  send(message: OutgoingMessage): Promise<{ messageId: string }>;
}

/**
 * Why a send failed, in the terms the dispatcher acts on: `rate_limited` waits `retryAfter` seconds, `transient`
 * (5xx, network, timeout) backs off, `permanent` (400/403: blocked bot, unknown chat) is dead at once.
 */
export class NotifyError extends TrolyError {
  constructor(
    readonly kind: "rate_limited" | "transient" | "permanent",
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message, `notify_${kind}`);
  }
}
