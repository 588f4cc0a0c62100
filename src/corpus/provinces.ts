import { escapeRegExp } from "../language/escape-reg-exp.ts";
import { fold } from "../language/vietnamese-text.ts";

/**
 * Vietnam's provinces and centrally-run cities: the 63 units before the 2025 merger (the 34 after it all keep one
 * of these names, Huế included). Data, not rules: place agreement and document labels read it.
 */
export const PROVINCES: readonly string[] = [
  "An Giang",
  "Bà Rịa - Vũng Tàu",
  "Bắc Giang",
  "Bắc Kạn",
  "Bạc Liêu",
  "Bắc Ninh",
  "Bến Tre",
  "Bình Định",
  "Bình Dương",
  "Bình Phước",
  "Bình Thuận",
  "Cà Mau",
  "Cần Thơ",
  "Cao Bằng",
  "Đà Nẵng",
  "Đắk Lắk",
  "Đắk Nông",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Giang",
  "Hà Nam",
  "Hà Nội",
  "Hà Tĩnh",
  "Hải Dương",
  "Hải Phòng",
  "Hậu Giang",
  "Hòa Bình",
  "Hồ Chí Minh",
  "Huế",
  "Hưng Yên",
  "Khánh Hòa",
  "Kiên Giang",
  "Kon Tum",
  "Lai Châu",
  "Lâm Đồng",
  "Lạng Sơn",
  "Lào Cai",
  "Long An",
  "Nam Định",
  "Nghệ An",
  "Ninh Bình",
  "Ninh Thuận",
  "Phú Thọ",
  "Phú Yên",
  "Quảng Bình",
  "Quảng Nam",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sóc Trăng",
  "Sơn La",
  "Tây Ninh",
  "Thái Bình",
  "Thái Nguyên",
  "Thanh Hóa",
  "Thừa Thiên Huế",
  "Tiền Giang",
  "Trà Vinh",
  "Tuyên Quang",
  "Vĩnh Long",
  "Vĩnh Phúc",
  "Yên Bái",
];

/** Cities under the central government: "thành phố Hà Nội", never "tỉnh Hà Nội". */
const CITIES = new Set(["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"]);

/**
 * A place name in comparable form: lower case, no diacritics, one space, dashes unified ("Bà Rịa – Vũng Tàu" →
 * "ba ria - vung tau"), the old and new spellings of tones ("Hoà"/"Hòa") alike.
 */
export function placeKey(name: string): string {
  return fold(name.normalize("NFC").toLowerCase())
    .replace(/\s*[-–—]\s*/g, " - ")
    .replace(/\s+/g, " ")
    .trim();
}

const BY_KEY = new Map(PROVINCES.map((p) => [placeKey(p), p]));

/** The province or city named exactly by `name` ("lang son", "Lạng Sơn"), in its usual spelling, else null. */
export function provinceNamed(name: string): string | null {
  return BY_KEY.get(placeKey(name)) ?? null;
}

/** "tỉnh Lạng Sơn", "thành phố Hà Nội": how a province is named in running text. */
export function provinceWithPrefix(province: string): string {
  return `${CITIES.has(placeKey(province)) ? "thành phố" : "tỉnh"} ${province}`;
}

/**
 * The names of the provinces as a pattern source, lower case with their diacritics, longest first and any dash: what
 * a grammar over lower-cased text ("tỉnh sơn la", "thành phố bà rịa – vũng tàu") matches.
 */
export const PROVINCE_NAMES_SOURCE = [...PROVINCES]
  .sort((a, b) => b.length - a.length)
  .map((name) => escapeRegExp(name.toLowerCase()).replace(/\s*-\s*/g, "\\s*[-–—]\\s*"))
  .join("|");
/** Folded, case kept, dashes and spaces unified: "Bà Rịa – Vũng Tàu" → "Ba Ria - Vung Tau". */
const foldKeepCase = (text: string) =>
  fold(text.normalize("NFC"))
    .replace(/\s*[-–—]\s*/g, " - ")
    .replace(/\s+/g, " ");
const PATTERNS = [...PROVINCES]
  .sort((a, b) => b.length - a.length)
  .map((name) => {
    const key = foldKeepCase(name);
    const body = (k: string) => `(?<![\\p{L}\\p{N}])${escapeRegExp(k)}(?![\\p{L}\\p{N}])`;
    return {
      name,
      key: key.toLowerCase(),
      exact: new RegExp(`${body(key)}|${body(key.toUpperCase())}`, "u"),
      anyCase: new RegExp(body(key), "iu"),
    };
  });

/**
 * Provinces whose name occurs in `text` as whole words, longest first so "Thừa Thiên Huế" is not also "Huế".
 * With `capitalised`, only names written with capitals ("Hòa Bình" or "HÒA BÌNH", not "hòa bình" = peace): what a bare name in
 * a question must look like.
 */
export function provincesIn(text: string, options: { capitalised?: boolean } = {}): string[] {
  // Document headers and titles are read again for every question: remember the last few thousand answers.
  const key = `${options.capitalised ? "C" : "a"}${text}`;
  const known = MEMO.get(key);
  if (known) return known;
  const found = findProvinces(text, options.capitalised === true);
  if (MEMO.size >= 4096) MEMO.clear();
  MEMO.set(key, found);
  return found;
}

const MEMO = new Map<string, string[]>();

function findProvinces(text: string, capitalised: boolean): string[] {
  let rest = foldKeepCase(text);
  const lower = rest.toLowerCase();
  const found: string[] = [];
  for (const p of PATTERNS) {
    if (!lower.includes(p.key)) continue;
    const pattern = capitalised ? p.exact : p.anyCase;
    if (!pattern.test(rest)) continue;
    found.push(p.name);
    rest = rest.replace(new RegExp(pattern.source, `${pattern.flags}g`), " ");
  }
  return found;
}
