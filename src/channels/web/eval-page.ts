import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ServerContext } from "../../server/http-server.ts";
import { dataTable, html } from "./html.ts";
import { EVAL_SET, metricLabel } from "./labels.ts";
import { page, type WebContext } from "./web-context.ts";

/** GET /eval/report — the newest self-contained report.html that `npm run eval` wrote (charts, per question). */
export function evalReport(ctx: WebContext, c: ServerContext): Response {
  const dir = ctx.resultsDir;
  const newest = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "report.html")))
        .map((d) => d.name)
        .sort()
        .at(-1)
    : undefined;
  if (!newest)
    return page(ctx, c, {
      title: "Đánh giá chất lượng",
      path: "/eval",
      body: html`<p>Chưa có báo cáo. Chạy <code>npm run eval</code>.</p>`,
      status: 404,
    });
  return new Response(readFileSync(path.join(dir, newest, "report.html")), {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    },
  });
}

interface Outcome {
  id: string;
  question: string;
  gold: string[];
  cited: string[];
  refused: boolean;
  refuse: boolean;
}
interface Latest {
  metrics: Record<string, number | null>;
  obligations?: Record<string, unknown>;
  outcomes: Outcome[];
  sets?: Record<string, { figures?: Record<string, number | null> }>;
}

const figure = (v: number | null | undefined) =>
  v === null || v === undefined
    ? "—"
    : Number.isInteger(v)
      ? v.toLocaleString("vi-VN")
      : v.toLocaleString("vi-VN", { maximumFractionDigits: 3 });

/** GET /eval — the latest `npm run eval` figures (the sets side by side, in Vietnamese) and the seed misses. */
export function evalPage(ctx: WebContext, c: ServerContext): Response {
  const file = path.join(ctx.resultsDir, "latest.json");
  if (!existsSync(file))
    return page(ctx, c, {
      title: "Đánh giá chất lượng",
      path: "/eval",
      body: html`<p>Chưa có kết quả. Chạy <code>npm run eval</code> rồi tải lại trang.</p>`,
    });
  const latest = JSON.parse(readFileSync(file, "utf8")) as Latest;
  const seeds = {
    ...latest.metrics,
    ...Object.fromEntries(
      Object.entries(latest.obligations ?? {}).filter((e): e is [string, number] => typeof e[1] === "number"),
    ),
  };
  const sets = Object.entries(latest.sets ?? {}).filter(([, s]) => s.figures);
  const columns = sets.length > 0 ? sets.map(([key]) => EVAL_SET[key] ?? key) : ["Giá trị"];
  const keys =
    sets.length > 0
      ? [...new Set(sets.flatMap(([, s]) => Object.keys(s.figures ?? {})))]
      : Object.keys(seeds);
  const rows = keys.map((key) => ({
    cells: [
      metricLabel(key),
      ...(sets.length > 0 ? sets.map(([, s]) => figure(s.figures?.[key])) : [figure(seeds[key])]),
    ],
  }));
  const misses = latest.outcomes.filter((o) =>
    o.refuse ? !o.refused : o.refused || !o.gold.some((g) => o.cited.slice(0, 3).includes(g)),
  );
  return page(ctx, c, {
    title: "Đánh giá chất lượng",
    path: "/eval",
    body: html`<p><a href="/eval/report">Báo cáo đầy đủ (biểu đồ, so sánh với lần chạy trước, từng câu hỏi)</a></p>${dataTable(["Chỉ số", ...columns], rows, { keep: true })}
<h2>Câu hỏi mẫu chưa đạt (${misses.length})</h2>${dataTable(
      ["Câu hỏi", "Đoạn đúng", "Đã trích"],
      misses.map((o) => ({
        cells: [
          o.question,
          o.gold.join(", ") || "(phải từ chối)",
          o.refused ? "(từ chối)" : o.cited.join(", "),
        ],
      })),
    )}`,
  });
}
