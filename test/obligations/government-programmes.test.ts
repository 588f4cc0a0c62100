import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// Nghị quyết 03/NQ-CP (09/01/2025) issuing the Government's action programme for Nghị quyết 57-NQ/TW, as Markdown
// (outside batch 14, its inspected half): the programme's tasks are lettered items under numbered headings, and
// whose they are is said once, in the section's lead-in, after a purpose and two adverbials.
const PROGRAMME = `# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 03/NQ-CP
Hà Nội, ngày 09 tháng 01 năm 2025

# NGHỊ QUYẾT
## Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia

# CHÍNH PHỦ

# QUYẾT NGHỊ:

**Điều 1.** Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

**Điều 2.** Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.

**Điều 3.** Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị quyết này.

*Nơi nhận:*
- Ban Bí thư Trung ương Đảng;
- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- Lưu: VT, KGVX (2b).

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
[đã ký]
Nguyễn Hòa Bình

# CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ
*Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia*

*(Kèm theo Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)*

## I. MỤC TIÊU

1. Tổ chức thể chế hóa và thực hiện đầy đủ các quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra trong Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (sau đây gọi tắt là Nghị quyết số 57-NQ/TW).

2. Xác định nhiệm vụ cụ thể để các Bộ, ngành, địa phương xây dựng kế hoạch hành động, tổ chức triển khai, kiểm tra, giám sát, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW, hiện thực hóa mục tiêu đưa khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia là đột phá quan trọng hàng đầu, là động lực chính để phát triển nhanh lực lượng sản xuất hiện đại, hoàn thiện quan hệ sản xuất, đổi mới phương thức quản trị quốc gia, phát triển kinh tế - xã hội, ngăn chặn nguy cơ tụt hậu, đưa đất nước phát triển bứt phá, giàu mạnh trong kỷ nguyên mới.

## II. NHIỆM VỤ CỤ THỂ

Nhằm đạt được mục tiêu Nghị quyết số 57-NQ/TW đề ra, trong thời gian tới, bên cạnh các nhiệm vụ thường xuyên, các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:

### 1. Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo sức lực mới, khí thế mới trong toàn xã hội về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia

a) Xây dựng, triển khai và tổ chức triển khai chương trình tuyên truyền thường xuyên, sâu rộng về nội dung Nghị quyết số 57-NQ/TW theo hướng: đa dạng hóa các hình thức tuyên truyền thông qua báo chí, phát thanh, truyền hình, các nền tảng số, mạng xã hội và các phương tiện điện tử khác; cụ thể hóa nội dung tuyên truyền cho từng nhóm đối tượng người dân, doanh nghiệp, chính quyền các cấp; kế hoạch tuyên truyền phải có mục tiêu, có bộ tiêu chí đánh giá cụ thể, định kỳ đo lường và công bố kết quả.

b) Xây dựng, ban hành quy định trách nhiệm người đứng đầu các cơ quan nhà nước trực tiếp phụ trách, chỉ đạo triển khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số của cơ quan, tổ chức; quy định về trách nhiệm của cán bộ, công chức, viên chức trong việc thực hiện kế hoạch hành động về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số hằng năm.


e) Định kỳ đánh giá, công bố mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan nhà nước, người đứng đầu và cán bộ, công chức, viên chức trong cơ quan nhà nước; kết quả thực hiện chuyển đổi số là tiêu chí đánh giá hiệu quả thực hiện nhiệm vụ, đánh giá thi đua, khen thưởng hằng năm.


### 2. Khẩn trương, quyết liệt hoàn thiện thể chế; xoá bỏ mọi tư tưởng, quan niệm, rào cản đang cản trở sự phát triển; đưa thể chế thành một lợi thế cạnh tranh trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số

đ) Sửa đổi Luật Khoa học và Công nghệ (2013) và các luật có liên quan trong dự án xây dựng Luật Khoa học, Công nghệ và Đổi mới sáng tạo để:
- Tháo gỡ các khó khăn, vướng mắc, tạo hành lang pháp lý thuận lợi thúc đẩy khoa học, công nghệ và đổi mới sáng tạo
- Đơn giản hóa thủ tục hành chính, đẩy mạnh phân cấp, phân quyền trong công tác quản lý nhà nước
- Tập trung nguồn lực đầu tư từ ngân sách nhà nước, thu hút đầu tư ngoài ngân sách cho khoa học, công nghệ và đổi mới sáng tạo


## III. TỔ CHỨC THỰC HIỆN

1. Trên cơ sở nội dung Nghị quyết số 57-NQ/TW của Bộ Chính trị, Chương trình hành động của Chính phủ, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương theo chức năng, nhiệm vụ xây dựng và tổ chức thực hiện kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Chương trình hành động của Chính phủ trong tháng 01 năm 2025.

`;

describe("a programme whose section lead-in names who carries out its lettered items", () => {
  const doc = parseDocument(PROGRAMME, "03-nq-cp-2025.md");
  const obligations = extractObligations(doc);
  const of = (opening: string) => {
    const passage = doc.passages.find((p) => p.text.startsWith(opening));
    return obligations.filter((o) => o.passageId === passage?.id);
  };
  const carriers = [
    "các Bộ",
    "cơ quan ngang Bộ",
    "cơ quan thuộc Chính phủ",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
  ];

  it("gives each item to the bodies the lead-in names", () => {
    expect(
      of("Xây dựng, triển khai và tổ chức triển khai chương trình tuyên truyền")[0]?.responsible,
    ).toEqual(carriers);
    expect(of("Xây dựng, ban hành quy định trách nhiệm người đứng đầu")[0]?.responsible).toEqual(carriers);
  });

  it("keeps the objectives and the lead-in itself out", () => {
    expect(of("Tổ chức thể chế hóa và thực hiện đầy đủ")).toEqual([]);
    expect(of("Nhằm đạt được mục tiêu")).toEqual([]);
  });
});

describe("the Government's programme: purposes, adverbs of time and a month after a cited resolution", () => {
  const doc = parseDocument(PROGRAMME, "03-nq-cp-2025.md");
  const obligations = extractObligations(doc);
  const of = (opening: string) => {
    const passage = doc.passages.find((p) => p.text.startsWith(opening));
    return obligations.filter((o) => o.passageId === passage?.id);
  };

  it("reads the items after '… để:' as what the act is for, and the act as the task", () => {
    expect(of("Sửa đổi Luật Khoa học và Công nghệ (2013)")).toHaveLength(1);
    expect(of("Tháo gỡ các khó khăn, vướng mắc")).toEqual([]);
    expect(of("Đơn giản hóa thủ tục hành chính")).toEqual([]);
  });

  it("reads 'Định kỳ đánh giá, công bố …' as a periodic act of the lead-in's bodies, not of the bodies it assesses", () => {
    const [task] = of("Định kỳ đánh giá, công bố mức độ");
    expect(task?.responsible[0]).toBe("các Bộ");
    expect(task?.deadline.recurrence).toBe("periodic");
  });

  it("reads 'trong tháng 01 năm 2025' closing the sentence as the plans' deadline, after the resolution it names", () => {
    const [task] = of("Trên cơ sở nội dung Nghị quyết số 57-NQ/TW");
    expect(task?.deadline).toMatchObject({ kind: "date", due: "2025-01-31" });
  });
});
