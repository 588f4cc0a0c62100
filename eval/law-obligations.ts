/**
 * A second, unseen obligation set: the responsibility articles of Vietnamese laws from the ALQAC benchmark
 * (`../shared/benchmarks/alqac/corpus.jsonl`), which nobody tuned the extractor on. Each law's articles whose
 * heading assigns work ("Trách nhiệm của …", "Nhiệm vụ …") are written out as one Markdown law, ingested like any
 * corpus, and the extracted obligations are scored against `eval/laws/obligations.gold.jsonl` (written by reading
 * those articles). The laws are split alternately into an inspected half and a kept-back half, reported apart.
 *
 *   npm run -s eval:laws                      # score both halves
 *   npm run -s eval:laws -- --write-docs DIR  # write the composed laws, to annotate them
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { z } from "zod";
import type { Obligation } from "../src/obligations/obligation.ts";
import { listObligations } from "../src/obligations/obligation-store.ts";
import { loadJsonl } from "./eval-harness.ts";
import { openSetApp } from "./eval-sets.ts";
import { QuoteResolver } from "./gold-match.ts";
import {
  deadlineSchema,
  type ObligationScore,
  obligationReport,
  scoreQuotedObligations,
} from "./obligation-metrics.ts";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const ALQAC = path.resolve(ROOT, "../shared/benchmarks/alqac/corpus.jsonl");
/** Each set's gold: "duties" in obligations.gold.jsonl, every other set in <set>.gold.jsonl. */
const goldOf = (set: LawSet) =>
  path.join(ROOT, "eval", "laws", set === "duties" ? "obligations.gold.jsonl" : `${set}.gold.jsonl`);

/** Headings of articles that give parties work; citizens' own duties ("Trách nhiệm đối với …") are not taken. */
const ASSIGNS_WORK = /trách nhiệm của|nhiệm vụ/iu;

/** One ALQAC article; foreign JSON, so read tolerantly (extra fields pass). */
const articleSchema = z.object({
  id: z.string(),
  law: z.string(),
  article: z.coerce.string(),
  text: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

/** The articles of ALQAC's corpus.jsonl. */
export const readArticles = (file: string): Article[] => loadJsonl(file, articleSchema);

/** "Luật Phòng, chống ma túy" → "luat-phong-chong-ma-tuy": the document id of the composed law. */
export function lawId(law: string): string {
  const ascii = law.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * Which articles a set takes: those assigning duties by their heading, procedures with a time limit, or a sample of
 * the other articles (ordinary law text, where most sentences are rights, definitions and rules, not work).
 */
export type LawSet =
  | "duties"
  | "procedures"
  | "sample"
  | "sample-b"
  | "sample-c"
  | "sample-d"
  | "sample-e"
  | "sample-f"
  | "sample-g"
  | "sample-h"
  | "sample-i";
export const LAW_SETS: readonly LawSet[] = [
  "duties",
  "procedures",
  "sample",
  "sample-b",
  "sample-c",
  "sample-d",
  "sample-e",
  "sample-f",
  "sample-g",
  "sample-h",
  "sample-i",
];
type SampleSet = Exclude<LawSet, "duties" | "procedures">;
const isSample = (set: LawSet): set is SampleSet => set.startsWith("sample");

/** Articles per law in the sample set, evenly spaced over the articles no other set takes. */
const SAMPLE_PER_LAW = 8;

/** "Trong thời hạn 07 ngày làm việc …": a step with a time limit, the way procedures are written. */
const TIME_LIMIT = /[Tt]rong thời hạn \S+ (?:ngày|tháng)/u;
/** Laws left out of the procedures set: the Constitution has none, the codes of procedure would outweigh the rest. */
const NOT_PROCEDURES = new Set(["Hiến pháp", "Bộ luật dân sự", "Luật Tố tụng hành chính"]);

function takes(set: Exclude<LawSet, SampleSet>, row: Article): boolean {
  const heading = row.text.split("\n")[0] ?? "";
  const duties = heading.length <= 200 && ASSIGNS_WORK.test(heading);
  if (set === "duties") return duties;
  return !duties && !NOT_PROCEDURES.has(row.law) && TIME_LIMIT.test(row.text);
}

/**
 * The sample: per law, {@link SAMPLE_PER_LAW} articles evenly spaced among those neither other set takes, from the
 * middle of each stretch. The second sample ("sample-b", written after rules were changed on the first) takes the
 * start of each stretch among the articles the first did not take; the third ("sample-c", ninth session) a quarter
 * into each stretch among the articles neither took; the fourth ("sample-d", eleventh session) three quarters into
 * each stretch among the articles none of the three took; the fifth ("sample-e", fourteenth session) an eighth into
 * each stretch among the articles none of the four took; the sixth ("sample-f", fifteenth session) five eighths into
 * each stretch among the articles none of the five took; the seventh ("sample-g", sixteenth session) three eighths
 * into each stretch among the articles none of the six took; the eighth ("sample-h", seventeenth session) seven
 * eighths into each stretch among the articles none of the seven took; the ninth ("sample-i", eighteenth session) a
 * sixteenth into each stretch among the articles none of the eight took.
 */
function sampled(rows: readonly Article[], set: SampleSet = "sample"): Set<Article> {
  // Each sample in the order it was written, among the articles the earlier ones left.
  const taken = new Set<Article>();
  for (const [name, offset] of SAMPLE_OFFSETS) {
    const chosen = sampleOnce(rows, offset, taken);
    if (name === set) return chosen;
    for (const row of chosen) taken.add(row);
  }
  throw new Error(`unknown sample ${set}`);
}

/** Where in each stretch a sample takes its article, in the order the samples were written. */
const SAMPLE_OFFSETS: readonly (readonly [SampleSet, number])[] = [
  ["sample", 0.5],
  ["sample-b", 0],
  ["sample-c", 0.25],
  ["sample-d", 0.75],
  ["sample-e", 0.125],
  ["sample-f", 0.625],
  ["sample-g", 0.375],
  ["sample-h", 0.875],
  ["sample-i", 0.0625],
];

/** Per law, up to {@link SAMPLE_PER_LAW} articles `offset` into each stretch, among the articles no set has taken. */
function sampleOnce(rows: readonly Article[], offset: number, taken: ReadonlySet<Article>): Set<Article> {
  const byLaw = new Map<string, Article[]>();
  for (const row of rows) {
    if (takes("duties", row) || (takes("procedures", row) && !NOT_PROCEDURES.has(row.law))) continue;
    if (TIME_LIMIT.test(row.text) || taken.has(row)) continue;
    byLaw.set(row.law, [...(byLaw.get(row.law) ?? []), row]);
  }
  const chosen = new Set<Article>();
  for (const articles of byLaw.values()) {
    articles.sort((a, b) => Number(a.article) - Number(b.article));
    const n = Math.min(SAMPLE_PER_LAW, articles.length);
    for (let i = 0; i < n; i++)
      chosen.add(articles[Math.floor(((i + offset) * articles.length) / n)] as Article);
  }
  return chosen;
}

/** The laws with the articles of a set, in article order, laws sorted by id. */
export function lawsWithDuties(
  rows: readonly Article[],
  set: LawSet = "duties",
): { id: string; law: string; articles: Article[] }[] {
  const byLaw = new Map<string, Article[]>();
  const sample = isSample(set) ? sampled(rows, set) : null;
  for (const row of rows) {
    if (sample ? !sample.has(row) : !takes(set as Exclude<LawSet, SampleSet>, row)) continue;
    byLaw.set(row.law, [...(byLaw.get(row.law) ?? []), row]);
  }
  return [...byLaw]
    .map(([law, articles]) => ({
      id: lawId(law),
      law,
      articles: articles.sort((a, b) => Number(a.article) - Number(b.article)),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The law as an official text would print it: issuer, motto, kind and name, then "Điều n. Heading" and its body. */
export function composeLaw(law: string, articles: readonly Pick<Article, "article" | "text">[]): string {
  const name = law.replace(/^(?:Bộ luật|Luật)\s+/u, "");
  const kind = law.startsWith("Bộ luật") ? "BỘ LUẬT" : law.startsWith("Luật") ? "LUẬT" : "";
  const head = [
    "QUỐC HỘI",
    "-------",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
  ];
  const title = kind ? [kind, "", name.toUpperCase()] : [law.toUpperCase()];
  const body = articles.map((a) => {
    const [first = "", ...rest] = a.text.split("\n");
    // Articles of the Constitution have no title: their first line is already text ("Quốc hội có … sau đây:").
    const titled = first.length < 200 && !/[.;:]$/.test(first.trim());
    const title = titled ? ` ${first.trim()}` : "";
    return `Điều ${a.article}.${title}\n\n${(titled ? rest.join("\n") : a.text).trim()}`;
  });
  return `${[...head, "", ...title, ""].join("\n")}\n${body.join("\n\n")}\n`;
}

export type LawGold = z.infer<typeof lawGoldSchema>;

const lawGoldSchema = z.strictObject({
  documentId: z.string().min(1),
  quote: z.string().min(1),
  responsible: z.array(z.string().min(1)).min(1),
  action: z.string().min(1),
  deadline: deadlineSchema,
  /** The law is annotated exhaustively over its composed articles (the duties set); else a sample (recall only). */
  complete: z.boolean().optional(),
});

export type Half = "inspected" | "kept-back" | "all";

/**
 * Composes a set's laws into `dir`, ingests them as the product does and scores what it extracts against the gold,
 * per half.
 *
 * @example
 * const { scores } = await scoreLawSet("duties");
 * scores["kept-back"].f1 // 0.843
 */
export async function scoreLawSet(
  lawSet: LawSet,
  options: { alqac?: string; gold?: string } = {},
): Promise<{ scores: Record<Half, ObligationScore<LawGold> & { unresolved: LawGold[] }> }> {
  const laws = lawsWithDuties(readArticles(options.alqac ?? ALQAC), lawSet);
  const dir = mkdtempSync(path.join(tmpdir(), "troly-laws-"));
  for (const law of laws) writeFileSync(path.join(dir, `${law.id}.md`), composeLaw(law.law, law.articles));
  const gold = loadJsonl(options.gold ?? goldOf(lawSet), lawGoldSchema);
  const set = await openSetApp(dir);
  try {
    const extracted = listObligations(set.app.db);
    const resolver = new QuoteResolver(set.app.index.passages);
    const half = (i: number): Half => (i % 2 === 0 ? "inspected" : "kept-back");
    // Duties: whole laws alternate. Procedures and the sample: articles alternate (by law, then article), since two
    // laws hold most of the steps with time limits and a split by law would leave one half nearly empty.
    const lawHalf = new Map(laws.map((l, i) => [l.id, half(i)]));
    const articleHalf = new Map(
      laws.flatMap((l) => l.articles.map((a) => `${l.id}#dieu${a.article}`)).map((key, i) => [key, half(i)]),
    );
    const halfOfPassage = (passageId: string) => {
      if (lawSet === "duties") return lawHalf.get(passageId.split("#")[0] ?? "");
      return articleHalf.get(/^[^#]+#dieu\d+/.exec(passageId)?.[0] ?? "");
    };
    const goldHalf = (g: LawGold) => {
      const [passage] = resolver.resolve(g.documentId, g.quote);
      return passage ? halfOfPassage(passage) : undefined;
    };
    const score = (name: Half) => {
      const g = gold.filter((x) => name === "all" || goldHalf(x) === name);
      const docs = new Set(g.map((x) => x.documentId));
      const inHalf = (e: Obligation) =>
        docs.has(e.documentId) && (name === "all" || halfOfPassage(e.passageId) === name);
      return scoreQuotedObligations(extracted.filter(inHalf), g, resolver);
    };
    return { scores: { inspected: score("inspected"), "kept-back": score("kept-back"), all: score("all") } };
  } finally {
    set.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const opts = new Command()
    .option("--alqac <file>", "ALQAC corpus.jsonl", ALQAC)
    .option(
      "--set <name>",
      "duties (responsibility articles), procedures (steps with a time limit), sample, sample-b … sample-i (other articles)",
      "duties",
    )
    .option("--gold <file>", "gold obligations (default: eval/laws/<set>.gold.jsonl)")
    .option("--write-docs <dir>", "write the composed laws to this folder and stop")
    .option(
      "--show <half>",
      "print every miss of this half (inspected only: the kept-back half is never read)",
    )
    .parse()
    .opts<{ alqac: string; set: LawSet; gold?: string; writeDocs?: string; show?: string }>();
  if (!LAW_SETS.includes(opts.set)) throw new Error(`--set is one of ${LAW_SETS.join(", ")}`);
  if (opts.show && opts.show !== "inspected")
    throw new Error("Only the inspected half may be shown: --show inspected");
  if (!existsSync(opts.alqac)) throw new Error(`ALQAC corpus not found at ${opts.alqac}`);
  if (opts.writeDocs) {
    const laws = lawsWithDuties(readArticles(opts.alqac), opts.set);
    mkdirSync(opts.writeDocs, { recursive: true });
    for (const law of laws)
      writeFileSync(path.join(opts.writeDocs, `${law.id}.md`), composeLaw(law.law, law.articles));
    console.log(laws.map((l) => `${l.id}: ${l.articles.length} articles`).join("\n"));
    return;
  }
  const { scores } = await scoreLawSet(opts.set, { alqac: opts.alqac, gold: opts.gold });
  const r = (x: number | null) => (x === null ? "—" : x.toFixed(3));
  const rows = [
    "| half | gold | extracted | P | R | F1 | missed: none / other parties | gold not found |",
    "|---|---:|---:|---:|---:|---:|---|---:|",
    ...(["inspected", "kept-back", "all"] as const).map((name) => {
      const s = scores[name];
      return `| ${name} | ${s.gold} | ${s.extracted} | ${r(s.precision)} | ${r(s.recall)} | ${r(s.f1)} | ${s.missedWhy.noneInPassage} / ${s.missedWhy.otherParties} | ${s.unresolved.length} |`;
    }),
  ];
  console.log(rows.join("\n"));
  if (opts.show === "inspected") console.log(`\n${obligationReport(scores.inspected, 3)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
