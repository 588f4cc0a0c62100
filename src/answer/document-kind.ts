/**
 * Which kind a document is, and which document a question's number or date belongs to: the question words of a
 * metadata question ("số mấy", "ngày nào") after "báo cáo …" or under a subject "Thông tư …" ask about that document,
 * not the one the question names as its source.
 */
import type { DocumentMeta } from "../corpus/types.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { kindOwning } from "./answer-type.ts";
import { kindMentions, NUMBERED_KINDS } from "./question-entities.ts";
import { toldActing } from "./successor.ts";

/** The metadata fields a question can ask for. */
export type MetaField =
  | "signer"
  | "issuer"
  | "number"
  | "issuedDate"
  | "recipients"
  | "meetingDate"
  | "proposer"
  | "filed";

const folded = (text: string) => fold(normalize(text)).replace(/\s+/g, " ");

/**
 * Whether a document is of the kind a question names: its own kind ("Thông báo kết luận" is a "kết luận"), or a
 * kind it issues ("Quyết định về việc ban hành Quy định tặng quà…" carries a "Quy định").
 */
export function isOfKind(doc: DocumentMeta, kind: string): boolean {
  const k = folded(kind);
  if (folded(doc.kind).includes(k)) return true;
  // The number's symbol names the kind too: "834/VBHN-BLĐTBXH" is a văn bản hợp nhất whatever its title says.
  if (symbolKind(doc) === k) return true;
  return (doc.kind === "" && folded(doc.title).startsWith(k)) || issuesKind(doc, kind);
}

/** The kinds that promulgate a text of another kind attached to them: "Quyết định ban hành Quy chế …". */
const PROMULGATING = /^(?:quyet dinh|nghi quyet|nghi dinh|thong tu|lenh)\b/;

/**
 * Whether the document issues a text of the kind: "Quyết định về việc ban hành Kế hoạch …" issues a "kế hoạch". A
 * letter "V/v ban hành Thông tư …" urges another body to issue one: it carries none.
 */
function issuesKind(doc: DocumentMeta, kind: string): boolean {
  const own = folded(doc.kind) || symbolKind(doc);
  return (
    PROMULGATING.test(own) &&
    new RegExp(`\\bban hanh (?:kem theo )?${folded(kind)}\\b`).test(folded(doc.title))
  );
}

/** The kind a document's number symbol names, folded ("834/VBHN-BLĐTBXH" → "van ban hop nhat"); "" for none. */
function symbolKind(doc: DocumentMeta): string {
  const symbol = /^[^/]*\/(?:\d{4}\/)?([\p{L}]+)/u.exec(doc.number)?.[1] ?? "";
  return (symbol && KIND_SYMBOLS[folded(symbol)]) || "";
}

/** Kind symbols of document numbers (Decree 30/2020, appendix III), folded. */
const KIND_SYMBOLS: Record<string, string> = {
  vbhn: "van ban hop nhat",
  qd: "quyet dinh",
  nd: "nghi dinh",
  nq: "nghi quyet",
  tt: "thong tu",
  ttlt: "thong tu lien tich",
  ct: "chi thi",
  kh: "ke hoach",
  tb: "thong bao",
  kl: "ket luan",
  hd: "huong dan",
  bc: "bao cao",
  pl: "phap lenh",
};

/** A document asked for, not named: "văn bản nào", "QĐ nào", "nghị định nào". */
const ASKED_DOCUMENT = new RegExp(`\\b(?:${NUMBERED_KINDS}) nao\\b`);
/** A document named by its number: "QĐ 12/2012", "cv số 1921". */
const NUMBERED_DOCUMENT = new RegExp(`\\b(?:${NUMBERED_KINDS}) (?:so )?\\d`);

/**
 * Whether the asked number or date belongs to another document than `doc`: the question's subject is a document of
 * another kind ("Thông tư … mà cv 3354 đôn đốc có số hiệu là gì?"), or a document of another kind owns the asked
 * field ("Nghị quyết 494 dựa trên báo cáo kết quả giám sát số mấy?", "… công bố Pháp lệnh bằng lệnh số mấy?").
 */
export function asksAboutAnother(question: string, fields: MetaField[], doc: DocumentMeta): boolean {
  const q = withoutTitleKinds(folded(question).toLowerCase(), doc);
  const kinds = kindMentions(q);
  const subject = kinds[0];
  if (kinds.length >= 2 && subject && !isOwnKind(doc, subject.kind)) return true;
  // "CV 1921 … trong khi chờ TTLT …; TTLT đó do những bộ nào ban hành?": another kind owns the asked issuer.
  if (fields.includes("issuer")) {
    const owner = kindOwning(q, ISSUER_CUE);
    if (owner !== null && owner !== "van ban" && !isOwnKind(doc, owner) && !issuesKind(doc, owner))
      return true;
  }
  if (!fields.some((f) => f === "number" || f === "issuedDate")) return false;
  // "năm 2015 Thủ tướng có QĐ sửa QĐ 170/2008 …, QĐ đó ký ngày nào": the text that acts on the document is asked.
  if (actsOn(q, doc)) return true;
  // "CV 895/LĐTBXH-NCC … có văn bản hướng dẫn không, số mấy?": a question that writes the document's number in full,
  // symbol and all, asks the number of another.
  const own = folded(doc.number).toLowerCase();
  if (fields.includes("number") && /\/\p{L}/u.test(own) && q.includes(own)) return true;
  // "… được Thủ tướng đồng ý tại văn bản số mấy?": a document where something was done is another one.
  if (/\b(?:tai|theo|bang|boi) van ban (?:so (?:may|nao|bao nhieu|gi)|so hieu)\b/.test(q)) return true;
  // "Pháp lệnh 02/2020/UBTVQH14 bãi bỏ điều nào, của pháp lệnh số mấy?": a document already named by its number is
  // not the one whose number is asked by a second mention.
  const cue = FIELD_CUE.exec(q);
  const named = kinds.filter((k) => cue && k.index < cue.index);
  if (
    fields.includes("number") &&
    named.length >= 2 &&
    /^(?:[a-z]+ ){1,4}(?:so )?\d+\/(?:\d{4}\b|[a-z])/.test(q.slice(named[0]?.index))
  )
    return true;
  // "QĐ 12/2012 … đã được thay bằng QĐ nào chưa, số mấy?": a document asked for ("<kind> nào") beside one named by
  // its number is another one.
  if (NUMBERED_DOCUMENT.test(q) && ASKED_DOCUMENT.test(q)) return true;
  const opener = citingOpener(q);
  if (opener) return !isOwnKind(doc, opener);
  const owner = kindOwning(q, FIELD_CUE);
  // "văn bản" names no kind: any document is one.
  return owner !== null && owner !== "van ban" && !isOwnKind(doc, owner) && !issuesKind(doc, owner);
}

/**
 * The question with the kinds blanked that it writes while describing the document by its own title: "KH 980/KH-UBND
 * triển khai NĐ quy định chi tiết Luật Phòng thủ dân sự ban hành ngày nào" names the plan, and its "NĐ" and "Luật"
 * are words of the plan's title ("… thi hành Nghị định quy định chi tiết … của Luật Phòng thủ dân sự"). The first
 * kind named is the subject and stays.
 */
function withoutTitleKinds(q: string, doc: DocumentMeta): string {
  const title = folded(doc.title).toLowerCase().replace(/\s+/g, " ");
  if (!title) return q;
  let out = q;
  for (const { kind, index } of kindMentions(q).slice(1)) {
    const full = folded(kind).toLowerCase();
    const length = q.startsWith(full, index) ? full.length : (/^\S+/.exec(q.slice(index))?.[0].length ?? 0);
    const next = q
      .slice(index + length)
      .trim()
      .split(/\s+/)
      .slice(0, 3)
      .join(" ");
    // "KH 3260 triển khai NQ 57 …" over "KẾ HOẠCH … thực hiện Nghị quyết số 57-NQ/TW": the kind and number of what the
    // title says it carries out.
    const number = /^\d+/.exec(next)?.[0];
    // Only in the clause that names the document: "…; QĐ 170 đó được ký ngày nào" asks about the one it carries out.
    const clause = q.search(/[;?]/u);
    const carried =
      number !== undefined &&
      (clause < 0 || index < clause) &&
      new RegExp(`\\b${full} (?:so )?${number}(?![\\d])`).test(title);
    if ((next.split(" ").length === 3 && title.includes(`${full} ${next}`)) || carried)
      out = out.slice(0, index) + " ".repeat(length) + out.slice(index + length);
  }
  return out;
}

/**
 * Whether the question tells of a text that amends, replaces, repeals or guides the document: "có QĐ sửa QĐ 170/2008",
 * "một thông tư hướng dẫn NĐ 75/2021". The document is then its object, not the text asked about.
 *
 * @example
 * actsOn("nam 2015 co qd sua qd 170/2008, qd do ky ngay nao", decision170) // true
 */
function actsOn(q: string, doc: DocumentMeta): boolean {
  const digits = /^\d+/.exec(folded(doc.number))?.[0];
  if (!digits) return false;
  return new RegExp(`${toldActing(digits, { guides: true })}(?![\\d])`).test(q);
}

/**
 * Whether the document's own kind owns the number or date the question asks: "Công văn 2214 … theo QĐ 22/2013 được
 * ký ngày nào?" asks the letter's date, though it names a decision the corpus only cites.
 *
 * @example
 * ownsAskedField("cv 2214 de nghi bo tri von theo qd 22/2013 duoc ky ngay nao", letter2214) // true
 */
export function ownsAskedField(question: string, doc: DocumentMeta): boolean {
  const opener = citingOpener(folded(question).toLowerCase());
  return opener !== null && isOwnKind(doc, opener);
}

/**
 * The kind the question opens with, when the document nearest its question words is one that opener cites ("CV 2214
 * … theo QĐ 22/2013 được ký ngày nào" → "Công văn"): the opener is then the subject. Null otherwise.
 */
function citingOpener(q: string): string | null {
  const cue = FIELD_CUE.exec(q);
  if (!cue) return null;
  const kinds = kindMentions(q.slice(0, cue.index));
  const [opener] = kinds;
  const last = kinds.at(-1);
  const opens = opener && q.slice(0, opener.index).trim().split(/\s+/).filter(Boolean).length <= OPENER_REACH;
  // "… theo QĐ 22/2013, QĐ đó ký ngày nào": a document pointed back to is the one asked about.
  const pointed = /\b(?:do|nay|ay)\b/.test(q.slice(last?.index ?? 0, cue.index));
  return opener && last && opener !== last && opens && !pointed && CITES.test(q.slice(0, last.index))
    ? opener.kind
    : null;
}

/**
 * Words that make the document after them one the sentence cites ("theo QĐ 22/2013", "hợp nhất TT 24/2009", "triển
 * khai NĐ 180/2026"). Not
 * "căn cứ", "bãi bỏ", "hướng dẫn": "QĐ 170 căn cứ Luật Tổ chức Chính phủ ban hành ngày nào" asks the law's date.
 */
// "CV 4390 về triển khai NĐ 180/2026 ban hành ngày nào": the text carried out describes the letter, the subject.
const CITES = /\b(?:theo|hop nhat|trien khai|thuc hien)\s*$/;
/** How many words may open a question before the document it is about ("Cho em hỏi CV 2214 …"). */
const OPENER_REACH = 3;

/** The question words of an issuer: "do những bộ nào ban hành", "cơ quan nào ban hành". */
const ISSUER_CUE =
  /\b(?:(?:do|cua) )?(?:(?:nhung|cac) )?[a-z]+(?: [a-z]+)? nao (?:da )?(?:ban hanh|phat hanh)\b|\bban hanh boi\b/;

/** The question words of a number or a date. */
const FIELD_CUE = /\b(?:so (?:may|bao nhieu|gi|nao)|so hieu|ky hieu|ngay nao|ngay bao nhieu)\b/;

/**
 * Whether the document is itself of the kind: "Thông báo kết luận" is a "kết luận", "834/VBHN-…" a "văn bản hợp
 * nhất"; but a "Pháp lệnh" is no "lệnh", and a letter about issuing a Thông tư is no Thông tư.
 */
export function isOwnKind(doc: DocumentMeta, kind: string): boolean {
  const k = folded(kind);
  const own = folded(doc.kind);
  if (own === k || own.startsWith(`${k} `) || (k.includes(" ") && own.endsWith(` ${k}`))) return true;
  return symbolKind(doc) === k;
}
