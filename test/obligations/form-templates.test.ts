import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

/**
 * Forms printed with a text assign nothing. The excerpts follow 836-2024-vbhn-bldtbxh (tune half): a circular whose
 * appendix holds a "Bản khai cá nhân" that ends with a request and a model decision with its own "Điều 2 … chịu trách
 * nhiệm thi hành"; and, for contrast, a decision whose attached plan opens with a motto too and has no blanks.
 */
const MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------";
const DOTS = "..................................................";

const circular = [
  `| BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI -------- | ${MOTTO} |`,
  "|---|---|",
  "| Số: 05/2024/TT-BLĐTBXH | Hà Nội, ngày 10 tháng 5 năm 2024 |",
  "",
  "THÔNG TƯ",
  "",
  "Điều 1. Trách nhiệm của Sở Lao động - Thương binh và Xã hội",
  "",
  "Sở Lao động - Thương binh và Xã hội tổ chức chi trả trợ cấp mai táng đối với người lo mai táng.",
  "",
  "MẪU SỐ 20",
  "",
  MOTTO,
  "",
  "BẢN KHAI CÁ NHÂN",
  "",
  `Họ và tên ${DOTS}`,
  "",
  `Ngày, tháng, năm sinh: ${DOTS}`,
  "",
  "Đề nghị các cơ quan chức năng xem xét, giải quyết chế độ bảo hiểm y tế theo quy định./.",
  "",
  "MẪU SỐ 21",
  "",
  MOTTO,
  "",
  "QUYẾT ĐỊNH Về việc giải quyết trợ cấp mai táng",
  "",
  `Điều 1. Trợ cấp mai táng một lần với số tiền là: ${DOTS}`,
  "",
  `Họ tên cá nhân (hoặc tên tổ chức): ${DOTS}`,
  "",
  "Điều 2. Các ông (bà): Trưởng phòng Người có công, Phòng Kế hoạch Tài chính chịu trách nhiệm thi hành Quyết định này.",
  "",
].join("\n");

const decisionWithPlan = [
  `| ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG | ${MOTTO} |`,
  "|---|---|",
  "| Số: 12/QĐ-UBND | Tuyên Quang, ngày 25 tháng 6 năm 2024 |",
  "",
  "QUYẾT ĐỊNH Ban hành Kế hoạch chuyển đổi số năm 2024",
  "",
  "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.",
  "",
  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
  "",
  "| Nơi nhận: - Như Điều 2; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |",
  "|---|---|",
  "",
  `| ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG | ${MOTTO} |`,
  "|---|---|",
  "| Số: 13/KH-UBND | Tuyên Quang, ngày 25 tháng 6 năm 2024 |",
  "",
  "KẾ HOẠCH Chuyển đổi số năm 2024",
  "",
  "I. TỔ CHỨC THỰC HIỆN",
  "",
  "1. Sở Thông tin và Truyền thông chủ trì triển khai kế hoạch, báo cáo kết quả trước ngày 15/12/2024.",
  "",
].join("\n");

describe("form templates printed with a text", () => {
  it("reads the text's own duty and nothing of the forms after it", () => {
    const found = extractObligations(parseDocument(circular, "05-2024-tt-bldtbxh.md"));
    expect(found.map((o) => o.responsible)).toEqual([["Sở Lao động - Thương binh và Xã hội"]]);
  });

  it("keeps the duties of a plan attached with its own header, which has no blanks to fill in", () => {
    const found = extractObligations(parseDocument(decisionWithPlan, "12-2024-qd-ubnd.md"));
    expect(found.map((o) => [o.responsible, o.deadline.due])).toEqual([
      [["Sở Thông tin và Truyền thông"], "2024-12-15"],
    ]);
  });
});
