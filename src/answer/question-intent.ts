import { fold, normalize } from "../search/vietnamese-analyzer.ts";

export interface QuestionIntent {
  /** Asks by when / how often: "khi nào", "hạn chót", "trước ngày", "hằng năm". */
  deadline: boolean;
  /** Asks who: "ai", "đơn vị nào", "cơ quan nào", "chịu trách nhiệm". */
  responsible: boolean;
  /** Asks how many: "bao nhiêu", "mấy", "tỷ lệ". */
  figure: boolean;
}

const DEADLINE =
  /\b(khi nao|bao gio|han chot|thoi han|han|truoc ngay|den ngay|cham nhat|thoi gian|nam nao|thang nao|hang nam|hang quy|dinh ky|lich)\b/;
const RESPONSIBLE =
  /\b(ai|don vi nao|co quan nao|cap nao|ben nao|chiu trach nhiem|chu tri|phoi hop|giao cho|tham muu|nhung ai)\b/;
const FIGURE = /\b(bao nhieu|may|ty le|phan tram|so luong|con lai|bao lau)\b/;

/** Patterns a sentence must show to answer each intent. */
export const DATE_PATTERN =
  /\b(\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}|năm \d{4}|quý [IV]+|tháng \d{1,2}|hằng năm|hàng năm|định kỳ|thường xuyên|từ nay đến|trước|chậm nhất|nhiệm kỳ|giai đoạn)/iu;
export const UNIT_PATTERN =
  /\b(Ban |Tỉnh ủy|Huyện ủy|huyện ủy|thị ủy|thành ủy|cấp ủy|Đảng đoàn|Ban cán sự|Ủy ban|UBND|HĐND|MTTQ|sở, ban, ngành|người đứng đầu|đảng ủy)/u;
export const FIGURE_PATTERN = /\d/;

/**
 * Reads what kind of fact a question wants, on folded text so it works without diacritics.
 *
 * @example
 * detectIntent("han chot ra soat quy hoach la khi nao") // { deadline: true, responsible: false, figure: false }
 */
export function detectIntent(question: string): QuestionIntent {
  const q = fold(normalize(question));
  return { deadline: DEADLINE.test(q), responsible: RESPONSIBLE.test(q), figure: FIGURE.test(q) };
}
