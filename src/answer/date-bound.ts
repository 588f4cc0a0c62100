import { fold, normalize } from "../search/vietnamese-analyzer.ts";

/** A case bounded by a day or a year: "trước ngày 5/7/1994", "sau năm 1945", as read from a text. */
export interface DateBound {
  relation: "before" | "after";
  /** The day or year, the same however written: "1994-7-5", "1945". */
  key: string;
  /** As the text writes it. */
  text: string;
}

/** "trước ngày 5/7/1994", "sau ngày 05 tháng 7 năm 1994", "trước năm 1945", "truoc 1/1/1995", folded. */
const BOUND =
  /\b(truoc|sau)\s+(?:(?:ngay|thoi diem)\s+)?(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})|(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d{2})|(?:nam\s+)?((?:19|20)\d{2}))\b/g;

/**
 * The days and years a text bounds its cases by.
 *
 * @example
 * dateBounds("đã mua nhà trước ngày 5/7/1994") // [{ relation: "before", key: "1994-7-5", text: "trước ngày 5/7/1994" }]
 */
export function dateBounds(text: string): DateBound[] {
  const written = text.normalize("NFC");
  const folded = fold(normalize(written));
  // Folding keeps an NFC text's length, so the match's offsets quote it as written.
  const same = folded.length === written.length;
  return [...folded.matchAll(BOUND)].map((m) => {
    const day = m[2] ?? m[5];
    const month = m[3] ?? m[6];
    const year = m[4] ?? m[7] ?? m[8];
    const key = day && month ? `${year}-${Number(month)}-${Number(day)}` : `${year}`;
    const at = m.index ?? 0;
    const quoted = same ? written.slice(at, at + m[0].length) : m[0];
    return { relation: m[1] === "truoc" ? "before" : "after", key, text: quoted };
  });
}

/**
 * The bound a question sets ("mua nhà … sau ngày 5/7/1994") that the quoted sentences draw the other way only
 * ("… đã mua nhà … trước ngày 5/7/1994 …"): they rule the case on the other side of that day, not the one asked.
 * Null when the sentences also write the question's side, or do not write that day at all.
 *
 * @example
 * oppositeBound("mua nhà sau ngày 5/7/1994 được hỗ trợ bao nhiêu", ["… mua nhà trước ngày 5/7/1994 … 20 triệu đồng"])
 * // { relation: "after", key: "1994-7-5", text: "sau ngày 5/7/1994" }
 */
export function oppositeBound(question: string, sentences: readonly string[]): DateBound | null {
  const written = sentences.flatMap(dateBounds);
  for (const asked of dateBounds(question)) {
    const same = written.filter((b) => b.key === asked.key);
    if (same.length > 0 && same.every((b) => b.relation !== asked.relation)) return asked;
  }
  return null;
}
