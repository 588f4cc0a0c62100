import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../../src/app.ts";
import { loadConfig } from "../../../src/config/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { importUnits } from "../../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../../src/obligations/units-csv.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { CORPUS, ROOT, tempDir } from "../../helpers.ts";
import { docxOf } from "./docx-fixture.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const PASSWORD = "mat-khau-thu-nghiem";
let app: App;
let service: RunningService;
let browser: Browser;
let base = "";

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

describe.skipIf(!existsSync(CHROMIUM))("web page in headless Chromium", () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const corpus = tempDir();
    for (const f of [
      "hy-kl-can-bo-tre-2024.md",
      "ls-tb-kl-btc-2024.md",
      "kl-hnbch-14-nq17.md",
      "btc-cv-cong-tac-can-bo.md",
    ])
      writeFileSync(path.join(corpus, f), readFileSync(path.join(CORPUS, f)));
    const config = loadConfig({
      DATA_DIR: tempDir(),
      CORPUS_DIR: corpus,
      LOG_LEVEL: "silent",
      PORT: "0",
      ADMIN_PASSWORD: PASSWORD,
    });
    app = await createApp(config, createLogger("silent"));
    importUnits(
      app.db,
      parseUnitsCsv(readFileSync(path.join(CORPUS, "units.example.csv"), "utf8"), "units.csv"),
    );
    app.refresh();
    service = await startService(app, createLogger("silent"), { reminders: false });
    base = `http://127.0.0.1:${service.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    app?.close();
  });

  it("asks a question and opens a source with the cited sentence highlighted", async () => {
    const page = await browser.newPage({ locale: "vi-VN", viewport: { width: 1200, height: 900 } });
    await page.goto(base);
    await page.fill("#question", "han chot ra soat bo sung quy hoach can bo tre");
    await page.click("button[type=submit]");
    await page.waitForSelector(".answer");
    expect(await page.textContent(".answer")).toContain("31/12/2024");
    await page.click("details.source summary");
    expect(await page.textContent("details.source[open] mark")).toContain("31/12/2024");
    await page.click("text=👍 Hữu ích");
    await page.waitForSelector("text=Cảm ơn góp ý!");
    await shot(page, "1-chat");
    await page.close();
  });

  it("a logged-out visitor sees the tables but cannot change anything", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/tasks?unit=ls-btc`);
    expect(await page.locator("tr[data-task]").count()).toBeGreaterThan(0);
    expect(await page.locator("form[action$='/done']").count()).toBe(0);
    const taskId = await page.locator("tr[data-task]").first().getAttribute("data-task");
    const forged = await page.request.post(`${base}/tasks/${taskId}/done`, { form: { note: "giả mạo" } });
    expect(forged.status()).toBe(403);
    const upload = await page.request.post(`${base}/units/import`, {
      multipart: { file: { name: "u.csv", mimeType: "text/csv", buffer: Buffer.from("id\n") } },
    });
    expect(upload.status()).toBe(403);
    await page.goto(`${base}/tasks?unit=ls-btc&status=done`);
    expect(await page.locator("tr[data-task]").count()).toBe(0);
    await page.close();
  });

  it("logs in, uploads a DOCX, confirms, sees its obligations as tasks and marks one done", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/login`);
    await page.fill("input[name=password]", "sai-mat-khau");
    await page.click("button[type=submit]");
    expect(await page.textContent(".flash.error")).toContain("Sai mật khẩu");
    await page.fill("input[name=password]", PASSWORD);
    await page.click("button[type=submit]");
    await page.waitForURL(`${base}/tasks`);

    const docx = await docxOf([
      "TỈNH ỦY LẠNG SƠN",
      "BAN TỔ CHỨC",
      "Số 99-TB/BTCTU",
      "Lạng Sơn, ngày 02 tháng 3 năm 2026",
      "THÔNG BÁO KẾT LUẬN",
      "về công tác rà soát quy hoạch cán bộ năm 2026",
      "Ngày 02/3/2026, Thường trực Tỉnh ủy nghe Ban Tổ chức Tỉnh ủy báo cáo và kết luận như sau:",
      "1. Ban Tổ chức Tỉnh ủy chủ trì rà soát, bổ sung quy hoạch cán bộ trẻ, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/6/2026.",
      "2. Các huyện ủy, thành ủy hoàn thành việc đánh giá, xếp loại cán bộ trong quý III/2026.",
    ]);
    await page.goto(`${base}/documents`);
    await page.setInputFiles("input[type=file]", {
      name: "tb-ra-soat-quy-hoach-2026.docx",
      mimeType: "application/octet-stream",
      buffer: docx,
    });
    await page.click("text=Xem trước");
    await page.waitForSelector("text=Xác nhận nạp văn bản");
    expect(await page.textContent("main")).toContain("30/06/2026");
    await shot(page, "2-upload-preview");
    await page.click("text=Xác nhận nạp văn bản");
    await page.waitForSelector("text=Đã nạp văn bản");
    await shot(page, "3-document");

    await page.goto(`${base}/tasks?unit=ls-btc&from=2026-06-30&to=2026-06-30`);
    const row = page.locator("tr[data-task]").first();
    expect(await row.textContent()).toContain("rà soát, bổ sung quy hoạch cán bộ trẻ");
    await page.goto(`${base}/tasks?unit=ls-huyen-uy-cao-loc&from=2026-09-30&to=2026-09-30`);
    expect(await page.locator("tr[data-task]").count()).toBe(1);

    await page.goto(`${base}/tasks?unit=ls-btc&from=2026-06-30&to=2026-06-30`);
    await row.locator("input[name=note]").fill("Đã trình Ban Thường vụ");
    await row.locator("button:has-text('Hoàn thành')").click();
    await page.waitForSelector("text=Đã cập nhật nhiệm vụ.");
    await page.goto(`${base}/tasks?unit=ls-btc&status=done`);
    expect(await page.textContent("tbody")).toContain("Đã trình Ban Thường vụ");
    await page.goto(`${base}/tasks?unit=ls-btc`);
    expect(await page.textContent("main")).toContain("Lịch sử cập nhật");
    await shot(page, "4-tasks");
    for (const [name, url] of [
      ["5-units", "/units"],
      ["6-reminders", "/reminders"],
      ["7-documents", "/documents"],
      ["8-eval", "/eval"],
    ]) {
      await page.goto(`${base}${url}`);
      await shot(page, name as string);
    }
    const csv = await page.request.get(`${base}/tasks.csv?unit=ls-btc`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("Đã trình Ban Thường vụ");
    await page.close();
  });
});
