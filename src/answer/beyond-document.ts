import { fold, hasDiacritics, normalize } from "../search/vietnamese-analyzer.ts";

/** A time other than the document's own: later, now, before it. */
const ELSEWHEN = String.raw`(?:sau nay|hien nay|hien tai|bay gio|sau khi thoi|sau khi nghi|truoc do|truoc khi (?:ve|lam|giu))`;
/** A person's office or title. */
const OFFICE = String.raw`chuc(?: vu| danh)?`;
/**
 * "Ông X ký CV 3354, sau này giữ những chức vụ gì?", "giữ chức Phó Thủ tướng từ năm nào đến năm nào?": a person's
 * career outside the document, which its signature block does not tell.
 */
const CAREER = [
  new RegExp(String.raw`\b${ELSEWHEN}\b.*\b${OFFICE}\b`),
  new RegExp(String.raw`\b${OFFICE}\b.*\b${ELSEWHEN}\b`),
  /\bgiu chuc\b.*\btu nam nao\b/,
];
/**
 * "Bà X, người ký Pháp lệnh …, sinh năm nào, quê ở tỉnh nào?": the life of a person a document names, asked of one
 * named as its signer ("ông", "bà", "người ký").
 */
const LIFE =
  /\b(?:sinh (?:nam|ngay|thang) (?:nao|may|bao nhieu)|nam sinh|que (?:o|quan)|tieu su|duoc bo nhiem\b.*\b(?:nam|ngay) nao|nghi huu (?:tu |vao |nam )?(?:nam|ngay|khi) nao)\b/;
/** "…, sau này ông làm Bí thư Tỉnh ủy từ năm nào": an office held at another time, named by the office itself. */
const LATER_OFFICE = new RegExp(
  String.raw`\b${ELSEWHEN}\b.*\b(?:lam|giu|duoc bau|tro thanh)\b.*\b(?:(?:nam|ngay|thang) nao|khi nao|bao gio)\b`,
);
/** A person named as such; typed with accents, "bà" and "ông" are not "ba" (three) or "ông bà". */
const PERSON = /(?<![\p{L}])(?:ông|bà|người ký|đồng chí)(?![\p{L}])/iu;
const PERSON_FOLDED = /\b(?:ong|ba|nguoi ky|dong chi)\b/;

/** What the documents say of a person's office: only the one they held when they signed. */
export const CAREER_TEXT =
  "Các văn bản đã nạp chỉ ghi tên và chức vụ của người ký tại thời điểm ký văn bản; không có thông tin về tiểu sử hay chức vụ của họ ở thời điểm khác.";

/**
 * Whether a question asks about a person's office at another time than the document's, or about their life, which
 * no document held answers.
 *
 * @example
 * asksCareer("Ông Nguyễn Khắc Định ký CV 3354, sau này giữ những chức vụ gì?") // true
 * asksCareer("Ai ký công văn 3354 với chức vụ gì?") // false
 */
export function asksCareer(question: string): boolean {
  const folded = fold(normalize(question)).toLowerCase();
  const person = hasDiacritics(question) ? PERSON.test(normalize(question)) : PERSON_FOLDED.test(folded);
  return CAREER.some((p) => p.test(folded)) || ((LIFE.test(folded) || LATER_OFFICE.test(folded)) && person);
}

/** "được thành lập năm nào", "thành lập vào ngày tháng năm nào", "thành lập ở đâu": when or where a body was founded. */
const FOUNDED_ASK =
  /\bthanh lap (?:(?:vao|tu|tai) )?(?:(?:ngay|thang|nam|ngay thang nam) nao|khi nao|bao gio|o dau)\b/;

/**
 * Whether a question asks when or where a body was founded, which only a text that says it was founded answers.
 *
 * @example
 * asksFounding("Hội Cựu thanh niên xung phong Việt Nam được thành lập năm nào?") // true
 */
export const asksFounding = (question: string) => FOUNDED_ASK.test(fold(normalize(question)).toLowerCase());

/** Whether a sentence says something was founded ("Thành lập Ban Chỉ đạo …", "… do Bộ trưởng thành lập"). */
export const saysFounded = (sentence: string) =>
  /\bthanh lap\b/.test(fold(normalize(sentence)).toLowerCase());
