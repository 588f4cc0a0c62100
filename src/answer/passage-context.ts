/**
 * How the answerers read a passage and a document beyond its own words: shared by the extractive answerer and the
 * rate-row lookup so that both weigh a passage alike.
 */
import type { PassageIndex, SearchResult } from "../search/passage-index.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";

/**
 * What a passage is read with: its document's title and number and its headings give a bullet its topic
 * ("QĐ 170/2008 … có hiệu lực khi nào" is covered by Điều 5 of 170/2008/QĐ-TTg).
 *
 * @example
 * contextText(result) // "QUYẾT ĐỊNH VỀ …\n170/2008/QĐ-TTg\nĐiều 5. Hiệu lực thi hành\nQuyết định này có hiệu lực …"
 */
export const contextText = (r: SearchResult) =>
  [r.document.title, r.document.number, ...r.passage.headings, r.passage.text].join("\n");

/**
 * Folded words between single spaces, no punctuation.
 *
 * @example
 * foldedWords("Xe lăn tay,") // "xe lan tay"
 */
export const foldedWords = (text: string) =>
  fold(normalize(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * A document's header and "Kính gửi" blocks: its number, place and date lines, and whom it addresses.
 *
 * @example
 * documentContext(index, "2864-2015-cv-ltbxh").addressees // "Kính gửi: Ủy ban nhân dân tỉnh Long An"
 */
export function documentContext(
  index: PassageIndex,
  documentId: string,
): { header: string; addressees: string } {
  return {
    header: index.passage(`${documentId}#hd`)?.text ?? "",
    addressees: index.passage(`${documentId}#kg`)?.text ?? "",
  };
}
