import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withoutDocumentReferences } from "../../src/answer/document-reference.ts";
import { tempDir } from "../helpers.ts";
import { answerersOver } from "./answer-fixture.ts";

// Nghị quyết 03/NQ-CP (09/01/2025), the Government's programme for Nghị quyết 57-NQ/TW (outside batch 14, its
// inspected half): its header, articles and part of section II.
const RESOLUTION = `# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
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

### 3. Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia

a) Ban hành Chương trình phát triển công nghệ và công nghiệp chiến lược; xây dựng cơ sở pháp lý và đề án để hình thành Quỹ đầu tư phát triển công nghiệp chiến lược; xây dựng cơ chế thử nghiệm chính sách nhằm thúc đẩy nghiên cứu, phát triển, ứng dụng, chuyển giao công nghệ chiến lược; xây dựng cơ chế, chính sách hợp tác công tư để nghiên cứu và phát triển công nghệ chiến lược; xây dựng đề án phát triển hạ tầng năng lượng, nhất là năng lượng mới, năng lượng sạch và bảo đảm an ninh năng lượng cho phát triển khoa học, công nghệ, các ngành công nghiệp chiến lược.

b) Phát triển mạng lưới kết nối các trung tâm đổi mới sáng tạo, khởi nghiệp sáng tạo, tập trung vào các công nghệ chiến lược và chuyển đổi số. Thực hiện các chương trình, dự án thúc đẩy các lĩnh vực công nghệ, đổi mới sáng tạo trong tầm của Trung tâm Đổi mới sáng tạo Quốc gia. Phấn đấu đến năm 2030, có ít nhất 05 dự án, chương trình trong lĩnh vực bán dẫn, trí tuệ nhân tạo, công nghệ số, nhà máy thông minh, đô thị thông minh... được triển khai.

c) Xây dựng chính sách ưu đãi về thuế đối với các hoạt động đầu tư, mua, thuê các sản phẩm, dịch vụ số.

d) Xây dựng, ban hành danh mục và triển khai các nền tảng số quốc gia, nền tảng số dùng chung của ngành, lĩnh vực, vùng bảo đảm hoạt động thống nhất, liên thông của các ngành, lĩnh vực trên môi trường số.

đ) Xây dựng cơ chế cho phép sử dụng ngân sách nhà nước để đầu tư xây dựng nền tảng số có quy mô quốc gia, vùng và được sử dụng chung cho nhiều cơ quan, tổ chức.

e) Xây dựng, triển khai Chương trình phát triển kinh tế số, xã hội số với các mục tiêu được lượng hóa cụ thể; giao trách nhiệm người đứng đầu các đơn vị trực tiếp phụ trách, chỉ đạo; xây dựng bộ tiêu chí đánh giá; định kỳ đo lường, công bố công khai kết quả; đánh giá mức độ hoàn thành nhiệm vụ dựa trên kết quả phát triển kinh tế số, xã hội số.

g) Xây dựng cơ chế, chính sách hỗ trợ, khuyến khích các tổ chức, cá nhân, doanh nghiệp đầu tư, xây dựng các phòng thí nghiệm, trung tâm nghiên cứu và phát triển khoa học, công nghệ; công bố danh mục các chương trình, nhiệm vụ, dự án về hợp tác công tư trong phát triển các hạ tầng số mới cần thiết cho chuyển đổi số.

h) Phát triển hạ tầng viễn thông, Internet đáp ứng yêu cầu dự phòng, kết nối toàn cầu, bền vững, hệ thống truyền dẫn dữ liệu qua vệ tinh, mạng cáp quang băng thông rộng tốc độ cao, mạng thông tin di động 5G, 6G và các thế hệ tiếp theo phủ sóng toàn quốc.

i) Thí điểm triển khai bản sao số cho một số thành phố trực thuộc Trung ương.
`;

describe("withoutDocumentReferences", () => {
  it("blanks a document cited by kind and number, keeping the rest as typed", () => {
    expect(withoutDocumentReferences("NQ 03 nói thí điểm bản sao số cho đâu?")).toBe(
      "      nói thí điểm bản sao số cho đâu?",
    );
    expect(withoutDocumentReferences("Kế hoạch số 120/KH-UBND giao ai?")?.trim()).toBe("giao ai?");
    expect(withoutDocumentReferences("thí điểm bản sao số cho đâu?")).toBeNull();
  });
});

describe("a question that names its document by kind and bare number ('NQ 03')", () => {
  it("is answered from that document, though its passage does not repeat the number; an unknown number is not", async () => {
    const dir = tempDir("troly-named-");
    const file = path.join(dir, "03-nq-cp-2025.md");
    writeFileSync(file, RESOLUTION);
    const { extractive } = await answerersOver([file]);
    const answer = await extractive.answer("NQ 03 nói thí điểm bản sao số cho đâu?");
    expect(answer.refused).toBe(false);
    expect(answer.answer).toContain("một số thành phố trực thuộc Trung ương");
    expect((await extractive.answer("NQ 05 nói thí điểm bản sao số cho đâu?")).refused).toBe(true);
  });
});
