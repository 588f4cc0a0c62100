import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

/**
 * Kết luận 127-KL/TW of the Politburo (28/02/2025, outside the dev corpus), as a crawler saved it: a task under a
 * numbered heading, a lead bullet saved as a Markdown heading ("#### - …"), then "+" items with their own deadlines.
 */
const CONCLUSION = `BAN CHẤP HÀNH TRUNG ƯƠNG

Số 127-KL/TW

Hà Nội, ngày 28 tháng 2 năm 2025

KẾT LUẬN

Để bảo đảm thực hiện quyết liệt, có hiệu quả các nhiệm vụ, giải pháp nêu tại Kết luận số 121-KL/TW, Bộ Chính trị, Ban Bí thư yêu cầu các cấp uỷ, tổ chức đảng thực hiện tốt các nhiệm vụ sau:

## II- NỘI DUNG, TIẾN ĐỘ THỰC HIỆN

### 1. Xây dựng đề án sáp nhập một số đơn vị hành chính cấp tỉnh, không tổ chức cấp huyện

- Giao Đảng uỷ Chính phủ chủ trì, phối hợp với Ban Tổ chức Trung ương, Đảng uỷ Quốc hội và các cơ quan liên quan chỉ đạo nghiên cứu, xây dựng đề án.

#### - Đảng uỷ Chính phủ khẩn trương triển khai thực hiện, bảo đảm tiến độ cụ thể như sau:

+ Báo cáo Bộ Chính trị cho chủ trương trước khi xin ý kiến các cấp uỷ, tổ chức đảng chậm nhất ngày 09/3/2025.

+ Tiếp thu ý kiến Bộ Chính trị, Ban Bí thư, hoàn thiện đề án gửi xin ý kiến các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương chậm nhất ngày 12/3/2025.

- Giao Ban Tổ chức Trung ương chủ trì, phối hợp với các cơ quan nghiên cứu, xây dựng đề án về hệ thống tổ chức đảng ở địa phương, báo cáo Bộ Chính trị chậm nhất ngày 12/3/2025.

### 2. Rà soát, sửa đổi, bổ sung các quy định của Đảng

- Giao Ban Tổ chức Trung ương; Uỷ ban Kiểm tra Trung ương; Đảng uỷ Chính phủ; Đảng uỷ Quốc hội và các cơ quan liên quan trong quá trình chuẩn bị đề án rà soát, đề xuất sửa đổi các quy định có liên quan, hoàn thành trước ngày 09/4/2025.

- Giao Đảng uỷ Chính phủ, Đảng uỷ Quốc hội (theo phạm vi, lĩnh vực) chủ trì, chỉ đạo Đảng uỷ Bộ Tư pháp nghiên cứu, đề xuất sửa đổi các luật, hoàn thành chậm nhất ngày 30/6/2025.

### 3. Xây dựng đề án về tiếp tục sắp xếp tổ chức Quân đội

Giao Quân uỷ Trung ương căn cứ Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư chủ trì, phối hợp với các cơ quan có liên quan chỉ đạo nghiên cứu, xây dựng kế hoạch tiếp tục sắp xếp tổ chức Quân đội.

## III- TỔ CHỨC THỰC HIỆN

**1. Giao các đoàn kiểm tra của Bộ Chính trị, Ban Bí thư **chủ động quán triệt, trao đổi, nắm tình hình về chủ trương sắp xếp, tinh gọn tổ chức bộ máy tại các địa phương.

**2. Giao các đồng chí Ủy viên Bộ Chính trị, Ban Bí thư** theo lĩnh vực, địa bàn phụ trách lãnh đạo, chỉ đạo các cấp uỷ, tổ chức đảng, cơ quan, đơn vị, địa phương quán triệt và tổ chức thực hiện.
`;

const doc = parseDocument(CONCLUSION, "127-2025-kl-bct.md");
const obligations = extractObligations(doc);
const passage = (start: string) => doc.passages.find((p) => p.text.startsWith(start));
const obligationAt = (start: string) => {
  const at = passage(start);
  return obligations.filter((o) => o.passageId === at?.id);
};

describe("bullets of another kind under a bullet that ends with ':' (Kết luận 127-KL/TW)", () => {
  it("reads a dash line saved as a Markdown heading as a bullet, and its '+' items under it", () => {
    const lead = passage("Đảng uỷ Chính phủ khẩn trương");
    expect(lead?.section).toBe("phần II, mục 1, ý 2");
    expect(passage("Báo cáo Bộ Chính trị cho chủ trương")?.headings.at(-1)).toBe(lead?.text);
    // The next dash bullet is the lead's sibling, not its item.
    expect(passage("Giao Ban Tổ chức Trung ương chủ trì")?.headings.at(-1)).not.toBe(lead?.text);
  });

  it("gives each '+' item, with its own deadline, to the subject of the lead bullet", () => {
    expect(obligationAt("Báo cáo Bộ Chính trị cho chủ trương")).toMatchObject([
      { responsible: ["Đảng uỷ Chính phủ"], deadline: { kind: "date", due: "2025-03-09" } },
    ]);
    expect(obligationAt("Tiếp thu ý kiến Bộ Chính trị")).toMatchObject([
      { responsible: ["Đảng uỷ Chính phủ"], deadline: { kind: "date", due: "2025-03-12" } },
    ]);
  });

  it("reads 'Giao A; B; C …' as one task of every party listed", () => {
    expect(obligationAt("Giao Ban Tổ chức Trung ương; Uỷ ban Kiểm tra")).toMatchObject([
      {
        responsible: expect.arrayContaining([
          "Ban Tổ chức Trung ương",
          "Uỷ ban Kiểm tra Trung ương",
          "Đảng uỷ Quốc hội",
        ]),
        deadline: { kind: "date", due: "2025-04-09" },
      },
    ]);
  });

  it("reads Party bodies and office holders as parties: Quân uỷ, đoàn kiểm tra, Ủy viên, a scope in brackets", () => {
    expect(obligationAt("Giao Quân uỷ Trung ương")[0]?.responsible).toEqual(["Quân uỷ Trung ương"]);
    expect(obligationAt("Giao các đoàn kiểm tra")[0]?.responsible[0]).toBe(
      "các đoàn kiểm tra của Bộ Chính trị",
    );
    expect(obligationAt("Giao các đồng chí Ủy viên")[0]?.responsible[0]).toBe(
      "các đồng chí Ủy viên Bộ Chính trị",
    );
    expect(obligationAt("Giao Đảng uỷ Chính phủ, Đảng uỷ Quốc hội")[0]?.responsible).toEqual([
      "Đảng uỷ Chính phủ",
      "Đảng uỷ Quốc hội",
    ]);
  });
});

describe("a lead bullet says whose its items are, not that they are work", () => {
  it("leaves the people a decision's lead bullet lists without tasks of their own", () => {
    const decision = parseDocument(
      `ỦY BAN NHÂN DÂN TỈNH A

Số: 16/2025/QĐ-UBND

QUYẾT ĐỊNH

**Điều 1.** Ban hành kèm theo Quyết định này Quy định về hỗ trợ học nghề.

**Điều 2.** Hồ sơ đề nghị hỗ trợ

- Ủy ban nhân dân cấp xã có trách nhiệm lập danh sách các đối tượng sau:

+ Người có công với cách mạng;

+ Người thuộc hộ nghèo, hộ cận nghèo;

+ Người khuyết tật.
`,
      "16-2025-qd-ubnd-a.md",
    );
    const listed = decision.passages.filter((p) => p.headings.at(-1)?.endsWith("các đối tượng sau:"));
    expect(listed).toHaveLength(3);
    const ids = new Set(listed.map((p) => p.id));
    expect(extractObligations(decision).filter((o) => ids.has(o.passageId))).toEqual([]);
  });
});

describe("a letter's polite name for its addressees (Công văn 10988/BNV-CQĐP, 2025)", () => {
  it("gives 'rất mong Quý cơ quan phối hợp …' to every addressee", () => {
    const letter = parseDocument(
      `BỘ NỘI VỤ

Số: 10988/BNV-CQĐP

Hà Nội, ngày 21 tháng 11 năm 2025

Kính gửi:

- Ban Tuyên giáo và Dân vận Trung ương;

- Thông tấn xã Việt Nam.

1. Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương số 72/2025/QH15.

Bộ Nội vụ trân trọng cảm ơn và rất mong Quý cơ quan phối hợp làm tốt công tác tuyên truyền để cán bộ, đảng viên và Nhân dân hiểu rõ mục tiêu, ý nghĩa, tạo sự đồng thuận trong xã hội.
`,
      "10988-2025-cv-bnv.md",
    );
    const thanks = letter.passages.find((p) => p.text.startsWith("Bộ Nội vụ trân trọng"));
    const found = extractObligations(letter).filter((o) => o.passageId === thanks?.id);
    expect(found.map((o) => o.responsible)).toEqual([
      ["Ban Tuyên giáo và Dân vận Trung ương", "Thông tấn xã Việt Nam"],
    ]);
  });
});
