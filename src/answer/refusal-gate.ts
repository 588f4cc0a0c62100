import type { LexicalIndex } from "../search/lexical-index.ts";
import { analyze, analyzeQuery, fold, NUMBER, normalize, termKind } from "../search/vietnamese-analyzer.ts";

/** Query terms that count as topic evidence: syllables, syllable pairs and document numbers. */
export function topicTerms(question: string): string[] {
  return [...new Set(analyzeQuery(question).filter((t) => termKind(t) !== "a"))];
}

/**
 * IDF-weighted share of the question's topic terms that a passage contains. Terms the corpus has never seen
 * weigh as much as the rarest known term: a question full of unknown words is about something else.
 */
export function coverage(index: LexicalIndex, terms: readonly string[], passageText: string): number {
  const present = new Set(analyze(passageText, { accents: false }));
  const maxIdf = Math.log(1 + (index.size + 0.5) / 0.5);
  let total = 0;
  let covered = 0;
  for (const term of terms) {
    const weight = index.idf(term) || maxIdf;
    total += weight;
    if (present.has(term)) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

/** A document number in the question ("99-NQ/TU") that no indexed passage mentions. */
export function unknownDocumentNumber(index: LexicalIndex, terms: readonly string[]): string | null {
  const unknown = terms.find(
    (t) => t.startsWith(NUMBER) && /\p{L}/u.test(t.slice(NUMBER.length)) && index.idf(t) === 0,
  );
  return unknown ? unknown.slice(1) : null;
}

const INJECTION = [
  /\b(bo qua|phot lo|quen|ignore|disregard|forget)\b.{0,30}\b(huong dan|chi dan|chi thi|quy tac|lenh|instructions?|rules?|prompt)\b/,
  /\b(system prompt|developer mode|jailbreak|mat khau|password|api key|token)\b/,
  /\b(bia ra|tu nghi ra|make up|invent)\b/,
];

/**
 * Questions that try to override the assistant ("bỏ qua mọi hướng dẫn…", "ignore previous instructions") or ask
 * it to invent facts. The extractive answerer could not obey them anyway; refusing says so plainly.
 */
export function looksLikeInjection(question: string): boolean {
  const q = fold(normalize(question));
  return INJECTION.some((pattern) => pattern.test(q));
}
