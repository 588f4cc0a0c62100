import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mendSpacedLetters } from "../../src/corpus/metadata-extractor.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractReferences, isoDate } from "../../src/corpus/reference-extractor.ts";
import { bodyOf, ROOT } from "../helpers.ts";
import { COUNCIL_RESOLUTION, GOVERNMENT_PROGRAMME } from "../outside-excerpts.ts";

const DEV_DOCS = path.join(ROOT, "..", "shared", "dev-corpus", "docs");

describe("metadata read from the text when front matter is missing", () => {
  it("dates a law by the day it was passed and reads 'BỘ LUẬT' and 'HIẾN PHÁP' as kinds (ALQAC laws)", () => {
    const law = (kind: string, name: string, closing: string) =>
      parseDocument(
        `QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n${kind}\n\n${name}\n\nĐiều 1. Phạm vi điều chỉnh\n\nLuật này quy định về thanh niên.\n\n${closing}\n`,
        "law.md",
      ).meta;
    const youth = law(
      "LUẬT",
      "THANH NIÊN",
      "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 9 thông qua ngày 16 tháng 6 năm 2020.",
    );
    expect([youth.kind, youth.title, youth.issuedDate]).toEqual(["Luật", "LUẬT THANH NIÊN", "2020-06-16"]);
    const civil = law(
      "BỘ LUẬT",
      "DÂN SỰ",
      "Bộ luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 10 thông qua ngày 24 tháng 11 năm 2015./.",
    );
    expect([civil.kind, civil.title, civil.issuedDate]).toEqual(["Bộ luật", "BỘ LUẬT DÂN SỰ", "2015-11-24"]);
    expect(law("HIẾN PHÁP", "", "").kind).toBe("Hiến pháp");
  });

  it("reads kind, province, place-date and signer of the Lạng Sơn notice", () => {
    const { meta } = parseDocument(bodyOf("ls-tb-kl-btc-2024"), "003 thông báo.txt");
    expect(meta.id).toBe("003-thong-bao");
    expect(meta.kind).toBe("Thông báo kết luận");
    expect(meta.province).toBe("Lạng Sơn");
    expect(meta.issuedDate).toBe("2024-06");
    expect(meta.meetingDate).toBe("2024-06-06");
    // "Số -TB/VPTU": the number is left blank to fill in by hand; its sign is kept, as the corpus front matter has it.
    expect(meta.number).toBe("-TB/VPTU");
    expect(meta.signer).toBe("Đinh Đức Chính");
    expect(meta.recipients).toContain("Ban Tổ chức Tỉnh uỷ");
  });

  it("reads the title and meeting date of the Hưng Yên conclusion", () => {
    const { meta } = parseDocument(bodyOf("hy-kl-can-bo-tre-2024"), "001.txt");
    expect(meta.kind).toBe("Kết luận");
    expect(meta.title).toMatch(
      /^KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY Về tiếp tục thực hiện Nghị quyết số 20-NQ\/TU/,
    );
    expect(meta.meetingDate).toBe("2024-08-01");
    expect(meta.province).toBe("Hưng Yên");
    expect(meta.signer).toBe("Nguyễn Hữu Nghĩa");
  });

  it("finds the province of a commune's or a city's text in its opening when its issuer's name does not hold it", () => {
    const local = (issuer: string) =>
      parseDocument(
        `${issuer}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\n\nTriển khai công tác người có công năm 2025\n\nThực hiện chỉ đạo của Ủy ban nhân dân huyện, toàn tỉnh Tuyên Quang rà soát hồ sơ người có công.\n\n1. Công chức văn hóa - xã hội rà soát hồ sơ trước ngày 30/6/2025.\n`,
        "ke-hoach.md",
      ).meta.province;
    // "XÃ" and "THÀNH PHỐ" end in a letter that \\b does not see as a word's end: they were taken for a ministry.
    expect(local("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ")).toBe("Tuyên Quang");
    expect(local("ỦY BAN NHÂN DÂN THÀNH PHỐ TAM KỲ")).toBe("Tuyên Quang");
    expect(local("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")).toBe("");
  });

  it("takes no cited document's date for a meeting's (2638-2019-cv-ltbxh-khtc: 'Chỉ thị số 16/CT-TTg ngày 25/6/2019')", () => {
    const meetingOf = (opening: string) =>
      parseDocument(
        `BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nSố: 2638/LĐTBXH-KHTC\n\nHà Nội, ngày 03 tháng 7 năm 2019\n\nV/v hướng dẫn xây dựng dự toán năm 2020\n\nKính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh\n\n${opening}\n\n1. Sở Lao động - Thương binh và Xã hội gửi báo cáo về Bộ.\n`,
        "cv.md",
      ).meta.meetingDate;
    expect(
      meetingOf(
        "Thực hiện Chỉ thị số 16/CT-TTg ngày 25/6/2019 của Thủ tướng Chính phủ, Bộ hướng dẫn như sau:",
      ),
    ).toBe("");
    expect(
      meetingOf("Thực hiện Nghị quyết 17-NQ/TU, ngày 02/3/2024 của Tỉnh ủy, Bộ hướng dẫn như sau:"),
    ).toBe("");
    expect(
      meetingOf("Thực hiện kết luận tại cuộc họp ngày 25/6/2019 với các Sở, Bộ hướng dẫn như sau:"),
    ).toBe("2019-06-25");
  });

  it("leaves unknown fields empty instead of guessing", () => {
    const { meta } = parseDocument(bodyOf("kl-hnbch-14-nq17"), "002.txt");
    expect(meta.province).toBe("");
    expect(meta.issuedDate).toBe("");
    expect(meta.meetingDate).toBe("");
    expect(meta.signer).toBe("Hoàng Duy Chinh");
  });

  it("reads a Party plan typed without blank lines in its header and signed 'T/M' without a period", () => {
    // The layout of a provincial Party committee's plan; no document of the dev corpus is written this way.
    const plan = [
      "ĐẢNG BỘ TỈNH TUYÊN QUANG\nTỈNH ỦY\nSố 15-KH/TU",
      "ĐẢNG CỘNG SẢN VIỆT NAM\nTuyên Quang, ngày 05 tháng 3 năm 2024",
      "KẾ HOẠCH\nthực hiện Kết luận số 14-KL/TW",
      "I- MỤC ĐÍCH, YÊU CẦU",
      "1- Các huyện ủy, thành ủy tổ chức quán triệt Kết luận, hoàn thành trước ngày 31/12/2024.",
      "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC",
      "Lê Thị Kim Dung",
    ].join("\n\n");
    const doc = parseDocument(plan, "kh-15.md");
    expect(doc.meta).toMatchObject({
      kind: "Kế hoạch",
      number: "15-KH/TU",
      issuer: "Tỉnh ủy Tuyên Quang",
      issuedDate: "2024-03-05",
      signer: "Lê Thị Kim Dung",
    });
    expect(doc.passages.map((p) => p.path)).toEqual(["hd", "I.1", "ck"]);
  });

  it("reads the body a letter with no header signs for, without the signer's office (6356/UBND-NNMT Hà Nội, 2025)", () => {
    const letter = [
      "|\n**Kính gửi:**\n|\n- Công an Thành phố;\n- UBND các phường, xã;\n|",
      "Thực hiện Quyết định số 12/QĐ-UBND, UBND Thành phố yêu cầu các đơn vị triển khai thực hiện ngay.",
      "*Nơi nhận:*\n- Như trên;\n- Lưu: VT, NMMT D.V. Tịnh.\n|\n**TM. ỦY BAN\nNHÂN DÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Nguyễn Mạnh Quyền**\n|",
    ].join("\n\n");
    const { meta } = parseDocument(letter, "6356-2025-cv-ubnd-hanoi.md");
    expect(meta.issuer).toBe("ỦY BAN NHÂN DÂN");
    expect(meta.signer).toBe("Nguyễn Mạnh Quyền");
  });

  it("reads a Prime Minister's Công điện: its kind, number and issuer (234/CĐ-TTg, 30/11/2025)", () => {
    const { meta } = parseDocument(
      [
        "|",
        "**THỦ",
        "TƯỚNG CHÍNH PHỦ**",
        "-------",
        "|",
        "**CỘNG",
        "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
        "Độc lập - Tự do - Hạnh phúc",
        "|",
        "Số: 234/CĐ-TTg",
        "|",
        "*Hà Nội, ngày 30",
        "tháng 11 năm 2025*",
        "|",
        "**CÔNG ĐIỆN**",
        "V/V PHÁT ĐỘNG, TRIỂN KHAI ”CHIẾN DỊCH QUANG TRUNG” THẦN TỐC",
        "**THỦ TƯỚNG CHÍNH PHỦ điện:**",
        "|",
        "- Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị;",
        "- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ.",
        "|",
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ chức xây dựng kế hoạch cụ thể.",
      ].join("\n"),
      "234-2025-cd-ttg.md",
    );
    expect([meta.kind, meta.number, meta.issuer, meta.issuedDate]).toEqual([
      "Công điện",
      "234/CĐ-TTg",
      "THỦ TƯỚNG CHÍNH PHỦ",
      "2025-11-30",
    ]);
    expect(extractReferences("theo Công điện số 234/CĐ-TTg ngày 30/11/2025")[0]?.kind).toBe("Công điện");
  });

  it("treats a letter with an address block as a Công văn", () => {
    const { meta } = parseDocument(bodyOf("btc-cv-cong-tac-can-bo"), "004.txt");
    expect(meta.kind).toBe("Công văn");
    expect(meta.recipients[0]).toBe("Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy");
  });
});

/** The metadata the parser reads from a real document of the dev corpus. */
const devMeta = (id: string) =>
  parseDocument(readFileSync(path.join(DEV_DOCS, `${id}.md`), "utf8"), `${id}.md`).meta;

describe("real headers and signatures damaged by conversion", () => {
  it("joins capital words split before an accented vowel (2638-2019-cv-ltbxh-khtc)", () => {
    expect(mendSpacedLetters("B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI")).toBe(
      "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    );
    expect(mendSpacedLetters("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG")).toBe("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG");
    expect(devMeta("2638-2019-cv-ltbxh-khtc").issuer).toBe("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  });

  it("completes an issuer cut short in the header by the enacting line under the title (494-2012-nq-ubtvqh13)", () => {
    expect(devMeta("494-2012-nq-ubtvqh13").issuer).toBe("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
  });

  it("reads the signer of a name marked '(Đã ký)' without its office title (04-2001-tt-bxd)", () => {
    expect(devMeta("04-2001-tt-bxd").signer).toBe("Nguyễn Mạnh Kiểm");
  });

  it("reads the office above a name in any words, not only the listed formulas (40-2011, 75-2021, 4804-2024)", () => {
    expect(devMeta("40-2011-qd-ttg")).toMatchObject({ signer: "Nguyễn Tấn Dũng", signerTitle: "THỦ TƯỚNG" });
    expect(devMeta("75-2021-n-cp").signerTitle).toBe("TM. CHÍNH PHỦ THỦ TƯỚNG");
    expect(devMeta("4804-2024-vbhn-bltbxh").signerTitle).toBe(
      "XÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG",
    );
  });

  it("reads both signers of a joint circular, in order (47-2009-ttlt-btc-bltbxh)", () => {
    expect(devMeta("47-2009-ttlt-btc-bltbxh")).toMatchObject({
      signer: "Bùi Hồng Lĩnh; Phạm Sỹ Danh",
      signerTitle:
        "KT. BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THỨ TRƯỞNG; KT. BỘ TRƯỞNG BỘ TÀI CHÍNH THỨ TRƯỞNG",
    });
  });
});

describe("a copy that lost its header (Hướng dẫn 40-HD/BTGDVTW, 2025)", () => {
  const body = [
    "**HƯỚNG DẪN**",
    "",
    "**XÂY DỰNG, KIỆN",
    "TOÀN ĐỘI NGŨ BÁO CÁO VIÊN CÁC CẤP**",
    "",
    "1. Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy tham mưu kiện toàn đội ngũ báo cáo viên.",
    "",
    "**PHỤ LỤC**",
    "",
    "*(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và",
    "Dân vận Trung ương)*",
  ];

  it("reads its number, day and issuer from the caption of its own appendix", () => {
    const { meta } = parseDocument(body.join("\n"), "40-2025-hd-btgdvtw.md");
    expect(meta.number).toBe("40-HD/BTGDVTW");
    expect(meta.issuedDate).toBe("2025-11-27");
    expect(meta.issuer).toBe("Ban Tuyên giáo và Dân vận Trung ương");
  });

  it("does not take them from a caption naming another kind (the decision that issued a plan)", () => {
    const plan = body.join("\n").replace("Kèm theo Hướng dẫn", "Kèm theo Quyết định");
    // Saved under a name that gives no number either ("40-2025-hd-….md" would give "40").
    expect(parseDocument(plan, "huong-dan-bao-cao-vien.md").meta.number).toBe("");
  });
});

describe("references", () => {
  it("finds typed and bare references with their dates", () => {
    const refs = extractReferences(
      "Nghị quyết số 20-NQ/TU ngày 08/02/2022, số 32-NQ/TU ngày 26/10/2022; Nghị định số 33/2023/NĐ-CP ngày 10/6/2023; Chương trình số 37-CTr/TU",
    );
    expect(refs.map((r) => [r.kind, r.number, r.date])).toEqual([
      ["Nghị quyết", "20-NQ/TU", "2022-02-08"],
      ["Nghị quyết", "32-NQ/TU", "2022-10-26"],
      ["Nghị định", "33/2023/NĐ-CP", "2023-06-10"],
      ["Chương trình", "37-CTr/TU", ""],
    ]);
  });
  it("converts long-form dates", () => {
    expect(isoDate("ngày 12 tháng 8 năm 2021")).toBe("2021-08-12");
  });
});

describe("metadata of letters laid out in other ways (outside the dev corpus)", () => {
  it("takes a letter's 'Về …' line as its subject, never its place and date", () => {
    const letter = [
      "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
      "",
      "**SỞ GIÁO DỤC VÀ ĐÀO TẠO**",
      "",
      "Số: 5155/SGDĐT-GDTXNNĐH",
      "",
      "*Về hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng*",
      "",
      "*Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025*",
      "",
      "**Kính gửi:** Ủy ban nhân dân phường, xã và đặc khu",
      "",
      "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019, Sở Giáo dục và Đào tạo hướng dẫn như sau.",
    ].join("\n");
    const meta = parseDocument(letter, "5155-2025-cv-sgddt-ho-chi-minh.md").meta;
    expect(meta.title).toBe("V/v hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng");
    expect(meta.kind).toBe("Công văn");
    expect(meta.issuedDate).toBe("2025-11-28");
  });

  it("reads the property list a legal-document site prints above the text", () => {
    const copied = [
      "Số hiệu: 6225/BVHTTDL-VP",
      "",
      "Loại văn bản: Công văn",
      "",
      "Nơi ban hành: Bộ Văn hoá, Thể thao và du lịch",
      "",
      "Người ký: Nguyễn Văn Hùng",
      "",
      "Ngày ban hành: 18/11/2025",
      "",
      "Kính gửi:",
      "",
      "- Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch.",
      "",
      "Thủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg ngày 06/11/2025 về đẩy mạnh việc thực hiện các nhiệm vụ.",
    ].join("\n");
    const meta = parseDocument(copied, "6225-2025-cv-bvhttdl.md").meta;
    expect(meta).toMatchObject({
      number: "6225/BVHTTDL-VP",
      kind: "Công văn",
      issuer: "Bộ Văn hoá, Thể thao và du lịch",
      signer: "Nguyễn Văn Hùng",
      issuedDate: "2025-11-18",
    });
    expect(meta.title).toContain("Thủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg");
  });
});

describe("a Markdown header whose two columns a converter joined on one line (Nghị quyết 03/NQ-CP, 2025)", () => {
  const TEXT = GOVERNMENT_PROGRAMME;

  it("names the issuer without the national motto, and the signer's office without the stamp note", () => {
    const { meta } = parseDocument(TEXT, "03-nq-cp-2025.md");
    expect(meta.issuer).toBe("CHÍNH PHỦ");
    expect(meta.number).toBe("03/NQ-CP");
    expect(meta.signer).toBe("Nguyễn Hòa Bình");
    expect(meta.signerTitle).toBe("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG");
  });
});

describe("a council's resolution converted from a PDF, its lines wrapped and its tables left as tags (Bà Rịa-Vũng Tàu 2017)", () => {
  const TEXT = COUNCIL_RESOLUTION;

  it("ends the title at the enacting council's line, names that council, and dates it by its passing clause", () => {
    const { meta } = parseDocument(TEXT, "26-nq-hdnd-2017.md");
    expect(meta.title).toBe(
      "NGHỊ QUYẾT VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM-HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU KHÓA VI, NHIỆM KỲ 2016-2021",
    );
    expect(meta.issuer).toBe("HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU");
    expect(meta.issuedDate).toBe("2017-07-13");
  });

  it("keeps no passage of the crawler's empty table tags", () => {
    const { passages } = parseDocument(TEXT, "26-nq-hdnd-2017.md");
    expect(passages.some((p) => p.text.includes("jsontable"))).toBe(false);
  });
});

/**
 * Texts a crawler saved from thuvienphapluat.vn, one line per paragraph: the rule under the issuer kept on its line
 * ("BỘ Y TẾ --------"), the title joined to the date's line. Công văn 627/BYT-BH (2021) and Quyết định 1666/QĐ-BHXH
 * (2020), outside the dev corpus.
 */
const CRAWLED_LETTER = `BỘ Y TẾ --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------------
Số: 627/BYT-BH V/v hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT
Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:
- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;
- Các Bệnh viện, Viện có giường bệnh trực thuộc Bộ Y tế;
- Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành.
(Sau đây gọi chung là các đơn vị) Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 đã được sửa đổi, bổ sung một số điều theo Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014 (sau đây gọi là Luật BHYT), trong đó có nội dung từ ngày 01 tháng 01 năm 2021 người tham gia BHYT tự đi khám bệnh, chữa bệnh (KCB) không đúng tuyến tại các bệnh viện tuyến tỉnh trong phạm vi cả nước được quỹ BHYT chi trả các chi phí điều trị nội trú theo phạm vi quyền lợi và mức hưởng BHYT như đi KCB đúng tuyến, sau khi thống nhất với Bảo hiểm xã hội (BHXH) Việt Nam, Bộ Y tế hướng dẫn thực hiện một số nội dung liên quan đến quy định tại Điều 22 như sau:
1. Thanh toán chi phí KCB đối với trường hợp tự đi KCB không đúng tuyến tại các bệnh viện tuyến huyện, tuyến tỉnh và bệnh viện tuyến trung ương, sau đó được chỉ định vào điều trị nội trú:
Nơi nhận:
- Như trên;
- Bộ trưởng (để báo cáo);
- BHXH Việt Nam (để phối hợp);
- Cục Quản lý KCB, Cục Quản lý YDCT, Vụ KHTC, Vụ PC;
- Lưu: VT, BH.
KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trường Sơn
`;
const CRAWLED_DECISION = `BẢO HIỂM XÃ HỘI VIỆT NAM ---------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số:
1666/QĐ-BHXH
Hà Nội, ngày 03 tháng 12 năm 2020 QUYẾT ĐỊNH BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM
Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008 được sửa đổi, bổ sung một số điều theo Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014;
Điều 1. Ban hành mẫu thẻ bảo hiểm y tế (BHYT) sử dụng thống nhất trong phạm vi cả nước.
`;

describe("metadata of crawled one-line-per-paragraph texts", () => {
  it("reads a letter's issuer without its rule, its kind from its subject line, its date and signer", () => {
    const { meta } = parseDocument(CRAWLED_LETTER, "627-2021-cv-byt.md");
    expect(meta).toMatchObject({
      kind: "Công văn",
      number: "627/BYT-BH",
      issuer: "BỘ Y TẾ",
      issuedDate: "2021-01-27",
      signer: "Nguyễn Trường Sơn",
    });
    expect(meta.title).toBe("V/v hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT");
  });

  it("reads the title a crawler joined to the date's line", () => {
    const { meta } = parseDocument(CRAWLED_DECISION, "1666-2020-qd-bhxh.md");
    expect(meta).toMatchObject({
      kind: "Quyết định",
      number: "1666/QĐ-BHXH",
      issuer: "BẢO HIỂM XÃ HỘI VIỆT NAM",
      issuedDate: "2020-12-03",
    });
    expect(meta.title).toMatch(/^QUYẾT ĐỊNH BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ/u);
  });
});

describe("a crawl that wrote the site's title before the header on the issuer's line (thuvienphapluat, 2024–2025)", () => {
  it("reads the issuer after the title, not from the text's subject", () => {
    const decision = parseDocument(
      [
        "Quyết định 05/2025/QĐ-TTg. THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
        "Số: 05/2025/QĐ-TTg",
        "Hà Nội, ngày 27 tháng 02 năm 2025 ",
        "QUYẾT ĐỊNH ",
        "BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG Y KHOA QUỐC GIA",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Hội đồng Y khoa Quốc gia.",
      ].join("\n"),
      "05-2025-qd-ttg.md",
    );
    expect(decision.meta.issuer).toBe("THỦ TƯỚNG CHÍNH PHỦ");
    const amendment = parseDocument(
      [
        "Quyết định 3176/QĐ-BYT năm 2024. BỘ Y TẾ -------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
        "Số: 3176/QĐ-BYT",
        "Hà Nội, ngày 29 tháng 10 năm 2024",
        "QUYẾT ĐỊNH",
        "Điều 1. Sửa đổi, bổ sung Điều 1 Quyết định số 4750/QĐ-BYT.",
      ].join("\n"),
      "3176-2024-qd-byt.md",
    );
    expect(amendment.meta.issuer).toBe("BỘ Y TẾ");
  });
});

describe("a crawled signature right under the last recipient (Nghị định 122/2025/NĐ-CP)", () => {
  // The crawl writes the signature on one line right after "- Lưu: …", with no blank line, then the appendix.
  const DECREE = `CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 122/2025/NĐ-CP
Hà Nội, ngày 11 tháng 6 năm 2025
NGHỊ ĐỊNH QUY ĐỊNH VỀ PHÂN QUYỀN, PHÂN CẤP TRONG LĨNH VỰC QUẢN LÝ THUẾ
Điều 10. Hiệu lực thi hành và tổ chức thực hiện
4. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị định này.
Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Thủ tướng, các Phó Thủ tướng Chính phủ;
- Lưu: VT, KTTH (2b)
TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Hòa Bình

PHỤ LỤC TRÌNH TỰ, THỦ TỤC THỰC HIỆN NHIỆM VỤ PHÂN QUYỀN TRONG LĨNH VỰC QUẢN LÝ THUẾ (Kèm theo Nghị định số 122/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ)
1. Hồ sơ khai thuế, loại thuế khai theo tháng, khai theo quý, khai theo năm, khai theo từng lần phát sinh nghĩa vụ thuế, khai quyết toán thuế; khai các khoản phải nộp về phí, lệ phí do cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài thực hiện thu; kê khai, cung cấp, trao đổi, sử dụng thông tin đối với báo cáo lợi nhuận liên quốc gia; tiêu chí xác định người nộp thuế để khai thuế theo quý thực hiện theo quy định tại Điều 7, Điều 8, Điều 9, Điều 12 Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 và khoản 3, 4, 5 Điều 1, khoản 1 Điều 2 Nghị định số 91/2022/NĐ-CP ngày 30 tháng 10 năm 2022 của Chính phủ.
`;

  it("reads the signer and the signing formula, and keeps them out of the recipients", () => {
    const { meta } = parseDocument(DECREE, "122-2025-nd-cp.md");
    expect(meta.signer).toBe("Nguyễn Hòa Bình");
    expect(meta.signerTitle).toBe("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG");
    expect(meta.recipients.at(-1)).toBe("Lưu: VT, KTTH (2b)");
  });

  it("reads the signer a crawl ran into the appendix's title (Nghị định 117/2025/NĐ-CP)", () => {
    const decree = [
      "CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
      "Số: 117/2025/NĐ-CP",
      "Hà Nội, ngày 09 tháng 6 năm 2025",
      "NGHỊ ĐỊNH",
      "Điều 1. Phạm vi điều chỉnh",
      "Nghị định này quy định về quản lý thuế đối với hoạt động kinh doanh trên nền tảng thương mại điện tử.",
      "Nơi nhận:",
      "- Lưu: VT, KTTH (2b)",
      "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Đức Phớc Phụ lục (Kèm theo Nghị định số 117/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ) ",
      "",
      "Phụ lục.",
    ].join("\n");
    const { meta } = parseDocument(decree, "117-2025-nd-cp.md");
    expect(meta.signer).toBe("Hồ Đức Phớc");
    expect(meta.signerTitle).toBe("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG");
  });
});

describe("a crawl that ran the header into the text (Chỉ thị 299/TTg, 1980)", () => {
  it("reads the number from the line after a bare 'Số:', and the kind its file name agrees with", () => {
    const directive = [
      "PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------",
      "Số:",
      "299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP.",
      "Để các công việc nói trên tiến hành được thuận lợi, các ngành, các cấp cần thực hiện tốt những việc cụ thể sau đây:",
      "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu",
    ].join("\n");
    const { meta } = parseDocument(directive, "299-1980-ct-ttg.md");
    expect(meta.number).toBe("299/TTg");
    expect(meta.kind).toBe("Chỉ thị");
    // A file name that names another number lends no kind.
    expect(parseDocument(directive, "300-1980-qd-ttg.md").meta.kind).not.toBe("Quyết định");
  });
});

describe("a crawled decree whose number and date share a line and whose signature lost its 'TM.' (NĐ 230/2025)", () => {
  it("reads the title, kind, date and signer", () => {
    const decree = [
      "CHÍNH PHỦ -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
      "Số:",
      "230/2025/NĐ-CP Hà Nội, ngày 19 tháng 8 năm 2025",
      "NGHỊ ĐỊNH QUY ĐỊNH CÁC TRƯỜNG HỢP KHÁC ĐƯỢC MIỄN, GIẢM TIỀN SỬ DỤNG ĐẤT, TIỀN THUÊ ĐẤT",
      "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
      "Điều 1. Phạm vi điều chỉnh",
      "Nghị định này quy định các trường hợp khác được miễn, giảm tiền sử dụng đất, tiền thuê đất.",
      "Nơi nhận:",
      "- Lưu: VT, KTTH.",
      "CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà Phụ lục (Kèm theo Nghị định số 230/2025/NĐ-CP ngày 19 tháng 8 năm 2025 của Chính phủ) GIẤY ĐỀ NGHỊ GIẢM TIỀN THUÊ ĐẤT NĂM 2025",
    ].join("\n");
    const { meta } = parseDocument(decree, "230-2025-nd-cp.md");
    expect(meta.kind).toBe("Nghị định");
    expect(meta.title).toMatch(/^NGHỊ ĐỊNH QUY ĐỊNH CÁC TRƯỜNG HỢP KHÁC/u);
    expect(meta.issuedDate).toBe("2025-08-19");
    expect(meta.signer).toBe("Trần Hồng Hà");
  });
});

describe("a National Assembly resolution as a legal site crawls it (Nghị quyết 132/2020/QH14)", () => {
  const RESOLUTION = `QUỐC HỘI -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:
132/2020/QH14
Hà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG ĐẤT QUỐC PHÒNG, AN NINH KẾT HỢP VỚI HOẠT ĐỘNG LAO ĐỘNG SẢN XUẤT, XÂY DỰNG KINH TẾ QUỐC HỘI
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
QUYẾT NGHỊ:
Điều 8. Hiệu lực thi hành
3. Chính phủ chịu trách nhiệm tổ chức thực hiện Nghị quyết này.
Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 10 thông qua ngày 17 tháng 11 năm 2020.
CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân
`;
  const { meta, passages } = parseDocument(RESOLUTION, "132-2020-nq-qh14.md");

  it("reads the number the crawl put under 'Nghị quyết số:' at the end of the motto's line", () => {
    expect(meta.number).toBe("132/2020/QH14");
    expect(meta.kind).toBe("Nghị quyết");
  });

  it("leaves the enacting body the crawl ran onto the title out of it", () => {
    expect(meta.title).toMatch(/^NGHỊ QUYẾT THÍ ĐIỂM .* XÂY DỰNG KINH TẾ$/u);
  });

  it("reads a head's signature written without a formula ('CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân')", () => {
    expect(meta.signer).toBe("Nguyễn Thị Kim Ngân");
    expect(meta.signerTitle).toBe("CHỦ TỊCH QUỐC HỘI");
    expect(passages.some((p) => p.path !== "ck" && p.text.includes("Kim Ngân"))).toBe(false);
  });
});

describe("a signature a crawl ran into the copies filed (Thông tư 10/2021/TT-BTC)", () => {
  const CIRCULAR = `BỘ TÀI CHÍNH -------
Số: 10/2021/TT-BTC
Hà Nội, ngày 26 tháng 01 năm 2021
THÔNG TƯ HƯỚNG DẪN QUẢN LÝ HÀNH NGHỀ DỊCH VỤ LÀM THỦ TỤC VỀ THUẾ
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn quản lý hành nghề dịch vụ làm thủ tục về thuế.
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, TCT (VT, TTHT) KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Xuân Hà
`;
  const { meta, passages } = parseDocument(CIRCULAR, "10-2021-tt-btc.md");

  it("reads the signer and leaves the filed copies as the last recipient", () => {
    expect(meta.signer).toBe("Trần Xuân Hà");
    expect(meta.signerTitle).toBe("KT. BỘ TRƯỞNG THỨ TRƯỞNG");
    expect(meta.recipients.at(-1)).toBe("Lưu: VT, TCT (VT, TTHT)");
    expect(passages.find((p) => p.path === "ck")?.text).toBe("KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Xuân Hà");
  });
});
