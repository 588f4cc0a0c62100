import { describe, expect, it } from "vitest";
import { unfoldColumnTrailer } from "../../src/corpus/column-trailer.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";

// A notice as `pdftotext -layout` saves it (Thông báo 1894/TB-SCT of the Lào Cai Sở Công Thương, 9/4/2026): the
// motto typed "CỘNG HÕA", the recipients on the left of the signature.
const NOTICE = [
  "  UBND TỈNH LÀO CAI             CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  " SỞ CÔNG THƯƠNG                          Độc lập - Tự do - Hạnh phúc",
  "",
  "  Số: 1894 /TB-SCT                   Lào Cai, ngày 09 tháng 4 năm 2026",
  "",
  "                              THÔNG BÁO",
  "          Kết quả kiểm tra việc chấp hành quy định về vật liệu nổ công nghiệp",
  "",
  "      1. Các đơn vị cơ bản đã chấp hành tương đối tốt các quy định của pháp luật.",
  "      2. Đề nghị các đơn vị tiếp tục tăng cường công tác quản lý, kiểm tra, giám sát.",
  "      Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và thực hiện./.",
  "Nơi nhận:                                           KT. GIÁM ĐỐC",
  "- Công ty CP XD Giao thông Yên Bái;",
  "- Tổng công ty xây dựng Trường Sơn;                 PHÓ GIÁM ĐỐC",
  "- Công ty TNHH Hiệp Phú;",
  "- Lưu: VT, CN(M.Cường).",
  "",
  "",
  "",
  "                                                    Hoàng Văn Thuân",
].join("\n");

describe("a trailer laid out as two columns side by side", () => {
  it("reads the recipients apart from the signature, and the signer with the title", () => {
    const { meta, passages } = parseDocument(NOTICE, "1894-2026-tb-sct-laocai.md");
    const recipients = passages.find((p) => p.path === "nn")?.text ?? "";
    const signature = passages.find((p) => p.path === "ck")?.text ?? "";
    expect(recipients).toContain("Tổng công ty xây dựng Trường Sơn;");
    expect(recipients).not.toMatch(/GIÁM ĐỐC/u);
    expect(signature).toBe("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân");
    // "CỘNG HÕA", a tone mark typed wrong, is still the motto: it is no part of the issuer.
    expect(meta.issuer).toBe("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG");
  });

  it("keeps every offset, and leaves a trailer of one column alone", () => {
    expect(unfoldColumnTrailer(NOTICE)).toHaveLength(NOTICE.length);
    const plain = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhan Trung Bá";
    expect(unfoldColumnTrailer(plain)).toBe(plain);
  });
});
