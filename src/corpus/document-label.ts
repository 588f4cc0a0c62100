import { fold } from "../language/vietnamese-text.ts";
import { placeKey, provinceWithPrefix } from "./provinces.ts";
import type { DocumentMeta } from "./types.ts";

/**
 * A day as official documents write it (Nghị định 30/2020/NĐ-CP): a zero before days under 10 and before
 * months 1 and 2, none before other months.
 *
 * @example
 * officialDay("2024-06-06") // "06/6/2024"
 * officialDay("2022-02-08") // "08/02/2022"
 */
export function officialDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) return "";
  return `${String(d).padStart(2, "0")}/${m <= 2 ? String(m).padStart(2, "0") : m}/${y}`;
}

/**
 * A possibly partial ISO date as a phrase: "ngày 06/6/2024", "tháng 6/2024" (the day left blank), "năm 2024".
 *
 * @example
 * datePhrase("2024-06") // "tháng 6/2024"
 */
export function datePhrase(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y) return "";
  if (!m) return `năm ${y}`;
  if (!d) return `tháng ${m}/${y}`;
  return `ngày ${officialDay(iso)}`;
}

/** "-TB/VPTU" (the number left blank in the source) reads "…-TB/VPTU", as officers cite it. */
export function numberPhrase(number: string): string {
  const n = number.trim();
  return /^[-/]/.test(n) ? `…${n}` : n;
}

/** Issuers that end with the level they belong to take the bare province name: "Tỉnh ủy Lạng Sơn". */
const ENDS_WITH_LEVEL = /\b(?:tinh|thanh pho|tinh uy|thanh uy|tp\.?)$/;

/** The issuer with its province when the issuer does not already name it. */
export function issuerWithProvince(meta: Pick<DocumentMeta, "issuer" | "province">): string {
  const issuer = meta.issuer.trim();
  const province = meta.province.trim();
  if (!province || placeKey(issuer).includes(placeKey(province))) return issuer;
  if (!issuer) return provinceWithPrefix(province);
  return ENDS_WITH_LEVEL.test(fold(issuer.toLowerCase()))
    ? `${issuer} ${province}`
    : `${issuer} ${provinceWithPrefix(province)}`;
}

const MAX = 160;
const clipWords = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:]+$/, "")}…`;
};

/**
 * How officers name a document in a source line: kind, number, date, issuer, province. A document without number
 * and date is named by its title instead (the title says what it is about), with the province filled in.
 *
 * @example
 * documentLabel({ kind: "Thông báo kết luận", number: "123-TB/VPTU", issuedDate: "2024-06-06",
 *   issuer: "Văn phòng Tỉnh ủy", province: "Lạng Sơn", … })
 * // "Thông báo kết luận số 123-TB/VPTU ngày 06/6/2024 của Văn phòng Tỉnh ủy Lạng Sơn"
 */
export function documentLabel(
  meta: Pick<DocumentMeta, "title" | "kind" | "number" | "issuer" | "province" | "issuedDate">,
): string {
  // "4804/VBHN-BLĐTBXH" is a consolidated text, whatever kind the text it consolidates is (its header says "NGHỊ ĐỊNH").
  const kind = /\/VBHN\b/iu.test(meta.number) ? "Văn bản hợp nhất" : meta.kind.trim();
  const title = meta.title.replace(/\s+/g, " ").trim();
  const ident = [meta.number.trim() && `số ${numberPhrase(meta.number)}`, datePhrase(meta.issuedDate.trim())]
    .filter(Boolean)
    .join(" ");
  const issuer = issuerWithProvince(meta);
  if (ident || !title) {
    const head = (!meta.number.trim() && lawName(kind, title)) || kind || "Văn bản";
    const of = issuer && (meta.issuer.trim() ? `của ${issuer}` : `(${issuer})`);
    return clipWords([head, ident, of].filter(Boolean).join(" "), MAX);
  }
  // No number, no date: the title names the document; make sure it says whose and where.
  const label =
    kind && !fold(title.toLowerCase()).startsWith(fold(kind.toLowerCase())) ? `${kind}: ${title}` : title;
  const province = meta.province.trim();
  if (province && !placeKey(label).includes(placeKey(province))) {
    const named = issuerPrefixIn(label, meta.issuer.trim());
    return named
      ? clipWords(label.replace(named, issuerWithProvince({ issuer: named, province })), MAX)
      : `${clipWords(label, MAX - province.length - 12)} (${provinceWithPrefix(province)})`;
  }
  if (meta.issuer.trim() && !placeKey(label).includes(placeKey(meta.issuer)))
    return `${clipWords(label, MAX - meta.issuer.length - 6)} của ${meta.issuer.trim()}`;
  return clipWords(label, MAX);
}

/** Kinds cited by their name rather than a number: "Luật Cư trú", "Bộ luật Dân sự", "Hiến pháp". */
const NAMED_KINDS = /^(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)$/u;

/**
 * A law's name as it is cited, from a title in capitals: "LUẬT BẢO VỆ MÔI TRƯỜNG" → "Luật Bảo vệ môi trường",
 * "BỘ LUẬT DÂN SỰ" → "Bộ luật Dân sự"; null for other kinds or a title that is not the kind and a name.
 */
function lawName(kind: string, title: string): string | null {
  if (!NAMED_KINDS.test(kind) || !fold(title.toLowerCase()).startsWith(fold(kind.toLowerCase()))) return null;
  const name = title
    .slice(kind.length)
    .trim()
    .toLowerCase()
    .replace(/\bviệt nam\b/gu, "Việt Nam");
  if (name.split(/\s+/).length > 10) return null;
  return name ? `${kind} ${name.charAt(0).toUpperCase()}${name.slice(1)}` : kind;
}

/** The longest leading part of the issuer (two words or more) that the title names, e.g. "Ban Thường vụ Tỉnh ủy". */
function issuerPrefixIn(label: string, issuer: string): string | null {
  const words = issuer.split(/\s+/);
  for (let n = words.length; n >= 2; n--) {
    const prefix = words.slice(0, n).join(" ");
    if (label.includes(prefix)) return prefix;
  }
  return null;
}
