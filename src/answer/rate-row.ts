/**
 * The table row that pays a rate ("thương binh 81%") when the question names no document and the passages found do
 * not state the amount: a Pháp lệnh names the case, the appendix of a Nghị định pays it.
 */
import type { DocumentMeta } from "../corpus/types.ts";
import type { PassageIndex, SearchResult } from "../search/passage-index.ts";
import { type AskedFact, conditionFigures, figureFit, namesItem, statesFact } from "./answer-type.ts";
import { contextText, documentContext, foldedWords } from "./passage-context.ts";
import { disagreement, documentsTitled, questionEntities } from "./question-entities.ts";
import { coverage, topicTerms } from "./refusal-gate.ts";

/** How deep the search looks for the rows. */
const ROW_DEPTH = 60;

/**
 * Among the table rows found deeper that state the asked amount and write the rate (or the narrowest range holding
 * it): of several versions of one text (a decree and its consolidations, by the number they consolidate), only the
 * latest; then those most on the question's topic with their headings, the closest rate, the latest document. A row
 * that names the question's subject only as another's kin ("Cha đẻ, mẹ đẻ … của bệnh binh") pays someone else. Null
 * when the question names a document or gives no rate.
 *
 * @example
 * (await rateRowElsewhere(index, "Thương binh 81% được trợ cấp hằng tháng bao nhiêu?", fact, options))?.passage.id
 * // "4804-2024-vbhn-bltbxh#plII-r21"
 */
export async function rateRowElsewhere(
  index: PassageIndex,
  question: string,
  fact: AskedFact,
  options: { aliases: (doc: DocumentMeta) => string[]; minCoverage: number },
): Promise<SearchResult | null> {
  const entities = questionEntities(question);
  const rates = conditionFigures(question).filter((g) => g.endsWith("%"));
  if (
    rates.length === 0 ||
    entities.numbers.length + entities.bareNumbers.length > 0 ||
    documentsTitled(question, index.documents.values()).length > 0
  )
    return null;
  const subject = subjectOfRate(question);
  const rows = (await index.search(question, ROW_DEPTH)).filter((r) => {
    const text = contextText(r);
    return (
      /-r\d+$/.test(r.passage.path) &&
      rates.every((g) => Number.isFinite(figureFit(r.passage.text, g))) &&
      statesFact(r.passage.text, fact) &&
      namesItem(text, fact) &&
      !(subject && onlyAsKin(r.passage.text, subject)) &&
      disagreement(entities, r.document, text, documentContext(index, r.document.id)) === null
    );
  });
  const base = (doc: DocumentMeta) => foldedWords(options.aliases(doc)[0] ?? doc.number);
  const latest = new Map<string, string>();
  for (const { document } of rows)
    if ((latest.get(base(document)) ?? "") < document.issuedDate)
      latest.set(base(document), document.issuedDate);
  const inForce = rows.filter((r) => latest.get(base(r.document)) === r.document.issuedDate);
  const terms = topicTerms(question);
  const cover = new Map(inForce.map((r) => [r, coverage(index.lexical, terms, contextText(r), question)]));
  const distance = (r: SearchResult) => rates.reduce((sum, g) => sum + figureFit(r.passage.text, g), 0);
  const ranked = inForce
    .filter((r) => (cover.get(r) ?? 0) >= options.minCoverage)
    .sort(
      (a, b) =>
        (cover.get(b) ?? 0) - (cover.get(a) ?? 0) ||
        distance(a) - distance(b) ||
        b.document.issuedDate.localeCompare(a.document.issuedDate),
    );
  return ranked[0] ?? null;
}

/** The first two words before the rate a question gives, folded: "bệnh binh 61% …" → "benh binh". */
function subjectOfRate(question: string): string | null {
  const before = foldedWords(question).split(/\s\d/)[0] ?? "";
  const words = before.split(" ").filter((w) => w && !["cho", "theo", "muc", "tro", "cap"].includes(w));
  return words.length >= 2 ? words.slice(0, 2).join(" ") : null;
}

/** Whether a row names the subject only after "của": it pays the subject's kin, not the subject. */
function onlyAsKin(text: string, subject: string): boolean {
  const folded = foldedWords(text);
  const all = folded.split(subject).length - 1;
  const owned = folded.split(`cua ${subject}`).length - 1;
  return owned > 0 && owned === all;
}
