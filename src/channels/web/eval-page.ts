import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { html } from "./html.ts";
import { page, type WebContext } from "./web-context.ts";

/** GET /eval/report — the newest self-contained report.html that `npm run eval` wrote (charts, per question). */
export function evalReport(
  ctx: WebContext,
  req: IncomingMessage,
  res: ServerResponse,
  resultsDir: string,
): void {
  const newest = existsSync(resultsDir)
    ? readdirSync(resultsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(resultsDir, d.name, "report.html")))
        .map((d) => d.name)
        .sort()
        .at(-1)
    : undefined;
  if (!newest) {
    page(ctx, req, res, {
      title: "Đánh giá chất lượng",
      path: "/eval",
      body: html`<p>Chưa có báo cáo. Chạy <code>npm run eval</code>.</p>`,
      status: 404,
    });
    return;
  }
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  });
  res.end(readFileSync(path.join(resultsDir, newest, "report.html")));
}

/** GET /eval — the latest `npm run eval` report, as written to eval/results/latest.json. */
export function evalPage(
  ctx: WebContext,
  req: IncomingMessage,
  res: ServerResponse,
  resultsDir: string,
): void {
  const file = path.join(resultsDir, "latest.json");
  if (!existsSync(file)) {
    page(ctx, req, res, {
      title: "Đánh giá chất lượng",
      path: "/eval",
      body: html`<p>Chưa có kết quả. Chạy <code>npm run eval</code> rồi tải lại trang.</p>`,
    });
    return;
  }
  const latest = JSON.parse(readFileSync(file, "utf8")) as {
    metrics: Record<string, number>;
    obligations?: Record<string, unknown>;
    outcomes: {
      id: string;
      question: string;
      gold: string[];
      cited: string[];
      refused: boolean;
      refuse: boolean;
    }[];
  };
  const figures = {
    ...latest.metrics,
    ...Object.fromEntries(Object.entries(latest.obligations ?? {}).filter(([, v]) => typeof v === "number")),
  };
  const misses = latest.outcomes.filter((o) =>
    o.refuse ? !o.refused : o.refused || !o.gold.some((g) => o.cited.slice(0, 3).includes(g)),
  );
  page(ctx, req, res, {
    title: "Đánh giá chất lượng",
    path: "/eval",
    body: html`<p><a href="/eval/report">Báo cáo đầy đủ (biểu đồ, so sánh với lần chạy trước, từng câu hỏi)</a></p><table><thead><tr><th>Chỉ số</th><th>Giá trị</th></tr></thead><tbody>${Object.entries(figures).map(([k, v]) => html`<tr><td>${k}</td><td>${String(v)}</td></tr>`)}</tbody></table>
<h2>Câu hỏi chưa đạt (${misses.length})</h2><table><thead><tr><th>Câu hỏi</th><th>Đoạn đúng</th><th>Đã trích</th></tr></thead><tbody>${misses.map((o) => html`<tr><td>${o.question}</td><td>${o.gold.join(", ") || "(phải từ chối)"}</td><td>${o.refused ? "(từ chối)" : o.cited.join(", ")}</td></tr>`)}</tbody></table>`,
  });
}
