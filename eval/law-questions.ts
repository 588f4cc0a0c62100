/**
 * Real questions nobody here wrote, asked of the product: the 525 ALQAC questions over its 17 laws
 * (`../shared/benchmarks/alqac`), each law written out in full as one Markdown law and ingested like any corpus.
 * Every question is answered by an article of the corpus, so declining one (refused, "not stated", asking back) is a
 * false refusal; the cited passages are checked against the article ALQAC labels relevant. The search was tuned on
 * these questions once (README, "Retrieval"); the refusal gate and the answerers never were. Questions in file
 * order go alternately to an inspected half and a kept-back half, reported apart.
 *
 * Questions written by reading the laws (`eval/laws/questions.jsonl`, dev format: facts, near-misses to refuse or
 * answer "not stated") are asked of the same index and scored like the dev set, halves alternating in file order.
 *
 *   npm run -s eval:law-questions                    # both halves of both sets
 *   npm run -s eval:law-questions -- --show inspected  # and every miss of the inspected halves
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { z } from "zod";
import type { Answer } from "../src/answer/answer.ts";
import { devCases, devQuestionSchema } from "./dev-set.ts";
import { loadJsonl, problemsOf, type QuestionOutcome, runEval, summarize } from "./eval-harness.ts";
import { evalSystem, type OpenedSet, openSetApp } from "./eval-sets.ts";
import { QuoteResolver } from "./gold-match.ts";
import { composeLaw, lawId, readArticles } from "./law-obligations.ts";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const ALQAC = path.resolve(ROOT, "../shared/benchmarks/alqac");
const WRITTEN = path.join(ROOT, "eval", "laws", "questions.jsonl");

/** One ALQAC question; foreign JSON, so read tolerantly (extra fields pass). */
const querySchema = z.object({
  id: z.string(),
  question: z.string(),
  relevant: z.array(z.string()),
  question_type: z.string(),
});
type Query = z.infer<typeof querySchema>;

/** Whether a cited passage is in the article: "luat-cu-tru#dieu38", "#dieu38.2", "#dieu38.2.a", not "#dieu380". */
export function inArticle(passageId: string, documentId: string, article: string): boolean {
  const [doc, place = ""] = passageId.split("#");
  return doc === documentId && new RegExp(`^dieu${article}(?![\\d])`).test(place);
}

interface Outcome {
  query: Query;
  answer: Answer;
  declined: boolean;
  hit: boolean;
}

function summary(name: string, outcomes: readonly Outcome[]): string {
  const n = outcomes.length;
  const rate = (k: number) => (n ? (k / n).toFixed(3) : "—");
  const declined = outcomes.filter((o) => o.declined).length;
  const hits = outcomes.filter((o) => o.hit).length;
  const ms = outcomes.map((o) => o.answer.ms).sort((a, b) => a - b);
  const p95 = ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] ?? 0;
  return `| ${name} | ${n} | ${rate(declined)} | ${rate(hits)} | ${p95} |`;
}

async function main() {
  const opts = new Command()
    .option("--alqac <dir>", "folder with ALQAC corpus.jsonl and queries.jsonl", ALQAC)
    .option("--questions <file>", "questions written by reading the laws (dev format)", WRITTEN)
    .option("--show <half>", "print every miss of this half (inspected only)")
    .parse()
    .opts<{ alqac: string; questions: string; show?: string }>();
  if (opts.show && opts.show !== "inspected")
    throw new Error("Only the inspected half may be shown: --show inspected");
  const queries = loadJsonl(path.join(opts.alqac, "queries.jsonl"), querySchema);
  const { set, articles, close } = await openLawCorpus(path.join(opts.alqac, "corpus.jsonl"));
  const where = new Map(articles.map((a) => [a.id, { doc: lawId(a.law), article: a.article }]));
  try {
    const outcomes: Outcome[] = [];
    for (const query of queries) {
      const answer = await set.app.answerer.answer(query.question);
      const declined = answer.refused || answer.notStated === true || answer.clarify === true;
      const hit = answer.citations.slice(0, 3).some((c) =>
        query.relevant.some((r) => {
          const w = where.get(r);
          return w !== undefined && inArticle(c.passageId, w.doc, w.article);
        }),
      );
      outcomes.push({ query, answer, declined, hit });
    }
    const halves = {
      inspected: outcomes.filter((_, i) => i % 2 === 0),
      "kept-back": outcomes.filter((_, i) => i % 2 === 1),
    };
    const rows = [
      `ALQAC: ${set.ingest.documents} laws, ${set.ingest.passages} passages; every question is answerable.`,
      "",
      "| half | questions | declined (false refusals) | citation hit (relevant article in first 3) | p95 ms |",
      "|---|---:|---:|---:|---:|",
      summary("inspected", halves.inspected),
      summary("kept-back", halves["kept-back"]),
      summary("all", outcomes),
    ];
    console.log(rows.join("\n"));
    if (opts.show === "inspected")
      for (const o of halves.inspected.filter((x) => x.declined || !x.hit))
        console.log(
          `\n- ${o.query.id} [${o.query.question_type}] ${o.declined ? "DECLINED" : "cited elsewhere"} (${o.query.relevant.join(", ")})\n  Q: ${o.query.question}\n  A: ${o.answer.answer.slice(0, 300).replace(/\n/g, " ")}\n  cited: ${o.answer.citations.map((c) => c.passageId).join(", ")}`,
        );
    if (existsSync(opts.questions)) {
      const { outcomes: scored, unresolved } = await askWritten(set, opts.questions);
      console.log(writtenReport(scored, unresolved));
      if (opts.show === "inspected")
        for (const o of scored.filter((_, i) => i % 2 === 0)) {
          const problems = problemsOf(o);
          if (problems.length)
            console.log(
              `\n- ${o.id} [${o.type}] ${problems.join("; ")}\n  Q: ${o.question}\n  A: ${(o.answer ?? "").slice(0, 300).replace(/\n/g, " ")}\n  cited: ${o.cited.slice(0, 3).join(", ")}`,
            );
        }
    }
  } finally {
    close();
  }
}

/**
 * All 17 ALQAC laws written out in full in a temporary folder and ingested as the product does.
 *
 * @example
 * const { set, close } = await openLawCorpus(); try { … set.app.answerer … } finally { close(); }
 */
export async function openLawCorpus(corpus = path.join(ALQAC, "corpus.jsonl")) {
  const articles = readArticles(corpus);
  const byLaw = new Map<string, typeof articles>();
  for (const a of articles) byLaw.set(a.law, [...(byLaw.get(a.law) ?? []), a]);
  const dir = mkdtempSync(path.join(tmpdir(), "troly-law-questions-"));
  for (const [law, list] of byLaw) writeFileSync(path.join(dir, `${lawId(law)}.md`), composeLaw(law, list));
  const set = await openSetApp(dir);
  const close = () => {
    set.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { set, articles, close };
}

/** Asks the questions written by reading the laws; halves alternate in file order (inspected first). */
export async function askWritten(set: OpenedSet, file = WRITTEN) {
  const written = loadJsonl(file, devQuestionSchema);
  const { cases, unresolved } = devCases(written, new QuoteResolver(set.app.index.passages));
  const { outcomes } = await runEval(evalSystem(set.app), cases);
  return {
    outcomes,
    unresolved: unresolved.length,
    halves: {
      inspected: summarize(outcomes.filter((_, i) => i % 2 === 0)),
      "kept-back": summarize(outcomes.filter((_, i) => i % 2 === 1)),
    },
  };
}

/** The written questions' figures per half: facts, citations, false refusals, near-misses declined. */
export function writtenReport(outcomes: readonly QuestionOutcome[], unresolved: number): string {
  const row = (name: string, part: readonly QuestionOutcome[]) => {
    const m = summarize(part);
    const r = (x: number | null) => (x === null ? "—" : x.toFixed(3));
    return `| ${name} | ${part.length} | ${r(m.factAccuracy)} | ${r(m.citationHitRate)} | ${r(m.falseRefusalRate)} | ${r(m.nearMissRefusalRate)} |`;
  };
  return [
    "",
    `Questions written by reading the laws (${unresolved} gold quotes not found in the index):`,
    "",
    "| half | questions | fact accuracy | citation hit | false refusals | near-miss declined |",
    "|---|---:|---:|---:|---:|---:|",
    row(
      "inspected",
      outcomes.filter((_, i) => i % 2 === 0),
    ),
    row(
      "kept-back",
      outcomes.filter((_, i) => i % 2 === 1),
    ),
    row("all", outcomes),
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
