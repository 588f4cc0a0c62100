import { describe, expect, it } from "vitest";
import { unfoldColumnHeader } from "../../src/corpus/column-header.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";

// The header of a letter as `pdftotext -layout` saves it (Công văn 4390/UBND-NLN of Lào Cai, 27/5/2026).
const LETTER = [
  "  ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "    TỈNH LÀO CAI                              Độc lập - Tự do - Hạnh phúc",
  " Số:   4390     /UBND-NLN                  Lào Cai, ngày 27 tháng 5 năm 2026",
  "V/v tổ chức triển khai thực hiện",
  "Nghị định số 180/2026/NĐ-CP",
  "                   Kính gửi:",
  "                                   - Các sở, ban, ngành cấp tỉnh;",
  "                                   - Ủy ban nhân dân các xã, phường.",
  "       Thực hiện Nghị định số 180/2026/NĐ-CP ngày 21/5/2026 của Chính phủ. Chủ tịch",
  "Ủy ban nhân dân tỉnh giao:",
  "       1. Sở Nông nghiệp và Môi trường chủ động nghiên cứu, tổ chức triển khai thực hiện.",
].join("\n");

describe("a header laid out as two columns side by side", () => {
  it("reads the issuer, number, date and kind of the letter, and its addressees as their own block", () => {
    const { meta, passages } = parseDocument(LETTER, "4390-2026-cv-ubnd-laocai.md");
    expect(meta.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
    // The number written into its blank keeps the gap before the sign; it is read whole.
    expect(meta.number).toBe("4390/UBND-NLN");
    expect(meta.issuedDate).toBe("2026-05-27");
    expect(meta.province).toBe("Lào Cai");
    expect(meta.kind).toBe("Công văn");
    expect(meta.title).toMatch(/^V\/v tổ chức triển khai thực hiện/u);
    // "Kính gửi:" on a line of its own opens the address block although no blank line comes before it.
    expect(passages.find((p) => p.path === "kg")?.text).toMatch(/^Kính gửi: Các sở, ban, ngành cấp tỉnh;/u);
  });

  it("keeps every offset after the header, and leaves a text without such a header alone", () => {
    const unfolded = unfoldColumnHeader(LETTER);
    expect(unfolded.length).toBe(LETTER.length);
    const after = LETTER.indexOf("V/v");
    expect(unfolded.slice(after)).toBe(LETTER.slice(after));
    expect(unfolded.startsWith("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố:   4390 /UBND-NLN\n\nCỘNG HOÀ")).toBe(
      true,
    );
    // One wide gap on a line (a blank day "ngày        tháng 8") is no column layout.
    const party =
      "TỈNH UỶ LÀO CAI\n*\nSố         -CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLào Cai, ngày        tháng 8 năm 2026";
    expect(unfoldColumnHeader(party)).toBe(party);
  });

  it("keeps a number left blank by its sign, and reads a Party action programme's kind", () => {
    const party = [
      "TỈNH UỶ LÀO CAI",
      "*",
      "Số         -CTr/TU",
      "",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "Lào Cai, ngày        tháng 8 năm 2026",
      "",
      "CHƯƠNG TRÌNH HÀNH ĐỘNG",
      "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng",
      "",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "",
      "Các cấp ủy, tổ chức đảng xây dựng kế hoạch cụ thể, tổ chức triển khai đồng bộ.",
    ].join("\n");
    const { meta } = parseDocument(party, "104-2026-ctr-tu-laocai.md");
    expect(meta.number).toBe("-CTr/TU");
    expect(meta.issuer).toBe("TỈNH UỶ LÀO CAI");
    expect(meta.kind).toBe("Chương trình");
  });
});

describe("a scan's 'Nơi nhận' read with a lost mark", () => {
  it("'Nơi nhân:' (34-NQ/TU, OCR) still opens the recipients, not another item of work", () => {
    const text = [
      "TỈNH ỦY LÀO CAI",
      "",
      "NGHỊ QUYẾT",
      "",
      "IV. TỔ CHỨC THỰC HIỆN",
      "",
      "6. Văn phòng Tỉnh ủy phối hợp theo dõi, đôn đốc thực hiện Nghị quyết.",
      "",
      "Nơi nhân: T/M BAN THƯỜNG VỤ",
      "- Các Đảng ủy trực thuộc Tỉnh ủy,",
      "- Lưu Văn phòng Tình ủy.",
      "",
      "Hoàng Giang",
    ].join("\n");
    const { passages } = parseDocument(text, "34-2025-nq-tu-laocai.md");
    expect(passages.map((p) => p.path)).toContain("nn");
    expect(passages.some((p) => p.text.startsWith("Các Đảng ủy trực thuộc"))).toBe(false);
  });
});
