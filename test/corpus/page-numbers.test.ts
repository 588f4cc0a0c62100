import { describe, expect, it } from "vitest";
import { blankPageNumbers } from "../../src/corpus/page-numbers.ts";

describe("blankPageNumbers", () => {
  it("blanks a centred page number beside a blank line, keeping every offset", () => {
    const text =
      "2. Phòng Quản lý công nghiệp\n                                         2\n\nChủ trì, phối hợp …";
    const out = blankPageNumbers(text);
    expect(out).toHaveLength(text.length);
    expect(out.split("\n")[1]?.trim()).toBe("");
    expect(out.split("\n")[0]).toBe("2. Phòng Quản lý công nghiệp");
  });

  it("keeps numbers that are text: a list number, a number inside a paragraph, a short indent", () => {
    const text = "Tổng số:\n          12\nđơn vị đã báo cáo.\n\n  3\n\n3. Sở Tài chính";
    expect(blankPageNumbers(text)).toBe(text);
  });
});
