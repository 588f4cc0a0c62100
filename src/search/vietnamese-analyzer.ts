/**
 * The Vietnamese analyzer shared by indexing and querying.
 *
 * Vietnamese writes words as space-separated syllables ("quy hoạch", "cán bộ"), so single syllables are weak
 * evidence; adjacent-syllable bigrams recover most multi-syllable words without a dictionary. Officers often type
 * without diacritics, so every term is indexed in folded form (đ→d, accents dropped); an accented copy of a
 * syllable is added only as a tie-breaker. Document numbers ("20-NQ/TU", "08/2024/QĐ-UBND") and dates stay
 * whole as well.
 *
 * Terms carry a one-character kind prefix so the index can weight them: see {@link termKind}.
 */

import { fold, normalize } from "../language/vietnamese-text.ts";
import { foldWord, visitTerms } from "./term-scanner.ts";

export { fold, normalize };

/** Folded syllable, e.g. "hoach". */
export const UNIGRAM = "u";
/** Two adjacent folded syllables within one phrase, e.g. "quy hoach". */
export const BIGRAM = "b";
/** A document number or date kept whole, e.g. "20-nq/tu". */
export const NUMBER = "n";
/** A syllable with its diacritics, e.g. "hoạch"; emitted for queries only when the query has diacritics. */
export const ACCENTED = "a";

export type TermKind = typeof UNIGRAM | typeof BIGRAM | typeof NUMBER | typeof ACCENTED;

/** True when the text carries any Vietnamese diacritic (so the typist used accents). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== text;
}

export interface AnalyzeOptions {
  /** Emit accented unigrams (kind "a"). Documents always get them; queries only when typed with accents. */
  accents?: boolean;
  /** Folded unigrams to drop before bigrams are formed (query-side question words). */
  stopwords?: ReadonlySet<string>;
  /** Emit bigrams (default true). */
  bigrams?: boolean;
}

/**
 * Splits text into index terms, each prefixed with its kind.
 *
 * @example
 * analyze("Quy hoạch 20-NQ/TU")
 * // ["uquy", "uhoach", "bquy hoach", "u20", "unq", "utu", "n20-nq/tu", "ahoạch", …]
 */
export function analyze(text: string, options: AnalyzeOptions = {}): string[] {
  const { accents = true, bigrams = true } = options;
  const terms: string[] = [];
  let previous = "";
  visitTerms(text, options.stopwords, {
    number: (folded) => terms.push(NUMBER + folded),
    word: (word, joined) => {
      const folded = foldWord(word);
      terms.push(UNIGRAM + folded);
      if (accents && folded !== word) terms.push(ACCENTED + word);
      if (bigrams && joined) terms.push(`${BIGRAM}${previous} ${folded}`);
      previous = folded;
    },
  });
  return terms;
}

/** Question words that carry no topic ("nào", "gì", "đúng hay sai"); dropped from queries only. */
export const QUERY_STOPWORDS: ReadonlySet<string> = new Set([
  "nao",
  "gi",
  "ai",
  "sao",
  "khong",
  "hay",
  "vay",
  "a",
  "ha",
  "nhi",
  "hoi",
  "xin",
  "oi",
  "thi",
  "la",
  "co",
  "cua",
  "va",
  "cac",
  "nhung",
  "duoc",
  "voi",
  "cho",
]);

/** Strips the closing "…, đúng hay sai?" of true/false questions, which names no topic. */
export function stripQuestionForm(query: string): string {
  return query.replace(/[,\s]*(đúng|dung)\s+(hay|hoặc|hoac)\s+(sai)\s*\??\s*$/iu, "");
}

/**
 * Analyzes a user's question: question words removed, accented terms only if the user typed accents.
 *
 * @example
 * analyzeQuery("han chot ra soat quy hoach la khi nao?")
 */
export function analyzeQuery(query: string): string[] {
  const text = stripQuestionForm(query);
  return analyze(text, { accents: hasDiacritics(text), stopwords: QUERY_STOPWORDS });
}

/**
 * The pairs a query forms with a small count in its other spelling: "lớp 1" is written "lớp một" in a law, and
 * "lớp một" may be "lớp 1". Searched as well as the query's own terms; not topic of their own (the refusal gate
 * does not count them).
 *
 * @example
 * numeralAlternates("tre may tuoi vao hoc lop 1") // ["blop mot"]
 */
export function numeralAlternates(query: string): string[] {
  const text = stripQuestionForm(query);
  const other = text.replace(NUMERAL, (w) =>
    /\d/.test(w) ? (SPELLED_NUMBERS[Number(w)] ?? w) : String(SPELLED_NUMBERS.indexOf(fold(w).toLowerCase())),
  );
  if (other === text) return [];
  const known = new Set(analyze(text, { accents: false, stopwords: QUERY_STOPWORDS }));
  return analyze(other, { accents: false, stopwords: QUERY_STOPWORDS }).filter(
    (t) => t.startsWith(BIGRAM) && !known.has(t),
  );
}

/** Counts one to ten as words, folded: index = value. */
const SPELLED_NUMBERS = ["", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"];
/**
 * A bare count of one to ten (not part of a date, a number or a decimal), or the same count spelled: with accents,
 * or without them where the folded word means nothing else ("năm" is also a year, "ba" a father, "sau" after).
 */
const NUMERAL =
  /(?<![\d/.,-])\b(?:10|[1-9])\b(?![\d/.,-])|(?<![\p{L}])(?:một|mot|hai|bốn|bon|sáu|bảy|tám|chín|chin|mười|muoi)(?![\p{L}])/giu;

export function termKind(term: string): TermKind {
  return term[0] as TermKind;
}

/** The readable part of a term, without its kind prefix. */
export function termText(term: string): string {
  return term.slice(1);
}
