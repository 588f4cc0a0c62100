import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { partiesOfHeading } from "../../src/obligations/responsible-parties.ts";

// An excerpt of Nghị định 117/2025/NĐ-CP (Chính phủ, 09/6/2025) on tax for trade on e-commerce platforms, as a
// legal-text site prints it.
const DECREE = `CHÍNH PHỦ -------
Số: 117/2025/NĐ-CP
Hà Nội, ngày 09 tháng 6 năm 2025 NGHỊ ĐỊNH QUY ĐỊNH QUẢN LÝ THUẾ ĐỐI VỚI HOẠT ĐỘNG KINH DOANH TRÊN NỀN TẢNG THƯƠNG MẠI ĐIỆN TỬ
Điều 6. Cách thức kê khai và nộp số thuế đã khấu trừ
3. Địa điểm, thời hạn nộp hồ sơ khai và nộp số thuế đã khấu trừ:
a) Tổ chức quản lý nền tảng thương mại điện tử nộp hồ sơ khai thuế bằng phương thức điện tử. Cơ quan tiếp nhận và xử lý hồ sơ khai thuế là cơ quan thuế quản lý tổ chức quản lý nền tảng thương mại điện tử.
Điều 7. Trách nhiệm của tổ chức quản lý nền tảng thương mại điện tử thuộc đối tượng khấu trừ, nộp thuế thay
1. Đăng ký sử dụng, xử lý chứng từ khấu trừ thuế đối với hoạt động kinh doanh trên nền tảng thương mại điện tử theo quy định của pháp luật về hóa đơn, chứng từ.
4. Thực hiện khấu trừ thuế, kê khai số thuế đã khấu trừ, nộp số thuế đã khấu trừ chính xác, đầy đủ theo thông tin cung cấp của hộ, cá nhân và theo quy định tại Nghị định này; chịu trách nhiệm trước pháp luật về tính chính xác, trung thực, đầy đủ của hồ sơ thuế.
Tổ chức quản lý nền tảng thương mại điện tử thuộc đối tượng khấu trừ, nộp thuế thay đã thực hiện kê khai thông tin số thuế đã khấu trừ, nộp thuế thay của hộ, cá nhân cho cơ quan thuế theo quy định của Nghị định này thì không phải thực hiện cung cấp thông tin của hộ, cá nhân theo quy định tại Nghị định số 91/2022/NĐ-CP.
Điều 12. Trách nhiệm thi hành
2. Bộ Tài chính có trách nhiệm hướng dẫn, tổ chức triển khai các giải pháp hỗ trợ tổ chức quản lý nền tảng thương mại điện tử thuộc đối tượng khấu trừ, nộp thuế thay theo quy định tại Nghị định này.
`;

function tasks() {
  return extractObligations(parseDocument(DECREE, "117-2025-nd-cp.md")).map((o) => ({
    at: o.passageId.split("#")[1],
    who: o.responsible.join("; "),
  }));
}

describe("a decree read as an officer would (Nghị định 117/2025/NĐ-CP)", () => {
  it("keeps the class a duties heading names with the party ('… thuộc đối tượng khấu trừ, nộp thuế thay')", () => {
    const holder = "tổ chức quản lý nền tảng thương mại điện tử thuộc đối tượng khấu trừ, nộp thuế thay";
    expect(
      partiesOfHeading(
        "Điều 7. Trách nhiệm của tổ chức quản lý nền tảng thương mại điện tử thuộc đối tượng khấu trừ, nộp thuế thay",
      ),
    ).toEqual([holder]);
    expect(tasks()).toContainEqual({ at: "dieu7.1", who: holder });
    // A scope after "thuộc" is still no part of the name.
    expect(partiesOfHeading("Điều 9. Trách nhiệm của cơ quan thuế thuộc phạm vi quản lý")).toEqual([
      "cơ quan thuế",
    ]);
  });

  it("reads no task in a case whose consequence lifts a duty ('… thì không phải thực hiện …')", () => {
    expect(tasks().filter((t) => t.at === "dieu7.4-d2")).toEqual([]);
    expect(tasks().filter((t) => t.at === "dieu7.4")).toHaveLength(1);
  });

  it("reads no task in a sentence that says which body plays a role ('Cơ quan tiếp nhận và xử lý … là cơ quan thuế …')", () => {
    expect(tasks().filter((t) => t.who.startsWith("Cơ quan tiếp nhận"))).toEqual([]);
    expect(tasks()).toContainEqual({ at: "dieu12.2", who: "Bộ Tài chính" });
  });
});
