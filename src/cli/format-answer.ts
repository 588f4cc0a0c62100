import { type Answer, sourceLine } from "../answer/answer.ts";

/**
 * Plain-text rendering for the terminal: the answer, then the numbered sources.
 *
 * @example
 * formatAnswer(answer) // "… [1]\n\nNguồn:\n[1] Thông báo kết luận số …-TB/VPTU … của Văn phòng Tỉnh ủy Lạng Sơn — mục 3.2"
 */
export function formatAnswer(answer: Answer): string {
  if (answer.refused) return answer.answer;
  const sources = answer.citations.map(sourceLine);
  return `${answer.answer}\n\nNguồn:\n${sources.join("\n")}`;
}
