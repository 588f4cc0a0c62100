import { describe, expect, it } from "vitest";
import { splitRunInNumbers } from "../../src/corpus/run-in-numbers.ts";

describe("a first sub-number a crawler ran onto its parent's line", () => {
  it("goes to a line of its own, at the end of the title or before its capitalised text, offsets kept", () => {
    const ended = "1. Tăng cường sự lãnh đạo của cấp ủy 1.1.\nTổ chức nghiên cứu, tuyên truyền.";
    expect(splitRunInNumbers(ended)).toBe(
      "1. Tăng cường sự lãnh đạo của cấp ủy\n1.1.\nTổ chức nghiên cứu, tuyên truyền.",
    );
    const inline =
      "3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện toàn các thiết chế.";
    const split = splitRunInNumbers(inline);
    expect(split).toHaveLength(inline.length);
    expect(split.split("\n")).toEqual([
      "3. Giải quyết tốt tranh chấp lao động và đình công",
      "3.1. Rà soát, kiện toàn các thiết chế.",
    ]);
  });

  it("leaves another item's number, a cited point and ordinary text alone", () => {
    const text = [
      "2. Thực hiện theo mục 1.1 của Kế hoạch số 12/KH-UBND.",
      "3. Rà soát theo điểm 3.1 kế hoạch năm 2024, báo cáo kết quả.",
      "4. Hoàn thành 2.1. Báo cáo.",
      "Căn cứ 1.1. Nội dung.",
    ].join("\n");
    expect(splitRunInNumbers(text)).toBe(text);
  });
});
