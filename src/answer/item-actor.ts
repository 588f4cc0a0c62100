import type { Passage } from "../corpus/types.ts";
import { splitSentences } from "../language/sentences.ts";
import { findParties, HEADING_NUMBER, partiesOfHeading } from "../obligations/responsible-parties.ts";

/**
 * The heading or lead-in that says who carries out a list item which names no one itself: "Bộ Tài chính có trách
 * nhiệm sau đây:" over "b) Thanh tra, kiểm tra việc thu, chi Quỹ …", "d. Sở Lao động - Thương binh và Xã hội:" over
 * "Đăng ký mua thẻ bảo hiểm y tế …". A question asking who does it is answered only with that line in front. Null
 * when the item opens with its own party, or nothing above it names one.
 *
 * @example
 * itemActor({ text: "Thanh tra, kiểm tra việc thu, chi Quỹ.", headings: ["3. Bộ Tài chính có trách nhiệm sau đây:"] })
 * // "Bộ Tài chính có trách nhiệm sau đây:"
 */
export function itemActor(passage: Pick<Passage, "text" | "headings">): string | null {
  const [first = ""] = splitSentences(passage.text);
  if (findParties(first)) return null;
  const heading = passage.headings.at(-1);
  if (!heading) return null;
  const line = heading.replace(HEADING_NUMBER, "").trim();
  // "Điều 2. Ủy quyền cho Giám đốc Sở … như sau:" kept as a heading only in part ("… của Chính…"): the parties it
  // addresses, up to the end of their names.
  if (line.endsWith("…")) {
    const span = findParties(line, { cuesOnly: true });
    return span ? `${line.slice(0, span.end).trim()} …:` : null;
  }
  const names =
    partiesOfHeading(heading) !== null || (line.endsWith(":") && findParties(line, { whole: true }) !== null);
  return names ? line : null;
}
