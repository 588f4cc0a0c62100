import { datePhrase, documentLabel, issuerWithProvince, officialDay } from "../corpus/document-label.ts";
import { FORM_BLANK } from "../corpus/structure-parser.ts";
import { CABLE_ADDRESS } from "../corpus/text-blocks.ts";
import type { DocumentMeta, Passage } from "../corpus/types.ts";
import { escapeRegExp } from "../language/escape-reg-exp.ts";
import { SENTENCE_END, splitSentences } from "../language/sentences.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import { BIGRAM, fold, hasDiacritics, normalize, termKind } from "../search/vietnamese-analyzer.ts";
import { type Answer, type Citation, citationOf, REFUSAL_TEXT } from "./answer.ts";
import { consolidatedReferences, numberAliases } from "./consolidated-number.ts";
import { asksAboutAnother, isOfKind, type MetaField, ownsAskedField } from "./document-kind.ts";
import { blankDocumentReferences } from "./document-reference.ts";
import { namedTextOutside } from "./named-text.ts";
import {
  disagreement,
  documentsNamed,
  entityRefusalText,
  namedDays,
  namedMonths,
  namedThroughConsolidation,
  namesOnly,
  placeIssues,
  placeOnlyByNationalRule,
  questionEntities,
} from "./question-entities.ts";
import { ASKING_CLAUSE } from "./question-proper.ts";
import { coverage, hasOwnTopic, topicTerms } from "./refusal-gate.ts";

export type { MetaField } from "./document-kind.ts";

/** The question words of a signer ("ai ký", "người ký", "ký thay ai", "thừa lệnh ai"), folded. */
// "mẫu chữ ký" is a specimen signature a procedure registers ("đăng ký mẫu chữ ký"), not who signed the document; "chữ
// ký số", "chữ ký điện tử" are a technology a text may govern.
const SIGNER_CUES = String.raw`\b(?:ai|nguoi|do ai|ai la nguoi|[a-z]+(?: [a-z]+)? nao) (?:da |dung ten |dung ra )?(?:ky|ki)\b|\b(?:ai|do ai|nguoi) (?:da )?xac thuc\b|\bnguoi (?:ky|ki)\b|\b(?:ky|ki) (?:boi|ten)\b|(?<!\bmau )\bchu (?:ky|ki)\b(?! (?:so|dien tu|chuyen dung))|\bhay (?:[a-z]+ ){1,3}(?:ky|ki)$|\b(?:ky|ki) (?:voi |duoi )?(?:chuc danh|chuc vu|cuong vi|tu cach)\b|\b(?:ky|ki) thay (?:ai|cho ai)\b|\bthua lenh ai\b`;
/** "… với chức vụ gì": the capacity a signature states, asked after the document is described. */
const CAPACITY_ASKED = String.raw`\b(?:voi|duoi) (?:chuc danh|chuc vu|cuong vi|tu cach) (?:gi|nao)\b`;

/** "chức vụ gì", "Bộ trưởng hay Thứ trưởng ký", "ký thay ai": the signer's title or capacity is asked. */
const TITLE_ASKED =
  /\b(?:chuc vu|chuc danh|cuong vi|tu cach)\b|\b(?:bo truong|thu truong|chu tich|giam doc) hay\b|\bky thay\b/;

/**
 * Question forms, on folded text; each names the document as the subject or object of the asked fact. A third
 * element is the part to drop when looking for the question's topic, when not the whole match.
 */
const FIELD_FORMS: [MetaField, RegExp, RegExp?][] = [
  // "… là bộ trưởng hay thứ trưởng ký": a choice between two signers asks who signed; so does "ông X ký với chức danh
  // gì", "ký thay ai", "thừa lệnh ai": the capacity the signature block states.
  [
    "signer",
    new RegExp(`${SIGNER_CUES}|\\b(?:ky|ki)\\b(?: [^ ]+){1,30}? ${CAPACITY_ASKED}`),
    // The description between "ký" and "với chức vụ gì" names the document: only the question words go.
    new RegExp(`${SIGNER_CUES}|(?<!\\b(?:thoi|dinh|nhiem|hoc) )\\b(?:ky|ki)\\b|${CAPACITY_ASKED}`, "g"),
  ],
  // "… do cơ quan nào" ends the question, or "ban hành" follows: "bản sao … do cơ quan nào chứng thực" asks another act.
  // "… là (văn bản) của cơ quan nào" asks whose the text is; "… phải có xác nhận của cơ quan nào" whose act it needs.
  [
    "issuer",
    /^(?:cong van|cv|quyet dinh|qd|thong tu(?: lien tich)?|ttlt|tt|nghi dinh|nd|nghi quyet|nq|chi thi|ke hoach|van ban|vbhn)\s+(?:so\s+)?\d[\w/.-]*\s+(?:la\s+)?(?:cua|do)\s+(?:bo|so|ban|nganh|ubnd|uy ban nhan dan|uy ban|tinh|thanh pho|huyen)\s+nao$|\b(?:co quan|don vi|ai|noi|cap|to chuc) nao (?:da )?(?:ban hanh|gui|phat hanh)\b|\b[a-z]+(?: [a-z]+){0,2} nao (?:da )?(?:ban hanh|phat hanh)\b|(?:\bdo|\bla (?:[a-z]+ ){0,3}cua|\bcua (?=[a-z ]+ nao (?:da )?(?:ban hanh|phat hanh)\b)) (?:co quan|don vi|cap|noi|to chuc) nao(?: (?:da )?(?:ban hanh|phat hanh))?(?: (?:a|vay|nhi|the|ban|anh|chi|em|nhe))*$|\b(?:la|thuoc) (?:cua|do) (?:ubnd|uy ban nhan dan|hdnd|so|bo|cap|co quan)(?: (?:tinh|thanh pho|huyen|quan|xa))?(?:(?:,? | ?\/ ?| hay | hoac )(?:tinh|thanh pho|huyen|quan|xa))? nao\b|\b(?:ai|do ai) (?:da )?ban hanh\b|\bco quan ban hanh\b|\bban hanh boi\b/,
  ],
  // "… có hiệu lực sau bao nhiêu ngày kể từ ngày ký": the day of signing is where a count starts, not what is asked.
  // "KH hiệp thương … dự kiến hiệp thương lần 1 ngày nào": a planned event, or the n-th of a series, has its own day.
  [
    "issuedDate",
    /\b(?:ban hanh|ky|ki|phat hanh|ra doi|thong qua|xac thuc)(?: (?:vao|tu|la))? (?:ngay thang nam nao|ngay thang nao|ngay nao|ngay may|khi nao|bao gio|luc nao|nam nao|thang nao|thoi gian nao|ngay bao nhieu|hom nao)\b|\b(?:de|ghi) ngay (?:nao|may|bao nhieu)\b|(?<!\b(?:tu|sau|truoc) )\b(?:ngay(?: thang(?: nam)?)?|thoi gian|thoi diem) (?:ban hanh|ky|ki)(?! (?:niem|hop|luat|nang|thuat|thi))\b|^(?:cong van|cv|quyet dinh|qd|thong tu|tt|nghi dinh|nd|nghi quyet|nq|chi thi|ke hoach|thong bao|ket luan|van ban)\b(?!.*\b(?:hieu luc|ap dung|thuc hien|bat dau|ket thuc|het han|thi hanh|nop|chi tra|huong(?! dan)|tang|to chuc|dien ra|hop|lam viec|bao cao|gui|tra loi|phai|truoc|cham nhat|han|tinh tu|den het|uy quyen|du kien|lan thu|lan \d+)\b).*\b(?:(?:ngay thang nam|ngay thang|ngay) nao|ngay (?:may|bao nhieu))$/,
    /\b(?:(?:ban hanh|ky|ki|phat hanh|ra doi|thong qua|xac thuc) )?(?:(?:vao|tu|la) )?(?:ngay thang nam|ngay thang|ngay|khi|bao gio|luc|nam|thang|thoi gian|hom) nao\b|\bbao gio\b|\bngay (?:bao nhieu|may)\b|\b(?:de|ghi) ngay\b|\b(?:ngay(?: thang(?: nam)?)?|thoi gian|thoi diem) (?:ban hanh|ky|ki)(?! (?:niem|hop|luat|nang|thuat|thi))\b/g,
  ],
  // "số bao nhiêu" asks for a document's number, not for a coefficient, ratio or total ("hệ số", "tổng số"), nor for a
  // numbered part or form ("mẫu số mấy", "Điều số mấy"); "định số" only as "nghị định / quyết định số mấy".
  [
    "number",
    /\bkem theo (?:van ban|quyet dinh|qd|thong tu|tt|nghi dinh|nd|cong van|cv|ke hoach|nghi quyet|nq) (?:nao|so (?:may|nao|bao nhieu|gi))\b|^(?:(?:cho|xin) (?:hoi|biet) )?so (?:cua )?(?:van ban|cong van|cv|quyet dinh|qd|nghi dinh|nd|thong tu|tt|nghi quyet|nq|chi thi|ke hoach|phap lenh)\b(?!.*\b(?:bao nhieu|may)\b)|\bla (?:van ban|cong van|quyet dinh|nghi dinh|thong tu(?: lien tich)?|nghi quyet|chi thi|ke hoach|phap lenh|thong bao) nao$|\bso hieu\b|\bky hieu\b|\bmang so\b|(?<!\b(?:he|ty|chi|tong|phan|can|bao|nhieu|mot|cac|mau|bieu|dieu|khoan|diem|muc|chuong|luc) )(?<!(?<!\b(?:nghi|quyet) )\bdinh )\bso (?:may|bao nhieu)\b|(?<!\btren )\b(?:la|co) so (?:gi|nao)\b/,
    // "Số, ký hiệu của công văn …": the "số" of "số và ký hiệu" asks too; so does a question that opens with "số (của)
    // công văn …" (not "số văn bản … là bao nhiêu", a count); "… là quyết định nào?" asks which one.
    /^(?:(?:cho|xin) (?:hoi|biet) )?so (?:cua )?|\bla [a-z ]+ nao$|\bso (?:va )?ky hieu\b|\bso hieu\b|\bky hieu\b|\bmang so\b|\bso (?:may|bao nhieu)\b|(?<!\btren )\b(?:la|co) so (?:gi|nao)\b/g,
  ],
  [
    // "… gửi Văn phòng Chính phủ để làm gì": what a recipient is sent it for, the brackets of "Nơi nhận".
    "recipients",
    /\b(?:nguoi|don vi|co quan|ai|nao) (?:nhan|nhan duoc) (?:cong van|cv|quyet dinh|qd|thong tu|tt|nghi dinh|nd|nghi quyet|nq|chi thi|ke hoach|van ban|vb|thong bao|phap lenh)\b|\bco (?:duoc )?gui (?:cho |den |toi |ve )?(?:uy ban|ubnd|bo|so|ban|co quan|don vi|hoi dong|mat tran|mttq|tinh uy|thanh uy|van phong|vp|cuc|tong cuc|kho bac|toa an|vien kiem sat|kiem toan)\b(?: [a-z&]+){0,8} khong\b|\bgui (?:cho |den |toi |ve )?(?:nhung |cac )?(?:ai|don vi nao|co quan nao|noi nao|dau|nhung dau)\b|\bgui (?:de |cho |den )(?:[a-z]+ ){1,3}(?:nhung |cac )?(?:ai|don vi nao|co quan nao|noi nao)\b|\bco (?:duoc )?gui (?:cho|den|toi|ve) (?:[a-z&]+ ){1,8}khong\b|\b(?:qd|quyet dinh|cv|cong van|nd|nghi dinh|tt|thong tu|ttlt|vbhn|van ban hop nhat|nq|nghi quyet|phap lenh|chi thi|ke hoach|thong bao)\b.*\bco (?:duoc )?gui (?!kem\b)(?:[a-z&]+ ){1,14}khong\b|\bkinh gui\b|\bnoi nhan\b|\bgui (?:cho |den |toi )(?:nhung |cac )?(?:don vi|co quan)\b.*\bnao\b|\btra loi (?:cho )?(?:[a-z]+ ){0,3}(?<!\bthe )nao\b|\bduoc gui (?:cho |den |toi )(?:nhung |cac )?[a-z]+(?: [a-z]+)? nao\b|\bgui (?:cho |den |toi |dang (?:len |tren )?)?(?:nhung |cac )?(?:uy ban|co quan|don vi|bo|so|ban|nganh|to chuc|phong|cuc|dong chi|cong ty|cty|tong cong ty|doanh nghiep|dn|cong thong tin|trang thong tin|website|trang web)(?: (?!ngay|thang|nam|khi|luc|han|thoi)[a-z]+){0,4} nao\b|\b(?:qd|quyet dinh|cv|cong van|nd|nghi dinh|tt|thong tu|ttlt|vbhn|van ban hop nhat|nq|nghi quyet|phap lenh|chi thi|ke hoach|thong bao)\b.*\bgui (?:cho |den |toi |ve )?(?:[a-z&]+ ){1,8}(?:de|nham) (?:lam gi|muc dich gi)\b/,
    /\b(?:nguoi|don vi|co quan|ai|nao) (?:nhan|nhan duoc)\b|\bgui (?:cho |den |toi |ve )?(?:[a-z&]+ ){1,8}(?:de|nham) (?:lam gi|muc dich gi)\b|\bco (?:duoc )?gui\b|\btra loi (?:cho )?|\bgui de (?:[a-z]+ ){1,3}(?:nhung |cac )?ai\b|\bco (?:duoc )?gui (?:cho|den|toi|ve)\b|\bkhong$|\bgui (?:cho |den |toi |ve )?(?:nhung |cac )?(?:ai|don vi nao|co quan nao|noi nao|dau|nhung dau|don vi|co quan)\b|\bkinh gui\b|\bnoi nhan\b|\bnao\b/g,
  ],
  // "… bản gốc được lưu ở đâu, lưu mấy bản?": where the issuer files its copies, the "Lưu: VT, KGVX (3)" item of
  // "Nơi nhận".
  [
    "filed",
    /\b(?:duoc )?luu (?:o|tai) (?:dau|noi nao|bo phan nao|don vi nao)\b|\bluu (?:may|bao nhieu) ban\b|\b(?:may|bao nhieu) ban luu\b|\bluu(?: [a-z]+){1,8} (?:la )?(?:may|bao nhieu) ban\b/,
    /\b(?:ban (?:goc|luu) )?(?:duoc )?luu (?:o|tai) (?:dau|noi nao|bo phan nao|don vi nao)\b|\b(?:luu )?(?:may|bao nhieu) ban(?: luu)?\b/g,
  ],
  // "… được ban hành theo đề nghị của ai?": the body that proposed it, as the preamble's "Theo / Xét đề nghị của …"
  // line names it.
  ["proposer", /\b(?:theo|xet) de nghi cua (?:ai|nhung ai|[a-z]+(?: [a-z]+){0,3} nao)\b/],
  [
    "meetingDate",
    /\b(?:hop|lam viec|hoi nghi|buoi lam viec|cuoc hop|phien hop)\b.*\b(?:ngay nao|khi nao|bao gio|hom nao|luc nao|thoi gian nao)\b/,
    /\b(?:vao )?(?:ngay nao|khi nao|bao gio|hom nao|luc nao|thoi gian nao)\b/g,
  ],
];

/**
 * Whether the question opens with the document's own number and keeps to it: no later clause (";", ":", "vậy",
 * "còn") turns to another text. "VBHN 4804 hợp nhất NĐ 75/2021 (sửa đổi bởi NĐ 77/2024) ký ngày nào" asks the
 * consolidated text's date; "VBHN 836 hợp nhất TT 24/2009; bản Thông tư gốc đó do ai ban hành" asks the circular's.
 */
function opensWithOwnNumber(question: string, doc: DocumentMeta): boolean {
  const q = folded(question);
  const first = /\d+/.exec(q);
  if (!first || first[0].replace(/^0+/, "") !== /^\d+/.exec(doc.number)?.[0]?.replace(/^0+/, ""))
    return false;
  return !/[;:]|\b(?:vay|con)\b/.test(q.slice(first.index));
}

/**
 * Whether the question names the document as a consolidated text (by its own number or as "văn bản hợp nhất") and
 * not, besides, a text it brings together a second time: "VBHN 836 hợp nhất Thông tư 24/2009, thông tư 24/2009 ban
 * hành ngày nào" asks about the circular it names again.
 */
function namesConsolidated(question: string, doc: DocumentMeta, brought: readonly string[]): boolean {
  const entities = questionEntities(question);
  const q = folded(question);
  const namedAgain = brought.some((number) => {
    const head = folded(number).match(/^\d+\/\d{4}|^\d+/)?.[0];
    return head !== undefined && q.split(head).length > 2;
  });
  return (
    !namedAgain && (entities.kinds.includes("Văn bản hợp nhất") || documentsNamed(entities, [doc]).length > 0)
  );
}

/** Papers a procedure keeps, which a question may ask where to file. */
const PAPERS_KEPT = /\b(?:ho so|giay to|bien ban|danh sach|chung tu|tai lieu|so sach|phieu)\b/;

/** The question form of a field. */
const formOf = (field: MetaField): RegExp => FIELD_FORMS.find(([f]) => f === field)?.[1] ?? /$^/;

/** A question that ends asking a time: "… từ năm nào", "… khi nào". */
const TIME_ASKED_LAST =
  /\b(?:(?:tu|vao|trong) )?(?:nam|ngay|thang) nao$|\b(?:khi nao|tu bao gio|bao gio|tu khi nao)$/;

/** The blocks of a document that list whom it is sent to, named. */
const NAMES_BLOCK = /\b(?:noi nhan|kinh gui)\b/;

/** Things that carry a number of their own: a telephone, an account, a house, an identity card, a code ("mã số"). */
const NUMBERED_THING =
  /\bma so\b|\bso (?:dien thoai|dt|tai khoan|fax|ho chieu|cmnd|can cuoc|chung minh|nha|seri|serial|hotline|duong day nong|ma so thue|bien so|xe)\b/;

/**
 * The metadata fields a question asks for, with the spans that asked (removed before looking for the topic).
 * "ký" typed with accents must be "ký"/"kí" ("định kỳ", "kỹ năng" fold alike).
 *
 * @example
 * metadataFields("Ai ký thông báo kết luận?").fields // ["signer"]
 */
export function metadataFields(question: string): { fields: MetaField[]; rest: string } {
  const q = fold(normalize(question))
    .replace(/[?!.,;:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const signAccented =
    !hasDiacritics(question) || /(?<![\p{L}])(?:ký|kí|xác thực)(?![\p{L}])/iu.test(normalize(question));
  // "trên cơ sở nào" folds like "có số nào": typed with accents, a number is asked only with "số" or "ký hiệu".
  const numberAccented =
    !hasDiacritics(question) || /(?<![\p{L}])(?:số|ký hiệu|kí hiệu)(?![\p{L}])/iu.test(normalize(question));
  const fields: MetaField[] = [];
  let rest = q;
  for (const [field, form, asked] of FIELD_FORMS) {
    const m = form.exec(q);
    if (!m) continue;
    if (field === "signer" && !signAccented) continue;
    // "Thứ trưởng X, người ký …, được bổ nhiệm từ năm nào?": the signer only names whom a time is asked about; the
    // signature block gives no such time ("ký ngày nào" asks the day of issue, read below).
    if (field === "signer" && TIME_ASKED_LAST.test(q) && !formOf("issuedDate").test(q)) continue;
    if (field === "number" && !numberAccented && /\bco so\b/.test(m[0])) continue;
    // "số điện thoại của Cục … là số mấy": the number of a thing the question names, not the document's.
    if (field === "number" && NUMBERED_THING.test(q)) continue;
    // "… phải gửi cho những cơ quan nào": a duty to send, which the passages state, not whom the document goes to.
    if (field === "recipients" && /\bphai gui\b/.test(q)) continue;
    // "ai ra QĐ điều chỉnh dự toán, và QĐ đó gửi những đâu": a text the document has someone issue, pointed back to.
    if (field === "recipients" && ISSUED_THEN_SENT.test(q)) continue;
    if (field === "meetingDate" && fields.includes("issuedDate")) continue;
    // "phần nơi nhận ghi bản lưu ở Văn thư là mấy bản": the copies kept, which "Nơi nhận" lists last.
    if (field === "filed" && fields.at(-1) === "recipients" && !/\bgui\b/.test(q)) fields.pop();
    // "Hồ sơ … được lưu ở đâu": a paper a procedure keeps, not the document's own copies.
    if (field === "filed" && PAPERS_KEPT.test(q)) continue;
    // "Bộ trưởng …, thời điểm ban hành Thông tư 04/2001, là ai?": the question ends asking for a person, so a day or
    // a number it mentions on the way is not what it asks.
    if (
      /\b(?:la|con) ai$/.test(q) &&
      (field === "issuedDate" || field === "meetingDate" || field === "number")
    )
      continue;
    fields.push(field);
    rest = asked ? rest.replace(asked, " ") : rest.replace(m[0], " ");
  }
  // "ky nd 23/2012": the bare word "ký" beside a document, typed as into a search box, asks who signed it and when.
  if (fields.length === 0 && signAccented && /^(?:ky|ki)$/.test(blankDocumentReferences(q).trim()))
    return {
      fields: ["signer", "issuedDate"],
      rest: q
        .replace(/\b(?:ky|ki)\b/, " ")
        .replace(/\s+/g, " ")
        .trim(),
    };
  // "Ai ký ban hành Nghị định …": signing or issuing is the act the question asks about, not a topic of the text.
  if (fields.includes("signer") || fields.includes("issuer")) rest = rest.replace(/^\s*ban hanh\b/u, " ");
  return { fields, rest: rest.replace(/\s+/g, " ").trim() };
}

/** Texts the documents have someone issue, folded. */
const PRESCRIBED = "(?:quyet dinh|qd|bao cao|van ban|cong van|cv|thong bao|ke hoach)";
/** "ra QĐ …, QĐ đó gửi …", "lập báo cáo …, báo cáo này gửi …" (folded): a prescribed text, issued, then sent. */
const ISSUED_THEN_SENT = new RegExp(
  String.raw`\b(?:ra|lap|ban hanh) ${PRESCRIBED}\b.*\b${PRESCRIBED} (?:do|nay|ay) (?:duoc )?gui\b`,
);

/** The ways a question writes a document's day of issue: "24/7/2021", "ngày 24 tháng 7 năm 2021", "tháng 7/2021". */
function issueDateForms(iso: string): string[] {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y) return [];
  if (!m) return [String(y)];
  const month = [`${m}/${y}`, `tháng ${m} năm ${y}`];
  return d ? [`${d}/${m}/${y}`, `ngày ${d} tháng ${m} năm ${y}`, ...month] : month;
}

/** An enacting line of a preamble: "<issuer> ban hành Nghị định / Thông tư / Quyết định …" (folded). */
const ENACTING =
  /\bban hanh (?:nghi dinh|thong tu(?: lien tich)?|quyet dinh|nghi quyet|phap lenh|chi thi|quy dinh|quy che)\b/;

/** Words before a body's name that make it an object or a possessor, not the one acting ("đề nghị Bộ Nội vụ"). */
const NOT_ACTING = /(?:\b(?:cua|cho|voi|gui|ve|tai|nghi|kinh gui|va|hoac|tu|den|toi|giao|yeu cau)|[;(])\s*$/;

/** After a body's name, words that carry the noun phrase on: its place, a date, a number ("… nhân dân ngày 26 …"). */
const NAME_GOES_ON = /^\s*(?:ngay|so|tinh|thanh pho|huyen|quan|xa|phuong|cap|cac|ve|tai|cua)\b/;

/** The first sentence in which the body `name` stands as a subject: not after "của", "gửi", "đề nghị" … */
function actingAt(text: string, name: string): string | undefined {
  const key = folded(name).toLowerCase();
  if (!key) return undefined;
  return splitSentences(text).find((sentence) => {
    const f = folded(sentence).toLowerCase();
    // "Căn cứ Luật Tổ chức … Ủy ban nhân dân …": the bases name laws and bodies; none of them acts.
    if (/^\W*can cu\b/.test(f)) return false;
    for (let at = f.indexOf(key); at >= 0; at = f.indexOf(key, at + 1)) {
      // A longer name ("Bộ Công Thương" in "Sở Công Thương") or a title's body ("Bộ trưởng Bộ Nội vụ") is no subject.
      if (at > 0 && /[\p{L}\p{N}]/u.test(f[at - 1] as string)) continue;
      if (/\b(?:truong|giam doc|chu tich|thu truong|chanh van phong)\s*$/.test(f.slice(0, at))) continue;
      if (NAME_GOES_ON.test(f.slice(at + key.length))) continue;
      if (!NOT_ACTING.test(f.slice(Math.max(0, at - 12), at))) return true;
    }
    return false;
  });
}
/** The issuer without its place: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI" → "CHỦ TỊCH ỦY BAN NHÂN DÂN", as the body says it. */
function withoutPlace(doc: DocumentMeta): string {
  const place = folded(doc.province).toLowerCase();
  if (!place) return doc.issuer;
  const name = folded(doc.issuer).toLowerCase();
  const at = name.lastIndexOf(place);
  if (at <= 0 || at + place.length !== name.length) return doc.issuer;
  // Folding keeps lengths, so the cut found on the folded name cuts the written one.
  return (
    doc.issuer
      .slice(0, at)
      .replace(/\s*(?:tỉnh|thành phố|tp\.?)?\s*$/iu, "")
      .trim() || doc.issuer
  );
}
/** A name and its endings of three words or more, longest first: "Bộ Tài chính Tổng cục Thuế", …, "Tổng cục Thuế". */
function tails(name: string): string[] {
  const words = name.trim().split(/\s+/);
  return words.slice(0, Math.max(1, words.length - 2)).map((_, i) => words.slice(i).join(" "));
}
/** A sentence quoted whole, or a long one from the name on ("… của Bộ Tài chính, Bộ Nội vụ có ý kiến như sau:"). */
function fromName(written: string, name: string): string {
  const sentence = written.normalize("NFC").trim();
  if (sentence.length <= QUOTED_SENTENCE) return sentence;
  // Folding keeps each letter in its place, so an index in the folded sentence is one in the written sentence.
  const at = fold(sentence)
    .toLowerCase()
    .lastIndexOf(fold(name.normalize("NFC")).toLowerCase());
  return sentence.slice(Math.max(0, at), Math.max(0, at) + QUOTED_SENTENCE).trim();
}

/** How officers shorten a kind when they type it ("kh 134", "ctr 104 của TU"). */
const KIND_SHORT: Record<string, string> = {
  "Kế hoạch": "ke hoach|kh",
  "Chương trình": "chuong trinh|ctr",
  "Công văn": "cong van|cv",
  "Quyết định": "quyet dinh|qd",
  "Hướng dẫn": "huong dan|hd",
  "Thông báo": "thong bao|tb",
};

/**
 * Whether the question asks about the document as the text that carries out another it names by number: its
 * title does ("KẾ HOẠCH Triển khai thực hiện Chỉ thị số 11-CT/TU"), and the question names the document's own kind
 * before that number ("kh triển khai chỉ thị 11-ct/tu … do ai ký"), not only the other's ("Chỉ thị 11-CT/TU …").
 */
function carriesOut(doc: DocumentMeta, question: string, numbers: readonly string[]): boolean {
  const title = folded(doc.title).toLowerCase();
  const asked = folded(question).toLowerCase();
  const short = KIND_SHORT[doc.kind];
  return numbers.some((n) => {
    const at = asked.indexOf(n);
    return (
      at > 0 &&
      short !== undefined &&
      new RegExp(`\\b(?:${short})\\b`).test(asked.slice(0, at)) &&
      new RegExp(`\\b(?:thuc hien|trien khai)\\b.*\\bso ${escapeRegExp(n)}(?![\\w/-])`).test(title)
    );
  });
}

/** A title that names its body: "NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY về …", "KẾT LUẬN CỦA BỘ CHÍNH TRỊ". */
const TITLE_OF_BODY =
  /^\p{Lu}[\p{Lu}\s]{2,30}?\sCỦA\s+(\p{Lu}[\p{Lu}\s]{3,80}?)(?=\s+(?:về|V\/v|VỀ|\p{Ll})|$)/u;

/** The parser's blocks of the front and back matter: header, "Kính gửi", signature, "Nơi nhận". */
const BLOCKS = new Set(["hd", "kg", "ck", "nn"]);
/** The longest sentence quoted whole for a fact; a longer one is quoted by the fact's own words. */
const QUOTED_SENTENCE = 300;
/** How many passages from the start a preamble may take. */
const PREAMBLE_PASSAGES = 15;
/**
 * "Theo đề nghị của Bộ trưởng Bộ Công an;", "Xét đề nghị của Giám đốc Sở … tại Tờ trình số …;": the proposer ends at
 * ";", a full stop, "tại" (the submission that carried the proposal), or where the enacting words start ("…,
 * QUYẾT ĐỊNH:", "Chính phủ ban hành …").
 */
const PROPOSED_BY =
  /(?:Theo|Xét) đề nghị của\s+(?<who>[^;\n]{3,200}?)(?=\s*;|\.(?!\d)|\s+tại\s|,?\s+(?:\p{Lu}{2,}|(?:Chính phủ|Thủ tướng|Ủy ban|UBND|Bộ trưởng)\s+(?:\p{Ll}+\s+){0,6}ban hành)|\s*$)/u;

/** "Kính gửi:", or a telegram's "BỘ XÂY DỰNG điện:": the addressees follow. */
const KINH_GUI = new RegExp(
  `[Kk]ính\\s*gửi\\s*:?\\s*|KÍNH\\s*GỬI\\s*:?\\s*|${CABLE_ADDRESS.source.slice(1)}\\s*`,
  "u",
);

/**
 * A line with its marker after every sentence in it: titles such as "KT. BỘ TRƯỞNG" read as two sentences, and each
 * must carry the source it comes from.
 */
function marked(line: string, n: number): string {
  return `${line
    .split(SENTENCE_END)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .join(` [${n}] `)} [${n}]`;
}

/** Recipients that are not addressees: the archive copy ("Lưu VT") and "Như trên". */
const NOT_ADDRESSEE = /^(?:luu|nhutren|nhudieu)/;
/** Letters only, folded: "Nh ư tr ê n" (spaced by a bad conversion) is still "như trên". */
const squeezed = (text: string) => fold(normalize(text)).replace(/[^a-z0-9]+/g, "");

/** Dates written in a passage that are the given ISO date: "06/6/2024", "ngày 06 tháng 6 năm 2024", "tháng 6 năm 2024". */
function datePattern(iso: string): RegExp | null {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m) return null;
  const mm = `0?${m}`;
  if (!d) return new RegExp(`\\bthang\\s+${mm}\\s*(?:nam|/)\\s*${y}\\b|\\b${mm}/${y}\\b`);
  const dd = `0?${d}`;
  return new RegExp(
    `\\b${dd}\\s*[/.-]\\s*${mm}\\s*[/.-]\\s*${y}\\b|\\bngay\\s+${dd}\\s+thang\\s+${mm}\\s+nam\\s+${y}\\b`,
  );
}

/** The kinds a question describes a document by, folded, with their abbreviations. */
const DESCRIBED_KINDS =
  "thong bao ket luan|ket luan|cong van|cv|quyet dinh|qd|thong tu(?: lien tich)?|ttlt|tt|nghi dinh|nd|nghi quyet|nq|van ban(?: hop nhat)?|vbhn|ke hoach|thong bao|chi thi|phap lenh|huong dan|quy dinh";
/** A kind and the topic it is "about", to the end: how a question names a document by what it is about. */
const DESCRIBED_KIND = new RegExp(String.raw`\b(?:${DESCRIBED_KINDS})\b.*?\bve\b.*$`);
/** A kind and the "về" that introduces its topic: "hướng dẫn về", "kế hoạch số 7360 về" (folded). */
const KIND_ABOUT = new RegExp(String.raw`\b(?:${DESCRIBED_KINDS})(?: so \S+)? ve\b`, "g");

/**
 * A document introduced as the source of what is asked: "(theo cv 2214 bxd)", "căn cứ Quyết định 40/2011"; not the
 * decision a text is attached to ("Quy định … kèm theo QĐ 12/2012"), whose header and signature are the text's own.
 */
const SOURCE_NAMED =
  /\b(?<!\bkem )(?:theo|can cu)\s+(?:cong van|cv|quyet dinh|qd|thong tu(?: lien tich)?|ttlt|tt|nghi dinh|nd|nghi quyet|nq|van ban(?: hop nhat)?|vbhn|ke hoach|thong bao|ket luan|chi thi|phap lenh|pl)\s*(?:so\s*)?\d/;
/**
 * How much better a passage of the document must cover the topic than its name (kind, number, title, issuer, place,
 * addressees) for the question to be about the text.
 */
const BODY_MARGIN = 0.15;

const folded = (text: string) => fold(normalize(text)).replace(/\s+/g, " ");

/** Words only, folded and lower-cased, padded with spaces so a whole name is found by `includes`. */
const words = (text: string) =>
  ` ${folded(text)
    .toLowerCase()
    .replace(/^\s*-\s*/, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;

/**
 * Whether the question names this recipient whole ("Trung ương Hội Cựu chiến binh Việt Nam"). Four words at least:
 * "Bộ Tài chính" alone is named by many texts about money, not only by their lists.
 */
function namesThis(question: string, recipient: string): boolean {
  const name = words(recipient);
  return name.trim().split(" ").length >= 4 && words(question).includes(name);
}

/** Whether the question names one of the document's recipients whole. */
const namesRecipient = (question: string, doc: DocumentMeta) =>
  doc.recipients.some((r) => namesThis(question, r));

/** Start and end of a fact in a passage's text. */
type Span = [number, number];

interface Fact {
  /** "Người ký: Đinh Đức Chính, Chánh Văn phòng", or, when the document does not give it, "… không ghi người ký". */
  line: string;
  /** The passage that holds the fact (or, for an absent one, where it would be). */
  passage: Passage;
  /** The source's own words for it, when short enough to quote. */
  quote?: string;
  /** The document does not give this fact: the sentence that says so when no other fact is given. */
  absent?: string;
}

/**
 * Answers questions about a document itself — who signed or issued it, its number, its date, whom it is sent to,
 * the day of the meeting it concludes — from the document's metadata, citing the passage that holds the fact: the
 * header (`hd`), the signature (`ck`), the "Kính gửi" block (`kg`), else the first passage that contains it, else the
 * document's first passage. The document is the one the question names (number, kind, province, topic); a question
 * about a document the text only refers to ("Quy định 1071 ban hành ngày nào?") is left to the passage answerer.
 * An empty field is said plainly ("… không ghi người ký"). Returns null for other questions.
 *
 * @example
 * await new MetadataAnswerer(index).answer("Ai ký thông báo kết luận của Bí thư Tỉnh ủy Lạng Sơn?")
 * // "Thông báo kết luận số …-TB/VPTU tháng 6/2024 của Văn phòng Tỉnh ủy Lạng Sơn do Đinh Đức Chính (Chánh Văn phòng) ký [1]."
 */
export class MetadataAnswerer {
  /** The numbers a document answers to besides its own (a consolidated text's, a misread scan's). */
  private readonly aliases: (doc: DocumentMeta) => string[];
  /** The texts a consolidated text brings together: part of what it is, like its title. */
  private readonly brought: (doc: DocumentMeta) => string[];

  constructor(
    private readonly index: PassageIndex,
    private readonly minCoverage = 0.2,
  ) {
    this.aliases = numberAliases(index);
    this.brought = consolidatedReferences(index);
  }

  async answer(question: string): Promise<Omit<Answer, "ms"> | null> {
    const { fields, rest } = metadataFields(question);
    if (fields.length === 0) return null;
    const choice = await this.chooseDocument(question, rest, fields);
    if (choice === null) return null;
    if ("answer" in choice) return choice.answer;
    const doc = choice.document;
    // "…; vậy Hiệp định Giơ-ne-vơ được ký ngày nào": another text, named by its name, is asked about.
    if (
      asksAboutAnother(question, fields, doc) ||
      namedTextOutside(question, [doc], this.index.passages) !== null ||
      !(await this.asksAboutItself(rest, doc, question))
    )
      return null;
    const facts = fields.flatMap((f) => this.facts(doc, f));
    if (facts.length === 0) return null;
    // "… có gửi cả Trung ương Hội Cựu chiến binh không": the recipient asked about leads the list.
    facts.sort(
      (a, b) =>
        Number(namesThis(question, b.line.replace(/^Nơi nhận: /u, ""))) -
        Number(namesThis(question, a.line.replace(/^Nơi nhận: /u, ""))),
    );
    // "… ông X ký, vậy ông ký với chức vụ gì?": a signature block with a name and no title does not give the title,
    // and a question that already names the signer is told only that.
    const title = fields.includes("signer") && TITLE_ASKED.test(folded(question)) && !doc.signerTitle.trim();
    const signerNamed = title && doc.signer !== "" && folded(question).includes(folded(doc.signer));
    if (title)
      facts.push({
        line: "Chức vụ người ký: văn bản không ghi.",
        passage: facts.find((f) => f.line.startsWith("Người ký"))?.passage ?? (facts[0] as Fact).passage,
        absent: "không ghi chức vụ của người ký.",
      });
    // A document with no "Kính gửi" or "Nơi nhận" may still say in its text where things go ("… danh sách gửi về
    // Ban Tổ chức Trung ương Đảng thẩm định"): the passages are asked before saying it is not given.
    // Unless the question names the block it asks for ("… gửi cho những cơ quan nào (nơi nhận)").
    if (
      fields.every((f) => f === "recipients") &&
      facts.every((f) => f.absent) &&
      !NAMES_BLOCK.test(folded(question))
    )
      return null;
    const passages: Passage[] = [];
    const label = documentLabel(doc);
    // One fact per line under the document's name; a fact the document lacks is a sentence of its own.
    const given = facts.filter((f) => !f.absent);
    const lines = given.length > 0 ? [`${label}:`] : [];
    for (const fact of facts) {
      if (!passages.includes(fact.passage)) passages.push(fact.passage);
      const n = passages.indexOf(fact.passage) + 1;
      const quote = fact.quote ? ` ${marked(`Nguyên văn: “${fact.quote}”`, n)}` : "";
      lines.push(
        fact.absent && given.length === 0
          ? `${label} ${fact.absent} [${n}]`
          : `- ${marked(fact.line, n)}${quote}`,
      );
    }
    const citations: Citation[] = passages.map((p, i) => citationOf(i + 1, p, doc, 1));
    return {
      question,
      answer: lines.join("\n"),
      refused: false,
      mode: "extractive",
      citations,
      // "… không ghi người ký": the document covers what is asked about but does not give it.
      ...((given.length === 0 || signerNamed) && { notStated: true }),
    };
  }

  /**
   * The document the question is about: the one whose own number it names; else among those agreeing with its kind,
   * place, year and issuer, the best match for its topic. A question with no topic and several candidates is
   * answered with the list of candidates to choose from.
   */
  private async chooseDocument(
    question: string,
    rest: string,
    fields: MetaField[],
  ): Promise<{ document: DocumentMeta } | { answer: Omit<Answer, "ms"> } | null> {
    const entities = questionEntities(question);
    // "Theo công văn 895, Pháp lệnh … ban hành ngày nào?": the named document is the source, not the subject.
    if (/^(?:theo|can cu)\b/.test(folded(question).trim())) return null;
    // "QĐ 22/2013 … ban hành ngày nào (theo cv 2214)": the same, with the source named at the end; unless one text
    // answers to both numbers ("Văn bản hợp nhất NĐ 75/2021 … theo NĐ 77/2024": the decree it consolidates and one
    // that amended it).
    const consolidated = (d: DocumentMeta) => namedThroughConsolidation(entities, d, this.aliases);
    const all = [...this.index.documents.values()];
    const named = entities.numbers.length + entities.bareNumbers.length > 0;
    const owners = named ? documentsNamed(entities, all, this.aliases) : [];
    // "KH triển khai Chỉ thị 11-CT/TU … do ai ký": a number no text owns names the one of the kind asked whose title
    // carries it out ("KẾ HOẠCH Triển khai thực hiện Chỉ thị số 11-CT/TU").
    const byNumber =
      owners.length > 0 || !named ? owners : all.filter((d) => carriesOut(d, question, entities.numbers));
    // "NĐ 75/2021 căn cứ PL 02/2020 …; vậy NĐ 75 được ký ngày nào": the one text the question proper names again.
    const proper = ASKING_CLAUSE.exec(normalize(question))?.[1];
    const again = proper ? documentsNamed(questionEntities(proper), byNumber, this.aliases) : [];
    // Unless the text named by its number owns the field asked: "CV 2214 … theo QĐ 22/2013 được ký ngày nào?".
    if (
      again.length !== 1 &&
      SOURCE_NAMED.test(folded(question)) &&
      !all.some(consolidated) &&
      !byNumber.some((d) => ownsAskedField(question, d))
    )
      return null;
    let candidates = all;
    if (named) {
      candidates = byNumber;
      // A number that is no document's own: the question is about a document the text refers to. So it is when the
      // question names two numbers and only one is a document's own ("Cv 2638 thực hiện Chỉ thị 16/CT-TTg …, chỉ
      // thị đó ban hành ngày nào?"): the other one is asked about.
      const numbers = new Set([...entities.numbers, ...entities.bareNumbers]).size;
      // Unless one consolidated text answers to every number through the texts it brings together.
      // Nor when the one text held owns the date or number asked, the other being one it cites ("CV 2214 … theo QĐ
      // 22/2013 được ký ngày nào?").
      const owned = candidates.length === 1 && ownsAskedField(question, candidates[0] as DocumentMeta);
      // Nor when every number is the one text's own or one it consolidates: "VBHN 4804 hợp nhất NĐ 75/2021 (sửa đổi
      // bởi NĐ 55/2023 và NĐ 77/2024) ký ngày nào".
      // So when the corpus also holds a text it consolidates ("vbhn 4804 hop nhat nd 75 ky ngay nao"): the text the
      // question opens with is its subject.
      const opener = candidates.find(
        (d) => opensWithOwnNumber(question, d) && namesOnly(question, d, this.aliases, true),
      );
      if (opener && this.aliases(opener).length > 0) candidates = [opener];
      if (candidates.length > 1 && again.length === 1) candidates = again;
      const only = candidates.length === 1 && (opener !== undefined || again.length === 1);
      if (
        candidates.length === 0 ||
        (candidates.length < numbers && !candidates.some(consolidated) && !owned && !only)
      )
        return null;
    }
    // "… ban hành ngày 05/3/2024": the day of issue names the document as surely as its number.
    const days = namedDays(question);
    if (days.length > 0) {
      const onDay = (d: DocumentMeta) => days.includes(d.issuedDate);
      // "văn bản hợp nhất nghị định …": every kind named, when one document is all of them.
      const issued = all.filter(onDay);
      const every = issued.filter((d) => entities.kinds.every((k) => isOfKind(d, k)));
      const dated =
        every.length > 0 ? every : issued.filter((d) => entities.kinds.some((k) => isOfKind(d, k)));
      if (candidates.some(onDay)) candidates = candidates.filter(onDay);
      else if (dated.length > 0) candidates = dated;
    }
    // "… tháng 10/2013": the month of issue, when a candidate was issued then.
    const months = namedMonths(question);
    const inMonth = candidates.filter((d) => months.some((m) => d.issuedDate.startsWith(m)));
    if (inMonth.length > 0) candidates = inMonth;
    // The kind named with a carried-out text's number ("chỉ thị 11-ct/tu") is that text's, not the one asked about.
    const carried = owners.length === 0 && byNumber.length > 0;
    if (entities.kinds.length > 0 && !carried) {
      const agreeing = candidates.filter((d) => entities.kinds.some((k) => isOfKind(d, k)));
      // "Ai ký Kết luận về cán bộ trẻ?" over a corpus that holds no kết luận: the field of a document that is not
      // there, which a passage merely citing a kết luận must not answer.
      if (agreeing.length === 0 && !named && !all.some((d) => entities.kinds.some((k) => isOfKind(d, k))))
        return { answer: refusal(question, absentKindText(entities.kinds)) };
      if (agreeing.length === 0) return null;
      candidates = agreeing;
    }
    const header = (d: DocumentMeta) => ({
      header: this.index.passage(`${d.id}#hd`)?.text ?? "",
      addressees: this.index.passage(`${d.id}#kg`)?.text ?? "",
    });
    // A document named by its own number is identified: a year beside it is about its content ("QĐ 6154 … dự toán
    // ngân sách 2012", issued in 2011), not another document.
    const place = { ...entities, numbers: [], bareNumbers: [], ...(named && { years: [] }) };
    // "UBND tỉnh Nam Định có QĐ … không, số mấy": that place's own text is asked; a national one that never names the
    // place is not it.
    const ownText = placeIssues(question);
    /** The place only a national text agrees with, when the place's own text is asked. */
    const onlyNational = (d: DocumentMeta, context: { header: string }) =>
      ownText ? placeOnlyByNationalRule(entities, d, context.header, true) : null;
    const agreeing = candidates.filter((d) => {
      const context = header(d);
      return disagreement(place, d, "", context) === null && onlyNational(d, context) === null;
    });
    const first = candidates[0];
    const national = agreeing.length === 0 && first ? onlyNational(first, header(first)) : null;
    if (national && first)
      return {
        answer: refusal(question, entityRefusalText({ kind: "place", phrase: `của ${national}` }, first)),
      };
    if (agreeing.length === 0) {
      const nearest = candidates[0];
      const why = nearest && disagreement(place, nearest, "", header(nearest));
      if (!nearest || !why) return null;
      return { answer: refusal(question, entityRefusalText(why, nearest)) };
    }
    const topical = hasOwnTopic(rest) || named;
    const meetingOnly = fields.every((f) => f === "meetingDate");
    if (agreeing.length === 1 && (named || entities.kinds.length > 0 || !topical))
      return { document: agreeing[0] as DocumentMeta };
    // "Họp ngày nào?" with nothing else is no question about a document: leave it to the other answerers.
    if (!topical) return meetingOnly ? null : { answer: this.whichDocument(question, agreeing) };
    // "Hướng dẫn về kiện toàn đội ngũ …": the kind and its "về" introduce the topic; they are no word of it.
    const terms = topicTerms(rest.replace(KIND_ABOUT, " "));
    const hits = await this.index.search(rest || question, 20);
    const allowed = new Set(agreeing.map((d) => d.id));
    const hit = hits.find((h) => allowed.has(h.document.id));
    if (!hit) return null;
    // The day of "the meeting" is the one the document records: its title and opening must be what is asked about.
    const where = meetingOnly
      ? this.index
          .passagesOf(hit.document.id)
          .slice(0, 2)
          .map((p) => p.text)
      : [...hit.passage.headings, hit.passage.text];
    const context = [hit.document.title, hit.document.issuer, ...where].join("\n");
    if (coverage(this.index.lexical, terms, context) < this.minCoverage) return null;
    return { document: hit.document };
  }

  /**
   * Whether what is left of the question once the asked field is dropped describes the document itself (its kind,
   * number, title, issuer, place) rather than something its text tells. "Danh sách 29 tỉnh đã báo cáo được BXD gửi
   * kèm công văn số mấy?" asks for a number inside the letter, not for the letter's own number: a passage of the
   * document covers that topic far better than the document's name does.
   */
  private async asksAboutItself(rest: string, doc: DocumentMeta, question: string): Promise<boolean> {
    // "kết luận về cán bộ trẻ": what follows "<kind> về" is how the question names the document.
    const terms = topicTerms(rest.replace(DESCRIBED_KIND, " "));
    if (terms.length === 0) return true;
    // "NĐ 23/2012 về chế độ hưu trí … có gửi cả Trung ương Hội Cựu chiến binh không": a recipient the document's list
    // names, asked by name, is asked of that list however the question describes the document on the way.
    if (namesRecipient(question, doc)) return true;
    const identity = [
      doc.kind,
      doc.number,
      doc.title,
      doc.issuer,
      doc.province,
      ...issueDateForms(doc.issuedDate),
      ...doc.recipients,
      this.index.passage(`${doc.id}#kg`)?.text ?? "",
      // "VBHN 4804 hợp nhất NĐ 75/2021 sửa đổi bởi NĐ 77/2024 ký ngày nào": the texts consolidated name it, once
      // the question names it as a consolidated text ("NĐ 55/2023 … do ai ký" alone asks about the decree).
      ...(namesConsolidated(question, doc, this.aliases(doc)) ? this.brought(doc) : []),
    ].join("\n");
    const hits = await this.index.search(rest, 10);
    const body = hits
      .filter((h) => h.document.id === doc.id && !/^(?:hd|ck|nn|kg)$/u.test(h.passage.path))
      .map((h) => [...h.passage.headings, h.passage.text].join("\n"));
    // Read with and without the syllable pairs: a passage that happens to share the question's word order ("người
    // có công định cư") is not more about the topic than a title naming every word of it in another order.
    const syllables = terms.filter((t) => termKind(t) !== BIGRAM);
    return [terms, syllables].some((asked) => {
      const own = coverage(this.index.lexical, asked, identity);
      return (
        Math.max(0, ...body.map((text) => coverage(this.index.lexical, asked, text))) < own + BODY_MARGIN
      );
    });
  }

  private whichDocument(question: string, documents: DocumentMeta[]): Omit<Answer, "ms"> {
    const shown = documents.slice(0, 6).map((d, i) => `${i + 1}. ${documentLabel(d)}`);
    const more =
      documents.length > shown.length ? `\n(và ${documents.length - shown.length} văn bản khác)` : "";
    return {
      ...refusal(
        question,
        `Anh/chị hỏi về văn bản nào? Trong kho có:\n${shown.join("\n")}${more}\nHãy hỏi lại kèm số, tên hoặc nội dung văn bản.`,
      ),
      clarify: true,
    };
  }

  /** The passage that holds a fact: the structural block for it, else the first that contains it. */
  private holder(
    doc: DocumentMeta,
    paths: string[],
    contains: ((text: string) => boolean) | null,
  ): Passage | null {
    const passages = this.index.passagesOf(doc.id);
    for (const path of paths) {
      const p = passages.find((x) => x.path === path);
      if (p && (!contains || contains(p.text))) return p;
    }
    if (contains) {
      const p = passages.find((x) => contains(x.text));
      if (p) return p;
      // A copy whose own header lost its number: a heading, "(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025
      // …)" over its appendix.
      const header = passages.find((x) => x.path === "hd");
      const lost = !header || !folded(header.text).includes(folded(doc.number) || "\u0000");
      const headed = lost ? passages.find((x) => contains(x.headings.join("\n"))) : undefined;
      if (headed) return headed;
    }
    return null;
  }

  /**
   * Where the body says the document's own number again, with its date when `dated` is given: the heading of a text
   * it issues ("Ban hành kèm theo Quyết định số 162/2025/QĐ-UBND ngày 23/11/2025"), or "Kế hoạch số 980/KH-UBND ngày
   * 18 tháng 11 năm 2025 …" in its own closing. Cited beside the header, as a second source of the same fact.
   */
  private restated(doc: DocumentMeta, cited: Passage, dated: ((text: string) => boolean) | null): Fact[] {
    const number = squeezed(doc.number);
    // A bare sign ("-TB/VPTU") or a short number would match other documents' numbers.
    if (!/\d/.test(number) || number.length < 6) return [];
    const holds = (text: string) => squeezed(text).includes(number) && (!dated || dated(text));
    const body = this.index.passagesOf(doc.id).filter((p) => p !== cited && !BLOCKS.has(p.path));
    const inText = body.find((p) => holds(p.text));
    // The heading over an attached text is no passage of its own: the first passage under it carries it, shown first.
    const under = inText ? undefined : body.find((p) => p.headings.some(holds));
    const source = inText?.text ?? under?.headings.find(holds) ?? "";
    const found = splitSentences(source).find(holds)?.trim() ?? "";
    // "QUY ĐỊNH VỀ … (Ban hành kèm theo Quyết định số 12/2012/QĐ-UBND …)": the brackets that hold the number.
    const bracketed = [...found.matchAll(/\(([^()]+)\)?/g)].map((m) => m[1] as string).find(holds);
    const sentence = (bracketed ?? found).trim();
    if (!sentence || sentence.length > QUOTED_SENTENCE) return [];
    const passage = inText ?? { ...(under as Passage), text: `${source}\n${(under as Passage).text}` };
    return [{ line: `Trong văn bản: “${sentence.replace(/^[*(\s]+|[*)\s]+$/g, "")}”`, passage }];
  }

  /**
   * Where the body names its issuer acting, by its name without the place or by the ending the body uses ("BỘ TÀI
   * CHÍNH TỔNG CỤC THUẾ" → "…, Tổng cục Thuế có ý kiến như sau:"): the passage, and the sentence quoted from the name on.
   */
  private acting(doc: DocumentMeta): { passage: Passage; sentence: string } | undefined {
    const body = this.index.passagesOf(doc.id).filter((p) => p.path === "kg" || !BLOCKS.has(p.path));
    for (const name of tails(withoutPlace(doc)))
      for (const passage of body) {
        const sentence = actingAt(passage.text, name);
        if (sentence !== undefined) return { passage, sentence: fromName(sentence, name) };
      }
    return undefined;
  }

  /** The names after "Kính gửi:" in the document's "Kính gửi" block or header, with the passage that lists them. */
  private addressees(doc: DocumentMeta): { name: string; passage: Passage }[] {
    const passage = this.holder(doc, ["kg", "hd"], (t) => KINH_GUI.test(t));
    if (!passage) return [];
    const after = passage.text.slice(KINH_GUI.exec(passage.text)?.index ?? 0).replace(KINH_GUI, "");
    return (
      after
        // Items end at ";" ("- Bộ Tài chính; - Bộ Kế hoạch và Đầu tư"); a dash inside a name stays ("Sở Lao động - …").
        .split(/\s*;\s*/)
        .map((name) => name.replace(/^[-–•\s]+|[.;,\s]+$/g, "").trim())
        // "Kính gửi: ……………(2)" in a form the text appends is a blank to fill in, not whom the text is sent to.
        .filter((name) => name.length > 1 && !NOT_ADDRESSEE.test(squeezed(name)) && !FORM_BLANK.test(name))
        .map((name) => ({ name, passage }))
    );
  }

  /** The header when the parser gives one, else the document's first passage: where an absent fact would be. */
  private header(doc: DocumentMeta): Passage | null {
    const passages = this.index.passagesOf(doc.id);
    return passages.find((p) => p.path === "hd") ?? passages[0] ?? null;
  }

  /** The facts for one field, each with the passage that holds it. */
  private facts(doc: DocumentMeta, field: MetaField): Fact[] {
    const header = this.header(doc);
    if (!header) return [];
    const has = (value: string) => {
      const key = folded(value);
      return (text: string) => key.length > 0 && folded(text).includes(key);
    };
    // The sentence that holds the fact when it is short, else the words of the fact as the source has them.
    const quoteOf = (passage: Passage, test: (s: string) => boolean, span: (t: string) => Span | null) => {
      const sentence = splitSentences(passage.text).find(test);
      if (sentence && sentence.length <= QUOTED_SENTENCE && sentence.length < passage.text.length)
        return sentence;
      const at = span(passage.text);
      return at ? passage.text.slice(at[0], at[1]) : undefined;
    };
    const valueSpan = (value: string) => (text: string) => {
      const at = fold(normalize(text)).indexOf(fold(normalize(value)));
      return at < 0 ? null : ([at, at + value.length] as Span);
    };
    // "TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG … Ngô Văn Độ": a signature block is quoted whole up to the name, its
    // capacities (TM., TL., KT.) included, which a sentence split would cut at their full stops.
    const blockTo = (passage: Passage, name: string) => {
      const end = passage.path === "ck" ? valueSpan(name)(passage.text)?.[1] : undefined;
      return end !== undefined && end <= QUOTED_SENTENCE ? passage.text.slice(0, end) : undefined;
    };
    const wordsOf = (passage: Passage, value: string) => {
      const at = valueSpan(value)(passage.text);
      return at ? passage.text.slice(at[0], at[1]) : undefined;
    };
    // A date in a header is quoted with the place before it, as written: "TP. Hồ Chí Minh, ngày 26 tháng 11 năm 2008".
    const patternSpan = (pattern: RegExp | null) => (text: string) => {
      const m = pattern?.exec(fold(normalize(text)));
      if (!m) return null;
      const place =
        /(?<![\p{L}\p{N}.-])(?:TP\.|TX\.|[\p{Lu}][\p{Ll}]+)(?:\s+[\p{Lu}][\p{Ll}]+){0,4}\s*,\s*$/u.exec(
          text.slice(Math.max(0, m.index - 40), m.index),
        );
      return [place ? m.index - place[0].length : m.index, m.index + m[0].length] as Span;
    };
    const absent = (what: string, passage: Passage): Fact[] => [
      {
        line: `${what.charAt(0).toUpperCase()}${what.slice(1)}: văn bản không ghi.`,
        passage,
        absent: `không ghi ${what}.`,
      },
    ];
    switch (field) {
      case "signer": {
        if (!doc.signer) return absent("người ký", this.holder(doc, ["ck"], null) ?? header);
        // Joint signers are listed "; " apart, names and titles alike.
        const names = doc.signer.split("; ");
        const titles = doc.signerTitle.split("; ");
        const test = has(names[0] as string);
        const passage = this.holder(doc, ["ck"], test) ?? this.holder(doc, ["ck"], null) ?? header;
        const signers = names.map((name, i) => (titles[i] ? `${name}, ${spokenFormula(titles[i])}` : name));
        return [
          {
            line: `Người ký: ${signers.join("; ")}.`,
            passage,
            quote:
              names.length === 1
                ? (blockTo(passage, doc.signer) ?? quoteOf(passage, test, valueSpan(doc.signer)))
                : undefined,
          },
        ];
      }
      case "issuer": {
        if (!doc.issuer) return absent("cơ quan ban hành", header);
        const own = doc.issuer.replace(new RegExp(`\\s*${doc.province}$`), "");
        const test = has(own);
        const passage = this.holder(doc, ["hd"], null) ?? this.holder(doc, [], test) ?? header;
        // "Chính phủ ban hành Nghị định quy định …": the preamble's enacting line says it in a sentence of its own.
        const enacting = this.index
          .passagesOf(doc.id)
          .find((p) => p.path.startsWith("md") && test(p.text) && ENACTING.test(folded(p.text)));
        // "Bộ Nội vụ có ý kiến như sau:", "Văn phòng Chính phủ thông báo …": a letter's body names its issuer acting.
        // "BỘ TÀI CHÍNH TỔNG CỤC THUẾ": a header names the parent over the issuer; the body says "Tổng cục Thuế".
        const acting = enacting ? undefined : this.acting(doc);
        // "NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY về …" under "TỈNH ỦY LÀO CAI": the title names the body that issues it.
        const titled = TITLE_OF_BODY.exec(doc.title)?.[1]?.trim();
        const titleHolder = titled ? this.holder(doc, ["hd"], has(titled)) : null;
        const signed = this.holder(doc, ["ck"], test);
        return [
          {
            line: `Cơ quan ban hành: ${issuerWithProvince(doc)}.`,
            passage,
            // The issuer's own words: the header's first sentence runs on into the title and the bases.
            quote: passage.id.endsWith("#hd")
              ? (wordsOf(passage, own) ?? quoteOf(passage, test, valueSpan(own)))
              : quoteOf(passage, test, valueSpan(own)),
          },
          ...(enacting && enacting !== passage
            ? [
                {
                  line: `Phần mở đầu ghi: “${enacting.text.slice(0, QUOTED_SENTENCE).trim()}”`,
                  passage: enacting,
                },
              ]
            : []),
          ...(titled && titleHolder && folded(titled) !== folded(own)
            ? [{ line: `Tên văn bản ghi là văn bản của: ${titled}.`, passage: titleHolder, quote: titled }]
            : []),
          ...(acting && acting.passage !== passage
            ? [{ line: `Trong văn bản: “${acting.sentence}”`, passage: acting.passage }]
            : []),
          // "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI / CHỦ TỊCH": the body the signer signs for, under a header that may name
          // only its parent ("QUỐC HỘI"); when no enacting line says it already.
          ...(signed && signed !== passage && !enacting
            ? [
                {
                  line: `Khối chữ ký ghi: “${signed.text.slice(0, QUOTED_SENTENCE).trim()}”`,
                  passage: signed,
                },
              ]
            : []),
        ];
      }
      case "number": {
        const number = doc.number.trim();
        if (!number) return absent("số hiệu", this.holder(doc, ["hd"], null) ?? header);
        const test = has(number);
        const passage = this.holder(doc, ["hd"], test) ?? this.holder(doc, ["hd"], null) ?? header;
        const line = /^[-/]/.test(number)
          ? `Số hiệu: “Số ${number}”, phần số thứ tự để trống, chỉ có ký hiệu ${number}.`
          : `Số hiệu: ${number}.`;
        return [
          { line, passage, quote: quoteOf(passage, test, valueSpan(number)) },
          ...this.restated(doc, passage, null),
        ];
      }
      case "issuedDate": {
        const iso = doc.issuedDate.trim();
        const pattern = iso ? datePattern(iso) : null;
        const test = (text: string) => pattern?.test(folded(text)) === true;
        const passage = this.holder(doc, ["hd"], test) ?? this.holder(doc, ["hd"], null) ?? header;
        const meeting = iso.length < 10 && doc.meetingDate ? this.facts(doc, "meetingDate") : [];
        if (!iso) return [...absent("ngày ban hành", passage), ...meeting];
        const line =
          iso.length < 10
            ? `Ngày ban hành: không ghi ngày cụ thể, chỉ ghi ${datePhrase(iso)}.`
            : `Ngày ban hành: ${officialDay(iso)}.`;
        return [
          { line, passage, quote: quoteOf(passage, test, patternSpan(pattern)) },
          ...this.restated(doc, passage, test),
          ...meeting,
        ];
      }
      case "recipients": {
        // The addressees as the "Kính gửi" line lists them (its own block, or inside the header of a letter laid
        // out as a table), then the "Nơi nhận" list, each cited to the block that holds it.
        const addressed = this.addressees(doc);
        const listed = new Set(addressed.map((a) => squeezed(a.name)));
        const fallback = this.holder(doc, ["nn", "ck"], null) ?? header;
        const others = doc.recipients
          .filter((r) => !NOT_ADDRESSEE.test(squeezed(r)) && !listed.has(squeezed(r)))
          .map((r) => ({
            line: `Nơi nhận: ${r.replace(/\s*;\s*(?=\()/g, " ")}`,
            passage: this.holder(doc, ["nn", "kg"], has(r)) ?? this.holder(doc, [], has(r)) ?? fallback,
          }));
        const facts = [
          ...addressed.map((a) => ({ line: `Kính gửi: ${a.name}`, passage: a.passage })),
          ...others,
        ];
        return facts.length > 0 ? facts : absent("nơi nhận", header);
      }
      case "filed": {
        // "Lưu: VT, KGVX (3)": the office of records ("VT", văn thư) and the drafting unit keep its copies.
        const kept = doc.recipients.filter((r) => /^luu\b/.test(folded(r).toLowerCase().trim()));
        if (kept.length === 0) return absent("nơi lưu", this.holder(doc, ["nn", "ck"], null) ?? header);
        const explained = (r: string) =>
          [
            /\bVT\b/.test(r) ? "VT là văn thư của cơ quan ban hành" : "",
            /\(\s*\d+\s*b?\s*\)/u.test(r) ? "số trong ngoặc là số bản lưu" : "",
          ]
            .filter(Boolean)
            .join("; ");
        return kept.map((r) => ({
          line: `Lưu: ${r.replace(/^\s*lưu\s*:?\s*/iu, "")}${explained(r) ? ` (${explained(r)})` : ""}.`,
          passage: this.holder(doc, ["nn", "ck"], has(r)) ?? this.holder(doc, [], has(r)) ?? header,
          quote: r,
        }));
      }
      case "proposer": {
        // The preamble, before the first article: "Theo đề nghị của Bộ trưởng Bộ Công an;".
        for (const passage of this.index.passagesOf(doc.id).slice(0, PREAMBLE_PASSAGES)) {
          const m = PROPOSED_BY.exec(passage.text);
          if (!m?.groups) continue;
          const proposer = m.groups.who?.trim() ?? "";
          // The clause as written, up to its end: "… tại Tờ trình số 461/TTr-SLĐTBXH ngày 15/5/2012 …".
          const clause = /^[^;]*/.exec(passage.text.slice(m.index))?.[0].trim() ?? m[0];
          return [
            { line: `Theo đề nghị của: ${proposer}.`, passage, quote: clause.slice(0, QUOTED_SENTENCE) },
          ];
        }
        // No proposer in the preamble: the question may be about a form or a step inside ("mẫu quyết định … ký theo
        // đề nghị của ai"), which the passages answer.
        return [];
      }
      case "meetingDate": {
        const iso = doc.meetingDate.trim();
        if (!iso) return [];
        const pattern = datePattern(iso);
        const test = (text: string) => pattern?.test(folded(text)) === true;
        const passage = this.holder(doc, [], test) ?? header;
        const title = folded(doc.title);
        const event = /\blam viec\b/.test(title)
          ? "Buổi làm việc"
          : /\bhoi nghi\b/.test(title)
            ? "Hội nghị"
            : "Cuộc họp";
        const day = iso.length >= 10 ? `ngày ${officialDay(iso)}` : datePhrase(iso);
        return [{ line: `${event}: ${day}.`, passage, quote: quoteOf(passage, test, patternSpan(pattern)) }];
      }
    }
  }
}

/** "Trong kho không có kết luận nào …": the kinds a question names, none of which the corpus holds. */
function absentKindText(kinds: readonly string[]): string {
  const named = [...new Set(kinds.map((k) => k.toLowerCase()))].join(" hay ");
  return `Trong kho không có ${named} nào, nên không trả lời được câu hỏi này. Anh/chị kiểm tra lại loại văn bản, hoặc nạp văn bản đó vào kho.`;
}

function refusal(question: string, text: string): Omit<Answer, "ms"> {
  return { question, answer: text || REFUSAL_TEXT, refused: true, mode: "extractive", citations: [] };
}

/** Signing formulas as officers say them: "KT. BỘ TRƯỞNG" → "ký thay BỘ TRƯỞNG" (its period is no sentence end). */
const FORMULAS: Record<string, string> = {
  KT: "ký thay",
  TM: "thay mặt",
  TL: "thừa lệnh",
  TUQ: "thừa ủy quyền",
  Q: "quyền",
};

/**
 * Offices a signer holds, as signature blocks write them, deputies first: the signer's own title is the last of them
 * after the formulas ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG" is signed by the Deputy Prime Minister for the Prime Minister).
 */
const OFFICE =
  /(?:PHÓ )?(?:THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ TỊCH|CHÁNH VĂN PHÒNG|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHỦ NHIỆM|BÍ THƯ|TRƯỞNG BAN|CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG PHÒNG|CHÁNH THANH TRA|TỔNG GIÁM ĐỐC)(?![\p{L}])/gu;

/**
 * A signature's title with its signing formulas spelled out, so that an answer does not read "KT." as the end of a
 * sentence, and the signer's own office first: "PHÓ THỦ TƯỚNG, ký thay THỦ TƯỚNG".
 *
 * @example
 * spokenFormula("KT. CHỦ TỊCH PHÓ CHỦ TỊCH") // "PHÓ CHỦ TỊCH, ký thay CHỦ TỊCH"
 * spokenFormula("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ") // "PHÓ BÍ THƯ, thay mặt BAN THƯỜNG VỤ"
 * spokenFormula("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM") // "PHÓ CHỦ NHIỆM, ký thay BỘ TRƯỞNG, CHỦ NHIỆM"
 */
export function spokenFormula(title: string): string {
  // "KT." and the slashed "K/T" of Party documents are one formula.
  const formula = /(?<![\p{L}/])(?:(KT|TM|TL|TUQ|Q)\.|([KT])\/([TML])\.?)\s*/gu;
  const spoken = title
    .replace(formula, (m, dotted?: string, a?: string, b?: string, offset = 0) => {
      const word = FORMULAS[dotted ?? `${a}${b}`];
      // "TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG …": a second formula after a name is a second clause.
      const after = /\p{L}\s*$/u.test(title.slice(0, offset));
      return word ? `${after ? ", " : ""}${word} ` : m;
    })
    .replace(/\s+,/gu, ",")
    .trim();
  // The office after the last formula's role is the signer's own: "thừa lệnh BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG".
  const last = Object.values(FORMULAS)
    .map((word) => ({ word, at: spoken.lastIndexOf(`${word} `) }))
    .reduce((a, b) => (b.at > a.at ? b : a));
  if (last.at < 0) return spoken;
  const roleStart = last.at + last.word.length + 1;
  // "ký thay BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM": an office after a comma is the principal's second title.
  const rest = spoken.slice(roleStart);
  const own = [...rest.matchAll(OFFICE)].find(
    (m) => (m.index ?? 0) > 0 && !/,\s*$/u.test(rest.slice(0, m.index)),
  );
  if (!own) return spoken;
  const at = roleStart + (own.index ?? 0);
  const role = spoken.slice(0, at).trim();
  return `${spoken.slice(at).trim()}, ${role}`;
}
