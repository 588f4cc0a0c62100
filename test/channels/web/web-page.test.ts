import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback } from "../../../src/db/schema.ts";
import { listTasks } from "../../../src/obligations/task-list.ts";
import { ROOT } from "../../helpers.ts";
import { docxOf } from "./docx-fixture.ts";
import { dayFromToday, startWebService, type WebService } from "./web-fixture.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const PASSWORD = "mat-khau-thu-nghiem";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
let web: WebService;
let browser: Browser;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

async function loggedIn(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ locale: "vi-VN", viewport });
  await page.goto(`${web.base}/login`);
  await page.fill("input[name=password]", PASSWORD);
  await page.click("form[action='/login'] button[type=submit]");
  await page.waitForURL(`${web.base}/tasks`);
  return page;
}

/** How far the page reaches past the viewport's right edge (0 = nothing wider than the screen). */
const overflow = (page: Page) =>
  page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

/** Waits until the page holds `n` elements matching `selector` (a locator: the page's CSP forbids eval). */
const threadHas = (page: Page, selector: string, n: number) =>
  page
    .locator(selector)
    .nth(n - 1)
    .waitFor();

describe.skipIf(!existsSync(CHROMIUM))("web page in headless Chromium", () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    web = await startWebService({ ADMIN_PASSWORD: PASSWORD });
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
    await web?.stop();
  });

  it("keeps the thread, highlights the cited sentence and takes one changeable vote per answer", async () => {
    const page = await browser.newPage({ locale: "vi-VN", viewport: DESKTOP });
    await page.goto(web.base);
    await page.fill("#question", "han chot ra soat bo sung quy hoach can bo tre");
    await page.click("#send");
    await page.waitForSelector(".thread .card .answer");
    expect(await page.textContent(".thread .card .answer")).toContain("31/12/2024");
    await page.click(".thread .card details.source summary");
    expect(await page.textContent("details.source[open] mark")).toContain("31/12/2024");
    await page.fill("#question", "Ai chịu trách nhiệm đôn đốc thực hiện kết luận về cán bộ trẻ?");
    await page.click("#send");
    await threadHas(page, ".thread .card .answer", 2);
    expect(await page.textContent(".thread .card:first-child .answer")).toContain("31/12/2024");
    const first = page.locator(".thread .card").first();
    await first.locator("text=👍 Hữu ích").click();
    await first.locator("text=Cảm ơn góp ý!").waitFor();
    await first.locator("text=👎 Chưa đúng").click();
    await first.locator("text=Đã đổi góp ý").waitFor();
    const votes = web.app.db.select().from(feedback).all();
    expect(votes).toHaveLength(1);
    expect(votes[0]?.value).toBe(-1);
    expect(votes[0]?.answer).toContain("31/12/2024");
    await shot(page, "chat-desktop");
    await page.close();
  });

  it("disables the button while waiting, and says so on a 502, a network failure and a cut question", async () => {
    const page = await browser.newPage({ locale: "vi-VN", viewport: DESKTOP });
    await page.goto(web.base);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/api/ask", async (route) => {
      await held;
      await route.continue();
    });
    await page.fill("#question", "hạn rà soát quy hoạch cán bộ trẻ");
    await page.click("#send");
    expect(await page.isDisabled("#send")).toBe(true);
    expect(await page.textContent("#send")).toBe("Đang tìm…");
    release();
    await page.waitForSelector(".thread .card .answer");
    expect(await page.isDisabled("#send")).toBe(false);
    await page.unroute("**/api/ask");

    await page.route("**/api/ask", (route) =>
      route.fulfill({ status: 502, contentType: "text/html", body: "<h1>502 Bad Gateway</h1>" }),
    );
    await page.fill("#question", "câu hỏi khi máy chủ lỗi");
    await page.click("#send");
    await page.waitForSelector(".thread .flash.error");
    expect(await page.textContent(".thread .flash.error")).toContain("mã 502");
    expect(await page.inputValue("#question")).toBe("câu hỏi khi máy chủ lỗi");
    await page.unroute("**/api/ask");

    await page.route("**/api/ask", (route) => route.abort("connectionrefused"));
    await page.click("#send");
    await threadHas(page, ".thread .flash.error", 2);
    expect(await page.locator(".thread .flash.error").nth(1).textContent()).toContain("Không kết nối được");
    expect(await page.isDisabled("#send")).toBe(false);
    await page.unroute("**/api/ask");

    const long =
      `Hạn rà soát quy hoạch cán bộ trẻ là khi nào? ${"xin hỏi thêm chi tiết ".repeat(140)}`.trim();
    await page.fill("#question", long);
    expect(await page.textContent("#length")).toContain(`dài ${long.length.toLocaleString("vi-VN")} ký tự`);
    await page.click("#send");
    await page.waitForSelector("text=ký tự đầu được dùng để trả lời");
    await shot(page, "chat-errors");
    await page.close();
  });

  it("lets a visitor pick their unit on a phone, remembers it, and answers 'đơn vị tôi' and 'sắp đến hạn'", async () => {
    const page = await browser.newPage({ locale: "vi-VN", viewport: PHONE });
    await page.goto(web.base);
    await page.selectOption("#unit", "ls-btc");
    await page.reload();
    expect(await page.inputValue("#unit")).toBe("ls-btc");
    await page.fill("#question", "Đơn vị tôi còn nhiệm vụ nào quá hạn?");
    await page.click("#send");
    await page.waitForSelector(".thread .card .answer");
    expect(await page.textContent(".thread .card .answer")).toMatch(
      /^Ban Tổ chức Tỉnh ủy Lạng Sơn có \d+ nhiệm vụ quá hạn/,
    );
    await page.fill("#question", "Việc nào sắp đến hạn trong 30 ngày tới?");
    await page.click("#send");
    await threadHas(page, ".thread .card .answer", 2);
    const upcoming = await page.locator(".thread .card .answer").nth(1).textContent();
    expect(upcoming).toContain("chuẩn bị báo cáo sơ kết công tác cán bộ");
    expect(upcoming).toContain(dayFromToday(10).vn);
    expect(await overflow(page)).toBe(0);
    await shot(page, "chat-phone");
    await page.close();
  });

  it("a logged-out visitor sees the tables but cannot change anything", async () => {
    const page = await browser.newPage();
    await page.goto(`${web.base}/tasks?unit=ls-btc`);
    expect(await page.locator("tr[data-task]").count()).toBeGreaterThan(0);
    expect(await page.locator("form[action$='/done']").count()).toBe(0);
    const taskId = await page.locator("tr[data-task]").first().getAttribute("data-task");
    const forged = await page.request.post(`${web.base}/tasks/${taskId}/done`, { form: { note: "giả mạo" } });
    expect(forged.status()).toBe(403);
    const upload = await page.request.post(`${web.base}/units/import`, {
      multipart: { file: { name: "u.csv", mimeType: "text/csv", buffer: Buffer.from("id\n") } },
    });
    expect(upload.status()).toBe(403);
    await page.goto(`${web.base}/tasks?unit=ls-btc&status=done`);
    expect(await page.locator("tr[data-task]").count()).toBe(0);
    await page.close();
  });

  it("on a phone, /tasks is cards, one page at a time, nothing wider than the screen, 'Hoàn thành' in view", async () => {
    const page = await loggedIn(PHONE);
    await page.goto(`${web.base}/tasks`);
    expect(await page.locator("tr[data-task]").count()).toBe(20);
    expect(await page.locator("thead").first().isVisible()).toBe(false);
    expect(await overflow(page)).toBe(0);
    const height = await page.evaluate<number>("document.documentElement.scrollHeight");
    expect(height).toBeLessThan(20_000);
    const button = page.locator("tr[data-task] button:has-text('Hoàn thành')").first();
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= PHONE.width).toBe(true);
    await shot(page, "tasks-phone");

    await page.selectOption("select[name=unit]", "hy-btc");
    await page.selectOption("select[name=status]", "overdue");
    await page.click(".filters button[type=submit]");
    await page.waitForURL(/unit=hy-btc/);
    const card = page.locator("tr[data-task]").first();
    const id = await card.getAttribute("data-task");
    const due = listTasks(web.app.db, { id: id ?? "" })[0]?.due ?? "";
    expect(await card.locator("input[name=completedOn]").getAttribute("max")).toBe(dayFromToday(0).iso);
    await card.locator("input[name=note]").fill("Đã nộp báo cáo đúng hạn");
    await card.locator("input[name=completedOn]").fill(due);
    await card.locator("button:has-text('Hoàn thành')").click();
    await page.waitForSelector("text=Đã cập nhật nhiệm vụ.");
    expect(page.url()).toContain("unit=hy-btc&status=overdue");
    expect(await page.inputValue("select[name=status]")).toBe("overdue");
    expect(listTasks(web.app.db, { id: id ?? "" })[0]).toMatchObject({ status: "done", outcome: "on_time" });
    await page.goto(`${web.base}/tasks?unit=hy-btc&status=done`);
    expect(await page.textContent("tbody")).toContain("Đã nộp báo cáo đúng hạn");
    expect(await page.textContent("main")).toContain("Lịch sử cập nhật");
    expect(await overflow(page)).toBe(0);
    await shot(page, "tasks-phone-history");
    await page.close();
  });

  it("logs in, uploads a DOCX, previews what was detected, confirms and is told what was created", async () => {
    const page = await browser.newPage({ locale: "vi-VN", viewport: DESKTOP });
    await page.goto(`${web.base}/login`);
    await page.fill("input[name=password]", "sai-mat-khau");
    await page.click("form[action='/login'] button[type=submit]");
    expect(await page.textContent(".flash.error")).toContain("Sai mật khẩu");
    await page.fill("input[name=password]", PASSWORD);
    await page.click("form[action='/login'] button[type=submit]");
    await page.waitForURL(`${web.base}/tasks`);

    await page.goto(`${web.base}/documents`);
    await page.setInputFiles("input[type=file]", {
      name: "trong.md",
      mimeType: "text/markdown",
      buffer: Buffer.alloc(0),
    });
    await page.click("text=Xem trước");
    await page.waitForSelector(".flash.error");
    expect(await page.textContent(".flash.error")).toContain("trống");
    expect(await page.locator("input[type=file]").count()).toBe(1);

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
    await page.setInputFiles("input[type=file]", {
      name: "tb-ra-soat-quy-hoach-2026.docx",
      mimeType: "application/octet-stream",
      buffer: docx,
    });
    await page.click("text=Xem trước");
    await page.waitForSelector("text=Xác nhận nạp văn bản");
    const preview = (await page.textContent("main")) ?? "";
    expect(preview).toContain("30/06/2026");
    expect(preview).toContain("99-TB/BTCTU");
    expect(preview).toContain("02/03/2026");
    expect(preview).toContain("Lạng Sơn");
    expect(preview).toContain("Ban Tổ chức Tỉnh ủy Lạng Sơn");
    await shot(page, "upload-preview-desktop");
    await page.click("text=Xác nhận nạp văn bản");
    await page.waitForSelector("text=Đã nạp văn bản:");
    expect(await page.textContent(".flash")).toMatch(/Đã nạp văn bản: \d+ nhiệm vụ mới\./);
    await shot(page, "document-uploaded-desktop");

    await page.goto(`${web.base}/tasks?unit=ls-btc&from=2026-06-30&to=2026-06-30`);
    expect(await page.locator("tr[data-task]").first().textContent()).toContain(
      "rà soát, bổ sung quy hoạch cán bộ trẻ",
    );
    const csv = await page.request.get(`${web.base}/tasks.csv?unit=ls-btc`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("Trạng thái");
    await page.close();
  });

  it("every page fits a phone and a desktop (screenshots in test-artifacts/)", async () => {
    for (const [name, viewport] of [
      ["phone", PHONE],
      ["desktop", DESKTOP],
    ] as const) {
      const page = await loggedIn(viewport);
      for (const [slug, url] of [
        ["chat", "/"],
        ["tasks", "/tasks"],
        ["tasks-unit", "/tasks?unit=ls-btc"],
        ["documents", "/documents"],
        ["document", "/documents/hy-kl-can-bo-tre-2024"],
        ["units", "/units"],
        ["reminders", "/reminders"],
        ["eval", "/eval"],
        ["not-found", "/khong-co-trang-nay"],
      ]) {
        await page.goto(`${web.base}${url}`);
        expect(await overflow(page), `${url} at ${viewport.width}px`).toBe(0);
        await shot(page, `page-${slug}-${name}`);
      }
      const visitor = await browser.newPage({ locale: "vi-VN", viewport });
      for (const [slug, url] of [
        ["login", "/login"],
        ["units-visitor", "/units"],
        ["reminders-visitor", "/reminders"],
      ]) {
        await visitor.goto(`${web.base}${url}`);
        expect(await overflow(visitor), `${url} at ${viewport.width}px`).toBe(0);
        await shot(visitor, `page-${slug}-${name}`);
      }
      await visitor.close();
      await page.close();
    }
  });
});
