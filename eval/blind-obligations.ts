/**
 * The second, blind annotation of the documents' obligations (eval/dev/obligations.blind.jsonl): helpers who saw
 * neither the first gold nor the extractor wrote every obligation of some documents again. Scored here:
 * - the extractor against it: on a tune set in two halves of its documents (the `inspected` half may be read to find
 *   failures, the `kept` half is only ever measured), on a held-out set as a whole (none of it is ever read);
 * - the first gold against it (`agreement`): how far two careful annotators differ, the ceiling of any extractor.
 */
import type { Obligation } from "../src/obligations/obligation.ts";
import type { DevGoldObligation } from "./dev-set.ts";
import type { QuoteResolver } from "./gold-match.ts";
import { type ObligationScore, scoreQuotedObligations } from "./obligation-metrics.ts";

export type BlindHalf = "inspected" | "kept";

/** The counts of one comparison; rows are left out so a kept half never shows its misses. */
export type BlindFigures = { documents: number } & Pick<
  ObligationScore<DevGoldObligation>,
  "gold" | "extracted" | "matched" | "precision" | "recall" | "f1" | "missedWhy"
>;

export interface BlindResult {
  /** Tune sets only: the half whose misses may be read, and the half only ever measured. */
  inspected?: BlindFigures;
  kept?: BlindFigures;
  /** Every blind document of the set. */
  all: BlindFigures;
  /** The first gold scored as if extracted, over all the blind documents. */
  agreement: BlindFigures;
}

/**
 * The half a document belongs to: the blind documents in sorted order, alternately inspected and kept.
 *
 * @example
 * blindHalves(["b", "a", "c"]) // Map { "a" => "inspected", "b" => "kept", "c" => "inspected" }
 */
export function blindHalves(documents: Iterable<string>): Map<string, BlindHalf> {
  const sorted = [...new Set(documents)].sort();
  return new Map(sorted.map((d, i) => [d, i % 2 === 0 ? "inspected" : "kept"]));
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

function figures(
  extracted: readonly Obligation[],
  gold: readonly DevGoldObligation[],
  resolver: QuoteResolver,
): BlindFigures {
  const documents = new Set(gold.map((g) => g.documentId));
  const own = extracted.filter((e) => documents.has(e.documentId));
  const score = scoreQuotedObligations(own, gold, resolver);
  return {
    documents: documents.size,
    gold: score.gold,
    extracted: score.extracted,
    matched: score.matched,
    precision: round(score.precision),
    recall: round(score.recall) as number,
    f1: round(score.f1),
    missedWhy: score.missedWhy,
  };
}

/** The first gold as obligations in the passages its quotes point to, so it can be scored like an extractor. */
function asExtracted(first: readonly DevGoldObligation[], resolver: QuoteResolver): Obligation[] {
  return first.flatMap((g) => {
    const passageId = resolver.resolve(g.documentId, g.quote)[0];
    return passageId
      ? [
          {
            documentId: g.documentId,
            passageId,
            responsible: g.responsible,
            deadline: g.deadline,
          } as Obligation,
        ]
      : [];
  });
}

/**
 * Scores the extractor and the first gold against the blind annotation; `halves: false` for a held-out set, whose
 * documents are all kept back.
 *
 * @example
 * scoreBlind(listObligations(app.db), blind, dev.obligations, new QuoteResolver(app.index.passages)).kept?.f1
 */
export function scoreBlind(
  extracted: readonly Obligation[],
  blind: readonly DevGoldObligation[],
  first: readonly DevGoldObligation[],
  resolver: QuoteResolver,
  { halves = true }: { halves?: boolean } = {},
): BlindResult {
  const half = blindHalves(blind.map((g) => g.documentId));
  const of = (h: BlindHalf) => blind.filter((g) => half.get(g.documentId) === h);
  const firstOnBlind = first.filter((g) => half.has(g.documentId));
  return {
    ...(halves && {
      inspected: figures(extracted, of("inspected"), resolver),
      kept: figures(extracted, of("kept"), resolver),
    }),
    all: figures(extracted, blind, resolver),
    agreement: figures(asExtracted(firstOnBlind, resolver), blind, resolver),
  };
}

/**
 * The lines `npm run eval` prints: the kept half first, since it is the figure that was not tuned on.
 *
 * @example
 * blindSummary("dev-tune", result) // "dev-tune obligations against the blind annotation: kept half …"
 */
export function blindSummary(label: string, result: BlindResult): string {
  const line = (name: string, f: BlindFigures) =>
    `  ${name}: ${f.documents} documents, gold ${f.gold}, extracted ${f.extracted}, ` +
    `P/R/F1 ${f.precision ?? "—"} / ${f.recall} / ${f.f1 ?? "—"}`;
  const { kept, inspected } = result;
  return [
    `\n${label} obligations against the blind annotation (eval/dev/obligations.blind.jsonl):`,
    ...(kept && inspected
      ? [line("kept half (never inspected)", kept), line("inspected half (in-sample once read)", inspected)]
      : [line("all documents (never inspected)", result.all)]),
    line("first gold vs blind (agreement)", result.agreement),
  ].join("\n");
}
