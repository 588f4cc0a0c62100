import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";

/**
 * Thông tư 02/2021/TT-BLĐTBXH as the gazette (Công báo) prints it, extracted from its PDF with hard line breaks: the
 * issue line over the page number on every page, the issuer said twice, the e-signature stamp, article titles that
 * wrap (one onto a line that opens with "Điều 18 …", a reference, not an article).
 */
const GAZETTE = [
  " ",
  "CÔNG BÁO/Số 659 + 660/Ngày 05-7-2021 ",
  "15 ",
  " ",
  "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ",
  " ",
  "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ",
  " Độc lập - Tự do - Hạnh phúc ",
  "Số: 02/2021/TT-BLĐTBXH ",
  "Hà Nội, ngày 24 tháng 6 năm 2021 ",
  " ",
  "THÔNG TƯ  ",
  "Hướng dẫn thực hiện một số điều của Nghị định số 20/2021/NĐ-CP  ",
  " ",
  "Điều 1. Phạm vi điều chỉnh ",
  "Thông tư này hướng dẫn về thôi hưởng, tạm dừng trợ cấp xã hội hàng tháng và thủ tục chuyển mức và hệ số tương ",
  "ứng. ",
  "Người ký: Cổng Thông tin điện tử Chính phủ",
  "Email: thongtinchinhphu@chinhphu.vn",
  "Cơ quan: Văn phòng Chính phủ",
  "Thời gian ký: 05.07.2021 16:37:13 +07:00",
  "",
  " ",
  "16 ",
  "CÔNG BÁO/Số 659 + 660/Ngày 05-7-2021 ",
  "  ",
  "Điều 2. Thôi hưởng, tạm dừng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí ",
  "chăm sóc, nuôi dưỡng hàng tháng theo quy định tại khoản 2 Điều 8 Nghị định ",
  "số 20/2021/NĐ-CP ",
  "1. Công chức phụ trách công tác Lao động - Thương binh và Xã hội cấp xã lập danh sách đối tượng thôi hưởng trợ ",
  "cấp xã hội hàng tháng trình Chủ tịch Ủy ban nhân dân cấp xã.",
  "Điều 3. Chế độ đối với đối tượng cần bảo vệ khẩn cấp quy định tại khoản 2 ",
  "Điều 18 và khoản 2 Điều 19 Nghị định số 20/2021/NĐ-CP ",
  "1. Tiền ăn trong thời gian sống tại hộ nhận chăm sóc, nuôi dưỡng: 60.000 ",
  " ",
  "--- PAGE BREAK ---",
  " ",
  "đồng/người/ngày. ",
  " ",
  "CÔNG BÁO/Số 659 + 660/Ngày 05-7-2021 ",
  "17 ",
  " ",
  "2. Chi phí đưa đối tượng về nơi cư trú: Mức hỗ trợ theo giá phương tiện công cộng. ",
].join("\n");

describe("page furniture of a gazette or a scan (Công báo, OCR page breaks)", () => {
  const doc = parseDocument(GAZETTE, "02-2021-tt-bldtbxh.md");
  const texts = doc.passages.map((p) => p.text).join("\n");

  it("keeps running heads, page numbers, page-break lines and the e-signature stamp out of every passage", () => {
    expect(texts).not.toContain("CÔNG BÁO/Số 659");
    expect(texts).not.toContain("PAGE BREAK");
    expect(texts).not.toContain("Thời gian ký");
    expect(texts).not.toContain("thongtinchinhphu@");
  });

  it("joins a sentence a page break cut", () => {
    expect(doc.passages.find((p) => p.text.startsWith("Tiền ăn"))?.text).toBe(
      "Tiền ăn trong thời gian sống tại hộ nhận chăm sóc, nuôi dưỡng: 60.000 đồng/người/ngày.",
    );
  });

  it("reads a wrapped article title whole, also where it wraps onto a cited article", () => {
    const titles = doc.passages.flatMap((p) => p.headings).filter((h) => /^Điều [23]\./u.test(h));
    expect(new Set(titles)).toEqual(
      new Set([
        "Điều 2. Thôi hưởng, tạm dừng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng theo quy định tại khoản 2 Điều 8 Nghị định số 20/2021/NĐ-CP",
        "Điều 3. Chế độ đối với đối tượng cần bảo vệ khẩn cấp quy định tại khoản 2 Điều 18 và khoản 2 Điều 19 Nghị định số 20/2021/NĐ-CP",
      ]),
    );
    expect(doc.passages.some((p) => p.text.startsWith("Điều 18"))).toBe(false);
  });

  it("keeps a long article line that no clause follows as text (Quyết định, MTTQ xã, 2026)", () => {
    const decision = parseDocument(
      "QUYẾT ĐỊNH\n\nĐiều 1. Thành lập Tổ tiếp công dân.\n\nĐiều 2. Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này\n\nQuyết định này có hiệu lực kể từ ngày ký./.\n",
      "qd-1.md",
    );
    expect(decision.passages.find((p) => p.id.endsWith("#dieu2"))?.text).toMatch(
      /^Ban Thường trực .* thi hành Quyết định này/u,
    );
  });

  it("names the issuer once though the gazette prints it twice", () => {
    expect(doc.meta.issuer).toBe("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
    expect(doc.meta.number).toBe("02/2021/TT-BLĐTBXH");
  });

  it("leaves a repeated line of the text alone when no page number stands beside it", () => {
    const plan = parseDocument(
      "KẾ HOẠCH\n\n1. Rà soát hồ sơ.\n- Thời gian thực hiện: Năm 2025.\n2. Cập nhật dữ liệu.\n- Thời gian thực hiện: Năm 2025.\n",
      "kh-1.md",
    );
    expect(plan.passages.filter((p) => p.text.includes("Thời gian thực hiện")).length).toBe(2);
  });
});

describe("a scan whose number OCR could not read", () => {
  it("takes the number from the file name and strips a motto that lost its marks", () => {
    const scan = parseDocument(
      [
        "BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hanh phúc",
        "",
        "Số: §Ø0 /TCT-TTr",
        "V/v tăng cường công tác thanh tra, kiểm tra thuế",
        "",
        "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.",
        "",
        "Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát lại công tác báo cáo.",
      ].join("\n"),
      "4800-2016-cv-tct.md",
    );
    // The readable sign after the misread digits stays.
    expect(scan.meta.number).toBe("4800/TCT-TTr");
    expect(scan.meta.issuer).toBe("BO TÀI CHÍNH");
  });

  it("mends digits mixed with a letter no Vietnamese text writes, and keeps the issuer's line between the mottos (CV 586/TCT-TTKT, 2023)", () => {
    const scan = parseDocument(
      [
        "BO TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM",
        "TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc",
        "Số: 5Ï/TCT-TTKT Hà Nội, ngày C4 tháng 3 năm 2023",
        "",
        "v/v tăng cường công tác",
        "thanh tra, kiêm tra thuê",
        "năm 2023",
        "",
        "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.",
        "",
        "Tổng cục Thuế đề nghị các Cục Thuế tổ chức thực hiện một số công việc sau:",
      ].join("\n"),
      "586-2023-cv-tct.md",
    );
    expect(scan.meta.number).toBe("586/TCT-TTKT");
    expect(scan.meta.issuer).toBe("BO TÀI CHÍNH TONG CỤC THUÊ");
  });

  it("keeps the signature a scan ran into 'Nơi nhận' out of the recipients", () => {
    const scan = parseDocument(
      [
        "TỔNG CỤC THUẾ",
        "",
        "Số: 4800/TCT-TTr",
        "",
        "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.",
        "",
        "Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố nghiêm túc triển khai thực hiện.",
        "",
        "Noi nhận:ÿ . ; KT.TONG CUC TRUONG",
        "- Như trên; . PHO TONG CUC TRUONG",
        "- Lanh dao B6 Tai chinh (dé b/c);",
        "- Các Vụ: DNL, CC, KK, TTHT, KTNB, QLN;",
      ].join("\n"),
      "4800-2016-cv-tct.md",
    );
    expect(scan.meta.recipients.slice(1)).toEqual([
      "Như trên",
      "Lanh dao B6 Tai chinh (dé b/c)",
      "Các Vụ: DNL, CC, KK, TTHT, KTNB, QLN",
    ]);
  });

  it("reads a line with one stray stroke as text, not as a table ('8/ Thực hiện ý | kiến chỉ đạo …')", () => {
    const scan = parseDocument(
      "CÔNG VĂN\n\n7/ Tăng cường chỉ đạo đôn đốc số thu nộp vào NSNN.\n\n8/ Thực hiện ý | kiến chỉ đạo của Văn phòng thường trực Ban chỉ đạo 389 quốc gia.\n\n9/ Các đoàn thanh tra, kiểm tra phải ghi nhận đầy đủ biểu quan hệ ngân sách.\n",
      "4800-2016-cv-tct.md",
    );
    expect(scan.passages.map((p) => p.id.split("#")[1])).toEqual(["hd", "7", "8", "9"]);
  });
});
