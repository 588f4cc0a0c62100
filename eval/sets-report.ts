/**
 * The Markdown of a three-set run: the sets side by side (each labelled in-sample or held-out, each figure
 * marked when it fails a hard gate or is below its target), then each set's own report with its misses.
 */
import { markdownReport } from "./eval-harness.ts";
import type { SkippedSet } from "./eval-sets.ts";
import { SET_INFO, type SetResult } from "./eval-sets.ts";
import { type GateMetric, type GateResult, SET_NAMES } from "./gates.ts";
import { obligationReport } from "./obligation-metrics.ts";

export type EvaluatedSet = SetResult & { gates: GateResult[] };

/** The rows of the side-by-side table: a figure of {@link SetResult.figures}, or a count read off the set. */
const ROWS: { label: string; value: (s: SetResult) => number | string | null; metric?: GateMetric }[] = [
  { label: "questions", value: (s) => s.metrics.questions },
  { label: "answerable / to decline", value: (s) => `${s.metrics.inCorpus} / ${s.metrics.outOfCorpus}` },
  ...(
    [
      ["Recall@1", "recallAt1"],
      ["Recall@3", "recallAt3"],
      ["Recall@5", "recallAt5"],
      ["MRR", "mrr"],
      ["citation hit (gold in first 3 citations)", "citationHitRate"],
      ["fact accuracy (answerable)", "factAccuracy"],
      ["refusal precision", "refusalPrecision"],
      ["refusal recall", "refusalRecall"],
      ["false refusals (answerable declined)", "falseRefusalRate"],
      ["near-miss refused or 'not stated'", "nearMissRefusalRate"],
      ["no-topic refused or asked back", "noTopicClarifyRate"],
      ["citation precision", "citationPrecision"],
      ["citation recall", "citationRecall"],
      ["unsupported statements", "unsupportedRate"],
      ["answer latency p50 (ms)", "latencyP50Ms"],
      ["answer latency p95 (ms)", "latencyP95Ms"],
      ["obligation precision (complete documents)", "obligationPrecision"],
      ["obligation recall", "obligationRecall"],
      ["obligation F1", "obligationF1"],
      ["deadline accuracy", "deadlineAccuracy"],
    ] as const
  ).map(([label, metric]) => ({ label, metric, value: (s: SetResult) => s.figures[metric] ?? null })),
  { label: "gold obligations", value: (s) => s.obligations?.gold ?? null },
  {
    label: "missed: none from its passage / other parties",
    value: (s) =>
      s.obligations
        ? `${s.obligations.missedWhy.noneInPassage} / ${s.obligations.missedWhy.otherParties}`
        : null,
  },
  { label: "spurious (complete documents)", value: (s) => s.obligations?.spurious.length ?? null },
  { label: "gold not found in the index", value: (s) => s.unresolvedGold.length },
  { label: "documents / passages indexed", value: (s) => `${s.ingest.documents} / ${s.ingest.passages}` },
  { label: "files that failed to ingest", value: (s) => s.ingest.errors.length, metric: "ingestErrors" },
  {
    label: "ingest passages/s",
    value: (s) => s.ingest.passagesPerSecond,
    metric: "ingestPassagesPerSecond",
  },
];

/** "0.78 ✗ min 0.8", "0.78 ↓ target 0.9", or the bare value. */
function mark(value: string, gate: GateResult | undefined): string {
  if (!gate || gate.status === "ok") return value;
  if (gate.status === "fail") {
    const bound = gate.gate.min !== undefined ? `min ${gate.gate.min}` : `max ${gate.gate.max}`;
    return `${value} ✗ ${bound}`;
  }
  return `${value} ↓ target ${gate.gate.target}`;
}

/** The sets side by side, one column per set in the order seeds, dev-tune, dev-heldout. */
export function summaryTable(sets: readonly EvaluatedSet[], skipped: readonly SkippedSet[]): string {
  const columns = SET_NAMES.map((name) => ({
    name,
    set: sets.find((s) => s.name === name),
    skipped: skipped.find((s) => s.name === name),
  })).filter((c) => c.set || c.skipped);
  const header = columns.map((c) => `${SET_INFO[c.name].label} (${SET_INFO[c.name].sample})`);
  const rows = ROWS.map((row) => {
    const cells = columns.map(({ set }) => {
      if (!set) return "skipped";
      const value = row.value(set);
      const text = value === null ? "—" : String(value);
      return mark(text, row.metric && set.gates.find((g) => g.metric === row.metric));
    });
    return `| ${row.label} | ${cells.join(" | ")} |`;
  });
  return [
    `| metric | ${header.join(" | ")} |`,
    `|---|${columns.map(() => "---:").join("|")}|`,
    ...rows,
    "",
    "✗ fails a hard gate (`min`/`max` in eval/thresholds.json); ↓ below its target (reported, does not fail). " +
      "In-sample: the rules were written or tuned looking at these questions; held-out: not.",
  ].join("\n");
}

/** Ingest problems and gold that points nowhere: what makes a set's figures less than they seem. */
function caveats(set: EvaluatedSet): string[] {
  const lines: string[] = [];
  if (set.ingest.fallback)
    lines.push(
      "- The product's ingest stopped on a file; the set was ingested file by file so it could be measured.",
    );
  for (const e of set.ingest.errors) lines.push(`- ingest error: ${e.file}:${e.line}: ${e.message}`);
  for (const u of set.unresolvedGold) lines.push(`- gold of ${u.id} not found in ${u.doc}: “${u.quote}”`);
  return lines;
}

/** latest.md: the summary, the gates not met, then every set's report. */
export function setsMarkdown(
  sets: readonly EvaluatedSet[],
  skipped: readonly SkippedSet[],
  meta: { mode: string; startedAt: string },
): string {
  const gates = sets.flatMap((s) =>
    s.gates
      .filter((g) => g.status !== "ok")
      .map((g) => `- ${s.label}: ${g.status === "fail" ? "FAILS" : "below target"} — ${g.message}`),
  );
  const sections = sets.map((s) => {
    const title = `${s.label} (${s.sample}) — ${s.corpusDir}`;
    const notes = caveats(s);
    return [
      markdownReport(s.metrics, s.outcomes, { title, level: 2 }),
      ...(notes.length ? ["### Ingest and gold", "", ...notes, ""] : []),
      s.obligations
        ? obligationReport(s.obligations, 3)
        : "### Obligation extraction\n\nNo gold obligations.\n",
    ].join("\n");
  });
  return [
    `# Evaluation — ${meta.mode} — ${meta.startedAt}`,
    "",
    summaryTable(sets, skipped),
    "",
    ...skipped.map((s) => `- ${SET_INFO[s.name].label} skipped: ${s.reason}`),
    "",
    "## Gates not met",
    "",
    ...(gates.length ? gates : ["None."]),
    "",
    ...sections,
  ].join("\n");
}
