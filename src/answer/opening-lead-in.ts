import type { Passage } from "../corpus/types.ts";
import { splitSentences } from "../language/sentences.ts";
import { type AskedFact, statesFact } from "./answer-type.ts";

/**
 * The sentence of a document's opening that introduces its whole body ("… hướng dẫn Sở … thực hiện chế độ điều dưỡng
 * … kể từ ngày 01/6/2013 như sau:") when it states what the question asks and the item found does not: every item
 * below it holds from that day, though none repeats it.
 *
 * @example
 * openingLeadIn(index.passagesOf("1921-2013-cv-ldtbxh"), askedFacts("mức chi điều dưỡng áp dụng từ ngày nào")[0])
 * // { passage: <md-d1>, sentence: "… thực hiện chế độ điều dưỡng … kể từ ngày 01/6/2013 như sau:" }
 */
export function openingLeadIn(
  passages: readonly Passage[],
  fact: AskedFact,
): { passage: Passage; sentence: string } | null {
  for (const passage of passages) {
    if (!passage.path.startsWith("md") || !passage.text.trimEnd().endsWith(":")) continue;
    const sentence = splitSentences(passage.text).at(-1);
    if (sentence && statesFact(sentence, fact)) return { passage, sentence };
  }
  return null;
}
