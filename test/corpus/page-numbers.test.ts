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

  it("blanks a number alone between two paragraphs of text, as a page break leaves it", () => {
    const text = "phát huy\n\n2\n\nvai trò quản lý điều hành của chính quyền";
    expect(blankPageNumbers(text)).toBe("phát huy\n\n \n\nvai trò quản lý điều hành của chính quyền");
  });

  it("keeps numbers that are text: inside a paragraph, a column of cells one per paragraph, beside a table row", () => {
    const inside = "Tổng số:\n          12\nđơn vị đã báo cáo.";
    const column = "Nhiệm vụ\n\n1\n\n2\n\n3\n\nRà soát văn bản";
    const row = "| STT | Nội dung |\n\n4\n\nGhi chú";
    for (const text of [inside, column, row]) expect(blankPageNumbers(text)).toBe(text);
  });
});
