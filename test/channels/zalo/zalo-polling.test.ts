import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZaloApiError, ZaloBotClient } from "../../../src/channels/zalo/zalo-bot-client.ts";
import { startZaloPolling } from "../../../src/channels/zalo/zalo-polling.ts";
import type { ZaloUpdate } from "../../../src/channels/zalo/zalo-types.ts";
import { FakeZaloServer, textUpdate } from "../fake-zalo-server.ts";

const TOKEN = "1459232241454765289:SECRETpart-xyz";

/** A pino logger whose JSON lines land in `lines`. */
function memoryLogger() {
  const lines: string[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("startZaloPolling", () => {
  let server: FakeZaloServer;
  beforeEach(async () => {
    server = new FakeZaloServer({ token: TOKEN, pollWaitMs: 20 });
    await server.start();
  });
  afterEach(() => server.close());

  it("delivers updates in order, survives a failing handler, and stops promptly on abort", async () => {
    const { logger, lines } = memoryLogger();
    const client = new ZaloBotClient({ token: TOKEN, apiRoot: server.apiRoot });
    for (const text of ["một", "hai", "ba"]) server.enqueueUpdate(textUpdate(text, "chat-1", `id-${text}`));
    const seen: string[] = [];
    const stop = new AbortController();
    const polling = startZaloPolling(
      client,
      async (update) => {
        seen.push(update.message?.text ?? "");
        if (update.message?.text === "hai") throw new Error("handler broke");
      },
      { logger, signal: stop.signal, timeout: 1 },
    );
    await waitFor(() => seen.length === 3);
    const before = Date.now();
    stop.abort();
    await polling;
    expect(Date.now() - before).toBeLessThan(500);
    expect(seen).toEqual(["một", "hai", "ba"]);
    const failure = lines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === "zalo update handler failed");
    expect(failure).toMatchObject({ messageId: "id-hai", err: { message: "handler broke" } });
  });

  it("backs off exponentially on failures, capped, honouring retry_after, and logs no token", async () => {
    const { logger, lines } = memoryLogger();
    const stop = new AbortController();
    const waits: number[] = [];
    const failures = [
      new ZaloApiError({ method: "getUpdates", description: "fetch failed" }),
      new ZaloApiError({ method: "getUpdates", status: 502, description: "Bad Gateway" }),
      new ZaloApiError({ method: "getUpdates", status: 502, description: "Bad Gateway" }),
      new ZaloApiError({ method: "getUpdates", status: 429, errorCode: 429, retryAfter: 20 }),
      new ZaloApiError({ method: "getUpdates", status: 401, errorCode: 401, description: "Unauthorized" }),
    ];
    let polls = 0;
    const client = {
      getUpdates: async (): Promise<ZaloUpdate | null> => {
        polls++;
        const failure = failures.shift();
        if (failure) throw failure;
        if (polls === 6) return textUpdate("sau lỗi") as ZaloUpdate;
        stop.abort();
        return null;
      },
    };
    const seen: string[] = [];
    await startZaloPolling(client, async (update) => void seen.push(update.message?.text ?? ""), {
      logger,
      signal: stop.signal,
      backoffMs: 100,
      maxBackoffMs: 250,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([100, 200, 250, 20_000, 250]);
    expect(seen).toEqual(["sau lỗi"]);
    expect(lines.join("\n")).not.toContain("SECRETpart");
  });

  it("resolves at once when the signal is already aborted, and abandons a hanging poll on abort", async () => {
    const { logger } = memoryLogger();
    const never = { getUpdates: () => new Promise<ZaloUpdate | null>(() => {}) };
    await startZaloPolling(never, async () => {}, { logger, signal: AbortSignal.abort() });

    const stop = new AbortController();
    const polling = startZaloPolling(never, async () => {}, { logger, signal: stop.signal });
    setTimeout(() => stop.abort(), 20);
    await expect(polling).resolves.toBeUndefined();
  });
});
