import { describe, expect, it } from "vitest";
import { expands, expansionAsked } from "../../src/answer/abbreviation.ts";

describe("expansionAsked", () => {
  it("reads the abbreviation whose full form is asked, in brackets, in capitals or typed lower case", () => {
    expect(
      expansionAsked(
        "nd 23/2012 co nhac truy quet ful ro o tay nguyen, vay ful ro (fulro) la viet tat cua to chuc gi",
      ),
    ).toBe("fulro");
    expect(expansionAsked("chữ NCC trong công văn là viết tắt của từ nào")).toBe("ncc");
    expect(expansionAsked("bhxh la viet tat cua gi")).toBe("bhxh");
    expect(expansionAsked("TNXP được hưởng chế độ gì")).toBeNull();
  });
});

describe("expands", () => {
  it("finds a full form written beside the abbreviation, either way round or as a definition", () => {
    expect(expands("Bảo hiểm xã hội (BHXH) Việt Nam", "bhxh")).toBe(true);
    expect(expands("BHXH (Bảo hiểm xã hội) tỉnh", "bhxh")).toBe(true);
    expect(expands("thanh niên xung phong (sau đây viết tắt là TNXP) tập trung", "tnxp")).toBe(true);
    // Using it is not expanding it.
    expect(expands("làm nhiệm vụ truy quét Ful rô ở Tây Nguyên", "fulro")).toBe(false);
  });
});
