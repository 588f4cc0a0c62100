import { ROLES, type Role } from "../obligations/member-registry.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";

/** Who is writing, as help and replies address them: a guest, or a member's role (admins whatever their unit). */
export type ChatRole = "guest" | Role;

/** Role names as users read them; the English codes stay internal (database, CLI). */
export const ROLE_LABEL: Record<Role, string> = {
  officer: "cán bộ",
  head: "trưởng đơn vị",
  admin: "quản trị",
};

/** Folded spellings of each role a user may type after `/taoma`, longest first; the internal codes still work. */
const ROLE_WORDS: [string, Role][] = [
  ["truong don vi", "head"],
  ["quan tri vien", "admin"],
  ["quan tri", "admin"],
  ["can bo", "officer"],
  ["officer", "officer"],
  ["head", "head"],
  ["admin", "admin"],
];

/** Lower-case, accents removed, punctuation to single spaces: how names are compared. */
export const foldKey = (text: string): string =>
  fold(normalize(text))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * Splits a trailing role off `/taoma` arguments: "ban to chuc hung yen truong don vi" → the unit words and "head".
 * Without a role word the role is undefined.
 *
 * @example
 * splitRole("Ban Tổ chức Hưng Yên trưởng đơn vị") // { unit: "Ban Tổ chức Hưng Yên", role: "head" }
 */
export function splitRole(args: string): { unit: string; role: Role | undefined } {
  const words = args.trim().split(/\s+/).filter(Boolean);
  for (const [spelling, role] of ROLE_WORDS) {
    const size = spelling.split(" ").length;
    if (words.length >= size && foldKey(words.slice(-size).join(" ")) === spelling)
      return { unit: words.slice(0, -size).join(" "), role };
  }
  return { unit: words.join(" "), role: undefined };
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
