import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../src/errors.ts";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "../../src/obligations/unit-kinds.ts";
import { parseUnitsCsv, type UnitRecord } from "../../src/obligations/units-csv.ts";
import { CORPUS } from "../helpers.ts";

const HEADER = "id,name,kind,parent,aliases,head,successor,province";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

/** Parses and returns the ImportError's problems as "line: message", failing if the text imports. */
function problemsOf(text: string, known?: ReadonlySet<string> | readonly UnitRecord[]): string[] {
  try {
    parseUnitsCsv(text, "units.csv", known);
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
    expect(problemsOf("")).toEqual([expect.stringMatching(/^1: tệp trống/)]);
    expect(problemsOf("\uFEFF \n\n")).toEqual([expect.stringMatching(/^1: tệp trống/)]);
    expect(problemsOf(HEADER)).toEqual(["1: tệp chỉ có dòng tiêu đề, chưa có đơn vị nào"]);
  });

  it("rejects text decoded from a non-UTF-8 file at the line of the first bad byte", () => {
    expect(problemsOf(csv("a,Tỉnh ủy,other,,,,,", "b,T\uFFFDnh,other,,,,,"))).toEqual([
      "3: tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng “CSV UTF-8”",
    ]);
  });

  it("names missing and unknown header columns", () => {
    const [missing] = problemsOf("id,name,kind,parent,aliases,head,province\na,A,other,,,,");
    expect(missing).toMatch(/^1: thiếu cột "successor"/);
    const [unknown] = problemsOf(`${HEADER},email,Ghi chú\na,A,other,,,,,,x,y`);
    expect(unknown).toMatch(/^1: cột không hợp lệ "email", "ghi chú"/);
  });

  it("reports a duplicate id with the line of its first use", () => {
    expect(problemsOf(csv("a,A,other,,,,,", "b,B,other,,,,,", "a,A2,other,,,,,"))).toEqual([
      '4: mã đơn vị "a" bị trùng (đã dùng ở dòng 2)',
    ]);
  });

  it("reports an unknown kind, an unknown parent and a bad id", () => {
    expect(problemsOf(csv("a,A,huyen_uy,,,,,", "b,B,other,zzz,,,,", "Bad Id,C,other,,,,,"))).toEqual([
      expect.stringMatching(
        /^2: loại đơn vị "huyen_uy" không hợp lệ; dùng một trong: province_party_committee, /,
      ),
      '3: đơn vị cấp trên (parent) "zzz" không có trong tệp này lẫn danh mục đã nạp',
      '4: mã đơn vị "Bad Id" chỉ được gồm chữ a-z, số 0-9 và dấu "-" (ví dụ hy-btc)',
    ]);
  });

  it("rejects a self-successor and successor and parent cycles", () => {
    expect(problemsOf(csv("a,A,other,,,,a,"))).toEqual([
      "2: đơn vị kế thừa (successor) không thể là chính đơn vị này",
    ]);
    expect(
      problemsOf(csv("x,X,other,,,,,", "a,A,other,,,,b,", "b,B,other,,,,c,", "c,C,other,,,,a,")),
    ).toEqual(["3: vòng lặp đơn vị kế thừa (successor): a → b → c → a"]);
    expect(problemsOf(csv("a,A,other,b,,,,", "b,B,other,a,,,,"))).toEqual([
      "2: vòng lặp đơn vị cấp trên (parent): a → b → a",
    ]);
  });

  it("rejects rows with the wrong number of cells and malformed quoting", () => {
    expect(problemsOf(csv("a,A,other,,,,,", "b,B,other", "c,C,other,,,,,,extra"))).toEqual([
      "3: dòng có 3 ô, dòng tiêu đề có 8 cột",
      "4: dòng có 9 ô, dòng tiêu đề có 8 cột",
    ]);
    const [quote] = problemsOf(csv("a,A,other,,,,,", 'b,"B,other,,,,,'));
    expect(quote).toBe('3: CSV sai định dạng: dấu ngoặc kép (") mở mà không đóng');
  });

  it("numbers lines after a quoted cell that spans lines", () => {
    expect(problemsOf(csv('a,"Tỉnh\nủy",other,,,,,', "b,B,nope,,,,,"))).toEqual([
      expect.stringMatching(/^4: loại đơn vị "nope" không hợp lệ/),
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
      '3: mã đơn vị "a" bị trùng (đã dùng ở dòng 2)',
      "3: thiếu tên đơn vị (name)",
      expect.stringMatching(/^3: loại đơn vị "bogus" không hợp lệ/),
      '4: đơn vị cấp trên (parent) "nowhere" không có trong tệp này lẫn danh mục đã nạp',
      "4: đơn vị kế thừa (successor) không thể là chính đơn vị này",
      "5: dòng có 3 ô, dòng tiêu đề có 8 cột",
      "6: vòng lặp đơn vị kế thừa (successor): d → e → d",
    ]);
    expect(() => parseUnitsCsv(text, "units.csv")).toThrow(/units\.csv: 7 problem\(s\), nothing imported/);
    try {
      parseUnitsCsv(text, "units.csv");
    } catch (error) {
      expect((error as ImportError).userMessage).toMatch(
        /^Lỗi: tệp units\.csv có 7 lỗi, chưa nạp gì:\n {2}units\.csv:3: /,
      );
    }
  });

  it("against the registry: inherits a registered parent's province and refuses a cycle closed through it", () => {
    const registry = parseUnitsCsv(
      csv("p,Tỉnh ủy P,province_party_committee,,,,,P", "a,A,other,p,,,b,", "b,B,other,p,,,,"),
      "r.csv",
    );
    expect(registry.find((u) => u.id === "a")?.province).toBe("P");
    // One unchanged row of a registered unit keeps its province (the parent is not in the file).
    const [again] = parseUnitsCsv(csv("a,A,other,p,,,b,"), "units.csv", registry);
    expect(again).toMatchObject({ id: "a", province: "P", successorId: "b" });
    // A Set of ids only checks that references exist.
    expect(parseUnitsCsv(csv("a,A,other,p,,,b,"), "units.csv", new Set(["p", "b"]))[0]?.province).toBe("");
    expect(problemsOf(csv("x,X,other,,,,,", "b,B,other,p,,,a,"), registry)).toEqual([
      "3: vòng lặp đơn vị kế thừa (successor): b → a → b (khép vòng qua danh mục đã nạp)",
    ]);
  });
});
