import type { DocumentMeta, Passage } from "../corpus/types.ts";
import { splitSentences } from "../language/sentences.ts";
import { HEADING_NUMBER } from "../obligations/responsible-parties.ts";
import type { PassageIndex, SearchResult } from "../search/passage-index.ts";
import { analyze, fold, normalize } from "../search/vietnamese-analyzer.ts";
import { blankDocumentReferences } from "./document-reference.ts";
import { documentsNamed, documentsTitled, questionEntities, withoutTitles } from "./question-entities.ts";
import { coverage, topicTerms } from "./refusal-gate.ts";
import { lookUpSection, sectionLabel, sectionTitle } from "./section-label.ts";

/**
 * Questions that ask what a section lists: "… là gì?", "… gồm những gì?", "bao gồm các hoạt động nào?", "có bao
 * nhiêu khoản?", "được quy định như thế nào?".
 */
const ASKS_LIST =
  /\b(?:la gi|gom (?:nhung |cac )?(?:[a-z]+ ){0,2}(?:gi|nao)|bao gom(?: nhung| cac)? (?:gi|[a-z]+ nao)|(?:nhung|cac) [a-z]+(?: [a-z]+)? nao|bao nhieu [a-z]+|may [a-z]+|(?:quy dinh|duoc quy dinh) (?:nhu the nao|the nao|ra sao)|nhu the nao)\b/;

/** "… quy định gì?", "… nói về gì?", "… gồm những nội dung gì?": what a numbered part says. */
const LABEL_ASK =
  /\b(?:quy dinh (?:gi|nhung gi|ve gi|ve van de gi|nhung noi dung gi)|noi (?:ve )?gi|co noi dung gi|gom (?:nhung )?(?:gi|noi dung gi|nhung gi))[\s?.!]*$/;

/** "bao nhiêu khoản chi phí", "mấy nội dung chủ yếu": the count asked and the noun phrase it counts. */
const COUNTED = /(?<![\p{L}])(?:bao nhiêu|bao nhieu|mấy|may)(?:\s+[^\s?,.;:]+){1,3}/giu;

/** "những giấy tờ gì", "các bước nào": the kind of item a list question asks for. */
const ITEM_KIND =
  /(?<![\p{L}])(?:những|các|nhung|cac)(?:\s+[^\s?,.;:]+){1,2}?\s+(?:gì|nào|gi|nao)(?![\p{L}])/giu;

/** Words that ask for a list or a definition, as typed with or without accents. */
const LIST_WORDS =
  /(?<![\p{L}])(?:bao gồm|bao gom|gồm|gom|là gì|la gi|những gì|nhung gi|như thế nào|nhu the nao|thế nào|the nao|ra sao|sau đây|sau day|có|co|là|la|nào|nao|gì|gi)(?![\p{L}])/giu;

/** Whether `a` ranks after `b`, comparing in order: the first difference decides; equal is not after. */
function isAfter(a: readonly number[], b: readonly number[]): boolean {
  const at = a.findIndex((x, i) => x !== b[i]);
  return at >= 0 && (a[at] as number) > (b[at] as number);
}

/** The first two words of what a count question counts, folded: "bao nhiêu nội dung chủ yếu" → "noi dung". */
function countedNoun(question: string): string {
  const m = /\b(?:bao nhieu|may)\s+([a-z]+(?:\s+[a-z]+)?)/.exec(fold(normalize(question)).toLowerCase());
  return m?.[1] ?? "";
}

/** Share of the question's topic a section's title must hold, and of the title's words the question must use. */
const MIN_TOPIC = 0.75;
const MIN_TITLE = 0.6;
/** How many items of a section an answer quotes; the rest are counted. */
export const SECTION_ITEMS_SHOWN = 10;

export interface NamedSection {
  document: DocumentMeta;
  /** The title as written ("Nhiệm vụ của giáo dục thường xuyên", "Phí trọng tài gồm:"). */
  title: string;
  items: Passage[];
}

/** "Điều 42. Nhiệm vụ của giáo dục thường xuyên" → the title; a lead-in → its last sentence ("Phí trọng tài gồm:"). */
function titleOf(heading: string): string {
  const unnumbered = heading.replace(HEADING_NUMBER, "").trim();
  return splitSentences(unnumbered).at(-1) ?? unnumbered;
}

/**
 * The section a question names by its title, when it asks what that section lists: "Nhiệm vụ của giáo dục thường
 * xuyên là gì?" is answered by the items under "Điều 42. Nhiệm vụ của giáo dục thường xuyên", not by the sentences
 * elsewhere that share its words. The title must hold most of the question's topic and the question most of the
 * title's words; the section must list at least two items.
 *
 * @example
 * const section = new SectionFinder(index).find("Nhiệm vụ của giáo dục thường xuyên là gì?", results);
 * section?.items.length // 2
 */
export class SectionFinder {
  constructor(private readonly index: PassageIndex) {}

  find(question: string, results: readonly SearchResult[]): NamedSection | null {
    const byLabel = this.byLabel(question, results);
    if (byLabel) return byLabel;
    if (!ASKS_LIST.test(fold(normalize(question)).toLowerCase())) return null;
    // "Phí trọng tài gồm bao nhiêu khoản chi phí?": what is counted is the items, not the section's topic.
    // The words that ask for the list ("bao gồm", "là gì", "như thế nào") are not its topic either.
    // Nor is the law it is asked of ("Theo quy định của luật Trọng tài thương mại, phán quyết … có bao nhiêu …").
    const asks = withoutTitles(question, documentsTitled(question, this.index.documents.values()));
    // Nor are the documents it cites by number ("TT 24/2009 hướng dẫn QĐ 170"), nor the kind of item it asks for
    // ("gồm những giấy tờ gì": the items are papers, the section is the dossier).
    const terms = topicTerms(
      blankDocumentReferences(asks)
        .replace(COUNTED, " , ")
        .replace(ITEM_KIND, " , ")
        .replace(LIST_WORDS, " , "),
    );
    const asked = new Set(analyze(question, { accents: false }));
    // "bao nhiêu nội dung chủ yếu": a lead-in that introduces what is counted ("… có các nội dung chủ yếu sau đây:")
    // is named by it, however long the lead-in's sentence.
    const counted = countedNoun(question);
    type Best = {
      score: number;
      lead: number;
      named: number;
      depth: number;
      result: SearchResult;
      prefix: string[];
    };
    let best: Best | null = null;
    for (const result of results) {
      const { headings, text } = result.passage;
      // The passage's own text when it opens a list ("Phí trọng tài gồm:"), then every heading above it.
      const levels = text.trimEnd().endsWith(":") ? [...headings, text] : headings;
      levels.forEach((heading, at) => {
        const title = titleOf(heading);
        const words = analyze(title, { accents: false });
        if (words.length === 0) return;
        // The titles above it and the document's say what a bare lead-in ("1. Hồ sơ gồm:") is the list of.
        const chain = [result.document.title, ...levels.slice(0, at).map(titleOf), title].join("\n");
        const score = coverage(this.index.lexical, terms, chain);
        const named = words.filter((w) => asked.has(w)).length / words.length;
        const introduces =
          counted !== "" &&
          heading.trimEnd().endsWith(":") &&
          ` ${fold(normalize(title)).toLowerCase()} `.includes(` ${counted} `);
        if (score < MIN_TOPIC || (named < MIN_TITLE && !introduces)) return;
        // On a tie the title that opens with what the question asks about wins ("Phán quyết trọng tài phải có …" over
        // "Đơn yêu cầu huỷ phán quyết trọng tài phải có …"), then the deeper one ("Phí trọng tài gồm:" lists what
        // "Điều 34. Phí trọng tài" only names), then the one it names more of.
        const first = words.findIndex((w) => asked.has(w));
        const lead = first < 0 ? words.length : first;
        const key = (b: Pick<Best, "score" | "lead" | "named" | "depth">) => [
          b.score,
          -b.lead,
          b.depth,
          b.named,
        ];
        if (best && !isAfter(key({ score, lead, named, depth: at }), key(best))) return;
        best = { score, lead, named, depth: at, result, prefix: levels.slice(0, at + 1) };
      });
    }
    if (!best) return null;
    const { result, prefix } = best as { result: SearchResult; prefix: string[] };
    const items = this.itemsUnder(result, prefix);
    if (items.length < 2) return null;
    return { document: result.document, title: titleOf(prefix.at(-1) ?? ""), items };
  }

  /**
   * The article (or its clause) a question names by its number and asks what it says: "Điều 7 Nghị định 102/2018
   * quy định gì?" lists what stands under Điều 7 of the document found, whatever words it shares with the question.
   */
  private byLabel(question: string, results: readonly SearchResult[]): NamedSection | null {
    const label = sectionLabel(question);
    // Articles and their clauses: an article's title is often a heading only, so everything under it is listed.
    if (!label?.levels[0]?.[0]?.startsWith("dieu") || label.levels.length > 2) return null;
    if (!LABEL_ASK.test(fold(normalize(question)).toLowerCase())) return null;
    // The document the question names by number first ("Nghị định 102/2018"), then those the search found.
    const named = documentsNamed(questionEntities(question), this.index.documents.values());
    for (const document of new Set([...named, ...results.map((r) => r.document)])) {
      const found = lookUpSection(this.index.passagesOf(document.id), label);
      if (!found?.found) continue;
      const [first] = found.passages;
      const article = label.text.replace(/^khoản \d+ /u, "");
      const title = (first && sectionTitle(article, first.headings)) || article;
      return {
        document,
        title: label.levels.length > 1 ? `${title}, ${label.text.split(" Điều")[0]}` : title,
        items: found.passages,
      };
    }
    return null;
  }

  /** The items right under a heading: same headings up to it, one level deeper; or a lead-in's own items. */
  private itemsUnder(result: SearchResult, prefix: readonly string[]): Passage[] {
    const passages = this.index.passagesOf(result.document.id);
    const lead = prefix.at(-1) === result.passage.text ? result.passage : null;
    if (lead)
      return passages.filter(
        (p) => p.path.startsWith(`${lead.path}.`) && !p.path.slice(lead.path.length + 1).includes("."),
      );
    return passages.filter(
      (p) => p.headings.length === prefix.length && prefix.every((h, i) => p.headings[i] === h),
    );
  }
}
