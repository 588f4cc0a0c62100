import { describe, expect, it } from "vitest";
import { blankMarkdownLinks } from "../../src/corpus/markdown-links.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// An excerpt of Nghị định 122/2025/NĐ-CP (Chính phủ) as a legal-text site crawled it to Markdown, links to forms kept.
const DECREE = `CHÍNH PHỦ -------
Số: 122/2025/NĐ-CP Hà Nội, ngày 11 tháng 6 năm 2025
NGHỊ ĐỊNH QUY ĐỊNH THẨM QUYỀN, TRÌNH TỰ, THỦ TỤC XÓA NỢ TIỀN THUẾ
Điều 5. Trình tự, thủ tục xóa nợ
2. Hồ sơ đề nghị xóa nợ:
b) Cục Thuế thẩm định hồ sơ đề nghị xóa nợ. Trường hợp không thuộc đối tượng xóa nợ thì Cục Thuế thông báo cho cơ quan thuế cấp tỉnh theo [Mẫu số 02/XOANO](https://files.thuvienphapluat.vn/uploads/DocForms/6/6/0/4/660465//Mau%2002-XOANO-80-2021-TT-BTC.doc) ban hành kèm theo Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ Tài chính.
`;

describe("blankMarkdownLinks", () => {
  it("keeps a link's label and blanks its brackets and address in place", () => {
    const text = "theo [Mẫu số 02/XOANO](https://files.example.vn/a%20b.doc) ban hành";
    const blanked = blankMarkdownLinks(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/\s+/g, " ")).toBe("theo Mẫu số 02/XOANO ban hành");
  });

  it("leaves brackets that are no link alone", () => {
    expect(blankMarkdownLinks("điểm a) và [ký tên và dấu đỏ] (nếu có)")).toBe(
      "điểm a) và [ký tên và dấu đỏ] (nếu có)",
    );
  });

  it("reads no address into a passage or a party of a crawled decree", () => {
    const doc = parseDocument(DECREE, "122-2025-nd-cp.md");
    expect(doc.passages.map((p) => p.text).join("\n")).not.toMatch(/https?:|\]\(/u);
    const parties = extractObligations(doc).flatMap((o) => o.responsible);
    expect(parties).toContain("Cục Thuế");
    expect(parties.join("; ")).not.toMatch(/https?:|Mẫu số/u);
  });
});
