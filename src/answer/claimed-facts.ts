/**
 * "Em nghe nói nghị định bắt BHXH huyện cấp thẻ trong 15 ngày, đúng không ạ?": an officer repeats what they heard and
 * asks to confirm it. The claim's typed values (an amount, a time allowed, a limit, a date, an ordinal) are what a
 * quote must speak of: the same value confirms it, another value of the same kind corrects it, and a quote with no
 * value of that kind can do neither.
 */
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { type AskedFact, askedFacts } from "./answer-type.ts";

/** The tag that asks to confirm a claim, folded: "đúng không", "có đúng vậy không", "phải không", "đúng hay sai". */
const CONFIRM =
  /\b(?:(?:co )?(?:dung|chinh xac|that su|that|phai)(?: (?:vay|the|nhu vay))? (?:khong|ko|k|chua)|dung hay sai)\b/;

/**
 * Typed values of a claim, folded, each with the words that ask for it. Counts are claims only as limits ("tối đa 2
 * mẫu"): a bare count ("cả 2 vợ chồng") is how the officer tells the case, not a figure the text must give.
 */
const VALUES: readonly [RegExp, string][] = [
  // "27/7/2012", "ngày 1/1/1930": a day.
  [/(?:\bngay )?\b\d{1,2}\/\d{1,2}(?:\/(?:19|20)\d{2})?\b/g, "ngay nao"],
  // "ngày 5 hằng tháng": a day of the month.
  [/\bngay \d{1,2}\b(?![/\d])/g, "ngay nao"],
  // "phiên họp thứ 51", "lần thứ 2", "khóa XIV": an ordinal.
  [/\b(?:thu|khoa) (?:\d+|[ivxlc]+)\b/g, "thu may"],
  // "3 tỷ đồng", "500 nghìn/người", "65%", "0,9 lần mức chuẩn", "15 ngày", "20 năm": a measure.
  [
    /\b\d+(?:[.,]\d+)*\s*(?:%|(?:nghin|ngan|trieu|ty|k|tr|dong|d|lan|ngay|thang|nam|tuan|gio)\b)/g,
    "bao nhieu $UNIT",
  ],
  // "tối đa 2 mẫu", "không quá 3 lần": a limit.
  [/\b(?:toi da|toi thieu|khong qua|it nhat) \d+\b/g, "toi da bao nhieu"],
];

/** A claimed value, as typed, and the fact that asks for its kind. */
export interface ClaimedFact {
  value: string;
  fact: AskedFact;
}

/**
 * The facts a confirmation question claims, one per typed value before its tag; none when the question asks no
 * confirmation.
 *
 * @example
 * claimedFacts("NĐ 102/2018: BHXH huyện phải cấp thẻ BHYT trong 15 ngày, đúng không ạ?")
 * // [{ value: "15 ngày", fact: { kind: "number", counted: "ngay", … } }]
 */
export function claimedFacts(question: string): ClaimedFact[] {
  const typed = normalize(question);
  const folded = fold(typed).toLowerCase();
  // Folding keeps every position, so offsets into the folded claim point into what was typed.
  if (folded.length !== typed.length) return [];
  const tag = CONFIRM.exec(folded);
  if (!tag) return [];
  // Document numbers ("NĐ 75/2021", "QĐ 12/2012") match none of the values: a day has no four-digit part.
  const claim = folded.slice(0, tag.index);
  const taken: [number, number][] = [];
  const found: ClaimedFact[] = [];
  for (const [pattern, ask] of VALUES)
    for (const m of claim.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      const unit = /[\p{L}%]+$/u.exec(m[0])?.[0] ?? "";
      const asking = `${claim.slice(0, start)}${ask.replace("$UNIT", unit === "%" ? "phan tram" : unit)}${claim.slice(end)}?`;
      const [fact] = askedFacts(asking);
      // "phiên họp thứ 51": only a text that writes an ordinal the same way ("thứ 50") confirms or corrects it.
      const ordinal = /^(thu|khoa) /.exec(m[0])?.[1];
      if (fact)
        found.push({
          value: typed.slice(start, end).trim(),
          fact: ordinal ? { ...fact, label: ordinal } : fact,
        });
    }
  return found;
}
