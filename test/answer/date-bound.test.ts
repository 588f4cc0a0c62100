import { describe, expect, it } from "vitest";
import { dateBounds, oppositeBound } from "../../src/answer/date-bound.ts";

describe("dateBounds", () => {
  it("reads a day or a year that bounds a case, the same however written", () => {
    expect(dateBounds("đã mua nhà trước ngày 5/7/1994")).toEqual([
      { relation: "before", key: "1994-7-5", text: "trước ngày 5/7/1994" },
    ]);
    expect(dateBounds("sau ngày 05 tháng 7 năm 1994 và trước năm 1945").map((b) => b.key)).toEqual([
      "1994-7-5",
      "1945",
    ]);
  });
});

describe("oppositeBound", () => {
  const rule = [
    'đã mua nhà ở thuộc sở hữu nhà nước theo các chính sách "hóa giá" trước ngày 5/7/1994 … 20 triệu đồng',
  ];

  it("finds the case on the other side of the day the quoted rule draws", () => {
    expect(oppositeBound("mua nha hoa gia sau ngay 5/7/1994 thi duoc ho tro bao nhieu", rule)?.text).toBe(
      "sau ngay 5/7/1994",
    );
  });

  it("is null for the rule's own side, or a day the rule does not write", () => {
    expect(oppositeBound("mua nhà hóa giá trước ngày 5/7/1994 được hỗ trợ bao nhiêu", rule)).toBeNull();
    expect(oppositeBound("người hoạt động cách mạng trước 1945 được hỗ trợ bao nhiêu", rule)).toBeNull();
  });
});
