/**
 * Calendar arithmetic and accent-insensitive matching behind the deadline grammar (deadline-grammar.ts).
 *
 * Dates are ISO strings (`YYYY-MM-DD`); every helper returns null instead of an invalid date, so a grammar
 * built on them never invents a day the text does not support.
 */
import { fold } from "../search/vietnamese-analyzer.ts";

/** True when the day exists in the proleptic Gregorian calendar (31/02 does not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The ISO form of a day, or null when it does not exist.
 *
 * @example
 * isoDay(2024, 2, 29) // "2024-02-29"
 * isoDay(2023, 2, 29) // null
 */
export function isoDay(year: number, month: number, day: number): string | null {
  return isValidDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** Last day of a month ("6/2024" → "2024-06-30"), null for month 13. */
export function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDay(year, month, daysInMonth(year, month));
}

/** Last day of a quarter (1–4). */
export function endOfQuarter(year: number, quarter: number): string | null {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return null;
  return endOfMonth(year, quarter * 3);
}

/** The day before an ISO day ("2024-06-01" → "2024-05-31"). */
export function dayBefore(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const previous = new Date(Date.UTC(y, m - 1, d - 1));
  return `${previous.getUTCFullYear()}-${pad(previous.getUTCMonth() + 1)}-${pad(previous.getUTCDate())}`;
}

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * A quarter written in roman or arabic numerals, case-insensitive.
 *
 * @example
 * quarterNumber("III") // 3
 * quarterNumber("2")   // 2
 */
export function quarterNumber(token: string): number | null {
  const t = token.toLowerCase();
  const q = ROMAN_QUARTERS[t] ?? Number(t);
  return Number.isInteger(q) && q >= 1 && q <= 4 ? q : null;
}

/** The year of a document date ("2024-06-06", "2024-06", "2024"), or null. */
export function yearOf(documentDate: string | null): number | null {
  const m = /^(\d{4})(?:-\d{2}){0,2}$/.exec(documentDate?.trim() ?? "");
  return m ? Number(m[1]) : null;
}

/**
 * A year written as digits or relative to the document's year (folded: "nay" this, "toi"/"sau" next).
 * A missing token means this year ("cuối năm" alone).
 *
 * @example
 * resolveYear("toi", 2024)  // 2025
 * resolveYear("nay", null)  // null: relative, and the document has no date
 */
export function resolveYear(token: string | undefined, documentYear: number | null): number | null {
  if (token && /^\d{4}$/.test(token)) return Number(token);
  if (documentYear === null) return null;
  return token === "toi" || token === "sau" ? documentYear + 1 : documentYear;
}

/**
 * A text prepared for matching: NFC, lower-case and folded (đ→d, accents dropped) one character for one,
 * so a match in `folded` maps back to the original text through {@link MatchableText.original}.
 */
export interface MatchableText {
  /** The NFC form of the input. */
  nfc: string;
  /** Same length as `nfc`: lower-case, diacritics removed. */
  folded: string;
  /** Offset in the original input of an offset in `nfc`/`folded` (inclusive of the end offset). */
  original(offset: number): number;
}

/** A base character with its combining marks; NFC never composes across these clusters. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Prepares a text for case- and diacritic-insensitive matching with verbatim offsets.
 *
 * @example
 * const t = matchable("Trước NGÀY 31/12/2024");
 * t.folded // "truoc ngay 31/12/2024"
 */
export function matchable(text: string): MatchableText {
  let nfc = text.normalize("NFC");
  let offsets: number[] | null = null;
  if (nfc !== text) {
    // Normalise cluster by cluster so each NFC character remembers where it came from.
    const parts: string[] = [];
    offsets = [];
    for (const m of text.matchAll(CLUSTER)) {
      const composed = m[0].normalize("NFC");
      parts.push(composed);
      for (let k = 0; k < composed.length; k++) offsets.push(k === 0 ? m.index : m.index + m[0].length);
    }
    offsets.push(text.length);
    nfc = parts.join("");
  }
  let folded = "";
  for (const ch of nfc) folded += foldChar(ch);
  const map = offsets;
  return { nfc, folded, original: (offset) => (map ? map[offset] : offset) };
}

/** Folds one character, keeping it when folding would change the string's length. */
function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const folded = fold(lower);
  if (folded.length === ch.length) return folded;
  return lower.length === ch.length ? lower : ch;
}

/**
 * Accented spellings of the grammar's words. Folding merges words that differ only in accents ("đầu" start,
 * "đấu" in "phấn đấu"; "tháng" month, "thắng" win), so an accented word in a match must be one of these;
 * a word typed without accents passes.
 */
const SPELLINGS = new Set(
  `từ này đến tới hết trong trước vào chậm muộn nhất là thời hạn chót ngày tháng năm quý cuối đầu giữa sau cả suốt
  cho giai đoạn nhiệm kỳ kì kể đại hội họp nghị cuộc bầu cử tết khi điểm thềm tổ chức diễn ra khai mạc khóa khoá
  thường xuyên kịp liên tục chưa không thiếu định hằng hàng tuần một lần mỗi hai ba sáu của thứ tiếp theo kế
  được ban hành phê duyệt thông qua ký công bố hiệu lực xảy quá tối đa vòng gian tính làm việc giờ bảy mười lăm
  tư chủ nhật liền kề giải`.split(/\s+/),
);
const FOLDED_SPELLINGS = new Set([...SPELLINGS].map((w) => fold(w)));

/** False when an accented word of the match is a grammar word only once folded ("đấu" for "đầu"). */
export function spelledAsGrammar(matched: string): boolean {
  for (const [word] of matched.toLowerCase().matchAll(/\p{L}+/gu)) {
    const folded = fold(word);
    if (folded !== word && FOLDED_SPELLINGS.has(folded) && !SPELLINGS.has(word)) return false;
  }
  return true;
}
