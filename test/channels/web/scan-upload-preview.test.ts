import { cpSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printPages, scanPage, seededRandom } from "../../../bench/scan-simulator.ts";
import { type App, createApp } from "../../../src/app.ts";
import { loadConfig } from "../../../src/config/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { CORPUS, tempDir } from "../../helpers.ts";

let app: App;
let service: RunningService;
let base = "";

beforeAll(async () => {
  const corpus = tempDir();
  cpSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(corpus, "kl-hnbch-14-nq17.md"));
  const config = loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: corpus, LOG_LEVEL: "silent", PORT: "0" });
  app = await createApp(config, createLogger("silent"));
  service = await startService(app, createLogger("silent"), { reminders: false });
  base = `http://127.0.0.1:${service.port}`;
});
afterAll(async () => {
  await service?.stop();
  app?.close();
});

describe("upload preview of a photo", () => {
  it("reads the photo by OCR and says how many pages were recognized and how confidently", async () => {
    const login = await fetch(`${base}/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ password: "mat-khau-anh-chup" }),
      redirect: "manual",
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const documents = await (await fetch(`${base}/documents`, { headers: { cookie } })).text();
    expect(documents).toContain('accept=".md,.txt,.docx,.pdf,.png,.jpg,.jpeg"');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(documents)?.[1] ?? "";

    const photo = scanPage(
      printPages([
        { text: "KẾT LUẬN", align: "center", bold: true },
        { text: "1. Sở Nội vụ chủ trì rà soát vị trí việc làm, hoàn thành trước ngày 30/6/2025." },
        { text: "2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này." },
      ])[0],
      seededRandom(9),
      0.8,
    );
    const form = new FormData();
    form.set("_csrf", csrf);
    form.set("file", new Blob([photo], { type: "image/jpeg" }), "anh-ket-luan.jpg");
    const preview = await (
      await fetch(`${base}/documents/upload`, { method: "POST", headers: { cookie }, body: form })
    ).text();
    expect(preview).toMatch(/Văn bản quét: đã nhận dạng chữ \(OCR\) 1 trang, độ tin cậy thấp nhất \d+%/);
    expect(preview).not.toContain("Cần đối chiếu với bản giấy");
    expect(preview).toContain("Sở Nội vụ chủ trì rà soát vị trí việc làm");
    expect(preview).toContain("Xác nhận nạp văn bản");
  }, 60_000);
});
