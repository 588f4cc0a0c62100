import { misreadNumber } from "../corpus/file-name-number.ts";
import { extractReferences } from "../corpus/reference-extractor.ts";
import type { DocumentMeta } from "../corpus/types.ts";
import type { PassageIndex } from "../search/passage-index.ts";

/** A consolidated text's number symbol: "836/VBHN-BLĐTBXH". */
const CONSOLIDATED = /\/VBHN-/iu;

/** A consolidated text's opening: the texts it brings together, as cited there and by number. */
interface Opening {
  numbers: string[];
  references: string[];
}

/**
 * The numbers of the texts a consolidated document (văn bản hợp nhất) brings together: by the rules for
 * consolidation, its first paragraph names the text consolidated ("Thông tư số 24/2009/TT-BLĐTBXH ngày 10 tháng 07
 * năm 2009 …, được sửa đổi, bổ sung bởi:") and the next ones each text that amended it. The consolidated one comes
 * first. [] for any other document. Read from the index, cached per index generation.
 *
 * @example
 * const aliases = consolidatedNumbers(index);
 * aliases(index.documents.get("836-2024-vbhn-bldtbxh")) // ["24/2009/TT-BLĐTBXH", "08/2023/TT-BLĐTBXH"]
 */
export function consolidatedNumbers(index: PassageIndex): (doc: DocumentMeta) => string[] {
  const opening = consolidationOpening(index);
  return (doc) => opening(doc).numbers;
}

/**
 * Every number a document answers to besides its own: for a consolidated text, those of {@link consolidatedNumbers};
 * for a scan whose header number OCR misread by one digit, the number its file name gives (see
 * {@link misreadNumber}).
 *
 * @example
 * numberAliases(index)(scanOf1046) // ["1046/TCT-TTKT"] (its header reads "4046/TCT-TTKT")
 */
export function numberAliases(index: PassageIndex): (doc: DocumentMeta) => string[] {
  const consolidated = consolidatedNumbers(index);
  return (doc) => {
    const misread = misreadNumber(doc);
    return misread ? [...consolidated(doc), misread] : consolidated(doc);
  };
}

/**
 * The texts a consolidated text brings together, cited as its opening paragraphs cite them (kind, number, date):
 * with the words of consolidation, they say what the text is, as its title does. [] for any other document.
 *
 * @example
 * consolidatedReferences(index)(vbhn4804)
 * // ["văn bản hợp nhất, được sửa đổi, bổ sung bởi", "Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021", …]
 */
export function consolidatedReferences(index: PassageIndex): (doc: DocumentMeta) => string[] {
  const opening = consolidationOpening(index);
  return (doc) => {
    const { references } = opening(doc);
    return references.length > 0 ? [CONSOLIDATION_WORDS, ...references] : [];
  };
}

/** How a consolidated text says what it is: it brings together a text and those that amended it. */
const CONSOLIDATION_WORDS = "văn bản hợp nhất, được sửa đổi, bổ sung bởi";

function consolidationOpening(index: PassageIndex): (doc: DocumentMeta) => Opening {
  let generation: unknown = null;
  let cache = new Map<string, Opening>();
  return (doc) => {
    if (!CONSOLIDATED.test(doc.number)) return { numbers: [], references: [] };
    if (index.passages !== generation) [generation, cache] = [index.passages, new Map()];
    let opening = cache.get(doc.id);
    if (!opening) {
      opening = { numbers: [], references: [] };
      // The consolidated text, then the texts that amended it, one opening paragraph each, until "Căn cứ …".
      for (let k = 1; ; k++) {
        const paragraph = index.passage(`${doc.id}#md-d${k}`)?.text ?? "";
        const reference = extractReferences(paragraph)[0];
        if (!reference?.number || /^\s*căn cứ/iu.test(paragraph)) break;
        opening.numbers.push(reference.number);
        opening.references.push(reference.text);
      }
      cache.set(doc.id, opening);
    }
    return opening;
  };
}
