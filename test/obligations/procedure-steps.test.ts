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
Thời gian tiếp nhận hồ sơ chậm nhất đến hết ngày 15 tháng 8 năm 2022.
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
    // The paragraph after the step only says by when its papers are received: the step's time, no task of its own.
    expect(at("dieu11.1")[0]?.deadline).toMatchObject({ kind: "date", due: "2022-08-15" });
    expect(at("dieu11.1-d2")).toEqual([]);
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

/** A tax office's letter (Công văn of Tổng cục Thuế, 2021, outside batch 29): bullets that title the ones below them. */
const LETTER = `BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 4740/TCT-DNNCN
Hà Nội, ngày 06 tháng 12 năm 2021

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Để triển khai thực hiện Quy chế phối hợp, Tổng cục Thuế hướng dẫn cơ quan Thuế các cấp như sau:
3. Đầu mối chia sẻ dữ liệu và phối hợp công tác
- Tại cơ quan Tổng cục Thuế
- Cục Công nghệ thông tin cử đầu mối phối hợp với Trung tâm công nghệ thông tin của BHXH Việt Nam.
- Đối với việc nhận dữ liệu từ cơ quan BHXH
+ Tổng cục Thuế tiếp tục nhận dữ liệu từ cơ quan BHXH Việt Nam trên ứng dụng đã được xây dựng.
+ Đối với việc truyền dữ liệu của các đơn vị sử dụng lao động do Cục Thuế Doanh nghiệp lớn trực tiếp quản lý cho các cơ quan BHXH tỉnh thì Cục Thuế Doanh nghiệp lớn truyền trực tiếp dữ liệu cho đầu mối chung của BHXH Việt Nam.
+ Cơ quan Thuế không chia sẻ dữ liệu trực tiếp với cơ quan BHXH ngang cấp.
`;

describe("bullets that only name a topic or a place (a tax office's letter)", () => {
  const found = extractObligations(parseDocument(LETTER, "4740-2021-cv-tct.md"));
  it("reads them as titles of the bullets below, and the bullets' own subjects as the parties", () => {
    const texts = found.map((o) => o.sourceText);
    expect(texts).not.toContain("Tại cơ quan Tổng cục Thuế");
    expect(texts).not.toContain("Đối với việc nhận dữ liệu từ cơ quan BHXH");
    expect(found.map((o) => o.responsible).slice(0, 2)).toEqual([
      ["Cục Công nghệ thông tin"],
      ["Tổng cục Thuế"],
    ]);
  });

  it("reads moving and sharing data as verbs, so a party's name ends before them", () => {
    expect(found.map((o) => o.responsible).slice(2)).toEqual([
      ["Cục Thuế Doanh nghiệp lớn"],
      ["Cơ quan Thuế"],
    ]);
  });
});
