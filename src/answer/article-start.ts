import type { Passage } from "../corpus/types.ts";
import { splitSentences } from "../language/sentences.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { type AskedFact, statesFact } from "./answer-type.ts";

/** "Thời gian áp dụng từ ngày …", "… được thực hiện kể từ ngày …", folded: a line that says from when a rule holds. */
const SAYS_START = /\b(?:ap dung|thuc hien|hieu luc|huong)\b.*\b(?:tu|ke tu) ngay\b/;

/**
 * The line of the article an item belongs to that says from when its rules hold ("Thời gian áp dụng từ ngày 01 tháng
 * 10 năm 2008." after the list of new rates), when the item itself gives no day: an article's rules share its start.
 * Outside such an article, the document's only line of start, if it has exactly one.
 *
 * @example
 * articleStart(index.passagesOf("5129-2008-qd-ubnd"), item, askedFacts("được nâng lên từ ngày nào")[1])
 * // { passage: <dieu1-d2>, sentence: "Thời gian áp dụng từ ngày 01 tháng 10 năm 2008." }
 */
export function articleStart(
  passages: readonly Passage[],
  item: Passage,
  fact: AskedFact,
): { passage: Passage; sentence: string } | null {
  const lines = passages.flatMap((passage) =>
    passage.id === item.id
      ? []
      : splitSentences(passage.text)
          .filter((s) => SAYS_START.test(fold(normalize(s)).toLowerCase()) && statesFact(s, fact))
          .map((sentence) => ({ passage, sentence })),
  );
  const article = articleOf(item.path);
  // The item's own article first; else the document's one such line, which then holds for all of it.
  return (
    (article ? lines.find((l) => articleOf(l.passage.path) === article) : undefined) ??
    (lines.length === 1 ? (lines[0] ?? null) : null)
  );
}

/** "dieu1-y2", "dieu1.2.a" → "dieu1"; "kem1.dieu5.1" → "kem1.dieu5"; "" outside an article. */
const articleOf = (path: string) => /^(?:.*?\.)?dieu\d+[a-z]?(?![\p{L}\p{N}])/u.exec(path)?.[0] ?? "";
