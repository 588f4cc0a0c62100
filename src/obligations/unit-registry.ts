import { asc, sql } from "drizzle-orm";
import type { Db, DbWriter } from "../db/open-database.ts";
import { units } from "../db/schema.ts";
import { InputError } from "../errors.ts";
import { TITLE_PREFIX } from "./party-names.ts";
import { foldKeepingOffsets } from "./party-view.ts";
import type { UnitKind } from "./unit-kinds.ts";
import type { UnitRecord } from "./units-csv.ts";

export type Unit = UnitRecord;

/**
 * The registry after an import: `records` replace or add units by id, the others stay. A record without a province
 * inherits its nearest ancestor's (in the records or the registry), so a file that names a registered parent but
 * not the province does not blank it. Throws InputError when the result has a parent or successor cycle.
 */
export function mergeRegistry(registry: readonly Unit[], records: readonly UnitRecord[]): Unit[] {
  const merged = new Map(registry.map((u) => [u.id, u]));
  for (const r of records) merged.set(r.id, r);
  const provinceOf = (unit: Unit, seen: Set<string>): string => {
    if (unit.province || !unit.parentId || seen.has(unit.id)) return unit.province;
    seen.add(unit.id);
    const parent = merged.get(unit.parentId);
    return parent ? provinceOf(parent, seen) : "";
  };
  for (const r of records) if (!r.province) merged.set(r.id, { ...r, province: provinceOf(r, new Set()) });
  for (const [column, label] of [
    ["parentId", "đơn vị cấp trên (parent)"],
    ["successorId", "đơn vị kế thừa (successor)"],
  ] as const)
    for (const r of records) {
      const path = [r.id];
      for (let next = merged.get(r.id)?.[column]; next; next = merged.get(next)?.[column]) {
        if (next === r.id)
          throw new InputError(
            `${column} cycle ${[...path, next].join(" -> ")}`,
            `Không nạp: vòng lặp ${label} ${[...path, next].join(" → ")}. Hãy sửa tệp rồi nạp lại.`,
          );
        if (path.includes(next)) break;
        path.push(next);
      }
    }
  return [...merged.values()];
}

const sameUnit = (a: Unit, b: Unit) =>
  a.name === b.name &&
  a.kind === b.kind &&
  a.parentId === b.parentId &&
  a.aliases.join(";") === b.aliases.join(";") &&
  a.head === b.head &&
  a.successorId === b.successorId &&
  a.province === b.province;

/**
 * Adds or updates the units `records` name, in one transaction, and nothing else: other units stay as they are,
 * and a named unit whose row is unchanged is not written. Provinces are resolved against the registry
 * (mergeRegistry). Units are never deleted by an import: members and tasks point at them, and a dissolved unit
 * stays to show its `successor`.
 *
 * @example
 * importUnits(db, parseUnitsCsv(readFileSync("corpus/units.example.csv", "utf8"), "units.csv", listUnits(db)));
 */
export function importUnits(
  db: Db,
  records: readonly UnitRecord[],
  now = new Date(),
): { added: number; updated: number; unchanged: number } {
  return db.transaction((tx) => writeUnits(tx, records, now), { behavior: "immediate" });
}

/** importUnits inside the caller's transaction. */
export function writeUnits(
  tx: DbWriter,
  records: readonly UnitRecord[],
  now = new Date(),
): { added: number; updated: number; unchanged: number } {
  const updatedAt = now.toISOString();
  const registry = listUnits(tx);
  const existing = new Map(registry.map((u) => [u.id, u]));
  const merged = new Map(mergeRegistry(registry, records).map((u) => [u.id, u]));
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const { id } of records) {
    const unit = merged.get(id) as Unit;
    const before = existing.get(id);
    if (before && sameUnit(before, unit)) {
      counts.unchanged++;
      continue;
    }
    counts[before ? "updated" : "added"]++;
    const values = { ...unit, updatedAt };
    tx.insert(units).values(values).onConflictDoUpdate({ target: units.id, set: values }).run();
  }
  return counts;
}

export function listUnits(db: DbWriter): Unit[] {
  return db
    .select()
    .from(units)
    .orderBy(asc(sql`${units.province} collate nocase`), asc(units.id))
    .all()
    .map(unitFromRow);
}

/** A units row (SQLite or PostgreSQL: same shape) as a Unit. */
export const unitFromRow = ({ updatedAt: _, ...unit }: typeof units.$inferSelect): Unit => ({
  ...unit,
  kind: unit.kind as UnitKind,
});

/** Follows `successor` links to the unit that holds a dissolved unit's work today. */
export function currentUnit(unit: Unit, byId: ReadonlyMap<string, Unit>): Unit {
  let current = unit;
  const seen = new Set([unit.id]);
  while (current.successorId) {
    const next = byId.get(current.successorId);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    current = next;
  }
  return current;
}

/**
 * Categories as written in conclusions and decisions, and the kinds of registered units they address; first match
 * wins. The People's Committees of a level ("Ủy ban nhân dân các xã", "UBND cấp huyện") address the units the
 * registry keeps for that level: a province registers one unit per commune or district (unit-kinds.ts).
 */
const CATEGORIES: [RegExp, UnitKind[]][] = [
  [
    /\b(?:ubnd|uy ban nhan dan)(?: cac)? (?:xa|cap xa|phuong|thi tran|xa, phuong)\b/,
    ["commune_party_committee"],
  ],
  [/\b(?:ubnd|uy ban nhan dan)(?: cac)? (?:huyen|cap huyen|quan|thi xa)\b/, ["district_party_committee"]],
  [/\bcap uy truc thuoc\b/, ["district_party_committee", "affiliated_party_committee"]],
  [/\b(?:huyen uy|thi uy|thanh uy|huyen, thanh uy|huyen, thi, thanh uy)\b/, ["district_party_committee"]],
  [/\bdang uy (?:truc thuoc|khoi)\b/, ["affiliated_party_committee"]],
  [
    /\b(?:cap uy|to chuc dang)\b/,
    ["district_party_committee", "commune_party_committee", "affiliated_party_committee"],
  ],
  [/\b(?:dang doan|ban can su dang)\b/, ["party_delegation"]],
  [/\b(?:cac so|so, ban, nganh|so, nganh|ban, nganh)\b/, ["department"]],
  [/\b(?:cac ban dang|ban dang tinh|co quan chuyen trach tham muu|co quan tham muu)\b/, ["provincial_board"]],
  [/\b(?:mttq|mat tran to quoc|to chuc chinh tri - xa hoi|doan the)\b/, ["mass_organization"]],
  [/\b(?:dang uy xa|cap xa|cap co so|xa, phuong, thi tran|cac xa)\b/, ["commune_party_committee"]],
  [
    /\b(?:co quan, don vi, dia phuong|cac co quan, don vi)\b/,
    ["provincial_board", "party_delegation", "affiliated_party_committee", "district_party_committee"],
  ],
];

/** The province or level after a name: "Sở Tài chính tỉnh", "Sở Nội vụ tỉnh Hưng Yên". */
const PLACE_SUFFIX = / (?:tinh|thanh pho)(?: [^,;]*)?$/;

const key = (text: string) => foldKeepingOffsets(text.normalize("NFC")).replace(/\s+/g, " ").trim();

/**
 * The registered units a list of parties addresses inside one province: a named unit ("Ban Tổ chức Tỉnh ủy") maps
 * to that unit, a category ("Các huyện ủy, thị ủy, thành ủy") to every unit of that kind in the province.
 *
 * @example
 * unitsForParties(["Ban Tổ chức Tỉnh ủy"], "Hưng Yên", registry).map((u) => u.id) // ["hy-btc"]
 */
export function unitsForParties(
  parties: readonly string[],
  province: string,
  registry: readonly Unit[],
): Unit[] {
  const inProvince = registry.filter((u) => key(u.province) === key(province));
  const found = new Map<string, Unit>();
  for (const party of parties) {
    const folded = key(party);
    const bare = folded.replace(TITLE_PREFIX, "");
    const forms = new Set([folded, bare, bare.replace(PLACE_SUFFIX, "")]);
    const named = inProvince.filter((u) => [u.name, ...u.aliases].map(key).some((name) => forms.has(name)));
    for (const unit of named) found.set(unit.id, unit);
    if (named.length > 0) continue;
    const kinds = CATEGORIES.find(([pattern]) => pattern.test(folded))?.[1] ?? [];
    for (const unit of inProvince) if (kinds.includes(unit.kind)) found.set(unit.id, unit);
  }
  return [...found.values()];
}
