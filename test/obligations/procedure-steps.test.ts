import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

/**
 * The steps of a support procedure and the duties after it, from Quyết định 08/2022/QĐ-TTg (rent support for
 * workers, outside batch 29's inspected half): the employer named by its legal standing, a condition with a
 * subject of its own before the main clause's, and a monthly report whose verb follows the time.
 */
const TEXT = `THỦ TƯỚNG CHÍNH PHỦ
Số: 08/2022/QĐ-TTg
Hà Nội, ngày 28 tháng 3 năm 2022

QUYẾT ĐỊNH
Quy định về việc thực hiện chính sách hỗ trợ tiền thuê nhà cho người lao động

Điều 11. Trình tự, thủ tục thực hiện
1. Người sử dụng lao động gửi hồ sơ theo quy định tại Điều 10 Quyết định này đến Ủy ban nhân dân cấp huyện nơi đặt trụ sở chính.
2. Trong 02 ngày làm việc kể từ ngày nhận được kinh phí hỗ trợ của Ủy ban nhân dân cấp tỉnh, người sử dụng lao động thực hiện chi trả cho người lao động.

Điều 13. Trách nhiệm của các cơ quan liên quan
1. Bộ Tài chính có trách nhiệm:
a) Sau khi địa phương có báo cáo kết quả chi ngân sách hỗ trợ tiền thuê nhà cho người lao động (địa phương chịu trách nhiệm về tính chính xác của số liệu báo cáo), Bộ Tài chính bổ sung hoặc thu hồi dự toán ngân sách trung ương.
b) Trường hợp dịch bệnh xảy ra trên phạm vi lớn, ngân sách địa phương không đủ nguồn lực để thực hiện, căn cứ đề nghị của Ủy ban nhân dân cấp tỉnh, Bộ Tài chính bổ sung cho ngân sách địa phương.
2. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương có trách nhiệm:
a) Ngày 25 hằng tháng, báo cáo kết quả thực hiện chính sách hỗ trợ tiền thuê nhà cho người lao động về Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính, Bộ Kế hoạch và Đầu tư để tổng hợp, báo cáo Chính phủ theo quy định.
`;

const obligations = extractObligations(parseDocument(TEXT, "08-2022-qd-ttg.md"));
const at = (path: string) => obligations.filter((o) => o.passageId.endsWith(`#${path}`));

describe("a support procedure's steps and duties (Quyết định 08/2022/QĐ-TTg)", () => {
  it("names the employer by its standing, before a verb or after a time clause", () => {
    expect(at("dieu11.1").map((o) => o.responsible)).toEqual([["Người sử dụng lao động"]]);
    const paid = at("dieu11.2");
    expect(paid.map((o) => o.responsible)).toEqual([["người sử dụng lao động"]]);
    expect(paid[0]?.deadline.kind).toBe("event");
  });

  it("gives the main clause's subject, not the condition's, the work", () => {
    expect(at("dieu13.1.a").flatMap((o) => o.responsible)).toEqual(["Bộ Tài chính"]);
    expect(at("dieu13.1.b").flatMap((o) => o.responsible)).toEqual(["Bộ Tài chính"]);
  });

  it("leaves a report whose verb follows its time with the item's body, not with its recipients", () => {
    const report = at("dieu13.2.a");
    expect(report.map((o) => o.responsible)).toEqual([
      ["Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"],
    ]);
    expect(report[0]?.deadline).toMatchObject({ kind: "date", recurrence: "monthly" });
  });
});
