import type { Answer } from "../answer/answer.ts";

/**
 * Plain-text rendering for the terminal: the answer, then the numbered sources.
 *
 * @example
 * formatAnswer(answer) // "… [1]\n\nNguồn:\n[1] Kết luận … — mục 2.2, ý 1"
 */
export function formatAnswer(answer: Answer): string {
  if (answer.refused) return answer.answer;
  const sources = answer.citations.map((c) => `[${c.n}] ${c.documentTitle} — ${c.section}`);
  return `${answer.answer}\n\nNguồn:\n${sources.join("\n")}`;
}
