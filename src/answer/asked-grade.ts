/**
 * The grade of a class a question asks about: "Huân chương Kháng chiến hạng II", "thương binh loại B", "hạng Nhất".
 * A rule for one grade does not answer for another: "hạng I được 65%; vậy hạng II bao nhiêu %" is not answered by a
 * sentence that names no "hạng II".
 */
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { ASKING_CLAUSE } from "./question-proper.ts";

/**
 * "hạng II", "hang nhat", "loại B", "hạng 3", folded; the grade's word in group 2. Not "loại 1 tầng": a house's
 * type, by its floors.
 */
const GRADE = /\b(hang|loai)\s+(iii|ii|iv|i|nhat|nhi|ba|tu|[a-d]|(?<=hang\s+)[1-4])\b/g;
/** Grade words that mean the same rank: "hạng Nhất" is "hạng I" is "hạng 1". */
const RANK: Record<string, string> = {
  i: "1",
  ii: "2",
  iii: "3",
  iv: "4",
  nhat: "1",
  nhi: "2",
  ba: "3",
  tu: "4",
};

/** The grades a text writes, as keys ("hang 2", "loai b"). */
function gradesIn(text: string): Set<string> {
  const folded = fold(normalize(text)).toLowerCase();
  return new Set([...folded.matchAll(GRADE)].map((m) => `${m[1]} ${RANK[m[2] as string] ?? m[2]}`));
}

/**
 * The grades the question asks about: those of its question proper ("…; vậy hạng II …") when it has one, else all.
 *
 * @example
 * askedGrades("hạng I được 65%; vậy bác được Huân chương hạng II thì bao nhiêu %") // ["hang 2"]
 * askedGrades("Mức hỗ trợ cho thương binh là bao nhiêu?") // []
 */
export function askedGrades(question: string): string[] {
  const proper = ASKING_CLAUSE.exec(normalize(question))?.[1];
  const own = proper ? gradesIn(proper) : new Set<string>();
  return [...(own.size > 0 ? own : gradesIn(question))];
}

/**
 * Whether a sentence names one of the grades asked.
 *
 * @example
 * namesGrade("Huân chương Kháng chiến hạng Nhì được hỗ trợ 65%", ["hang 2"]) // true
 */
export function namesGrade(sentence: string, grades: readonly string[]): boolean {
  const own = gradesIn(sentence);
  return grades.some((g) => own.has(g));
}

/**
 * A grade key as officers write it: "hang 2" → "hạng II", "loai b" → "loại B".
 *
 * @example
 * gradeLabel("hang 2") // "hạng II"
 */
export function gradeLabel(key: string): string {
  const [word, grade = ""] = key.split(" ");
  const roman = ["", "I", "II", "III", "IV"][Number(grade)] ?? grade.toUpperCase();
  return `${word === "hang" ? "hạng" : "loại"} ${roman}`;
}
