import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// Quyết định 435/QĐ-UBND năm 2020 của UBND tỉnh Kon Tum as a site crawler saved it (outside batch 15, opened once its
// first figure, 0 tasks read, was on record; long lines shortened): the document's citation runs before each heading,
// the first sub-number of an item runs onto its title, and two sub-items share the fields written under the second.
const CRAWLED_PROGRAMME = `Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ.

QUYẾT ĐỊNH:
Quyết định 435/QĐ-UBND năm 2020. Điều 1.
Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh thực hiện Kế hoạch số 119- KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về.

Quyết định 435/QĐ-UBND năm 2020. Điều 2.
Giám đốc Sở Lao động - Thương binh và Xã hội; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Lưu VT, KGVX2.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp 
Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG “VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO.
Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG
1. Tăng cường sự lãnh đạo của cấp ủy, tổ chức đảng; sự quản lý, điều hành của chính quyền các cấp nhằm nâng cao nhận thức, thúc đẩy xây dựng lao động hài hòa, ổn định và tiến bộ 1.1.
Tổ chức nghiên cứu, tuyên truyền, phổ biến, quán triệt Chỉ thị số 37- CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới”(Chỉ thị số.
1.2. Nâng cao vai trò, trách nhiệm của các cấp ủy, chính quyền, nhất là người đứng đầu trong công tác xây dựng quan hệ lao động hài hòa, ổn định.
Tuyên truyền nâng cao nhận thức của người lao động, người sử dụng lao động và Nhân dân trong xây dựng quan hệ lao động; kịp thời ngăn chặn, phản bác các thông tin sai lệch, gây ảnh hưởng xấu tới quan hệ lao động và an ninh chính trị, trật tự, an toàn xã hội.
- Cơ quan thực hiện: Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.
- Thời gian thực hiện: Thực hiện thường xuyên, riêng việc tuyên truyền, quán triệt Chỉ thị số 37-CT/TW và các Văn bản có liên quan hoàn thành trong quý II/2020.
- Thời gian thực hiện: Thực hiện thường xuyên trong năm.
2.8.
Hướng dẫn, tuyên tuyền, phổ biến Luật Doanh nghiệp, Luật hợp tác xã cho các doanh nghiệp trên địa bàn tỉnh; phối hợp với các ngành, đơn vị liên quan kiểm tra, đề nghị các doanh nghiệp thực hiện nghiêm chế độ thông tin báo cáo đối với cơ quan quản lý nhà nước.
- Cơ quan thực hiện: Sở Kế hoạch và Đầu tư chủ trì phối hợp với đơn vị, địa phương có liên quan tham mưu thực hiện.
3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện toàn, nâng cao hiệu quả hoạt động của các thiết chế giải quyết tranh chấp lao động, đình công bảo đảm kịp thời đúng quy định.
Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN 
1.Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố và các cơ quan, tổ chức có liên quan căn cứ chức năng, nhiệm vụ được giao tại Chương trình này chủ động xây dựng Kế hoạch triển khai thực hiện;
định kỳ hàng năm (trước ngày 15/11 và đột xuất (khi có yêu cầu) báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo chung.
`;

describe("a programme a site crawler saved (Quyết định 435/QĐ-UBND, Kon Tum 2020)", () => {
  const doc = parseDocument(CRAWLED_PROGRAMME, "435-qd-ubnd-2020.md");
  const tasks = extractObligations(doc);
  const task = (opening: string) => tasks.find((o) => o.action.startsWith(opening));

  it("reads the sub-item whose number ran onto its parent's title", () => {
    expect(doc.passages.find((p) => p.text.startsWith("Tổ chức nghiên cứu"))?.path).toBe("kem1.II.1.1");
    expect(doc.passages.find((p) => p.text.startsWith("Rà soát, kiện toàn"))?.path).toBe("kem1.II.3.1");
  });

  it("gives fields written under the second of two sub-items to both", () => {
    for (const opening of ["Tổ chức nghiên cứu", "Nâng cao vai trò"])
      expect(task(opening)?.responsible, opening).toEqual([
        "Các sở, ban, ngành",
        "Ủy ban nhân dân các huyện, thành phố",
      ]);
  });

  it("takes the item's own 'Cơ quan thực hiện' over the bodies the work is done for", () => {
    expect(task("Hướng dẫn, tuyên tuyền")?.responsible).toEqual(["Sở Kế hoạch và Đầu tư"]);
  });
});
