import { z } from "zod";
import type { Obligation } from "../src/obligations/obligation.ts";
import { foldKeepingOffsets } from "../src/obligations/responsible-parties.ts";
import { loadJsonl } from "./eval-harness.ts";

/** Our own file: parsed strictly so a typo in the gold set fails loudly. */
export const goldObligationSchema = z.strictObject({
  documentId: z.string().min(1),
  passageId: z.string().min(1),
  responsible: z.array(z.string().min(1)).min(1),
  action: z.string().min(1),
  deadline: z.strictObject({
    kind: z.enum(["date", "period_end", "event", "continuous", "none"]),
    due: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    recurrence: z.enum(["yearly", "quarterly", "monthly", "periodic"]).nullable(),
    text: z.string(),
  }),
});
export type GoldObligation = z.infer<typeof goldObligationSchema>;

export function loadGoldObligations(file: string): GoldObligation[] {
  return loadJsonl(file, goldObligationSchema);
}

const IGNORED = new Set(["cac", "va", "cua"]);
const syllables = (parties: readonly string[]) =>
  new Set(
    foldKeepingOffsets(parties.join(" "))
      .split(/[^\p{L}\p{N}]+/u)
      .filter((s) => s && !IGNORED.has(s)),
  );

/** Parties agree when their folded syllables overlap by at least 0.6 (Jaccard): splitting into items is free. */
export function sameParties(a: readonly string[], b: readonly string[]): boolean {
  const x = syllables(a);
  const y = syllables(b);
  const shared = [...x].filter((s) => y.has(s)).length;
  const union = x.size + y.size - shared;
  return union === 0 || shared / union >= 0.6;
}

const sameDeadline = (a: GoldObligation["deadline"], b: Obligation["deadline"]) =>
  a.kind === b.kind && a.due === b.due && a.recurrence === b.recurrence;

export interface ObligationScore {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  /** Among obligations paired by passage and parties, the share whose kind, due day and recurrence are right. */
  deadlineAccuracy: number;
  missed: GoldObligation[];
  spurious: Obligation[];
  wrongDeadlines: { gold: GoldObligation; extracted: Obligation }[];
}

/**
 * Scores extraction against the hand-written gold: an obligation counts when its passage, parties and deadline
 * (kind, due, recurrence) all match; pairs are one-to-one.
 *
 * @example
 * scoreObligations(extracted, loadGoldObligations("eval/obligations.gold.jsonl")).precision
 */
export function scoreObligations(
  extracted: readonly Obligation[],
  gold: readonly GoldObligation[],
): ObligationScore {
  const free = new Set(extracted);
  const pair = (g: GoldObligation, strict: boolean) => {
    const hit = [...free].find(
      (e) =>
        e.passageId === g.passageId &&
        sameParties(e.responsible, g.responsible) &&
        (!strict || sameDeadline(g.deadline, e.deadline)),
    );
    if (hit) free.delete(hit);
    return hit;
  };
  const exact = gold.map((g) => pair(g, true));
  const matched = exact.filter(Boolean).length;
  const loose = gold.map((g, i) => (exact[i] ? undefined : pair(g, false)));
  const wrongDeadlines = gold.flatMap((g, i) =>
    loose[i] ? [{ gold: g, extracted: loose[i] as Obligation }] : [],
  );
  const paired = matched + wrongDeadlines.length;
  return {
    gold: gold.length,
    extracted: extracted.length,
    matched,
    precision: extracted.length ? matched / extracted.length : 0,
    recall: gold.length ? matched / gold.length : 0,
    deadlineAccuracy: paired ? matched / paired : 0,
    missed: gold.filter((_, i) => !exact[i] && !loose[i]),
    spurious: [...free],
    wrongDeadlines,
  };
}

/** The Markdown section `npm run eval` adds: the three figures, then every miss with both sides. */
export function obligationReport(score: ObligationScore): string {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const deadline = (d: GoldObligation["deadline"]) =>
    `${d.kind} ${d.due ?? "-"} ${d.recurrence ?? "-"} "${d.text}"`;
  const lines = [
    "## Obligation extraction",
    "",
    `| metric | value |`,
    `|---|---|`,
    `| gold obligations | ${score.gold} |`,
    `| extracted | ${score.extracted} |`,
    `| precision | ${r(score.precision)} |`,
    `| recall | ${r(score.recall)} |`,
    `| deadline accuracy | ${r(score.deadlineAccuracy)} |`,
    "",
    "### Missed (in gold, not extracted)",
    ...score.missed.map((g) => `- ${g.passageId} — ${g.responsible.join("; ")} — ${deadline(g.deadline)}`),
    "",
    "### Spurious (extracted, not in gold)",
    ...score.spurious.map((e) => `- ${e.passageId} — ${e.responsible.join("; ")} — ${deadline(e.deadline)}`),
    "",
    "### Wrong deadline (gold → extracted)",
    ...score.wrongDeadlines.map(
      (w) => `- ${w.gold.passageId}: ${deadline(w.gold.deadline)} → ${deadline(w.extracted.deadline)}`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
