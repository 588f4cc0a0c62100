import { fold } from "../search/vietnamese-analyzer.ts";

/** A run of responsible parties found in a sentence, with offsets into that sentence. */
export interface PartySpan {
  /** The parties as written, e.g. ["các cấp ủy, tổ chức đảng", "người đứng đầu cơ quan, đơn vị, địa phương"]. */
  parties: string[];
  start: number;
  end: number;
}

/**
 * Lower-cases and removes diacritics one character at a time, so offsets in the result are offsets in the
 * original NFC text: patterns run on the folded copy, slices come from the original.
 */
export function foldKeepingOffsets(text: string): string {
  let out = "";
  for (const char of text) {
    const folded = fold(char).toLowerCase();
    out += folded.length === char.length ? folded : char.toLowerCase();
  }
  return out;
}

/** How a party phrase starts: a unit noun, optionally after "các"/"toàn thể". */
const PARTY_HEAD =
  /^(?:(?:cac|toan the|moi|tung) )?(?:ban|dang doan|dang uy|dang bo|huyen uy|thi uy|thanh uy|tinh uy|cap uy|chi bo|nguoi dung dau|tap the lanh dao|lanh dao (?:cac )?(?:co quan|don vi|so|dia phuong)|uy ban|ubnd|hdnd|mttq|mat tran|so(?! lieu| luong)|tinh doan|van phong|thuong truc|bi thu|to chuc dang|to chuc chinh tri|co quan|don vi|dia phuong|doan the|btv|bch)\b/;

/** Multi-word unit names that contain a verb-looking word ("Ủy ban Kiểm tra", "chuyên trách tham mưu"). */
const PROTECTED =
  /uy ban kiem tra|chuyen trach tham muu, giup viec|tham muu, giup viec|to chuc dang|to chuc chinh tri - xa hoi|to chuc chinh tri|tap the lanh dao|lanh dao (?:cac )?(?:co quan|don vi|so|dia phuong)|ban to chuc|ban can su dang|ban thuong vu|ban chap hanh|thuong truc|giup viec/g;

/** Where the predicate starts: the first of these words after the parties ends the subject. */
const PREDICATE =
  /\b(?:can(?! bo| su)|phai|tham muu|chu tri|phoi hop|lanh dao|chi dao|quan triet|trien khai|to chuc thuc hien|to chuc|xem xet|ra soat|tiep tuc|tang cuong|thuc hien|khan truong|nghien cuu|xay dung|tap trung|quan tam|chu dong|kip thoi|thuong xuyen|co trach nhiem|nang cao|bo sung|ban hanh|huong dan|theo doi|don doc|kiem tra|giam sat|bao cao|sua doi|hoan thien|chuan bi|day manh|doi moi|hoan thanh|bao dam|dam bao|danh gia|tong ket|so ket|tuyen truyen|giai quyet|xu ly|phat huy|mot so|nhung noi dung|cac noi dung|noi dung)\b/g;

/** Cues that name the addressed parties right after them: "yêu cầu X …", "đề nghị X …", "giao X …". */
const ADDRESS_CUE = /(?:^|[\s,;:])(yeu cau|de nghi|giao cho|giao|trao doi voi|trao doi)\s+/g;

/** An adverbial that may precede the subject: "Căn cứ kết luận này, …". */
const LEADING_ADVERBIAL = /^can cu [^,]+,\s*/;

/**
 * Finds who a sentence addresses: the parties after "yêu cầu / đề nghị / giao", else the subject that opens it
 * (after an optional leading adverbial such as a deadline or "Căn cứ kết luận này,"). `skip` is the length of a
 * leading deadline phrase the caller already recognised.
 *
 * @example
 * findParties("Ban Tổ chức Tỉnh ủy tham mưu ban hành các văn bản có liên quan")
 * // { parties: ["Ban Tổ chức Tỉnh ủy"], start: 0, end: 19 }
 */
export function findParties(
  sentence: string,
  options: { cuesOnly?: boolean; skip?: number } = {},
): PartySpan | null {
  const folded = foldKeepingOffsets(sentence);
  for (const cue of folded.matchAll(ADDRESS_CUE)) {
    const start = (cue.index ?? 0) + cue[0].length;
    const span = partiesAt(sentence, folded, start);
    if (span) return span;
  }
  if (options.cuesOnly) return null;
  let start = options.skip ?? 0;
  const rest = folded.slice(start);
  const lead = rest.match(/^[\s,]+/)?.[0].length ?? 0;
  start += lead;
  const adverbial = folded.slice(start).match(LEADING_ADVERBIAL);
  if (adverbial) start += adverbial[0].length;
  return partiesAt(sentence, folded, start);
}

/** Parties named by a heading such as "3. Đối với cấp ủy trực thuộc Tỉnh ủy và tập thể lãnh đạo các sở…". */
export function partiesOfHeading(heading: string): string[] | null {
  const text = heading.replace(/^[\dIVX.]+\s*/, "").replace(/[:.]\s*$/, "");
  const folded = foldKeepingOffsets(text);
  const lead = folded.match(/^doi voi\s+/);
  if (!lead) return null;
  const body = text.slice(lead[0].length);
  return PARTY_HEAD.test(folded.slice(lead[0].length)) ? splitParties(body) : null;
}

function partiesAt(sentence: string, folded: string, start: number): PartySpan | null {
  const tail = folded.slice(start);
  if (!PARTY_HEAD.test(tail)) return null;
  const masked = tail.replace(PROTECTED, (m) => "x".repeat(m.length));
  for (const verb of masked.matchAll(PREDICATE)) {
    const at = verb.index ?? 0;
    if (at === 0) continue;
    const text = sentence.slice(start, start + at).replace(/[\s,;:]+$/, "");
    if (!text) return null;
    return { parties: splitParties(text), start, end: start + text.length };
  }
  return null;
}

/** Items that continue the previous party rather than name a new one ("…huyện ủy, thị ủy, thành ủy"). */
const CONTINUATION =
  /^(?:thi uy|thanh uy|huyen uy|to chuc dang|ban|nganh|don vi|dia phuong|doan the|co quan|ban can su dang|thanh pho|thi xa|xa|phuong|thi tran|giup viec)(?: (?:cap tinh|cap huyen|cap xa|tinh|tinh uy))?$/;

/** Splits a party list at commas and "và", keeping enumerations of one category together. */
export function splitParties(text: string): string[] {
  const items = text
    .split(/,\s*|\s+và\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const item of items) {
    if (out.length > 0 && CONTINUATION.test(foldKeepingOffsets(item))) out[out.length - 1] += `, ${item}`;
    else out.push(item);
  }
  return out;
}
