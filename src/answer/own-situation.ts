/**
 * The asker's own situation, told before the question in a chat: "bác thương binh ở thôn em bị mất răng; theo VBHN
 * 4804 thì bao lâu được cấp tiền làm răng giả…", "ông TNXP ở thôn em mất rồi thì người nhà được lĩnh bao nhiêu". The
 * story is the asker's ("em", "mình", "tôi"), not a topic a passage must cover: the rule that answers it names the
 * case ("răng giả", "người từ trần"), not the village or the uncle.
 */
import { fold, hasDiacritics, normalize } from "../search/vietnamese-analyzer.ts";
import { ASKS } from "./asking-sentences.ts";
import { questionEntities } from "./question-entities.ts";

/** Where a chat message's clauses part: a stop, a semicolon, a colon, a comma, "thì". */
const CLAUSE_BREAK = /\s*[.;:!?,]\s+|\s+(?:thì|thi)\s+/u;
/** The asker naming themselves. Folded, only "em" and "tui" are safe: "toi" is also "tối đa", "minh" "chứng minh". */
const ASKER_ACCENTED = /(?<![\p{L}])(?:em|mình|tôi|tui|cháu)(?![\p{L}])/iu;
const ASKER_FOLDED = /\b(?:em|tui)\b/;

/**
 * The question without the clauses that tell the asker's own situation and ask nothing; null when there are none, or
 * when too little would be left.
 *
 * @example
 * withoutOwnSituation("bác thương binh ở thôn em bị mất răng; theo VBHN 4804 thì tiền làm răng giả bao nhiêu")
 * // "theo VBHN 4804 tiền làm răng giả bao nhiêu"
 */
export function withoutOwnSituation(question: string): string | null {
  const text = normalize(question).trim();
  const accented = hasDiacritics(text);
  const asker = accented ? ASKER_ACCENTED : ASKER_FOLDED;
  const parts = text.split(new RegExp(`(${CLAUSE_BREAK.source})`, "u"));
  const clauses = parts.filter((_, i) => i % 2 === 0).filter(Boolean);
  // A clause before "thì" is a condition: its "nào" is any, not which ("mà vướng chỗ nào thì hỏi đơn vị nào").
  const conditions = new Set(
    parts.filter((_, i) => i % 2 === 0 && /^\s+(?:thì|thi)\s+$/iu.test(parts[i + 1] ?? "")),
  );
  // A whole sentence that asks nothing, told before the one that asks, is the story too, whoever it is about ("Dân
  // gửi đơn tố cáo cán bộ xã. Theo PL 02/2020, bộ nào giải quyết?").
  const told = new Set(
    text
      .split(/(?<=[.!])\s+/u)
      .slice(0, -1)
      .filter((sentence) => !ASKS.test(fold(sentence).toLowerCase()))
      .flatMap((sentence) => sentence.replace(/[.!]$/u, "").split(CLAUSE_BREAK)),
  );
  const kept = clauses.filter((clause) => {
    const folded = fold(clause).toLowerCase();
    const asks = ASKS.test(folded) && !conditions.has(clause);
    return !told.has(clause) && !(asker.test(accented ? clause : folded) && !asks);
  });
  if (kept.length === clauses.length || kept.length === 0) return null;
  const left = kept.join(" ");
  return left.split(/\s+/u).length >= 3 ? left : null;
}

/** An aside in brackets: "VBHN 4804 (đã gộp NĐ 77/2024, áp dụng từ 01/7/2024): …". */
const ASIDE = /\s*\([^()]*\)/gu;

/** An aside that names a document ("NĐ 77/2024") and asks nothing: what the asker knows of the text asked. */
function framesDocument(aside: string): boolean {
  const named = questionEntities(aside);
  return named.numbers.length + named.bareNumbers.length > 0 && !ASKS.test(fold(aside).toLowerCase());
}

/**
 * The question without the asides in brackets that tell about a document and ask nothing; null when it has none. Like
 * the asker's story, such an aside ("đã gộp NĐ 77/2024, áp dụng từ 01/7/2024") is context: the rule that answers need
 * not name the amending decree or its date. An aside about the case ("900k", "vợ hoặc con") stays: it is asked of.
 *
 * @example
 * withoutAsides("VBHN 4804 (đã gộp NĐ 77/2024): mức chuẩn bao nhiêu") // "vbhn 4804: mức chuẩn bao nhiêu"
 */
export function withoutAsides(question: string): string | null {
  const text = normalize(question).trim();
  const left = text.replace(ASIDE, (aside) => (framesDocument(aside) ? "" : aside)).trim();
  return left === text || left.split(/\s+/u).length < 3 ? null : left;
}
