import { HEADING_NUMBER } from "../obligations/responsible-parties.ts";
import { analyze } from "../search/vietnamese-analyzer.ts";

/** A negation in a lead-in: "không áp dụng", "không được hưởng", "chưa được". */
const NEGATED = /(?<![\p{L}])(?:không|chưa|chẳng)(?![\p{L}])/u;

/** Share of the question's topic weight a list item's lead-in must add to be quoted before it. */
const LEAD_IN_SHARE = 0.15;

/**
 * The lead-in of a list item when it holds what the question asks and the item does not: "Ngân sách địa phương bảo
 * đảm thực hiện các nhiệm vụ chi sau đây:" before "Tổ chức lễ truy điệu, an táng hài cốt liệt sỹ;" answers "… do ngân
 * sách trung ương hay ngân sách địa phương bảo đảm?". A negated lead-in ("… không áp dụng đối với …:") always. A table
 * row gets the row naming its group ("Bệnh binh:") when that row gives any word of the question.
 *
 * @example
 * leadInFor(
 *   { path: "dieu7.2", headings: ["Ngân sách địa phương bảo đảm thực hiện các nhiệm vụ chi sau đây:"] },
 *   ["Tổ chức lễ truy điệu, an táng hài cốt liệt sỹ;"],
 *   ["ungan", "usach", "udia", "uphuong"],
 *   index.lexical,
 * ) // "Ngân sách địa phương bảo đảm thực hiện các nhiệm vụ chi sau đây:"
 */
export function leadInFor(
  passage: { path: string; headings: readonly string[] },
  sentences: readonly string[],
  terms: readonly string[],
  lexical: { idf(term: string): number },
  /** The question asks who: a lead-in that adds any of its words may be the one naming them ("Quà tặng của lãnh đạo …:"). */
  asksWho = false,
): string | null {
  const heading = passage.headings.at(-1)?.replace(HEADING_NUMBER, "").trim();
  // A table row also sits under the row that names its group ("Đối tượng: Bệnh binh" over "Đối tượng: Có tỷ lệ … 51%
  // - 60% | …"): a row of cells, or one that opens with the same column name as the row.
  if (!heading) return null;
  const label = (text: string) => /^[^:|]{1,60}:\s/u.exec(text)?.[0];
  const own = label(heading);
  const leadRow =
    /-r\d+$/.test(passage.path) &&
    (heading.includes(" | ") || (own !== undefined && own === label(sentences[0] ?? "")));
  if (!heading.endsWith(":") && !leadRow) return null;
  // "Nghị định này không áp dụng đối với các đối tượng sau đây:": a negated lead-in turns what each item says around,
  // so the item is never quoted without it.
  if (!leadRow && NEGATED.test(heading)) return heading;
  const said = new Set(analyze(sentences.join(" "), { accents: false }));
  const lead = new Set(analyze(heading, { accents: false }));
  let total = 0;
  let added = 0;
  for (const term of terms) {
    const weight = lexical.idf(term) || 1;
    total += weight;
    if (!said.has(term) && lead.has(term)) added += weight;
  }
  // A row read without its group row is ambiguous: any word of the question that only the group row gives shows it,
  // as its cells say it ("7.1 | Bệnh binh" → "Bệnh binh:").
  if (leadRow) return total > 0 && added > 0 ? `${groupName(heading)}:` : null;
  return total > 0 && added > 0 && added >= total * (asksWho ? 0 : LEAD_IN_SHARE) ? heading : null;
}

/** A group row's name from its cells: no column names, no counters ("Mức …: 7.1 | Bệnh binh" → "Bệnh binh"). */
function groupName(row: string): string {
  const cells = row.split(" | ").map((cell) => cell.replace(/^[^:]{1,80}:\s+/u, "").trim());
  return cells.filter((cell) => cell && !/^[\dIVXL]+(?:\.\d+)*\.?$/u.test(cell)).join(", ");
}
