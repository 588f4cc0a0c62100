import { vnDate } from "../format.ts";
import { splitSentences } from "../language/sentences.ts";
import type { Obligation } from "../obligations/obligation.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import { type Answer, type Citation, citationOf } from "./answer.ts";

/** The first sentence of a task, "…" when more follows: a list line stays one line on a phone. */
export const firstSentence = (text: string) => {
  const first = splitSentences(text)[0] ?? text;
  return first.length < text.length ? `${first.replace(/[.;:]$/, "")}…` : text;
};

/**
 * An answer whose [n] markers cite `passageIds` in order.
 *
 * @example
 * passagesReply(index, q, "Chịu trách nhiệm: Sở Tài chính. [1]", ["12-2012-q-ubnd#dieu2"]).citations[0].n // 1
 */
export function passagesReply(
  index: PassageIndex,
  question: string,
  answer: string,
  passageIds: readonly string[],
): Omit<Answer, "ms"> {
  const citations: Citation[] = passageIds.flatMap((id, i) => {
    const passage = index.passage(id);
    const document = passage && index.documents.get(passage.documentId);
    if (!passage || !document) return [];
    return [citationOf(i + 1, passage, document, 1)];
  });
  return { question, answer, refused: false, mode: "extractive", citations };
}

/**
 * Obligations as a cited list under `header`: "• <parties>: <first sentence> — hạn <day> [n]", one citation per
 * passage; "không có việc nào" when there are none.
 *
 * @example
 * listReply(index, q, "Các việc phải làm hằng năm:", items).answer // "Các việc phải làm hằng năm:\n• Sở …: … [1]"
 */
export function listReply(
  index: PassageIndex,
  question: string,
  header: string,
  items: readonly Obligation[],
): Omit<Answer, "ms"> {
  if (items.length === 0)
    return passagesReply(
      index,
      question,
      `${header.replace(/:$/, "")}: không có việc nào trong các văn bản đã nạp.`,
      [],
    );
  const passages: string[] = [];
  const lines = items.map((o) => {
    if (!passages.includes(o.passageId)) passages.push(o.passageId);
    const n = passages.indexOf(o.passageId) + 1;
    const due = o.deadline.due ? ` — hạn ${vnDate(o.deadline.due)} (${o.deadline.text})` : "";
    return `• ${o.responsible.join(", ")}: ${firstSentence(o.action)}${due} [${n}]`;
  });
  return passagesReply(index, question, `${header}\n${lines.join("\n")}`, passages);
}
