import type { Passage } from "../corpus/types.ts";
import { HEADING_NUMBER } from "../obligations/responsible-parties.ts";
import { initialsOf } from "../search/abbreviations.ts";
import { analyze } from "../search/vietnamese-analyzer.ts";
import { foldedWords } from "./passage-context.ts";

/**
 * "vbhn 836: tnxp bỏ về giữa chừng, không hoàn thành nhiệm vụ thì có được mua thẻ BHYT không": the text sets that
 * case outside its scope ("2. Đối tượng không áp dụng … b) Thanh niên xung phong không hoàn thành nhiệm vụ."), so it
 * gets none of the text's benefits, which the passages on the benefit never say.
 */

/** A heading or lead-in that puts cases outside a text (folded words): "Đối tượng không áp dụng", "không được hưởng". */
const OUT_OF_SCOPE = /\bkhong (?:ap dung|thuoc (?:dien|doi tuong|pham vi)|duoc huong)\b/;
/** "có được …", "có được hưởng …", "có thuộc diện …", "có được áp dụng …" (folded words): a benefit or cover asked. */
const BENEFIT_ASK = /\bco (?:duoc|huong|thuoc (?:dien|doi tuong)|nam trong (?:dien|doi tuong)|ap dung)\b/;
/** The yes/no particle closing a question (folded words): "… không", "… hay không ạ", "… chưa". */
const CLOSING_NO = /\s(?:hay )?(?:khong|ko|chua)(?: (?:a|ah|vay|nhi|nhe|ha|ne))?$/;
/** Share of an item's words the question must write for the item to be the question's case. */
const CASE_SHARE = 0.9;
/** An item of fewer words names no case of its own ("Người khác."). */
const MIN_WORDS = 3;

const words = (text: string) => new Set(analyze(text, { accents: false, bigrams: false }));

/**
 * The words of a text whose runs the question writes by their initials ("tnxp" for "thanh niên xung phong", "bhyt"
 * for "bảo hiểm y tế"), as unigram terms.
 */
function byInitials(sequence: readonly string[], asked: ReadonlySet<string>): Set<string> {
  // As the corpus abbreviation reader takes them: "w" is the "ư" of Telex typing ("nstw").
  const typed = new Set(
    [...asked]
      .map((t) => t.slice(1))
      .filter((w) => w.length >= 3 && w.length <= 7 && /^[a-z]+$/.test(w))
      .map(initialsOf),
  );
  const found = new Set<string>();
  for (let start = 0; start < sequence.length; start++)
    for (let end = start + 3; end <= Math.min(sequence.length, start + 7); end++) {
      const run = sequence.slice(start, end);
      if (typed.has(run.map((w) => w[0]).join(""))) for (const w of run) found.add(`u${w}`);
    }
  return found;
}

/**
 * The item of a document's out-of-scope list whose words the question writes (at least three quarters of them), with
 * its list's heading before it; null when none.
 *
 * @example
 * excludedCase("tnxp không hoàn thành nhiệm vụ thì có được mua thẻ BHYT không", passagesOf("836-2024-vbhn-bldtbxh"))
 * // { passage, sentence: "Đối tượng không áp dụng: Thanh niên xung phong không hoàn thành nhiệm vụ." }
 */
export function excludedCase(
  question: string,
  passages: readonly Passage[],
): { passage: Passage; sentence: string } | null {
  // Only whether the case gets or is covered by something: "có bị phạt không" is not answered by being out of scope.
  if (!BENEFIT_ASK.test(foldedWords(question))) return null;
  // The closing "… không?" asks; only a "không" of the case itself ("không hoàn thành") matches an item's.
  const asked = words(foldedWords(question).replace(CLOSING_NO, ""));
  let best: { passage: Passage; sentence: string; share: number } | null = null;
  for (const passage of passages) {
    const heading = passage.headings.at(-1)?.replace(HEADING_NUMBER, "").trim();
    if (!heading || !OUT_OF_SCOPE.test(foldedWords(heading))) continue;
    const item = words(passage.text);
    if (item.size < MIN_WORDS) continue;
    const initialled = byInitials(foldedWords(passage.text).split(" "), asked);
    const share = [...item].filter((w) => asked.has(w) || initialled.has(w)).length / item.size;
    if (share >= CASE_SHARE && (!best || share > best.share)) {
      const lead = heading.replace(/[:\s]+$/u, "");
      best = { passage, sentence: `${lead}: ${passage.text.trim()}`, share };
    }
  }
  return best && { passage: best.passage, sentence: best.sentence };
}
