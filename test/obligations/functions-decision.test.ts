import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// An excerpt of Quyết định 21/2025/QĐ-UBND of Hà Nội (the functions of Sở Y tế) as a vision model transcribed the
// signed PDF: wide spaces in the header, Markdown line breaks, a bold article title.
const FUNCTIONS = `ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
THÀNH PHỐ HÀ NỘI               Độc lập - Tự do - Hạnh phúc  
Số: 21     /2025/QĐ-UBND          Hà Nội, ngày 28  tháng 02  năm 2025  

QUYẾT ĐỊNH  
Về việc quy định chức năng, nhiệm vụ, quyền hạn  
và cơ cấu tổ chức của Sở Y tế thành phố Hà Nội  


QUYẾT ĐỊNH:  

Điều 1. Vị trí và chức năng  
1. Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố, thực hiện chức năng tham mưu, giúp Ủy ban nhân dân Thành phố quản lý nhà nước về: Y tế dự phòng; khám bệnh, chữa bệnh; phục hồi chức năng; giám định y khoa, pháp y, pháp y tâm thần; y dược cổ truyền; sức khỏe sinh sản; trang thiết bị...

Điều 2. Nhiệm vụ và quyền hạn

2. Trình Chủ tịch Ủy ban nhân dân Thành phố dự thảo các văn bản thuộc thẩm quyền ban hành của Chủ tịch Ủy ban nhân dân Thành phố theo phân công về công tác y tế ở Thành phố.

3. Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình, đề án, dự án và các văn bản khác về y tế sau khi được phê duyệt; thông tin, tuyên truyền, hướng dẫn, phổ biến, giáo dục, theo dõi thi hành pháp luật về các lĩnh vực theo nhiệm vụ quản lý nhà nước của Sở Y tế.


**Điều 3. Cơ cấu tổ chức của Sở**

1. Các phòng và tương đương thuộc Sở  
a) Văn phòng;  
b) Thanh tra;  
c) Phòng Tổ chức cán bộ;  
d) Phòng Kế hoạch - Tài chính;  
đ) Phòng Nghiệp vụ Y;  
e) Phòng Nghiệp vụ Dược;  
g) Phòng Quản lý Bảo hiểm y tế và Công nghệ thông tin;  

Điều 7. Điều khoản thi hành
2. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nội vụ, 
Giám đốc Sở Y tế, Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân 
các quận, huyện, thị xã và các cơ quan, đơn vị, cá nhân có liên quan chịu trách 
nhiệm thi hành Quyết định này./.
`;

const obligations = () => extractObligations(parseDocument(FUNCTIONS, "21-2025-qd-ubnd-hn.md"));

describe("a decision on a body's functions (Quyết định 21/2025/QĐ-UBND, Hà Nội)", () => {
  it("gives the items of 'Nhiệm vụ và quyền hạn' to the body the title is about, named as the text names it", () => {
    const duties = obligations().filter((o) => o.passageId.includes("#dieu2."));
    expect(duties.map((o) => o.responsible)).toEqual([["Sở Y tế"], ["Sở Y tế"]]);
  });

  it("reads no work in the units its structure lists ('Cơ cấu tổ chức của Sở' over 'a) Văn phòng;', 'b) Thanh tra;')", () => {
    expect(obligations().filter((o) => o.passageId.includes("#dieu3."))).toEqual([]);
  });

  it("still charges whom the implementing article names with carrying the decision out", () => {
    const execution = obligations().find((o) => o.passageId.endsWith("#dieu7.2"));
    expect(execution?.responsible).toContain("Giám đốc Sở Nội vụ");
  });
});
