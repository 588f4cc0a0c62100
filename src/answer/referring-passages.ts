import type { IndexedPassage, PassageIndex, SearchResult } from "../search/passage-index.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";

/**
 * An item that points to another of the same text by number: "Nhóm đối tượng số 2 quy định tại Điều 3 của quy định
 * này: 300.000 đồng/người", "đối tượng quy định tại khoản 1 Điều 2". Folded.
 */
const POINTER =
  /\b(?:nhom doi tuong|doi tuong|nhom|khoan) (?:so )?(\d{1,2}) (?:quy dinh |neu |noi )?tai (?:khoan (\d{1,2}) )?dieu (\d{1,3})\b|\btai khoan (\d{1,2}) dieu (\d{1,3})\b/g;

/**
 * The passages that say something of the item a search found by pointing to it by number. A question that
 * describes a group in the words of its definition ("người hoạt động cách mạng trước 1945 … tặng quà 2/9 bao nhiêu")
 * finds the definition (Điều 3, nhóm 2); the amount is in the items that point to it ("Nhóm đối tượng số 2 quy định
 * tại Điều 3 …: 300.000 đồng"). Those come back with the definition's words among their headings, so that they are
 * read, and scored, as about it. The pointer table is built once per index generation.
 *
 * @example
 * const referring = new ReferringPassages(index);
 * referring.of(definitionHit) // the Điều 4 items "Nhóm đối tượng số 2 quy định tại Điều 3 …"
 */
export class ReferringPassages {
  private generation: unknown = null;
  /** Per document: the path an item points to ("kem1.dieu3.2") → the passages pointing to it. */
  private pointers = new Map<string, Map<string, IndexedPassage[]>>();

  constructor(private readonly index: PassageIndex) {}

  of(result: SearchResult): SearchResult[] {
    this.build();
    const path = result.passage.path;
    const found: SearchResult[] = [];
    for (const [target, passages] of this.pointers.get(result.document.id) ?? []) {
      if (path !== target && !path.startsWith(`${target}.`)) continue;
      for (const passage of passages)
        found.push({
          ...result,
          passage: { ...passage, headings: [...passage.headings, result.passage.text] },
        });
    }
    return found;
  }

  private build(): void {
    const list = this.index.passages;
    if (list === this.generation) return;
    this.generation = list;
    this.pointers = new Map();
    for (const passage of list) {
      // Only a passage that names an article can point to one: most are skipped unfolded.
      if (!/[đd]i[ềe]u\s+\d/iu.test(passage.text)) continue;
      const text = fold(normalize(passage.text)).toLowerCase();
      // The container the pointer stays in: "kem1." for a regulation issued with a decision.
      const container = /^(?:kem|pl)\d+\./u.exec(passage.path)?.[0] ?? "";
      for (const m of text.matchAll(POINTER)) {
        const item = m[2] ?? m[1] ?? m[4];
        const article = m[3] ?? m[5];
        const byTarget = this.pointers.get(passage.documentId) ?? new Map<string, IndexedPassage[]>();
        const target = `${container}dieu${article}.${item}`;
        byTarget.set(target, [...(byTarget.get(target) ?? []), passage]);
        this.pointers.set(passage.documentId, byTarget);
      }
    }
  }
}
