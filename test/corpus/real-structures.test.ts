import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { parseStructure } from "../../src/corpus/structure-parser.ts";
import { ROOT } from "../helpers.ts";

/** Real documents nobody on the project wrote (read in place, never copied into the repository). */
const DEV = path.join(ROOT, "..", "shared", "dev-corpus", "docs");
const dev = (id: string) => parseDocument(readFileSync(path.join(DEV, `${id}.md`), "utf8"), `${id}.md`);
const byPath = (id: string) => new Map(dev(id).passages.map((p) => [p.path, p]));

describe("real layouts from ../shared/dev-corpus", () => {
  it("gives every passage of all 46 documents a unique id, the same on a second parse", () => {
    const files = readdirSync(DEV).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThanOrEqual(46);
    for (const file of files) {
      const source = readFileSync(path.join(DEV, file), "utf8");
      const first = parseDocument(source, file).passages.map((p) => p.id);
      expect(new Set(first).size, file).toBe(first.length);
      expect(first.length, file).toBeGreaterThan(3);
      expect(parseDocument(source, file).passages.map((p) => p.id)).toEqual(first);
    }
  });

  it("reads Điều / khoản / ý of a decision and labels them as officers cite them", () => {
    const p = byPath("986-2024-q-ubnd");
    expect(p.get("dieu1.5")?.section).toBe("Điều 1, khoản 5");
    expect(p.get("dieu1.5")?.text).toContain("Hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2025");
    expect(p.get("dieu1.3-y1")?.section).toBe("Điều 1, khoản 3, ý 1");
    // Numbering restarts under Điều 2: "2.1" is not "1.1".
    expect(p.get("dieu2.1")?.headings).toEqual(["Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo"]);
    expect(p.get("dieu3")?.text).toBe("Quyết định này có hiệu lực thi hành kể từ ngày ký.");
  });

  it("reads the header table as the title block and the signature cell, never the Nơi nhận list as text", () => {
    const doc = dev("986-2024-q-ubnd");
    expect(doc.meta).toMatchObject({
      kind: "Quyết định",
      number: "986/QĐ-UBND",
      issuedDate: "2024-08-13",
      issuer: "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
      province: "Tuyên Quang",
      signer: "Hoàng Việt Phương",
    });
    // The dataset's "# …" title names Bạc Liêu: it is not the document's and must not set its province.
    expect(doc.meta.title).not.toContain("Bạc Liêu");
    const passages = new Map(doc.passages.map((p) => [p.path, p]));
    expect(passages.get("hd")?.text).toContain("Số: 986/QĐ-UBND Tuyên Quang, ngày 13 tháng 8 năm 2024");
    expect(passages.get("nn")?.text).toMatch(/^Nơi nhận: - Bộ Giáo dục và Đào tạo;/u);
    expect(passages.get("ck")).toMatchObject({
      section: "phần chữ ký",
      text: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Việt Phương",
    });
    // The Nơi nhận list is one citable passage ("nn"), never body text.
    expect(doc.passages.filter((p) => /Lưu: VT|Nơi nhận/u.test(p.text)).map((p) => p.path)).toEqual(["nn"]);
    expect(doc.meta.recipients).toContain("Ban Tuyên giáo Tỉnh uỷ");
  });

  it("reads a signature table without a Nơi nhận cell", () => {
    const doc = dev("284-2011-cv-ldtbxh");
    expect(doc.meta.signer).toBe("Bùi Hồng Lĩnh");
    expect(doc.passages.find((p) => p.path === "ck")?.text).toBe("KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh");
  });

  it("reads a Kính gửi row of a header table as the address block, and a 'TP. …, ngày' date line", () => {
    const letter = dev("2403-2009-ttg-kgvx");
    expect(letter.meta.recipients).toEqual([
      "Bộ Quốc phòng",
      "Bộ Lao động - Thương binh và Xã hội",
      "Bộ Tài chính",
    ]);
    expect(letter.passages.find((p) => p.path === "kg")?.text).toMatch(/^Kính gửi: - Bộ Quốc phòng;/u);
    expect(dev("5129-2008-qd-ubnd").meta.issuedDate).toBe("2008-11-26");
  });

  it("keeps an article read as a title when nothing else carries its text", () => {
    const p = byPath("170-2008-qd-ttg");
    expect(p.get("dieu5")?.text).toBe(
      "Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo",
    );
  });

  it("keeps a regulation attached after the signature apart: its Điều 1 is not the decision's Điều 1", () => {
    const p = byPath("12-2012-q-ubnd");
    expect(p.get("dieu1")?.text).toMatch(/^Ban hành kèm theo Quyết định này Quy định/u);
    expect(p.get("kem1.dieu1")?.section).toBe("văn bản kèm theo, Điều 1");
    expect(p.get("kem1.dieu1")?.text).toMatch(/^Quy định này quy định về việc tặng quà/u);
    expect(p.get("kem1.dieu1")?.headings[0]).toMatch(/^QUY ĐỊNH\. VỀ VIỆC TẶNG QUÀ/u);
  });

  it("makes each appendix table row a passage that keeps its column headers", () => {
    const p = byPath("518-2023-q-ubnd");
    const row = [...p.values()].find(
      (x) => x.path.startsWith("pl1-r") && x.text.includes("Trường THPT số 2 An Nhơn"),
    );
    expect(row?.section).toMatch(/^Phụ lục 01, dòng \d+$/u);
    expect(row?.text).toBe(
      "Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện: Trường THPT số 2 An Nhơn, thị xã An Nhơn; HM: Nhà hiệu bộ | Kế hoạch vốn năm 2023: 2.500",
    );
    // The group row above it ("I | SỞ GIÁO DỤC VÀ ĐÀO TẠO | 7.500") heads it.
    expect(row?.headings.at(-1)).toContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    expect(p.get("pl2-r1")?.section).toBe("Phụ lục 02, dòng 1");
  });

  it("reads a row whose counter cell the converter dropped, under the lead row it details (75-2021-n-cp, Phụ lục I)", () => {
    const rows = dev("75-2021-n-cp").passages.filter((x) => x.path.startsWith("plI-r"));
    // "Diện thoát ly | 1.815.000 | 308.000/01 thâm niên" under "STT | Đối tượng | Trợ cấp | Phụ cấp".
    const row = rows.find((x) => x.text.includes("1.815.000"));
    expect(row?.text).toBe(
      "Đối tượng: Diện thoát ly | Mức trợ cấp, phụ cấp Trợ cấp: 1.815.000 | Mức trợ cấp, phụ cấp Phụ cấp: 308.000/01 thâm niên",
    );
    expect(row?.headings.at(-1)).toContain("Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945:");
    // A row with its own counter ("2.1 | …") is not under the lead row before it.
    const counted = rows.find((x) => x.text.includes("1.679.000"));
    expect(counted?.headings.at(-1)).not.toMatch(/:$/u);
  });

  it("reads the header rows under a merged title row, and a row the converter shifted left (4804/2024, Phụ lục I)", () => {
    const rows = dev("4804-2024-vbhn-bltbxh").passages.filter((x) => x.path.startsWith("plI-r"));
    // "| MỨC TRỢ CẤP … |  |  |  |" over the rule, then "| STT | Đối tượng | Mức trợ cấp, phụ cấp |  |" and
    // "|  |  | Trợ cấp | Phụ cấp |": the two rows below the title name the columns.
    expect(rows.find((x) => x.text.includes("3.117.000"))?.text).toBe(
      "Đối tượng: Diện thoát ly | Mức trợ cấp, phụ cấp Trợ cấp: 3.117.000 | Phụ cấp: 529.000/01 thâm niên",
    );
    expect(rows.some((x) => x.text.startsWith("STT") || x.text.includes("MỨC TRỢ CẤP"))).toBe(false);
    // "| Người hoạt động kháng chiến … từ 81% trở lên |  | 1.399.000 |  |" lost its empty counter cell: an allowance.
    expect(rows.find((x) => x.text.includes("1.399.000") && x.text.includes("chất độc"))?.text).toMatch(
      /^Đối tượng: Người hoạt động kháng chiến .* \| Phụ cấp: 1\.399\.000$/u,
    );
  });

  it("places a sub-header row the converter packed to the left under its merged parent (834/2024, Phụ lục I)", () => {
    const rows = dev("834-2024-vbhn-bldtbxh").passages.filter((x) => x.path.startsWith("plI-r"));
    // "| STT | Đối tượng | Mức trợ cấp, phụ cấp |  |" then "| Trợ cấp | Phụ cấp |  |  |": the second row lost the
    // two cells "STT" and "Đối tượng" span, so its names belong to the last two columns.
    expect(rows.find((x) => x.text.includes("3.899.000"))?.text).toBe(
      "Đối tượng: Diện không thoát ly | Mức trợ cấp, phụ cấp Trợ cấp: 3.899.000",
    );
    // With the counter column named again, a row that lost its counter cell reads as an allowance.
    expect(rows.find((x) => x.text.includes("1.031.000"))?.text).toMatch(
      /^Đối tượng: Thương binh, .* \| Phụ cấp: 1\.031\.000$/u,
    );
    expect(rows.some((x) => x.text.includes("STT") || x.text.startsWith("Trợ cấp"))).toBe(false);
  });

  it("reads a header line standing alone before a lead paragraph as the next rows' columns (75-2021-n-cp, Phụ lục VI)", () => {
    const rows = dev("75-2021-n-cp").passages.filter((x) => x.path.startsWith("plVI-r"));
    // "Đối tượng | Mức trợ cấp", then the lead paragraph, then the rows: not the columns of Phụ lục V's table.
    expect(rows.map((x) => x.text)).toEqual([
      "Đối tượng: Tỷ lệ tổn thương cơ thể từ 5% - 10% | Mức trợ cấp: 4,0 lần mức chuẩn",
      "Đối tượng: Tỷ lệ tổn thương cơ thể từ 11% - 15% | Mức trợ cấp: 6,0 lần mức chuẩn",
      "Đối tượng: Tỷ lệ tổn thương cơ thể từ 16% - 20% | Mức trợ cấp: 8,0 lần mức chuẩn",
    ]);
    expect(rows[0]?.section).toBe("Phụ lục VI, dòng 1");
  });

  it("reads a footnote number stuck to an appendix's numeral as a footnote (834-2024-vbhn, 'PHỤ LỤC III20')", () => {
    const p = byPath("834-2024-vbhn-bldtbxh");
    // "PHỤ LỤC II19" and "PHỤ LỤC III20": Phụ lục II and III, not "Phụ lục I" and "Phụ lục II" titled "I20".
    expect(p.get("plII-r1")?.headings[0]).toMatch(
      /^Phụ lục II\. MỨC HƯỞNG TRỢ CẤP ƯU ĐÃI HẰNG THÁNG ĐỐI VỚI THƯƠNG BINH,/u,
    );
    expect(p.get("plIII-r1")?.headings[0]).toMatch(/^Phụ lục III\. MỨC HƯỞNG .* THƯƠNG BINH LOẠI B$/u);
    expect(p.get("plIII-r1")?.section).toBe("Phụ lục III, dòng 1");
  });
  it("reads a footnote number stuck to a clause or point ('2.6 Lấy mẫu', 'c)5 Lấy mẫu') as a footnote (834-2024-vbhn, Điều 12)", () => {
    const p = byPath("834-2024-vbhn-bldtbxh");
    expect(p.get("dieu12.1.c")?.text).toMatch(/^Lấy mẫu hài cốt liệt sĩ: mức chi 50\.000 đồng/u);
    expect(p.get("dieu12.2")?.section).toBe("Điều 12, khoản 2");
    expect(p.get("dieu12.2")?.text).toMatch(/^Lấy mẫu để đối chứng ADN theo dòng mẹ/u);
    // Clause 3 follows "2.6", points a–đ hang under clause 4, not under clause 1 again.
    expect(p.get("dieu12.4.đ-d2")?.text).toMatch(
      /^Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành định mức/u,
    );
    expect(p.get("dieu12.4.đ")?.section).toBe("Điều 12, khoản 4, điểm đ");
    expect([...p.keys()].some((k) => k.startsWith("dieu12.1.a~"))).toBe(false);
  });

  it("keeps '1.2 …' after clause 1 and '2.1 …' as they were: only the next clause number takes a footnote", () => {
    const paths = (source: string) => parseStructure(source).passages.map((x) => `${x.path}: ${x.text}`);
    expect(paths("Điều 1. Phạm vi\n\n1. Khoản một.\n\n1.2 Tiếp theo khoản một.\n\n2.1 Tiểu mục.")).toEqual([
      "dieu1.1: Khoản một.",
      "dieu1.1-d2: 1.2 Tiếp theo khoản một.",
      "dieu1.1-d3: 2.1 Tiểu mục.",
    ]);
    expect(paths("Điều 1. Phạm vi\n\n1. Khoản một.\n\n2.6 Khoản hai.\n\na)7 Điểm a.")).toEqual([
      "dieu1.1: Khoản một.",
      "dieu1.2: Khoản hai.",
      "dieu1.2.a: Điểm a.",
    ]);
  });

  it("reads a row numbered under a lead row's number ('1.1' under '1 | …:') as one of its sub-rows (4804/2024, Phụ lục IV)", () => {
    const rows = dev("4804-2024-vbhn-bltbxh").passages.filter((x) => x.path.startsWith("plIV-r"));
    const row = rows.find((x) => x.text.includes("31,0 lần mức chuẩn"));
    expect(row?.headings.at(-1)).toContain(
      "trước ngày 01 tháng 01 năm 1945 chết mà chưa được hưởng chế độ ưu đãi:",
    );
    // "2.1" belongs to the lead row "2", not to "1".
    const second = rows.find((x) => x.text.includes("15,5 lần mức chuẩn"));
    expect(second?.headings.at(-1)).toContain("từ ngày 01 tháng 01 năm 1945 đến ngày khởi nghĩa");
  });

  it("reads a counted row that only names, its value cells empty, as the lead of the rows under it (4804/2024, Phụ lục I)", () => {
    // "8.1 | Người hoạt động kháng chiến bị nhiễm chất độc hoá học | | |" then "| Có tỷ lệ … 41% - 60% | 3.542.000 |".
    const rows = dev("4804-2024-vbhn-bltbxh").passages.filter((x) => x.path.startsWith("plI-r"));
    const row = rows.find((x) => x.text.includes("3.542.000"));
    expect(row?.headings.at(-1)).toContain("Người hoạt động kháng chiến bị nhiễm chất độc hoá học");
    // The next counted row ("9 | …") is no longer under it.
    const after = rows
      .slice(rows.indexOf(row as (typeof rows)[number]) + 1)
      .find((x) => /\| 9 \|/u.test(` ${x.text}`));
    if (after) expect(after.headings.at(-1) ?? "").not.toContain("chất độc hoá học");
  });

  it("takes a decree's addressees from its own Nơi nhận, not from the forms in its appendix (102-2018-nd-cp)", () => {
    // Phụ lục II holds model letters with "Kính gửi:……(2)" and their own "Nơi nhận: … - Lưu: …".
    const doc = dev("102-2018-nd-cp");
    expect(doc.meta.recipients).toContain("Ngân hàng Phát triển Việt Nam");
    expect(doc.meta.recipients).toContain("Tòa án nhân dân tối cao");
    expect(doc.meta.recipients.filter((r) => /\.{6}|^Lưu:$/u.test(r))).toEqual([]);
    expect(doc.meta.recipients.at(-1)).toBe("Lưu: VT, KGVX (2b).PC");
    const address = doc.passages.find((p) => p.text.startsWith("Kính gửi:"));
    expect(address?.path).not.toBe("kg");
    expect(address?.section).toMatch(/^(?:văn bản kèm theo|Phụ lục)/u);
  });

  it("reads a decree converted with its title block after the body and tables without outer pipes", () => {
    // 75-2021-n-cp: "Số: 75/2021/NĐ-CP | CỘNG HÒA …" sits after Điều 16, the Nơi nhận list is plain lines, the last
    // recipient shares a row with "TM. CHÍNH PHỦ", and the appendix tables are written "3.2 | Thân nhân … | 3.248.000".
    const doc = dev("75-2021-n-cp");
    expect(doc.meta).toMatchObject({
      number: "75/2021/NĐ-CP",
      issuedDate: "2021-07-24",
      issuer: "CHÍNH PHỦ",
      signer: "Phạm Minh Chính",
      title: "NGHỊ ĐỊNH Quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng",
    });
    expect(doc.meta.recipients).toContain("Ngân hàng Phát triển Việt Nam");
    const p = new Map(doc.passages.map((x) => [x.path, x]));
    expect(p.get("dieu16")?.text).not.toContain("CỘNG HÒA");
    expect([...p.keys()].some((k) => k.startsWith("dieu16-y"))).toBe(false);
    const row = doc.passages.find(
      (x) => x.path.startsWith("plI-r") && x.text.includes("Thân nhân của 02 liệt sĩ"),
    );
    // The merged title row names no column; the two header rows do.
    expect(row?.text).toBe("Đối tượng: Thân nhân của 02 liệt sĩ | Mức trợ cấp, phụ cấp Trợ cấp: 3.248.000");
  });

  it("reads an ordinance signed with a signing formula and no Nơi nhận, and 'Pháp lệnh số:' as its number", () => {
    const doc = dev("02-2020-ubtvqh14");
    expect(doc.meta).toMatchObject({
      number: "02/2020/UBTVQH14",
      signer: "Nguyễn Thị Kim Ngân",
      signerTitle: "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI CHỦ TỊCH",
    });
    const last = doc.passages.filter((x) => x.path.startsWith("dieu58")).map((x) => x.text);
    expect(last.join(" ")).not.toContain("Nguyễn Thị Kim Ngân");
  });

  it("reads a date whose digits a conversion split ('tháng 0 7')", () => {
    expect(dev("102-2018-nd-cp").meta.issuedDate).toBe("2018-07-20");
  });

  it("keeps Roman sections whose Arabic numbering restarts apart", () => {
    const p = byPath("773-2018-q-ttg");
    expect(p.get("kem1.I.1.a")?.section).toBe("văn bản kèm theo, phần I, mục 1, điểm a");
    expect(p.get("kem1.II.1")?.text).not.toBe(p.get("kem1.I.1.a")?.text);
    expect(p.get("kem1.II.1")?.section).toBe("văn bản kèm theo, phần II, mục 1");
  });

  it("ends an article's title at its line when the text follows with no blank line (75-2021-n-cp, Điều 16)", () => {
    const p = byPath("75-2021-n-cp");
    expect(p.get("dieu16")?.headings.at(-1)).toBe("Điều 16. Trách nhiệm thi hành");
    expect(p.get("dieu16")?.text).toMatch(/^Bộ trưởng Bộ Lao động - Thương binh và Xã hội, các Bộ trưởng/u);
    // The issuer's name in capitals on the next line belongs to the signature, not to the article.
    expect(p.get("dieu16")?.text).toMatch(/thi hành Nghị định này\.$/u);
  });

  it("starts a paragraph where a line ends a sentence and the next opens with a capital (75-2021-n-cp)", () => {
    const p = byPath("75-2021-n-cp");
    expect(p.get("dieu12.2")?.text).toBe("Lấy mẫu sinh phẩm thân nhân liệt sĩ còn thiếu thông tin:");
    expect(p.get("dieu12.2-d2")?.text).toMatch(/^Cơ quan, đơn vị tổ chức đi lấy mẫu sinh phẩm/u);
    expect(p.get("dieu15.3-d2")?.text).toMatch(/^Các chế độ tương ứng quy định tại khoản này/u);
  });

  it("keeps a paragraph inside an article in its article, even one opening with 'Căn cứ' (4804-2024-vbhn-bltbxh)", () => {
    const doc = dev("4804-2024-vbhn-bltbxh");
    const p = doc.passages.find((x) => x.text.startsWith("Căn cứ Quyết định đặt hàng được Bộ trưởng"));
    expect(p?.path).toMatch(/^dieu12\.4\./u);
    expect(p?.section).toMatch(/^Điều 12, khoản 4/u);
  });

  it("reads a document saved with decomposed accents (NFD) as the same document (12-2012-q-ubnd)", () => {
    const source = readFileSync(path.join(DEV, "12-2012-q-ubnd.md"), "utf8");
    const composed = parseDocument(source, "12-2012-q-ubnd.md");
    const decomposed = parseDocument(source.normalize("NFD"), "12-2012-q-ubnd.md");
    expect(decomposed.meta).toEqual(composed.meta);
    expect(decomposed.passages.map((p) => [p.id, p.text])).toEqual(
      composed.passages.map((p) => [p.id, p.text]),
    );
  });

  it("reads a document with soft hyphens and zero-width spaces inside words as the same document (12-2012-q-ubnd)", () => {
    const source = readFileSync(path.join(DEV, "12-2012-q-ubnd.md"), "utf8");
    const composed = parseDocument(source, "12-2012-q-ubnd.md");
    // A word processor's invisible marks: "ng\u00ADười", "Ủy\u200B ban".
    const marked = source.replace(/người/gu, "ng\u00ADười").replace(/Ủy ban/gu, "Ủy\u200B ban");
    expect(marked).not.toBe(source);
    const read = parseDocument(marked, "12-2012-q-ubnd.md");
    expect(read.meta).toEqual(composed.meta);
    expect(read.passages.map((p) => [p.id, p.text])).toEqual(composed.passages.map((p) => [p.id, p.text]));
  });

  it("reads 'a/' and 'b/' as lettered items, even when a letter repeats", () => {
    const p = byPath("2638-2019-cv-ltbxh-khtc");
    expect(p.get("II.3.1.a")?.text).toMatch(/^Đối với kinh phí chi trả trang cấp dụng cụ chỉnh hình/u);
    expect(p.get("II.3.1.b-y2")?.text).not.toContain("kinh phí công tác mộ");
    expect(p.get("II.3.1.b~2")?.text).toMatch(/^Đối với kinh phí công tác mộ/u);
  });
});

describe("parseStructure: divisions and tables", () => {
  it("labels Phần / Chương / Mục / Điều / khoản / điểm, Bước and 2.1.a.", () => {
    const body = [
      "Chương I",
      "QUY ĐỊNH CHUNG",
      "Điều 1. Phạm vi điều chỉnh",
      "Nghị định này quy định mức hưởng trợ cấp.",
      "Điều 2. Trách nhiệm",
      "1. Sở Tài chính bố trí kinh phí.",
      "a) Hằng năm lập dự toán.",
      "Bước 1: Tiếp nhận hồ sơ trong ngày làm việc.",
      "2.1.a. Rà soát danh sách trước ngày 15/01/2021.",
      "PHỤ LỤC I",
      "| Nội dung | Thời gian | Cơ quan thực hiện |\n|---|---|---|\n| Rà soát đối tượng | Trước 15/01/2021 | UBND cấp xã |",
    ].join("\n\n");
    const got = parseStructure(body).passages.map((p) => [p.path, p.section]);
    expect(got).toEqual([
      ["dieu1", "Điều 1"],
      ["dieu2.1", "Điều 2, khoản 1"],
      ["dieu2.1.a", "Điều 2, khoản 1, điểm a"],
      ["dieu2.buoc1", "Điều 2, Bước 1"],
      ["dieu2.buoc1.2.1.a", "Điều 2, Bước 1, mục 2.1, điểm a"],
      ["plI-r1", "Phụ lục I, dòng 1"],
    ]);
    const row = parseStructure(body).passages.at(-1);
    expect(row?.text).toBe(
      "Nội dung: Rà soát đối tượng | Thời gian: Trước 15/01/2021 | Cơ quan thực hiện: UBND cấp xã",
    );
  });

  it("reads the dash numbering of Party documents ('I- MỤC ĐÍCH', '1- Các huyện ủy …')", () => {
    const body = [
      "I- MỤC ĐÍCH, YÊU CẦU",
      "1- Quán triệt sâu sắc nội dung Kết luận.",
      "II- NHIỆM VỤ, GIẢI PHÁP",
      "1- Các huyện ủy, thành ủy tổ chức quán triệt Kết luận, hoàn thành trước ngày 31/12/2024.",
      "2- Ban Tổ chức Tỉnh ủy tham mưu rà soát quy hoạch cán bộ.",
      "Giai đoạn 2021 - 2025 là giai đoạn bản lề.",
    ].join("\n\n");
    expect(parseStructure(body).passages.map((p) => [p.path, p.section])).toEqual([
      ["I.1", "phần I, mục 1"],
      ["II.1", "phần II, mục 1"],
      ["II.2", "phần II, mục 2"],
      ["II.2-d2", "phần II, mục 2, đoạn 2"],
    ]);
  });

  it("reads a grid table (pandoc's '+---+'), joining each cell's lines and keeping the headers", () => {
    const body = [
      "I. NHIỆM VỤ",
      [
        "+-----+--------------------------+-----------------+------------------+",
        "| TT  | Nội dung                 | Thời gian       | Cơ quan thực     |",
        "|     |                          |                 | hiện             |",
        "+=====+==========================+=================+==================+",
        "| 1   | Rà soát danh sách đối    | Trước           | UBND cấp xã      |",
        "|     | tượng hưởng trợ cấp      | 15/01/2025      |                  |",
        "+-----+--------------------------+-----------------+------------------+",
      ].join("\n"),
    ].join("\n\n");
    const rows = parseStructure(body).passages.map((p) => [p.path, p.text]);
    expect(rows).toEqual([
      [
        "I-r1",
        "Nội dung: Rà soát danh sách đối tượng hưởng trợ cấp | Thời gian: Trước 15/01/2025 | Cơ quan thực hiện: UBND cấp xã",
      ],
    ]);
  });

  it("reads an HTML table written into the Markdown (pandoc's fallback for merged cells)", () => {
    const body = [
      "I. NHIỆM VỤ",
      [
        "<table>",
        "<thead><tr><th>TT</th><th>Nội dung</th><th>Thời gian</th><th>Cơ quan thực hiện</th></tr></thead>",
        "<tbody>",
        "<tr><td>1</td><td><p>Rà soát danh sách đối tượng</p><p>hưởng trợ cấp</p></td><td>Trước 15/01/2025</td><td>UBND cấp xã &amp; phường</td></tr>",
        "</tbody>",
        "</table>",
      ].join("\n"),
      "II. TỔ CHỨC THỰC HIỆN",
      "<table> without its end is text, and nothing after it is lost.",
      "Sở Tài chính theo dõi.",
    ].join("\n\n");
    const passages = parseStructure(body).passages.map((p) => [p.path, p.text]);
    expect(passages[0]).toEqual([
      "I-r1",
      "Nội dung: Rà soát danh sách đối tượng hưởng trợ cấp | Thời gian: Trước 15/01/2025 | Cơ quan thực hiện: UBND cấp xã & phường",
    ]);
    expect(passages.at(-1)?.[1]).toBe("Sở Tài chính theo dõi.");
    // Inline tags and entities a converter leaves in running text are dropped.
    const inline = parseStructure("Điều 1. <u>Sở Tài chính</u> chủ trì&nbsp;rà soát, báo cáo <sup>1</sup>.");
    expect(inline.passages[0]?.text).toBe("Sở Tài chính chủ trì rà soát, báo cáo 1.");
  });

  it("never repeats a path, even when numbering restarts under an unnumbered heading", () => {
    const body = "1. Một.\n\n2. Hai.\n\nMỘT TIÊU ĐỀ KHÁC\n\n1. Lại một.\n\n1. Lại một lần nữa.";
    const paths = parseStructure(body).passages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(["1", "2", "1~2", "1~3"]);
  });
});

/** Công văn 17986/BTC-CT, 2025 (outside the dev corpus): a hard-wrapped letter with no blank lines. */
describe("an aside in brackets after a finished sentence ends there (Công văn 17986/BTC-CT)", () => {
  it("starts the closing request on its own, not inside the last bullet", () => {
    const body = [
      "3. Chỉ đạo đầu mối phối hợp với Thuế tỉnh, thành phố để thường xuyên rà soát, phản hồi vướng mắc.",
      "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:",
      "- Infographic Cẩm nang;",
      "- Video giới thiệu Cẩm nang theo đường link.",
      "*(Quét mã QR ở bên dưới để xem toàn văn nội dung",
      '"Cẩm nang nghiệp vụ thuế dành cho công chức cấp xã" và truy cập đường',
      "link để xem video giới thiệu https://drive.google.com/file/d/1Ej609lvK23SqZjlmGJv9tsKlqWx-LzCS/view)*",
      "Bộ Tài chính trân trọng đề nghị UBND các tỉnh, thành",
      "phố quan tâm, chỉ đạo triển khai thực hiện./.",
    ].join("\n");
    const texts = parseStructure(body).passages.map((p) => p.text);
    expect(texts.at(-1)).toBe(
      "Bộ Tài chính trân trọng đề nghị UBND các tỉnh, thành phố quan tâm, chỉ đạo triển khai thực hiện./.",
    );
    expect(texts.at(-2)).toMatch(/^Video giới thiệu Cẩm nang theo đường link\. \(Quét mã QR .*\/view\)$/u);
  });

  it("keeps a bracket that closes a line mid-sentence in its paragraph", () => {
    const body = "Sở Tài chính chủ trì (phối hợp với\nSở Nội vụ)\nThẩm định hồ sơ trước ngày 10/12/2025.";
    expect(parseStructure(body).passages).toHaveLength(1);
  });
});
