import { setTimeout as delay } from "node:timers/promises";
import type { Logger } from "../../logger.ts";
import type { ZaloBotClient } from "./zalo-bot-client.ts";
import type { ZaloUpdate } from "./zalo-types.ts";

export interface ZaloPollingOptions {
  logger: Logger;
  /** Aborting stops the loop; the returned promise then resolves. */
  signal: AbortSignal;
  /** Long-poll timeout in seconds passed to getUpdates; default 30. */
  timeout?: number;
  /** First wait after a failed poll (ms), doubled on each further failure; default 1000. */
  backoffMs?: number;
  /** Upper bound for that wait (ms); default 30 000. */
  maxBackoffMs?: number;
  /** Injectable for tests; the loop never waits past an abort whatever this does. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Long-polls Zalo for updates until `signal` aborts, handing each update to `onUpdate` one at a time, in order.
 * A handler that throws is logged and the loop goes on. A failed poll (network, HTTP or API error) is logged and
 * retried after an exponential backoff, capped, and never shorter than a 429's `retry_after`. On abort the pending
 * poll or wait is abandoned at once; an update handler already running is awaited, so shutdown can close what it
 * uses. Zalo's getUpdates has no offset, so an update that arrives while nothing polls is lost (use a webhook then).
 *
 * @example
 * const stop = new AbortController();
 * const polling = startZaloPolling(client, (u) => answer(u), { logger, signal: stop.signal });
 * process.once("SIGTERM", () => stop.abort());
 * await polling;
 */
export async function startZaloPolling(
  client: Pick<ZaloBotClient, "getUpdates">,
  onUpdate: (update: ZaloUpdate) => Promise<void>,
  options: ZaloPollingOptions,
): Promise<void> {
  const { logger, signal, timeout = 30, backoffMs = 1000, maxBackoffMs = 30_000 } = options;
  const sleep = options.sleep ?? ((ms: number) => delay(ms, undefined, { signal }).catch(() => undefined));
  const aborted = new Promise<"aborted">((resolve) => {
    if (signal.aborted) resolve("aborted");
    else signal.addEventListener("abort", () => resolve("aborted"), { once: true });
  });
  const untilAbort = <T>(work: Promise<T>) => Promise.race([work, aborted]);

  logger.info({ timeout }, "zalo polling started");
  let failures = 0;
  while (!signal.aborted) {
    let update: ZaloUpdate | null | "aborted";
    try {
      const poll = client.getUpdates({ timeout, signal });
      poll.catch(() => undefined); // may settle after an abort, when nobody awaits it any more
      update = await untilAbort(poll);
      failures = 0;
    } catch (error) {
      if (signal.aborted) break;
      failures++;
      const retryAfterMs = ((error as { retryAfter?: number }).retryAfter ?? 0) * 1000;
      const waitMs = Math.max(Math.min(backoffMs * 2 ** (failures - 1), maxBackoffMs), retryAfterMs);
      logger.warn({ err: error, failures, waitMs }, "zalo getUpdates failed; backing off");
      await untilAbort(sleep(waitMs));
      continue;
    }
    if (update === null || update === "aborted") continue;
    try {
      await onUpdate(update);
    } catch (error) {
      logger.error(
        { err: error, event: update.event_name, messageId: update.message?.message_id },
        "zalo update handler failed",
      );
    }
  }
  logger.info("zalo polling stopped");
}
