import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

/**
 * Nghị định 131/2020/NĐ-CP on clinical pharmacy (outside the dev corpus), as a crawler saved it: one line per
 * paragraph, no blank line after an article's title, an article's lead naming whose activities its clauses and
 * points are, and clauses that itemise an act by what it covers ("…, bao gồm:").
 */
const DECREE = `CHÍNH PHỦ -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 131/2020/NĐ-CP
Hà Nội, ngày 02 tháng 11 năm 2020
NGHỊ ĐỊNH QUY ĐỊNH VỀ TỔ CHỨC, HOẠT ĐỘNG DƯỢC LÂM SÀNG CỦA CƠ SỞ KHÁM BỆNH, CHỮA BỆNH
Chương III HOẠT ĐỘNG DƯỢC LÂM SÀNG
Điều 6. Hoạt động dược lâm sàng tại khoa dược
Khoa dược của cơ sở khám bệnh, chữa bệnh triển khai hoạt động dược lâm sàng theo quy định tại Điều 80 Luật Dược và được quy định cụ thể như sau:
1. Tư vấn trong quá trình xây dựng các danh mục thuốc tại các cơ sở khám bệnh, chữa bệnh nhằm mục tiêu sử dụng thuốc hợp lý, an toàn và hiệu quả:
a) Xây dựng các tiêu chí lựa chọn thuốc để tư vấn cho Hội đồng Thuốc và Điều trị của cơ sở khám bệnh, chữa bệnh;
b) Tiếp nhận và xử lý các thông tin về an toàn, hiệu quả liên quan đến việc sử dụng thuốc thuộc danh mục thuốc tại cơ sở khám bệnh, chữa bệnh để đề xuất bổ sung, điều chỉnh danh mục thuốc bảo đảm việc sử dụng thuốc hợp lý, an toàn và hiệu quả;
c) Phân tích, đánh giá về an toàn, hiệu quả trên cơ sở bằng chứng về chi phí - hiệu quả, chi phí - lợi ích, nguy cơ - lợi ích trong việc sử dụng thuốc của cơ sở khám bệnh, chữa bệnh để tư vấn, cung cấp thông tin trong việc xây dựng danh mục thuốc của cơ sở khám bệnh, chữa bệnh bảo đảm hợp lý, an toàn và hiệu quả.
2. Tư vấn, giám sát việc kê đơn thuốc, sử dụng thuốc:
a) Tư vấn về sử dụng thuốc cho người kê đơn lựa chọn thuốc trong điều trị. Kiểm tra, kiểm soát quá trình kê đơn thuốc, thẩm định y lệnh để phát hiện, ngăn ngừa các sai sót, nhầm lẫn có thể xảy ra. Tổng hợp và phân tích nguyên nhân sai sót để đề xuất giải pháp khắc phục, cải thiện chất lượng kê đơn;
b) Tham gia phân tích sử dụng thuốc (bình ca lâm sàng) trong các trường hợp người bệnh nhiễm vi sinh vật kháng thuốc, người bệnh phải sử dụng nhiều thuốc phức tạp hoặc theo yêu cầu của người đứng đầu cơ sở khám bệnh, chữa bệnh;
c) Tham gia hội chẩn hoặc các hội đồng chẩn đoán chuyên môn liên quan đến lựa chọn thuốc trong điều trị.
Điều 7. Hoạt động dược lâm sàng tại khoa lâm sàng, khoa, phòng khám bệnh
Người làm công tác dược lâm sàng tham gia phân tích, giám sát việc sử dụng thuốc của người bệnh được khám và điều trị tại cơ sở khám bệnh, chữa bệnh. Đối với từng người bệnh, người làm công tác dược lâm sàng phải thực hiện các hoạt động sau:
1. Khai thác thông tin của người bệnh, bao gồm cả khai thác thông tin trên bệnh án, tiến hành phỏng vấn trực tiếp người bệnh, bao gồm:
a) Tiền sử sử dụng thuốc;
b) Tóm tắt các dữ kiện lâm sàng và các kết quả cận lâm sàng đã có.
Điều 8. Hoạt động dược lâm sàng tại bộ phận dược lâm sàng của cơ sở khám bệnh, chữa bệnh không tổ chức khoa dược
Bộ phận dược lâm sàng của cơ sở khám bệnh, chữa bệnh không tổ chức khoa dược phải thực hiện các hoạt động dược lâm sàng theo quy định tại điểm a khoản 2, khoản 3, điểm a khoản 4, khoản 6 Điều 6 và Điều 7 Nghị định này.
Điều 9. Hoạt động dược lâm sàng tại nhà thuốc trong khuôn viên cơ sở khám bệnh, chữa bệnh
Người chịu trách nhiệm chuyên môn hoặc người làm công tác dược lâm sàng tại nhà thuốc trong khuôn viên cơ sở khám bệnh, chữa bệnh phải triển khai hoạt động dược lâm sàng theo nội dung quy định tại khoản 2, 3 và 6 Điều 80 Luật dược và được quy định cụ thể như sau:
1. Tư vấn, cung cấp thông tin về thuốc cho người mua, người sử dụng thuốc:
a) Tư vấn, hướng dẫn, giải thích, cung cấp thông tin và lời khuyên về cách dùng thuốc cho người mua hoặc người bệnh; hướng dẫn người mua về cách sử dụng thuốc và thực hiện đúng đơn thuốc;
b) Tư vấn để người bệnh tới khám thầy thuốc chuyên khoa thích hợp đối với các bệnh đòi hỏi phải có chẩn đoán của thầy thuốc mới có thể dùng thuốc;
`;

const decree = parseDocument(DECREE, "131-2020-nd-cp.md");
const obligations = extractObligations(decree);
const of = (path: string) => obligations.filter((o) => o.passageId.endsWith(`#${path}`));

describe("a decree's activities, whose party an article's lead names (Nghị định 131/2020/NĐ-CP)", () => {
  it("reads an article's long title on its own line as the title, not as the article's first sentence", () => {
    const lead = decree.passages.find((p) => p.path === "dieu9");
    expect(lead?.headings.at(-1)).toBe(
      "Điều 9. Hoạt động dược lâm sàng tại nhà thuốc trong khuôn viên cơ sở khám bệnh, chữa bệnh",
    );
    expect(lead?.text).toMatch(/^Người chịu trách nhiệm chuyên môn/u);
  });

  it("gives the points under a clause's lead to the department or role the article's lead names", () => {
    expect(of("dieu6.1.a").map((o) => o.responsible)).toEqual([["Khoa dược của cơ sở khám bệnh, chữa bệnh"]]);
    expect(of("dieu9.1.b").map((o) => o.responsible)).toEqual([
      [
        "Người chịu trách nhiệm chuyên môn hoặc người làm công tác dược lâm sàng tại nhà thuốc trong khuôn viên cơ sở khám bệnh, chữa bệnh",
      ],
    ]);
  });

  it("takes an act itemised by what it covers as one task, its items none", () => {
    expect(of("dieu7.1").map((o) => o.responsible)).toEqual([["người làm công tác dược lâm sàng"]]);
    expect(of("dieu7.1.a")).toEqual([]);
    expect(of("dieu7.1.b")).toEqual([]);
  });
});

/**
 * Nghị định 01/2015/NĐ-CP, Điều 13 (outside the dev corpus): a duty to exchange information, itemised by the kinds of
 * information it covers.
 */
const EXCHANGE = `CHÍNH PHỦ --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------
Số: 01/2015/NĐ-CP
Hà Nội, ngày 02 tháng 01 năm 2015
NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT PHẠM VI ĐỊA BÀN HOẠT ĐỘNG HẢI QUAN; TRÁCH NHIỆM PHỐI HỢP TRONG PHÒNG, CHỐNG BUÔN LẬU, VẬN CHUYỂN TRÁI PHÉP HÀNG HÓA QUA BIÊN GIỚI
Chương III [Chương này được bổ sung bởi Khoản 6 Điều 1 Nghị định 12/2018/NĐ-CP có hiệu lực từ ngày 10/03/2018] TRÁCH NHIỆM PHỐI HỢP CỦA CƠ QUAN HẢI QUAN, CÁC CƠ QUAN HỮU QUAN VÀ ỦY BAN NHÂN DÂN CÁC CẤP TRONG PHÒNG, CHỐNG BUÔN LẬU, VẬN CHUYỂN TRÁI PHÉP HÀNG HÓA QUA BIÊN GIỚI [Chương này được bổ sung bởi Khoản 6 Điều 1 Nghị định 12/2018/NĐ-CP có hiệu lực từ ngày 10/03/2018]
Điều 13. Phối hợp trong trao đổi, cung cấp thông tin
Cơ quan hải quan, công an, bộ đội biên phòng, cảnh sát biển, quản lý thị trường và các lực lượng thanh tra, kiểm tra, kiểm soát chuyên ngành của cơ quan hữu quan trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình có trách nhiệm trao đổi, cung cấp thông tin liên quan đến hoạt động buôn lậu, vận chuyển trái phép hàng hóa qua biên giới:
1. Thông tin về tình hình vi phạm, hàng hóa vi phạm;
phương thức, thủ đoạn vi phạm mới liên quan đến buôn lậu, vận chuyển trái phép hàng hóa qua biên giới.
2. Thông tin về tình hình buôn bán, vận chuyển hàng hóa buôn lậu trên thị trường nội địa.
3. Thông tin về đường dây, ổ nhóm, các tuyến đường, địa bàn trọng điểm liên quan đến buôn lậu, vận chuyển trái phép hàng hóa qua biên giới.
4. Thông tin về hàng hóa, đối tượng buôn lậu, vận chuyển trái phép hàng hóa qua biên giới.
5. Thông tin về vụ việc vi phạm đã bắt giữ, xử lý gồm:
`;

describe("a duty itemised by the kinds of what it acts on (Nghị định 01/2015/NĐ-CP, Điều 13)", () => {
  it("is one task of the bodies the lead-in names; 'Thông tin về …' items are none", () => {
    const exchange = parseDocument(EXCHANGE, "01-2015-nd-cp.md");
    const tasks = extractObligations(exchange);
    expect(tasks.filter((o) => /#dieu13\.[1-4]$/u.test(o.passageId))).toEqual([]);
    expect(tasks.find((o) => o.passageId.endsWith("#dieu13"))?.responsible[0]).toBe("Cơ quan hải quan");
  });
});

describe("items whose openings hold brackets", () => {
  it("are read without error: an item's first words never become a broken pattern", () => {
    const text = [
      "CHÍNH PHỦ",
      "",
      "Điều 5. Trách nhiệm cung cấp",
      "",
      "Cơ quan hải quan có trách nhiệm cung cấp tài liệu sau:",
      "",
      "1. a) Tài liệu (bản sao) về hàng hóa;",
      "",
      "2. a) Tài liệu (bản chính) về phương tiện.",
    ].join("\n");
    const tasks = extractObligations(parseDocument(text, "brackets.md"));
    // The items are the papers the lead-in's act supplies: the lead-in is the one task.
    expect(tasks.map((o) => o.responsible)).toEqual([["Cơ quan hải quan"]]);
    expect(tasks[0]?.passageId).toBe("brackets#dieu5");
  });
});
