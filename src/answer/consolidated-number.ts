import { extractReferences } from "../corpus/reference-extractor.ts";
import type { DocumentMeta } from "../corpus/types.ts";
import type { PassageIndex } from "../search/passage-index.ts";

/** A consolidated text's number symbol: "836/VBHN-BLĐTBXH". */
const CONSOLIDATED = /\/VBHN-/iu;

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
  let generation: unknown = null;
  let cache = new Map<string, string[]>();
  return (doc) => {
    if (!CONSOLIDATED.test(doc.number)) return [];
    if (index.passages !== generation) [generation, cache] = [index.passages, new Map()];
    let numbers = cache.get(doc.id);
    if (!numbers) {
      numbers = [];
      // The consolidated text, then the texts that amended it, one opening paragraph each, until "Căn cứ …".
      for (let k = 1; ; k++) {
        const paragraph = index.passage(`${doc.id}#md-d${k}`)?.text ?? "";
        const reference = extractReferences(paragraph)[0];
        if (!reference?.number || /^\s*căn cứ/iu.test(paragraph)) break;
        numbers.push(reference.number);
      }
      cache.set(doc.id, numbers);
    }
    return numbers;
  };
}
