import {
  citationHit,
  declined,
  type EvalMetrics,
  expectationOf,
  problemsOf,
  type QuestionOutcome,
} from "./eval-harness.ts";

/** One set of a run: its figures, gates and questions (see eval/eval-sets.ts). */
export interface RunSet {
  label: string;
  sample: string;
  metrics: EvalMetrics;
  obligations?: Record<string, unknown> | null;
  /** Every gated figure, flat; older runs have only metrics and obligations. */
  figures?: Record<string, number | null>;
  outcomes: QuestionOutcome[];
  gates?: { metric: string; status: string; message: string }[];
}

/** One `npm run eval` run as written to eval/results/<timestamp>-<mode>/results.json. */
export interface EvalRun {
  /** The seeds, at the top level as before the sets existed. */
  metrics: EvalMetrics;
  /** The obligation-extraction score; its numeric gate metrics are charted with the others. */
  obligations?: Record<string, unknown> | null;
  outcomes: QuestionOutcome[];
  mode: string;
  startedAt: string;
  /** seeds, devTune, devHeldout; runs before the dev set have none. */
  sets?: Record<string, RunSet>;
  skipped?: { name: string; reason: string }[];
}

type Kind = "ratio" | "ms" | "count";
type Better = "higher" | "lower" | "none";

/** How each metric is shown; metrics missing here are charted with a generic label. */
const METRICS: Record<string, { label: string; kind: Kind; better: Better }> = {
  questions: { label: "Số câu hỏi", kind: "count", better: "none" },
  inCorpus: { label: "Câu có trong văn bản", kind: "count", better: "none" },
  outOfCorpus: { label: "Câu ngoài văn bản (phải từ chối)", kind: "count", better: "none" },
  recallAt1: { label: "Recall@1", kind: "ratio", better: "higher" },
  recallAt3: { label: "Recall@3", kind: "ratio", better: "higher" },
  recallAt5: { label: "Recall@5", kind: "ratio", better: "higher" },
  mrr: { label: "MRR", kind: "ratio", better: "higher" },
  citationHitRate: { label: "Trích đúng đoạn (top 3)", kind: "ratio", better: "higher" },
  factAccuracy: { label: "Đúng dữ kiện", kind: "ratio", better: "higher" },
  refusalPrecision: { label: "Độ chính xác khi từ chối", kind: "ratio", better: "higher" },
  refusalRecall: { label: "Độ phủ từ chối", kind: "ratio", better: "higher" },
  falseRefusalRate: { label: "Tỷ lệ từ chối nhầm", kind: "ratio", better: "lower" },
  nearMissQuestions: { label: "Câu gần đúng (phải từ chối / nói không nêu)", kind: "count", better: "none" },
  nearMissRefusalRate: { label: "Câu gần đúng được từ chối", kind: "ratio", better: "higher" },
  noTopicQuestions: { label: "Câu không rõ chủ đề", kind: "count", better: "none" },
  noTopicClarifyRate: { label: "Câu không rõ chủ đề được hỏi lại", kind: "ratio", better: "higher" },
  citationPrecision: { label: "Độ chính xác trích dẫn", kind: "ratio", better: "higher" },
  citationRecall: { label: "Độ phủ trích dẫn", kind: "ratio", better: "higher" },
  unsupportedRate: { label: "Tỷ lệ câu không có căn cứ", kind: "ratio", better: "lower" },
  latencyP50Ms: { label: "Thời gian trả lời p50", kind: "ms", better: "lower" },
  latencyP95Ms: { label: "Thời gian trả lời p95", kind: "ms", better: "lower" },
  obligationPrecision: { label: "Trích xuất nghĩa vụ: độ chính xác", kind: "ratio", better: "higher" },
  obligationRecall: { label: "Trích xuất nghĩa vụ: độ phủ", kind: "ratio", better: "higher" },
  obligationF1: { label: "Trích xuất nghĩa vụ: F1", kind: "ratio", better: "higher" },
  deadlineAccuracy: { label: "Trích xuất nghĩa vụ: đúng thời hạn", kind: "ratio", better: "higher" },
  ingestErrors: { label: "Tệp nạp lỗi", kind: "count", better: "lower" },
  ingestPassagesPerSecond: { label: "Tốc độ nạp (đoạn/giây)", kind: "count", better: "higher" },
};
const OBLIGATION_KEYS = ["obligationPrecision", "obligationRecall", "obligationF1", "deadlineAccuracy"];

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
const e = escapeHtml;

/** A run's (or set's) metrics plus the obligation gate metrics, as numbers (a missing metric is undefined). */
function figures(
  run: Pick<EvalRun, "metrics" | "obligations"> | null | undefined,
): Record<string, number | undefined> {
  if (!run) return {};
  const out: Record<string, number | undefined> = {};
  for (const [key, value] of Object.entries(run.metrics ?? {}))
    if (typeof value === "number") out[key] = value;
  for (const key of OBLIGATION_KEYS) {
    const value = run.obligations?.[key];
    if (typeof value === "number") out[key] = value;
  }
  const flat = (run as RunSet).figures;
  for (const [key, value] of Object.entries(flat ?? {})) if (typeof value === "number") out[key] ??= value;
  return out;
}

const describe = (key: string, value: number) =>
  METRICS[key] ?? { label: key, kind: value >= 0 && value <= 1 ? "ratio" : "count", better: "none" };

const formatValue = (kind: Kind, value: number) =>
  kind === "ms" ? `${value} ms` : kind === "ratio" ? String(Math.round(value * 1000) / 1000) : String(value);

/** "▲ +0.012" coloured by whether the change is an improvement; "=" when unchanged, "—" without a previous run. */
function difference(key: string, current: number, previous: number | undefined): string {
  if (previous === undefined) return `<span class="same">—</span>`;
  const { kind, better } = describe(key, current);
  const delta = Math.round((current - previous) * 1000) / 1000;
  if (delta === 0) return `<span class="same">=</span>`;
  const good = better === "none" ? null : delta > 0 === (better === "higher");
  const cls = good === null ? "same" : good ? "good" : "bad";
  const sign = delta > 0 ? "+" : "−";
  const amount = `${sign}${formatValue(kind, Math.abs(delta))}`;
  return `<span class="${cls}">${delta > 0 ? "▲" : "▼"} ${e(amount)}</span>`;
}

const CHART_W = 260;
const CHART_H = 44;
const BAR_Y = 16;
const BAR_H = 16;

/** A horizontal bar for this run with a dark marker at the previous run's value. */
function chart(key: string, current: number, previous: number | undefined): string {
  const { label, kind } = describe(key, current);
  const scale = kind === "ratio" ? 1 : Math.max(current, previous ?? 0) * 1.25 || 1;
  const x = (v: number) => Math.max(0, Math.min(1, v / scale)) * CHART_W;
  const marker =
    previous === undefined
      ? ""
      : `<g class="prev"><title>${e(`Lần trước: ${formatValue(kind, previous)}`)}</title>` +
        `<line x1="${x(previous).toFixed(1)}" x2="${x(previous).toFixed(1)}" y1="${BAR_Y - 4}" y2="${BAR_Y + BAR_H + 4}"/>` +
        `<polygon points="${(x(previous) - 4).toFixed(1)},${BAR_Y - 8} ${(x(previous) + 4).toFixed(1)},${BAR_Y - 8} ${x(previous).toFixed(1)},${BAR_Y - 3}"/></g>`;
  return `<figure class="chart">
<figcaption><span>${e(label)}</span> <b>${e(formatValue(kind, current))}</b> ${difference(key, current, previous)}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_W + 8}" height="${CHART_H}" viewBox="-4 0 ${CHART_W + 8} ${CHART_H}" role="img" aria-label="${e(`${label}: ${formatValue(kind, current)}`)}">
<rect class="track" x="0" y="${BAR_Y}" width="${CHART_W}" height="${BAR_H}" rx="3"/>
<rect class="bar" x="0" y="${BAR_Y}" width="${x(current).toFixed(1)}" height="${BAR_H}" rx="3"><title>${e(`Lần này: ${formatValue(kind, current)}`)}</title></rect>
${marker}
</svg>
<code>${e(key)}</code>
</figure>`;
}

type Verdict = "hit" | "miss" | "refusedCorrectly" | "wronglyRefused" | "wronglyAnswered";
const VERDICTS: Record<Verdict, { label: string; cls: string }> = {
  hit: { label: "✓ hit", cls: "good" },
  miss: { label: "✗ miss", cls: "bad" },
  refusedCorrectly: { label: "refused correctly", cls: "good" },
  wronglyRefused: { label: "wrongly refused", cls: "bad" },
  wronglyAnswered: { label: "wrongly answered", cls: "bad" },
};

/**
 * Same rules as the metrics: a hit is a gold passage among the first three citations; a question that must not
 * be answered from a passage is right when declined the way it asks for ({@link problemsOf}).
 */
export function verdict(o: QuestionOutcome): Verdict {
  if (expectationOf(o) !== "answer") return problemsOf(o).length ? "wronglyAnswered" : "refusedCorrectly";
  if (declined(o)) return "wronglyRefused";
  return citationHit(o) ? "hit" : "miss";
}

const runLabel = (run: EvalRun) => `${run.mode} · ${run.startedAt}`;

const EXPECTED: Record<string, string> = {
  refuse: "phải từ chối",
  not_stated: "phải nói văn bản không nêu",
  clarify: "phải hỏi lại",
};

/** Gold passage ids; for dev questions the quotes, each with the passages it resolved to. */
function goldCell(o: QuestionOutcome): string {
  const expect = expectationOf(o);
  const note = expect === "answer" ? "" : `<span class="muted">(${e(EXPECTED[expect] ?? expect)})</span>`;
  if (o.goldQuotes)
    return [
      note,
      ...o.goldQuotes.map(
        (quote, i) =>
          `<span class="quote">“${e(quote)}”</span> <span class="muted">→ ${e(o.goldSets?.[i]?.join(", ") || "không tìm thấy")}</span>`,
      ),
    ]
      .filter(Boolean)
      .join("<br>");
  return o.gold.length ? o.gold.map(e).join("<br>") : note;
}

function questionRow(o: QuestionOutcome, previous: QuestionOutcome | undefined): string {
  const v = verdict(o);
  const before = previous ? verdict(previous) : undefined;
  const cited = o.refused
    ? `<span class="muted">(${o.clarify ? "hỏi lại" : "từ chối"})</span>`
    : o.cited
        .map((c, i) => {
          const text = e(c);
          return o.gold.includes(c) && i < 3 ? `<mark>${text}</mark>` : text;
        })
        .join("<br>");
  const support =
    o.statements === undefined || o.refused
      ? ""
      : `${o.supported ?? 0}/${o.statements}` +
        (o.citationPairs
          ? ` <span class="muted">(liên quan ${o.relevantPairs ?? 0}/${o.citationPairs})</span>`
          : "");
  const answer = o.answer
    ? `<details><summary>câu trả lời${o.mode ? ` (${e(o.mode)})` : ""}</summary><p class="answer">${e(o.answer)}</p></details>`
    : "";
  const change =
    before && before !== v ? `<br><span class="muted">lần trước: ${e(VERDICTS[before].label)}</span>` : "";
  return `<tr class="row-${VERDICTS[v].cls}">
<td><code>${e(o.id)}</code></td>
<td>${e(o.question)} <span class="muted">[${e(o.type)}]</span>${answer}</td>
<td class="ids">${goldCell(o)}</td>
<td class="ids">${cited}</td>
<td class="verdict ${VERDICTS[v].cls}">${e(VERDICTS[v].label)}${change}</td>
<td class="num">${o.refuse ? "" : `${o.factsFound}/${o.factsTotal}`}</td>
<td class="num">${support}</td>
</tr>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px}
.meta,.muted{color:#656d76}.muted{font-size:12px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:10px}
.chart{margin:0;padding:8px 10px;border:1px solid #d0d7de;border-radius:6px}
.chart figcaption{display:flex;gap:6px;align-items:baseline;flex-wrap:wrap}
.chart figcaption span{flex:1}.chart code{font-size:11px;color:#656d76}
.track{fill:#eaeef2}.bar{fill:#3b82f6}.prev line{stroke:#1f2328;stroke-width:2}.prev polygon{fill:#1f2328}
.good{color:#1a7f37}.bad{color:#cf222e}.warn{color:#9a6700}.same{color:#656d76}
td.bad{background:#ffebe9}td.warn{background:#fff8c5}.quote{font-family:inherit;white-space:normal}
table{border-collapse:collapse;width:100%;margin-top:6px}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}
tr.row-bad td:first-child{border-left:4px solid #cf222e}tr.row-good td:first-child{border-left:4px solid #1a7f37}
td.ids{white-space:nowrap;font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
td.verdict{white-space:nowrap;font-weight:600}
mark{background:#dafbe1}details summary{cursor:pointer;color:#656d76;font-size:12px}
.answer{white-space:pre-wrap;margin:4px 0;font-size:13px}
.legend{display:inline-block;width:14px;height:10px;vertical-align:middle}
`;

/** Verdict counts and one row per question, with the verdict of the same question in the previous run. */
function questionsTable(outcomes: readonly QuestionOutcome[], previous: readonly QuestionOutcome[]): string {
  const counts = Object.fromEntries(
    (Object.keys(VERDICTS) as Verdict[]).map((v) => [v, outcomes.filter((o) => verdict(o) === v).length]),
  ) as Record<Verdict, number>;
  const previousOutcomes = new Map(previous.map((o) => [o.id, o]));
  return `<p class="meta">${(Object.keys(VERDICTS) as Verdict[])
    .map((v) => `<span class="${VERDICTS[v].cls}">${e(VERDICTS[v].label)}</span>: ${counts[v]}`)
    .join(
      " · ",
    )}. Đoạn đúng được trích trong 3 nguồn đầu được tô xanh; “căn cứ” = số câu được nguồn trích hỗ trợ / số câu.</p>
<table class="questions">
<thead><tr><th>#</th><th>Câu hỏi</th><th>Đoạn đúng</th><th>Đoạn đã trích</th><th>Kết quả</th><th>Dữ kiện</th><th>Căn cứ</th></tr></thead>
<tbody>
${outcomes.map((o) => questionRow(o, previousOutcomes.get(o.id))).join("\n")}
</tbody>
</table>`;
}

const SET_ORDER = ["seeds", "devTune", "devHeldout"];
const ordered = (sets: Record<string, RunSet>) =>
  Object.entries(sets).sort(([a], [b]) => SET_ORDER.indexOf(a) - SET_ORDER.indexOf(b));

/**
 * The sets side by side: a row per metric, a column per set (labelled in-sample or held-out) with its change
 * against the same set in the previous run; a figure failing a hard gate is red, one below its target amber.
 */
function setsTable(run: EvalRun, previous?: EvalRun | null): string {
  const sets = ordered(run.sets ?? {});
  const skipped = run.skipped ?? [];
  if (sets.length === 0 && skipped.length === 0) return "";
  const columns = sets.map(([name, set]) => ({
    set,
    now: figures(set),
    before: figures(previous?.sets?.[name]),
    gates: new Map((set.gates ?? []).map((g) => [g.metric, g])),
  }));
  const known = Object.keys(METRICS);
  const keys = [...new Set(columns.flatMap((c) => Object.keys(c.now)))].sort(
    (a, b) => (known.indexOf(a) + 1 || 999) - (known.indexOf(b) + 1 || 999),
  );
  const rows = keys.map((k) => {
    const cells = columns.map(({ now, before, gates }) => {
      const value = now[k];
      if (value === undefined) return `<td class="num muted">—</td>`;
      const gate = gates.get(k);
      const cls = gate?.status === "fail" ? "bad" : gate?.status === "below-target" ? "warn" : "";
      const title = gate && gate.status !== "ok" ? ` title="${e(gate.message)}"` : "";
      return `<td class="num ${cls}"${title}>${e(formatValue(describe(k, value).kind, value))}<br>${difference(k, value, before[k])}</td>`;
    });
    return `<tr><td>${e(describe(k, 0).label)} <code class="muted">${e(k)}</code></td>${cells.join("")}</tr>`;
  });
  return `<h2>Ba bộ câu hỏi</h2>
<p class="meta">Mỗi bộ có chỉ mục riêng. <b>in-sample</b>: quy tắc đã được viết hoặc chỉnh khi nhìn các câu này; <b>held-out</b>: chưa. <span class="bad">Đỏ</span>: dưới ngưỡng bắt buộc; <span class="warn">vàng</span>: chưa đạt mục tiêu (không làm hỏng kiểm thử).${skipped.map((s) => ` ${e(s.name)}: bỏ qua — ${e(s.reason)}.`).join("")}</p>
<table class="sets">
<thead><tr><th>Chỉ số</th>${columns.map((c) => `<th>${e(c.set.label)} <span class="muted">(${e(c.set.sample)})</span></th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

/**
 * A self-contained HTML page for one eval run: inline CSS and SVG only. The sets side by side, a chart per
 * seed metric (bar = this run, marker = the previous run), the metrics with their change, and every question of
 * every set with its verdict.
 *
 * @example
 * writeFileSync("report.html", htmlReport(run, previousRun));
 */
export function htmlReport(run: EvalRun, previous?: EvalRun | null): string {
  const now = figures(run);
  const before = figures(previous);
  const keys = Object.keys(now).filter((k) => now[k] !== undefined);
  const charted = keys.filter((k) => describe(k, now[k] as number).kind !== "count");
  const metricRows = keys.map((k) => {
    const value = now[k] as number;
    const { label, kind } = describe(k, value);
    const old = before[k];
    return `<tr><td>${e(label)} <code class="muted">${e(k)}</code></td><td class="num">${e(formatValue(kind, value))}</td><td class="num">${old === undefined ? "" : e(formatValue(kind, old))}</td><td class="num">${difference(k, value, old)}</td></tr>`;
  });
  const otherSets = ordered(run.sets ?? {}).filter(([name]) => name !== "seeds");
  const seedsTitle = run.sets?.seeds ? " — bộ mẫu (seeds, in-sample)" : "";
  const title = `Đánh giá chất lượng — ${run.mode} — ${run.startedAt}`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Đánh giá chất lượng trả lời</h1>
<p class="meta">Lần chạy: <b>${e(runLabel(run))}</b> · ${run.outcomes.length} câu hỏi · so với: ${
    previous ? `<b>${e(runLabel(previous))}</b>` : "không có lần chạy trước"
  }</p>
<p class="meta"><span class="legend" style="background:#3b82f6"></span> lần này &nbsp; <span class="legend" style="background:#1f2328;width:3px"></span> lần trước &nbsp; <span class="good">▲/▼ tốt lên</span> &nbsp; <span class="bad">▲/▼ kém đi</span></p>
${setsTable(run, previous)}
<h2>Biểu đồ chỉ số${seedsTitle}</h2>
<section class="charts">
${charted.map((k) => chart(k, now[k] as number, before[k])).join("\n")}
</section>
<h2>Bảng chỉ số${seedsTitle}</h2>
<table class="metrics">
<thead><tr><th>Chỉ số</th><th>Lần này</th><th>Lần trước</th><th>Chênh lệch</th></tr></thead>
<tbody>
${metricRows.join("\n")}
</tbody>
</table>
<h2>Từng câu hỏi${seedsTitle}</h2>
${questionsTable(run.outcomes, previous?.outcomes ?? [])}
${otherSets
  .map(
    ([name, set]) => `<h2>Từng câu hỏi — ${e(set.label)} (${e(set.sample)})</h2>
${questionsTable(set.outcomes, previous?.sets?.[name]?.outcomes ?? [])}`,
  )
  .join("\n")}
</body>
</html>
`;
}
