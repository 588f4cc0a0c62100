import { describe, expect, it } from "vitest";
import { excludedCase } from "../../src/answer/excluded-case.ts";
import type { Passage } from "../../src/corpus/types.ts";

const passage = (path: string, headings: string[], text: string): Passage =>
  ({ id: `vb#${path}`, documentId: "vb", path, section: path, headings, text, start: 0, end: 0 }) as Passage;

const passages = [
  passage(
    "dieu1.1",
    ["Điều 1. Đối tượng"],
    "Thanh niên xung phong đã hoàn thành nhiệm vụ trở về địa phương.",
  ),
  passage(
    "dieu1.2.a",
    ["Điều 1. Đối tượng", "2. Đối tượng không áp dụng"],
    "Thanh niên xung phong đang chấp hành hình phạt tù.",
  ),
  passage(
    "dieu1.2.b",
    ["Điều 1. Đối tượng", "2. Đối tượng không áp dụng"],
    "Thanh niên xung phong không hoàn thành nhiệm vụ.",
  ),
  passage("dieu3", ["Điều 3. Bảo hiểm y tế"], "Thanh niên xung phong được Nhà nước mua bảo hiểm y tế."),
];

describe("excludedCase", () => {
  it("finds the out-of-scope item the question's case is, abbreviations read by their initials", () => {
    const found = excludedCase(
      "tnxp bỏ về giữa chừng, không hoàn thành nhiệm vụ thì có được mua thẻ BHYT không",
      passages,
    );
    expect(found?.passage.path).toBe("dieu1.2.b");
    expect(found?.sentence).toBe("Đối tượng không áp dụng: Thanh niên xung phong không hoàn thành nhiệm vụ.");
  });

  it("needs a benefit asked and the item's case written", () => {
    expect(excludedCase("tnxp không hoàn thành nhiệm vụ thì có bị phạt không", passages)).toBeNull();
    expect(excludedCase("tnxp đã hoàn thành nhiệm vụ có được mua thẻ BHYT không", passages)).toBeNull();
  });
});
