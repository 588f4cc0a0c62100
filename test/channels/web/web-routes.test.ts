import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../../src/app.ts";
import { appWebBackend } from "../../../src/channels/web/web-backend.ts";
import { mountWebPage } from "../../../src/channels/web/web-routes.ts";
import { loadConfig } from "../../../src/config/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { HttpServer } from "../../../src/server/http-server.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { CORPUS, tempDir } from "../../helpers.ts";

let app: App;
let service: RunningService;
let base = "";

beforeAll(async () => {
  const config = loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: CORPUS, LOG_LEVEL: "silent", PORT: "0" });
  app = await createApp(config, createLogger("silent"));
  service = await startService(app, createLogger("silent"), { reminders: false });
  base = `http://127.0.0.1:${service.port}`;
});
afterAll(async () => {
  await service?.stop();
  app?.close();
});

const ask = (body: string) =>
  fetch(`${base}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body });
const login = (password: string) =>
  fetch(`${base}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ password }),
    redirect: "manual",
  });

describe("web routes without a browser", () => {
  it("answers /api/ask in the ask --json shape and rejects bad input in Vietnamese", async () => {
    const ok = await ask(JSON.stringify({ question: "hạn rà soát quy hoạch cán bộ trẻ" }));
    expect(await ok.json()).toMatchObject({ refused: false, mode: "extractive" });
    const bad = await ask("{not json");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("không hợp lệ");
    expect((await ask(JSON.stringify({ question: "" }))).status).toBe(400);
  });

  it("sets the admin password once, then logs in; too many attempts are refused", async () => {
    const setup = await fetch(`${base}/login`);
    expect(await setup.text()).toContain("Đặt mật khẩu quản trị");
    expect((await login("ngan")).status).toBe(400);
    const first = await login("mat-khau-moi-123");
    expect(first.status).toBe(303);
    expect(first.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await login("sai-mat-khau")).status).toBe(401);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await (await login("sai-mat-khau")).text());
    expect(results.at(-1)).toContain("quá nhiều lần");
  });

  it("forgets web answers older than 30 days when a later question is answered", async () => {
    let now = new Date("2026-03-01T08:00:00Z");
    const backend = appWebBackend(app, () => now);
    const question = "hạn rà soát quy hoạch cán bộ trẻ";
    const first = await backend.ask(question, { chatId: "forget-test-1" });
    const vote = (answerId: number, chatId: string) =>
      backend.vote({ visitor: "v", chatId, answerId, value: 1 });
    now = new Date("2026-03-31T09:00:00Z");
    const second = await backend.ask(question, { chatId: "forget-test-2" });
    // 30 days and an hour later: the first answer is forgotten, the new one is kept.
    expect(vote(first.answerId, "forget-test-1")).toBeNull();
    expect(vote(second.answerId, "forget-test-2")).toBe("new");
  });

  it("serves the newest full eval report, and says how to make one when there is none", async () => {
    const results = tempDir();
    const http = new HttpServer(createLogger("silent"));
    mountWebPage(http, appWebBackend(app), createLogger("silent"), { resultsDir: results });
    const server = await http.listen(0, "127.0.0.1");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/eval/report`;
    try {
      expect((await fetch(url)).status).toBe(404);
      for (const run of ["2026-01-01T00-00-00-000Z-extractive", "2026-02-01T00-00-00-000Z-extractive"]) {
        mkdirSync(path.join(results, run));
        writeFileSync(path.join(results, run, "report.html"), `<h1>${run}</h1>`);
      }
      const newest = await fetch(url);
      expect(await newest.text()).toContain("2026-02-01");
      expect(newest.headers.get("content-security-policy")).toContain("default-src 'none'");
    } finally {
      server.close();
    }
  });

  it("shows the obligations that no registered unit was given ('chưa giao cho đơn vị nào')", async () => {
    // No unit is registered in this app: every obligation is reported, on the list and on the document.
    const list = await (await fetch(`${base}/documents`)).text();
    expect(list).toContain("chưa giao cho đơn vị nào");
    const page = await (await fetch(`${base}/documents/hy-kl-can-bo-tre-2024`)).text();
    expect(page).toMatch(/\d+\/\d+ nghĩa vụ chưa giao cho đơn vị nào/);
    expect(page).toContain("<th>Đơn vị</th>");
  });

  it("answers unknown routes with 404 and wrong methods with 405", async () => {
    expect((await fetch(`${base}/khong-co`)).status).toBe(404);
    expect((await fetch(`${base}/api/ask`)).status).toBe(405);
    expect((await fetch(`${base}/tasks/t123/done`, { method: "POST" })).status).toBe(403);
  });
});
