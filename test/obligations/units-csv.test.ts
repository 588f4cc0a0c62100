import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../src/errors.ts";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "../../src/obligations/unit-kinds.ts";
import { parseUnitsCsv } from "../../src/obligations/units-csv.ts";
import { CORPUS } from "../helpers.ts";

const HEADER = "id,name,kind,parent,aliases,head,successor,province";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

/** Parses and returns the ImportError's problems as "line: message", failing if the text imports. */
function problemsOf(text: string, knownIds?: ReadonlySet<string>): string[] {
  try {
    parseUnitsCsv(text, "units.csv", knownIds);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const importError = error as ImportError;
    expect(importError.file).toBe("units.csv");
    for (const p of importError.problems) expect(importError.message).toContain(`units.csv:${p.line}: `);
    return importError.problems.map((p) => `${p.line}: ${p.message}`);
  }
  throw new Error("expected an ImportError");
}

describe("UNIT_KINDS", () => {
  it("has a Vietnamese label for every kind", () => {
    expect(Object.keys(UNIT_KIND_LABELS).sort()).toEqual([...UNIT_KINDS].sort());
  });
});

describe("parseUnitsCsv on the example registry", () => {
  const units = parseUnitsCsv(
    readFileSync(path.join(CORPUS, "units.example.csv"), "utf8"),
    "units.example.csv",
  );
  const byId = new Map(units.map((u) => [u.id, u]));

  it("uses every kind but `other`, and every parent and successor resolves", () => {
    expect(new Set(units.map((u) => u.kind))).toEqual(new Set(UNIT_KINDS.filter((k) => k !== "other")));
    for (const u of units) {
      if (u.parentId) expect(byId.has(u.parentId), u.id).toBe(true);
      if (u.successorId) expect(byId.has(u.successorId), u.id).toBe(true);
    }
  });

  it("inherits the province from the nearest ancestor and splits aliases", () => {
    expect(byId.get("hy-btc")).toMatchObject({
      name: "Ban Tổ chức Tỉnh ủy Hưng Yên",
      kind: "provincial_board",
      parentId: "hy-tinh-uy",
      province: "Hưng Yên",
    });
    expect(byId.get("hy-btc")?.aliases).toContain("BTC Tỉnh ủy");
    expect(byId.get("ls-du-tt-cao-loc")).toMatchObject({
      parentId: "ls-huyen-uy-cao-loc",
      successorId: "ls-du-phuong-ky-lua",
      province: "Lạng Sơn",
    });
    expect(units.every((u) => u.province === "Hưng Yên" || u.province === "Lạng Sơn")).toBe(true);
    expect(units.filter((u) => u.kind === "district_party_committee").length).toBeGreaterThanOrEqual(6);
  });
});

describe("parseUnitsCsv", () => {
  it("trims, NFC-normalises, strips a BOM, accepts any column order and refers to known ids", () => {
    const decomposed = "Ban Tổ chức Tỉnh ủy".normalize("NFD");
    const text = `\uFEFFprovince,id,name,kind,parent,aliases,head,successor\n,  btc ,"${decomposed}",provincial_board,tinh-uy," BTC Tỉnh ủy ; ;BTCTU ",,`;
    const [unit] = parseUnitsCsv(text, "units.csv", new Set(["tinh-uy"]));
    expect(unit).toEqual({
      id: "btc",
      name: "Ban Tổ chức Tỉnh ủy".normalize("NFC"),
      kind: "provincial_board",
      parentId: "tinh-uy",
      aliases: ["BTC Tỉnh ủy", "BTCTU"],
      head: "",
      successorId: null,
      province: "",
    });
  });

  it("rejects an empty file and a header without rows", () => {
    expect(problemsOf("")).toEqual([expect.stringMatching(/^1: file is empty/)]);
    expect(problemsOf("\uFEFF \n\n")).toEqual([expect.stringMatching(/^1: file is empty/)]);
    expect(problemsOf(HEADER)).toEqual(["1: the file has a header but no units"]);
  });

  it("rejects text decoded from a non-UTF-8 file at the line of the first bad byte", () => {
    expect(problemsOf(csv("a,Tỉnh ủy,other,,,,,", "b,T\uFFFDnh,other,,,,,"))).toEqual([
      "3: file is not valid UTF-8; save it as UTF-8",
    ]);
  });

  it("names missing and unknown header columns", () => {
    const [missing] = problemsOf("id,name,kind,parent,aliases,head,province\na,A,other,,,,");
    expect(missing).toMatch(/^1: missing column\(s\) "successor"/);
    const [unknown] = problemsOf(`${HEADER},email,Ghi chú\na,A,other,,,,,,x,y`);
    expect(unknown).toMatch(/^1: unknown column\(s\) "email", "ghi chú"/);
  });

  it("reports a duplicate id with the line of its first use", () => {
    expect(problemsOf(csv("a,A,other,,,,,", "b,B,other,,,,,", "a,A2,other,,,,,"))).toEqual([
      '4: duplicate id "a" (first on line 2)',
    ]);
  });

  it("reports an unknown kind, an unknown parent and a bad id", () => {
    expect(problemsOf(csv("a,A,huyen_uy,,,,,", "b,B,other,zzz,,,,", "Bad Id,C,other,,,,,"))).toEqual([
      expect.stringMatching(/^2: unknown kind "huyen_uy"; use one of: province_party_committee, /),
      '3: parent "zzz" is not a unit id in this file or in the registry',
      '4: id "Bad Id" must be a slug of a-z, 0-9 and "-"',
    ]);
  });

  it("rejects a self-successor and successor and parent cycles", () => {
    expect(problemsOf(csv("a,A,other,,,,a,"))).toEqual(["2: successor cannot be the unit itself"]);
    expect(
      problemsOf(csv("x,X,other,,,,,", "a,A,other,,,,b,", "b,B,other,,,,c,", "c,C,other,,,,a,")),
    ).toEqual(["3: successor cycle: a → b → c → a"]);
    expect(problemsOf(csv("a,A,other,b,,,,", "b,B,other,a,,,,"))).toEqual(["2: parent cycle: a → b → a"]);
  });

  it("rejects rows with the wrong number of cells and malformed quoting", () => {
    expect(problemsOf(csv("a,A,other,,,,,", "b,B,other", "c,C,other,,,,,,extra"))).toEqual([
      "3: row has 3 cells, the header has 8",
      "4: row has 9 cells, the header has 8",
    ]);
    const [quote] = problemsOf(csv("a,A,other,,,,,", 'b,"B,other,,,,,'));
    expect(quote).toMatch(/^3: malformed CSV: Quote Not Closed/);
  });

  it("numbers lines after a quoted cell that spans lines", () => {
    expect(problemsOf(csv('a,"Tỉnh\nủy",other,,,,,', "b,B,nope,,,,,"))).toEqual([
      expect.stringMatching(/^4: unknown kind "nope"/),
    ]);
  });

  it("collects every problem of the file in one ImportError, by line", () => {
    const text = csv(
      "a,A,other,,,,,",
      "a,,bogus,,,,,",
      "b,B,other,nowhere,,,b,",
      "c,C,other",
      "d,D,other,,,,e,",
      "e,E,other,,,,d,",
    );
    expect(problemsOf(text)).toEqual([
      '3: duplicate id "a" (first on line 2)',
      "3: name is required",
      expect.stringMatching(/^3: unknown kind "bogus"/),
      '4: parent "nowhere" is not a unit id in this file or in the registry',
      "4: successor cannot be the unit itself",
      "5: row has 3 cells, the header has 8",
      "6: successor cycle: d → e → d",
    ]);
    expect(() => parseUnitsCsv(text, "units.csv")).toThrow(/units\.csv: 7 problem\(s\), nothing imported/);
  });
});
