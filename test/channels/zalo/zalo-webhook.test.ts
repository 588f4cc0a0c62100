import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readZaloWebhook, type ZaloWebhookResult } from "../../../src/channels/zalo/zalo-webhook.ts";
import { textUpdate } from "../fake-zalo-server.ts";

const SECRET = "webhook-secret-0123";

describe("readZaloWebhook", () => {
  let server: Server;
  let url: string;
  const results: ZaloWebhookResult[] = [];

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const result = await readZaloWebhook(req, { secretToken: SECRET, maxBytes: 4096 });
      results.push(result);
      const headers = {
        "content-type": "application/json",
        ...(result.status === 200 ? {} : { connection: "close" }),
      };
      res
        .writeHead(result.status, headers)
        .end(JSON.stringify({ ok: result.status === 200, error: result.error }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zalo`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-bot-api-secret-token": SECRET, ...headers },
      body,
    });

  it("accepts a signed update, bare or wrapped in { ok, result }", async () => {
    const update = textUpdate("Kết luận 45 giao việc gì?");
    const bare = await post(JSON.stringify(update), { "content-type": "application/json; charset=utf-8" });
    expect(bare.status).toBe(200);
    expect(results.at(-1)?.update?.message?.text).toBe("Kết luận 45 giao việc gì?");
    const wrapped = await post(JSON.stringify({ ok: true, result: update }));
    expect(wrapped.status).toBe(200);
    expect(results.at(-1)?.update).toMatchObject({ event_name: "message.text.received" });
  });

  it("refuses a wrong or missing secret with 401, before looking at the body", async () => {
    expect((await post("not json", { "x-bot-api-secret-token": "webhook-secret-0124" })).status).toBe(401);
    expect((await post("{}", { "x-bot-api-secret-token": "short" })).status).toBe(401);
    const unsigned = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(unsigned.status).toBe(401);
    expect(results.at(-1)).toEqual({ status: 401, error: "wrong or missing secret token" });
  });

  it("refuses other content types with 415 and other methods with 405", async () => {
    expect((await post("event_name=x", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(
      415,
    );
    expect((await post(JSON.stringify(textUpdate("x")), { "content-type": "text/plain" })).status).toBe(415);
    expect((await fetch(url)).status).toBe(405);
  });

  it("refuses a body over maxBytes with 413, announced or streamed", async () => {
    const big = JSON.stringify(textUpdate("x".repeat(5000)));
    expect((await post(big)).status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-bot-api-secret-token": SECRET,
          "transfer-encoding": "chunked",
        },
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0)).on("error", reject);
      req.write(big.slice(0, 3000));
      setTimeout(() => req.end(big.slice(3000)), 10);
    });
    expect(streamed).toBe(413);
  });

  it("refuses invalid JSON and JSON that is not an update with 400", async () => {
    expect((await post("{ not json")).status).toBe(400);
    expect((await post("[]")).status).toBe(400);
    expect((await post(JSON.stringify({ hello: "world" }))).status).toBe(400);
    expect(
      (await post(JSON.stringify({ event_name: "message.text.received", message: { text: "no ids" } })))
        .status,
    ).toBe(400);
  });

  it("rejects a secret too short to be a Zalo secret", async () => {
    await expect(readZaloWebhook({} as never, { secretToken: "short" })).rejects.toThrow(
      "at least 8 characters",
    );
  });
});
