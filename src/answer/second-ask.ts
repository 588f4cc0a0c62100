/**
 * Questions that ask two facts in two clauses ("… từ đủ 2 năm trở xuống được trợ cấp bao nhiêu, trên 2 năm thì mỗi năm
 * cộng thêm bao nhiêu?"): the last clause, asked on its own, when the answer to the whole does not state it.
 */
import { splitSentences } from "../language/sentences.ts";
import { type AskedFact, askedFacts, statesFact } from "./answer-type.ts";

/** The clause separators of a question: a comma or semicolon. */
const CLAUSES = /\s*[,;]\s*/u;

/**
 * The question's last clause and what it asks, when it asks a fact of its own after earlier clauses that ask one too;
 * else null.
 *
 * @example
 * secondAsk("trợ cấp bao nhiêu, trên 2 năm thì mỗi năm cộng thêm bao nhiêu?")
 * // { clause: "trên 2 năm thì mỗi năm cộng thêm bao nhiêu?", before: "trợ cấp bao nhiêu", facts: [{ kind: "number", … }] }
 */
export function secondAsk(question: string): { clause: string; before: string; facts: AskedFact[] } | null {
  const parts = question.trim().split(CLAUSES);
  const clause = parts.at(-1);
  if (parts.length < 2 || !clause) return null;
  const before = parts.slice(0, -1).join(", ");
  const facts = askedFacts(clause);
  // Both sides must ask: "Theo NĐ 87/2013, … bao nhiêu?" is one question with its source first.
  if (facts.length === 0 || askedFacts(before).length === 0) return null;
  return { clause, before, facts };
}

/**
 * The first sentence of the candidate texts (best first) that states every fact asked and is about the clause
 * (`about`), with its text's index: "2.500.000 đồng" is a figure, but not what "mỗi năm cộng thêm bao nhiêu" asks.
 *
 * @example
 * firstStating(["Trên 2 năm, cứ mỗi năm được cộng thêm 800.000 đồng."], facts, () => true)
 * // { at: 0, sentence: "Trên 2 năm, cứ mỗi năm được cộng thêm 800.000 đồng." }
 */
export function firstStating(
  texts: readonly string[],
  facts: readonly AskedFact[],
  about: (sentence: string) => boolean,
): { at: number; sentence: string } | null {
  for (const [at, text] of texts.entries())
    for (const sentence of splitSentences(text))
      if (about(sentence) && facts.every((f) => statesFact(sentence, f))) return { at, sentence };
  return null;
}
