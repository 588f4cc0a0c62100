import { z } from "zod";
import type { Obligation } from "../src/obligations/obligation.ts";
import { foldKeepingOffsets } from "../src/obligations/party-view.ts";
import { loadJsonl } from "./eval-harness.ts";
import type { QuoteResolver } from "./gold-match.ts";

/** A gold deadline: kind, due day and recurrence are scored, `text` is the phrase as written. */
export const deadlineSchema = z.strictObject({
  kind: z.enum(["date", "period_end", "event", "continuous", "none"]),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  recurrence: z.enum(["yearly", "quarterly", "monthly", "periodic"]).nullable(),
  text: z.string(),
});

/** Our own file: parsed strictly so a typo in the gold set fails loudly. */
export const goldObligationSchema = z.strictObject({
  documentId: z.string().min(1),
  passageId: z.string().min(1),
  responsible: z.array(z.string().min(1)).min(1),
  action: z.string().min(1),
  deadline: deadlineSchema,
});
export type GoldObligation = z.infer<typeof goldObligationSchema>;

/** What scoring needs of a gold obligation; where its passage is differs (an id for seeds, a quote for dev). */
export interface ScorableGold {
  documentId: string;
  responsible: string[];
  deadline: z.infer<typeof deadlineSchema>;
}

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

const sameDeadline = (a: ScorableGold["deadline"], b: Obligation["deadline"]) =>
  a.kind === b.kind && a.due === b.due && a.recurrence === b.recurrence;

export interface ObligationScore<G extends ScorableGold = GoldObligation> {
  gold: number;
  /** Extracted obligations that precision is measured over. */
  extracted: number;
  matched: number;
  /** null when no document is complete enough to measure it over. */
  precision: number | null;
  recall: number;
  f1: number | null;
  /** Among obligations paired by passage and parties, the share whose kind, due day and recurrence are right. */
  deadlineAccuracy: number;
  missed: G[];
  /**
   * Why the missed gold was missed: nothing extracted from its passage, or only obligations of other parties there.
   * Counts, so a held-out set can say where it fails without showing its rows.
   */
  missedWhy: { noneInPassage: number; otherParties: number };
  /** Extracted, unmatched, within the precision scope. */
  spurious: Obligation[];
  wrongDeadlines: { gold: G; extracted: Obligation }[];
}

export interface ScoreOptions<G> {
  /** Whether an extracted obligation sits in the gold's passage; by default equal passage ids. */
  samePassage?: (extracted: Obligation, gold: G) => boolean;
  /**
   * The documents whose every obligation is in the gold: precision counts only extracted obligations from these
   * (recall counts all gold). By default every extracted obligation.
   */
  completeDocuments?: ReadonlySet<string>;
}

const samePassageId = (e: Obligation, g: ScorableGold) => e.passageId === (g as GoldObligation).passageId;

/**
 * Scores extraction against the hand-written gold: an obligation counts when its passage, parties and deadline
 * (kind, due, recurrence) all match; pairs are one-to-one.
 *
 * @example
 * scoreObligations(extracted, loadGoldObligations("eval/obligations.gold.jsonl")).precision
 */
export function scoreObligations<G extends ScorableGold = GoldObligation>(
  extracted: readonly Obligation[],
  gold: readonly G[],
  options: ScoreOptions<G> = {},
): ObligationScore<G> {
  const samePassage = options.samePassage ?? samePassageId;
  const free = new Set(extracted);
  const pair = (g: G, strict: boolean) => {
    const hit = [...free].find(
      (e) =>
        samePassage(e, g) &&
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
  const missed = gold.filter((_, i) => !exact[i] && !loose[i]);
  const otherParties = missed.filter((g) => extracted.some((e) => samePassage(e, g))).length;
  const scope = options.completeDocuments;
  const inScope = (e: Obligation) => !scope || scope.has(e.documentId);
  const scoped = extracted.filter(inScope);
  const scopedMatches = exact.filter((e): e is Obligation => e !== undefined && inScope(e)).length;
  const precision = scope?.size === 0 ? null : scoped.length ? scopedMatches / scoped.length : 0;
  const recall = gold.length ? matched / gold.length : 0;
  return {
    gold: gold.length,
    extracted: scoped.length,
    matched,
    precision,
    recall,
    f1: precision === null ? null : precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    deadlineAccuracy: paired ? matched / paired : 0,
    missed,
    missedWhy: { noneInPassage: missed.length - otherParties, otherParties },
    spurious: [...free].filter(inScope),
    wrongDeadlines,
  };
}

/** A dev gold obligation: its passage is whichever passage holds its quote (see {@link QuoteResolver}). */
export interface QuotedGold extends ScorableGold {
  quote: string;
  complete?: boolean;
}

/**
 * Scores extraction against gold whose passages are quotes: an extracted obligation is in the gold's passage when
 * that passage holds the quote. Precision is measured over the documents marked `"complete": true`.
 */
export function scoreQuotedObligations<G extends QuotedGold>(
  extracted: readonly Obligation[],
  gold: readonly G[],
  resolver: QuoteResolver,
): ObligationScore<G> & { unresolved: G[] } {
  const passages = new Map(gold.map((g) => [g, new Set(resolver.resolve(g.documentId, g.quote))]));
  const completeDocuments = new Set(gold.filter((g) => g.complete).map((g) => g.documentId));
  const score = scoreObligations(extracted, gold, {
    samePassage: (e, g) => passages.get(g)?.has(e.passageId) === true,
    completeDocuments,
  });
  return { ...score, unresolved: gold.filter((g) => passages.get(g)?.size === 0) };
}

/** Where a gold obligation is: its passage id, or its quote. */
const placeOf = (g: ScorableGold) =>
  "passageId" in g ? String(g.passageId) : `${g.documentId} “${String((g as QuotedGold).quote)}”`;

/** The Markdown section `npm run eval` adds: the figures, then every miss with both sides. */
export function obligationReport<G extends ScorableGold>(score: ObligationScore<G>, level = 2): string {
  const r = (x: number | null) => (x === null ? "—" : Math.round(x * 1000) / 1000);
  const h = "#".repeat(level);
  const deadline = (d: ScorableGold["deadline"]) =>
    `${d.kind} ${d.due ?? "-"} ${d.recurrence ?? "-"} "${d.text}"`;
  const lines = [
    `${h} Obligation extraction`,
    "",
    `| metric | value |`,
    `|---|---|`,
    `| gold obligations | ${score.gold} |`,
    `| extracted | ${score.extracted} |`,
    `| precision | ${r(score.precision)} |`,
    `| recall | ${r(score.recall)} |`,
    `| F1 | ${r(score.f1)} |`,
    `| deadline accuracy | ${r(score.deadlineAccuracy)} |`,
    "",
    `${h}# Missed (in gold, not extracted)`,
    ...score.missed.map((g) => `- ${placeOf(g)} — ${g.responsible.join("; ")} — ${deadline(g.deadline)}`),
    "",
    `${h}# Spurious (extracted, not in gold)`,
    ...score.spurious.map((e) => `- ${e.passageId} — ${e.responsible.join("; ")} — ${deadline(e.deadline)}`),
    "",
    `${h}# Wrong deadline (gold → extracted)`,
    ...score.wrongDeadlines.map(
      (w) => `- ${placeOf(w.gold)}: ${deadline(w.gold.deadline)} → ${deadline(w.extracted.deadline)}`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
