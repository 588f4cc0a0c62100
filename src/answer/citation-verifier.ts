import { splitSentences } from "../language/sentences.ts";
import { UNIT_PATTERN } from "./question-intent.ts";

export interface Verification {
  ok: boolean;
  /** In Vietnamese: they go back to the model in the repair prompt. */
  problems: string[];
  /** Passage numbers the answer cites, in order of first use. */
  cited: number[];
}

const MARKER = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g;
const DOC_NUMBER = /\b\d+(?:\/\d{4})?[-/][\p{Lu}Đ]+(?:[-/][\p{Lu}Đ]+)*\b/gu;
const DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}\/\d{4}\b/g;
const NUMBER = /\d+(?:[.,]\d+)?/g;
const QUOTE = /[“"]([^”"]{4,})[”"]/g;

const markersOf = (sentence: string) =>
  [...sentence.matchAll(MARKER)].flatMap((m) => (m[1] ?? "").split(/[,;]/).map((n) => Number(n.trim())));

const space = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");
/** "01/8/2024" and "1/08/2024" are the same day. */
const dateKey = (date: string) =>
  date
    .split("/")
    .map((p) => String(Number(p)))
    .join("/");

/**
 * Checks a generated answer before anyone sees it: every [n] names a passage that was given; every sentence with a
 * date, number, document number or unit name carries a marker; those dates, numbers and document numbers occur in
 * the passages it cites; quoted spans occur there verbatim.
 *
 * @example
 * verifyCitations("Hạn là 31/12/2024 [1].", ["…Trước ngày 31/12/2024…"]).ok // true
 */
export function verifyCitations(answer: string, passages: readonly string[]): Verification {
  const problems: string[] = [];
  const cited: number[] = [];
  const sentences = answer
    .split(/\n+/)
    .flatMap((line) => splitSentences(line))
    .filter((s) => s.replace(MARKER, "").trim().length > 0);
  for (const sentence of sentences) {
    const markers = markersOf(sentence);
    for (const n of markers) {
      if (n < 1 || n > passages.length)
        problems.push(`Dấu trích dẫn [${n}] không ứng với NGUỒN nào (chỉ có 1–${passages.length}).`);
      else if (!cited.includes(n)) cited.push(n);
    }
    const body = sentence.replace(MARKER, " ").replace(/^\s*(?:\d+[.)]|[-•*])\s+/, "");
    const dates = body.match(DATE) ?? [];
    const docNumbers = body.match(DOC_NUMBER) ?? [];
    const withoutKnown = docNumbers.reduce(
      (rest, d) => rest.replace(d, " "),
      dates.reduce((rest, d) => rest.replace(d, " "), body),
    );
    const numbers = withoutKnown.match(NUMBER) ?? [];
    const specific = dates.length + docNumbers.length + numbers.length > 0 || UNIT_PATTERN.test(body);
    const valid = markers.filter((n) => n >= 1 && n <= passages.length);
    if (specific && valid.length === 0) {
      problems.push(`Câu "${sentence.trim()}" có thông tin cụ thể nhưng không có dấu trích dẫn [n].`);
      continue;
    }
    const source = space(valid.map((n) => passages[n - 1] ?? "").join("\n"));
    const sourceDates = new Set((source.match(DATE) ?? []).map(dateKey));
    const sourceNumbers = new Set(source.match(NUMBER) ?? []);
    for (const date of dates)
      if (!sourceDates.has(dateKey(date)))
        problems.push(`Ngày "${date}" không có trong nguồn được trích ở câu: "${sentence.trim()}".`);
    for (const doc of docNumbers)
      if (!source.includes(doc)) problems.push(`Số hiệu "${doc}" không có trong nguồn được trích.`);
    for (const number of numbers)
      if (!sourceNumbers.has(number) && !source.includes(number))
        problems.push(`Con số "${number}" không có trong nguồn được trích.`);
    for (const quote of body.matchAll(QUOTE))
      if (!source.includes(space(quote[1] ?? "")))
        problems.push(`Đoạn trích "${quote[1]}" không có nguyên văn trong nguồn.`);
  }
  if (sentences.length === 0) problems.push("Câu trả lời trống.");
  return { ok: problems.length === 0, problems, cited };
}
