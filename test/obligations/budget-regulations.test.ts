import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { findParties } from "../../src/obligations/responsible-parties.ts";

// An excerpt of Quyết định 03/2025/QĐ-UBND of Hà Nội (17/01/2025) on spending the city's recurrent budget, as a
// transcription of the signed text prints it.
const REGULATION = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 03       /2025/QĐ-UBND        Hà Nội, ngày 17 tháng 01 năm 2025
QUYẾT ĐỊNH
Quy định việc sử dụng nguồn kinh phí chi thường xuyên của ngân sách thành phố Hà Nội
Điều 4. Tổng mức đầu tư dự án
2. Ủy ban nhân dân Thành phố quyết định việc thực hiện dự án có tổng mức đầu tư từ 15 tỷ đồng trở lên.
Điều 5. Lập, phê duyệt danh mục dự án
1. Trước ngày 30 tháng 6 hằng năm, cơ quan, đơn vị quản lý, sử dụng công trình thực hiện lập, đề xuất danh mục dự án trong năm kế hoạch tiếp theo.
3. Thủ trưởng đơn vị dự toán cấp I phê duyệt và chịu trách nhiệm về các nội dung trong Quyết định phê duyệt.
5. Chấp thuận nguồn vốn:
a) Đơn vị dự toán cấp I trực thuộc Ủy ban nhân dân Thành phố sau khi hoàn thành các bước công việc theo khoản 1, khoản 2 Điều này, tổng hợp danh mục dự án của đơn vị mình, báo cáo Ủy ban nhân dân Thành phố xem xét, chấp thuận về nguồn vốn và kinh phí trước khi phê duyệt danh mục dự án theo khoản 3, khoản 4 Điều này.
Điều 6. Lập, phân bổ, giao dự toán
1. Vào thời điểm xây dựng dự toán ngân sách hằng năm, căn cứ hướng dẫn xây dựng dự toán ngân sách nhà nước của cấp có thẩm quyền, cơ quan, đơn vị lập dự toán kinh phí thực hiện dự án của năm kế hoạch.
Điều 7. Thanh toán, quyết toán
2. Kết thúc năm ngân sách, các cơ quan, đơn vị tổng hợp kinh phí thực hiện trong báo cáo quyết toán ngân sách theo niên độ của đơn vị.
Điều 10. Lập, giao, phân bổ dự toán
1. Vào thời điểm xây dựng dự toán ngân sách hàng năm, căn cứ hướng dẫn xây dựng dự toán ngân sách nhà nước của cấp có thẩm quyền, đơn vị được giao nhiệm vụ quy hoạch lập dự toán kinh phí của nhiệm vụ, gửi cơ quan chuyên môn về quy hoạch cấp Thành phố đối với nhiệm vụ quy hoạch thuộc trách nhiệm tổ chức lập của Ủy ban nhân dân Thành phố; cơ quan chuyên môn về quy hoạch cấp huyện đối với nhiệm vụ quy hoạch thuộc trách nhiệm tổ chức lập của Ủy ban nhân dân cấp huyện để tổng hợp.
3. Trường hợp trong năm phát sinh nhiệm vụ quy hoạch và nhu cầu bổ sung kinh phí thực hiện, cơ quan, đơn vị được giao nhiệm vụ thực hiện lập âm nhu cầu và phải đảm bảo hồ sơ tài liệu theo quy định tại khoản 1, khoản 2 Điều này.
Điều 11. Thanh toán, quyết toán
1. Cơ quan, đơn vị được giao kinh phí thực hiện tạm ứng, thanh toán kinh phí theo quy định của pháp luật về ngân sách nhà nước.
`;

function tasks() {
  return extractObligations(parseDocument(REGULATION, "03-2025-qd-ubnd-hn.md")).map((o) => ({
    at: o.passageId.split("#")[1],
    who: o.responsible.join("; "),
    when: [o.deadline.kind, o.deadline.recurrence],
  }));
}

describe("a city's budget regulation read as an officer would (Quyết định 03/2025/QĐ-UBND, Hà Nội)", () => {
  it("names budget units and the bodies a category manages whole", () => {
    expect(tasks()).toContainEqual({
      at: "dieu5.3",
      who: "Thủ trưởng đơn vị dự toán cấp I",
      when: ["none", null],
    });
    const managing = tasks().find((t) => t.at === "dieu5.1");
    expect(managing?.who).toMatch(/đơn vị quản lý, sử dụng công trình$/u);
    expect(managing?.when).toEqual(["date", "yearly"]);
  });

  it("reads the subject after the moment of the budget cycle, which is the deadline", () => {
    expect(tasks()).toContainEqual({ at: "dieu6.1", who: "cơ quan, đơn vị", when: ["event", "yearly"] });
    expect(tasks()).toContainEqual({ at: "dieu7.2", who: "các cơ quan, đơn vị", when: ["event", null] });
  });

  it("keeps what a body was given in its name, and the next body one is sent to as an object", () => {
    expect(tasks()).toContainEqual({
      at: "dieu11.1",
      who: "Cơ quan, đơn vị được giao kinh phí",
      when: ["none", null],
    });
    expect(tasks()).toContainEqual({
      at: "dieu10.1",
      who: "đơn vị được giao nhiệm vụ quy hoạch",
      when: ["event", "yearly"],
    });
  });

  it("ends a name qualified by what was given before the first of two joined verbs ('… được giao nhiệm vụ thực hiện … và phải …')", () => {
    expect(tasks()).toContainEqual({
      at: "dieu10.3",
      who: "cơ quan, đơn vị được giao nhiệm vụ",
      when: ["none", null],
    });
  });

  it("reads an event clause between the subject and its verb as the deadline ('… sau khi hoàn thành …, tổng hợp …')", () => {
    expect(tasks()).toContainEqual({
      at: "dieu5.5.a",
      who: "Đơn vị dự toán cấp I trực thuộc Ủy ban nhân dân Thành phố",
      when: ["event", null],
    });
  });

  it("reads no task in what the issuing committee decides itself", () => {
    expect(tasks().filter((t) => t.at === "dieu4.2")).toEqual([]);
  });
});

describe("names with a bracket of bodies (Chỉ thị 299/TTg, 1980)", () => {
  it("keeps the bracket whole, though a word in it is also a verb", () => {
    expect(
      findParties("Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu) có trách nhiệm cung cấp bản đồ.")?.parties,
    ).toEqual(["Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu)"]);
    expect(
      findParties(
        "Các Bộ khác có máy móc về khai thác ảnh chụp bằng máy bay (Bộ Xây dựng, Bộ Thủy lợi, Tổng cục địa chất...) có trách nhiệm huy động máy móc của ngành.",
      )?.parties,
    ).toEqual([
      "Các Bộ khác có máy móc về khai thác ảnh chụp bằng máy bay (Bộ Xây dựng, Bộ Thủy lợi, Tổng cục địa chất...)",
    ]);
    expect(
      findParties(
        "Các cơ quan tuyên truyền, báo chí, Ủy ban phát thanh và truyền hình có kế hoạch phối hợp với Tổng cục quản lý ruộng đất.",
      )?.parties,
    ).toEqual(["Các cơ quan tuyên truyền, báo chí", "Ủy ban phát thanh và truyền hình"]);
  });
});

describe("bodies named by their function and pointed back to (Nghị định 230/2025/NĐ-CP, Điều 5)", () => {
  it("keeps 'cơ quan có chức năng quản lý nhà nước về đất đai' whole, drops the case in brackets, and resolves 'các cơ quan trên'", () => {
    const text = [
      "CHÍNH PHỦ",
      "Số: 230/2025/NĐ-CP",
      "Hà Nội, ngày 19 tháng 8 năm 2025",
      "NGHỊ ĐỊNH",
      "Điều 5. Miễn, giảm tiền thuê đất",
      "7. Trình tự xác định miễn, giảm tiền thuê đất:",
      "d) Cơ sở thực hiện xã hội hóa gửi văn bản đến cơ quan thuế.",
      "Chậm nhất 30 ngày kể từ ngày nhận được văn bản của cơ sở thực hiện xã hội hóa, cơ quan thuế (đối với trường hợp giảm tiền thuê đất), cơ quan có chức năng quản lý nhà nước về đất đai (đối với trường hợp miễn tiền thuê đất) phối hợp với các cơ quan có liên quan thực hiện theo quy định tại điểm c khoản này.",
      "Trường hợp dự án không đáp ứng tiêu chuẩn xã hội hóa thì các cơ quan trên có trách nhiệm báo cáo Ủy ban nhân dân cấp tỉnh xử lý theo quy định tại điểm b khoản này.",
    ].join("\n");
    const tasks = extractObligations(parseDocument(text, "230-2025-nd-cp.md")).map((o) => o.responsible);
    const bodies = ["cơ quan thuế", "cơ quan có chức năng quản lý nhà nước về đất đai"];
    expect(tasks.filter((r) => r.join("; ") === bodies.join("; "))).toHaveLength(2);
  });
});
