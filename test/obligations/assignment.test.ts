import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.ts";
import { tasks } from "../../src/db/schema.ts";
import { assignedCounts, previewAssigned, withAssigned } from "../../src/obligations/assignment.ts";
import type { Obligation } from "../../src/obligations/obligation.ts";
import { splitParties } from "../../src/obligations/party-names.ts";
import { unitsForParties } from "../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../src/obligations/units-csv.ts";
import { CORPUS } from "../helpers.ts";

const REGISTRY = parseUnitsCsv(
  readFileSync(path.join(CORPUS, "units.example.csv"), "utf8"),
  "units.example.csv",
);
const ids = (parties: string[], province = "Hưng Yên") =>
  unitsForParties(parties, province, REGISTRY)
    .map((u) => u.id)
    .sort();

describe("unitsForParties on parties read from real documents (issue 11)", () => {
  it("gives 'Ban Tuyên giáo và Dân vận Tỉnh ủy' to its unit, as one party", () => {
    const parties = splitParties("Ban Tuyên giáo và Dân vận Tỉnh ủy");
    expect(parties).toHaveLength(1);
    expect(ids(parties)).toEqual(["hy-ban-tgdv"]);
  });

  it("gives 'Ủy ban nhân dân các xã' to every registered commune unit of the province", () => {
    const communes = REGISTRY.filter(
      (u) => u.kind === "commune_party_committee" && u.province === "Hưng Yên",
    );
    expect(communes.length).toBeGreaterThan(0);
    expect(ids(["Ủy ban nhân dân các xã"])).toEqual(communes.map((u) => u.id).sort());
    expect(ids(["UBND cấp xã"])).toEqual(communes.map((u) => u.id).sort());
    expect(ids(["Ủy ban nhân dân xã, phường, thị trấn"])).toEqual(communes.map((u) => u.id).sort());
  });

  it("gives 'Chủ tịch UBND các huyện, thị xã, thành phố' to the district units", () => {
    expect(ids(["Chủ tịch UBND các huyện, thị xã, thành phố"])).toEqual(
      REGISTRY.filter((u) => u.kind === "district_party_committee" && u.province === "Hưng Yên")
        .map((u) => u.id)
        .sort(),
    );
  });

  it("gives the task of a head to the unit ('Giám đốc Sở Tài chính', 'Sở Giáo dục và Đào tạo tỉnh')", () => {
    expect(ids(["Giám đốc Sở Tài chính"])).toEqual(["hy-so-tai-chinh"]);
    expect(ids(["Sở Giáo dục và Đào tạo tỉnh"])).toEqual(["hy-so-gd-dt"]);
    expect(ids(["Giám đốc Sở Tài chính"], "Lạng Sơn")).toEqual(["ls-so-tai-chinh"]);
  });

  it("gives nothing to a party no unit matches", () => {
    expect(ids(["Chánh Văn phòng UBND tỉnh"])).toEqual([]);
    expect(ids(["Giám đốc Sở Tài chính"], "Tuyên Quang")).toEqual([]);
  });
});

const obligation = (id: string, responsible: string[]): Obligation => ({
  id,
  documentId: "d",
  passageId: "d#1",
  section: "mục 1",
  responsible,
  action: "…",
  deadline: { kind: "none", due: null, recurrence: null, text: "" },
  sourceText: "…",
});

describe("assigned", () => {
  it("counts the units with a live task for each obligation, 0 for none", () => {
    const db = openDatabase(":memory:");
    const at = "2025-01-01T00:00:00.000Z";
    const task = (
      id: string,
      obligationId: string,
      unitId: string,
      occurrence: number,
      removedAt: string | null,
    ) => ({
      id,
      obligationId,
      unitId,
      occurrence,
      due: null,
      status: "open",
      createdAt: at,
      updatedAt: at,
      removedAt,
    });
    db.insert(tasks)
      .values([
        task("t1", "a", "hy-btc", 1, null),
        task("t2", "a", "hy-btc", 2, null),
        task("t3", "a", "hy-vptu", 1, null),
        task("t4", "b", "hy-btc", 1, at),
      ])
      .run();
    expect(assignedCounts(db)).toEqual(new Map([["a", 2]]));
    expect(
      withAssigned(db, [obligation("a", ["x"]), obligation("b", ["y"])]).map((o) => [o.id, o.assigned]),
    ).toEqual([
      ["a", 2],
      ["b", 0],
    ]);
  });

  it("previews an upload's assignment from the registry, 0 without a province", () => {
    const list = [
      obligation("a", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
      obligation("b", ["Chánh Văn phòng UBND tỉnh"]),
    ];
    expect(previewAssigned(list, "Hưng Yên", REGISTRY).map((o) => o.assigned)).toEqual([1, 0]);
    expect(previewAssigned(list, "", REGISTRY).map((o) => o.assigned)).toEqual([0, 0]);
  });
});
