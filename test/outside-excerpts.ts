/**
 * Excerpts of real documents from the outside checks (README, "Documents from outside"), each from an inspected half,
 * shared by the tests that read them: the parser, the metadata, the obligations and the answers see the same text.
 */

/**
 * Nghị quyết 03/NQ-CP (09/01/2025), the Government's action programme for Nghị quyết 57-NQ/TW, as Markdown (batch 14):
 * its header with the national motto on the issuer's line, its articles and signature, and parts of sections I–III of
 * the programme, whose section II names its carriers once, in its lead-in.
 */
export const GOVERNMENT_PROGRAMME = `# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
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
- Thủ tướng, các Phó Thủ tướng Chính phủ;
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

c) Quy định về trách nhiệm xây dựng, ban hành chương trình, kế hoạch, đề án phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trong chương trình, kế hoạch công tác hằng năm của cơ quan, tổ chức.

d) Xây dựng và đẩy mạnh quảng bá thương hiệu quốc gia về đổi mới sáng tạo.

đ) Xây dựng nền tảng số, công cụ số để thực hiện đo lường trực tuyến mức độ hoàn thành nhiệm vụ chuyển đổi số.

e) Định kỳ đánh giá, công bố mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan nhà nước, người đứng đầu và cán bộ, công chức, viên chức trong cơ quan nhà nước; kết quả thực hiện chuyển đổi số là tiêu chí đánh giá hiệu quả thực hiện nhiệm vụ, đánh giá thi đua, khen thưởng hằng năm.


### 2. Khẩn trương, quyết liệt hoàn thiện thể chế; xoá bỏ mọi tư tưởng, quan niệm, rào cản đang cản trở sự phát triển; đưa thể chế thành một lợi thế cạnh tranh trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số

đ) Sửa đổi Luật Khoa học và Công nghệ (2013) và các luật có liên quan trong dự án xây dựng Luật Khoa học, Công nghệ và Đổi mới sáng tạo để:
- Tháo gỡ các khó khăn, vướng mắc, tạo hành lang pháp lý thuận lợi thúc đẩy khoa học, công nghệ và đổi mới sáng tạo
- Đơn giản hóa thủ tục hành chính, đẩy mạnh phân cấp, phân quyền trong công tác quản lý nhà nước
- Tập trung nguồn lực đầu tư từ ngân sách nhà nước, thu hút đầu tư ngoài ngân sách cho khoa học, công nghệ và đổi mới sáng tạo

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


## III. TỔ CHỨC THỰC HIỆN

1. Trên cơ sở nội dung Nghị quyết số 57-NQ/TW của Bộ Chính trị, Chương trình hành động của Chính phủ, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương theo chức năng, nhiệm vụ xây dựng và tổ chức thực hiện kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Chương trình hành động của Chính phủ trong tháng 01 năm 2025.

`;

/**
 * Nghị quyết về chất vấn, HĐND tỉnh Bà Rịa-Vũng Tàu khóa VI (13/7/2017), text extracted from a PDF with its lines wrapped
 * and its tables left as empty tags (batch 15): the title block, Điều 1 items 1 and 3, Điều 2 and the passing clause.
 */
export const COUNCIL_RESOLUTION = `<jsontable name="bang_0"> </jsontable>

NGHỊ QUYẾT
VỀ CHẤT VẤN VÀ
TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM-HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU KHÓA
VI, NHIỆM KỲ 2016-2021
HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU
KHÓA VI, KỲ HỌP THỨ NĂM
Căn cứ Luật Tổ chức chính quyền địa phương
ngày 19 tháng 6 năm 2015;
Căn cứ Luật Hoạt động giám sát của Quốc hội
và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;
Căn cứ quy chế hoạt động của Hội đồng nhân
dân tỉnh Bà Rịa-Vũng Tàu khóa VI, nhiệm kỳ 2016-2021;
Trên cơ sở kết quả chất vấn và trả lời chất
vấn tại Kỳ họp thứ Năm-Hội đồng nhân dân tỉnh khóa VI,
QUYẾT NGHỊ:
Điều 1. Hội đồng nhân dân tỉnh thống nhất với
nội dung chất vấn và trả lời chất vấn tại kỳ họp thứ năm-Hội đồng nhân dân tỉnh
khóa VI, nhiệm kỳ 2016-2021, cụ thể như sau:
1. Về việc xử lý các dự án
chậm triển khai tại huyện Tân Thành:
- Đối với 04 dự án chậm triển khai trên địa bàn huyện
Tân Thành mà đại biểu Hội đồng nhân dân tỉnh đã chất vấn, Hội đồng nhân dân
tỉnh yêu cầu Ủy ban nhân dân tỉnh tổ chức thực hiện các giải pháp theo lộ trình
thời gian như đã cam kết trong báo cáo giải trình số 118/BC-UBND ngày 10 tháng
7 năm 2017 của Ủy ban nhân dân tỉnh.
3. Về xử lý dự án khu đất
Festival tại thành phố Vũng Tàu:
- Ủy ban nhân dân tỉnh tìm giải pháp, nhanh chóng đưa
khu đất này vào sử dụng, góp phần thúc đẩy phát triển kinh tế của tỉnh và thành
phố Vũng Tàu. Đồng thời, rà soát, xác định trách nhiệm, xử lý các tổ chức, cá
nhân có vi phạm trong quản lý đất đai, làm thất thoát đất công của dự án trên.
- Đề nghị Ủy ban nhân dân tỉnh thành lập Đoàn thanh
tra giải quyết khiếu nại của 28 hộ gia đình, cá nhân đang sử dụng đất tại hẻm
72 đường Võ Thị Sáu, qua đó xem xét cấp giấy chứng nhận quyền sử dụng đất cho
các hộ này nếu đủ cơ sở pháp lý. Trong trường hợp không đủ cơ sở pháp lý để cấp
giấy chứng nhận quyền sử dụng đất, phải ban hành ngay quyết định giải quyết
khiếu nại. Đồng thời, có giải pháp xử lý phù hợp với tình hình thực tế, đúng
quy định pháp luật.
Điều 2. Trách nhiệm
của các cơ quan, tổ chức, cá nhân:
1. Hội đồng nhân dân tỉnh giao Thường trực Hội đồng
nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh tiếp tục xem xét những vấn đề
được nhiều đại biểu Hội đồng nhân dân quan tâm và cử tri kiến nghị để tổ chức
chất vấn và trả lời chất vấn tại các phiên họp Thường trực Hội đồng nhân dân
tỉnh, tổ chức các phiên giải trình tại các Ban Hội đồng nhân dân tỉnh.
2. Ủy ban nhân dân, Chủ tịch và các thành viên Ủy ban
nhân dân tỉnh, các Sở, ban, ngành, Hội đồng nhân dân, Ủy ban nhân dân các
huyện, thành phố trực thuộc tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có
trách nhiệm thực hiện Nghị quyết này.
3. Thường trực Hội đồng nhân dân tỉnh, các Ban Hội
đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tinh và các đại biểu Hội
đồng nhân dân tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm
giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Bà
Rịa–Vũng Tàu khóa VI, kỳ họp thứ năm thông qua ngày 13 tháng 7 năm 2017 và có
hiệu lực kể từ ngày 13 tháng 7 năm 2017./.

<jsontable name="bang_1"> </jsontable>
`;
