import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// Kế hoạch 0130/KH-UBND of the Đắk Lắk People's Committee, 21/11/2025, as thuvienphapluat laid it out (outside batch 17,
// opened once its first figure, 0.220, was on record; excerpt): the activities name no one, the implementing section
// makes the health department the plan's lead, and the closing request addresses every department and locality.
const LED_PLAN = `|
**ỦY BAN NHÂN DÂN**
TỈNH ĐẮK LẮK
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 0130/KH-UBND
|
*Đắk Lắk, ngày 21
tháng 11 năm 2025*
|


**KẾ HOẠCH**

KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM
SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK

Do hậu quả mưa lớn kéo
dài, từ ngày 17 đến ngày 20 tháng 11 năm 2025 tỉnh Đắk Lắk đang phải hứng chịu
đợt mưa lớn lịch sử kéo dài nhiều ngày liên tục, tình hình hiện nay vẫn chưa có
dấu hiệu giảm sút. Sức gió dữ dội cùng mưa lớn nghiêm trọng, thất thường, sạt lở
xảy ra tại nhiều địa phương, hàng vạn hộ dân bị ngập nhà, nhiều khu vực bị chia
cắt, cô lập; nhiều công trình hạ tầng, nhà ở, hoa màu, vật nuôi bị hư hại... và
rất nhiều thiệt hại chưa thể thống kê hết.

Để kịp thời khắc phục môi
trường và phòng, chống dịch bệnh truyền nhiễm sau lụt bão trên địa bàn tỉnh;
UBND tỉnh ban hành kế hoạch như sau:

**IV. NỘI
DUNG HOẠT ĐỘNG TRIỂN KHAI**

**1.
Công tác vệ sinh môi trường**

*a) Thu gom và xử lý
rác thải*, *xác động vật*

- Tổ chức thu gom, vận
chuyển và xử lý triệt để rác thải sau lũ.

- Thống kê số lượng gia
súc, gia cầm chết; thực hiện tiêu hủy theo quy định; rắc vôi bột, hóa chất để
tránh lây lan mầm bệnh.

- Hướng dẫn địa phương
xác định vị trí chôn lấp tạm thời đảm bảo khoảng cách và vệ sinh.

*b) Khơi thông hệ thống
thoát nước*

- Khơi thông cống rãnh,
kênh mương, dòng chảy bị tắc nghẽn.

- Xử lý các điểm nước tù
đọng trong 24-48 giờ sau khi nước rút.
**V. TỔ
CHỨC THỰC HIỆN**

**1.
Sở Y tế:**

- Chủ trì triển khai kế
hoạch; hướng dẫn chuyên môn; phân bổ hóa chất, vật tư; giám sát dịch bệnh; tổng
hợp báo cáo UBND tỉnh.

- Tổ chức hướng dẫn, xử
lý môi trường, xử lý dịch bệnh và đảm bảo an toàn thực phẩm

- Trực tiếp chỉ đạo các
Cơ sở y tế trên địa bàn tỉnh: Đảm bảo sẵn sàng thuốc, vật tư, giường bệnh; chuẩn
bị phương án thu dung điều trị khi có dịch bùng phát.

**2.
Sở Nông nghiệp và Môi trường**

- Chỉ đạo thu gom rác, xử
lý môi trường, nước sạch; giám sát các điểm ô nhiễm sau lũ.

- Hướng dẫn xử lý xác động
vật; phòng chống dịch bệnh trên đàn vật nuôi; hỗ trợ tiêu độc chuồng trại.

**VI.
KINH PHÍ THỰC HIỆN**

- Từ ngân sách tỉnh, ngân
sách địa phương theo phân cấp.

- Nguồn dự phòng phòng chống
thiên tai và dịch bệnh.

- Hỗ trợ từ trung ương, tổ
chức quốc tế và các nguồn hợp pháp khác.

Khắc phục môi trường, xử
lý dịch bệnh mùa mưa bão là nhiệm vụ cấp bách nhằm bảo vệ sức khỏe nhân dân, ổn
định đời sống và phục hồi kinh tế. Đề nghị các sở, ban, ngành và địa phương khẩn
trương thực hiện đúng chức năng được giao; kịp thời báo cáo UBND tỉnh những khó
khăn, vướng mắc để xem xét, chỉ đạo./.

`;

describe("a plan whose implementing section names its lead (Kế hoạch 0130/KH-UBND, Đắk Lắk 2025)", () => {
  const tasks = extractObligations(parseDocument(LED_PLAN, "0130-kh-ubnd-2025.md"));

  it("gives the activities that name no one to the body that 'Chủ trì triển khai kế hoạch', not to the closing request", () => {
    for (const opening of ["Tổ chức thu gom, vận chuyển", "Khơi thông cống rãnh"]) {
      const task = tasks.find((o) => o.action.startsWith(opening));
      expect(task?.responsible, opening).toEqual(["Sở Y tế"]);
    }
  });

  it("keeps each implementing item with the body its title names", () => {
    expect(tasks.find((o) => o.action.startsWith("Chỉ đạo thu gom rác"))?.responsible).toEqual([
      "Sở Nông nghiệp và Môi trường",
    ]);
  });
});
