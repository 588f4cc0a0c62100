import type { DocumentMeta, Passage } from "../corpus/types.ts";
import { splitSentences } from "../language/sentences.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { NUMBERED_KINDS } from "./question-entities.ts";

/**
 * "Nghị định 87/2013 đã được thay thế bằng nghị định nào?": a question for the text that replaced, amended or
 * repealed a document. Only another text can say so; the document's own clauses ("Bãi bỏ Nghị định số 54/2008 …")
 * tell what it replaced, the opposite direction.
 */
const ASKS_SUCCESSOR =
  /\b(?:da |duoc |bi |da duoc |da bi )*(?:thay the|sua doi(?: bo sung)?|bai bo|huy bo)\s+(?:boi|bang)\s+(?:van ban|nghi dinh|quyet dinh|thong tu|nghi quyet|luat|phap lenh|cong van|chi thi)?\s*(?:nao|gi|so may)\b/;

/**
 * A text told of as acting on a numbered one, then pointed back to: "năm 2015 có QĐ sửa QĐ 170/2008 …, QĐ đó ký ngày
 * nào". The text pointed back to is the one that acted.
 */
const TOLD_ACTING = new RegExp(`${toldActing(String.raw`\d`)}.*\\b(?:${NUMBERED_KINDS}) (?:do|nay|ay)\\b`);

/**
 * The folded pattern of a text told of as acting on one whose number opens with `number` (a pattern): "qd sua qd
 * 170", "nd sua doi nd 75", "thong tu huong dan nghi dinh so 75".
 *
 * @example
 * new RegExp(toldActing("170")).test("nam 2015 co qd sua qd 170/2008") // true
 */
export function toldActing(number: string, { guides = false } = {}): string {
  const verb = `sua(?: doi)?(?: bo sung)?|bo sung|thay the|bai bo|huy bo${guides ? "|huong dan(?: thi hanh)?" : ""}`;
  return String.raw`\b(?:${NUMBERED_KINDS})\b(?: [a-z]+){0,3}? (?:${verb}) (?:(?:${NUMBERED_KINDS}) )?(?:so )?${number}`;
}

/** The verbs of one text acting on another. */
const ACTS_ON = /\b(?:thay the|sua doi|bai bo|huy bo|het hieu luc)\b/;

/**
 * Whether the question asks which text replaced, amended or repealed a document.
 *
 * @example
 * asksSuccessor("NĐ 87/2013 đã được thay thế bằng nghị định nào?") // true
 * asksSuccessor("năm 2015 có QĐ sửa QĐ 170/2008, QĐ đó ký ngày nào?") // true
 * asksSuccessor("NĐ 87/2013 thay thế nghị định nào?") // false (what it replaced: its own text says)
 */
export function asksSuccessor(question: string): boolean {
  const q = fold(normalize(question)).toLowerCase();
  return ASKS_SUCCESSOR.test(q) || TOLD_ACTING.test(q);
}

/**
 * The sentences of other documents that act on `named` (name its number with a verb of replacing, amending or
 * repealing), best first as given.
 */
export function successorSentences(
  named: readonly DocumentMeta[],
  passages: readonly { passage: Passage; document: DocumentMeta }[],
): { passage: Passage; document: DocumentMeta; sentence: string }[] {
  const numbers = named.map((d) => fold(normalize(d.number)).toLowerCase());
  const ids = new Set(named.map((d) => d.id));
  const found: { passage: Passage; document: DocumentMeta; sentence: string }[] = [];
  for (const { passage, document } of passages) {
    if (ids.has(document.id)) continue;
    for (const sentence of splitSentences(passage.text)) {
      const key = fold(normalize(sentence)).toLowerCase();
      if (ACTS_ON.test(key) && numbers.some((n) => key.includes(n)))
        found.push({ passage, document, sentence });
    }
  }
  return found;
}
