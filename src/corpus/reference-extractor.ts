import type { DocumentReference } from "./types.ts";

/** Kinds of document a reference names, as written: "Nghị quyết|Quyết định|…". */
export const DOCUMENT_KINDS =
  "Nghị quyết|Quyết định|Quy định|Chỉ thị|Kết luận|Hướng dẫn|Chương trình|Kế hoạch|Đề án|Nghị định|Thông tư|Thông báo|Công văn|Công điện|Quy chế|Luật";
// Symbols may end in a legislature's number: "02/2020/UBTVQH14", "494/2012/NQ-UBTVQH13".
const NUMBER = String.raw`\d+(?:\/\d{4})?[-/]\p{Lu}[\p{Lu}\p{Ll}]*\d*(?:[-/]\p{Lu}[\p{Lu}\p{Ll}]*\d*)*`;
const DATE = String.raw`(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`;
const REFERENCE = new RegExp(
  String.raw`(?:(${DOCUMENT_KINDS})\s+)?(?:(?:số|Số)\s+)?(${NUMBER})(?:\s*,?\s*${DATE})?`,
  "gu",
);

/** Kind implied by the code inside a number when the text omits it ("số 32-NQ/TU"). */
const CODE_KINDS: Record<string, string> = {
  NQ: "Nghị quyết",
  CT: "Chỉ thị",
  KL: "Kết luận",
  HD: "Hướng dẫn",
  CTr: "Chương trình",
  KH: "Kế hoạch",
  CĐ: "Công điện",
  ĐA: "Đề án",
  NĐ: "Nghị định",
  TT: "Thông tư",
  TB: "Thông báo",
  QC: "Quy chế",
};

/** Turns "08/02/2022" or "12 tháng 8 năm 2021" into "2022-02-08". */
export function isoDate(text: string): string {
  const m = /(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?:\/|\s+năm\s+)(\d{4})/u.exec(text);
  if (!m) return "";
  return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

/**
 * Finds references to other documents, deduplicated by number.
 *
 * @example
 * extractReferences("theo Quy định số 50-QĐ/TW ngày 27/12/2021")
 * // [{ kind: "Quy định", number: "50-QĐ/TW", date: "2021-12-27", text: "Quy định số 50-QĐ/TW ngày 27/12/2021" }]
 */
export function extractReferences(text: string): DocumentReference[] {
  const found = new Map<string, DocumentReference>();
  for (const m of text.matchAll(REFERENCE)) {
    const number = m[2];
    if (!/\p{Lu}/u.test(number) || /^\d+\/\d+\/\d+$/.test(number)) continue;
    const code = /[-/]([\p{L}]+)/u.exec(number)?.[1] ?? "";
    const kind = m[1] ?? CODE_KINDS[code] ?? "";
    const previous = found.get(number);
    if (previous && (previous.date || !m[3])) continue;
    found.set(number, {
      kind,
      number,
      date: m[3] ? isoDate(m[3]) : (previous?.date ?? ""),
      text: m[0].trim(),
    });
  }
  return [...found.values()];
}
