import { documentLabel, issuerWithProvince } from "../corpus/document-label.ts";
import { placeKey, provinceNamed, provincesIn, provinceWithPrefix } from "../corpus/provinces.ts";
import type { DocumentMeta } from "../corpus/types.ts";
import { isSyllable } from "../language/vietnamese-text.ts";
import { opensWithPredicate } from "../obligations/party-names.ts";
import {
  analyzeQuery,
  fold,
  hasDiacritics,
  NUMBER,
  normalize,
  termKind,
} from "../search/vietnamese-analyzer.ts";

/** A place the question names: "tỉnh Điện Biên", "huyện Gia Bình", or a bare province name ("Lạng Sơn"). */
export interface NamedPlace {
  /** "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"; "" for a bare province name. */
  level: string;
  name: string;
  /** Folded, for comparison. */
  key: string;
  /**
   * The place says whose body is meant ("Sở Công Thương tỉnh Lai Châu", "UBND tỉnh Điện Biên"): a passage that only
   * mentions the name in passing ("Tân Uyên (Lai Châu)") does not make the document that body's.
   */
  ofBody?: boolean;
}

/** What a question names that the cited document must agree with. */
export interface QuestionEntities {
  places: NamedPlace[];
  /** Years named on their own ("năm 2023"), not inside a date, a period or a document number. */
  years: string[];
  /**
   * Of those, the years written as "năm <year>" after two words of topic, not tied to when a document was issued:
   * "KH quan trắc … tỉnh Thanh Hóa năm 2025" gives { year: "2025", before: "thanh hoa" }; "KH 235 năm 2025" and "ban
   * hành năm 2025" give none.
   */
  topicYears?: { year: string; before: string }[];
  /** Document numbers, folded as the analyzer keeps them ("05-hd/tu"). */
  numbers: string[];
  /** Bare numbers after a kind ("công văn 2864", "qd 08/2024", "NQ 20"): a document's number without its symbol. */
  bareNumbers: string[];
  /** Terms of an elected body ("khóa XIV", "khoá 14"), as numbers. */
  terms: number[];
  /** Numbered meetings ("Phiên họp lần thứ 22", "Hội nghị lần thứ 10", "kỳ họp thứ 9"), as numbers. */
  sessions?: number[];
  /** Spans of years ("nhiệm kỳ 2021-2026", "giai đoạn 2021 – 2025"), as "2021-2026". */
  spans?: string[];
  /** The body a named document is "của" / "do" ("Kết luận của Ban Thường vụ Tỉnh ủy Hưng Yên"), without place. */
  issuer: string | null;
  /** The words from that body on, folded, up to eight, whatever they are ("cuc nguoi co cong huong dan …"). */
  issuerWords?: string[];
  /** Kinds of document the question names ("Thông báo kết luận", "Quyết định"), longest first. */
  kinds: string[];
  /** Foreign countries named ("Singapore", "Nhật Bản"), as written: a Vietnamese text answers only where it names them. */
  countries: string[];
}

/** Kinds of document, as written and as abbreviated before a number ("NQ 20", "qd 08/2024", "QĐ số 40"). */
const KINDS: [string, RegExp][] = [
  ["Thông báo kết luận", /\bthong bao ket luan\b/],
  ["Thông tư liên tịch", /\bthong tu lien tich\b|\bttlt\b/],
  ["Văn bản hợp nhất", /\bvan ban hop nhat\b|\bvbhn\b/],
  ["Kết luận", /\bket luan\b|\bkl (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Thông báo", /\bthong bao\b|\btb (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Nghị quyết", /\bnghi quyet\b|\bnq (?=(?:so )?\d(?![\d.,]*\s*%))|\bnq\d/],
  ["Nghị định", /\bnghi dinh\b|\bnd (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Chỉ thị", /\bchi thi\b|\bct (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Quyết định", /\bquyet dinh\b|\bqd (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Quy định", /\bquy dinh (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Kế hoạch", /\bke hoach\b|\bkh (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Hướng dẫn", /\bhuong dan (?=(?:so )?\d(?![\d.,]*\s*%))|\bhd (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Công văn", /\bcong van\b|\bcv (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Công điện", /\bcong dien\b|\bcd (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Thông tư", /\bthong tu\b|\btt (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Chương trình", /\bchuong trinh (?=(?:so )?\d(?![\d.,]*\s*%))|\bctr (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Đề án", /\bde an (?=(?:so )?\d(?![\d.,]*\s*%))|\bda (?=\d)/],
  ["Báo cáo", /\bbao cao (?=(?:so )?\d(?![\d.,]*\s*%))/],
  ["Pháp lệnh", /\bphap lenh\b|\bpl (?=(?:so )?\d(?![\d.,]*\s*%))/],
  // "pháp luật", "kỷ luật", "quy luật", "luật sư" name no law.
  ["Luật", /(?<!\b(?:phap|ky|quy|dieu|dao) )\bluat\b(?! (?:su|le|hoc)\b)/],
];

/** Abbreviations officers type for bodies, expanded before comparing ("BTV tỉnh ủy" = "Ban Thường vụ Tỉnh ủy"). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bbtv\b/g, "ban thuong vu"],
  [/\bbch\b/g, "ban chap hanh"],
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bmttq\b/g, "mat tran to quoc"],
  [/\bbtc\b/g, "ban to chuc"],
  [/\btw\b/g, "trung uong"],
  [/\btu\b/g, "tinh uy"],
  [/\bvp\b/g, "van phong"],
  [/\bbcs\b/g, "ban can su"],
  [/\bldtbxh\b/g, "lao dong - thuong binh va xa hoi"],
  [/\bbhxh\b/g, "bao hiem xa hoi"],
  [/\bkbnn\b/g, "kho bac nha nuoc"],
];

/** Folded, abbreviations expanded, "uỷ"/"ủy" alike, one space: how bodies are compared. */
export function bodyKey(text: string): string {
  let key = fold(normalize(text))
    .replace(/\s*[-–—]\s*/g, " - ")
    .replace(/[^a-z0-9 -]+/g, " ");
  for (const [pattern, expansion] of ABBREVIATIONS) key = key.replace(pattern, expansion);
  return key.replace(/\s+/g, " ").trim();
}

const LEVELS =
  "thành phố|thanh pho|tp\\.?|thị xã|thi xa|thị trấn|thi tran|tỉnh|tinh|huyện|huyen|quận|quan|xã|xa|phường|phuong|" +
  // Named industrial parks and clusters are places a text is about too: "CCN Báo Đáp" is not "CCN Mông Sơn".
  "cụm công nghiệp|cum cong nghiep|ccn|khu công nghiệp|khu cong nghiep|kcn";
/** A level word, and (looked ahead, not consumed) the words after it: "huyện Yên Bình và xã Tân Lập" has two. */
const PLACE = new RegExp(`(?<![\\p{L}])(${LEVELS})\\s+(?=([\\p{L}][\\p{L}\\s-]{0,40}))`, "giu");
/** Words that follow a level word without making a place: "Tỉnh ủy", "tỉnh đoàn", "Xã hội". */
const NOT_A_NAME = /^(?:uy|doan|hoi|nha|ban|dai|lo|thi|va|cac|nao|do|nay|minh|toi|ta)$/;
const CAPITALISED = /^[\p{Lu}][\p{Ll}\p{M}]*$/u;

function levelOf(word: string): string {
  const f = fold(word.toLowerCase()).replace(/\.$/, "");
  return f === "tp"
    ? "thành phố"
    : ({
        "thanh pho": "thành phố",
        "thi xa": "thị xã",
        "thi tran": "thị trấn",
        tinh: "tỉnh",
        huyen: "huyện",
        quan: "quận",
        xa: "xã",
        phuong: "phường",
        ccn: "cụm công nghiệp",
        "cum cong nghiep": "cụm công nghiệp",
        kcn: "khu công nghiệp",
        "khu cong nghiep": "khu công nghiệp",
      }[f] ?? f);
}

/** A local body right before a place's level word (folded): "Sở Công Thương", "UBND", "Tỉnh ủy", "Công an". */
const BODY_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(])(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|cong an|ban thuong vu|ban chap hanh|` +
    `so (?:cong thuong|tai chinh|noi vu|xay dung|y te|giao duc(?: va dao tao)?|nong nghiep(?: va moi truong)?|` +
    `tu phap|khoa hoc(?: va cong nghe)?|van hoa(?:,? the thao va du lich)?|dan toc(?: va ton giao)?|ngoai vu|` +
    `ke hoach(?: va dau tu)?|giao thong(?: van tai)?|tai nguyen(?: va moi truong)?|lao dong(?:[ -]+thuong binh va xa hoi)?|` +
    String.raw`thong tin(?: va truyen thong)?|du lich))\s*$`,
);

/** Places named with their level, then bare province names written with capitals. */
/** A header's place-and-date line, its place captured: "Phố Bảng, ngày 10 tháng 12 năm 2025" → "Phố Bảng". */
const HEADER_PLACE = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}),\s*ngày\s/u;
const LOCAL_LEVELS = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã"];

/**
 * The commune, ward or district a local text is written from: the place of its header's date line, with the level its
 * issuer or title gives it ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH …" and "Lương Minh, ngày …" → xã Lương Minh). Null for
 * a text of a province or the centre, or one whose issuer does not name that place.
 *
 * @example
 * localPlace({ issuer: "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG", title: "KẾ HOẠCH …" }, "… Phố Bảng, ngày 10 tháng 12 năm 2025")
 * // { level: "xã", name: "Phố Bảng", key: "pho bang" }
 */
export function localPlace(doc: Pick<DocumentMeta, "issuer" | "title">, header: string): NamedPlace | null {
  const name = HEADER_PLACE.exec(header)?.[1];
  if (!name) return null;
  const key = placeKey(name);
  const issued = fold(normalize(`${doc.issuer}\n${doc.title}`))
    .toLowerCase()
    .replace(/\s+/g, " ");
  const level = LOCAL_LEVELS.find((l) => issued.includes(`${fold(l)} ${key}`));
  return level && key ? { level, name, key } : null;
}

/**
 * Known local places a question types without accents or capitals ("cua xa pho bang"): a lower-case name after its
 * level is read as a place only when a text of the corpus is written from it.
 */
export function knownPlacesIn(question: string, known: readonly NamedPlace[]): NamedPlace[] {
  // Most corpora hold no commune's text: nothing to fold the question for.
  if (known.length === 0) return [];
  const folded = ` ${fold(normalize(question))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")} `;
  return known.filter((p) => folded.includes(` ${fold(p.level)} ${p.key} `));
}

export function namedPlaces(question: string): NamedPlace[] {
  const text = question.normalize("NFC");
  const places: NamedPlace[] = [];
  let ofBody = false;
  const add = (level: string, name: string) => {
    const key = placeKey(name);
    if (key && !places.some((p) => p.key === key))
      places.push({ level, name, key, ...(ofBody && level !== "" && { ofBody }) });
  };
  for (const m of text.matchAll(PLACE)) {
    ofBody = BODY_BEFORE.test(fold(text.slice(0, m.index).toLowerCase()));
    // "Cơ quan Thường trực", "xa hơn": a level word without its marks between words written with theirs is another
    // word ("ubnd tinh Sơn La", typed half bare, keeps its place).
    const around = [/(\S+)\s+$/u.exec(text.slice(0, m.index))?.[1], m[2]?.split(/\s+/)[0]];
    if (
      !/^(?:tp\.?|ccn|kcn)$/iu.test(m[1] ?? "") &&
      !hasDiacritics(m[1] ?? "") &&
      around.every((w) => w && hasDiacritics(w))
    )
      continue;
    const level = levelOf(m[1] ?? "");
    const words = (m[2] ?? "").split(/\s+/).filter(Boolean);
    if (words.length === 0 || NOT_A_NAME.test(fold((words[0] ?? "").toLowerCase()))) continue;
    // A province typed in lower case after "tỉnh"/"thành phố": the longest run of words that is a province.
    if (level === "tỉnh" || level === "thành phố") {
      const province = [4, 3, 2, 1]
        .map((n) => provinceNamed(words.slice(0, n).join(" ")))
        .find((p) => p !== null);
      if (province) {
        add(level, province);
        continue;
      }
      if (/^hcm$/i.test(words[0] ?? "")) {
        add(level, "Hồ Chí Minh");
        continue;
      }
    }
    const name: string[] = [];
    for (const w of words) {
      if (!CAPITALISED.test(w) && !(name.length > 0 && w === "-")) break;
      name.push(w);
      if (name.length === 4) break;
    }
    if (name.length > 0 && !(name.length === 1 && name[0] === "-")) add(level, name.join(" "));
  }
  // Bare province names: written with capitals, or anywhere in a question typed all in lower case ("hai phong
  // dieu duong…"), except "hòa bình", which is also the word for peace.
  const casual = text.slice(1) === text.slice(1).toLowerCase();
  const bare = casual
    ? provincesIn(text).filter((p) => placeKey(p) !== "hoa binh")
    : provincesIn(text, { capitalised: true });
  for (const province of bare)
    if (!places.some((p) => p.key.includes(placeKey(province)) || placeKey(province).includes(p.key)))
      add("", province);
  return places;
}

/** Org heads a named issuer starts with (folded): "Ban …", "Bộ …", "Ủy ban …", "BTV …", "Chính phủ". */
const ORG_HEAD =
  /^(?:ban|bo|so|uy ban|ubnd|hdnd|hoi dong|tinh uy|thanh uy|huyen uy|thi uy|dang uy|dang doan|chinh phu|thu tuong|quoc hoi|van phong|btv|bch|mat tran|mttq|cuc|tong cuc|chu tich|bi thu|tinh|thanh pho)\b/;
/** Words that end a body's name when written in lower case ("… của Bộ Tài chính về …", but "Tài" is a name). */
const ISSUER_STOP = new Set(
  (
    "gui lam hop de do ai ve ky ngay thang quy nam so co la noi giao phai duoc thi trong cho tai nhu gom neu da ra " +
    "nhung nao gi khi va hay hoac con"
  ).split(" "),
);
/** Two-word stops whose first word may also start a name ("ban hành" ends it, "Ban Tổ chức" does not). */
const ISSUER_STOP_PAIRS =
  /^(?:ban hanh|can cu|quy dinh|yeu cau|thuc hien|huong dan|doi voi|de nghi|chi dao|trien khai|chu tri|lam viec|thay the|sua doi|bai bo|huy bo)$/;

/** Bodies whole without a further name ("Thủ tướng", "Chính phủ", "UBND tỉnh"), folded, perhaps with a place after. */
const COMPLETE_BODY =
  /^(?:chinh phu|thu tuong(?: chinh phu)?|quoc hoi|tinh uy|thanh uy|huyen uy|ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|chu tich|bi thu)\b/;

/** A document named, then "của"/"do": "Kết luận số 12-KL/TU ngày 01/8/2024 của …". */
const ISSUED_BY = new RegExp(
  "\\b(?:thong bao ket luan|ket luan|thong bao|nghi quyet|nghi dinh|chi thi|quyet dinh|quy dinh|ke hoach|huong dan|" +
    "cong van|thong tu|chuong trinh|de an|bao cao|phap lenh|luat|van ban|vb|pl|nq|qd|kl|tb|ct|kh|hd|cv|nd|tt|ctr|da)" +
    "(?:\\s+(?:so\\s+)?[\\w./-]*\\d[\\w./-]*)?(?:,?\\s+ngay\\s+[\\d/]+)?\\s+(?:cua|do)\\s+",
  "i",
);

/**
 * The body as the user wrote it ("Ban Thường vụ Tỉnh ủy Điện Biên"): the words after "của"/"do" up to punctuation
 * or a lower-case function word or verb.
 */
/** A question that ends with the verb of signing ("… ký?", typed without diacritics "… ky"). */
const SIGNED_LAST = /(?<!\p{L})(?:ký|kí|ky|ki)[\s?.!]*$/u;

/** A document number: "494/NQ-UBTVQH13", "12/2012", or a kind with its bare number ("qd 6154"), folded. */
const NUMBERED =
  /\d\s*\/\s*[a-z\d]|\b(?:quyet dinh|nghi dinh|nghi quyet|thong tu|cong van|chi thi|ke hoach|qd|nd|nq|tt|cv|ct|kh|vbhn)\s+(?:so\s+)?\d{2,}\b/i;

/** The body named as a document's author, and the words from it on (a unit's name may run past where it is cut). */
function namedIssuerOf(question: string): Pick<QuestionEntities, "issuer" | "issuerWords"> {
  const issuer = namedIssuer(question);
  if (issuer === null) return { issuer };
  const folded = fold(question.normalize("NFC")).toLowerCase();
  const at = folded.indexOf(fold(issuer).toLowerCase());
  if (at < 0) return { issuer };
  return { issuer, issuerWords: (folded.slice(at).match(/[a-z0-9]+/g) ?? []).slice(0, 8) };
}

function namedIssuer(question: string): string | null {
  const original = question.normalize("NFC").replace(/\s+/g, " ");
  const m = ISSUED_BY.exec(fold(original));
  if (!m) return null;
  // "NQ 494/NQ-UBTVQH13 có xem xét báo cáo của Chính phủ …": a text without a number after one named by its number is
  // one the named text cites; its author is not the named text's issuer.
  if (!/\d/.test(m[0]) && NUMBERED.test(fold(original).slice(0, m.index))) return null;
  // "Quyết định 12/2012 do chủ tịch hay phó chủ tịch ký?": who signed is asked, not whose document it is.
  if (SIGNED_LAST.test(original.toLowerCase())) return null;
  const words = original.slice(m.index + m[0].length).split(" ");
  const body: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i] as string;
    const word = raw.replace(/[^\p{L}\p{N}]+$/u, "");
    const key = fold(word.toLowerCase());
    const lower = word === word.toLowerCase();
    const pair = `${key} ${fold((words[i + 1] ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+$/u, ""))}`;
    if (!word || (lower && (ISSUER_STOP.has(key) || ISSUER_STOP_PAIRS.test(pair)))) break;
    if (ISSUER_STOP_PAIRS.test(pair) && body.length > 0) break;
    // "QĐ 798 của Thủ tướng kiện toàn Ban Chỉ đạo …": a body whole in itself ends where a verb follows it.
    if (
      lower &&
      COMPLETE_BODY.test(fold(body.join(" ").toLowerCase())) &&
      opensWithPredicate(words.slice(i).join(" "))
    )
      break;
    body.push(word);
    if (word !== raw) break;
  }
  const text = body.join(" ");
  return text && ORG_HEAD.test(fold(text.toLowerCase())) ? text : null;
}

/**
 * Where the question names document kinds, in reading order: "Thông tư … mà cv 3354 đôn đốc" names a Thông tư first,
 * then a Công văn.
 *
 * @example
 * kindMentions("thong tu ma cv 3354 don doc") // [{ kind: "Thông tư", index: 0 }, { kind: "Công văn", index: 12 }]
 */
export function kindMentions(folded: string): { kind: string; index: number }[] {
  let rest = folded;
  const out: { kind: string; index: number }[] = [];
  for (const [kind, pattern] of KINDS) {
    for (const m of rest.matchAll(new RegExp(pattern.source, "g"))) {
      out.push({ kind, index: m.index });
      rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Kinds named, the longest form first: "thông báo kết luận" is not also "kết luận" and "thông báo". */
function kindsNamed(folded: string): string[] {
  let rest = folded;
  const kinds: string[] = [];
  for (const [kind, pattern] of KINDS) {
    if (!pattern.test(rest)) continue;
    kinds.push(kind);
    rest = rest.replace(new RegExp(pattern.source, "g"), " ");
  }
  return kinds;
}

/** Years named as such: "năm 2023", not "31/12/2024", "8/2024", "2021-2025" or "08/2024/QĐ-UBND". */
function namedYears(folded: string): string[] {
  const rest = folded
    .replace(/\b\d+(?:\/\d+)*[-/][a-z][\w/-]*/g, " ")
    .replace(/\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b/g, " ")
    .replace(/\b\d{1,2}\/\d{4}\b/g, " ")
    .replace(/\b\d{4}\s*[-–]\s*\d{4}\b/g, " ")
    // "hoạt động cách mạng trước 1945": a year bounding who is meant, not the document's year.
    .replace(/\b(?:truoc|sau) (?:ngay [\d/ ]+ )?(?:nam )?(?:19|20)\d{2}\b/g, " ");
  return [
    ...new Set([...rest.matchAll(/(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/g)].map((m) => m[1] as string)),
  ];
}

/** The kinds of document officers put a number after, folded, full forms and abbreviations, longest first. */
export const NUMBERED_KINDS =
  "thong bao ket luan|ket luan|thong bao|nghi quyet|nghi dinh|chi thi|quyet dinh|quy dinh|ke hoach|huong dan|cong van|cong dien|thong tu lien tich|thong tu|chuong trinh|de an|bao cao|phap lenh|van ban hop nhat|van ban|vbhn|ttlt|vb|pl|nq|qd|kl|tb|ct|kh|hd|cv|cd|nd|tt|ctr|da";

/** "năm <year>" after two words, folded: the words and the year ("tinh thanh hoa nam 2026" → "thanh hoa", "2026"). */
const YEAR_AFTER_WORDS = /\b([a-z]+ [a-z]+) nam ((?:19|20)\d{2})(?![\d/-]|\s*[-–]\s*\d)/g;
/** Words before a year that tie it to issuing or bound a span, not to the work's own year. */
const NOT_TOPIC = new RegExp(
  String.raw`\b(?:ban hanh|ky|phat hanh|den|toi|tu|nhin|huong|sau|truoc|vao|trong|thang \d+|so \d+|\d+|${NUMBERED_KINDS})$`,
);

/**
 * Pairs of "the two words before" and "the year" for each "năm <year>" of a text that `NOT_TOPIC` lets stand, read
 * folded, in lower case, without punctuation.
 */
const yearsAfterWords = (text: string) =>
  [
    ...fold(normalize(text))
      .toLowerCase()
      .replace(/[^a-z0-9/ -]+/g, " ")
      .replace(/\s+/g, " ")
      .matchAll(YEAR_AFTER_WORDS),
  ]
    .map((m) => ({ before: m[1] as string, year: m[2] as string }))
    .filter((p) => !NOT_TOPIC.test(p.before));

/**
 * The years a title names as the year its work is for ("Kế hoạch quan trắc … tỉnh Thanh Hóa năm 2026"), with the two
 * words before each, when they are not the year it was issued; not a horizon ("đến năm 2030") nor a span ("2021-2025").
 */
export function titleYears(doc: DocumentMeta): { year: string; before: string }[] {
  // Read for every result a question with a year is checked against: once per document.
  const cached = yearsOfTitle.get(doc);
  if (cached) return cached;
  const issued = doc.issuedDate.slice(0, 4);
  const years = yearsAfterWords(doc.title).filter((p) => p.year !== issued);
  yearsOfTitle.set(doc, years);
  return years;
}
const yearsOfTitle = new WeakMap<DocumentMeta, { year: string; before: string }[]>();

/**
 * A number right after a kind of document: "công văn 2864", "quy dinh 1071", "NĐ 29/2024", "NQ 20"; not a rate
 * ("TB 81%" is thương binh 81%), nor a span of time ("KH 3 năm 2020-2022" is a three-year plan), though "NĐ 102 năm
 * 2018" is a decree.
 */
const BARE_NUMBER = new RegExp(
  `\\b(?:${NUMBERED_KINDS})\\s+(?:so\\s+)?(\\d{1,5}(?:\\/(?:19|20)\\d{2})?)(?![\\w/-]|[.,]?\\d*\\s*%)` +
    `(?!\\s+(?:(?:nam|thang)\\b(?!\\s+(?:19|20)\\d{2}(?![\\d/-]))|ngay\\b(?!\\s+\\d)))`,
  "g",
);

/** A currency word then a count per unit, as "50 nghìn đồng/1 mẫu" splits into "50", "nghin" and "dong/1". */
const PER_UNIT = /^(?:d|dong|vnd|nghin|ngan|trieu|ty)\/\d+$/u;

/**
 * Whether a number term is an amount typed with its currency, alone or per unit, folded: "250.000đ/tháng" (read as
 * "250" and "000d/thang"), "500k", "2tr", and a currency word per count ("đồng/01 mộ"). It names no document.
 */
export const isAmount = (term: string) =>
  /^\d[\d.,]*(?:d|dong|vnd|k|tr|trieu)(?:\/|$)/u.test(term) || PER_UNIT.test(term);

/**
 * Reads the places, years, document numbers, issuing body and document kinds a question names.
 *
 * @example
 * questionEntities("Kết luận của Ban Thường vụ Tỉnh ủy Điện Biên năm 2024 về cán bộ trẻ?")
 * // { places: [{ level: "", name: "Điện Biên", … }], years: ["2024"], issuer: "ban thuong vu tinh uy dien bien", … }
 */
export function questionEntities(question: string): QuestionEntities {
  const folded = fold(normalize(question)).replace(/\s+/g, " ");
  const numbers = [
    ...new Set(
      analyzeQuery(question)
        .filter((t) => termKind(t) === NUMBER && /\p{L}/u.test(t.slice(1)) && !isAmount(t.slice(1)))
        .map((t) => t.slice(1)),
    ),
  ];
  const bareNumbers = [...new Set([...folded.matchAll(BARE_NUMBER)].map((m) => m[1] as string))].filter(
    (n) => !numbers.some((full) => full.startsWith(`${n}/`) || full.startsWith(`${n}-`)),
  );
  return {
    places: namedPlaces(question),
    years: namedYears(folded),
    topicYears: yearsAfterWords(folded),
    numbers,
    bareNumbers,
    terms: namedTerms(folded),
    sessions: namedSessions(folded),
    spans: yearSpans(folded),
    ...namedIssuerOf(question),
    kinds: kindsNamed(folded),
    countries: namedCountries(question),
  };
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
/** "xiv" → 14; a number written in digits as itself. */
function termNumber(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  let total = 0;
  for (let i = 0; i < written.length; i++) {
    const value = ROMAN[written[i] ?? ""] ?? 0;
    total += value < (ROMAN[written[i + 1] ?? ""] ?? 0) ? -value : value;
  }
  return total;
}
const TERM = /\bkhoa\s+([ivxl]+|\d{1,2})\b/g;
const SESSION = /\b(?:phien hop|hoi nghi|ky hop|cuoc hop)(?: lan)? thu\s+([ivxl]+|\d{1,3})\b/g;

/**
 * The numbered meetings a text names, folded lower case: "Phiên họp lần thứ 21", "Hội nghị lần thứ 10", "kỳ họp thứ 9".
 *
 * @example
 * namedSessions("tb ket luan phien hop lan thu 22 ban chi dao") // [22]
 */
export function namedSessions(folded: string): number[] {
  return [...new Set([...folded.toLowerCase().matchAll(SESSION)].map((m) => termNumber(m[1] ?? "")))];
}

/**
 * The terms of an elected body a text names, folded lower case: "khóa XIV", "khoá 13".
 *
 * @example
 * namedTerms("ubtvqh khoa xiv co nghi quyet giam sat") // [14]
 */
/** A span of two years, the second later: "2021-2026", "2026 – 2031". */
const YEAR_SPAN = /(?<![\d/.-])((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d/])/gu;

/**
 * The spans of years a text writes ("nhiệm kỳ 2026 - 2031" → "2026-2031"), not a number's ("12-2021/QĐ").
 *
 * @example
 * yearSpans("nhiem ky 2021-2026 du kien hiep thuong lan 1") // ["2021-2026"]
 */
export function yearSpans(text: string): string[] {
  const spans = [...text.matchAll(YEAR_SPAN)]
    .filter((m) => Number(m[2]) > Number(m[1]))
    .map((m) => `${m[1]}-${m[2]}`);
  return [...new Set(spans)];
}

export function namedTerms(folded: string): number[] {
  return [...new Set([...folded.toLowerCase().matchAll(TERM)].map((m) => termNumber(m[1] ?? "")))];
}

/**
 * Foreign countries whose names are nothing else: not "Anh", "Ý", "Nga", "Đức" (words and given names), nor "Pháp",
 * "Mỹ", "Lào" (the wars "chống Pháp", "chống Mỹ", places such as "Mỹ Tho", "Lào Cai").
 */
const COUNTRIES = [
  "Hoa Kỳ",
  "Nhật Bản",
  "Trung Quốc",
  "Hàn Quốc",
  "Triều Tiên",
  "Singapore",
  "Thái Lan",
  "Campuchia",
  "Malaysia",
  "Indonesia",
  "Philippines",
  "Myanmar",
  "Ấn Độ",
  "Australia",
  "New Zealand",
  "Canada",
  "Đài Loan",
  "Hồng Kông",
  "Tây Ban Nha",
  "Hà Lan",
  "Thụy Điển",
  "Thụy Sĩ",
];
const countryPattern = (name: string) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "iu");
const COUNTRY_PATTERNS = COUNTRIES.map((name) => ({
  name,
  accented: countryPattern(name),
  folded: countryPattern(fold(name).toLowerCase()),
}));

/**
 * The foreign countries a question names, spelled as above; matched folded only in a question typed without accents.
 *
 * @example
 * namedCountries("SIAC của Singapore tính phí thế nào") // ["Singapore"]
 */
export function namedCountries(question: string): string[] {
  const text = question.normalize("NFC");
  const typedFolded = !/[\u00c0-\u1ef9]/u.test(text) ? text.toLowerCase() : null;
  return COUNTRY_PATTERNS.filter(
    ({ accented, folded }) => accented.test(text) || (typedFolded !== null && folded.test(typedFolded)),
  ).map(({ name }) => name);
}

/**
 * Full days a question names ("ban hành ngày 05/3/2024", "ngày 5 tháng 3 năm 2024"), as ISO dates: a document is
 * often named by its day of issue.
 *
 * @example
 * namedDays("văn bản hợp nhất ban hành ngày 05/3/2024 có số hiệu là gì") // ["2024-03-05"]
 */
export function namedDays(question: string): string[] {
  const folded = fold(normalize(question));
  const days = new Set<string>();
  const forms = [
    /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?![\d/.-])/g,
    /\bngay (\d{1,2}) thang (\d{1,2}) nam ((?:19|20)\d{2})\b/g,
  ];
  for (const form of forms)
    for (const [, d, m, y] of folded.matchAll(form)) {
      const [day, month] = [Number(d), Number(m)];
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
        days.add(`${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
    }
  return [...days];
}

/**
 * The months a question names as "tháng 10/2013" or "tháng 10 năm 2013", as "YYYY-MM": how officers name a
 * document by when it was issued when they do not know the day.
 *
 * @example
 * namedMonths("Văn bản của Bộ Xây dựng tháng 10/2013 …") // ["2013-10"]
 */
export function namedMonths(question: string): string[] {
  const folded = fold(normalize(question));
  const months = new Set<string>();
  for (const [, m, y] of folded.matchAll(/\bthang (\d{1,2})(?:\s*\/\s*| nam )((?:19|20)\d{2})\b/g))
    if (Number(m) >= 1 && Number(m) <= 12) months.add(`${y}-${String(Number(m)).padStart(2, "0")}`);
  return [...months];
}

/**
 * The held documents a question names by number: undefined when it names no number, null when it names one that no
 * document has ("QĐ 41/2011" when only 40/2011 is held), so that only the refusals answer it.
 *
 * @example
 * heldDocumentsNamed(questionEntities("việc nào phải làm hằng năm theo ttlt 47/2009"), docs) // [the 47/2009 circular]
 */
export function heldDocumentsNamed(
  entities: QuestionEntities,
  documents: Iterable<DocumentMeta>,
): DocumentMeta[] | null | undefined {
  if (entities.numbers.length + entities.bareNumbers.length === 0) return undefined;
  const named = documentsNamed(entities, documents);
  return named.length > 0 ? named : null;
}

/**
 * The held documents of the places a question names, when it names no document by number: undefined when it names
 * no place, null when no document belongs to one ("Kết luận … làm việc với tỉnh Lai Châu" when no text of Lai Châu
 * is held), so that only the refusals answer it.
 *
 * @example
 * heldDocumentsOfPlaces(questionEntities("việc nào phải xong trong tháng 11 ở tỉnh Lai Châu"), docs) // null
 */
export function heldDocumentsOfPlaces(
  entities: QuestionEntities,
  documents: Iterable<DocumentMeta>,
): DocumentMeta[] | null | undefined {
  if (entities.places.length === 0 || entities.numbers.length + entities.bareNumbers.length > 0)
    return undefined;
  const keys = entities.places.map((p) => p.key);
  const held = [...documents].filter((d) =>
    documentPlaces(d).some((place) => keys.some((k) => place.includes(k) || k.includes(place))),
  );
  return held.length > 0 ? held : null;
}

/**
 * The documents whose own number the question names ("qd 40/2011", "Công văn 2214/BXD-QLN"). When the corpus holds
 * the named document, the question is about it, not about the texts that merely cite it.
 *
 * @example
 * documentsNamed(questionEntities("tnxp theo qd 40/2011 được bao nhiêu?"), docs) // [the 40/2011/QĐ-TTg decision]
 */
export function documentsNamed(
  entities: Pick<QuestionEntities, "numbers" | "bareNumbers" | "kinds"> & { years?: string[] },
  documents: Iterable<DocumentMeta>,
  /**
   * Other numbers a document answers to when no document has the named one as its own: a consolidated text (văn
   * bản hợp nhất) answers to the number of the text it consolidates ("VBHN Thông tư 24/2009" is 836/VBHN-BLĐTBXH).
   */
  aliases?: (doc: DocumentMeta) => string[],
): DocumentMeta[] {
  if (entities.numbers.length + entities.bareNumbers.length === 0) return [];
  const tests = numberTests(entities);
  const names = (number: string, year?: string) => tests.some((is) => is(numberKey(number), year));
  const all = [...documents];
  const numbered = all.filter((d) => names(d.number, issueYear(d)));
  // "QĐ số 40 năm 2011": of the documents numbered 40, the one issued in the year named.
  const ofYear = numbered.filter((d) => entities.years?.includes(issueYear(d)));
  const byYear = numbered.length > 1 && ofYear.length > 0 ? ofYear : numbered;
  // "QĐ 40 về chế độ TNXP": of the documents numbered 40, the Quyết định, not a Thông tư 40. (With several numbers,
  // the kinds named belong to several documents.)
  const single = entities.numbers.length + entities.bareNumbers.length === 1;
  const ofKind = byYear.filter((d) => entities.kinds.some((kind) => isKind(kind, d)));
  const owned = single && byYear.length > 1 && ofKind.length > 0 ? ofKind : byYear;
  if (!aliases) return owned;
  // "Văn bản hợp nhất NĐ 75/2021 … theo NĐ 77/2024": the consolidated text named through both decrees wins over the
  // decree that owns only one of the numbers.
  const consolidated = all.filter((d) => namedThroughConsolidation(entities, d, aliases));
  if (consolidated.length > 0) return consolidated;
  // "Nghị định 77/2024 sửa đổi Nghị định 75/2021 …" when no document is 77/2024: the consolidated text that brings both
  // together holds the amending decree's own clauses.
  const ownedBySome = (is: (own: string, year?: string) => boolean) =>
    all.some((d) => is(numberKey(d.number), issueYear(d)));
  if (!tests.every(ownedBySome)) {
    const bringing = all.filter((d) => namesEvery(entities, [d.number, ...aliases(d)]));
    if (bringing.length > 0) return bringing;
  }
  if (owned.length > 0) return owned;
  // A consolidated text answers to the text it consolidates (its first alias) when no document owns that number.
  return all.filter((d) => names(aliases(d)[0] ?? ""));
}

const CONSOLIDATED_KIND = "Văn bản hợp nhất";
/**
 * Whether a kind named is a document's kind: "Thông tư" is also typed for a Thông tư liên tịch, and a consolidated text
 * (numbered "…/VBHN-…") keeps the kind of the text it consolidates.
 */
const isKind = (named: string, doc: DocumentMeta) => {
  if (named === CONSOLIDATED_KIND) return /\/vbhn\b/i.test(fold(doc.number));
  const a = fold(named).toLowerCase();
  const b = fold(doc.kind).toLowerCase();
  return a === b || b.startsWith(`${a} `);
};
const numberKey = (number: string) => fold(normalize(number)).toLowerCase();

/**
 * Whether a typed number is a document's own number, whole or cut at a separator: "40/2011" and "834/VBHN" name
 * "40/2011/qđ-ttg" and "834/VBHN-BLĐTBXH" (both folded, lower case).
 *
 * @example
 * namesNumber("834/vbhn-bldtbxh", "834/vbhn") // true
 */
export function namesNumber(own: string, typed: string): boolean {
  if (own === typed || own.startsWith(`${typed}/`) || own.startsWith(`${typed}-`)) return true;
  // A number read from a file name has no symbol ("71" of "71-NQ-TW.pdf"): the number typed whole starts with it.
  if (
    /^\d+$/.test(own) &&
    /^\d+[/-][a-zđ]/u.test(typed) &&
    typed.startsWith(own) &&
    /[/-]/.test(typed[own.length] ?? "")
  )
    return true;
  // "HD 45/BTCTW" for "45-HD/BTCTW": a Party text's number typed with its kind before it, not inside it.
  const party = /^(\d+)-[a-zđ]+\/(.+)$/u.exec(own);
  return party !== null && typed === `${party[1]}/${party[2]}`;
}

/**
 * One test per number named, full ("40/2011/qđ-ttg", "834/vbhn") or bare ("40/2011"). Given the document's year of
 * issue, "986/2024" also names a number that carries no year ("986/qđ-ubnd" issued in 2024): officers cite a
 * decision by its number and year.
 */
function numberTests(entities: Pick<QuestionEntities, "numbers" | "bareNumbers">) {
  return [...entities.numbers, ...entities.bareNumbers].map(numberTest);
}

/** Whether a document's own number (folded), issued in `year`, is the number `typed`. */
function numberTest(typed: string): (own: string, year?: string) => boolean {
  const numberAndYear = /^(\d+)\/((?:19|20)\d{2})$/.exec(typed);
  return (own, year) =>
    namesNumber(own, typed) ||
    (numberAndYear !== null &&
      year === numberAndYear[2] &&
      (own === numberAndYear[1] || own.startsWith(`${numberAndYear[1]}/`)) &&
      !/^\d+\/(?:19|20)\d{2}\b/.test(own));
}

/** The year a document was issued, as a question names it. */
const issueYear = (doc: DocumentMeta) => doc.issuedDate.slice(0, 4);

/** Whether every number the question names is one of `numbers`. */
function namesEvery(
  entities: Pick<QuestionEntities, "numbers" | "bareNumbers">,
  numbers: readonly string[],
): boolean {
  const keys = numbers.map(numberKey).filter(Boolean);
  return numberTests(entities).every((is) => keys.some((key) => is(key)));
}

/**
 * Whether the question asks for a consolidated text (văn bản hợp nhất) and names it only through the texts it brings
 * together, every number it names being one of them and none its own: "Văn bản hợp nhất NĐ 75/2021 … theo NĐ
 * 77/2024" is 4804/VBHN-BLĐTBXH; "VBHN 836 … Thông tư 24/2009" names 836 by its own number, and the circular besides.
 */
export function namedThroughConsolidation(
  entities: Pick<QuestionEntities, "numbers" | "bareNumbers" | "kinds">,
  doc: DocumentMeta,
  aliases: (doc: DocumentMeta) => string[],
): boolean {
  if (!entities.kinds.includes(CONSOLIDATED_KIND)) return false;
  const brought = aliases(doc);
  const ownNamed = numberTests(entities).some((is) => is(numberKey(doc.number), issueYear(doc)));
  return brought.length > 0 && !ownNamed && namesEvery(entities, brought);
}

/**
 * Whether every number the question names is the document's own, one it answers to, or one its title cites, the
 * last named being its own or an alias: "Thông tư 24/2009 hướng dẫn QĐ 170 … (VBHN 836)" names 836/VBHN-BLĐTBXH
 * three ways, the decision it guides among them; in "Theo TT 04/2001, QĐ 20/2000 có hiệu lực …" the decision the
 * circular's title cites is what is asked about.
 *
 * @example
 * namesOnly("TT 24/2009 hướng dẫn QĐ 170 (VBHN 836) có hiệu lực khi nào", vbhn836, aliases) // true
 */
export function namesOnly(
  question: string,
  doc: DocumentMeta,
  aliases: (doc: DocumentMeta) => string[],
  /** The question opens with the document's own number: the numbers after it may all be ones its title cites. */
  opens = false,
): boolean {
  const entities = questionEntities(question);
  const q = numberKey(question);
  const typed = [...entities.numbers, ...entities.bareNumbers];
  const at = (number: string) => q.lastIndexOf(numberKey(number));
  const last = typed.reduce((a, b) => (at(b) > at(a) ? b : a), typed[0] ?? "");
  const own = [numberKey(doc.number), ...aliases(doc).map(numberKey)];
  // "QUY ĐỊNH SỐ 377-QĐ/TW": a Party text's number carries its kind before the slash.
  const cited = [...numberKey(doc.title).matchAll(/\d+(?:-\p{L}+)?\/[\p{L}\d/-]+/gu)].map((m) => m[0]);
  const names = (number: string, keys: readonly string[]) =>
    keys.some((key) => numberTest(number)(key, issueYear(doc)));
  return (opens || names(last, own)) && typed.every((number) => names(number, [...own, ...cited]));
}

/** How many words a title may have to name its document the way a law is named ("Luật Cư trú"). */
const MAX_NAME_WORDS = 10;

/**
 * Documents the question names by their title, as laws and codes are cited: "Theo Luật Thanh niên, …", "luat cu
 * tru", "Hiến pháp". Only short titles name a document this way; the longest title named wins ("Luật Giáo dục đại
 * học" over "Luật Giáo dục" when both are in the corpus).
 *
 * @example
 * documentsTitled("Theo Luật Thanh niên, thanh niên là người bao nhiêu tuổi?", docs) // [LUẬT THANH NIÊN]
 */
/** A document's kind alone, folded: what a title says when the header lost its subject line. */
const BARE_KIND_TITLE =
  /^(?:ke hoach|quyet dinh|cong van|cong dien|chi thi|thong bao(?: ket luan)?|ket luan|nghi quyet|nghi dinh|thong tu|huong dan|quy dinh|bao cao|to trinh|chuong trinh|de an|van ban)$/;

export function documentsTitled(question: string, documents: Iterable<DocumentMeta>): DocumentMeta[] {
  // "luat hon nhan gia dinh": the name may be typed without its "và".
  const words = (text: string) =>
    ` ${fold(normalize(text))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")} `
      .replace(/ va /g, " ")
      .trim();
  const q = ` ${words(question)} `;
  const named = [...documents].filter((d) => {
    const title = words(d.title);
    const count = title ? title.split(" ").length : 0;
    // A title that is only the kind ("KẾ HOẠCH" over a subject the header lost) names no one document.
    if (BARE_KIND_TITLE.test(title)) return false;
    return count >= 2 && count <= MAX_NAME_WORDS && q.includes(` ${title} `);
  });
  const longest = Math.max(0, ...named.map((d) => words(d.title).length));
  return named.filter((d) => words(d.title).length === longest);
}

/**
 * The question without the titles it names documents by, nor the "theo (quy định của)" that cites them: what is left
 * is what it asks of the document. Folded, for matching against other folded text.
 *
 * @example
 * withoutTitles("Theo quy định của luật Trọng tài thương mại, phán quyết phải có gì?", [law]) // ", phan quyet phai co gi?"
 */
export function withoutTitles(question: string, named: readonly DocumentMeta[]): string {
  let q = fold(normalize(question)).toLowerCase();
  for (const doc of named) {
    const words = fold(normalize(doc.title))
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w && w !== "va");
    if (words.length === 0) continue;
    const title = new RegExp(
      `(?:\\b(?:theo|cua|tai)\\s+(?:(?:quy dinh|qui dinh)\\s+(?:cua|tai)\\s+)?)?\\b(?:(?:bo\\s+)?luat\\s+|phap lenh\\s+)?${words.join("[^a-z0-9]+(?:va[^a-z0-9]+)?")}\\b`,
      "g",
    );
    q = q.replace(title, " ");
  }
  return q;
}

/** Where an entity of the question disagrees with a document, in words for the answer: "của tỉnh Điện Biên". */
export interface Disagreement {
  kind: "place" | "year" | "number" | "issuer" | "term" | "session";
  /** "của tỉnh Điện Biên", "năm 2023", "số 1234-qđ/ubnd", "của Bộ Tài chính". */
  phrase: string;
}

/** The "Kính gửi: …" part of a header laid out as a table. */
const KINH_GUI_TAIL = /Kính\s*gửi\s*:?\s*(.*)$/isu;

const placesOf = new WeakMap<DocumentMeta, string[]>();

/** The places a document belongs to: its province, and provinces its issuer or title name (computed once). */
function documentPlaces(doc: DocumentMeta): string[] {
  const cached = placesOf.get(doc);
  if (cached) return cached;
  const named = provincesIn([doc.issuer, doc.title].join(" \n "));
  const places = [...new Set((doc.province ? [doc.province, ...named] : named).map(placeKey))];
  placesOf.set(doc, places);
  return places;
}

/** Issuers of a province, district or commune: "Ban Tổ chức Tỉnh ủy", "Sở …", "UBND huyện …". */
const LOCAL_ISSUER =
  /\b(?:tinh|thanh pho|huyen|quan|thi xa|phuong|thi tran|tinh uy|thanh uy|huyen uy|thi uy|so|ubnd|hdnd)\b|\bxa\b(?! hoi)/;

/**
 * Whether a document belongs to some place even when the place is not known: a local issuer ("Ban Tổ chức Tỉnh
 * ủy" of an unnamed province) is, a national one (Chính phủ, a Bộ, Quốc hội, Trung ương) or an unknown one is not.
 */
function isLocal(doc: DocumentMeta): boolean {
  return doc.province.trim() !== "" || LOCAL_ISSUER.test(fold(normalize(doc.issuer)));
}

/**
 * The place a question names that a national text agrees with only because it applies everywhere: neither its
 * metadata nor the passage names that place, and the question names no document. "Hải Phòng điều dưỡng mấy năm
 * một lần?" answered from a national ordinance is the general rule, not Hải Phòng's own text.
 *
 * @example
 * placeOnlyByNationalRule(questionEntities("hai phong dieu duong may nam mot lan"), ordinance, passage) // "thành phố Hải Phòng"
 */
export function placeOnlyByNationalRule(
  entities: QuestionEntities,
  doc: DocumentMeta,
  passageText: string,
  /** Also when the question names the document: "CV 2214: tỉnh Quảng Trị có bao nhiêu hộ …" asks the place's own count. */
  evenNamed = false,
): string | null {
  if ((!evenNamed && entities.numbers.length + entities.bareNumbers.length > 0) || isLocal(doc)) return null;
  if (documentPlaces(doc).length > 0) return null;
  const text = placeWords(`${doc.title}\n${doc.issuer}\n${passageText}`);
  const place = entities.places.find((p) => !text.includes(` ${p.key} `));
  return place ? placePhrase(place) : null;
}

/**
 * Whether the question says a place it names has or issues a text of its own: "UBND tỉnh Nam Định có QĐ … không",
 * "tỉnh X đã ban hành kế hoạch …". The number or date asked is then that place's text's.
 *
 * @example
 * placeIssues("UBND tỉnh Nam Định có QĐ chuyển chế độ không, số mấy") // true
 * placeIssues("tỉnh Nam Định chi trợ cấp theo QĐ số mấy") // false
 */
export const placeIssues = (question: string): boolean =>
  placeThen(question, `(?:(?:da|cung|co) )?(?:co|ban hanh|ra) (?:mot |cac )?(?:${NUMBERED_KINDS}) `);

/**
 * Whether a clause asks what a place it names, or a body of that place, has done: "ở tỉnh Quảng Bình, Sở LĐTBXH đã
 * chỉ định cơ sở nào". What one province did is told by its own texts, not by a national rule.
 *
 * @example
 * placeActed("ở tỉnh Quảng Bình, Sở LĐTBXH đã chỉ định cơ sở nào") // true
 * placeActed("tỉnh Quảng Bình được hỗ trợ bao nhiêu") // false
 */
export const placeActed = (clause: string): boolean =>
  placeThen(clause, "(?:[a-z]+ ){0,6}?da (?!duoc )[a-z]+ (?:[a-z]+ ){0,6}?(?:nao|gi|chua) ");

/** Whether some place the text names is followed, in its folded words, by `tail` (a pattern source). */
function placeThen(text: string, tail: string): boolean {
  const folded = placeWords(text);
  return namedPlaces(text).some((place) => new RegExp(` ${place.key} ${tail}`).test(folded));
}

/** A place as the answer names it: "huyện Gia Bình", "tỉnh Điện Biên", "thành phố Hải Phòng". */
export function placePhrase(place: NamedPlace): string {
  const province = provinceNamed(place.name);
  return place.level ? `${place.level} ${place.name}` : province ? provinceWithPrefix(province) : place.name;
}

/** Folded words of a text, space-padded, for whole-word place lookups. */
const placeWords = (text: string) => ` ${placeKey(text).replace(/[^a-z0-9 -]+/g, " ")} `.replace(/\s+/g, " ");

/**
 * Whether a text writes a place's name as a whole word run: "Quảng Trị", not "bố trí … quang".
 *
 * @example
 * writesPlace("Các tỉnh Quảng Nam, Quảng Trị đã báo cáo", namedPlaces("tỉnh quang tri")[0]) // true
 */
export function writesPlace(text: string, place: NamedPlace): boolean {
  return placeWords(text).includes(` ${place.key} `);
}

/**
 * Whether the text writes the place as a name, capitalised: "Điện Biên", not "theo dõi diễn biến", which folds alike.
 * Folding keeps each letter in its place, so a match in the folded text points at the written letters.
 */
function namesProperly(text: string, key: string): boolean {
  const written = text.normalize("NFC");
  const folded = fold(written).toLowerCase();
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${key.replace(/[-\s]+/g, "[\\s\\-–—]+")}(?![\\p{L}\\p{N}])`,
    "gu",
  );
  for (const m of folded.matchAll(pattern)) {
    const first = written[m.index] ?? "";
    if (first !== first.toLowerCase()) return true;
  }
  return false;
}

/** The place-and-date line of a header: "Hà Nội, ngày 04 tháng 05 năm 2013", "TP. Hồ Chí Minh, ngày 23/10/2012". */
const PLACE_AND_DATE = /[\p{Lu}][\p{L}.' -]{1,40},\s*ngày\s+\d{1,2}\b/gu;

/**
 * The first entity of the question that the document (its metadata and title) and the passage text do not agree
 * with, or null when everything agrees. A national document (a law, a Nghị định) or one whose issuer is unknown
 * agrees with any place; a local one — tied to a province, or issued by a provincial body of an unnamed province —
 * agrees only with places its metadata, title or the passage name.
 */
/** A context's lines without those that cite the texts it rests on ("Căn cứ …", "Thực hiện Công điện …"). */
const withoutPreamble = (text: string) =>
  text
    .split("\n")
    .filter((line) => !/^\s*(?:căn cứ|thực hiện)\s/iu.test(line))
    .join("\n");

export function disagreement(
  entities: QuestionEntities,
  doc: DocumentMeta,
  passageText: string,
  /**
   * The document's header (number, place and date lines) and "Kính gửi" block, when the parser gives them; and the
   * numbers a consolidated text answers to (the decree it consolidates, those that amended it).
   */
  context: { header?: string; addressees?: string; answersTo?: readonly string[] } = {},
): Disagreement | null {
  const header = context.header ?? "";
  // A national body writes from the capital ("Hà Nội, ngày 04 tháng 05 năm 2013"): where it signs is not what its
  // text is about. A local one's place line is its own place, kept.
  const placed = isLocal(doc) ? header : header.replace(PLACE_AND_DATE, " ");
  const docText = [doc.title, doc.issuer, doc.province, doc.number, doc.kind, placed].join(" \n ");
  // Folded keys are computed only when a place is named: most questions name none.
  const once = (compute: () => string) => {
    let value: string | null = null;
    return () => {
      value ??= compute();
      return value;
    };
  };
  const docKey = once(() => placeWords(docText));
  // "Căn cứ Công điện số 223/CĐ-TTg … tại Khánh Hòa, Đắk Lắk và Gia Lai": a preamble's places are the cited texts'.
  const passageKey = once(() => placeWords(withoutPreamble(passageText)));
  let ownPlaces: string[] | null = null;
  for (const place of entities.places) {
    if (ownPlaces === null) {
      // Whom a letter addresses places it: a ministry's reply to "Cục Thuế tỉnh Hà Tĩnh" is about Hà Tĩnh.
      const addressees = context.addressees || (KINH_GUI_TAIL.exec(header)?.[1] ?? "");
      ownPlaces = [...new Set([...documentPlaces(doc), ...provincesIn(addressees).map(placeKey)])];
    }
    const agrees =
      (ownPlaces.length === 0 && !isLocal(doc)) ||
      ownPlaces.some((p) => p === place.key || p.includes(place.key)) ||
      (docKey().includes(` ${place.key} `) && namesProperly(docText, place.key)) ||
      (passageKey().includes(place.ofBody ? ` ${placeKey(place.level)} ${place.key} ` : ` ${place.key} `) &&
        namesProperly(withoutPreamble(passageText), place.key));
    if (!agrees) return { kind: "place", phrase: `của ${placePhrase(place)}` };
  }
  if (entities.countries.length > 0) {
    // Transliterations vary: "Campuchia", "Căm-pu-chi-a", "Cam Pu Chia" are one name.
    const compact = (text: string) =>
      fold(normalize(text))
        .toLowerCase()
        .replace(/[^a-z]+/g, "");
    const written = compact(`${docText}\n${passageText}`);
    const missing = entities.countries.find((country) => !written.includes(compact(country)));
    if (missing) return { kind: "place", phrase: `của ${missing}` };
  }
  const dates = [doc.issuedDate, doc.meetingDate].map((d) => d.slice(0, 4));
  // "KH quan trắc … tỉnh Thanh Hóa năm 2025" of the plan titled "… tỉnh Thanh Hóa năm 2026" (issued in 2025): the
  // question names the title's year after the title's words, and names another, unless the passage quoted names the
  // year asked as a year ("ngày 18/11/2025" in an appendix's caption dates the plan).
  const forYears = titleYears(doc);
  const otherYear = entities.topicYears?.find(
    (asked) =>
      forYears.some((own) => own.before === asked.before && own.year !== asked.year) &&
      !namedYears(fold(normalize(passageText)).toLowerCase()).includes(asked.year),
  );
  if (otherYear) return { kind: "year", phrase: `năm ${otherYear.year}` };
  // "Căn cứ Quyết định số 101/QĐ-TTg ngày 25 tháng 01 năm 2024 …": a preamble's years are the cited texts'.
  const ownText = `${docText}\n${withoutPreamble(passageText)}`;
  for (const year of entities.years) {
    if (dates.includes(year) || new RegExp(`(?<!\\d)${year}(?!\\d)`).test(ownText)) continue;
    return { kind: "year", phrase: `năm ${year}` };
  }
  // "UBTVQH khóa XIV": a document or passage of another term (number "…/NQ-UBTVQH13", or "khóa XIII" written) does
  // not answer; one that names no term may.
  if (entities.terms.length > 0) {
    // The terms in the numbers of the document and of the texts the passage cites ("494/NQ-UBTVQH13"), and written out.
    const written = `${doc.number}\n${doc.title}\n${header}\n${passageText}`;
    const own = [
      ...[...written.matchAll(/QH(\d{1,2})(?!\d)/gi)].map((m) => Number(m[1])),
      ...namedTerms(fold(normalize(written))),
    ];
    if (own.length > 0 && !own.some((t) => entities.terms.includes(t)))
      return { kind: "term", phrase: `của khóa ${toRoman(entities.terms[0] ?? 0)}` };
  }
  // "… HĐND xã nhiệm kỳ 2021-2026" of a plan for the term 2026-2031: a text that writes spans of years answers for
  // those spans only; one that writes none may answer.
  const spans = entities.spans ?? [];
  if (spans.length > 0) {
    const own = yearSpans(`${doc.title}\n${header}\n${passageText}`);
    const missing = spans.find((span) => !own.includes(span));
    if (own.length > 0 && missing) return { kind: "year", phrase: `giai đoạn ${missing}` };
  }
  // "TB kết luận phiên họp lần thứ 22 …" of the notice of the 21st: a text whose title or header numbers its meeting
  // answers for that meeting only, unless the passage itself names the one asked ("Tại Phiên họp lần thứ 20 …").
  const sessions = entities.sessions ?? [];
  if (sessions.length > 0) {
    const own = namedSessions(fold(normalize(`${doc.title}\n${header}`)));
    const quoted = namedSessions(fold(normalize(passageText)));
    if (own.length > 0 && !sessions.some((n) => own.includes(n) || quoted.includes(n)))
      return { kind: "session", phrase: `của cuộc họp lần thứ ${sessions[0]}` };
  }
  const named = entities.numbers.length + entities.bareNumbers.length > 0;
  const answersTo = (context.answersTo ?? []).join("\n");
  const numberText = named
    ? fold(normalize(`${doc.number}\n${doc.title}\n${header}\n${answersTo}\n${passageText}`))
    : "";
  for (const number of entities.numbers) {
    if (numberText.includes(number) || namesNumber(numberKey(doc.number), number)) continue;
    if (fillsBlank(doc.number, number)) continue;
    return { kind: "number", phrase: `số ${number.toUpperCase()}` };
  }
  // Bare numbers: one of them must be the document's or one the passage cites ("1071-QĐ/TU", "08/2024/QĐ-UBND").
  const bare = entities.bareNumbers;
  if (
    bare.length > 0 &&
    // A number left blank ("Số -CTr/TU") says nothing against the digits asked ("ctr 104 của TU …").
    !/^[-/]\p{L}/u.test(doc.number) &&
    !bare.some(
      (n) =>
        new RegExp(`(?<![\\d/.])${n.replace("/", "\\/")}[/-]`).test(` ${numberText}`) ||
        numberTest(n)(numberKey(doc.number), issueYear(doc)),
    )
  )
    return { kind: "number", phrase: `số ${bare[0]}` };
  if (entities.issuer) {
    const own = ` ${bodyKey(`${issuerWithProvince(doc)} \n ${doc.title} \n ${passageText}`)} `;
    const asked = spelledOut(bodyKey(stripPlaces(bodyKey(entities.issuer))), own);
    const issuer = bodyKey(doc.issuer);
    // The body's name, or its first three words or more ("ban thuong vu tinh uy" of a longer phrase), must occur.
    const parts = asked.split(" ");
    const prefixNamed = [...Array(Math.max(0, parts.length - 2)).keys()].some((i) =>
      own.includes(` ${parts.slice(0, parts.length - i).join(" ")} `),
    );
    if (
      asked &&
      !prefixNamed &&
      !own.includes(` ${asked} `) &&
      !(issuer && asked.includes(issuer)) &&
      !draftedBy(entities.issuerWords ?? [], doc.number)
    )
      return { kind: "issuer", phrase: `của ${entities.issuer}` };
  }
  return null;
}

/**
 * A body's name with its acronyms written as the document writes them: "so gddt" against "… so giao duc va dao tao"
 * is "so giao duc va dao tao" (initials, "và" skipped). An acronym the text does not spell out stays as typed.
 *
 * @example
 * spelledOut("so gddt", " uy ban nhan dan so giao duc va dao tao ") // "so giao duc va dao tao"
 */
export function spelledOut(asked: string, own: string): string {
  const words = own.trim().split(" ");
  return asked
    .split(" ")
    .map((token) => {
      if (token.length < 2 || token.length > 7 || !/^[a-z]+$/.test(token) || isSyllable(token)) return token;
      for (let start = 0; start < words.length; start++) {
        let initials = "";
        for (let end = start; end < words.length && initials.length < token.length; end++) {
          const word = words[end] ?? "";
          if (word === "va" && initials.length > 0) continue;
          initials += word[0] ?? "";
          if (initials === token) return words.slice(start, end + 1).join(" ");
          if (!token.startsWith(initials)) break;
        }
      }
      return token;
    })
    .join(" ");
}

/**
 * Whether a unit named ("cục người có công", "vụ kế hoạch tài chính") is the one whose initials close the document's
 * number ("895/LĐTBXH-NCC", "2638/LĐTBXH-KHTC"): the unit of the ministry that drafted the text.
 *
 * @example
 * draftedBy(["cuc", "nguoi", "co", "cong", "huong", "dan"], "895/LĐTBXH-NCC") // true
 */
export function draftedBy(words: readonly string[], number: string): boolean {
  // The symbol after the last "/": the issuer's code, then the drafting unit's ("LĐTBXH-NCC").
  const codes = (fold(normalize(number)).toLowerCase().split("/").at(-1) ?? "")
    .split("-")
    .slice(1)
    .filter((code) => /^[a-z]{2,}$/.test(code));
  // After a head of one or two words ("cục", "tổng cục", "văn phòng"); "và" gives no initial.
  for (const from of [1, 2]) {
    const initials = words
      .slice(from)
      .filter((w) => w !== "va")
      .map((w) => w[0])
      .join("");
    for (let end = 2; end <= initials.length; end++) if (codes.includes(initials.slice(0, end))) return true;
  }
  return false;
}

/** 14 → "XIV". */
function toRoman(n: number): string {
  const parts: [number, string][] = [
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, letters] of parts)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

/** "ban thuong vu tinh uy dien bien" → "ban thuong vu tinh uy": places are checked on their own. */
function stripPlaces(body: string): string {
  let rest = body;
  for (const province of provincesIn(rest)) rest = rest.replace(placeKey(province), " ");
  return rest
    .replace(/\b(?:tinh|thanh pho|tp)\s*$/, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The refusal that names what the question asked for and the nearest document instead:
 * "Không có văn bản của tỉnh Điện Biên về việc này trong kho; văn bản gần nhất là … của Sơn La."
 */
export function entityRefusalText(why: Disagreement, nearest: DocumentMeta): string {
  const label = documentLabel(nearest);
  const province = nearest.province.trim();
  const where =
    why.kind === "place" && province && !placeKey(label).includes(placeKey(province))
      ? ` (${provinceWithPrefix(province)})`
      : "";
  const lead =
    why.kind === "year"
      ? `Không có văn bản nào trong kho nói về việc này trong ${why.phrase}`
      : why.kind === "number"
        ? `Không có nội dung nào của văn bản ${why.phrase} về việc này trong kho`
        : `Không có văn bản ${why.phrase} về việc này trong kho`;
  return `${lead}; văn bản gần nhất là ${label}${where}. Anh/chị kiểm tra lại tên địa phương, cơ quan, số hoặc năm của văn bản.`;
}

/**
 * A text whose number was left blank to fill in by hand ("Số      -CTr/TU") may be the one a question numbers with
 * that sign ("104-CTr/TU"): the sign agrees and the text says nothing against the digits.
 */
function fillsBlank(own: string, asked: string): boolean {
  if (!/^[-/]\p{L}/u.test(own)) return false;
  const sign = fold(normalize(own)).toLowerCase();
  return /^\d/.test(asked) && asked.toLowerCase().endsWith(sign);
}
