/**
 * The shorthand Vietnamese is typed in on a phone ("bn" for "bao nhiêu", "dc" for "được", "ko" for "không"). It
 * belongs to the language, not to any document, so it is one closed list; the words a question asks with ("bao
 * nhiêu", "gì", "như thế nào") are then read as if typed in full.
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  bn: "bao nhiêu",
  bnhieu: "bao nhiêu",
  dc: "được",
  đc: "được",
  ko: "không",
  hok: "không",
  kp: "không phải",
  j: "gì",
  ntn: "như thế nào",
  trc: "trước",
  vs: "với",
  cx: "cũng",
  lm: "làm",
  tgian: "thời gian",
  thgian: "thời gian",
};

const WORD = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])(${Object.keys(SHORTHAND).join("|")})(?![\\p{L}\\p{N}/-])`,
  "giu",
);

/**
 * The question with its texting shorthand written out; a word the corpus itself uses (`known`) is left as it is, so
 * a document that writes "BH" for a term of its own keeps it.
 *
 * @example
 * expandShorthand("tnxp dc ho tro bn tien") // "tnxp được ho tro bao nhiêu tien"
 */
export function expandShorthand(question: string, known: (folded: string) => boolean = () => false): string {
  return question.normalize("NFC").replace(WORD, (word: string) => {
    const lower = word.toLowerCase();
    const folded = lower.replace(/đ/g, "d");
    return known(folded) ? word : (SHORTHAND[lower] ?? word);
  });
}
