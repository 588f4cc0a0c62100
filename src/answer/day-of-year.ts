import type { SearchResult } from "../search/passage-index.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";

/** "27/7", "ngày 27-7", "2 tháng 9", "ngày 27 tháng 7": a day of the year, with no year after it (folded). */
const DAY_MONTH =
  /(?<![\d/.-])(?:(?:ngay|dip|quoc khanh)\s+)?(\d{1,2})\s*(?:[/-]|\s+thang\s+)(\d{1,2})(?!\s*(?:[/.-]\s*\d|nam\s+\d|\d))/g;

/**
 * The days of the year a text names without a year ("quà ngày 27/7", "Quốc khánh 2 tháng 9"), as "d/m": the
 * occasion a yearly rule is for. A bare "1/2" is a half, not the first of February; "dịp 2/9" is a day.
 *
 * @example
 * daysOfYear("tặng quà ngày Thương binh liệt sĩ 27/7 bao nhiêu") // ["27/7"]
 */
export function daysOfYear(text: string): string[] {
  const days = new Set<string>();
  for (const m of fold(normalize(text)).toLowerCase().matchAll(DAY_MONTH)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    // "ngày 2/9", "dịp 2/9", "Quốc khánh 2/9", "2 tháng 9": a day, where a bare "2/9" may be a fraction.
    const dated = /^(?:ngay|dip|quoc)/.test(m[0]) || m[0].includes("thang");
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && (dated || day > month))
      days.add(`${day}/${month}`);
  }
  return [...days];
}

/**
 * Whether what a passage gives is for another day of the year than every one the question names: under "Tặng quà vào
 * ngày Quốc khánh 2 tháng 9:", "Nhóm đối tượng số 2: 300.000 đồng" is no gift for 27 July. A passage that names no
 * day, or the day asked, may be for it.
 */
export function forOtherDay(asked: readonly string[], result: SearchResult): boolean {
  if (asked.length === 0) return false;
  const named = daysOfYear([...result.passage.headings, result.passage.text].join("\n"));
  return named.length > 0 && !named.some((day) => asked.includes(day));
}
