/**
 * The party a duties question names ("Sở LĐTBXH Tuyên Quang phải làm gì?", "nhiệm vụ của UBND cấp xã theo NĐ
 * 102/2018", "QĐ 12/2012 giao Sở Tài chính những việc gì?") and whether an obligation's party is that one, however
 * either is abbreviated ("UBND" for "Ủy ban nhân dân", "LĐTBXH" for "Lao động - Thương binh và Xã hội").
 */
import { placeKey, provincesIn } from "../corpus/provinces.ts";
import { abbreviates } from "../language/vietnamese-text.ts";
import { headAt } from "../obligations/party-names.ts";
import { partyView } from "../obligations/party-view.ts";
import { findParties } from "../obligations/responsible-parties.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";

/**
 * Asks what a party must do: "… phải làm những gì?", "… có nhiệm vụ gì?", "… được giao việc gì?", folded. Not how or
 * where a thing is done: "báo cáo phải làm theo mẫu nào", "phải làm ở đâu"; nor by when it must be done: "phải thực
 * hiện xong trước ngày nào" (but "Bộ Y tế được giao … trước ngày nào?" still asks what a named body was given).
 */
export const DUTIES =
  /\b(?:(?:phai lam|can lam|phai thuc hien)(?! (?:theo|bang|o|tai|qua|trong|truoc|sau|khi)\b)(?!.*\b(?:ngay|khi|luc|thang|nam|quy|han) (?:gi|nao)\b)|co nhiem vu|duoc giao|co trach nhiem)\b.*\b(?:gi|nao)\b/;
/**
 * Asks the duties of a party it names: "nhiệm vụ của X", "trách nhiệm cụ thể của X", "giao X những việc gì", "giao X
 * trách nhiệm gì", "giao X bố trí kinh phí … thế nào".
 */
const DUTIES_OF =
  /\b(?:nhiem vu|trach nhiem|nghia vu)(?: cu the)? cua\b|\bgiao\b.*\b(?:viec|nhiem vu|trach nhiem|nghia vu|lam)\b.*\b(?:gi|nao)\b|\bgiao\b.*\b(?:the nao|ra sao)$/;
/** "… chịu trách nhiệm gì?": what a party answers for. */
const ANSWERS_FOR = /\bchiu trach nhiem (?:gi|nhung gi|ve (?:viec )?gi|nhu the nao)\b/;

/**
 * Whether a question (folded) asks what a party must do.
 *
 * @example
 * asksDuties("chu tich ubnd cap huyen chiu trach nhiem gi") // true
 */
export const asksDuties = (q: string) => DUTIES.test(q) || DUTIES_OF.test(q) || ANSWERS_FOR.test(q);

/** What follows the party in "X phải làm gì", "X có trách nhiệm gì", "X được giao những việc nào". */
const AFTER_PARTY =
  /\s+(?:phải|phai|cần|can|có|co|được|duoc|chịu|chiu)\s+(?:làm|lam|thực hiện|thuc hien|(?:những |nhung |các |cac )?(?:nhiệm vụ|nhiem vu|trách nhiệm|trach nhiem|nghĩa vụ|nghia vu)|giao|trách nhiệm|trach nhiem)(?![\p{L}])/iu;
/**
 * What precedes the party in "nhiệm vụ của X", "trách nhiệm cụ thể của X", "giao X những việc gì"; not the "giao" of
 * "Bộ Ngoại giao" or "Bộ Giao thông vận tải".
 */
const BEFORE_PARTY =
  /(?:(?:nhiệm vụ|nhiem vu|trách nhiệm|trach nhiem|nghĩa vụ|nghia vu|công việc|cong viec)(?:\s+(?:cụ thể|cu the))?\s+(?:của|cua)|(?:^|\s)(?<!(?:được|duoc|ngoại|ngoai)\s)(?:giao(?!\s+(?:thông|thong)(?![\p{L}]))(?:\s+cho)?))\s+/iu;
/** Words that end the party named after "của" / "giao": the rest scopes or asks ("theo QĐ …", "là gì", "trong …"). */
// Typed without accents, "tai" and "ve" are also "Tài" and "vệ" ("bo tai chinh", "bao ve"): only "tại" and "về" stop.
const PARTY_END =
  /\s+(?:theo|trong|tại|về|là|la|gồm|gom|được|duoc|những|nhung|các việc|cac viec|việc|viec|làm|lam|phải|phai|khi|đối với|doi voi|ra sao|thế nào|the nao|gì|gi|nào|nao|nhiệm vụ|nhiem vu|trách nhiệm|trach nhiem)(?![\p{L}])|[,;:?!.()]/iu;
/** A document named inside the party phrase: "UBND tỉnh theo QĐ 12/2012" is cut there too. */
const DOCUMENT_WORD =
  /\s+(?:qđ|qd|nđ|nd|tt|ttlt|cv|nq|vbhn|pl|quyết định|quyet dinh|nghị định|nghi dinh|thông tư|thong tu|công văn|cong van)(?![\p{L}])/iu;
/** The words that locate a body without naming it: "tỉnh Tuyên Quang", "thành phố Hà Nội". */
const PLACE_LEVEL = /\s+(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)\s*$/iu;

/**
 * The party the question asks the duties of, in lower case and without the place or document that scopes it; null
 * when the question names no body or office ("Việc nào phải làm hằng năm?") or only a bare head ("Bộ").
 *
 * @example
 * askedParty("Sở LĐTBXH Tuyên Quang phải làm gì trong việc tặng quà?") // "sở lđtbxh"
 * askedParty("nhiem vu cua ubnd cap xa theo nd 102/2018") // "ubnd cap xa"
 */
export function askedParty(question: string): string | null {
  const text = normalize(question).replace(/\s+/g, " ").trim();
  const before = BEFORE_PARTY.exec(text);
  const phrase = before
    ? ownName(cut(text.slice(before.index + before[0].length)))
    : (() => {
        const after = AFTER_PARTY.exec(text);
        // "… các cấp không có nhiệm vụ nào sau đây?" asks which duty a body lacks, not what it must do.
        if (!after || /(?:^|\s)(?:không|khong|chưa|chua)$/iu.test(text.slice(0, after.index))) return null;
        return lastPartyIn(text.slice(0, after.index));
      })();
  if (!phrase || ownUnit(phrase)) return null;
  const view = partyView(phrase);
  const party = headAt(view, 0) ? withoutPlace(phrase) : "";
  // A bare head ("Bộ", "Sở") names every ministry or department: no one in particular.
  return syllables(party).length >= 2 ? party : null;
}

/**
 * "sở em", "phòng mình", "xã chúng tôi": the asker's own unit, named by a first-person word; which body it is the
 * question does not say.
 *
 * @example
 * ownUnit("so em") // true
 */
export const ownUnit = (party: string): boolean =>
  /(?:^|\s)(?:em|mình|minh|tôi|toi|tui|chúng (?:tôi|em|mình)|chung (?:toi|em|minh)|bọn (?:em|mình)|bon (?:em|minh))$/iu.test(
    party.trim(),
  );

/** "bộ tài chính bố trí kinh phí truy lĩnh …": the body alone, up to the act it is given (the party grammar's verb). */
function ownName(phrase: string): string {
  const subject = findParties(phrase);
  return subject?.start === 0 && subject.predicate && subject.parties.length === 1
    ? (subject.parties[0] ?? phrase)
    : phrase;
}

/** The party phrase at the start of `text`, up to what scopes or asks. */
function cut(text: string): string {
  const end = PARTY_END.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const doc = DOCUMENT_WORD.exec(head);
  return (doc ? head.slice(0, doc.index) : head).trim();
}

/** The last run starting with a party head before the predicate: "Theo QĐ 12/2012, Sở Tài chính" → "Sở Tài chính". */
function lastPartyIn(text: string): string | null {
  // "với người làm công tác cơ yếu thì Ban Cơ yếu Chính phủ có trách nhiệm …": "thì" ends the condition too.
  const clauses = text.split(/[,;:]\s*|\s(?:thì|thi)\s/u);
  // "UBND phường, xã có nhiệm vụ gì": a list of bodies spans commas; the last clause alone ("xã") heads nothing.
  for (let from = clauses.length - 1; from >= Math.max(0, clauses.length - 3); from--) {
    const clause = clauses.slice(from).join(", ");
    const view = partyView(clause);
    for (const word of clause.matchAll(/(?:^|\s)\S/gu)) {
      const at = (word.index ?? 0) + word[0].length - 1;
      if (headAt(view, at)) return cut(clause.slice(at));
    }
  }
  return null;
}

/** Drops a province named after the body: "Sở LĐTBXH Tuyên Quang", "UBND tỉnh Tuyên Quang" keeps "UBND tỉnh". */
function withoutPlace(phrase: string): string {
  let out = phrase;
  for (const province of provincesIn(phrase)) {
    const key = placeKey(province);
    const words = out.split(" ");
    for (let i = 0; i < words.length; i++) {
      const n = key.split(" ").length;
      if (placeKey(words.slice(i, i + n).join(" ")) === key) {
        out = [...words.slice(0, i), ...words.slice(i + n)].join(" ");
        break;
      }
    }
  }
  // "UBND tỉnh" stays a body of the province level; a bare trailing "tỉnh" left by the place is dropped otherwise.
  return /^(?:ubnd|ủy ban|uy ban|hđnd|hdnd)/iu.test(out) ? out.trim() : out.replace(PLACE_LEVEL, "").trim();
}

/** Words that do not tell parties apart: "các", "và", "của", "cấp" ("UBND cấp xã" is "Ủy ban nhân dân xã"). */
const FILLER = new Set(["cac", "va", "cua", "nhung", "cap", "moi", "tung"]);

/** Folded syllables without a People's Committee's name or initials ("ubnd", "uy ban nhan dan"). */
const withoutCommittee = (words: readonly string[]) =>
  ` ${words.join(" ")} `
    .replace(/ (?:ubnd|uy ban nhan dan)(?= )/g, "")
    .trim()
    .split(" ")
    .filter(Boolean);

/** Folded syllables without filler; "cấp" stays in "cấp ủy" (a Party committee), which is not any "ủy". */
const syllables = (text: string) =>
  fold(normalize(text))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((s, i, all) => s && (!FILLER.has(s) || (s === "cap" && all[i + 1] === "uy")));

/**
 * Whether an obligation's `party` is the `asked` one: every word of the asked name is in the party's name, or is
 * the initials of a run of its words ("ubnd", "ldtbxh").
 *
 * @example
 * namesParty("Sở LĐTBXH", "Giám đốc Sở Lao động - Thương binh và Xã hội") // true
 * namesParty("Sở Tài chính", "Bộ Tài chính") // false
 */
export function namesParty(asked: string, party: string, options: { levelWritten?: boolean } = {}): boolean {
  const words = syllables(party);
  // "Các tỉnh, thành phố …" act through their People's Committees: "UBND các tỉnh" names them.
  const provinces = /^tinh (?:hoac )?thanh pho\b/.test(words.join(" "));
  const wanted = provinces ? withoutCommittee(syllables(asked)) : syllables(asked);
  if (wanted.length === 0) return false;
  // "Phòng LĐTBXH huyện" is the party "Phòng Lao động – Thương binh và Xã hội", which names no level; "UBND cấp xã"
  // is still not "Ủy ban nhân dân huyện".
  // `levelWritten`: where a text is searched for a mention of the body, a level it asks must be written there.
  const levelless = !options.levelWritten && !LEVEL_NAMED.test(words.join(" "));
  // "Văn phòng Tỉnh ủy" (the Party committee's office) is not "Văn phòng Ủy ban nhân dân tỉnh": a committee named by
  // its level ("tỉnh ủy", "huyện ủy") is one word pair, in that order.
  const joined = ` ${words.join(" ")} `;
  const committees = wanted.flatMap((w, i) => (LEVELS.has(w) && wanted[i + 1] === "uy" ? [`${w} uy`] : []));
  if (committees.some((c) => !joined.includes(` ${c} `))) return false;
  // "Ủy ban nhân dân thành phố" is a province's (Hà Nội) or a district's (a provincial city), never a commune's.
  // Named beside another level ("tỉnh, thành phố trực thuộc trung ương"), the city is that level's.
  const city = / thanh pho /.test(joined) && !LEVEL_NAMED.test(joined.replace(/ thanh pho /g, " "));
  return wanted.every(
    (w) =>
      words.includes(w) ||
      abbreviates(w, words) ||
      (levelless && LEVELS.has(w)) ||
      (city && CITY_LEVELS.has(w)),
  );
}

/** The levels of government, folded: a party may name its own or none. */
const LEVELS = new Set(["tinh", "huyen", "xa", "quan", "phuong", "thi", "tran", "trung", "uong"]);
/** The levels a city may stand at, folded. */
const CITY_LEVELS = new Set(["tinh", "huyen", "quan", "thi"]);
/**
 * A level named in a party's words, folded: "xã" but not "xã hội" ("Thương binh và Xã hội"), "quận" but not the "quân"
 * of "quân sự" ("Bộ Chỉ huy quân sự"); "thành phố" is one too.
 */
const LEVEL_NAMED =
  /\b(?:tinh|huyen|xa(?! hoi)|quan(?! (?:su|doi|khu|nhan|chung|y|dan)\b)|phuong|thi tran|thanh pho|trung uong)\b/;

/** The asked party as the question typed it ("UBND tỉnh", "Bộ LĐTBXH"), not in the lower case it was read in. */
export const asWritten = (question: string, asked: string) => {
  const text = question.normalize("NFC").replace(/\s+/g, " ");
  const at = text.toLowerCase().indexOf(asked);
  return at >= 0 ? text.slice(at, at + asked.length) : asked;
};
