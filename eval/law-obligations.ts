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
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { z } from "zod";
import { listObligations } from "../src/obligations/obligation-store.ts";
import { loadJsonl } from "./eval-harness.ts";
import { openSetApp } from "./eval-sets.ts";
import { QuoteResolver } from "./gold-match.ts";
import { deadlineSchema, obligationReport, scoreQuotedObligations } from "./obligation-metrics.ts";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const ALQAC = path.resolve(ROOT, "../shared/benchmarks/alqac/corpus.jsonl");
const GOLD = path.join(ROOT, "eval", "laws", "obligations.gold.jsonl");

/** Headings of articles that give parties work; citizens' own duties ("Trách nhiệm đối với …") are not taken. */
const ASSIGNS_WORK = /trách nhiệm của|nhiệm vụ/iu;

interface Article {
  law: string;
  article: string;
  text: string;
}

/** "Luật Phòng, chống ma túy" → "luat-phong-chong-ma-tuy": the document id of the composed law. */
export function lawId(law: string): string {
  const ascii = law.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** The laws with their work-assigning articles, in article order, laws sorted by id. */
export function lawsWithDuties(rows: readonly Article[]): { id: string; law: string; articles: Article[] }[] {
  const byLaw = new Map<string, Article[]>();
  for (const row of rows) {
    const heading = row.text.split("\n")[0] ?? "";
    if (heading.length > 200 || !ASSIGNS_WORK.test(heading)) continue;
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
export function composeLaw(law: string, articles: readonly Article[]): string {
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

const lawGoldSchema = z.strictObject({
  documentId: z.string().min(1),
  quote: z.string().min(1),
  responsible: z.array(z.string().min(1)).min(1),
  action: z.string().min(1),
  deadline: deadlineSchema,
  /** Every law is annotated exhaustively over its composed articles. */
  complete: z.literal(true),
});

function readArticles(file: string): Article[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Article);
}

async function main() {
  const opts = new Command()
    .option("--alqac <file>", "ALQAC corpus.jsonl", ALQAC)
    .option("--gold <file>", "gold obligations", GOLD)
    .option("--write-docs <dir>", "write the composed laws to this folder and stop")
    .option(
      "--show <half>",
      "print every miss of this half (inspected only: the kept-back half is never read)",
    )
    .parse()
    .opts<{ alqac: string; gold: string; writeDocs?: string; show?: string }>();
  if (opts.show && opts.show !== "inspected")
    throw new Error("Only the inspected half may be shown: --show inspected");
  if (!existsSync(opts.alqac)) throw new Error(`ALQAC corpus not found at ${opts.alqac}`);
  const laws = lawsWithDuties(readArticles(opts.alqac));
  const dir = opts.writeDocs ?? mkdtempSync(path.join(tmpdir(), "troly-laws-"));
  mkdirSync(dir, { recursive: true });
  for (const law of laws) writeFileSync(path.join(dir, `${law.id}.md`), composeLaw(law.law, law.articles));
  if (opts.writeDocs) {
    console.log(laws.map((l, i) => `${l.id} ${i % 2 === 0 ? "inspected" : "kept-back"}`).join("\n"));
    return;
  }
  const gold = loadJsonl(opts.gold, lawGoldSchema);
  const set = await openSetApp(dir);
  try {
    const extracted = listObligations(set.app.db);
    const resolver = new QuoteResolver(set.app.index.passages);
    const half = (i: number) => (i % 2 === 0 ? "inspected" : "kept-back");
    const halfOf = new Map(laws.map((l, i) => [l.id, half(i)]));
    const rows: string[] = [
      "| half | laws | gold | extracted | P | R | F1 | missed: none / other parties | gold not found |",
    ];
    rows.push("|---|---:|---:|---:|---:|---:|---:|---|---:|");
    let shown = "";
    for (const name of ["inspected", "kept-back", "all"]) {
      const inHalf = (doc: string) => name === "all" || halfOf.get(doc) === name;
      const g = gold.filter((x) => inHalf(x.documentId));
      const docs = new Set(g.map((x) => x.documentId));
      const s = scoreQuotedObligations(
        extracted.filter((e) => docs.has(e.documentId)),
        g,
        resolver,
      );
      const r = (x: number | null) => (x === null ? "—" : x.toFixed(3));
      rows.push(
        `| ${name} | ${docs.size} | ${s.gold} | ${s.extracted} | ${r(s.precision)} | ${r(s.recall)} | ${r(s.f1)} | ${s.missedWhy.noneInPassage} / ${s.missedWhy.otherParties} | ${s.unresolved.length} |`,
      );
      if (name === opts.show) shown = obligationReport(s, 3);
    }
    console.log(rows.join("\n"));
    if (shown) console.log(`\n${shown}`);
  } finally {
    set.close();
    if (!opts.writeDocs) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
