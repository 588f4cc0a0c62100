import { fold, normalize } from "../search/vietnamese-analyzer.ts";

/** "X là viết tắt của (tổ chức) gì", "X viết tắt là gì", "X là chữ viết tắt của từ nào", folded. */
const ASKS_EXPANSION =
  /(?:^|[\s,;:(])([a-z0-9][a-z0-9 .-]{0,30}?)\s*(?:\([a-z0-9 ]+\)\s*)?(?:la )?(?:chu |tu )?viet tat (?:cua|la) (?:[a-z ]{0,20}?)(?:gi|nao)\b/;

/**
 * The abbreviation whose full form a question asks ("ful ro (fulro) là viết tắt của tổ chức gì" → "fulro"), folded
 * and without spaces or dots; null when no full form is asked.
 *
 * @example
 * expansionAsked("nd 23/2012 co nhac ful ro, vay ful ro (fulro) la viet tat cua to chuc gi") // "fulro"
 */
export function expansionAsked(question: string): string | null {
  const q = fold(normalize(question)).toLowerCase();
  const m = ASKS_EXPANSION.exec(q);
  if (!m?.[1]) return null;
  const bracketed = /\(([a-z0-9 ]+)\)\s*(?:la )?(?:chu |tu )?viet tat/.exec(q)?.[1];
  // Written in capitals, it says itself: "chữ NCC trong công văn là viết tắt của từ nào" asks "NCC".
  const written = question.normalize("NFC");
  const capitals = written
    .slice(0, Math.max(0, written.search(/viết tắt|viet tat/iu)))
    .match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu)
    ?.at(-1);
  if (!bracketed && capitals) return fold(capitals).toLowerCase();
  // Else the last few words before the question words, without the "vậy" that opens the question proper: "vay ful ro
  // (fulro)" → "fulro", "bhxh la viet tat" → "bhxh".
  const words = m[1].trim().split(/\s+/).slice(-3);
  const abbreviation = (
    bracketed ?? words.slice(words.length > 1 && words[0] === "vay" ? 1 : 0).join("")
  ).replace(/[\s.-]+/g, "");
  return abbreviation.length >= 2 ? abbreviation : null;
}

/**
 * Whether a text writes the full form of an abbreviation beside it, in brackets either way: "Ủy ban nhân dân (UBND)",
 * "BHXH (Bảo hiểm xã hội)", "thanh niên xung phong (sau đây viết tắt là TNXP)". A text that only uses the
 * abbreviation ("truy quét Ful rô ở Tây Nguyên") does not.
 *
 * @example
 * expands("Mặt trận Thống nhất đấu tranh của các dân tộc bị áp bức (FULRO)", "fulro") // true
 */
export function expands(text: string, abbreviation: string): boolean {
  const folded = fold(normalize(text)).toLowerCase();
  for (const m of folded.matchAll(/\(([^()]{1,120})\)/g)) {
    const inside = (m[1] ?? "").replace(/[\s.-]+/g, "");
    const before = folded.slice(Math.max(0, (m.index ?? 0) - 40), m.index).replace(/[\s.-]+/g, "");
    // "(FULRO)" after its full form, or "FULRO (full form)" with words inside.
    if (inside === abbreviation && before.length > abbreviation.length) return true;
    // "thanh niên xung phong (sau đây viết tắt là TNXP)".
    const defined = /(?:viet|goi) tat (?:la )?([a-z0-9 .-]+)$/.exec((m[1] ?? "").trim())?.[1];
    if (defined && defined.replace(/[\s.-]+/g, "") === abbreviation) return true;
    if (before.endsWith(abbreviation) && /\s/.test((m[1] ?? "").trim())) return true;
  }
  return false;
}
