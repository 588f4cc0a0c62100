/**
 * A question that states a figure as its premise and asks the like figure for another case: "NĐ 75 cho đài tưởng niệm
 * cấp huyện tối đa 10 tỷ; vậy nâng cấp nghĩa trang liệt sĩ cấp huyện … tối đa bao nhiêu tỷ?". A sentence that gives the
 * premise's own figure answers the ask only when it also names what the ask brings in ("nghĩa trang"); otherwise it
 * only repeats what the officer already said.
 */
import { analyze, termKind, termText, UNIGRAM } from "../search/vietnamese-analyzer.ts";
import { conditionFigures, figureFit } from "./answer-type.ts";
import { TURN_WORDS } from "./question-proper.ts";
import { topicTerms } from "./refusal-gate.ts";

/** "…; vậy …", "…, còn … thì …": the premise, then the ask. */
const PREMISE_THEN_ASK = new RegExp(String.raw`^(.+?)[,;.:]\s*(?:${TURN_WORDS})\s+(.+)$`, "isu");

/** Words of the ask that name no case: interrogatives and the units a figure is asked in. */
const ASKING = new Set([
  "bao",
  "nhieu",
  "may",
  "muc",
  "tien",
  "dong",
  "ty",
  "trieu",
  "lan",
  "ngay",
  "thang",
  "nam",
]);

/**
 * The words the ask brings in beyond its premise (folded syllables), when the premise states a figure; else null.
 *
 * @example
 * askedBeyondPremise("NĐ 75 cho đài tưởng niệm cấp huyện tối đa 10 tỷ; vậy nghĩa trang cấp huyện tối đa bao nhiêu?")
 * // { figures: ["10000000000"], words: ["nghia", "trang"] }
 */
export function askedBeyondPremise(question: string): { figures: string[]; words: string[] } | null {
  const parts = PREMISE_THEN_ASK.exec(question.normalize("NFC").trim());
  if (!parts) return null;
  const [, premise = "", ask = ""] = parts;
  const figures = conditionFigures(premise);
  if (figures.length === 0 || conditionFigures(ask).length > 0) return null;
  const syllables = (text: string) =>
    new Set(
      topicTerms(text)
        .filter((t) => termKind(t) === UNIGRAM)
        .map(termText),
    );
  const before = syllables(premise);
  const words = [...syllables(ask)].filter((w) => !before.has(w) && !ASKING.has(w) && !/\d/.test(w));
  return { figures, words };
}

/**
 * Whether a quote that gives the asked figure gives the premise's figure without naming all the ask brings in: it
 * then answers the premise, not the question.
 *
 * @example
 * echoesPremise(q, ["Hỗ trợ … đài tưởng niệm liệt sĩ …: tối đa 15 tỷ đồng …;", "10 tỷ đồng đối với công trình cấp huyện;"]) // true
 */
export function echoesPremise(question: string, stating: readonly string[]): boolean {
  const beyond = askedBeyondPremise(question);
  if (!beyond || beyond.words.length === 0 || stating.length === 0) return false;
  const quote = stating.join(" ");
  if (!beyond.figures.some((f) => figureFit(quote, f) === 0)) return false;
  const present = new Set(
    analyze(quote, { accents: false })
      .filter((t) => termKind(t) === UNIGRAM)
      .map(termText),
  );
  return beyond.words.some((w) => !present.has(w));
}
