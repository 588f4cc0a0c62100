import { InputError } from "../errors.ts";

export const MAX_QUESTION_CHARS = 2000;

/**
 * Cleans a question typed by a user: control characters become spaces, whitespace is collapsed.
 * Empty and over-long questions are refused with a Vietnamese message for the user.
 *
 * @example
 * validateQuestion("  hạn chót\u0007 là khi nào ") // "hạn chót là khi nào"
 */
export function validateQuestion(raw: string): string {
  const question = raw
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!question) {
    throw new InputError(
      "empty question",
      "Câu hỏi đang trống. Hãy nhập nội dung cần hỏi, ví dụ: “Hạn rà soát quy hoạch cán bộ trẻ là khi nào?”",
    );
  }
  if (question.length > MAX_QUESTION_CHARS) {
    throw new InputError(
      `question has ${question.length} characters (limit ${MAX_QUESTION_CHARS})`,
      `Câu hỏi quá dài (${question.length} ký tự). Hãy hỏi ngắn gọn, tối đa ${MAX_QUESTION_CHARS} ký tự.`,
    );
  }
  return question;
}
