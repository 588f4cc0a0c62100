import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.ts";
import { createLogger } from "../../../src/logger.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { appWithUnits } from "../../helpers.ts";
import { FakeZaloServer, textUpdate } from "../fake-zalo-server.ts";

const logger = createLogger("silent");
const TOKEN = "1234567890:zalo-test-token";

async function serve(env: Record<string, string>): Promise<{ app: App; service: RunningService }> {
  const app = await appWithUnits({ PORT: "0", ...env });
  return { app, service: await startService(app, logger) };
}

async function waitFor<T>(read: () => T[], count: number, ms = 10_000): Promise<T[]> {
  const started = Date.now();
  while (read().length < count) {
    if (Date.now() - started > ms) throw new Error(`only ${read().length} of ${count}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return read();
}

describe("Zalo channel (long polling against a fake Zalo Bot API)", () => {
  const zalo = new FakeZaloServer({ token: TOKEN, pollWaitMs: 50 });
  let running: { app: App; service: RunningService };

  beforeAll(async () => {
    await zalo.start();
    running = await serve({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: zalo.apiRoot, ADMIN_ZALO_IDS: "admin-1" });
  });

  afterAll(async () => {
    await running?.service.stop();
    await zalo.close();
    running?.app.close();
  });

  const say = async (text: string, user = "user-42", id = `${user}-${text}`) => {
    const before = zalo.sent.length;
    zalo.enqueueUpdate(textUpdate(text, user, id));
    const sent = await waitFor(() => zalo.sent, before + 1);
    return sent[before]?.text ?? "";
  };

  it("answers with citations and ends with the text commands instead of buttons", async () => {
    const reply = await say("han chot ra soat bo sung quy hoach can bo tre");
    expect(reply).toContain("31/12/2024");
    expect(reply).toContain("Nguồn:");
    expect(reply).toMatch(/Gõ \/nguon 1/);
    expect(await say("/nguon 1")).toMatch(/^\[1\] /);
  });

  it("registers with a code, lists tasks and marks one done with /xong; a stranger cannot", async () => {
    const created = await say("/taoma hy-btc head", "admin-1");
    const code = /dangky ([A-Z0-9]{6})/.exec(created)?.[1];
    expect(code).toBeDefined();
    expect(await say(`/dk ${code}`)).toContain("hy-btc");
    const list = await say("/nv");
    expect(list).toContain("Nhiệm vụ chưa hoàn thành");
    expect(list).toContain("/xong <số>");
    expect(await say("/xong 1")).toContain("Đã ghi nhận hoàn thành");
    expect(await say("/xong 1", "user-77")).toContain("thành viên");
  });

  it("answers a redelivered update (same event and message id) once", async () => {
    const before = zalo.sent.length;
    zalo.enqueueUpdate(textUpdate("/vanban", "user-42", "dup-1"));
    zalo.enqueueUpdate(textUpdate("/vanban", "user-42", "dup-1"));
    await waitFor(() => zalo.sent, before + 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(zalo.sent.length).toBe(before + 1);
  });

  it("splits a long reply under 2,000 characters", async () => {
    const before = zalo.sent.length;
    zalo.enqueueUpdate(textUpdate("/nguon 1", "user-42", "long-src"));
    await waitFor(() => zalo.sent, before + 1);
    zalo.enqueueUpdate(textUpdate("/huongdan", "admin-1", "help-admin"));
    await waitFor(() => zalo.sent, before + 2);
    for (const message of zalo.sent) expect(message.text.length).toBeLessThanOrEqual(2000);
  });
});

describe("Zalo webhook mode", () => {
  const zalo = new FakeZaloServer({ token: TOKEN });
  let running: { app: App; service: RunningService };
  const secret = "zalo-secret-for-tests";

  beforeAll(async () => {
    await zalo.start();
    running = await serve({
      ZALO_BOT_TOKEN: TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_URL: "https://example.invalid/zalo/webhook",
      ZALO_WEBHOOK_SECRET: secret,
    });
  });

  afterAll(async () => {
    await running?.service.stop();
    await zalo.close();
    running?.app.close();
  });

  const post = (body: unknown, token?: string) =>
    fetch(`http://127.0.0.1:${running.service.port}/zalo/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { "x-bot-api-secret-token": token } : {}) },
      body: JSON.stringify(body),
    });

  it("rejects a wrong secret with 401 and processes nothing, then answers a valid update once", async () => {
    expect(zalo.calls.map((c) => c.method)).toContain("setWebhook");
    const update = textUpdate("/vanban", "user-1", "hook-1");
    expect((await post(update, "wrong-secret")).status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(zalo.sent).toHaveLength(0);
    expect((await post(update, secret)).status).toBe(200);
    expect((await post(update, secret)).status).toBe(200);
    await waitFor(() => zalo.sent, 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(zalo.sent).toHaveLength(1);
    expect(zalo.sent[0]?.text).toContain("Các văn bản đã nạp");
  });
});
