import { escapeRegExp } from "../language/escape-reg-exp.ts";
import { splitSentences } from "../language/sentences.ts";
import { fold, normalize } from "../language/vietnamese-text.ts";

const folded = (text: string) => fold(normalize(text)).toLowerCase();

/**
 * "không phải loại B", "không có vết thương đặc biệt nặng": a case the question sets aside. The phrase ends at a
 * bracket or comma, or where the question goes on to what it asks ("… thì", "… được", "… hưởng").
 */
const SET_ASIDE =
  /\bkhong (?:phai|co|thuoc|bi|la) ((?:(?!(?:thi|duoc|huong|theo|la|co|bao nhieu|may)\b)[a-z0-9]+ ?){1,5})(?=$|[),;?.]| (?:thi|duoc|huong|theo|song|la|co|bao nhieu|may)\b)/g;

/**
 * The qualifiers a question excludes, folded: what the quoted case must not be.
 *
 * @example
 * excludedQualifiers("thương binh 21% (không phải loại B) hưởng bao nhiêu") // ["loai b"]
 * excludedQualifiers("người không có thu nhập được hỗ trợ bao nhiêu") // ["thu nhap"]
 */
export function excludedQualifiers(question: string): string[] {
  return setAsides(folded(question)).map((m) => (m[1] ?? "").trim());
}

/**
 * The set-aside spans of a folded question. Not a condition ("nếu không có các buổi họp bất thường", which is the
 * case asked) nor a negative question ("… không có nhiệm vụ, quyền hạn nào sau đây?"), unless in brackets.
 */
function setAsides(q: string): RegExpExecArray[] {
  return [...q.matchAll(SET_ASIDE)].filter((m) => {
    if ((m[1] ?? "").trim().length <= 2) return false;
    if (q[m.index + m[0].length] === ")") return true;
    const before = q.slice(0, m.index);
    const after = q.slice(m.index + m[0].length);
    return !/\b(?:neu|khi|truong hop|ma)\s*$/.test(before) && !/\b(?:nao|gi)\b/.test(after);
  });
}

/**
 * The question with the cases it sets aside taken out, for a search that their words do not lead: "thương binh 21%
 * (không phải loại B)" finds the rows for thương binh, not those for thương binh loại B. null when it sets none aside.
 *
 * @example
 * withoutSetAside("thương binh 21% (không phải loại B) hưởng bao nhiêu") // "thương binh 21% ( ) hưởng bao nhiêu"
 */
export function withoutSetAside(question: string): string | null {
  if (excludedQualifiers(question).length === 0) return null;
  // Folding keeps each character in place, so the spans found in the folded text cut the question as typed.
  const lower = fold(question).toLowerCase();
  if (lower.length !== question.length) return null;
  let out = question;
  for (const m of setAsides(lower).reverse())
    out = `${out.slice(0, m.index)} ${out.slice(m.index + m[0].length)}`;
  return out.replace(/\s+/g, " ").trim();
}

/** How a text writes a qualifier: granting it ("thương binh loại B"), denying it ("không có thu nhập"), or not at all. */
function stanceOf(text: string, qualifier: string): { grants: boolean; denies: boolean } {
  const escaped = escapeRegExp(qualifier);
  const written = folded(text);
  const stance = { grants: false, denies: false };
  for (const m of written.matchAll(new RegExp(`\\b${escaped}\\b`, "g"))) {
    const before = written.slice(Math.max(0, m.index - 24), m.index).trim();
    if (/\bkhong(?: (?:phai|co|thuoc|bi|la))?$/.test(before)) stance.denies = true;
    else stance.grants = true;
  }
  return stance;
}

/**
 * Whether a text grants the qualifier rather than denies it: "thương binh loại B" does, "không có thu nhập" does not.
 *
 * @example
 * statesQualifier("Thương binh loại B có tỷ lệ … 21%", "loai b") // true
 * statesQualifier("Người không có thu nhập", "thu nhap") // false
 */
export function statesQualifier(text: string, qualifier: string): boolean {
  return stanceOf(text, qualifier).grants;
}

/**
 * Whether a text sets the qualifier aside as the question does: "Người không có thu nhập" for "không có thu nhập".
 *
 * @example
 * deniesQualifier("Người không có thu nhập", "thu nhap") // true
 */
export function deniesQualifier(text: string, qualifier: string): boolean {
  return stanceOf(text, qualifier).denies;
}

/**
 * Whether a passage is of a case set aside: its headings grant one ("Phụ lục III. … THƯƠNG BINH LOẠI B"), or every
 * sentence of it does (a table row). A passage that also speaks of other cases ("Quốc hội họp mỗi năm hai kỳ. …
 * Quốc hội họp bất thường …") is not.
 *
 * @example
 * passageGrants(["loai b"], { headings: ["Phụ lục III. … THƯƠNG BINH LOẠI B"], text: "21% | 1.552.000" }) // true
 */
export function passageGrants(
  qualifiers: readonly string[],
  passage: { headings: readonly string[]; text: string },
): boolean {
  if (qualifiers.length === 0) return false;
  const grants = (text: string) => qualifiers.some((q) => statesQualifier(text, q));
  if (grants(passage.headings.join("\n"))) return true;
  const sentences = splitSentences(passage.text);
  return sentences.length > 0 && sentences.every(grants);
}

/**
 * The results with the passages of a case set aside moved after the rest, order otherwise kept: "thương binh 21%
 * (không phải loại B)" reads the row of Phụ lục II before that of Phụ lục III ("thương binh loại B").
 */
export function setAsideExcluded<T extends { passage: { headings: readonly string[]; text: string } }>(
  question: string,
  results: T[],
): T[] {
  const qualifiers = excludedQualifiers(question);
  if (qualifiers.length === 0) return results;
  const grants = (r: T) => passageGrants(qualifiers, r.passage);
  return [...results.filter((r) => !grants(r)), ...results.filter(grants)];
}
