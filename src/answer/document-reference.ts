import { fold } from "../language/vietnamese-text.ts";
import { NUMBERED_KINDS } from "./question-entities.ts";

/**
 * A document a question cites by kind and number, folded: "theo NĐ 87/2013", "VBHN 836/VBHN-BLĐTBXH", "QĐ 170".
 * The words of such a reference say which text is meant, not what is asked of it.
 */
const DOCUMENT_REFERENCE = new RegExp(
  `(?:\\b(?:theo|tai|cua|o)\\s+)?\\b(?:${NUMBERED_KINDS})\\s*(?:so\\s*)?\\d[\\w/.-]*`,
  "g",
);

/**
 * The folded text with each document reference blanked out, position for position, so that offsets into it still
 * point into the text it was folded from.
 *
 * @example
 * blankDocumentReferences("tinh la than nhan theo nd 87/2013") // "tinh la than nhan                 "
 */
export function blankDocumentReferences(folded: string): string {
  return folded.replace(DOCUMENT_REFERENCE, (ref) => " ".repeat(ref.length));
}

/**
 * The question with the documents it cites by kind and number blanked out, in its own spelling, or null when it cites
 * none: "NQ 03 nói thí điểm bản sao số cho đâu?" → "      nói thí điểm bản sao số cho đâu?". A passage of the cited
 * text need not repeat "NQ 03" to answer what is asked of it.
 *
 * @example
 * withoutDocumentReferences("KL 35 giao ai rà soát?") // "      giao ai rà soát?"
 */
export function withoutDocumentReferences(question: string): string | null {
  // Folded character by character, so that offsets into the folded text point into the question.
  const chars = [...question.normalize("NFC")];
  const foldedChars = chars.map((c) => fold(c.toLowerCase()));
  if (foldedChars.some((f, i) => f.length !== chars[i]?.length)) return null;
  const folded = foldedChars.join("");
  const blanked = blankDocumentReferences(folded);
  if (blanked === folded) return null;
  let at = 0;
  return chars
    .map((c, i) => {
      const cut = blanked.slice(at, at + c.length).trim() === "" && foldedChars[i]?.trim() !== "";
      at += c.length;
      return cut ? " ".repeat(c.length) : c;
    })
    .join("");
}
