import { normalize } from "../search/vietnamese-analyzer.ts";
import { topicTerms } from "./refusal-gate.ts";

/**
 * The turn from a question's context to what it asks: "NĐ 87 căn cứ Luật Giáo dục …; vậy Luật Giáo dục có hiệu lực
 * từ ngày nào?". Officers state what they know first, then ask.
 */

/** Words that turn to the question proper, as written or typed without diacritics: "vậy", "còn". */
export const TURN_WORDS = "vậy|vay|còn";

/**
 * "…; vậy Luật Cư trú đó có hiệu lực từ ngày nào": the question proper after "vậy" (group 1), as written or folded.
 * Punctuation closes the context: without it "vay" is a word ("tnxp được vay vốn …": a loan) or a closing particle.
 *
 * @example
 * ASKING_CLAUSE.exec("NĐ 87 căn cứ Luật Giáo dục; vậy luật đó có hiệu lực khi nào")?.[1] // "luật đó có hiệu lực khi nào"
 */
export const ASKING_CLAUSE = /[;,.?]\s*(?:vậy|vay)\s+(.+)$/iu;

/** "theo Luật BHXH 2014": a law named as the source, by its name and year, opening the question or its proper. */
const LAW_SOURCE =
  /(?:^|[,;:]\s*|(?<![\p{L}])(?:vậy|vay)\s+)theo\s+((?:bộ\s+|bo\s+)?(?:luật|luat)\s+[\p{L} ]{2,40}?\s+(?:năm\s+|nam\s+)?(?:19|20)\d{2})(?!\d)/iu;

/**
 * The law a question asks by, normalized ("luật bhxh 2014", ending with its year), when it names one by name and
 * year as its source.
 *
 * @example
 * lawAsSource("…; vậy theo Luật BHXH 2014, trợ cấp tuất bằng bao nhiêu %?") // "luật bhxh 2014"
 */
export function lawAsSource(question: string): string | null {
  return LAW_SOURCE.exec(normalize(question))?.[1] ?? null;
}

/**
 * The topic terms only the context writes, before the question proper ("…; vậy …", or the last clause after ";"):
 * none when the question is one clause.
 */
export function contextTerms(question: string): Set<string> {
  const text = normalize(question);
  const proper =
    ASKING_CLAUSE.exec(text)?.[1] ?? (text.includes(";") ? text.slice(text.lastIndexOf(";") + 1) : "");
  if (proper.trim() === "") return new Set();
  const asked = new Set(topicTerms(proper));
  return new Set(topicTerms(text.slice(0, text.length - proper.length)).filter((t) => !asked.has(t)));
}
