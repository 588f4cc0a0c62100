import { abbreviates, hasTone, isSyllable, toneKey } from "../language/vietnamese-text.ts";
import type { LexicalIndex } from "../search/lexical-index.ts";
import {
  analyze,
  analyzeQuery,
  BIGRAM,
  fold,
  NUMBER,
  normalize,
  termKind,
  UNIGRAM,
} from "../search/vietnamese-analyzer.ts";
import { isAmount, namedPlaces, namesNumber } from "./question-entities.ts";

/**
 * How long or how often is asked ("bao lâu một lần", "mấy năm một lần", "bao lâu"), or what a part says ("nói về
 * gì"): the form of the question, which the passage answers with a period ("05 năm") or its text, not these words.
 */
const ASKED_SPAN =
  /(?<![\p{L}\p{N}])(?:(?:bao\s+l[âa]u|(?:m[ấa]y|bao\s+nhi[êe]u)\s+(?:n[ăa]m|th[áa]ng|qu[ýy]|tu[ầa]n|ng[àa]y))(?:\s+(?:m[ộo]t|1)\s+l[ầa]n)?|n[óo]i(?:\s+v[ềe])?\s+g[ìi])(?![\p{L}\p{N}])/giu;

/**
 * A remark in brackets right after a document's number, about that document ("NĐ 75/2021 (bản gốc)", "QĐ 40/2011
 * (đã sửa đổi)"): it says which text is meant, not what is asked of it.
 */
const DOCUMENT_REMARK = /(\d+\/\d{4}(?:\/[\p{L}\d-]+)?)\s*\([^()]{1,40}\)/gu;

/** Query terms that count as topic evidence: syllables, syllable pairs and document numbers. */
export function topicTerms(question: string): string[] {
  const topic = question.normalize("NFC").replace(ASKED_SPAN, " , ").replace(DOCUMENT_REMARK, "$1 , ");
  return [...new Set(analyzeQuery(topic).filter((t) => termKind(t) !== "a"))];
}

/**
 * IDF-weighted share of the question's topic terms that a passage contains. Terms the corpus has never seen
 * weigh as much as the rarest known term: a question full of unknown words is about something else. Given the
 * `question`, a syllable it types with a tone counts only where the passage writes that tone ("hỏa" is not "hóa").
 *
 * @example
 * coverage(index, topicTerms(q), passage.text, q) // 0.72
 */
export function coverage(
  index: LexicalIndex,
  terms: readonly string[],
  passageText: string,
  question?: string,
): number {
  const present = new Set(analyze(passageText, { accents: false }));
  const asked = question ? accentedSyllables(question, true) : undefined;
  if (asked?.size) {
    // A syllable typed with its tone must be that syllable: "cứu hỏa" is not covered by "hóa học". One typed
    // without a tone ("đinh" for "định") may be a phone typist's shortcut, so it is not held to its spelling.
    const spelled = accentedSyllables(passageText, false);
    for (const [folded, keys] of asked)
      if (!spelled.get(folded)?.some((k) => keys.includes(k))) present.delete(UNIGRAM + folded);
  }
  // "TNXP" is the passage's "thanh niên xung phong".
  for (const term of terms) if (!present.has(term) && writesInFull(term, passageText)) present.add(term);
  // A passage that writes one word of a group of near-synonyms covers the others: officers ask in their words.
  for (const group of SYNONYM_TERMS)
    if (group.some((terms) => terms.every((t) => present.has(t))))
      for (const terms of group) for (const t of terms) present.add(t);
  const maxIdf = Math.log(1 + (index.size + 0.5) / 0.5);
  let total = 0;
  let covered = 0;
  for (const term of terms) {
    const weight = index.idf(term) || maxIdf;
    total += weight;
    if (present.has(term)) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

/**
 * Whether a passage writes a query term in full: an abbreviation ("tnxp", "bhyt") as the initials of consecutive
 * syllables. (A document's own number is left uncovered: counting it raised every passage of the named document.)
 */
function writesInFull(term: string, passageText: string): boolean {
  const body = term.slice(1);
  if (!term.startsWith(UNIGRAM) || body.length < 3 || body.length > 7 || isSyllable(body)) return false;
  // Punctuation and numbers are tokens too: an abbreviation never spans "Thanh niên, xung phong".
  return abbreviates(
    body,
    fold(normalize(passageText))
      .toLowerCase()
      .match(/[a-z]+|[^a-z\s]+/g) ?? [],
  );
}

/**
 * Words of administrative Vietnamese that officers use for one another, folded: when a text takes effect, what is
 * sent or handed in, money and its formal names, a difficulty, how often.
 */
const SYNONYMS = [
  ["ap dung", "hieu luc", "thi hanh"],
  ["bat dau", "ke tu"],
  ["vuong", "vuong mac", "kho khan"],
  ["nop", "gui", "chuyen"],
  ["tien", "kinh phi", "muc chi"],
  ["giay to", "ho so"],
  ["nhan", "tiep nhan"],
  ["hang thang", "moi thang"],
  ["hang nam", "moi nam"],
  ["han", "cham nhat"],
];
const SYNONYM_TERMS: string[][][] = SYNONYMS.map((group) =>
  group.map((phrase) => {
    const syllables = phrase.split(" ");
    const pairs = syllables.slice(1).map((s, i) => `${BIGRAM}${syllables[i]} ${s}`);
    return [...syllables.map((s) => UNIGRAM + s), ...pairs];
  }),
);

/** Each accented syllable of the text (only those with a tone mark if `toned`), folded, with its tone keys. */
function accentedSyllables(text: string, toned: boolean): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const word of normalize(text).match(/\p{L}+/gu) ?? []) {
    const folded = fold(word);
    if (folded === word || (toned && !hasTone(word))) continue;
    const keys = found.get(folded) ?? [];
    keys.push(toneKey(word));
    found.set(folded, keys);
  }
  return found;
}

/** A document number in the question ("99-NQ/TU", digits first) that no indexed passage mentions. */
export function unknownDocumentNumber(
  index: LexicalIndex,
  terms: readonly string[],
  /** The corpus documents' own numbers, folded: one typed cut at a separator ("834/vbhn") is known. */
  documentNumbers: readonly string[] = [],
): string | null {
  const unknown = terms.find(
    (t) =>
      t.startsWith(NUMBER) &&
      /\p{L}/u.test(t.slice(NUMBER.length)) &&
      // A document's number opens with its digits; "c67-hd" is the code of a form, cut from "C67-HD/LĐTBXH".
      /^\d/u.test(t.slice(NUMBER.length)) &&
      !isAmount(t.slice(NUMBER.length)) &&
      index.idf(t) === 0 &&
      !documentNumbers.some((own) => namesNumber(own, t.slice(NUMBER.length))),
  );
  return unknown ? unknown.slice(1) : null;
}

/** Verbs that override instructions, at the start of a clause (an imperative), not "không được bỏ qua". */
const OVERRIDE =
  /(?:^|[.,;:!?\n]\s*|\b(?:va|roi|sau do|bay gio|now|and|please)\s+)(?:(?:hay|vui long|xin|ban)\s+)?(?:bo qua|phot lo|quen(?: di| het)?|dung (?:tuan theo|lam theo)|khong (?:can )?tuan theo|ignore|disregard|forget)\s+(.{0,60})/g;
/** What is overridden: the assistant's instructions. "hướng dẫn", "chỉ thị", "yêu cầu" are also document kinds. */
const RULES_NOUN =
  /^(?:(?<det>moi|tat ca|het|cac|nhung|toan bo|all|any|your|the|previous|prior|above|earlier)\s+)?(?:(?:cac|nhung)\s+)?(?<noun>huong dan|chi dan|chi thi|quy tac|nguyen tac|lenh|cau lenh|rang buoc|yeu cau|instructions?|rules?|prompts?|guidelines?)\b(?<rest>.*)$/;
const QUALIFIER =
  /^\s*(?:truoc(?: do| day)?|o tren|tren|cu|ban dau|he thong|cua ban|da cho|da duoc giao|trich dan|previous|above|prior|earlier|so far)\b/;
const DOCUMENT_KIND_NOUN = /^(?:huong dan|chi thi|yeu cau)$/;
// Not "mật khẩu": a regulation of e-mail or data systems sets password rules ("Mật khẩu … phải có độ dài tối thiểu 09
// ký tự"), and the assistant holds no password a question could draw out.
const ALWAYS = [
  /\b(?:system prompt|developer mode|jailbreak)\b/,
  /\b(?:bia ra|tu nghi ra|tu bia|make up|invent)\b/,
];

/**
 * Questions that try to override the assistant ("Bỏ qua mọi hướng dẫn trước đó và…", "ignore previous
 * instructions") or ask it to invent facts. An override is an imperative at the start of a clause whose object is
 * the assistant's rules: "moi hướng dẫn", "quy tắc trích dẫn", "instructions" — not a document ("theo Hướng dẫn số
 * 05-HD/TU") and not an ordinary "không được bỏ qua" or "tôi quên hạn nộp".
 */
export function looksLikeInjection(question: string): boolean {
  const q = fold(normalize(question)).replace(/\s+/g, " ");
  if (ALWAYS.some((pattern) => pattern.test(q))) return true;
  for (const m of q.matchAll(OVERRIDE)) {
    const object = RULES_NOUN.exec((m[1] ?? "").trim());
    if (!object?.groups) continue;
    const { det, noun = "", rest = "" } = object.groups;
    if (/^\s*(?:so\s+)?\d/.test(rest)) continue; // "Hướng dẫn số 05-HD/TU" is a document
    if (det || QUALIFIER.test(rest) || !DOCUMENT_KIND_NOUN.test(noun)) return true;
  }
  return false;
}

/** Phrases that name no topic: document kinds, "việc đó", "trách nhiệm", "hạn chót", question phrases. */
const NO_TOPIC_PHRASES = new RegExp(
  `\\b(?:${[
    "tom tat|phu trach|ap dung|bao cao|ho tro|so lieu|noi dung chinh|giup toi|cho toi biet",
    "thong bao ket luan|ket luan|thong bao|quyet dinh|nghi quyet|ke hoach|cong van|chi thi|huong dan|quy dinh",
    "tai lieu|van ban|noi dung|trach nhiem|thuc hien|han chot|thoi han|thoi gian|ket qua|thong tin|cau hoi",
    "tra loi|cho biet|ban hanh|don vi|co quan|mot so|tat ca|bao nhieu|khi nao|the nao|nhu the nao|vi sao",
    "tai sao|o dau|bao gio|luc nao|van de|cong viec|nhiem vu|so hieu|ky hieu|nguoi ky|noi nhan|kinh gui",
    "bao lau|hieu luc|bat dau|ket thuc|hoan thanh|cham nhat|cuoi cung|trien khai",
  ].join("|")})\\b`,
  "g",
);
/** Single syllables that name no topic: question words, pronouns, particles, "việc", "làm", "ký", "gửi". */
const NO_TOPIC = new Set(
  (
    "ai gi nao sao dau may khi gio luc the nhu vay a ha nhi oi khong co chua roi nua con thi la va hay hoac voi " +
    "cua cho ve o tai trong de duoc bi phai can nen se da dang moi cac nhung mot nay do ay kia tren duoi viec " +
    "muc phan doan y dieu cai chiu lam toi minh ban anh chi em xin hoi ky gui nhan nguoi ngay thang nam han " +
    "gi them nua ra sao xong giao lay tien biet nop truoc sau tu den"
  ).split(" "),
);

/** Personal pronouns, with their accents. */
const PRONOUNS = /(?<![\p{L}])(?:họ|nó|chúng)(?![\p{L}])/gu;

/** "văn bản này", "quyết định đó", "kế hoạch trên": a document pointed at, not named. */
const DEICTIC_DOCUMENT =
  /\b(?:van ban|quyet dinh|ke hoach|cong van|thong tu(?: lien tich)?|nghi dinh|ket luan|thong bao|chi thi|nghi quyet|huong dan|phap lenh|quy dinh|tai lieu)\s+(?:nay|do|tren|ay|kia|vua roi)\b/;

/**
 * Whether the question is about a document it only points at ("Văn bản này có hiệu lực từ khi nào?"): with no number,
 * place or year to say which, it leans on a conversation it does not have.
 */
function pointsAtUnnamedDocument(question: string): boolean {
  if (!DEICTIC_DOCUMENT.test(fold(normalize(question)).toLowerCase())) return false;
  return !/\d/.test(question) && namedPlaces(question).length === 0;
}

/**
 * Whether a question names a topic of its own. "Việc đó ai chịu trách nhiệm?", "còn gì nữa?" or "Hạn chót là
 * khi nào?" do not: outside a conversation they are answered with a question, not with a random passage.
 */
export function hasOwnTopic(question: string): boolean {
  if (pointsAtUnnamedDocument(question)) return false;
  // "họ", "nó", "chúng" point back to what a conversation named ("hộ", typed the same without accents, is a topic).
  const rest = fold(normalize(question).replace(PRONOUNS, " ")).replace(NO_TOPIC_PHRASES, " ");
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((w) => /\d/.test(w) || !NO_TOPIC.has(w));
}

/** The clarification asked when a question has no topic of its own. */
export const CLARIFY_TEXT =
  "Anh/chị đang hỏi về việc gì, trong văn bản nào? Câu hỏi chưa nêu nội dung cụ thể. Hãy hỏi lại đầy đủ, ví dụ: " +
  "“Ai chịu trách nhiệm rà soát quy hoạch cán bộ trẻ?” hoặc “Hạn hoàn thành việc … theo Kết luận số … là khi nào?”.";
