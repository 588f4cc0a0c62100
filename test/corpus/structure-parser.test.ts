import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { parseStructure } from "../../src/corpus/structure-parser.ts";
import { corpusFile } from "../helpers.ts";

const EXPECTED: Record<string, string[]> = {
  "hy-kl-can-bo-tre-2024": [
    "hd",
    "md-d1",
    "1",
    "1-d2",
    "2",
    "2.1",
    "2.2",
    "2.2-y1",
    "2.2-y2",
    "2.2-y3",
    "2.2-y4",
    "2.3",
    "3.1",
    "3.2",
    "3.3",
    "nn",
    "ck",
  ],
  "kl-hnbch-14-nq17": [
    "hd",
    "md-d1",
    "md-d2",
    "md-d3",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "kt-d1",
    "kt-d2",
    "nn",
    "ck",
  ],
  "ls-tb-kl-btc-2024": [
    "hd",
    "md-d1",
    "md-d2",
    "md-d3",
    "md-d4",
    "1",
    "1-y1",
    "1-y2",
    "1-y3",
    "1-y4",
    "1-y5",
    "1-y6",
    "2",
    "2-y1",
    "2-y2",
    "2-y3",
    "2-y4",
    "2-y5",
    "3",
    "3.1",
    "3.2",
    "3.3",
    "3.3-d2",
    "3.3-d3",
    "3.3-d4",
    "3.4",
    "3.5",
    "nn",
    "ck",
  ],
  "btc-cv-cong-tac-can-bo": [
    "kg",
    "md-d1",
    "1-y1",
    "1-y2",
    "1-y3",
    "1-y4",
    "1-y5",
    "2-y1",
    "2-y2",
    "2-y3",
    "2-y4",
    "2-y5",
    "2-y6",
    "2-y7",
    "3-y1",
    "3-y2",
    "3-y3",
    "3-y4",
    "3-y5",
    "3-y6",
    "3-y7",
    "kt-d1",
    "nn",
    "ck",
  ],
};

describe("parseDocument on the four seed documents", () => {
  for (const [id, paths] of Object.entries(EXPECTED)) {
    it(`finds every passage of ${id}`, () => {
      const doc = parseDocument(corpusFile(id), `${id}.md`);
      expect(doc.passages.map((p) => p.path)).toEqual(paths);
      expect(doc.passages.every((p) => p.id === `${id}#${p.path}`)).toBe(true);
    });
  }

  it("labels sections as a reader cites them", () => {
    const doc = parseDocument(corpusFile("hy-kl-can-bo-tre-2024"), "a.md");
    const byPath = Object.fromEntries(doc.passages.map((p) => [p.path, p.section]));
    expect(byPath["2.2-y1"]).toBe("mục 2.2, ý 1");
    expect(byPath["1-d2"]).toBe("mục 1, đoạn 2");
    expect(byPath["md-d1"]).toBe("phần mở đầu, đoạn 1");
    expect(byPath["3.3"]).toBe("mục 3.3");
  });

  it("gives offsets that slice the passage out of the source", () => {
    const source = corpusFile("ls-tb-kl-btc-2024");
    for (const p of parseDocument(source, "a.md").passages) {
      const raw = source.slice(p.start, p.end).replace(/[*#\s-]/g, "");
      expect(raw).toContain(p.text.replace(/[*#\s-]/g, "").slice(0, 20));
    }
  });

  it("joins a sentence split by a page break into one passage", () => {
    const doc = parseDocument(corpusFile("kl-hnbch-14-nq17"), "a.md");
    expect(doc.passages.find((p) => p.path === "2")?.text).toContain("thuộc thẩm quyền, lĩnh vực phụ trách");
  });

  it("carries the heading path of a bullet", () => {
    const doc = parseDocument(corpusFile("btc-cv-cong-tac-can-bo"), "a.md");
    expect(doc.passages.find((p) => p.path === "2-y3")?.headings).toEqual([
      "2. Đối với cán bộ, công chức cấp xã",
    ]);
  });
});

describe("parseStructure", () => {
  it("handles roman numerals, letters and headings", () => {
    const body =
      "I. Phần một\n\n1. Việc một.\n\na) Điểm a.\n\n- Ý một.\n\n### **II. Phần hai**\n\n1. Việc khác.";
    const paths = parseStructure(body).passages.map((p) => [p.path, p.section]);
    expect(paths).toEqual([
      ["I.1", "phần I, mục 1"],
      ["I.1.a", "phần I, mục 1, điểm a"],
      ["I.1.a-y1", "phần I, mục 1, điểm a, ý 1"],
      ["II.1", "phần II, mục 1"],
    ]);
  });
});

describe("the preamble's grounds", () => {
  it("open the body even when the line does not end with punctuation (5129/QĐ-UBND)", () => {
    const doc = parseDocument(
      [
        "| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "|---|---|",
        "| Số: 5129/QĐ-UBND | TP. Hồ Chí Minh, ngày 26 tháng 11 năm 2008 |",
        "",
        "QUYẾT ĐỊNH",
        "",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
        "",
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; Căn cứ Nghị định số 93/2001/NĐ-CP ngày 12 tháng 12 năm 2001 của Chính phủ",
        "",
        "QUYẾT ĐỊNH:",
        "",
        "Điều 1. Nâng mức trợ cấp đối với người có công giúp đỡ cách mạng.",
      ].join("\n"),
      "5129-2008-qd-ubnd.md",
    );
    const grounds = doc.passages.find((p) => p.path === "md-d1");
    expect(grounds?.text).toMatch(/^Căn cứ Luật Tổ chức Hội đồng nhân dân/);
    expect(doc.passages.find((p) => p.path === "hd")?.text).not.toContain("Căn cứ");
    expect(doc.meta.number).toBe("5129/QĐ-UBND");
    expect(doc.meta.issuer).toMatch(/ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH/);
  });
});

describe("a paragraph opening with 'Căn cứ' or 'Đề nghị' inside a numbered part", () => {
  // A plan outside the dev corpus (Kế hoạch kèm Quyết định 3210/QĐ-UBND, TP. Hồ Chí Minh 2014), shortened.
  const body = [
    "1. Lập danh sách",
    "a) Phổ biến chính sách:",
    "Căn cứ Quyết định số 22/2013/QĐ-TTg, các thôn ấp, tổ dân phố tổ chức phổ biến nội dung chính sách.",
    "Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.",
    "b) Tiếp nhận hồ sơ.",
    "2. Tổ chức thực hiện",
    "Ủy ban nhân dân các quận, huyện triển khai Kế hoạch này.",
    "Đề nghị các tổ chức, cá nhân có liên quan thực hiện đúng Kế hoạch đề ra./.",
  ].join("\n\n");
  const paths = parseStructure(body).passages.map((p) => p.path);

  it("stays in its part while numbered parts follow", () => {
    expect(paths.filter((p) => p.startsWith("kt"))).toEqual(["kt-d1"]);
    expect(paths).toContain("1.a-d2");
  });
});

describe("a numbered title that joins party names with ';'", () => {
  // Chỉ thị 012/CT-UBND, Đắk Lắk 2025 (outside the dev corpus), shortened.
  const body = [
    "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường",
    "a) Thực hiện nghiêm việc cải cách TTHC, kiểm soát chặt chẽ bộ TTHC tại các ngành, lĩnh vực.",
  ].join("\n\n");

  it("keeps the whole title as its items' heading", () => {
    const [item] = parseStructure(body).passages;
    expect(item?.headings.at(-1)).toBe("1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường");
  });
});

describe("a task table whose second line of a task lost its merged cells", () => {
  // Quyết định 2820/QĐ-UBND, Thành phố Hồ Chí Minh 2025 (outside the dev corpus), appendix, shortened.
  const body = [
    "Phụ lục. NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH\n",
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành |",
    "|---|---|---|---|---|",
    "| 1 | Đào tạo, bồi dưỡng, tập huấn chuyên môn nghiệp vụ về dữ liệu quy hoạch. | Sở Khoa học và Công nghệ | Sở Nội vụ | Năm 2025-2030 |",
    "| | Quản lý, vận hành, kết nối và khai thác Hệ thống thông tin quy hoạch. | Sở Tài chính | | |",
    "| 2 | Học tập kinh nghiệm nước ngoài. | Sở Tài chính | | Năm 2026 |",
  ].join("\n");

  it("gives the uncounted line the helpers and the time of the numbered line above", () => {
    const rows = parseStructure(body).passages.map((p) => p.text);
    expect(rows[1]).toBe(
      "Nhiệm vụ: Quản lý, vận hành, kết nối và khai thác Hệ thống thông tin quy hoạch. | Cơ quan chủ trì: Sở Tài chính | Cơ quan phối hợp: Sở Nội vụ | Thời hạn hoàn thành: Năm 2025-2030",
    );
  });

  it("leaves a numbered row's blank cells blank", () => {
    const rows = parseStructure(body).passages.map((p) => p.text);
    expect(rows[2]).toBe(
      "Nhiệm vụ: Học tập kinh nghiệm nước ngoài. | Cơ quan chủ trì: Sở Tài chính | Thời hạn hoàn thành: Năm 2026",
    );
  });
});

describe("tasks numbered in brackets (Kết luận 07-KL/VPTW, 2025)", () => {
  const body = [
    "**2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027**",
    "Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:",
    "(1) Tích cực, chủ động, tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp.",
    "(2) Nâng cao chất lượng công tác thông tin phục vụ lãnh đạo.",
  ].join("\n\n");

  it("reads each '(n)' as an item of the point above, cited 'ý (n)'", () => {
    const items = parseStructure(body).passages.filter((p) => p.path !== "2");
    expect(items.map((p) => [p.path, p.section])).toEqual([
      ["2.y1", "mục 2, ý (1)"],
      ["2.y2", "mục 2, ý (2)"],
    ]);
  });

  it("keeps a note '(2) …' with no '(1)' before it as a paragraph", () => {
    const notes =
      "**1. Phần khai**\n\nGhi chú: (1) Cấp đề nghị.\n\n(2) Bộ Quốc phòng hoặc UBND cấp tỉnh.\n\n(3) Chức vụ người ký.";
    expect(parseStructure(notes).passages.map((p) => p.text)).toContain(
      "(2) Bộ Quốc phòng hoặc UBND cấp tỉnh.",
    );
  });
});

describe("a number alone on its line, its emphasis closed before the full stop (Kế hoạch 7360/KH-UBND, Lai Châu 2025)", () => {
  const text = [
    "**II. NỘI DUNG KẾ HOẠCH**",
    "",
    "**5.****",
    "**Tổ chức các nội dung hỗ trợ thi hành Luật",
    "",
    "- Cơ quan thực hiện: Các sở, ngành có liên quan.",
    "",
    "**6**.",
    "Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc",
    "gia",
    "",
    "Thời gian thực hiện sau khi Chiến lược tiêu chuẩn quốc gia được ban hành.",
  ].join("\n");

  it("opens item 6 with the line after it as its title", () => {
    const doc = parseDocument(text, "7360-2025-kh-ubnd-laichau.md");
    const six = doc.passages.find((p) => p.id.endsWith("#II.6"));
    expect(six?.headings.at(-1)).toContain("Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia");
    expect(doc.passages.map((p) => p.text)).not.toContain("6.");
  });
});

describe("a letter whose header lost its table (Công văn 10988/BNV-CQĐP, 2025)", () => {
  it("opens the letter after the addressees, not on the date line above them", () => {
    const doc = parseDocument(
      [
        "**BỘ NỘI VỤ**",
        "Số:10988/BNV-CQĐP",
        "|",
        "*Hà Nội, ngày",
        "21 tháng 11 năm 2025*",
        "|",
        "**Kính gửi:**",
        "- Ban Tuyên giáo và Dân vận Trung ương,",
        "- Bộ Văn hóa, Thể thao và Du lịch.",
        "|",
        "Thời gian gần đây, trên các trang mạng xã hội xuất hiện thông tin sai lệch. Bộ Nội vụ trân trọng đề nghị",
        "Ban Tuyên giáo và Dân vận Trung ương chỉ đạo các cơ quan báo chí định hướng thông tin đúng.",
      ].join("\n"),
      "10988-2025-cv-bnv.md",
    );
    const opening = doc.passages.find((p) => p.text.includes("Thời gian gần đây"));
    expect(opening?.text.startsWith("Thời gian gần đây")).toBe(true);
  });
});

describe("a letter's first sentence right under its addressee (Công văn 6316/BVHTTDL-VP, 2025)", () => {
  it("opens the letter at 'Thực hiện …' though no blank line parts it from the 'Kính gửi' line", () => {
    const doc = parseDocument(
      [
        "**Kính gửi:** Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc",
        "Bộ",
        "Thực hiện ý kiến chỉ đạo của",
        "Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương lần thứ 13, Bộ trưởng giao:",
        "**1. Thủ",
        "trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ**",
        "- Ứng dụng mạnh mẽ khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số.",
      ].join("\n"),
      "6316-2025-cv-bvhttdl.md",
    );
    expect(doc.passages.find((p) => p.path === "kg")?.text).toBe(
      "Kính gửi: Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ",
    );
    expect(doc.passages.find((p) => p.text.startsWith("Thực hiện ý kiến"))?.path).toBe("md-d1");
  });
});

describe("a bold title over two lines with its text on the next line (Công văn 171/CV-BCĐ, 2025)", () => {
  const text = [
    "**Kính gửi:** Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
    "**3. Về cơ sở vật chất, trụ sở và",
    "tài sản công**",
    "Tiếp tục rà soát, thống kê, sắp xếp, bố trí, xử lý",
    "trụ sở, tài sản công của các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý.",
    "**4. Về trang thiết bị, phương tiện",
    "làm việc và hạ tầng công nghệ thông tin**",
    "Khắc phục triệt để tình trạng thiếu trang thiết bị, phương tiện làm việc.",
  ].join("\n");

  it("reads a chapter whose bold title is cut by its line break ('**Chương\\nIII**', Quyết định 26/2025/QĐ-UBND)", () => {
    const rule = [
      "**Điều 13. Nội dung các cơ quan, đơn vị khác có trách nhiệm chủ trì**",
      "",
      "2. Giải quyết các vấn đề cụ thể thuộc chức năng, nhiệm vụ được giao.",
      "",
      "**Chương",
      "III**",
      "",
      "**TỔ CHỨC THỰC HIỆN**",
      "",
      "**Điều 14. Trách nhiệm của Sở Dân tộc và Tôn giáo**",
      "",
      "Sở Dân tộc và Tôn giáo là cơ quan thường trực trong thực hiện Quy chế này.",
    ].join("\n");
    const doc = parseDocument(rule, "26-2025-qd-ubnd-thainguyen.md");
    expect(doc.passages.map((p) => p.text)).not.toContain("Chương III TỔ CHỨC THỰC HIỆN");
    expect(doc.passages.some((p) => /Chương III/u.test(p.text))).toBe(false);
  });

  it("reads the title as the item's heading and the line after it as its text", () => {
    const doc = parseDocument(text, "171-2025-cv-bcd.md");
    const item = doc.passages.find((p) => p.path === "4");
    expect(item?.headings.at(-1)).toBe(
      "4. Về trang thiết bị, phương tiện làm việc và hạ tầng công nghệ thông tin",
    );
    expect(item?.text).toBe("Khắc phục triệt để tình trạng thiếu trang thiết bị, phương tiện làm việc.");
  });
});

describe("a number whose bold is closed and opened again before its full stop ('**1****. **', Nghị quyết 71-NQ/TW)", () => {
  it("reads each item as its own numbered item", () => {
    const text = [
      "**IV- TỔ CHỨC THỰC HIỆN**",
      "",
      "**1****. **Đảng ủy Quốc hội lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật.",
      "",
      "**2. **Đảng ủy Chính phủ lãnh đạo, chỉ đạo xây dựng Chương trình hành động.",
      "",
      "**3****. **Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo xây dựng chương trình.",
    ].join("\n");
    const doc = parseDocument(text, "nq.md");
    expect(doc.passages.map((p) => [p.path, p.text.slice(0, 16)])).toEqual([
      ["IV.1", "Đảng ủy Quốc hội"],
      ["IV.2", "Đảng ủy Chính ph"],
      ["IV.3", "Đảng ủy Mặt trận"],
    ]);
  });
});

describe("a closing that sums the text up ('Trên đây là Chỉ thị …', Chỉ thị 09/CT-UBND, Cần Thơ 2025)", () => {
  it("is the closing, not a paragraph of the last item", () => {
    const text = [
      "**12. Các tổ chức, cá nhân khai thác nước dưới đất có trách nhiệm**",
      "",
      "d) Khuyến khích tổ chức, cá nhân áp dụng tiêu chuẩn, ứng dụng khoa học.",
      "",
      "Trên đây là Chỉ thị về tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất, yêu cầu Giám đốc sở có trách nhiệm tổ chức triển khai thực hiện nghiêm túc Chỉ thị này./.",
    ].join("\n");
    const doc = parseDocument(text, "09-2025-ct-ubnd-cantho.md");
    expect(doc.passages.map((p) => p.path)).toEqual(["12.d", "kt-d1"]);
  });
});

describe("an article title wrapped inside its bold run (Quyết định 211/2025/QĐ-UBND, Hải Phòng 2025)", () => {
  const text = `**Chương IV**

**TỔ CHỨC THỰC HIỆN**

**Điều 17. Trách nhiệm của Sở
Nông nghiệp và Môi trường**

Phối hợp thực hiện và chỉ đạo cơ quan đăng ký đất
đai cung cấp thông tin ngăn chặn đến Sở Tư pháp để cập nhật vào Cơ sở dữ liệu.

**Điều 18. Trách nhiệm thi hành**
Sở Tư pháp chủ trì tổ chức thực hiện Quy chế này.
`;
  const doc = parseDocument(text, "211-2025-qd-ubnd-haiphong.md");

  it("keeps the title's second line in the title, not in the article's text", () => {
    const article = doc.passages.find((p) => p.path.endsWith("dieu17"));
    expect(article?.headings.at(-1)).toBe("Điều 17. Trách nhiệm của Sở Nông nghiệp và Môi trường");
    expect(article?.text.startsWith("Phối hợp thực hiện")).toBe(true);
  });

  it("still ends a closed title at the line after it", () => {
    const article = doc.passages.find((p) => p.path.endsWith("dieu18"));
    expect(article?.text).toBe("Sở Tư pháp chủ trì tổ chức thực hiện Quy chế này.");
  });
});

describe("a telegram's address formula (Công điện 96/CĐ-BXD, 2025)", () => {
  const text = `**BỘ XÂY DỰNG**

Số: 96/CĐ-BXD

*Hà Nội, ngày 22 tháng 11 năm 2025*

**CÔNG ĐIỆN**
VỀ VIỆC TẬP TRUNG
ỨNG PHÓ VÀ KỊP THỜI KHẮC PHỤC HẬU QUẢ MƯA LŨ ĐẶC BIỆT LỚN TẠI KHU VỰC TRUNG BỘ
**BỘ XÂY DỰNG điện:**
- Tổng Công ty Đường sắt Việt Nam;
- Ban Quản lý Dự án 85;
- Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng.
Triển khai chỉ đạo của Thủ tướng Chính phủ, Bộ Xây dựng yêu cầu các cơ quan, đơn vị:
1. Quán triệt, tổ chức thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ.
`;
  const doc = parseDocument(text, "96-2025-cd-bxd.md");

  it("reads 'BỘ XÂY DỰNG điện:' and its list as the addressees, apart from the title", () => {
    const address = doc.passages.find((p) => p.path === "kg");
    expect(address?.text).toContain("Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng");
    expect(doc.passages.find((p) => p.path === "hd")?.text).not.toContain("Ban Quản lý Dự án 85");
    expect(doc.meta.recipients).toContain("Ban Quản lý Dự án 85");
  });
});

describe("a title in capitals run into the opening sentence (Kế hoạch 980/KH-UBND, Nghệ An 2025)", () => {
  const text = `**ỦY BAN NHÂN DÂN**
TỈNH NGHỆ AN

Số: 980/KH-UBND

*Nghệ An, ngày 18 tháng 11 năm 2025*

**KẾ HOẠCH**
THỰC
HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH
KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT
PHÒNG THỦ DÂN SỰ
Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025
của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định số
200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ.
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
`;
  const doc = parseDocument(text, "980-2025-kh-ubnd-nghean.md");

  it("ends the title where the line in ordinary case opens", () => {
    expect(doc.meta.title).toContain("LUẬT PHÒNG THỦ DÂN SỰ");
    const opening = doc.passages.find((p) => p.path === "md-d1");
    expect(opening?.text.startsWith("Thực hiện Quyết định số 1899/QĐ-TTg")).toBe(true);
  });
});

describe("a division word wrapped away from its number (Quyết định 165/2025/QĐ-UBND, Ninh Bình 2025)", () => {
  const text = `**ỦY BAN NHÂN DÂN TỈNH NINH BÌNH**

Số: 165/2025/QĐ-UBND

**QUYẾT ĐỊNH**

**Điều 1. **Ban hành kèm theo Quyết định này Quy chế.

**QUY CHẾ**

*(Ban hành kèm theo Quyết định số 165/2025/QĐ-UBND)*

**Chương
I**

**QUY ĐỊNH CHUNG**

**Điều
1. Phạm vi điều chỉnh**

1. Quy chế này quy định việc
quản lý, sử dụng Chứng thư chữ ký số chuyên dùng công vụ.

**Chương
III**

**TỔ CHỨC THỰC HIỆN**

**Điều
16. Trách nhiệm của Sở Khoa học và Công nghệ**

1. Sở Khoa học và Công nghệ
là cơ quan chuyên môn được UBND tỉnh giao chủ trì tham mưu.

2. Chủ trì, hướng dẫn các cơ
quan, tổ chức triển khai thực hiện Quy chế này.
`;
  const doc = parseDocument(text, "165-2025-qd-ubnd-ninhbinh.md");

  it("joins 'Điều' to its number and title on the next line", () => {
    const item = doc.passages.find((p) => p.text.startsWith("Chủ trì, hướng dẫn"));
    expect(item?.path).toMatch(/dieu16\.2$/);
    expect(item?.headings.join(" | ")).toContain("Trách nhiệm của Sở Khoa học và Công nghệ");
    expect(doc.passages.some((p) => p.text === "Điều")).toBe(false);
  });
});

describe("a point's letter alone on its line (Quyết định 96/2025/QĐ-UBND, Quảng Ninh)", () => {
  // Hard-wrapped at 80 columns, each item's number and each point's letter on a line of its own.
  const text = [
    "**Điều 7. Tổ chức lực lượng phòng cháy, chữa cháy rừng các",
    "cấp**",
    "",
    "1.",
    "Lực lượng phòng cháy, chữa cháy rừng cấp tỉnh",
    "",
    "a)",
    "Chi cục Kiểm lâm (Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng); Lực",
    "lượng Công an tỉnh tham gia chữa cháy rừng.",
    "",
    "b)",
    "Trong trường hợp cháy rừng vượt quá khả năng kiểm soát của tỉnh, Giám đốc Sở",
    "Nông nghiệp và Môi trường báo cáo Trưởng Ban chỉ huy cấp tỉnh.",
  ].join("\n");

  it("opens the point with the lines after it, and the next letter opens the next point", () => {
    const doc = parseDocument(text, "96-2025-qd-ubnd-quangninh.md");
    const byPath = new Map(doc.passages.map((p) => [p.path, p.text]));
    expect(byPath.get("dieu7.1.a")).toMatch(/^Chi cục Kiểm lâm .* tham gia chữa cháy rừng\.$/u);
    expect(byPath.get("dieu7.1.b")).toMatch(/^Trong trường hợp cháy rừng/u);
    expect(doc.passages.some((p) => p.text.includes(" b) "))).toBe(false);
  });
});

describe("a name's hyphen wrapped onto the next line (Kế hoạch 157/KH-UBND, Cần Thơ 2025)", () => {
  const text = `b) Tổ chức tuyên truyền, vận
động người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội trước, trong và sau
thời gian phát động: Chỉ đạo phòng, ban chuyên môn, phối hợp tổ chức chính trị
- xã hội tại địa phương thực hiện công tác tuyên truyền, vận động.

c) Tổng hợp nhu cầu mở tài khoản.

- Rà soát danh sách đối tượng.`;

  it("reads '- xã hội …' after a line broken mid-name as the sentence going on, not a bullet", () => {
    const { passages } = parseStructure(text);
    expect(passages.filter((p) => p.text.startsWith("xã hội"))).toEqual([]);
    expect(passages[0]?.text).toContain("tổ chức chính trị - xã hội tại địa phương");
    // A dash after a finished sentence still opens a bullet.
    expect(passages.at(-1)?.text).toBe("Rà soát danh sách đối tượng.");
  });
});

describe("an article's first line ending on a word that leads into the next (Nghị quyết 105/NQ-CP, Công báo 2026)", () => {
  it("reads the wrapped line as the rest of the article's sentence, not as its text after a title", () => {
    const resolution = parseDocument(
      [
        "NGHỊ QUYẾT",
        "",
        "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của ",
        "Chính phủ thực hiện Kết luận số 210-KL/TW ngày 12 tháng 11 năm 2025 của Ban Chấp hành Trung ương Đảng.",
        "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.",
      ].join("\n"),
      "105-2026-nq-cp.md",
    );
    expect(resolution.passages.find((p) => p.path === "dieu1")?.text).toMatch(
      /^Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện/u,
    );
  });
});

describe("sub-points of a point (Nghị định 230/2025/NĐ-CP, Thông tư 62/2019/TT-BTC)", () => {
  it("reads 'a1)' and 'a.1)' under 'a)' as passages of their own, cited 'điểm a.1', and 'b)' after them as a point", () => {
    const text = [
      "Điều 5. Miễn, giảm tiền thuê đất",
      "3. Việc miễn, giảm tiền thuê đất được thực hiện như sau:",
      "a) Trường hợp người thuê đất là tổ chức thì xác định số tiền thuê đất được miễn, giảm như sau:",
      "a1) Trường hợp tỷ lệ (%) thiệt hại dưới 40%, được xét giảm tiền thuê đất.",
      "a2) Người sử dụng đất phải nộp hồ sơ giảm tiền thuê đất theo pháp luật về quản lý thuế.",
      "b) Trường hợp người thuê đất là hộ gia đình, cá nhân thì thực hiện như sau:",
      "b.1) Người sử dụng đất phải nộp Hồ sơ giảm tiền thuê đất cho cơ quan thuế.",
    ].join("\n");
    const passages = parseStructure(text).passages.map((p) => [p.path, p.section]);
    expect(passages).toContainEqual(["dieu5.3.a.1", "Điều 5, khoản 3, điểm a.1"]);
    expect(passages).toContainEqual(["dieu5.3.a.2", "Điều 5, khoản 3, điểm a.2"]);
    expect(passages).toContainEqual(["dieu5.3.b", "Điều 5, khoản 3, điểm b"]);
    expect(passages).toContainEqual(["dieu5.3.b.1", "Điều 5, khoản 3, điểm b.1"]);
  });
});

describe("a range of years wrapped at its dash (Nghị quyết 61/2022/QH15)", () => {
  it("keeps '- 2030 …' on the line after '… thời kỳ 2021' in the sentence, not a bullet of its own", () => {
    const text = `Điều 2. Nhiệm vụ, giải pháp chủ yếu
1. Cho phép Chính phủ được thực hiện ngay các giải pháp sau:
c) Lập đồng thời các quy hoạch theo quy định của Luật Quy hoạch.
Việc điều chỉnh quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh thời kỳ 2021
- 2030 trong trường hợp có mâu thuẫn được thực hiện như sau:
- Cơ quan tổ chức lập quy hoạch rà soát nội dung mâu thuẫn cần điều chỉnh;
`;
    const texts = parseDocument(text, "61-2022-nq-qh15.md").passages.map((p) => p.text);
    expect(texts).toContain(
      "Việc điều chỉnh quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh thời kỳ 2021 - 2030 trong trường hợp có mâu thuẫn được thực hiện như sau:",
    );
    expect(texts.some((t) => t.startsWith("2030"))).toBe(false);
  });
});
