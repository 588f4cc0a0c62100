import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

/** Who must do the work of the passage that opens with the given words, as extracted from the text. */
function partiesOf(text: string, file: string): { get: (opening: string) => string[] | undefined } {
  const doc = parseDocument(text, file);
  const obligations = extractObligations(doc);
  return {
    get: (opening) => {
      const passage = doc.passages.find((p) => p.text.startsWith(opening));
      return obligations.find((o) => o.passageId === passage?.id)?.responsible;
    },
  };
}

// Excerpts of the Lào Cai Party committee's action programme 104-CTr/TU (8/2026) and resolution 34-NQ/TU (12/2025).
const PROGRAMME = [
  "TỈNH UỶ LÀO CAI",
  "",
  "CHƯƠNG TRÌNH HÀNH ĐỘNG",
  "thực hiện Kết luận số 75-KL/TW về bảo vệ môi trường",
  "",
  "III. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM",
  "",
  "3.1. Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền",
  "",
  "- Phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh trong giám sát thi hành pháp luật.",
  "",
  "- Đổi mới công tác tuyên truyền, phổ biến pháp luật theo hướng số hóa, dễ tiếp cận.",
  "",
  "Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh.",
  "",
  "3.2. Nâng cao hiệu lực, hiệu quả quản lý nhà nước",
  "",
  "- Đẩy mạnh phân cấp, phân quyền, xác định rõ thẩm quyền, trách nhiệm của từng cấp.",
  "",
  "- Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp bảo vệ môi trường.",
  "",
  "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.",
  "",
  "IV. TỔ CHỨC THỰC HIỆN",
  "",
  "1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tuyên truyền Chương trình.",
].join("\n");

const RESOLUTION = [
  "TỈNH ỦY LÀO CAI",
  "",
  "NGHỊ QUYẾT",
  "CỦA BAN THƯỜNG VỤ TỈNH ỦY",
  "về phát triển các khu công nghiệp, cụm công nghiệp",
  "",
  "II. NHIỆM VỤ, GIẢI PHÁP",
  "",
  "1. Đổi mới, tăng cường và tập trung sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với phát triển khu, cụm công nghiệp.",
  "",
  "2. Tổ chức rà soát toàn bộ các dự án trong khu, cụm công nghiệp; kiên quyết thu hồi các dự án chậm tiến độ.",
  "",
  "IV. TỔ CHỨC THỰC HIỆN",
  "",
  "1. Các cấp uỷ, tổ chức Đảng, chính quyền lãnh đạo, chỉ đạo tổ chức quán triệt, phổ biến Nghị quyết này đến toàn thể cán bộ, đảng viên và nhân dân; căn cứ chức năng, nhiệm vụ cụ thể hóa thành kế hoạch thực hiện Nghị quyết để tổ chức thực hiện.",
  "",
  "2. Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo công tác tuyên truyền sâu rộng Nghị quyết.",
  "",
  "3. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện Nghị quyết.",
].join("\n");

// An excerpt of Công văn 7103/UBND-TH of Lào Cai (10/7/2026): a roster of departments, then their duties.
const ROSTER = [
  "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
  "",
  "Số: 7103 /UBND-TH",
  "",
  "2. Các sở quản lý nhà nước chuyên ngành về hạ tầng",
  "Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:",
  "- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp và hạ tầng thương mại);",
  "- Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị);",
  "- Ban Quản lý Khu kinh tế, Ban Quản lý các khu công nghiệp (đối với tài sản kết cấu hạ tầng khu kinh tế).",
  "Có trách nhiệm:",
  "a) Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tổ chức rà soát, thống kê, phân loại toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi quản lý.",
  "b) Hướng dẫn, đôn đốc các cơ quan, đơn vị được giao quản lý tài sản thực hiện việc lập, quản lý hồ sơ.",
].join("\n");

describe("who carries out the items of a Party programme or resolution", () => {
  it("a 'Trách nhiệm chỉ đạo thực hiện:' line after a section's items gives them its bodies", () => {
    const parties = partiesOf(PROGRAMME, "104-2026-ctr-tu-laocai.md");
    expect(parties.get("Phát huy vai trò")).toEqual([
      "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh",
      "Đảng ủy Ủy ban nhân dân tỉnh",
    ]);
    expect(parties.get("Đẩy mạnh phân cấp")).toEqual(["Đảng ủy Ủy ban nhân dân tỉnh"]);
    expect(parties.get("Bố trí tối thiểu 2%")).toEqual(["Đảng ủy Ủy ban nhân dân tỉnh"]);
  });

  it("items that name no one go to the bodies that turn the text into their own plans, not to every implementing body", () => {
    const parties = partiesOf(RESOLUTION, "34-2025-nq-tu-laocai.md");
    expect(parties.get("Tổ chức rà soát toàn bộ")).toEqual(["Các cấp uỷ, tổ chức Đảng, chính quyền"]);
    expect(parties.get("Ban Tuyên giáo và Dân vận")).toEqual(["Ban Tuyên giáo và Dân vận Tỉnh ủy"]);
  });

  it("a roster of bodies ('… gồm: - Sở Công Thương (đối với …)') is no task, and its bodies carry the items after it", () => {
    const doc = parseDocument(ROSTER, "7103-2026-cv-ubnd-laocai.md");
    const obligations = extractObligations(doc);
    expect(obligations.some((o) => o.sourceText.startsWith("Sở Công Thương"))).toBe(false);
    const first = obligations.find((o) => o.sourceText.startsWith("Chủ trì, phối hợp"));
    expect(first?.responsible).toEqual(
      expect.arrayContaining([
        "Sở Công Thương",
        "Sở Xây dựng",
        "Ban Quản lý Khu kinh tế",
        "Ban Quản lý các khu công nghiệp",
      ]),
    );
  });
});

// Kế hoạch 3260-KH/ĐĐQH15 of the National Assembly's Party delegation, 2025 (outside batch 14, opened once its first
// figure, 0.194, was on record; long lines shortened): the tasks are listed under the Party cell of each committee.
const CELLS_PLAN = `      ## ĐẢNG CỘNG SẢN VIỆT NAM

**BAN CHẤP HÀNH TRUNG ƯƠNG**
**ĐẢNG ĐOÀN QUỐC HỘI**

Số 3260-KH/ĐĐQH15

Hà Nội, ngày 10 tháng 01 năm 2025

**KẾ HOẠCH**

**khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024**
**2.2. Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội, Lãnh đạo các cơ quan thuộc UBTVQH, các Đoàn đại biểu Quốc hội theo chức năng, nhiệm vụ được giao chủ động, kịp thời thực hiện các nhiệm vụ sau:**

**a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT**

*   Là cơ quan đầu mối, tham mưu, giúp việc tổng hợp, báo cáo Đảng đoàn Quốc hội trong việc tham mưu kế hoạch, chương trình đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia thực hiện Nghị quyết.
*   Chủ trì thẩm tra các dự án luật, pháp lệnh, dự thảo nghị quyết và giám sát việc thực hiện chính sách, pháp luật về KH,CN,ĐMST và chuyển đổi số để gỡ bỏ các rào cản, điểm nghẽn về thể chế, chính sách, pháp luật nhằm thúc đẩy.

**b) Tổ đảng ở Thường trực Hội đồng Dân tộc**

*   Tham gia thẩm tra chính sách, pháp luật thuộc lĩnh vực dân tộc liên quan đến đột phá phát triển KH,CN,ĐMST và chuyển đổi số; tham gia ý kiến, đề xuất xây dựng cơ chế, chính sách thu hút và đào tạo nhân lực, ứng dụng.
*   Giám sát việc thực hiện chính sách, pháp luật thuộc lĩnh vực dân tộc liên quan đến đột phá phát triển KH,CN,ĐMST và chuyển đổi số trong các Chương trình mục tiêu quốc gia, các kế hoạch, chương trình, đề án phát triển kinh tế.
`;

describe("a plan whose tasks are listed under each committee's Party cell (Kế hoạch 3260-KH/ĐĐQH15, 2025)", () => {
  const tasks = extractObligations(parseDocument(CELLS_PLAN, "3260-kh-ddqh-2025.md"));

  it("gives each bullet to the cell its heading names, not to the delegation that made the plan", () => {
    const examine = tasks.find((o) => o.action.startsWith("Chủ trì thẩm tra các dự án luật"));
    expect(examine?.responsible).toEqual(["Tổ đảng ở Thường trực Ủy ban KH,CN&MT"]);
    const supervise = tasks.find((o) =>
      o.action.startsWith("Giám sát việc thực hiện chính sách, pháp luật thuộc lĩnh vực dân tộc"),
    );
    expect(supervise?.responsible).toEqual(["Tổ đảng ở Thường trực Hội đồng Dân tộc"]);
  });
});
