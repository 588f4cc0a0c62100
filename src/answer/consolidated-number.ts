import { extractReferences } from "../corpus/reference-extractor.ts";
import type { DocumentMeta } from "../corpus/types.ts";
import type { PassageIndex } from "../search/passage-index.ts";

/** A consolidated text's number symbol: "836/VBHN-BLĐTBXH". */
const CONSOLIDATED = /\/VBHN-/iu;

/**
 * The number of the text a consolidated document (văn bản hợp nhất) consolidates: by the rules for consolidation,
 * its first paragraph names that text ("Thông tư số 24/2009/TT-BLĐTBXH ngày 10 tháng 07 năm 2009 …, được sửa đổi,
 * bổ sung bởi:"). [] for any other document. Read from the index, cached per index generation.
 *
 * @example
 * const aliases = consolidatedNumbers(index);
 * aliases(index.documents.get("836-2024-vbhn-bldtbxh")) // ["24/2009/TT-BLĐTBXH"]
 */
export function consolidatedNumbers(index: PassageIndex): (doc: DocumentMeta) => string[] {
  let generation: unknown = null;
  let cache = new Map<string, string[]>();
  return (doc) => {
    if (!CONSOLIDATED.test(doc.number)) return [];
    if (index.passages !== generation) [generation, cache] = [index.passages, new Map()];
    let numbers = cache.get(doc.id);
    if (!numbers) {
      const first = index.passage(`${doc.id}#md-d1`)?.text ?? "";
      const reference = extractReferences(first)[0];
      numbers = reference?.number ? [reference.number] : [];
      cache.set(doc.id, numbers);
    }
    return numbers;
  };
}
