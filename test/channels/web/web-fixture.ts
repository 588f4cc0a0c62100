import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type App, createApp } from "../../../src/app.ts";
import { loadConfig } from "../../../src/config/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { calendarDay } from "../../../src/obligations/calendar-day.ts";
import { importUnits } from "../../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../../src/obligations/units-csv.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { CORPUS, tempDir } from "../../helpers.ts";

export const SEEDS = [
  "hy-kl-can-bo-tre-2024.md",
  "ls-tb-kl-btc-2024.md",
  "kl-hnbch-14-nq17.md",
  "btc-cv-cong-tac-can-bo.md",
];

/** An ISO day `days` from today in Vietnam, and the same as dd/mm/yyyy. */
export function dayFromToday(days: number): { iso: string; vn: string } {
  const iso = calendarDay(new Date(Date.now() + days * 86_400_000));
  return { iso, vn: iso.split("-").reverse().join("/") };
}

/**
 * A Lạng Sơn notice issued today whose two items fall due in 10 and 20 days: the seed documents' deadlines are
 * all past, and "sắp đến hạn" questions need something ahead.
 */
export function upcomingNotice(): string {
  const today = dayFromToday(0).iso;
  return `---
id: ls-tb-han-gan
title: "Thông báo kết luận về chuẩn bị sơ kết công tác cán bộ"
kind: Thông báo kết luận
number: "77-TB/TU"
issuer: Tỉnh ủy Lạng Sơn
province: Lạng Sơn
issued_date: ${today}
---

THÔNG BÁO KẾT LUẬN

Thường trực Tỉnh ủy kết luận như sau:

1. Ban Tổ chức Tỉnh ủy chủ trì chuẩn bị báo cáo sơ kết công tác cán bộ, trình Thường trực Tỉnh ủy trước ngày ${dayFromToday(10).vn}.

2. Văn phòng Tỉnh ủy phối hợp chuẩn bị tài liệu hội nghị sơ kết trước ngày ${dayFromToday(20).vn}.
`;
}

export interface WebService {
  app: App;
  service: RunningService;
  base: string;
  stop(): Promise<void>;
}

/** The service over the seed documents and the upcoming notice, with the example unit registry and tasks. */
export async function startWebService(env: Record<string, string> = {}): Promise<WebService> {
  const corpus = tempDir();
  for (const f of SEEDS) writeFileSync(path.join(corpus, f), readFileSync(path.join(CORPUS, f)));
  writeFileSync(path.join(corpus, "ls-tb-han-gan.md"), upcomingNotice());
  const config = loadConfig({
    DATA_DIR: tempDir(),
    CORPUS_DIR: corpus,
    LOG_LEVEL: "silent",
    PORT: "0",
    ...env,
  });
  const app = await createApp(config, createLogger("silent"));
  importUnits(
    app.db,
    parseUnitsCsv(readFileSync(path.join(CORPUS, "units.example.csv"), "utf8"), "units.csv"),
  );
  app.refresh();
  const service = await startService(app, createLogger("silent"), { reminders: false });
  return {
    app,
    service,
    base: `http://127.0.0.1:${service.port}`,
    stop: async () => {
      await service.stop();
      app.close();
    },
  };
}

/** Logs in as admin over HTTP: the session cookie and a CSRF token read from a page. */
export async function adminSession(
  base: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${base}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ password }),
    redirect: "manual",
  });
  if (login.status !== 303) throw new Error(`login failed: ${login.status}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const page = await (await fetch(`${base}/units`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
  return { cookie, csrf };
}
