import { splitSentences } from "../language/sentences.ts";

/** How many items of a list a kept sentence opens may follow it into the answer. */
const MAX_LIST_ITEMS = 8;

/**
 * The sentences at `positions` in order, each followed by the items of the list it opens or continues: "… thay thế
 * các Quyết định: Quyết định số 110/2005/QĐ-UBND …; Quyết định số 42/2007/QĐ-UBND …" is split at ";", and an answer
 * that stops at the first item says only part of what the text says.
 *
 * @example
 * withListItems("Thay thế các Quyết định: Quyết định số 110/2005; Quyết định số 42/2007.", [0])
 * // ["Thay thế các Quyết định: Quyết định số 110/2005;", "Quyết định số 42/2007."]
 */
export function withListItems(text: string, positions: readonly number[]): string[] {
  const sentences = splitSentences(text);
  const taken = new Set<number>();
  for (const start of [...positions].sort((a, b) => a - b)) {
    taken.add(start);
    for (
      let at = start;
      at - start < MAX_LIST_ITEMS && /;$/u.test(sentences[at] ?? "") && at + 1 < sentences.length;
      at++
    )
      taken.add(at + 1);
  }
  return [...taken].sort((a, b) => a - b).map((at) => sentences[at] as string);
}
