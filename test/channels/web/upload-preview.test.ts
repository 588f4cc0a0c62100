import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../../src/app.ts";
import { loadConfig } from "../../../src/config/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { importUnits } from "../../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../../src/obligations/units-csv.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { CORPUS, tempDir } from "../../helpers.ts";

let app: App;
let service: RunningService;
let base = "";

beforeAll(async () => {
  const corpus = tempDir();
  cpSync(path.join(CORPUS, "hy-kl-can-bo-tre-2024.md"), path.join(corpus, "hy-kl-can-bo-tre-2024.md"));
  const config = loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: corpus, LOG_LEVEL: "silent", PORT: "0" });
  app = await createApp(config, createLogger("silent"));
  const units = readFileSync(path.join(CORPUS, "units.example.csv"), "utf8");
  importUnits(app.db, parseUnitsCsv(units, "units.example.csv"));
  service = await startService(app, createLogger("silent"), { reminders: false });
  base = `http://127.0.0.1:${service.port}`;
});
afterAll(async () => {
  await service?.stop();
  app?.close();
});

/** A letter whose parties are the ones issue 11 found unassigned on upload. */
const LETTER = `TỈNH ỦY HƯNG YÊN

Số: 12-CV/TU

Hưng Yên, ngày 01 tháng 8 năm 2024

CÔNG VĂN

Về việc tuyên truyền

Để triển khai thực hiện tốt công tác tuyên truyền, Ban Thường vụ Tỉnh ủy đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:

1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan xây dựng kế hoạch tuyên truyền.

2. Ủy ban nhân dân các xã rà soát, lập danh sách hộ gia đình người có công trước ngày 30/9/2024.

3. Chánh Văn phòng UBND tỉnh theo dõi, tổng hợp kết quả thực hiện.
`;

describe("upload preview", () => {
  it("shows how many units each obligation goes to, and those with none", async () => {
    expect((await fetch(`${base}/login`)).status).toBe(200);
    const login = await fetch(`${base}/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ password: "mat-khau-xem-truoc" }),
      redirect: "manual",
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const documents = await (await fetch(`${base}/documents`, { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(documents)?.[1] ?? "";
    expect(csrf).not.toBe("");

    const form = new FormData();
    form.set("_csrf", csrf);
    form.set("file", new Blob([LETTER], { type: "text/markdown" }), "cong-van-tuyen-truyen.md");
    const preview = await (
      await fetch(`${base}/documents/upload`, { method: "POST", headers: { cookie }, body: form })
    ).text();

    const row = (marker: string) => preview.split("<tr>").find((r) => r.includes(marker)) ?? "";
    // One party, one unit: the name is not split at "và".
    expect(row("xây dựng kế hoạch tuyên truyền")).toContain("Ban Tuyên giáo và Dân vận Tỉnh ủy</td>");
    expect(row("xây dựng kế hoạch tuyên truyền")).toContain("1 đơn vị");
    // "Ủy ban nhân dân các xã" goes to the registered commune units of Hưng Yên.
    expect(row("lập danh sách hộ gia đình")).toMatch(/[2-9] đơn vị/);
    // No unit is registered for the office of the People's Committee: said, not dropped.
    expect(row("theo dõi, tổng hợp")).toContain("chưa giao cho đơn vị nào");
    expect(preview).toContain("1/3 nghĩa vụ chưa giao cho đơn vị nào");
  });
});
