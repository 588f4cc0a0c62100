import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZaloApiError, ZaloBotClient } from "../../../src/channels/zalo/zalo-bot-client.ts";
import { ProviderError } from "../../../src/errors.ts";
import { FakeZaloServer, textUpdate } from "../fake-zalo-server.ts";

const TOKEN = "1459232241454765289:SECRETpart-xyz";

/** A 5,000-character answer in sentences, with paragraphs, as the answerer would produce. */
const LONG_ANSWER = Array.from(
  { length: 50 },
  (_, i) => `Đoạn ${i + 1}: Kết luận yêu cầu các cơ quan báo cáo kết quả thực hiện trước hạn [${i + 1}].`,
)
  .join("\n\n")
  .padEnd(5000, " Nội dung bổ sung.")
  .slice(0, 5000);

describe("ZaloBotClient against a fake Bot API", () => {
  let server: FakeZaloServer;
  let sleeps: number[];
  let client: ZaloBotClient;

  beforeEach(async () => {
    server = new FakeZaloServer({ token: TOKEN, pollWaitMs: 20 });
    await server.start();
    sleeps = [];
    const sleep = async (ms: number) => void sleeps.push(ms);
    client = new ZaloBotClient({ token: TOKEN, apiRoot: server.apiRoot, sleep });
  });
  afterEach(() => server.close());

  it("getMe returns the bot's identity", async () => {
    await expect(client.getMe()).resolves.toMatchObject({ id: "1459232241454765289", account_type: "BASIC" });
  });

  it("getUpdates returns one queued update per call, then null when the long poll times out (408)", async () => {
    server.enqueueUpdate(textUpdate("Xin chào"));
    const update = await client.getUpdates({ timeout: 1 });
    expect(update?.event_name).toBe("message.text.received");
    expect(update?.message).toMatchObject({ text: "Xin chào", chat: { id: "chat-1", chat_type: "PRIVATE" } });
    await expect(client.getUpdates({ timeout: 1 })).resolves.toBeNull();
    expect(server.calls.at(-1)).toEqual({ method: "getUpdates", body: { timeout: "1" } });
  });

  it("sends a 5,000-character message as 3 ordered parts of at most 2,000 characters", async () => {
    expect(LONG_ANSWER).toHaveLength(5000);
    const results = await client.sendMessage("chat-1", LONG_ANSWER);
    expect(results).toHaveLength(3);
    expect(server.sent).toHaveLength(3);
    for (const part of server.sent) expect(part.text.length).toBeLessThanOrEqual(2000);
    expect(server.sent.map((part) => part.text).join("\n\n")).toBe(LONG_ANSWER);
    expect(results.map((result) => result.message_id)).toEqual(["m1", "m2", "m3"]);
  });

  it("retries a 429 once after retry_after, capped at 30 s", async () => {
    server.rateLimitNextSend(2);
    await expect(client.sendMessage("chat-1", "Trả lời")).resolves.toHaveLength(1);
    expect(server.sent).toEqual([{ chatId: "chat-1", text: "Trả lời" }]);
    expect(sleeps).toEqual([2000]);

    server.rateLimitNextSend(120, "header");
    await client.sendMessage("chat-1", "Lần hai");
    expect(sleeps).toEqual([2000, 30_000]);
  });

  it("gives up on a second 429 for the same part, reporting retryAfter", async () => {
    server.rateLimitNextSend(3);
    server.rateLimitNextSend(4);
    const error = await client.sendMessage("chat-1", "Trả lời").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ method: "sendMessage", status: 429, errorCode: 429, retryAfter: 4 });
    expect(server.sent).toEqual([]);
  });

  it("manages the webhook and chat actions", async () => {
    await expect(
      client.setWebhook({ url: "https://example.vn/zalo", secretToken: "s3cret-token" }),
    ).resolves.toMatchObject({ url: "https://example.vn/zalo" });
    expect(server.webhook).toEqual({ url: "https://example.vn/zalo", secretToken: "s3cret-token" });
    await expect(client.getWebhookInfo()).resolves.toMatchObject({ url: "https://example.vn/zalo" });
    await expect(client.deleteWebhook()).resolves.toMatchObject({ url: "" });
    await client.sendChatAction("chat-1");
    expect(server.chatActions).toEqual([{ chatId: "chat-1", action: "typing" }]);
  });

  it("never shows the token: wrong token, error text, inspection", async () => {
    const wrongToken = "999:WRONG-token-value";
    const stranger = new ZaloBotClient({ token: wrongToken, apiRoot: server.apiRoot });
    const error = (await stranger.getMe().catch((e: unknown) => e)) as ZaloApiError;
    expect(error).toMatchObject({ method: "getMe", status: 401, errorCode: 401 });
    expect(error.message).toBe("zalo: getMe failed (HTTP 401): Unauthorized");
    for (const shown of [
      error.message,
      String(error.stack),
      inspect(error),
      JSON.stringify(error),
      inspect(stranger),
    ]) {
      expect(shown).not.toContain("WRONG-token");
    }
    expect(inspect(client)).not.toContain("SECRETpart");
  });
});

describe("ZaloBotClient with a stubbed fetch", () => {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  it("treats error_code 408 in a 200 answer as an empty poll", async () => {
    const fetch = async () => json(200, { ok: false, error_code: 408, description: "Request timeout" });
    await expect(new ZaloBotClient({ token: TOKEN, fetch }).getUpdates()).resolves.toBeNull();
  });

  it("scrubs the token from server descriptions and network failures", async () => {
    const echo = async (url: string | URL | Request) =>
      json(400, { ok: false, error_code: 400, description: `bad ${url}` });
    const echoed = (await new ZaloBotClient({ token: TOKEN, fetch: echo }).getMe().catch((e) => e)) as Error;
    expect(echoed.message).toContain("bad https://bot-api.zaloplatforms.com/bot<token>/getMe");

    const broken = async (url: string | URL | Request) => {
      throw new TypeError(`Failed to parse URL from ${url}`, {
        cause: new Error(`at ${encodeURIComponent(String(url))}`),
      });
    };
    const failed = (await new ZaloBotClient({ token: TOKEN, fetch: broken })
      .getMe()
      .catch((e) => e)) as ZaloApiError;
    expect(failed.isNetworkError).toBe(true);
    for (const shown of [failed.message, String(failed.stack), inspect(failed)]) {
      expect(shown).not.toContain("SECRETpart");
      expect(shown).not.toContain(encodeURIComponent(TOKEN));
    }
  });

  it("retries network failures of sendMessage at most twice, with a short backoff", async () => {
    let calls = 0;
    const sleeps: number[] = [];
    const flaky = (failures: number) => async () => {
      calls++;
      if (calls <= failures) throw new TypeError("fetch failed", { cause: new Error("ECONNRESET") });
      return json(200, { ok: true, result: { message_id: "m1", date: 1 } });
    };
    const sleep = async (ms: number) => void sleeps.push(ms);
    const client = new ZaloBotClient({ token: TOKEN, fetch: flaky(2), sleep });
    await expect(client.sendMessage("chat-1", "Xin chào")).resolves.toEqual([{ message_id: "m1", date: 1 }]);
    expect(calls).toBe(3);
    expect(sleeps).toEqual([500, 1000]);

    calls = 0;
    const hopeless = new ZaloBotClient({ token: TOKEN, fetch: flaky(3), sleep });
    await expect(hopeless.sendMessage("chat-1", "Xin chào")).rejects.toThrow(
      "zalo: sendMessage failed (no response): fetch failed (ECONNRESET)",
    );
    expect(calls).toBe(3);
  });
});
