/**
 * What a title says about a body besides its name: the role it plays ("Sở Tài chính - Cơ quan thường trực Ban Chỉ
 * đạo", "Sở Tài chính (cơ quan chủ trì)"), what the name covers ("… cấp trên (bao gồm cả …)"), and the bodies a
 * category means ("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …)"). Read from plans nobody here wrote.
 */
import { headAt } from "./party-names.ts";
import { partyView } from "./party-view.ts";

/** A dash, then the role a body plays: "- Cơ quan thường trực Ban Chỉ đạo", "– cơ quan đầu mối". */
const ROLE_APPOSITION =
  /\s+[-–]\s+(?:cơ quan|đơn vị) (?:thường trực|đầu mối|chủ trì|tham mưu|giúp việc)(?![\p{L}]).*$/iu;

/** The same role in brackets: "1. Sở Tài chính (cơ quan chủ trì)". */
const ROLE_ASIDE =
  /\s*\((?:là\s+)?(?:cơ quan|đơn vị) (?:thường trực|đầu mối|chủ trì|tham mưu|giúp việc)(?![\p{L}])[^()]*\)/giu;

/** Brackets that say what a name covers: "(bao gồm cả …)", "(kể cả …)", "(sau đây gọi là …)", "(trừ …)". */
const COVERAGE_ASIDE =
  /\s*\((?:bao gồm|gồm|kể cả|trừ|sau đây gọi (?:tắt )?là|gọi tắt là)(?![\p{L}])[^()]*\)/giu;

/** A bracket closing a title: "(Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, …)". */
const CLOSING_BRACKET = /\s*(\(([^()]*)\))\s*$/u;

/**
 * A title without the role and coverage asides around its names.
 *
 * @example
 * withoutTitleAsides("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo") // "Sở Tài chính"
 * withoutTitleAsides("các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện …)") // "các cơ quan quản lý cấp trên"
 */
export function withoutTitleAsides(title: string): string {
  return title.replace(ROLE_APPOSITION, "").replace(ROLE_ASIDE, "").replace(COVERAGE_ASIDE, "");
}

/**
 * The bracket of bodies that closes a title, and where it starts; null when there is none.
 *
 * @example
 * membersBracket("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế)")?.bracket
 * // "(Sở Tài chính, Ban quản lý Khu Kinh tế)"
 */
export function membersBracket(title: string): { index: number; bracket: string } | null {
  const m = CLOSING_BRACKET.exec(title);
  // It lists bodies when it opens with a body named with a capital, as the party grammar reads one ("(các Ban quản
  // lý rừng …)" too).
  const inner = m?.[2]?.trim() ?? "";
  return m?.[1] && /^(?:(?:các|những) )?\p{Lu}/u.test(inner) && headAt(partyView(inner), 0)
    ? { index: m.index, bracket: m[1] }
    : null;
}

/**
 * Whether a title or lead-in closes with a bracket listing the bodies it means.
 *
 * @example
 * listsMembers("1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên):") // true
 */
export const listsMembers = (text: string) => membersBracket(text.replace(/[:.]\s*$/, "")) !== null;
