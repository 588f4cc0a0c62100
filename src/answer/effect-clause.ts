import type { Passage } from "../corpus/types.ts";
import { splitSentences } from "../language/sentences.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { askedFacts, statesFact } from "./answer-type.ts";
import { namesNumber } from "./question-entities.ts";

/**
 * "… có hiệu lực từ ngày nào?", "có hiệu lực khi nào", "có hiệu lực sau bao nhiêu ngày", "tính từ ngày nào mới bắt đầu
 * áp dụng": when a text takes effect.
 */
const EFFECT_WORD = String.raw`(?:hieu luc|(?:bat dau )?ap dung|thi hanh)`;
const WHEN = String.raw`(?:ngay nao|khi nao|tu ngay|tu khi|bao gio|thoi diem nao|luc nao|sau bao nhieu ngay|bao nhieu ngay|ngay thang nam nao)`;
const ASKS_EFFECT = new RegExp(String.raw`\b${EFFECT_WORD}\b.*\b${WHEN}\b|\b${WHEN}\b.*\b${EFFECT_WORD}$`);
/**
 * Read more loosely, to keep an effect clause among the answers: politeness or a question mark may close the question
 * ("ký xong bao nhiêu ngày mới có hiệu lực ạ?"), unless it counts from the effect ("… kể từ ngày … có hiệu lực?").
 */
const MAY_ASK_EFFECT = new RegExp(
  String.raw`${ASKS_EFFECT.source}|\b(?<!ke |tinh )${WHEN}\b(?:(?!ke tu|tinh tu).)*\b${EFFECT_WORD}(?:\s+(?:a|ah|ak|vay|nhi|nhe|ha|ne))*\W*$`,
);

/** "kể từ ngày quyết định có hiệu lực": a time counted from the effect, which does not ask it. */
const COUNTED_FROM_EFFECT = new RegExp(String.raw`\b(?:ke tu|tinh tu)\b[^,;?]*?\b${EFFECT_WORD}\b`, "g");

/** Kinds a text calls itself by in its effect clause ("Nghị định này", "Thông tư liên tịch này", "Luật này"). */
const SELF =
  "(?:bo luat|luat|hien phap|phap lenh|nghi dinh|nghi quyet|quyet dinh|thong tu(?: lien tich)?|chi thi|ke hoach|quy dinh|quy che|van ban)";
/** "Nghị định này có hiệu lực thi hành kể từ ngày 14 tháng 9 năm 2013", "Quyết định này có hiệu lực sau 10 ngày …". */
const EFFECT_STATED = new RegExp(`^\\W*${SELF} nay (?:se )?co hieu luc\\b`);

/**
 * Whether a sentence is a text's own effect clause and the question does not ask when a text takes effect: its days
 * ("có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo") are no time limit for any act asked about.
 *
 * @example
 * effectOnly("BHXH phải cấp thẻ trong bao nhiêu ngày", "Quyết định này có hiệu lực thi hành sau 15 ngày.") // true
 */
export function effectOnly(question: string, sentence: string): boolean {
  return (
    EFFECT_STATED.test(fold(normalize(sentence)).toLowerCase()) &&
    !MAY_ASK_EFFECT.test(fold(normalize(question)).toLowerCase().replace(COUNTED_FROM_EFFECT, " "))
  );
}

export interface EffectClause {
  passage: Passage;
  sentence: string;
}

/**
 * The sentence by which a document states when it takes effect, when the question asks that of the one document it
 * names: "Nghị định 23/2012 … có hiệu lực từ ngày nào?" is answered by "Nghị định này có hiệu lực thi hành kể từ
 * ngày 19 tháng 5 năm 2012", however few of the question's other words that sentence shares. Every legal text
 * closes with such a clause, which opens its sentence: "… trước ngày Nghị định này có hiệu lực …" only refers to it.
 * The clause must state what is asked: a calendar day for "ngày nào".
 *
 * @example
 * effectClause("nghi dinh 87/2013 co hieu luc tu ngay nao", index.passagesOf(decree.id))?.sentence
 * // "Nghị định này có hiệu lực thi hành kể từ ngày 14 tháng 9 năm 2013."
 */
export function effectClause(question: string, passages: readonly Passage[]): EffectClause | null {
  const q = fold(normalize(question)).toLowerCase();
  if (!ASKS_EFFECT.test(q)) return null;
  // "… hết hiệu lực từ ngày nào?" asks when the text ceases to apply: "Nghị định này hết hiệu lực kể từ ngày …".
  if (ASKS_EXPIRY.test(q)) return expiryClause(question, passages);
  // "… có hiệu lực từ ngày tháng năm nào?" is not answered by "sau 15 ngày, kể từ ngày đăng Công báo".
  const asked = askedFacts(question);
  const starts: EffectClause[] = [];
  for (const passage of passages)
    for (const sentence of splitSentences(passage.text)) {
      const folded = fold(normalize(sentence)).toLowerCase();
      if (EFFECT_STATED.test(folded))
        return asked.every((fact) => statesFact(sentence, fact)) ? { passage, sentence } : null;
      if (APPLIES_FROM.test(folded)) starts.push({ passage, sentence });
    }
  // A decision with no effect clause may say once from when what it decides applies ("Thời gian áp dụng từ ngày 01
  // tháng 10 năm 2008."): that is when it takes effect. Several such days are several rules, none the text's own.
  const [only] = starts;
  return starts.length === 1 && only && asked.every((fact) => statesFact(only.sentence, fact)) ? only : null;
}

/** "hết hiệu lực", "không còn hiệu lực", "hết hạn áp dụng": the end of a text's effect. */
const ASKS_EXPIRY = /\b(?:het|khong con|cham dut) (?:hieu luc|ap dung)\b/;
/** "Nghị định này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027 …": the text's own expiry clause. */
const EXPIRY_STATED = new RegExp(`^\\W*${SELF} nay (?:se )?(?:het|cham dut) hieu luc\\b`);

/** The text's own expiry clause, when it states what is asked; null when it has none. */
function expiryClause(question: string, passages: readonly Passage[]): EffectClause | null {
  const asked = askedFacts(question);
  for (const passage of passages)
    for (const sentence of splitSentences(passage.text))
      if (EXPIRY_STATED.test(fold(normalize(sentence)).toLowerCase()))
        return asked.every((fact) => statesFact(sentence, fact)) ? { passage, sentence } : null;
  return null;
}

/** "Thời gian áp dụng từ ngày 01 tháng 10 năm 2008", "Thời gian thực hiện kể từ ngày 01/01/2022": a start, stated alone. */
const APPLIES_FROM =
  /^\W*thoi gian (?:ap dung|thuc hien|huong)(?: (?:muc|che do)[^,.;]{0,40})?:? (?:ke )?tu ngay \d/;

/** "… (Điều 4, 5 và 12) được thực hiện từ ngày nào?", "áp dụng từ khi nào": from when some articles apply. */
const ASKS_START =
  /\b(?:duoc thuc hien|thuc hien|ap dung|co hieu luc)\b.*\b(?:tu|ke tu) (?:ngay nao|khi nao|bao gio|thoi diem nao|luc nao)\b/;
/** "Điều 4, 5 và 12", "Điều 6–11, 13", "các Điều 6, 7": the article numbers, as written. */
const ARTICLES = /\bdieu\s+(\d+(?:\s*(?:,|va|-|–|—|den)\s*(?:dieu\s+)?\d+)*)/g;

/** The article numbers a text names, ranges spelled out: "Điều 6–11, 13" → 6, 7, 8, 9, 10, 11, 13. */
function articlesIn(folded: string): Set<number> {
  const found = new Set<number>();
  for (const m of folded.matchAll(ARTICLES)) {
    // "Điều 6 đến Điều 13" is the range "6 đến 13".
    const list = (m[1] ?? "").replace(/\bdieu\s+/g, "");
    for (const part of list.split(/\s*(?:,|va)\s*/)) {
      const range = /^(\d+)\s*(?:-|–|—|den)\s*(\d+)$/.exec(part.trim());
      if (range)
        for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 50; n++) found.add(n);
      else if (/^\d+$/.test(part.trim())) found.add(Number(part.trim()));
    }
  }
  return found;
}

/** Whether the question asks from when some articles it names apply ("Điều 4, 5 và 12 … được thực hiện từ ngày nào?"). */
export function asksArticleStart(question: string): boolean {
  const q = fold(normalize(question)).toLowerCase();
  return ASKS_START.test(q) && /\bdieu\s+\d/.test(q);
}

/**
 * The sentence that says from when the articles a question names apply: "Theo VBHN 4804, chế độ tại Điều 4, 5 và 12
 * … được thực hiện từ ngày nào?" is answered by "Chế độ quy định tại Điều 4, 5 và 12 Nghị định này được thực hiện kể
 * từ ngày 01 tháng 7 năm 2021", which shares none of the question's other words. The sentence must name the same
 * articles and state a day.
 *
 * @example
 * articleStartClause("che do tai Dieu 4, 5 va 12 duoc thuc hien tu ngay nao", index.passagesOf(decree.id))?.sentence
 */
export function articleStartClause(question: string, passages: readonly Passage[]): EffectClause | null {
  if (!asksArticleStart(question)) return null;
  const q = fold(normalize(question)).toLowerCase();
  const asked = articlesIn(q);
  if (asked.size === 0) return null;
  // "Điều 6 đến Điều 13" spans what the text may list article by article ("Điều 6, 7, 8, 9, 10, 11 và 13").
  const ranged = /\bdieu\s+\d+\s*(?:-|–|—|den)\s*(?:dieu\s+)?\d+/.test(q);
  const facts = askedFacts(question);
  const stating = passages.flatMap((passage) =>
    splitSentences(passage.text)
      .filter((sentence) => /\b(?:ke )?tu ngay\b/.test(fold(normalize(sentence)).toLowerCase()))
      .filter((sentence) => facts.every((fact) => statesFact(sentence, fact)))
      .map((sentence) => ({ passage, sentence, named: articlesIn(fold(normalize(sentence)).toLowerCase()) })),
  );
  // The same articles; else a list that holds every one asked ("Điều 8" in "Điều 6, 7, 8, 9, 10, 11 và 13").
  const found =
    stating.find((s) => sameArticles(asked, s.named, ranged)) ??
    stating.find((s) => [...asked].every((n) => s.named.has(n)));
  return found ? { passage: found.passage, sentence: found.sentence } : null;
}

/**
 * Whether a sentence names the articles asked: the same ones, or, asked as a range, articles within it from its first
 * to its last ("Điều 6 đến Điều 13" and "Điều 6, 7, 8, 9, 10, 11 và 13").
 */
function sameArticles(asked: Set<number>, named: Set<number>, ranged: boolean): boolean {
  if (named.size === asked.size && [...asked].every((n) => named.has(n))) return true;
  if (!ranged || named.size < 2 || ![...named].every((n) => asked.has(n))) return false;
  return named.has(Math.min(...asked)) && named.has(Math.max(...asked));
}

/** "… những ai chịu trách nhiệm thi hành?", "ai có trách nhiệm thi hành quyết định": who carries the text out. */
const ASKS_EXECUTION = /\b(?:chiu|co) trach nhiem thi hanh\b/;
/** "Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành Quyết định này.": the closing clause of a decision. */
const EXECUTION_STATED = new RegExp(`\\b(?:chiu|co) trach nhiem thi hanh ${SELF} nay\\b`);

/**
 * The clause by which a decision names who carries it out, when the question asks that of the one document it names
 * ("qd 12/2012 … những ai chịu trách nhiệm thi hành"), however strongly the articles on duties share its other words.
 *
 * @example
 * executionClause("qd 12/2012 ai chiu trach nhiem thi hanh", index.passagesOf(decision.id))?.sentence
 * // "Chánh Văn phòng Ủy ban nhân dân tỉnh, … chịu trách nhiệm thi hành Quyết định này./."
 */
export function executionClause(question: string, passages: readonly Passage[]): EffectClause | null {
  if (!ASKS_EXECUTION.test(fold(normalize(question)).toLowerCase())) return null;
  for (const passage of passages)
    for (const sentence of splitSentences(passage.text))
      if (statesExecution(sentence)) return { passage, sentence };
  return null;
}

/** Whether a text is a decision's execution clause ("… chịu trách nhiệm thi hành Quyết định này"). */
export const statesExecution = (text: string) => EXECUTION_STATED.test(fold(normalize(text)).toLowerCase());

/** A document's number as a text writes it ("75/2021/NĐ-CP"), folded: the first one a sentence names is its subject. */
const WRITTEN_NUMBER = /\b\d+\/(?:19|20)\d{2}(?:\/[a-z0-9đ-]+)?/;
/** "… có hiệu lực từ ngày nào": the day of effect itself, not a day something applies ("để áp dụng …, ngày nào"). */
const EFFECT_DAY_ASKED = /\bhieu luc\b.*\b(?:ngay nao|khi nao|tu ngay|bao gio|thoi diem nao|luc nao)\b/;
/** "… có hiệu lực (thi hành) kể từ ngày 15 tháng 9 năm 2021": a day of effect stated in the sentence. */
const TAKES_EFFECT_ON = /\bco hieu luc (?:thi hanh )?(?:ke )?tu ngay \d/;

/**
 * When each of several documents the question names took effect, told by sentences that open with that document
 * ("Nghị định số 75/2021/NĐ-CP … có hiệu lực kể từ ngày 15 tháng 9 năm 2021, …", the opening of a consolidated text):
 * one sentence per number, in the question's order; null unless every number asked has one.
 *
 * @example
 * effectsOfEach("nd 55/2023 co hieu luc tu ngay nao, con nd 75/2021 goc tu ngay nao", ["55/2023", "75/2021"], passages)
 * // [{ sentence: "Nghị định số 55/2023/NĐ-CP … có hiệu lực kể từ ngày 05 tháng 9 năm 2023." }, { … 75/2021 … }]
 */
export function effectsOfEach(
  question: string,
  numbers: readonly string[],
  passages: Iterable<Passage>,
): EffectClause[] | null {
  if (numbers.length < 2 || !EFFECT_DAY_ASKED.test(fold(normalize(question)).toLowerCase())) return null;
  const found = new Map<string, EffectClause>();
  for (const passage of passages)
    for (const sentence of splitSentences(passage.text)) {
      const folded = fold(normalize(sentence)).toLowerCase();
      if (!TAKES_EFFECT_ON.test(folded)) continue;
      const subject = WRITTEN_NUMBER.exec(folded)?.[0];
      const number = subject && numbers.find((n) => !found.has(n) && namesNumber(subject, n));
      if (number) found.set(number, { passage, sentence });
    }
  return numbers.every((n) => found.has(n)) ? numbers.map((n) => found.get(n) as EffectClause) : null;
}

/** "… có hiệu lực thi hành sau 45 ngày kể từ ngày ký", "có hiệu lực từ ngày 01/7": any effect told with its time. */
const SAYS_EFFECT = /\bco hieu luc (?:thi hanh )?(?:sau|ke tu|tu|ngay|khi)\b/;

/**
 * Whether the question asks the day a text takes effect and the text has no clause that states it: a letter
 * ("Công văn") or a report carries no "… có hiệu lực …" article, so "CV 1414 có hiệu lực từ ngày nào" is not stated
 * there, and a sentence with another day ("Trả lời Công văn số 577 … ngày 23/4/2013") is no answer to it.
 *
 * @example
 * statesNoEffect("cv 1414 co hieu luc tu ngay nao", index.passagesOf(letter.id)) // true
 * statesNoEffect("nd 87/2013 co hieu luc tu ngay nao", index.passagesOf(decree.id)) // false
 */
export function statesNoEffect(question: string, passages: readonly Passage[]): boolean {
  if (!EFFECT_DAY_ASKED.test(fold(normalize(question)).toLowerCase())) return false;
  return !passages.some((passage) =>
    splitSentences(passage.text).some((sentence) => {
      const folded = fold(normalize(sentence)).toLowerCase();
      return EFFECT_STATED.test(folded) || APPLIES_FROM.test(folded) || SAYS_EFFECT.test(folded);
    }),
  );
}
