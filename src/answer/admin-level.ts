/**
 * The tier of government a figure is for ("cấp tỉnh", "cấp huyện", "cấp xã", "cấp thôn"): a text that sets an amount
 * per tier ("15 tỷ đồng đối với công trình cấp tỉnh; 10 tỷ … cấp huyện; 02 tỷ … cấp xã") gives none for a tier it does
 * not list.
 */
import { fold, normalize } from "../search/vietnamese-analyzer.ts";

const TIER = /\bcap (tinh|huyen|xa|thon|trung uong)\b/g;

/**
 * The tiers a text names, folded.
 *
 * @example
 * tiersOf("công trình cấp thôn") // ["thon"]
 */
export function tiersOf(text: string): string[] {
  return [...new Set([...fold(normalize(text)).toLowerCase().matchAll(TIER)].map((m) => m[1] as string))];
}

/** The tier a body named by its kind belongs to, folded: "xa", "huyen", "tinh", "trung uong" (first match wins). */
const BODY_TIERS: [RegExp, string][] = [
  [/\b(?:cap xa|xa|phuong|thi tran)\b(?! hoi)/, "xa"],
  [/\b(?:cap huyen|huyen)\b/, "huyen"],
  // "Sở", not "cơ sở" (a facility).
  [/\b(?:cap tinh|tinh|(?<!co )so|thanh pho truc thuoc trung uong)\b/, "tinh"],
  [/\b(?:bo truong|bo|co quan ngang bo|chinh phu|thu tuong|trung uong)\b/, "trung uong"],
];

/**
 * The tier of government a body belongs to, or null when its name does not say.
 *
 * @example
 * tierOfBody("các đồng chí Bộ trưởng") // "trung uong"
 * tierOfBody("UBND cấp xã") // "xa"
 */
export function tierOfBody(body: string): string | null {
  const text = fold(normalize(body)).toLowerCase();
  return BODY_TIERS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * Whether a quote sets its figures for tiers and none of them is one the question asks about.
 *
 * @example
 * forOtherTier("… cho công trình cấp thôn bao nhiêu?", "… 02 tỷ đồng đối với công trình cấp xã") // true
 */
export function forOtherTier(question: string, quote: string): boolean {
  const asked = tiersOf(question);
  if (asked.length === 0) return false;
  const quoted = tiersOf(quote);
  return quoted.length > 0 && !quoted.some((t) => asked.includes(t));
}
