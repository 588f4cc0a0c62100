import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// Nghị quyết về chất vấn, HĐND tỉnh Hà Giang khóa XVII, kỳ họp thứ Năm (2017), text extracted from a PDF with its
// lines wrapped mid-sentence (outside batch 15, its inspected half): Điều 2 opens with what the council agreed, then
// asks the People's Committee for the works it lists.
const RESOLUTION = `NGHỊ QUYẾT
VỀ
CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM HĐND TỈNH HÀ GIANG KHÓA XVII,
NHIỆM KỲ 2016 - 2021
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG
KHÓA XVII - KỲ HỌP THỨ NĂM
QUYẾT NGHỊ:
Điều 2. Hội đồng nhân dân tỉnh cơ bản thống nhất với một số giải pháp mà Ủy ban
nhân dân tỉnh, thủ trưởng các sở, ngành: Nông nghiệp và
Phát triển nông thôn; Văn hóa Thể thao và Du lịch; Tài nguyên và Môi trường; Ban Dân tộc tỉnh; Bộ Chỉ huy Quân
sự tỉnh và Công an tỉnh đã trả lời và cam kết trước Hội
đồng nhân dân tỉnh. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh
quan tâm chỉ đạo thực hiện một số công việc sau:
1. Về lĩnh vực Tài nguyên Môi
trường:
- Chỉ đạo Sở Tài nguyên và Môi
trường: Thường xuyên kiểm tra, đôn đốc các huyện, thành phố đẩy nhanh tiến độ
triển khai lập kế hoạch sử dụng đất, đảm bảo đúng thời
gian quy định; xem xét, lựa chọn đơn vị tư vấn lập kế
hoạch sử dụng đất có năng lực để thực
hiện đảm bảo có chất lượng, hiệu quả; kịp thời rà
soát, bổ sung các danh mục công trình, dự án thu hồi đất phát sinh báo cáo UBND
tỉnh trình HĐND tỉnh cho ý kiến; chủ động tập huấn, hướng dẫn về nghiệp vụ
chuyên môn cho Phòng Tài nguyên môi trường các huyện, thành phố để chủ động lập
Kế hoạch sử dụng đất năm 2018.
- Xem xét sớm phê duyệt quy
hoạch điều chỉnh Kế hoạch sử dụng đất giai đoạn 2016 - 2020 của tỉnh, ngay sau
khi các danh mục dự án có thu hồi đất năm 2018 được HĐND tỉnh thông qua vào Kỳ
họp thứ Sáu HĐND tỉnh, khóa XVII (dự kiến tổ chức vào tháng 12/2017).
`;

describe("a lead-in of two sentences, the second opening the list (Nghị quyết chất vấn, Hà Giang 2017)", () => {
  const doc = parseDocument(RESOLUTION, "95-nq-hdnd-2017.md");
  const obligations = extractObligations(doc);

  it("gives the items to whom the sentence ending with ':' addresses, not to the subject of the first", () => {
    const review = obligations.find((o) => o.action.includes("Xem xét sớm phê duyệt"));
    expect(review?.responsible).toEqual(["Ủy ban nhân dân tỉnh"]);
    const direct = obligations.find((o) => o.action.startsWith("Chỉ đạo Sở Tài nguyên và Môi trường"));
    expect(direct?.responsible).toEqual(["Ủy ban nhân dân tỉnh"]);
    expect(obligations.some((o) => o.responsible.some((p) => p.startsWith("Hội đồng nhân dân tỉnh")))).toBe(
      false,
    );
  });
});
