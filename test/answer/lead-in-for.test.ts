import { describe, expect, it } from "vitest";
import { leadInFor } from "../../src/answer/lead-in-for.ts";
import { analyze } from "../../src/search/vietnamese-analyzer.ts";

const flat = { idf: () => 1 };
const terms = (question: string) => analyze(question, { accents: false });

describe("leadInFor", () => {
  it("quotes a list item's lead-in when it gives what the question asks and the item does not", () => {
    const lead = "Ngân sách địa phương bảo đảm thực hiện các nhiệm vụ chi sau đây:";
    const item = ["Tổ chức lễ truy điệu, an táng hài cốt liệt sỹ;"];
    const passage = { path: "dieu7.2.a", headings: [lead] };
    expect(leadInFor(passage, item, terms("lễ truy điệu do ngân sách địa phương bảo đảm?"), flat)).toBe(lead);
    // Nothing the question asks is in the lead-in: the item stands alone.
    expect(leadInFor(passage, item, terms("lễ truy điệu liệt sỹ"), flat)).toBeNull();
  });

  it("always quotes a negated lead-in, which turns each item around (23-2012-n-cp, Điều 2.2)", () => {
    const lead = "Nghị định này không áp dụng đối với các đối tượng sau đây:";
    const item = ["Đối tượng quy định tại Khoản 1 Điều này đã từ trần nhưng không còn vợ hoặc chồng;"];
    const passage = { path: "dieu2.2.g", headings: [lead] };
    expect(leadInFor(passage, item, terms("quân nhân đã từ trần không còn vợ"), flat)).toBe(lead);
  });

  it("for a question asking who, quotes a lead-in that adds any word of it (4804-2024-vbhn-bltbxh, Điều 13)", () => {
    const lead =
      "Quà tặng của lãnh đạo Đảng, Nhà nước, Quốc hội, Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc Việt Nam:";
    const item = [
      "Mức quà tặng đối với tập thể: Tiền mặt là 5.000.000 đồng/tập thể, hiện vật trị giá 500.000 đồng/tập thể.",
    ];
    const passage = { path: "dieu13.11.a-d2", headings: [lead] };
    const question = terms(
      "quà tặng tập thể 5.000.000 đồng tiền mặt hiện vật 500.000 là quà của lãnh đạo nào",
    );
    expect(leadInFor(passage, item, question, flat)).toBeNull();
    expect(leadInFor(passage, item, question, flat, true)).toBe(lead);
  });

  it("names a table row's group from the row above it, without column names or counters", () => {
    const passage = {
      path: "plI-r38",
      headings: ["Phụ lục I", "MỨC TRỢ CẤP, PHỤ CẤP ƯU ĐÃI HẰNG THÁNG: 7.1 | Bệnh binh"],
    };
    const row = [
      "MỨC TRỢ CẤP, PHỤ CẤP ƯU ĐÃI HẰNG THÁNG: Có tỷ lệ tổn thương cơ thể từ 51% - 60% | 3.627.000",
    ];
    expect(leadInFor(passage, row, terms("bệnh binh 55% trợ cấp bao nhiêu"), flat)).toBe("Bệnh binh:");
    // A group row of one cell opens with the same column name as the row under it.
    const labelled = { path: "plI-r38", headings: ["Phụ lục I", "Đối tượng: Bệnh binh"] };
    const cells = [
      "Đối tượng: Có tỷ lệ tổn thương cơ thể từ 51% - 60% | Mức trợ cấp, phụ cấp Trợ cấp: 3.627.000",
    ];
    expect(leadInFor(labelled, cells, terms("bệnh binh 55% trợ cấp bao nhiêu"), flat)).toBe("Bệnh binh:");
    // A heading that is no row and ends without a colon is a title, not a lead-in.
    expect(leadInFor({ ...passage, path: "dieu3.1" }, row, terms("bệnh binh 55%"), flat)).toBeNull();
  });
});
