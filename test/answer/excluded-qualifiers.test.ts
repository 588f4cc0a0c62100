import { describe, expect, it } from "vitest";
import {
  deniesQualifier,
  excludedQualifiers,
  passageGrants,
  statesQualifier,
  withoutSetAside,
} from "../../src/answer/excluded-qualifiers.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("excludedQualifiers", () => {
  it("reads the cases a question sets aside, with or without accents, up to what it goes on to ask", () => {
    expect(excludedQualifiers("thương binh 21% (không phải loại B) hưởng bao nhiêu")).toEqual(["loai b"]);
    expect(excludedQualifiers("tu 81% tro len (khong co benh tat dac biet nang) song o gia dinh")).toEqual([
      "benh tat dac biet nang",
    ]);
    expect(excludedQualifiers("người không có thu nhập được hỗ trợ bao nhiêu")).toEqual(["thu nhap"]);
    expect(excludedQualifiers("thương binh loại B hưởng bao nhiêu")).toEqual([]);
  });

  it("takes the set-aside span out of the question as typed", () => {
    expect(withoutSetAside("thương binh 21% (không phải loại B) hưởng bao nhiêu")).toBe(
      "thương binh 21% ( ) hưởng bao nhiêu",
    );
    expect(withoutSetAside("thương binh loại B hưởng bao nhiêu")).toBeNull();
  });
});

describe("statesQualifier and deniesQualifier", () => {
  it("tell a text that grants the case from one that sets it aside too", () => {
    expect(statesQualifier("MỨC HƯỞNG … ĐỐI VỚI THƯƠNG BINH LOẠI B[21]", "loai b")).toBe(true);
    expect(statesQualifier("Người không có thu nhập ổn định", "thu nhap")).toBe(false);
    expect(deniesQualifier("Người không có thu nhập ổn định", "thu nhap")).toBe(true);
    expect(deniesQualifier("Người có thu nhập thấp", "thu nhap")).toBe(false);
  });
});

describe("passageGrants", () => {
  it("is true of a passage of the case set aside, not of one that also speaks of other cases", () => {
    const table = {
      headings: ["Phụ lục III. MỨC … ĐỐI VỚI THƯƠNG BINH LOẠI B[21]"],
      text: "21% | 1.552.000",
    };
    expect(passageGrants(["loai b"], table)).toBe(true);
    const row = {
      headings: [],
      text: "Đối tượng: Thương binh … có vết thương đặc biệt nặng | Phụ cấp: 2.867.000",
    };
    expect(passageGrants(["vet thuong dac biet nang"], row)).toBe(true);
    // Hiến pháp, Điều 83: the regular sessions are stated beside the extraordinary ones.
    const article = {
      headings: ["Điều 83"],
      text: "Quốc hội họp mỗi năm hai kỳ. Trường hợp cần thiết, Quốc hội họp bất thường.",
    };
    expect(passageGrants(["hop bat thuong"], article)).toBe(false);
  });
});

describe("a case the question sets aside (4804/VBHN-BLĐTBXH, Phụ lục I–III)", () => {
  it("quotes the row of the case asked, not of the one set aside", async () => {
    const { answerer } = await devAnswerers([
      "4804-2024-vbhn-bltbxh",
      "834-2024-vbhn-bldtbxh",
      "75-2021-n-cp",
      "02-2020-ubtvqh14",
      "12-2012-q-ubnd",
      "47-2009-ttlt-btc-bltbxh",
      "170-2008-qd-ttg",
      "87-2013-n-cp",
    ]);
    // Phụ lục II is for thương binh, Phụ lục III for thương binh loại B: both have a row for 21%.
    const notB = await answerer.answer(
      "thuong binh ty le ton thuong 21% (khong phai loai b) huong tro cap hang thang bao nhieu theo vbhn 4804",
    );
    expect(notB.citations[0]?.passageId).toBe("4804-2024-vbhn-bltbxh#plII-r1");
    expect(notB.answer).toContain("1.878.000");
    // Phụ lục I: "từ 81% trở lên" (1.399.000) beside "… có vết thương đặc biệt nặng" (2.867.000).
    const plain = await answerer.answer(
      "Thương binh từ 81% trở lên (không có vết thương đặc biệt nặng) thì phụ cấp hằng tháng bao nhiêu theo VBHN 4804?",
    );
    expect(plain.citations[0]?.passageId).toBe("4804-2024-vbhn-bltbxh#plI-r26");
    expect(plain.answer.split("\n")[0]).toContain("1.399.000");
  });
});
