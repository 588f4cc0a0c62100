import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { outbox } from "../../src/db/schema.ts";
import { createLogger } from "../../src/logger.ts";
import { addMember } from "../../src/obligations/member-registry.ts";
import { type RunningService, startService } from "../../src/service.ts";
import { FakeTelegramServer } from "../channels/fake-telegram-server.ts";
import { appWithUnits } from "../helpers.ts";

const PASSWORD = "mat-khau-http-server";
let app: App;
let service: RunningService;
let base = "";

beforeAll(async () => {
  app = await appWithUnits({ ADMIN_PASSWORD: PASSWORD, PORT: "0" });
  addMember(app.db, {
    platform: "telegram",
    userId: "555000111",
    unitId: "hy-btc",
    role: "head",
    displayName: "Trưởng ban",
  });
  app.db
    .insert(outbox)
    .values({
      dedupeKey: "test-dead-row",
      kind: "reminder",
      taskId: null,
      platform: "telegram",
      chatId: "555000111",
      text: "Nhắc việc: hạn 31/12/2024\nViệc: rà soát quy hoạch",
      buttons: [],
      hints: [],
      notBefore: new Date().toISOString(),
      status: "dead",
      attempts: 8,
      lastError: "403 bot was blocked",
      createdAt: new Date().toISOString(),
    })
    .run();
  service = await startService(app, createLogger("silent"), { reminders: false });
  base = `http://127.0.0.1:${service.port}`;
});
afterAll(async () => {
  await service?.stop();
  app?.close();
});

/** Logs in as admin: the session cookie and a CSRF token from a page. */
async function admin(): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${base}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ password: PASSWORD }),
    redirect: "manual",
  });
  expect(login.status).toBe(303);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const page = await (await fetch(`${base}/tasks`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
  expect(csrf).not.toBe("");
  return { cookie, csrf };
}

/** A raw request, so the URL reaches the server exactly as written (fetch would normalise it). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("HTTP layer", () => {
  it("survives malformed percent-encoding anywhere in the URL and keeps serving", async () => {
    for (const path of [
      "/documents/%E0%A4%A",
      "/tasks?unit=%E0%A4%A&status=%ZZ",
      "/%",
      "/documents/%",
      "/static/%E0%A4%A.js",
    ]) {
      const res = await raw("GET", path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    expect((await raw("POST", "/tasks/%E0%A4%A/done")).status).toBe(403);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: "ok",
      documents: app.index.documents.size,
      passages: app.index.passages.length,
    });
  });

  it("answers unknown routes 404, wrong methods 405, bad input 400 and oversize bodies 413", async () => {
    const unknown = await fetch(`${base}/khong-co-trang-nay`);
    expect(unknown.status).toBe(404);
    expect((await fetch(`${base}/api/ask`)).status).toBe(405);
    const ask = (body: string) =>
      fetch(`${base}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const typed = await ask(JSON.stringify({ question: 42 }));
    expect(typed.status).toBe(400);
    expect(((await typed.json()) as { error: string }).error).toMatch(/[ạảãáàâăđêôơư]/);
    expect((await ask(JSON.stringify({ question: "hạn rà soát", chat: "<script>" }))).status).toBe(400);
    const huge = await ask(JSON.stringify({ question: "x".repeat(200_000) }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toContain("quá lớn");
    const feedback = await fetch(`${base}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answerId: "x", value: 7 }),
    });
    expect(feedback.status).toBe(400);
  });

  it("answers an unknown task or requeue id with 404 and a Vietnamese message", async () => {
    const { cookie, csrf } = await admin();
    const form = (body: Record<string, string>) => ({
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(body),
      redirect: "manual" as const,
    });
    const task = await fetch(`${base}/tasks/t000000000000/done`, form({ _csrf: csrf }));
    expect(task.status).toBe(404);
    expect(await task.text()).toContain("Không tìm thấy nhiệm vụ t000000000000");
    const requeue = await fetch(`${base}/outbox/999999/requeue`, form({ _csrf: csrf }));
    expect(requeue.status).toBe(404);
    expect(await requeue.text()).toContain("Không có tin nhắc lỗi số 999999");
    const notNumber = await fetch(`${base}/outbox/abc/requeue`, form({ _csrf: csrf }));
    expect(notNumber.status).toBe(400);
    const dead = app.db.select().from(outbox).all()[0];
    const ok = await fetch(`${base}/outbox/${dead?.id}/requeue`, form({ _csrf: csrf }));
    expect(ok.status).toBe(303);
  });
});

describe("origin and body checks", () => {
  it("refuses cross-origin POSTs, text/plain ones included, and accepts same-origin ones", async () => {
    for (const path of ["/api/ask", "/api/feedback"]) {
      for (const headers of [
        { origin: "http://evil.example" } as Record<string, string>,
        { origin: "null" },
        { "sec-fetch-site": "cross-site" },
        { "sec-fetch-site": "same-site", origin: "http://sub.127.0.0.1" },
      ]) {
        const res = await fetch(`${base}${path}`, {
          method: "POST",
          headers: { "content-type": "text/plain", ...headers },
          body: JSON.stringify({ question: "hạn rà soát quy hoạch cán bộ trẻ" }),
        });
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    const cross = await fetch(`${base}/login`, {
      method: "POST",
      headers: { origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "password=x",
    });
    expect(cross.status).toBe(403);
    const same = await fetch(`${base}/api/ask`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: base,
        "sec-fetch-site": "same-origin",
      },
      body: JSON.stringify({ question: "hạn rà soát quy hoạch cán bộ trẻ" }),
    });
    expect(same.status).toBe(200);
  });

  it("answers a 1 MB login form with 413, not 500", async () => {
    const res = await fetch(`${base}/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `password=${"a".repeat(1024 * 1024)}`,
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("quá lớn");
  });

  it("checks the admin session before reading an upload's body", async () => {
    // Headers announce 5 MB that never come: only a check made before reading the body can answer.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/documents/upload`, {
        method: "POST",
        headers: {
          "content-type": "multipart/form-data; boundary=xyz",
          "content-length": String(5 * 1024 * 1024),
        },
      });
      req.on("response", (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on("error", reject);
      req.write("--xyz\r\n");
      setTimeout(() => reject(new Error("no answer before the body was sent")), 3000);
    });
    expect(status).toBe(403);
    const units = await fetch(`${base}/units/import`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: "not a multipart body at all",
    });
    expect(units.status).toBe(403);
  });
});

describe("what visitors may see", () => {
  it("shows member chat ids and reminder recipients to admins only", async () => {
    const anonymousUnits = await (await fetch(`${base}/units`)).text();
    const anonymousReminders = await (await fetch(`${base}/reminders`)).text();
    expect(anonymousUnits).toContain("Trưởng ban");
    expect(anonymousUnits).not.toContain("555000111");
    expect(anonymousReminders).not.toContain("555000111");
    expect(anonymousReminders).not.toContain("rà soát quy hoạch");
    const { cookie } = await admin();
    expect(await (await fetch(`${base}/units`, { headers: { cookie } })).text()).toContain("555000111");
    expect(await (await fetch(`${base}/reminders`, { headers: { cookie } })).text()).toContain("555000111");
  });
});

describe("Telegram webhook over HTTP", () => {
  const telegram = new FakeTelegramServer();
  const secret = "s3cret-token_for-http-tests";
  let hookApp: App;
  let hookService: RunningService;
  let url = "";

  beforeAll(async () => {
    await telegram.start();
    hookApp = await appWithUnits({
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: "https://example.invalid/telegram/webhook",
      TELEGRAM_WEBHOOK_SECRET: secret,
      PORT: "0",
    });
    hookService = await startService(hookApp, createLogger("silent"), { reminders: false });
    url = `http://127.0.0.1:${hookService.port}/telegram/webhook`;
  });
  afterAll(async () => {
    await hookService?.stop();
    await telegram.close();
    hookApp?.close();
  });

  const post = (body: string, token: string | null = secret) =>
    fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { "x-telegram-bot-api-secret-token": token } : {}),
      },
      body,
    });

  it("answers malformed JSON with the right secret 400, and a wrong secret 401", async () => {
    const malformed = await post("{not json");
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/at .*\.(?:ts|js):\d+/);
    expect((await post("[1,2]")).status).toBe(400);
    expect((await post("{not json", "wrong-secret")).status).toBe(401);
    expect((await fetch(`${url.replace("/telegram/webhook", "/healthz")}`)).status).toBe(200);
  });

  it("caps the body at 1 MiB as the Zalo webhook does", async () => {
    const big = JSON.stringify({ update_id: 9, message: { text: "x".repeat(2 * 1024 * 1024) } });
    expect((await post(big)).status).toBe(413);
    const ok = await post(
      JSON.stringify({
        update_id: 10,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: 42, type: "private" },
          from: { id: 42, is_bot: false, first_name: "An" },
          text: "/vanban",
        },
      }),
    );
    expect(ok.status).toBe(200);
    await telegram.waitForSent(1);
  });
});
