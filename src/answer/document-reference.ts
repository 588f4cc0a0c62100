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
