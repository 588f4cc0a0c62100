/**
 * Document numbers as they are typed in a hurry on a phone: the kind glued to the number ("cv2638", "qd170") and
 * stray spaces around the slash ("nd 55/ 2023"). Written out the way documents cite themselves, so the number is
 * matched like any other ("cv 2638", "55/2023").
 */

/**
 * Kinds of document by their initials, as officers type them (folded or not): "CV", "QĐ", "NĐ", "TT", "VBHN". Not
 * before a Party number's hyphen ("QĐ22-QĐ/TW"), which is written whole and read as it is.
 */
const GLUED_KIND = /(?<![\p{L}\p{N}])(cv|qđ|qd|nđ|nd|ttlt|tt|nq|ct|kh|tb|vbhn|pl)(?=(\d+)(?![\d-]|\.\d))/giu;
/**
 * A slash with a stray space: between digits ("55/ 2023", "10 / 12 / 2020"), or on one side only next to a digit
 * ("55/2023/ NĐ-CP"). Spaced on both sides between a digit and a word ("TT 24/2009 / NĐ 75"), it may part two texts.
 */
const SPACED_SLASH =
  /(?<=\p{N})\s*\/\s*(?=\p{N})|(?<=\p{N})(?:\s+\/|\/\s+)(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?:\s+\/|\/\s+)(?=\p{N})/gu;

/**
 * The question with its document numbers tidied; nothing else changes. A glued form the corpus itself writes
 * (`known`, folded: "qd22" where a letter defines "sau đây gọi tắt là QĐ22") is left as it is.
 *
 * @example
 * tidyNumbers("cv2638 va nd 55/ 2023 noi gi") // "cv 2638 va nd 55/2023 noi gi"
 */
export function tidyNumbers(question: string, known: (folded: string) => boolean = () => false): string {
  return (
    question
      // The match is the kind alone (the digits are looked ahead at), then its two groups.
      .replace(GLUED_KIND, (kind: string, _kind: string, digits: string) =>
        known(`${kind}${digits}`.toLowerCase().replace(/đ/g, "d")) ? kind : `${kind} `,
      )
      .replace(SPACED_SLASH, "/")
  );
}
