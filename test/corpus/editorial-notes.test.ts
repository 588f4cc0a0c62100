import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

/**
 * Nghị định 01/2015/NĐ-CP as a consolidating site shows it (outside the dev corpus): editorial notes on amended parts,
 * "[Chương này được bổ sung bởi Khoản 6 Điều 1 Nghị định 12/2018/NĐ-CP …]", sit inside the headings they annotate.
 */
const CONSOLIDATED = `CHÍNH PHỦ --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------
Số: 01/2015/NĐ-CP
Hà Nội, ngày 02 tháng 01 năm 2015
NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT PHẠM VI ĐỊA BÀN HOẠT ĐỘNG HẢI QUAN; TRÁCH NHIỆM PHỐI HỢP TRONG PHÒNG, CHỐNG BUÔN LẬU, VẬN CHUYỂN TRÁI PHÉP HÀNG HÓA QUA BIÊN GIỚI
Chương II PHẠM VI CỤ THỂ ĐỊA BÀN HOẠT ĐỘNG HẢI QUAN
Điều 9. Địa bàn hoạt động hải quan là khu vực, địa điểm khác
Phạm vi địa bàn hoạt động hải quan tại khu vực, địa điểm khác đáp ứng yêu cầu quản lý nhà nước, được phép xuất khẩu, nhập khẩu, quá cảnh hàng hóa, xuất cảnh, nhập cảnh, quá cảnh phương tiện vận tải được thành lập theo quyết định của Thủ tướng Chính phủ là ranh giới các khu vực, địa điểm ghi trong quyết định thành lập của Thủ tướng Chính phủ.

Chương III [Chương này được bổ sung bởi Khoản 6 Điều 1 Nghị định 12/2018/NĐ-CP có hiệu lực từ ngày 10/03/2018] TRÁCH NHIỆM PHỐI HỢP CỦA CƠ QUAN HẢI QUAN, CÁC CƠ QUAN HỮU QUAN VÀ ỦY BAN NHÂN DÂN CÁC CẤP TRONG PHÒNG, CHỐNG BUÔN LẬU, VẬN CHUYỂN TRÁI PHÉP HÀNG HÓA QUA BIÊN GIỚI [Chương này được bổ sung bởi Khoản 6 Điều 1 Nghị định 12/2018/NĐ-CP có hiệu lực từ ngày 10/03/2018]
Điều 10. Nguyên tắc phối hợp trong phòng, chống buôn lậu, vận chuyển trái phép hàng hóa qua biên giới
1. Hoạt động phối hợp giữa các cơ quan nhà nước có thẩm quyền trong phòng, chống buôn lậu, vận chuyển trái phép hàng hóa qua biên giới được thực hiện theo nguyên tắc nhanh chóng, kịp thời, hiệu quả, hiệp đồng hỗ trợ lẫn nhau theo đúng chức năng, nhiệm vụ, quyền hạn của từng cơ quan.
Điều 14. Phối hợp trong tuần tra, kiểm soát, kiểm tra, truy đuổi, dừng phương tiện vận tải
1. Cơ quan hải quan có trách nhiệm phối hợp với các cơ quan nhà nước hữu quan thường xuyên tuần tra, kiểm soát trên các tuyến, địa bàn biên giới và trên các địa bàn trọng điểm trong nội địa để kịp thời phát hiện đối tượng, đường dây, ổ nhóm buôn lậu, vận chuyển trái phép hàng hóa qua biên giới.
2. Bộ đội biên phòng có trách nhiệm phối hợp, hỗ trợ cơ quan hải quan trong tuần tra, kiểm soát, kiểm tra, truy đuổi, dừng phương tiện tại các cửa khẩu biên giới đất liền, vùng nội thủy.
`;

const decree = parseDocument(CONSOLIDATED, "01-2015-nd-cp.md");

describe("a consolidating site's editorial notes (Nghị định 01/2015/NĐ-CP)", () => {
  it("reads the chapter heading a note sits in, so the duties under it are not taken for the chapter before", () => {
    const article = decree.passages.find((p) => p.path === "dieu14.2");
    expect(article?.headings[0]).toMatch(/^Chương III\. TRÁCH NHIỆM PHỐI HỢP/u);
    expect(article?.text).toMatch(/^Bộ đội biên phòng có trách nhiệm/u);
    expect(extractObligations(decree).find((o) => o.passageId.endsWith("#dieu14.2"))?.responsible).toEqual([
      "Bộ đội biên phòng",
    ]);
  });

  it("keeps no note in a passage's text", () => {
    expect(decree.passages.some((p) => /được (?:sửa đổi|bổ sung) bởi/u.test(p.text))).toBe(false);
  });
});
