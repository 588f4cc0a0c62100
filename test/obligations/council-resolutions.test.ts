import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { COUNCIL_RESOLUTION } from "../outside-excerpts.ts";

// Nghị quyết về chất vấn, HĐND tỉnh Hà Giang khóa XVII, kỳ họp thứ Năm (2017), text extracted from a PDF with its
// lines wrapped mid-sentence (outside batch 15, its inspected half): Điều 2 opens with what the council agreed, then
// asks the People's Committee for the works it lists.
const RESOLUTION = `NGHỊ QUYẾT
VỀ
CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM HĐND TỈNH HÀ GIANG KHÓA XVII,
NHIỆM KỲ 2016 - 2021
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG
KHÓA XVII - KỲ HỌP THỨ NĂM
QUYẾT NGHỊ:
Điều 2. Hội đồng nhân dân tỉnh cơ bản thống nhất với một số giải pháp mà Ủy ban
nhân dân tỉnh, thủ trưởng các sở, ngành: Nông nghiệp và
Phát triển nông thôn; Văn hóa Thể thao và Du lịch; Tài nguyên và Môi trường; Ban Dân tộc tỉnh; Bộ Chỉ huy Quân
sự tỉnh và Công an tỉnh đã trả lời và cam kết trước Hội
đồng nhân dân tỉnh. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh
quan tâm chỉ đạo thực hiện một số công việc sau:
1. Về lĩnh vực Tài nguyên Môi
trường:
- Chỉ đạo Sở Tài nguyên và Môi
trường: Thường xuyên kiểm tra, đôn đốc các huyện, thành phố đẩy nhanh tiến độ
triển khai lập kế hoạch sử dụng đất, đảm bảo đúng thời
gian quy định; xem xét, lựa chọn đơn vị tư vấn lập kế
hoạch sử dụng đất có năng lực để thực
hiện đảm bảo có chất lượng, hiệu quả; kịp thời rà
soát, bổ sung các danh mục công trình, dự án thu hồi đất phát sinh báo cáo UBND
tỉnh trình HĐND tỉnh cho ý kiến; chủ động tập huấn, hướng dẫn về nghiệp vụ
chuyên môn cho Phòng Tài nguyên môi trường các huyện, thành phố để chủ động lập
Kế hoạch sử dụng đất năm 2018.
- Xem xét sớm phê duyệt quy
hoạch điều chỉnh Kế hoạch sử dụng đất giai đoạn 2016 - 2020 của tỉnh, ngay sau
khi các danh mục dự án có thu hồi đất năm 2018 được HĐND tỉnh thông qua vào Kỳ
họp thứ Sáu HĐND tỉnh, khóa XVII (dự kiến tổ chức vào tháng 12/2017).
`;

describe("a lead-in of two sentences, the second opening the list (Nghị quyết chất vấn, Hà Giang 2017)", () => {
  const doc = parseDocument(RESOLUTION, "95-nq-hdnd-2017.md");
  const obligations = extractObligations(doc);

  it("gives the items to whom the sentence ending with ':' addresses, not to the subject of the first", () => {
    const review = obligations.find((o) => o.action.includes("Xem xét sớm phê duyệt"));
    expect(review?.responsible).toEqual(["Ủy ban nhân dân tỉnh"]);
    const direct = obligations.find((o) => o.action.startsWith("Chỉ đạo Sở Tài nguyên và Môi trường"));
    expect(direct?.responsible).toEqual(["Ủy ban nhân dân tỉnh"]);
    expect(obligations.some((o) => o.responsible.some((p) => p.startsWith("Hội đồng nhân dân tỉnh")))).toBe(
      false,
    );
  });
});

describe("a council's resolution: its responsibilities article and its passing clause (Bà Rịa-Vũng Tàu 2017)", () => {
  const doc = parseDocument(COUNCIL_RESOLUTION, "26-nq-hdnd-2017.md");
  const obligations = extractObligations(doc);
  const of = (opening: string) => {
    const passage = doc.passages.find((p) => p.text.startsWith(opening));
    return obligations.filter((o) => o.passageId === passage?.id);
  };

  it("reads 'Ủy ban nhân dân tỉnh tìm giải pháp, …' as the committee's task", () => {
    expect(of("Ủy ban nhân dân tỉnh tìm giải pháp")[0]?.responsible).toEqual(["Ủy ban nhân dân tỉnh"]);
  });

  it("gives 'Hội đồng nhân dân tỉnh giao Thường trực …' to whom it sets to work, not to the article's category", () => {
    expect(of("Hội đồng nhân dân tỉnh giao Thường trực")[0]?.responsible).toEqual([
      "Thường trực Hội đồng nhân dân tỉnh",
      "các Ban Hội đồng nhân dân tỉnh",
    ]);
  });

  it("takes the passing clause ('Nghị quyết này đã được … thông qua ngày …') for no one's task", () => {
    expect(of("Nghị quyết này đã được")).toEqual([]);
  });
});

describe("an item under the issuer's own lead-in that addresses another body (Bà Rịa-Vũng Tàu 2017)", () => {
  it("is that body's task: the council that agrees is the issuer, whose request it is", () => {
    const doc = parseDocument(COUNCIL_RESOLUTION, "26-nq-hdnd-2017.md");
    const [task] = extractObligations(doc).filter((o) => o.action.startsWith("Đối với 04 dự án"));
    expect(task?.responsible).toEqual(["Ủy ban nhân dân tỉnh"]);
  });
});

// Nghị quyết về tình hình kinh tế - xã hội 6 tháng đầu năm 2017, HĐND tỉnh Hậu Giang (outside batch 16, inspected
// half), its lines wrapped by the converter: Điều 1 opens with the council's own assessment.
const HAU_GIANG = `<jsontable name="bang_0"> </jsontable>

NGHỊ QUYẾT
VỀ
TÌNH HÌNH KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH 6 THÁNG ĐẦU NĂM VÀ PHƯƠNG
HƯỚNG, NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH 6 THÁNG CUỐI
NĂM 2017
HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG
KHÓA IX KỲ HỌP THỨ SÁU
Căn cứ Luật Tổ chức chính
quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ban hành văn
bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;
Sau khi nghe Ủy ban nhân dân
tỉnh Hậu Giang báo cáo tình hình thực hiện Nghị quyết của Hội đồng nhân dân
tỉnh về kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và phương
hướng, nhiệm vụ 6 tháng cuối năm 2017; Báo cáo thẩm tra của các Ban Hội đồng nhân
dân tỉnh; Ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Hội đồng nhân dân tỉnh thống nhất
đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc
phòng - an ninh 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm
2017, với những nội dung chủ yếu sau:
Trong 6 tháng đầu năm được sự chỉ
đạo tập trung, quyết liệt của UBND tỉnh, sự nỗ lực của các cấp, các ngành, các
doanh nghiệp và Nhân dân trong tỉnh, tình hình kinh tế - xã hội tiếp tục có
chuyển biến và đạt được những kết quả quan trọng. Mặc dù lĩnh vực nông nghiệp
`;

describe("the council that issues a resolution agreeing ('Hội đồng nhân dân tỉnh thống nhất đánh giá …')", () => {
  it("is no one's task: the issuer decides", () => {
    const doc = parseDocument(HAU_GIANG, "01-nq-hdnd-2017.md");
    expect(doc.meta.issuer).toBe("HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG");
    expect(extractObligations(doc).filter((o) => o.action.startsWith("thống nhất"))).toEqual([]);
  });
});

// The same resolution's Điều 2 and Điều 3 (outside batch 16, its inspected half): the council passes the tasks of the
// half-year, naming no one, and its last article, wrapped after its first line, sets the People's Committee to carry
// the resolution out.
const HAU_GIANG_TASKS = `${HAU_GIANG}Điều 2. Hội đồng nhân dân tỉnh thống nhất thông qua
phương hướng, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6
tháng cuối năm 2017, trong đó cần tập trung một số nhiệm
vụ chủ yếu sau:
1. Triển khai thực hiện
Chương trình số 05/CTr-UBND ngày 30 tháng 5 năm 2017 của UBND tỉnh về
thực hiện Nghị quyết số 27/NQ-CP của Chính phủ.
2. Thực hiện đồng bộ các giải
pháp nhằm cải thiện môi trường đầu tư. Triển khai Kế hoạch số
50/KH-UBND ngày 08 tháng 5 năm 2017 của UBND tỉnh. Các sở, ngành và địa
phương chủ động giải quyết nhanh về các thủ tục liên quan đến dự án của các
nhà đầu tư.
3. Tăng cường quản lý đầu
tư và xử lý nợ đọng xây dựng cơ bản từ nguồn ngân sách nhà nước, trái phiếu
Chính phủ. Kiểm soát chặt chẽ các kế hoạch điều chỉnh, bổ sung vốn.
Điều 3. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện
Nghị quyết.
Hội đồng nhân dân tỉnh giao
Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, Tổ đại
biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát quá
trình thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng
nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp thứ Sáu thông qua ngày 13 tháng 7 năm
2017 và có hiệu lực từ ngày 23 tháng 7 năm 2017./.
`;

describe("tasks the council passes, naming no one, and the article that sets who carries them out", () => {
  const doc = parseDocument(HAU_GIANG_TASKS, "01-nq-hdnd-2017.md");
  const obligations = extractObligations(doc);

  it("reads a one-line article title that runs on into 'Nghị quyết.' as the article's sentence", () => {
    const article = doc.passages.find((p) => p.path === "dieu3");
    expect(article?.text).toBe(
      "Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
    );
    expect(obligations.find((o) => o.passageId === article?.id)?.responsible).toEqual([
      "Ủy ban nhân dân tỉnh",
    ]);
  });

  it("gives every task under the council's '… nhiệm vụ chủ yếu sau:' to the People's Committee, not the council", () => {
    for (const opening of ["Triển khai thực hiện Chương trình số 05", "Tăng cường quản lý đầu tư"]) {
      const task = obligations.find((o) => o.action.startsWith(opening));
      expect(task?.responsible, opening).toEqual(["Ủy ban nhân dân tỉnh"]);
    }
  });

  it("keeps the watch over the resolution with the council's standing committee, boards and delegates", () => {
    const watch = obligations.find((o) => o.action.includes("giám sát quá trình"));
    expect(watch?.responsible).toContain("Thường trực Hội đồng nhân dân tỉnh");
    expect(obligations.filter((o) => o.responsible.includes("Ủy ban nhân dân tỉnh"))).toHaveLength(3);
  });
});

describe("councillors as a party ('Các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh …')", () => {
  it("names the delegates' groups and the delegates who choose what to supervise", () => {
    const doc = parseDocument(
      `NGHỊ QUYẾT\nBAN HÀNH CHƯƠNG TRÌNH GIÁM SÁT NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nQUYẾT NGHỊ:\nĐiều 3. Hội\nđồng nhân dân tỉnh giao:\n3. Các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh căn cứ vào điều kiện và tình hình thực tế, chủ động lựa chọn nội dung, xây dựng chương trình và tiến hành giám sát tại địa phương.\n`,
      "94-nq-hdnd-2017.md",
    );
    const [task] = extractObligations(doc);
    expect(task?.responsible.join(", ")).toBe("Các Tổ đại biểu, đại biểu Hội đồng nhân dân tỉnh");
  });
});

/**
 * Nghị quyết of the Cao Bằng provincial council (2017, outside the dev corpus) adopting its own supervision programme:
 * the council supervises, and each dash item is one supervision ("chuyên đề", a topic, is no "để", in order to).
 */
const PROGRAMME = `NGHỊ QUYẾT
VỀ
CHƯƠNG TRÌNH GIÁM SÁT NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG
HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG
KHÓA XVI KỲ HỌP THỨ 5
Căn cứ Luật Tổ chức chính quyền
địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ
Điều 1.
Chương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh
Cao Bằng gồm các nội dung sau:
2. Hội đồng nhân dân tỉnh giám sát
chuyên đề:
- Giám sát việc thực hiện Kế hoạch
thực hiện Chương trình số 51-CTr/TU ngày 7 tháng 10 năm 2014 của Tỉnh ủy trên địa bàn tỉnh Cao Bằng;
- Giám sát việc thực hiện Chương
trình mục tiêu Quốc gia xây dựng nông thôn mới, giảm nghèo bền vững trên địa
bàn tỉnh giai đoạn 2016 - 2020;
Điều 2. Giao
Thường trực Hội đồng nhân dân tỉnh ban hành kế hoạch và tổ chức thực hiện
Chương trình giám sát năm 2018 của Hội đồng nhân dân tỉnh.
`;

describe("a council's own supervision programme (Nghị quyết, Cao Bằng 2017)", () => {
  const obligations = extractObligations(parseDocument(PROGRAMME, "05-2017-nq-hdnd-caobang.md"));

  it("makes each supervision under 'Hội đồng nhân dân tỉnh giám sát chuyên đề:' the council's task", () => {
    const supervisions = obligations.filter((o) => o.action.startsWith("Giám sát việc thực hiện"));
    expect(supervisions.map((o) => o.responsible)).toEqual([
      ["Hội đồng nhân dân tỉnh"],
      ["Hội đồng nhân dân tỉnh"],
    ]);
  });

  it("does not make the lead-in a task of its own", () => {
    expect(obligations.filter((o) => o.action.includes("chuyên đề:"))).toEqual([]);
  });
});
