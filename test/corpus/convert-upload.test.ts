import { writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { convertUpload } from "../../src/corpus/convert-upload.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { InputError } from "../../src/errors.ts";
import { tempDir } from "../helpers.ts";

// ---------------------------------------------------------------------------------------------------------
// DOCX fixtures, built with jszip: the minimum parts Word and mammoth need.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

interface Para {
  text: string;
  style?: string;
  /** Automatic list: numId 1 is ordered (decimal, decimal, lowerLetter), numId 2 is bulleted. */
  list?: { numId: 1 | 2; level: number };
}

function paragraphXml(p: Para | string): string {
  const { text, style, list } = typeof p === "string" ? { text: p } : p;
  const props = [
    style ? `<w:pStyle w:val="${style}"/>` : "",
    list ? `<w:numPr><w:ilvl w:val="${list.level}"/><w:numId w:val="${list.numId}"/></w:numPr>` : "",
  ].join("");
  // A "\n" in the text is a soft line break (Shift+Enter) inside the paragraph.
  const runs = text
    .split("\n")
    .map((part, i) => `<w:r>${i ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(part)}</w:t></w:r>`)
    .join("");
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${runs}</w:p>`;
}

const tableXml = (cells: string[]) =>
  `<w:tbl><w:tr>${cells.map((c) => `<w:tc>${paragraphXml(c)}</w:tc>`).join("")}</w:tr></w:tbl>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
</w:styles>`;

async function makeDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  zip.file("word/numbering.xml", NUMBERING);
  zip.file("word/styles.xml", STYLES);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Text from corpus/hy-kl-can-bo-tre-2024.md, numbering typed as text, as most conclusions are written. */
const KL_CAN_BO_TRE: (Para | string)[] = [
  { text: "KẾT LUẬN", style: "Heading1" },
  "CỦA BAN THƯỜNG VỤ TỈNH ỦY",
  "Về tiếp tục thực hiện Nghị quyết số 20-NQ/TU ngày 08/02/2022\nvà Nghị quyết số 32-NQ/TU ngày 26/10/2022 của Ban Thường vụ Tỉnh ủy",
  "Ngày 01/8/2024, sau khi nghe Ban Tổ chức Tỉnh ủy báo cáo kết quả thực hiện các Nghị quyết của Ban Thường vụ Tỉnh ủy, ý kiến của các đại biểu dự họp; Ban Thường vụ Tỉnh ủy có ý kiến như sau:",
  "1. Sau 02 năm triển khai thực hiện Nghị quyết số 20-NQ/TU và Nghị quyết số 32-NQ/TU, các cấp ủy, tổ chức đảng trong tỉnh đã nghiêm túc quán triệt, kịp thời cụ thể hóa, tổ chức thực hiện đồng bộ, thống nhất các nghị quyết của Ban Thường vụ Tỉnh ủy.",
  "2. Để khắc phục những tồn tại, hạn chế nêu trên và tiếp tục triển khai thực hiện có hiệu quả Nghị quyết số 20-NQ/TU, Nghị quyết số 32-NQ/TU trong thời gian tới; Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ, giải pháp:",
  "2.1. Tiếp tục triển khai, quán triệt, nâng cao nhận thức, trách nhiệm, quyết tâm của các cấp ủy, tổ chức đảng, cán bộ, đảng viên, công chức, viên chức trong hệ thống chính trị.",
  "2.2. Tiếp tục đổi mới, nâng cao chất lượng thực hiện các khâu của công tác cán bộ.",
  "- Đổi mới, tạo đột phá trong công tác quy hoạch cán bộ, gắn trách nhiệm của cấp ủy đảng, người đứng đầu cơ quan, đơn vị trong việc phát hiện, tạo nguồn cán bộ trẻ. Trước ngày 31/12/2024 và hàng năm, các cấp ủy đảng, người đứng đầu cơ quan, đơn vị, địa phương xem xét, rà soát, bổ sung quy hoạch cán bộ trẻ trong quy hoạch tổng thể đội ngũ cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2025-2030.",
  "- Tiếp tục triển khai thực hiện tốt công tác đánh giá cán bộ theo Quy định số 1071-QĐ/TU ngày 05/4/2024 của Tỉnh ủy.",
  "3. Tổ chức thực hiện",
  "3.1. Các huyện ủy, thị ủy, thành ủy quán triệt, triển khai, tổ chức thực hiện Kết luận này; xây dựng kế hoạch, xác định những việc cần làm ngay, rõ lộ trình và phân công thực hiện.",
  "3.3. Ban Tổ chức Tỉnh ủy tham mưu ban hành các văn bản có liên quan; chủ trì, phối hợp với các cơ quan liên quan thường xuyên đôn đốc, kiểm tra, giám sát, việc thực hiện Kết luận này.",
  "Nơi nhận:",
  "- Các Ban Đảng, Đảng đoàn, BCS Đảng,",
  "- Lưu VPTU.",
  "T/M BAN THƯỜNG VỤ",
  "BÍ THƯ",
  "Nguyễn Hữu Nghĩa",
];

const klDocx = () =>
  makeDocx(
    tableXml(["TỈNH ỦY HƯNG YÊN", "ĐẢNG CỘNG SẢN VIỆT NAM"]) + KL_CAN_BO_TRE.map(paragraphXml).join(""),
  );

// ---------------------------------------------------------------------------------------------------------
// PDF fixtures, written by hand: PDF 1.4, Helvetica (a standard Type1 font), one text line per Tj.

interface PdfOptions {
  /** Adds a standard-security /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
}

/**
 * Each page is a list of lines: "" leaves a blank line (a paragraph gap), a leading ">" indents the line, and
 * "|" splits it into two columns (as the header table of an official document prints).
 */
function makePdf(pages: string[][], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add("");
  const pagesRef = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of pages) {
    let ops = "";
    lines.forEach((line, i) => {
      line.split("|").forEach((column, c) => {
        if (!column) return;
        const x = c ? 330 : column.startsWith(">") ? 100 : 72;
        const text = column.replace(/^>/, "").replace(/[\\()]/g, "\\$&");
        ops += `BT /F1 12 Tf ${x} ${760 - 16 * i} Td (${text}) Tj ET\n`;
      });
    });
    const content = add(`<< /Length ${Buffer.byteLength(ops, "latin1")} >>\nstream\n${ops}endstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 595 842] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`;
  objects[pagesRef - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let trailerExtra = "";
  if (options.encrypted) {
    const hex32 = (b: string) => `<${b.repeat(32)}>`;
    const encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O ${hex32("ab")} /U ${hex32("cd")} /P -44 >>`);
    const id = "<0123456789abcdef0123456789abcdef>";
    trailerExtra = ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]`;
  }
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, type, space, LF.
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

const PDF_PAGES = [
  [
    "TINH UY HUNG YEN|DANG CONG SAN VIET NAM",
    "KET LUAN",
    "CUA BAN THUONG VU TINH UY",
    "",
    ">Ngay 01/8/2024, sau khi nghe Ban To chuc Tinh uy bao cao ket qua,",
    "Ban Thuong vu Tinh uy co y kien nhu sau:",
    "1. Ban To chuc Tinh uy tham muu ban hanh cac van ban thuc hien Ket luan so 32-",
    "KL/TU trong nam 2024.",
    "2. Cac huyen uy, thi uy, thanh uy xay dung ke hoach thuc hien.",
    "",
    "1",
  ],
  [],
  ["3. Truoc ngay 31/12/2024 va hang nam, cac cap uy dang ra soat, bo sung quy hoach can bo tre."],
];

// ---------------------------------------------------------------------------------------------------------

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const input = error as InputError;
  // Vietnamese, with diacritics, for the admin; English for the logs.
  expect(input.userMessage).toMatch(/[ạ-ỹđ]/u);
  expect(input.message).toMatch(/^[\x20-\x7e]+$/);
  return input;
}

describe("convertUpload: DOCX", () => {
  it("extracts Vietnamese paragraphs with diacritics intact, one per line, separated by blank lines", async () => {
    const { text, format, pages } = await convertUpload(await klDocx(), "ket-luan.docx");
    expect(format).toBe("docx");
    expect(pages).toBeUndefined();
    expect(text.normalize("NFC")).toBe(text);
    expect(text).toMatch(
      /^TỈNH ỦY HƯNG YÊN\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n# KẾT LUẬN\n\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\n/,
    );
    expect(text).toContain("08/02/2022\nvà Nghị quyết số 32-NQ/TU"); // soft line break kept inside the paragraph
    expect(text).toContain(
      "\n\n2.2. Tiếp tục đổi mới, nâng cao chất lượng thực hiện các khâu của công tác cán bộ.\n\n",
    );
    expect(text).toContain("\n\n- Đổi mới, tạo đột phá");
    expect(text).toContain("Trước ngày 31/12/2024 và hàng năm, các cấp ủy đảng");
    expect(text).toMatch(/\n\nNguyễn Hữu Nghĩa\n$/);
  });

  it("gives text that loadCorpus parses into passages with the numbered sections", async () => {
    const dir = tempDir();
    const { text } = await convertUpload(await klDocx(), "Kết luận cán bộ trẻ.docx");
    writeFileSync(path.join(dir, "kl-can-bo-tre.md"), text);
    writeFileSync(path.join(dir, "kl-can-bo-tre-ban-sao.txt"), `---\nid: ban-sao\n---\n${text}`);
    const { documents, errors } = loadCorpus(dir);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(2);
    const doc = documents.find((d) => d.meta.id === "kl-can-bo-tre");
    expect(doc?.meta.kind).toBe("Kết luận");
    expect(doc?.meta.signer).toBe("Nguyễn Hữu Nghĩa");
    const sections = Object.fromEntries(doc?.passages.map((p) => [p.path, p.section]) ?? []);
    expect(sections).toMatchObject({
      "md-d1": "phần mở đầu, đoạn 1",
      "1": "mục 1",
      "2": "mục 2",
      "2.1": "mục 2.1",
      "2.2": "mục 2.2",
      "2.2-y1": "mục 2.2, ý 1",
      "2.2-y2": "mục 2.2, ý 2",
      "3.1": "mục 3.1",
      "3.3": "mục 3.3",
    });
    const deadline = doc?.passages.find((p) => p.path === "2.2-y1");
    expect(deadline?.text).toMatch(
      /^Đổi mới, tạo đột phá .* Trước ngày 31\/12\/2024 và hàng năm, các cấp ủy/,
    );
    expect(deadline?.headings).toEqual([
      "2. Để khắc phục những tồn tại, hạn chế nêu trên và tiếp tục triển khai thực hiện có hiệu quả Nghị quyết số 20-NQ/TU, Nghị quyết số 32-NQ/TU trong thời gian tới;",
      "2.2. Tiếp tục đổi mới, nâng cao chất lượng thực hiện các khâu của công tác cán bộ.",
    ]);
    expect(doc?.meta.recipients).toContain("Lưu VPTU");
  });

  it("reconstructs Word's automatic numbering: 1., 1.1., a) and bullets", async () => {
    const paragraphs: (Para | string)[] = [
      "Ngày 01/8/2024, Ban Thường vụ Tỉnh ủy nghe báo cáo và có ý kiến kết luận như sau:",
      { text: "Về công tác cán bộ trẻ", list: { numId: 1, level: 0 } },
      {
        text: "Rà soát, bổ sung quy hoạch cán bộ trẻ trước ngày 31/12/2024.",
        list: { numId: 1, level: 1 },
      },
      { text: "Tổ chức thực hiện", list: { numId: 1, level: 0 } },
      { text: "Ban Tổ chức Tỉnh ủy tham mưu ban hành văn bản.", list: { numId: 1, level: 1 } },
      { text: "Văn phòng Tỉnh ủy theo dõi, đôn đốc.", list: { numId: 1, level: 2 } },
      { text: "Báo cáo kết quả hàng quý.", list: { numId: 2, level: 0 } },
      { text: "2.3. Đánh số gõ tay được giữ nguyên.", list: { numId: 1, level: 1 } },
    ];
    const bytes = await makeDocx(paragraphs.map(paragraphXml).join(""));
    const { text } = await convertUpload(bytes, "tu-dong.docx");
    expect(text.split("\n\n").map((p) => p.trim())).toEqual([
      "Ngày 01/8/2024, Ban Thường vụ Tỉnh ủy nghe báo cáo và có ý kiến kết luận như sau:",
      "1. Về công tác cán bộ trẻ",
      "1.1. Rà soát, bổ sung quy hoạch cán bộ trẻ trước ngày 31/12/2024.",
      "2. Tổ chức thực hiện",
      "2.1. Ban Tổ chức Tỉnh ủy tham mưu ban hành văn bản.",
      "a) Văn phòng Tỉnh ủy theo dõi, đôn đốc.",
      "- Báo cáo kết quả hàng quý.",
      "2.3. Đánh số gõ tay được giữ nguyên.",
    ]);
    const doc = parseDocument(text, "tu-dong.md");
    expect(doc.passages.map((p) => p.section)).toEqual([
      "phần mở đầu, đoạn 1",
      "mục 1.1",
      "mục 2.1",
      "mục 2.1, điểm a",
      "mục 2.1, điểm a, ý 1",
      "mục 2.3",
    ]);
  });

  it("detects a DOCX by its content even when the name says .pdf", async () => {
    const { format, text } = await convertUpload(await klDocx(), "ket-luan.pdf");
    expect(format).toBe("docx");
    expect(text).toContain("KẾT LUẬN");
  });

  it("rejects a ZIP that is not a DOCX and a DOCX without text", async () => {
    const zip = new JSZip();
    zip.file("ket-luan.txt", "1. Nội dung.");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const error = await inputError(convertUpload(bytes, "ket-luan.docx"));
    expect(error.userMessage).toMatch(/không phải tài liệu Word \(\.docx\)/);
    const empty = await inputError(convertUpload(await makeDocx("<w:p/>"), "trong.docx"));
    expect(empty.userMessage).toMatch(/không có nội dung/);
  });

  it("rejects a DOCX that would unzip to far more than the upload limit", async () => {
    const bomb = await makeDocx(paragraphXml(`Nội dung ${" ".repeat(400_000)}lặp lại.`));
    expect(bomb.length).toBeLessThan(10_000);
    const error = await inputError(convertUpload(bomb, "bom.docx", { maxBytes: 10_000 }));
    expect(error.userMessage).toMatch(/quá lớn khi giải nén/);
  });

  it("rejects a broken DOCX", async () => {
    const bytes = await klDocx();
    const broken = bytes.slice();
    // Corrupt the deflated data of the first entry; the ZIP directory itself stays readable.
    broken.fill(0x55, 60, 400);
    const error = await inputError(convertUpload(broken, "hong.docx"));
    expect(error.userMessage).toMatch(/Không đọc được tệp \.docx/);
  });
});

describe("convertUpload: PDF", () => {
  it("extracts the text layer, joining wrapped lines and separating paragraphs, and counts pages", async () => {
    const { text, format, pages } = await convertUpload(makePdf(PDF_PAGES), "ket-luan.pdf");
    expect(format).toBe("pdf");
    expect(pages).toBe(3);
    const paragraphs = [
      "TINH UY HUNG YEN",
      "DANG CONG SAN VIET NAM",
      "KET LUAN CUA BAN THUONG VU TINH UY",
      "Ngay 01/8/2024, sau khi nghe Ban To chuc Tinh uy bao cao ket qua, Ban Thuong vu Tinh uy co y kien nhu sau:",
      "1. Ban To chuc Tinh uy tham muu ban hanh cac van ban thuc hien Ket luan so 32-KL/TU trong nam 2024.",
      "2. Cac huyen uy, thi uy, thanh uy xay dung ke hoach thuc hien.",
      "3. Truoc ngay 31/12/2024 va hang nam, cac cap uy dang ra soat, bo sung quy hoach can bo tre.",
    ];
    expect(text).toBe(`${paragraphs.join("\n\n")}\n`);
    const doc = parseDocument(text, "ket-luan.md");
    expect(doc.passages.map((p) => [p.section, p.text.slice(0, 24)])).toEqual([
      ["phần đầu văn bản", "TINH UY HUNG YEN DANG CO"],
      ["phần mở đầu, đoạn 1", "Ngay 01/8/2024, sau khi "],
      ["mục 1", "Ban To chuc Tinh uy tham"],
      ["mục 2", "Cac huyen uy, thi uy, th"],
      ["mục 3", "Truoc ngay 31/12/2024 va"],
    ]);
  });

  it("accepts a PDF header after blank lines, as some servers send it", async () => {
    const pdf = makePdf([["1. Ban To chuc Tinh uy tham muu."]]);
    const padded = Buffer.concat([Buffer.from("\r\n\n"), pdf]);
    const { text, format } = await convertUpload(padded, "tai-ve");
    expect({ text, format }).toEqual({ text: "1. Ban To chuc Tinh uy tham muu.\n", format: "pdf" });
  });

  it("rejects a PDF whose pages are empty (no text layer, no image to read) with a clear message", async () => {
    const error = await inputError(convertUpload(makePdf([[]]), "scan.pdf"));
    expect(error.userMessage).toMatch(/^Tệp PDF này không có lớp chữ \(có thể là bản scan\)/);
    expect(error.userMessage).toMatch(/hãy tải bản \.docx hoặc PDF có lớp chữ/i);
    const mostly = await inputError(convertUpload(makePdf([["1. Trang dau."], [], []]), "scan.pdf"));
    expect(mostly.userMessage).toMatch(/2\/3 trang không có lớp chữ/);
  });

  it("rejects an encrypted PDF and a corrupt one", async () => {
    const encrypted = await inputError(
      convertUpload(makePdf(PDF_PAGES, { encrypted: true }), "mat-khau.pdf"),
    );
    expect(encrypted.userMessage).toMatch(/mật khẩu/);
    const corrupt = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\n%%EOF\n", "latin1");
    const error = await inputError(convertUpload(corrupt, "hong.pdf"));
    expect(error.userMessage).toMatch(/^Không đọc được tệp PDF/);
  });
});

describe("convertUpload: text and rejected files", () => {
  it("passes .md and .txt through, dropping a BOM and CRLF", async () => {
    const source = "---\nid: kl-1\n---\n\nKẾT LUẬN\n\n1. Ban Tổ chức Tỉnh ủy tham mưu.\n";
    const md = await convertUpload(Buffer.from(source), "kl.md");
    expect(md).toEqual({ text: source, format: "markdown" });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(source.replace(/\n/g, "\r\n"))]);
    const txt = await convertUpload(bom, "kl.TXT");
    expect(txt).toEqual({ text: source, format: "text" });
  });

  it("reads text that merely starts like a ZIP or mentions %PDF- as text", async () => {
    const source = "PKI và chữ ký số: không phải tệp nén.\n\n%PDF- chỉ là một chuỗi trong văn bản.\n";
    expect(await convertUpload(Buffer.from(source), "ghi-chu.txt")).toEqual({ text: source, format: "text" });
  });

  it("normalizes decomposed Vietnamese (NFD, as typed on some Macs) to NFC", async () => {
    const { text } = await convertUpload(Buffer.from("Tỉnh ủy Hưng Yên".normalize("NFD")), "a.txt");
    expect(text).toBe("Tỉnh ủy Hưng Yên");
  });

  it("rejects text that is not UTF-8, naming the line", async () => {
    const windows1258 = Buffer.concat([Buffer.from("Dòng một\nDòng hai\n"), Buffer.from([0x43, 0xe1, 0x63])]);
    const error = await inputError(convertUpload(windows1258, "kl.txt"));
    expect(error.userMessage).toMatch(/không ở bảng mã UTF-8 \(lỗi ở dòng 3\)/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kết luận", "utf16le")]);
    expect((await inputError(convertUpload(utf16, "kl.txt"))).userMessage).toMatch(/UTF-16/);
  });

  it("rejects binary files: executables, garbage, old .doc, RTF", async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64, 0)]);
    expect((await inputError(convertUpload(elf, "ket-luan.txt"))).userMessage).toMatch(/không phải văn bản/);
    const garbage = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256));
    expect((await inputError(convertUpload(garbage, "ket-luan.md"))).userMessage).toMatch(
      /không phải văn bản/,
    );
    const doc = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(64),
    ]);
    expect((await inputError(convertUpload(doc, "ket-luan.doc"))).userMessage).toMatch(/lưu thành \.docx/);
    const rtf = Buffer.from("{\\rtf1\\ansi Ket luan}");
    expect((await inputError(convertUpload(rtf, "ket-luan.rtf"))).userMessage).toMatch(/RTF/);
  });

  it("rejects an empty file and one over the size cap", async () => {
    expect((await inputError(convertUpload(new Uint8Array(0), "a.md"))).userMessage).toMatch(
      /không có nội dung/,
    );
    expect((await inputError(convertUpload(Buffer.from(" \n\n "), "a.txt"))).userMessage).toMatch(
      /không có nội dung/,
    );
    const big = await inputError(convertUpload(Buffer.alloc(2048, 0x61), "a.txt", { maxBytes: 1024 }));
    expect(big.userMessage).toMatch(/^Tệp quá lớn/);
    const overDefault = await inputError(convertUpload(new Uint8Array(10 * 1024 * 1024 + 1), "a.pdf"));
    expect(overDefault.userMessage).toMatch(/^Tệp quá lớn \(10 MB\)\. Dung lượng tối đa là 10 MB\./);
  });
});
