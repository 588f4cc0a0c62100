import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { blankRunningTitles } from "../../src/corpus/running-titles.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// Quyết định 435/QĐ-UBND năm 2020 của UBND tỉnh Kon Tum as a site crawler saved it (outside batch 15): the document's
// citation opens the header and again every article and every section of the attached programme.
const CRAWLED = `Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:
Quyết định 435/QĐ-UBND năm 2020. Điều 1.
Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh thực hiện Kế hoạch số 119- KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy.

Quyết định 435/QĐ-UBND năm 2020. Điều 2.
Giám đốc Sở Lao động - Thương binh và Xã hội; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như điều 2;
- Lưu: VT, KGVX4.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hữu Tháp

Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY (Ban hành kèm theo Quyết định số 435/QĐ-UBND ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh Kon Tum)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cấp ủy, chính quyền về vị trí, vai trò của quan hệ lao động.

Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG
1. Tiếp tục rà soát tham mưu củng cố, kiện toàn tổ chức bộ máy, biên chế và hoạt động của cơ quan quản lý nhà nước về lao động.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội.
- Thời gian thực hiện: Thực hiện thường xuyên hằng năm.

Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN
1. Giao Sở Lao động - Thương binh và Xã hội làm đầu mối, theo dõi, đôn đốc và tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm.
`;

describe("a crawler's running title before each heading", () => {
  it("is blanked in place after its first line, so offsets stay and the headings open their lines again", () => {
    const blanked = blankRunningTitles(CRAWLED);
    expect(blanked).toHaveLength(CRAWLED.length);
    const lines = blanked.split("\n");
    expect(lines[0]).toBe(CRAWLED.split("\n")[0]);
    expect(lines.filter((l) => l.trimStart().startsWith("Điều "))).toEqual([
      `${" ".repeat(33)}Điều 1.`,
      `${" ".repeat(33)}Điều 2.`,
    ]);
    // The attachment's own title stays where it first appears; its later repeats go.
    expect(lines.findLast((l) => l.includes("TRIỂN KHAI KẾ HOẠCH SỐ 119"))?.trim()).toMatch(
      /^CHƯƠNG TRÌNH HÀNH ĐỘNG\. TRIỂN KHAI/u,
    );
    expect(lines.filter((l) => /^\s+(?:II|III)\. /u.test(l))).toHaveLength(2);
  });

  it("lets the programme's sections, articles and tasks be read", () => {
    const doc = parseDocument(CRAWLED, "435-qd-ubnd-2020.md");
    expect(doc.passages.map((p) => p.path)).toEqual(
      expect.arrayContaining(["dieu1", "dieu2", "kem1.I.1", "kem1.II.1", "kem1.III.1"]),
    );
    expect(doc.passages.find((p) => p.path === "kem1.II.1")?.headings.at(-1)).toBe("II. NỘI DUNG HOẠT ĐỘNG");
    const tasks = extractObligations(doc);
    expect(tasks.find((o) => o.action.startsWith("Tiếp tục rà soát"))?.responsible).toEqual(["Sở Nội vụ"]);
    expect(tasks.find((o) => o.action.includes("làm đầu mối"))?.deadline.text).toBe(
      "trước ngày 30 tháng 11 hằng năm",
    );
  });

  it("leaves a sentence that repeats before ordinary text, or twice only, alone", () => {
    const text =
      "Cơ quan thực hiện: Sở Nội vụ chủ trì. Phối hợp với các sở.\nCơ quan thực hiện: Sở Nội vụ chủ trì. Phối hợp với các huyện.\nCơ quan thực hiện: Sở Nội vụ chủ trì. Phối hợp với các xã.\nKế hoạch số 5/KH-UBND năm 2020. Điều 1.\nKế hoạch số 5/KH-UBND năm 2020. Điều 2.\n";
    expect(blankRunningTitles(text)).toBe(text);
  });
});
