import { describe, expect, it } from "vitest";
import { statesFact } from "../../src/answer/answer-type.ts";
import { claimedFacts } from "../../src/answer/claimed-facts.ts";

const claimed = (q: string) => claimedFacts(q).map((c) => [c.value, c.fact.kind]);

describe("claimedFacts", () => {
  it("reads the typed values of a claim an officer asks to confirm", () => {
    expect(
      claimed("NĐ 102/2018: em nghe nói BHXH huyện phải cấp thẻ BHYT trong 15 ngày, đúng không ạ?"),
    ).toEqual([["15 ngày", "number"]]);
    expect(
      claimed("nghe noi dip 27/7 tinh chi tong cong 3 ty dong tang qua theo qd 12/2012, dung khong a"),
    ).toEqual([
      ["27/7", "date"],
      ["3 ty", "number"],
    ]);
    expect(claimed("Em nhớ mỗi mộ chỉ được lấy tối đa 2 mẫu, phải không ạ?")).toEqual([
      ["tối đa 2", "number"],
    ]);
  });

  it("claims nothing without a confirmation tag, nor in document numbers and bare counts", () => {
    expect(claimed("NĐ 102/2018: BHXH huyện cấp thẻ BHYT trong bao nhiêu ngày?")).toEqual([]);
    expect(claimed("QĐ 12/2012 của tỉnh cho cả 2 vợ chồng cùng được hưởng, đúng không?")).toEqual([]);
  });

  it("confirms or corrects an ordinal only by a text that writes one the same way", () => {
    const [ordinal] = claimedFacts("Pháp lệnh này thông qua tại phiên họp thứ 51, đúng không ạ?");
    expect(ordinal?.value).toBe("thứ 51");
    const fact = ordinal?.fact ?? { kind: "number", counted: "", name: "" };
    expect(statesFact("Thông qua tại phiên họp thứ 50 của Ủy ban Thường vụ Quốc hội.", fact)).toBe(true);
    expect(
      statesFact("Pháp lệnh số 26/2005/PL-UBTVQH11 hết hiệu lực từ ngày 01 tháng 7 năm 2021.", fact),
    ).toBe(false);
  });
});
