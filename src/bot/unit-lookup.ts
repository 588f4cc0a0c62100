import type { Unit } from "../obligations/unit-registry.ts";
import { foldKey } from "./roles.ts";

/**
 * The units a name typed in chat can mean, matched without accents or case: the unit whose id it is; else the
 * units whose name or an alias is exactly that name ("Ban Tổ chức Tỉnh ủy" is an alias in two provinces, so two);
 * else the units whose name, aliases and province hold every word typed ("ban to chuc hung yen"). Units dissolved
 * into a successor are left out when a current unit matches too.
 *
 * @example
 * findUnits(units, "ban to chuc tinh uy hung yen").map((u) => u.id) // ["hy-btc"]
 */
export function findUnits(units: readonly Unit[], typed: string): Unit[] {
  const query = foldKey(typed);
  if (!query) return [];
  const byId = units.find((u) => u.id.toLowerCase() === typed.trim().toLowerCase());
  if (byId) return [byId];
  const names = (u: Unit) => [u.name, ...u.aliases].map(foldKey);
  const exact = units.filter((u) => names(u).includes(query));
  const matches = exact.length
    ? exact
    : units.filter((u) => {
        const words = new Set(`${names(u).join(" ")} ${foldKey(u.province)}`.split(" "));
        return query.split(" ").every((w) => words.has(w));
      });
  const current = matches.filter((u) => !u.successorId);
  return current.length ? current : matches;
}
