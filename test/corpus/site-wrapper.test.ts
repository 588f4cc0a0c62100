import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { blankSiteWrapper } from "../../src/corpus/site-wrapper.ts";

// The top of Kết luận 221-KL/TW (2025) as saved from a legal-document website (outside the dev corpus), shortened:
// the site's notice and its property list, printed as a table one cell per line, then the document.
const SAVED = [
  "|",
  "Bản dịch này thuộc quyền sở hữu của **",
  "THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý là vi phạm pháp luật.",
  "Đang tải văn bản...",
  "#",
  "**Số hiệu:**",
  "|",
  "221-KL/TW",
  "|",
  "**Loại văn bản:**",
  "|",
  "Văn bản khác",
  "|",
  "**Người ký:**",
  "|",
  "Trần Cẩm Tú",
  "|",
  "**Ngày ban hành:**",
  "|",
  "28/11/2025",
  "|",
  "**Tình trạng:**",
  "|",
  "Đã biết",
  "|",
  "**BAN",
  "CHẤP HÀNH TRUNG ƯƠNG**",
  "|",
  "**ĐẢNG",
  "CỘNG SẢN VIỆT NAM**",
  "---------------",
  "|",
  "Số 221-KL/TW",
  "|",
  "*Hà Nội, ngày 28",
  "tháng 11 năm 2025*",
  "|",
  "**KẾT LUẬN**",
  "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ",
  "VỀ TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP",
  "-----",
  "Tại phiên họp ngày 28/11/2025, Bộ Chính trị, Ban Bí thư kết luận như sau:",
  "**1.** Yêu cầu các cấp uỷ, tổ chức đảng nghiêm túc triển khai kịp thời các kết luận.",
  "|",
  "**T/M BỘ CHÍNH TRỊ**",
  "Trần Cẩm Tú",
].join("\n");

describe("blankSiteWrapper", () => {
  it("blanks the site's notice and property list in place, keeping every offset", () => {
    const blanked = blankSiteWrapper(SAVED);
    expect(blanked).toHaveLength(SAVED.length);
    expect(blanked).not.toContain("THƯ VIỆN PHÁP LUẬT");
    expect(blanked.slice(blanked.indexOf("**BAN"))).toBe(SAVED.slice(SAVED.indexOf("**BAN")));
  });

  it("leaves a document that only opens with one property line as it is", () => {
    const text = "Số hiệu: 6225/BVHTTDL-VP\n\nKính gửi: Sở Văn hóa, Thể thao và Du lịch";
    expect(blankSiteWrapper(text)).toBe(text);
  });
});

describe("parseDocument on a page saved from a legal-document site", () => {
  const doc = parseDocument(SAVED, "221-2025-kl-tw.md");

  it("reads the document's own header: kind, number, date, title, issuer", () => {
    expect(doc.meta).toMatchObject({
      kind: "Kết luận",
      number: "221-KL/TW",
      issuedDate: "2025-11-28",
      issuer: "BAN CHẤP HÀNH TRUNG ƯƠNG",
    });
    expect(doc.meta.title).toMatch(/^KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH/);
  });

  it("makes no passage of the site's notice", () => {
    expect(doc.passages.map((p) => p.text).join(" ")).not.toContain("THƯ VIỆN PHÁP LUẬT");
    expect(doc.passages.some((p) => p.text.startsWith("Yêu cầu các cấp uỷ"))).toBe(true);
  });
});

describe("parseDocument on a header printed as table cells, one per line (Quyết định 84/2025/QĐ-UBND, Bắc Ninh)", () => {
  const text = [
    "|",
    "**ỦY BAN NHÂN",
    "DÂN**",
    "**TỈNH BẮC NINH**",
    "--------",
    "|",
    "**CỘNG HÒA XÃ",
    "HỘI CHỦ NGHĨA VIỆT NAM**",
    "Độc lập - Tự do - Hạnh phúc",
    "---------------",
    "|",
    "|",
    "Số:",
    "84/2025/QĐ-UBND",
    "|",
    "*Bắc Ninh, ngày",
    "28 tháng 11 năm 2025*",
    "|",
    "",
    "**QUYẾT ĐỊNH**",
    "",
    "QUY ĐỊNH PHÂN CÔNG NHIỆM VỤ ĐỂ THỰC HIỆN QUẢN LÝ NHÀ NƯỚC VỀ GIÁ",
    "",
    "**Điều 1.** Sở Tài chính chủ trì tổng hợp, phân tích, dự báo giá thị trường trên địa bàn tỉnh.",
  ].join("\n");

  it("joins 'Số:' with the number on the next line, and ends the issuer at its cell", () => {
    const doc = parseDocument(text, "84-2025-qd-ubnd-bac-ninh.md");
    expect(doc.meta.number).toBe("84/2025/QĐ-UBND");
    expect(doc.meta.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH BẮC NINH");
    expect(doc.meta.issuedDate).toBe("2025-11-28");
  });
});

describe("the site's page after the document", () => {
  const page = [
    SAVED,
    "|",
    "Kết luận 221-KL/TW năm 2025 về tình hình, kết quả hoạt động của chính quyền địa phương 2 cấp",
    "## Văn bản liên quan",
    "Thưa Quý khách, THƯ VIỆN PHÁP LUẬT cam kết dịch vụ sẽ được cung ứng bình thường.",
    "- Bạn vừa bị Đăng xuất khỏi Tài khoản.",
  ].join("\n");

  it("is blanked from the site's caption of the document, the document's lines kept", () => {
    const blanked = blankSiteWrapper(page);
    expect(blanked).toHaveLength(page.length);
    expect(blanked).not.toContain("Quý khách");
    expect(blanked).toContain("Yêu cầu các cấp uỷ, tổ chức đảng nghiêm túc triển khai");
  });

  it("makes no passage of it", () => {
    const doc = parseDocument(page, "221-2025-kl-tw.md");
    expect(doc.passages.map((p) => p.text).join(" ")).not.toMatch(/Quý khách|Đăng xuất/u);
  });
});

describe("a signature printed as one table cell, its lines joined (Quyết định 84/2025/QĐ-UBND, Bắc Ninh)", () => {
  const text = [
    "**ỦY BAN NHÂN DÂN TỈNH BẮC NINH**",
    "",
    "Số: 84/2025/QĐ-UBND",
    "",
    "*Bắc Ninh, ngày 28 tháng 11 năm 2025*",
    "",
    "**QUYẾT ĐỊNH**",
    "",
    "**Điều 1.** Sở Tài chính chủ trì tổng hợp, phân tích, dự báo giá thị trường trên địa bàn tỉnh./.",
    "",
    "*Nơi nhận:*",
    "- Như Điều 3;",
    "- Lưu: VT, KTTH.",
    "|",
    "**TM. ỦY BAN",
    "NHÂN DÂN**",
    "KT. CHỦ TỊCH",
    "**PHÓ CHỦ TỊCH**",
    "**Ngô Tân Phượng**",
    "|",
  ].join("\n");

  it("reads the signer and the office above the name", () => {
    const doc = parseDocument(text, "84-2025-qd-ubnd-bac-ninh.md");
    expect(doc.meta.signer).toBe("Ngô Tân Phượng");
    expect(doc.meta.signerTitle).toBe("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
  });
});

describe("a signature with no 'Nơi nhận' before it, its lines joined (Chỉ thị 06/CT-UBND, Quảng Trị 2025)", () => {
  const text = [
    "**ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ**",
    "",
    "Số: 06/CT-UBND",
    "",
    "*Quảng Trị, ngày 25 tháng 11 năm 2025*",
    "",
    "**CHỈ THỊ**",
    "",
    "6. Các sở, ban, ngành liên quan theo chức năng nhiệm vụ được giao phối hợp với các địa phương, đơn vị, chủ rừng",
    "triển khai thực hiện có hiệu quả Chỉ thị này.",
    "",
    "Yêu cầu Giám đốc các sở, ban, ngành triển khai thực hiện nghiêm túc Chỉ thị này./.",
    "",
    "** **",
    "",
    "|",
    "|",
    "**KT. CHỦ TỊCH **",
    "PHÓ CHỦ TỊCH",
    "Hoàng Nam",
    "|",
  ].join("\n");

  it("reads the signer, and makes no body passage of the signature", () => {
    const doc = parseDocument(text, "06-2025-ct-ubnd-quangtri.md");
    expect(doc.meta.signer).toBe("Hoàng Nam");
    expect(doc.meta.signerTitle).toBe("KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
    expect(doc.passages.filter((p) => p.id.includes("#6")).map((p) => p.text)).not.toContainEqual(
      expect.stringContaining("Hoàng Nam"),
    );
  });
});
