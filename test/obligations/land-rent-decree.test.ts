import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// An excerpt of Nghị định 230/2025/NĐ-CP (Chính phủ, 19/8/2025) on land-use fees and land rent, as a legal-text site
// prints it.
const DECREE = `CHÍNH PHỦ -------
Số: 230/2025/NĐ-CP Hà Nội, ngày 19 tháng 8 năm 2025
NGHỊ ĐỊNH QUY ĐỊNH CÁC TRƯỜNG HỢP KHÁC ĐƯỢC MIỄN, GIẢM TIỀN SỬ DỤNG ĐẤT, TIỀN THUÊ ĐẤT
Điều 5. Miễn, giảm tiền thuê đất
5. Việc miễn, giảm tiền thuê đất đối với các tổ chức có sử dụng lao động là người dân tộc thiểu số được thực hiện như sau:
a) Giảm 50% tiền thuê đất đối với tổ chức, đơn vị sử dụng lao động có tỷ lệ sử dụng lao động là người dân tộc thiểu số từ 30% đến dưới 50%.
g) Trước 30 ngày, kể từ ngày có thông báo nộp tiền thuê đất kỳ đầu của cơ quan thuế (ngày 31 tháng 5 từ năm thuê đất thứ hai trở đi); tổ chức, đơn vị sử dụng lao động phải cung cấp cho cơ quan thuế hồ sơ giảm tiền thuê đất theo quy định của pháp luật về quản lý thuế để được giảm tiền thuê đất.
7. Miễn, giảm tiền thuê đất đối với cơ sở thực hiện xã hội hóa được hưởng chính sách khuyến khích phát triển xã hội hóa được thực hiện như sau:
Căn cứ điều kiện thực tế của địa phương, Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp quyết định mức miễn, giảm tiền thuê đất cụ thể đối với cơ sở thực hiện xã hội hóa, cụ thể như sau:
a) Mức tối thiểu bằng mức ưu đãi miễn tiền thuê đất theo quy định tại khoản 3 Điều 39 Nghị định số 103/2024/NĐ-CP.
b) Trường hợp sau khi dự án hoàn thành, đưa vào hoạt động mà cơ quan nhà nước có thẩm quyền xác định cơ sở thực hiện xã hội hóa không đáp ứng quy định về loại hình hoặc tiêu chí xã hội hóa thì cơ sở thực hiện xã hội hóa phải nộp tiền thuê đất đã được miễn, giảm theo chính sách và giá đất tại thời điểm có văn bản xác định không đáp ứng.
Điều 6. Giảm tiền thuê đất của năm 2025
5. Trình tự, thủ tục giảm tiền thuê đất:
b) Căn cứ Giấy đề nghị giảm tiền thuê đất do người sử dụng đất nộp theo quy định tại điểm a khoản này và Thông báo nộp tiền thuê đất năm 2025 của người sử dụng đất (nếu có); không quá 30 ngày kể từ ngày nhận Giấy đề nghị giảm tiền thuê đất theo quy định tại khoản 4 Điều này, cơ quan, người có thẩm quyền xác định số tiền thuê đất được giảm và ban hành Quyết định giảm tiền thuê đất theo quy định của pháp luật về tiền sử dụng đất, tiền thuê đất.
Điều 7. Xử lý chuyển tiếp
2. Trường hợp người sử dụng đất đã nộp hồ sơ hợp lệ theo đúng quy định của pháp luật tại cơ quan nhà nước có thẩm quyền nhưng chưa có quyết định giảm tiền thuê đất thì áp dụng ưu đãi giảm tiền thuê đất. Cơ quan nhà nước có thẩm quyền phải thực hiện việc giải quyết đối với các hồ sơ hợp lệ của người sử dụng đất đã nộp theo đúng quy định trong thời hạn không quá 90 ngày kể từ khi Nghị định này có hiệu lực thi hành.
`;

function tasks() {
  return extractObligations(parseDocument(DECREE, "230-2025-nd-cp.md")).map((o) => ({
    at: o.passageId.split("#")[1],
    who: o.responsible.join("; "),
    when: o.deadline.text,
  }));
}

describe("a land-rent decree's competent bodies (Nghị định 230/2025/NĐ-CP)", () => {
  it("keeps 'phải' out of a competent body's name ('Cơ quan nhà nước có thẩm quyền phải thực hiện …')", () => {
    const bound = tasks().filter((t) => t.at === "dieu7.2");
    expect(bound.length).toBeGreaterThan(0);
    expect(bound.every((t) => t.who === "Cơ quan nhà nước có thẩm quyền")).toBe(true);
  });

  it("reads coordinated verbs after 'có thẩm quyền' as the body's work, timed by a bare cap ('không quá 30 ngày kể từ …')", () => {
    expect(tasks()).toContainEqual({
      at: "dieu6.5.b",
      who: "cơ quan, người có thẩm quyền",
      when: "không quá 30 ngày kể từ ngày nhận Giấy",
    });
  });

  it("reads the subject after a semicolon that closes an opening time ('Trước 30 ngày, kể từ …; tổ chức, … phải …')", () => {
    const timed = tasks().filter((t) => t.at === "dieu5.5.g" && t.when.startsWith("Trước 30 ngày"));
    expect(timed.map((t) => t.who)).toEqual(["tổ chức; đơn vị sử dụng lao động"]);
  });

  it("does not take a lead-in opening with 'Căn cứ …, <body> …' for a part titled with the bases", () => {
    // Under it, an item that binds someone is work, not one more basis.
    expect(
      tasks()
        .filter((t) => t.at === "dieu5.7.b")
        .map((t) => t.who),
    ).toEqual(["cơ sở thực hiện xã hội hóa"]);
  });
});
