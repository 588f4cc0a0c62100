import { fold, normalize } from "../language/vietnamese-text.ts";

/** A set of rates in percent, both ends included; an open end is ±Infinity. */
export interface RateSpan {
  low: number;
  high: number;
  /** As written, lower case: "dưới 5%". */
  text: string;
}

// Just below or above a bound: "dưới 5%" does not hold 5%.
const STEP = 1e-6;
const N = String.raw`(\d+(?:,\d+)?)\s*%`;

/** Written rates, widest forms first; each match is blanked so its numbers are not read again. */
const FORMS: { pattern: RegExp; span: (a: number, b: number) => Omit<RateSpan, "text"> }[] = [
  // "từ 16% - 20%", "21% đến 40%", "từ 61 đến 80%"
  {
    pattern: /(\d+(?:,\d+)?)\s*%?\s*(?:-|–|den|toi)\s*(\d+(?:,\d+)?)\s*%/g,
    span: (a, b) => ({ low: a, high: b }),
  },
  // "từ 81% trở lên", "81% trở lên"
  { pattern: new RegExp(`${N}\\s*tro len`, "g"), span: (a) => ({ low: a, high: Infinity }) },
  // "trên 80%", "hơn 80%"
  { pattern: new RegExp(`\\b(?:tren|hon)\\s*${N}`, "g"), span: (a) => ({ low: a + STEP, high: Infinity }) },
  // "5% trở xuống"
  { pattern: new RegExp(`${N}\\s*tro xuong`, "g"), span: (a) => ({ low: -Infinity, high: a }) },
  // "dưới 5%", "chưa đến 5%"
  {
    pattern: new RegExp(`\\b(?:duoi|chua den|it hon)\\s*${N}`, "g"),
    span: (a) => ({ low: -Infinity, high: a - STEP }),
  },
  // "không quá 5%", "tối đa 5%"
  {
    pattern: new RegExp(`\\b(?:khong qua|toi da)\\s*${N}`, "g"),
    span: (a) => ({ low: -Infinity, high: a }),
  },
  // "50%"
  { pattern: new RegExp(N, "g"), span: (a) => ({ low: a, high: a }) },
];

const number = (s: string | undefined) => Number((s ?? "").replace(",", "."));

/**
 * The rates a text writes, as spans: a range, an open bound or a single rate.
 *
 * @example
 * rateSpans("Tỷ lệ tổn thương cơ thể từ 5% - 20%") // [{ low: 5, high: 20, text: "5% - 20%" }]
 * rateSpans("có tỷ lệ tổn thương cơ thể dưới 5%") // [{ low: -Infinity, high: 4.999999, text: "dưới 5%" }]
 */
export function rateSpans(text: string): RateSpan[] {
  const written = normalize(text);
  // Folding keeps the offsets of NFC text, so each match is also read as written.
  let rest = fold(written);
  const spans: RateSpan[] = [];
  for (const { pattern, span } of FORMS)
    for (const m of rest.matchAll(pattern)) {
      const at = m.index ?? 0;
      spans.push({ ...span(number(m[1]), number(m[2])), text: written.slice(at, at + m[0].length).trim() });
      rest = rest.slice(0, at) + " ".repeat(m[0].length) + rest.slice(at + m[0].length);
    }
  return spans;
}

/**
 * Whether a text gives something for a rate the question sets as its condition: some rate it writes overlaps it.
 * "dưới 5%" is not covered by a table whose first row is "từ 5% - 20%".
 *
 * @example
 * coversRate("Tỷ lệ tổn thương cơ thể từ 5% - 20%: 4,0 lần mức chuẩn", { low: -Infinity, high: 4.999999 }) // false
 */
export function coversRate(text: string, condition: Omit<RateSpan, "text">): boolean {
  return rateSpans(text).some((s) => s.low <= condition.high && condition.low <= s.high);
}
