import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { listsMember, namesMemberOnly, setsUpMembers } from "../../src/obligations/member-lines.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { findParties, partiesOfHeading } from "../../src/obligations/responsible-parties.ts";

/** The obligations of a text, and who must do the work of the passage that opens with the given words. */
function read(text: string, file: string) {
  const doc = parseDocument(text, file);
  const obligations = extractObligations(doc);
  const passage = (opening: string) => doc.passages.find((p) => p.text.startsWith(opening));
  return {
    obligations,
    partiesOf: (opening: string) =>
      obligations.find((o) => o.passageId === passage(opening)?.id)?.responsible,
  };
}

// Excerpts of Lào Cai texts extracted with `pdftotext -layout` (2026): KH 134/KH-UBND, QĐ 3556/QĐ-UBND (its Quy chế),
// CV 5085/SCT-VP. Indents and centred page numbers as the extraction left them.
const PLAN = `      ỦY BAN NHÂN DÂN
        TỈNH LÀO CAI

      Số: 134 /KH-UBND                   Lào Cai, ngày 26 tháng 3 năm 2026

                                KẾ HOẠCH
       Thực hiện Nghị quyết số 34-NQ/TU về phát triển các khu, cụm công nghiệp

      Căn cứ Nghị quyết số 34-NQ/TU ngày 27 tháng 12 năm 2025 của Ban thường vụ Tỉnh ủy về phát triển các khu công
nghiệp, cụm công nghiệp. Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị
quyết số 34-NQ/TU năm 2026, nội dung như sau:
      II. NHIỆM VỤ
      1. Sở Khoa học và Công nghệ chủ trì phối hợp với các đơn vị có liên quan hướng
dẫn, hỗ trợ các doanh nghiệp trong khu, CCN thực hiện ứng dụng công nghệ cao.
      III. GIẢI PHÁP THỰC HIỆN
      1. Giải pháp về chính sách
      - Cải thiện quy trình thủ tục hành chính, giảm hồ sơ và thời gian giải quyết các
thủ tục đầu tư, đất đai, môi trường.
      IV. VỐN ĐẦU TƯ
      Khái toán tổng số vốn đầu tư thực hiện: 7.080 tỷ đồng, trong đó:
      1. Vốn ngân sách nhà nước: 1.280 tỷ đồng, bao gồm:
      + Hoàn thiện hạ tầng kỹ thuật KCN với tổng số vốn đầu tư 285 tỷ đồng: Tằng
Loỏng (70 tỷ đồng), phía Nam (70 tỷ đồng), Minh Quân (68 tỷ đồng), Âu Lâu (77 tỷ đồng).
      Trong đó, vốn Ngân sách nhà nước đầu tư các nội dung:
      - Đầu tư hạ tầng kỹ thuật đến chân hàng rào khu, CCN theo Luật đầu tư công
và pháp luật có liên quan, gồm: Đường giao thông; cấp điện; cấp, thoát nước; viễn
thông.
      - Hỗ trợ đầu tư xây dựng hạ tầng kỹ thuật khu, CCN theo quy định của pháp luật
có liên quan.
      2. Vốn doanh nghiệp: 5.800 tỷ đồng
      - Ứng kinh phí thực hiện công tác đền bù giải phóng mặt bằng theo quy định.
      - Đầu tư xây dựng hệ thống hạ tầng kỹ thuật trong hàng rào khu, cụm công
nghiệp.
      V. TỔ CHỨC THỰC HIỆN
      1. Sở Công Thương
      - Là cơ quan thường trực, tổng hợp, theo dõi, đôn đốc việc thực hiện Kế hoạch.
      Trên đây là Kế hoạch thực hiện Nghị quyết số 34-NQ/TU năm 2026. Yêu cầu các sở, ban, ngành của tỉnh, Ủy ban nhân
dân các phường, xã và các cơ quan đơn vị có liên quan triển khai thực hiện./.
`;

const RULES = `      ỦY BAN NHÂN DÂN
        TỈNH LÀO CAI

                                 QUY CHẾ
          Thu thập, quản lý thông tin, dữ liệu tài nguyên và môi trường

                              Chương III
                 TỔ CHỨC, QUẢN LÝ THÔNG TIN, DỮ LIỆU
                     TÀI NGUYÊN VÀ MÔI TRƯỜNG

     Điều 13. Xây dựng cơ sở dữ liệu tài nguyên và môi trường
      1. Cơ sở dữ liệu tài nguyên và môi trường của tỉnh phải phù hợp với Khung kiến
trúc số Bộ Nông nghiệp và Môi trường.

                              Chương VI
                            TỔ CHỨC THỰC HIỆN

    Điều 22. Trách nhiệm quản lý nhà nước về thu thập, quản lý, sử dụng, cập
nhật và khai thác, chia sẻ thông tin, dữ liệu tài nguyên và môi trường
     Trách nhiệm quản lý nhà nước được quy định tại Điều 24, Điều 27 Nghị định số 73/2017/NĐ-CP như sau:
     1. Sở Nông nghiệp và Môi trường chịu trách nhiệm trước Ủy ban nhân dân tỉnh
thực hiện chức năng quản lý nhà nước về thu thập, quản lý thông tin, dữ liệu.
      a) Sở Nông nghiệp và Môi trường quy định chức năng, nhiệm vụ và phân công
cụ thể cho đơn vị trực thuộc.
     b) Định kỳ hằng năm gửi báo cáo công tác thu thập, quản lý, cập nhật thông tin,
dữ liệu tài nguyên và môi trường cho Bộ Nông nghiệp và Môi trường.
     Điều 23. Trách nhiệm của tổ chức, cá nhân thu thập, cung cấp thông tin,
dữ liệu tài nguyên và môi trường
     Trách nhiệm của tổ chức, cá nhân thu thập, cung cấp thông tin, dữ liệu tài
nguyên và môi trường theo Điều 28 Nghị định 73/2017/NĐ-CP được quy định như
sau:
     1. Thông báo với Sở Nông nghiệp và Môi trường về việc cung cấp thông tin.
     Điều 27. Tổ chức thực hiện
     1. Giao Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm hướng dẫn,
theo dõi, kiểm tra, đánh giá việc thực hiện Quy chế này.
`;

const LETTER = `         Để đảm bảo tổ chức triển khai kịp thời các nhiệm vụ được ủy quyền, Giám đốc Sở Công Thương yêu
  cầu các đơn vị, cá nhân thực hiện các nội dung sau:
         2. Phòng Quản lý công nghiệp
                                         2

      Chủ trì, phối hợp với các đơn vị liên quan tham mưu Lãnh đạo Sở triển khai
thực hiện các nhiệm vụ, quyền hạn được ủy quyền bảo đảm đúng quy định của pháp luật.
`;

describe("plans and regulations laid out by pdftotext", () => {
  it("keeps 'các sở, ban, ngành của tỉnh' one party", () => {
    const plan = read(PLAN, "134-2026-kh-ubnd-laocai.md");
    expect(plan.partiesOf("Cải thiện quy trình")).toContain("các sở, ban, ngành của tỉnh");
  });

  it("reads a plan's investment section ('IV. VỐN ĐẦU TƯ') as what the money pays for, not as tasks", () => {
    const plan = read(PLAN, "134-2026-kh-ubnd-laocai.md");
    expect(plan.partiesOf("Đầu tư hạ tầng kỹ thuật đến chân hàng rào")).toBeUndefined();
    expect(plan.partiesOf("Hỗ trợ đầu tư xây dựng")).toBeUndefined();
    expect(plan.partiesOf("Đầu tư xây dựng hệ thống")).toBeUndefined();
    expect(plan.partiesOf("Là cơ quan thường trực")).toEqual(["Sở Công Thương"]);
  });

  it("does not read a chapter title in capitals ('TỔ CHỨC, QUẢN LÝ THÔNG TIN …') as a party", () => {
    expect(partiesOfHeading("TỔ CHỨC, QUẢN LÝ THÔNG TIN, DỮ LIỆU TÀI NGUYÊN VÀ MÔI TRƯỜNG")).toBeNull();
    expect(partiesOfHeading("TỔ CHỨC, CÁ NHÂN")).toEqual(["TỔ CHỨC, CÁ NHÂN"]);
    const rules = read(RULES, "3556-2026-qd-ubnd-laocai.md");
    expect(rules.obligations.flatMap((o) => o.responsible)).not.toContain(
      "TỔ CHỨC, QUẢN LÝ THÔNG TIN, DỮ LIỆU TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    );
  });

  it("gives the points of an item that opens with its subject to that subject", () => {
    const rules = read(RULES, "3556-2026-qd-ubnd-laocai.md");
    expect(rules.partiesOf("Định kỳ hằng năm gửi báo cáo")).toEqual(["Sở Nông nghiệp và Môi trường"]);
  });

  it("ends a two-line article title where the indented paragraph starts", () => {
    const rules = read(RULES, "3556-2026-qd-ubnd-laocai.md");
    expect(rules.partiesOf("Thông báo với Sở")).toEqual([
      "tổ chức, cá nhân thu thập, cung cấp thông tin, dữ liệu tài nguyên và môi trường",
    ]);
  });

  it("does not make the verb that gives the work part of the name ('Giao Giám đốc Sở …')", () => {
    const rules = read(RULES, "3556-2026-qd-ubnd-laocai.md");
    expect(rules.partiesOf("Giao Giám đốc Sở")).toEqual(["Giám đốc Sở Nông nghiệp và Môi trường"]);
    expect(
      findParties("Giao Sở Nông nghiệp và Môi trường, Sở Tài chính chịu trách nhiệm hướng dẫn")?.parties,
    ).toEqual(["Sở Nông nghiệp và Môi trường", "Sở Tài chính"]);
  });

  it("leaves a centred page number out of the title above it", () => {
    const letter = read(LETTER, "5085-2026-cv-sct-laocai.md");
    expect(letter.partiesOf("Chủ trì, phối hợp")).toEqual(["Phòng Quản lý công nghiệp"]);
  });
});

// Excerpts of QĐ 2736/QĐ-UBND (a council and its support team) and CV 5141/SNNMT-KS (mining output), Lào Cai 2025–2026.
const COUNCIL = `      ỦY BAN NHÂN DÂN
        TỈNH LÀO CAI

                             QUYẾT ĐỊNH
      Thành lập Hội đồng đánh giá lựa chọn chủ đầu tư xây dựng hạ tầng kỹ thuật

                                 QUYẾT ĐỊNH:
      Điều 1. Thành lập Hội đồng đánh giá lựa chọn chủ đầu tư xây dựng hạ tầng kỹ thuật
cụm công nghiệp Mông Sơn (gọi tắt là Hội đồng) gồm các ông, bà có tên sau:
      1. Hội đồng
     1.1. Chủ tịch Hội đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch Thường trực
Ủy ban nhân dân tỉnh.
      1.2. Các Phó Chủ tịch Hội đồng:
      - Ông Hoàng Chí Hiền, Giám đốc Sở Công Thương - Phó Chủ tịch Thường
trực Hội đồng.
      - Bà Trịnh Thị Thu Huyền, Phó Giám đốc Sở Nông nghiệp và Môi trường.
      Điều 2. Nhiệm vụ của Hội đồng
      - Tổ chức chấm điểm, lựa chọn chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công
nghiệp Mông Sơn, xã Bảo Ái, tỉnh Lào Cai theo quy định, đảm bảo chính xác.
       Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Công
Thương, Tài chính, Nông nghiệp và Môi trường, Xây dựng; Giám đốc Công an
tỉnh; Chủ tịch Ủy ban nhân dân xã Bảo Ái; Thủ trưởng các cơ quan, đơn vị liên
quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
`;

const MINING = `       Sở Nông nghiệp và Môi trường đề nghị một số nội dung cụ thể như sau:
       1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác,
 thu hồi khoáng sản.
       1.1. Triển khai, thực hiện đúng và đầy đủ các quy định của Luật Địa chất và
 khoáng sản năm 2024 và các văn bản hướng dẫn triển khai Luật.
      1.4. Về việc kiểm soát sản lượng khai thác khoáng sản
      Tại khoản 1 Điều 10 Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025 quy
định: Tổ chức, cá nhân khai thác khoáng sản phải lắp đặt các thiết bị kiểm soát sản lượng, cụ thể:
      “(4) Tổ chức, cá nhân khai thác khoáng sản phải lắp đặt, duy trì vận hành,
sử dụng thiết bị cân hoặc thiết bị đo đạc và được thực hiện như sau:
      a) Đối với dự án đầu tư khai thác khoáng sản không có hạng mục chế biến
khoáng sản, trữ lượng khoáng sản nguyên khai phải được kiểm soát thông qua thiết bị cân;
      b) Lưu giữ, bảo quản đầy đủ hồ sơ sổ sách, chứng từ liên quan tới khối lượng khoáng sản đã thu hồi
tới khi kết thúc hoạt động thu hồi”.
      1.5. Các tổ chức, cá nhân khai thác khoáng sản báo cáo kết quả hoạt động khai thác trước ngày 15 tháng 02.
`;

// Quyết định 798/QĐ-TTg (2026) as the Công báo printed it, condensed: a steering committee's members by post, then its
// tasks in their own article.
const STEERING_COMMITTEE = `THỦ TƯỚNG CHÍNH PHỦ
Số: 798/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 05 tháng 5 năm 2026
QUYẾT ĐỊNH
Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương,
bảo hiểm xã hội và ưu đãi người có công
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Theo đề nghị của Bộ trưởng Bộ Nội vụ,
QUYẾT ĐỊNH:
Điều 1. Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền
lương, bảo hiểm xã hội và ưu đãi người có công (gọi tắt là Ban Chỉ đạo), gồm các
thành viên sau đây:
1. Trưởng ban Chỉ đạo Trung ương: Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà.
2. Phó Trưởng ban Chỉ đạo Trung ương:
- Bộ trưởng Bộ Nội vụ, Phó Trưởng ban thường trực;
- Bộ trưởng Bộ Tài chính.
3. Các ủy viên:
- Bộ trưởng Bộ Quốc phòng;
- Bộ trưởng Bộ Công an;
- 01 Phó Chủ nhiệm Văn phòng Chính phủ;
- 01 Phó Chủ nhiệm Văn phòng Quốc hội.
Điều 2. Nhiệm vụ của Ban Chỉ đạo:
1. Nghiên cứu, xây dựng Đề án về cải cách chính sách tiền lương, bảo hiểm
xã hội và ưu đãi người có công.
Điều 7. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban
nhân dân tỉnh, thành phố trực thuộc Trung ương và các thành viên quy định tại
Điều 1 chịu trách nhiệm thi hành Quyết định này./.
`;

describe("decisions that set up a council, and the requirements a letter sets", () => {
  it("reads a council's member lines as who sits on it, not as tasks", () => {
    const council = read(COUNCIL, "2736-2026-qd-ubnd-laocai.md");
    expect(council.partiesOf("Chủ tịch Hội đồng: Ông")).toBeUndefined();
    expect(council.partiesOf("Bà Trịnh Thị Thu Huyền")).toBeUndefined();
    expect(council.partiesOf("Tổ chức chấm điểm")).toEqual(["Hội đồng"]);
    expect(listsMember("Ông Nguyễn Văn A, Phó Giám đốc Sở, chịu trách nhiệm chỉ đạo thực hiện.")).toBe(false);
  });

  it("reads the members of a body set up by post ('3. Các ủy viên:' over '- Bộ trưởng Bộ Công an;') as who sits on it", () => {
    const committee = read(STEERING_COMMITTEE, "798-2026-qd-ttg.md");
    expect(committee.partiesOf("Trưởng ban Chỉ đạo Trung ương:")).toBeUndefined();
    expect(committee.partiesOf("Bộ trưởng Bộ Công an")).toBeUndefined();
    expect(committee.partiesOf("01 Phó Chủ nhiệm Văn phòng Quốc hội")).toBeUndefined();
    expect(committee.partiesOf("Nghiên cứu, xây dựng Đề án")).toEqual(["Ban Chỉ đạo"]);
    expect(committee.obligations).toHaveLength(2);
    // A member's line that gives work keeps it; a lead-in that lists work is no roster.
    expect(namesMemberOnly("Trưởng Tiểu ban: Phụ trách chung, chỉ đạo toàn bộ hoạt động của Tiểu ban.")).toBe(
      false,
    );
    expect(setsUpMembers("Nội dung kiểm tra gồm:")).toBe(false);
    expect(setsUpMembers("Thành lập Đoàn kiểm tra gồm các ông, bà có tên sau:")).toBe(true);
  });

  it("keeps an article's first line with its text when the line was wrapped at the margin before a name", () => {
    const council = read(COUNCIL, "2736-2026-qd-ubnd-laocai.md");
    const executing = council.obligations.find((o) =>
      o.responsible.includes("Chánh Văn phòng Ủy ban nhân dân tỉnh"),
    );
    expect(executing?.responsible).toContain("Giám đốc Sở Công Thương");
  });

  it("gives the items under 'Yêu cầu đối với …' to whom the requirements are for", () => {
    const letter = read(MINING, "5141-2025-cv-snnmt-laocai.md");
    expect(letter.partiesOf("Triển khai, thực hiện đúng")).toEqual([
      "các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản",
    ]);
    // A duty owed to someone is not theirs: "Trách nhiệm đối với người lao động" names who is cared for.
    expect(partiesOfHeading("Điều 5. Trách nhiệm đối với người lao động")).toBeNull();
    // Nor do requirements for an activity (Luật Trồng trọt, Điều 69).
    expect(partiesOfHeading("Điều 69. Yêu cầu đối với canh tác hữu cơ")).toBeNull();
  });
});

// The closing article of QĐ 2867/QĐ-UBND (Lào Cai, 2026), as pdftotext -layout wraps it.
const EXECUTION = `                              QUYẾT ĐỊNH:
       Điều 3. Tổ chức thực hiện
       1. Giám đốc Sở Công Thương thực hiện đúng nhiệm vụ, quyền hạn đã được ủy
quyền và chịu trách nhiệm toàn diện trước pháp luật về kết quả thực hiện nhiệm
vụ, quyền hạn được ủy quyền.
       Điều 4. Điều khoản thi hành
       1. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 8 năm 2026.
      2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương;
Giám đốc Trung tâm phục vụ Hành chính công tỉnh; Thủ trưởng các Sở, ban,
ngành, đơn vị cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các
cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
`;

describe("a list of bodies wrapped at the margin after a semicolon", () => {
  it("reads the line after it as the same sentence, not a paragraph of its own", () => {
    const decision = read(EXECUTION, "2867-2026-qd-ubnd-laocai.md");
    const parties = decision.partiesOf("Chánh Văn phòng") ?? [];
    expect(parties).toContain("Giám đốc Trung tâm phục vụ Hành chính công tỉnh");
    expect(parties).toContain("Chánh Văn phòng Ủy ban nhân dân tỉnh");
    expect(decision.partiesOf("Giám đốc Trung tâm")).toBeUndefined();
  });
});

// Excerpts of KH 7360/KH-UBND Lai Châu (19/11/2025) and KH 1627/QĐ-UBND Quảng Ngãi (2025), as thuvienphapluat stores
// them: a label of who leads whose value runs on in sentences, and the tasks of one member of a steering board.
const LAWS_PLAN = `ỦY BAN NHÂN DÂN TỈNH LAI CHÂU

Số: 7360/KH-UBND

KẾ HOẠCH

**II. NỘI DUNG KẾ HOẠCH**

**2.** Rà soát văn bản quy phạm pháp luật

- Nội dung: Rà soát các văn bản quy phạm pháp luật có liên quan đến Luật thuộc thẩm quyền quản lý nhà nước
được phân công.

- Cơ quan thực hiện: Sở Khoa học và Công nghệ tiến hành rà soát các văn bản quy phạm pháp luật có liên quan
đến Luật; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát văn bản quy phạm pháp luật do cơ quan
mình tham mưu ban hành và gửi kết quả về Sở Khoa học và Công nghệ để tổng hợp báo cáo Chủ tịch UBND tỉnh. Đồng
thời, các sở, ngành liên quan và Ủy ban nhân dân các xã, phường tiếp tục rà soát cập nhật định kỳ.

**III. KINH PHÍ**

**3. **Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp trình cấp
có thẩm quyền bố trí kinh phí để thực hiện Kế hoạch.
`;

// Items 3 and 4 of the same plan as stored (3.1's second decree and 3.2, which repeat 3.1 a), left out): a title
// over sub-titled items, then a title whose body is only its label lines.
const LAWS_PLAN_ITEMS = `ỦY BAN NHÂN DÂN TỈNH LAI CHÂU

Số: 7360/KH-UBND

KẾ HOẠCH

**II. NỘI
DUNG KẾ HOẠCH**

**3.****
**Tham gia góp ý kiến vào dự thảo các văn bản quy định
chi tiết, hướng dẫn thi hành Luật và Tổ chức triển khai các văn bản hướng dẫn
thi hành Luật

*3.1. Tham gia góp ý kiến
vào dự thảo các văn bản quy định chi tiết, hướng dẫn thi hành Luật*

a) Nghị định quy định chi tiết
thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật và Luật sửa đổi,
bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật.

- Cơ quan chủ trì: Sở Khoa học
và Công nghệ.

- Cơ quan phối hợp: Các sở,
ngành có liên quan và UBND các xã, phường.

- Thời gian thực hiện: Theo
tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.

**4.****
**Phối hợp kiểm tra việc thi hành Luật và các văn bản
quy định chi tiết, hướng dẫn thi hành Luật

- Cơ quan chủ trì: Sở Khoa học
và Công nghệ

- Cơ quan phối hợp: Các sở,
ngành, UBND các xã, phường và các cơ quan, tổ chức, cá nhân có liên quan.

- Thời gian thực hiện: Năm
2026 và các năm tiếp theo.
`;

const STEERING_BOARD = `ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

KẾ HOẠCH

**IV. NHIỆM VỤ CỤ THỂ**

**1.
Nhiệm vụ của thành viên Ban Chỉ đạo**

*1.1.
Trưởng Ban Chỉ đạo*

- Phụ
trách chung, trực tiếp điều hành, chỉ đạo, chịu trách nhiệm trước Ủy ban nhân
dân tỉnh về kết quả thực hiện tổng kiểm kê tài sản.

-
Phân công, chỉ đạo, giao trách nhiệm cho các thành viên Ban Chỉ đạo, Lãnh đạo
các sở, ngành liên quan thực hiện nhiệm vụ tổng kiểm kê tài sản phù hợp chức
năng, nhiệm vụ, quyền hạn quy định.

*1.2.
Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo*

- Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính.
`;

describe("who leads, read from a label written as sentences and from the nearest title", () => {
  it("gives an item every subject of its 'Cơ quan thực hiện' sentences", () => {
    const plan = read(LAWS_PLAN, "7360-2025-kh-ubnd.md");
    expect(plan.partiesOf("Nội dung: Rà soát")).toEqual([
      "Sở Khoa học và Công nghệ",
      "các sở, ngành liên quan",
      "Ủy ban nhân dân các xã, phường",
    ]);
  });

  it("does not give a title over sub-titled items the label lines of the next item", () => {
    const plan = read(LAWS_PLAN_ITEMS, "7360-2025-kh-ubnd.md");
    expect(plan.partiesOf("Tham gia góp ý kiến vào dự thảo")).toBeUndefined();
    // Item 4's labels time item 4's own title, the work its body of labels has (guideline), not item 3's.
    expect(plan.obligations.filter((o) => o.deadline.due === "2026-12-31").map((o) => o.action)).toEqual([
      expect.stringMatching(/^Phối hợp kiểm tra việc thi hành Luật/u),
    ]);
    expect(plan.partiesOf("Nghị định quy định chi tiết")).toEqual(["Sở Khoa học và Công nghệ"]);
  });

  it("ends a subject at the basis between its commas", () => {
    expect(read(LAWS_PLAN, "7360-2025-kh-ubnd.md").partiesOf("Sở Tài chính, trên cơ sở")).toEqual([
      "Sở Tài chính",
    ]);
  });

  it("gives a member's request to the member its title names, not to the board it addresses", () => {
    const plan = read(STEERING_BOARD, "1627-qd-ubnd-2025.md");
    expect(plan.partiesOf("Phân công, chỉ đạo")).toEqual(["Trưởng Ban Chỉ đạo"]);
    expect(plan.partiesOf("Phụ trách chung")).toEqual(["Trưởng Ban Chỉ đạo"]);
    expect(plan.partiesOf("Tổng hợp kết quả")).toEqual(["Sở Tài chính"]);
  });
});

// Excerpts of Chỉ thị 010/CT-UBND Đắk Lắk (17/11/2025) as stored.
const APPRAISAL_DIRECTIVE = `ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK

Số: 010/CT-UBND

CHỈ THỊ

**II.
Trách nhiệm phối hợp giải quyết thủ tục đầu tư và quản lý dự án**

**3. **Cơ quan chủ trì giải quyết thủ tục đầu tư dự án

a) Hướng dẫn và tạo điều
kiện giải quyết nhanh các thủ tục đầu tư thuộc thẩm quyền:

b) Chủ động phối hợp với
các cơ quan, đơn vị, địa phương liên quan khác để giải quyết trong thời hạn quy
định theo đúng chức năng, nhiệm vụ, quyền hạn và phạm vi quản lý.

d) Trường hợp các đơn vị
được phối hợp giải quyết thủ tục đầu tư có ý kiến khác nhau, cơ quan chủ trì có
trách nhiệm phối hợp với các đơn vị liên quan để xem xét, làm rõ nội dung.

**4.
Các sở, ban, ngành, địa phương****: **Là các đơn vị được lấy ý kiến thẩm định, chịu trách nhiệm
trước UBND tỉnh, Chủ tịch UBND tỉnh và pháp luật các nội dung sau:

**4.1.
Trách nhiệm chung**

a) Đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh có liên quan đến mục tiêu hoạt động và nội dung dự án.

Khi đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh thì thực hiện đánh giá sự phù hợp của dự án với các
nội dung quy hoạch có liên quan.

Đối với các dự án có liên quan đến quy hoạch cấp quốc gia chưa được cấp có thẩm quyền phê duyệt thì trong quá trình
thẩm định dự án, có trách nhiệm tham mưu UBND tỉnh xin ý kiến bằng văn bản của cơ quan tổ chức lập quy hoạch.

b) Đánh giá sơ bộ về hiệu quả kinh tế - xã hội của dự án đầu tư.
`;

describe("items of a directive read as an officer reads them", () => {
  it("reads an item that ends in a colon but lists nothing as work of its own", () => {
    const directive = read(APPRAISAL_DIRECTIVE, "010-2025-ct-ubnd.md");
    expect(directive.partiesOf("Hướng dẫn và tạo điều kiện")).toEqual([
      "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án",
    ]);
  });

  it("reads an item's later paragraph that opens with a case as how the item is done, not a task", () => {
    const directive = read(APPRAISAL_DIRECTIVE, "010-2025-ct-ubnd.md");
    expect(directive.partiesOf("Đánh giá sự phù hợp")).toBeDefined();
    expect(directive.partiesOf("Khi đánh giá sự phù hợp")).toBeUndefined();
    // A later paragraph that binds ("có trách nhiệm") is work of its own.
    expect(directive.partiesOf("Đối với các dự án")).toBeDefined();
    expect(directive.partiesOf("Đánh giá sơ bộ")).toBeDefined();
  });

  it("reads a lower-case short name as the title's body it refers back to", () => {
    const directive = read(APPRAISAL_DIRECTIVE, "010-2025-ct-ubnd.md");
    expect(directive.partiesOf("Trường hợp các đơn vị")).toEqual([
      "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án",
    ]);
  });
});

// QĐ 2820/QĐ-UBND TP Hồ Chí Minh (19/11/2025): its plan lists "các Sở, ban, ngành" and its signature block wraps
// "ỦY / BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH".
const CITY_PLAN = `ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH

Số: 2820/QĐ-UBND

KẾ HOẠCH

**IV. TỔ CHỨC THỰC HIỆN**

**1. Sở Tài chính**

- Trên cơ sở văn bản đề xuất kinh phí của các Sở, ban, ngành chuyên môn, Sở Tài chính phối hợp với các đơn vị liên
quan thẩm định, tổng hợp nhu cầu kinh phí, cân đối để báo cáo Ủy ban nhân dân Thành phố.

**TM. ỦY
BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**
`;

describe("a list's lower-case member is not the issuer named short", () => {
  it("keeps 'ban' of 'các Sở, ban, ngành' a category, not the city's People's Committee", () => {
    const parties = read(CITY_PLAN, "2820-2025-qd-ubnd.md").obligations.flatMap((o) => o.responsible);
    expect(parties.join("; ")).not.toMatch(/BAN NHÂN DÂN|Ủy ban nhân dân/iu);
    expect(parties).toContain("Sở Tài chính");
  });
});

// Quyết định 173/QĐ-BTP (2015), its Kế hoạch, condensed: items whose titles run unpunctuated over their labels.
const COORDINATION_PLAN = `BỘ TƯ PHÁP
Số: 173/QĐ-BTP
Hà Nội, ngày 29 tháng 01 năm 2015
QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Chương trình phối hợp công tác năm 2015.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC NĂM 2015
II. NỘI DUNG THỰC HIỆN
2. Công tác kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật
a) Phối hợp kiểm tra, rà soát hệ thống văn bản quy phạm pháp luật về lĩnh vực công tác dân tộc.
- Đơn vị chủ trì: Cục Kiểm tra văn bản quy phạm pháp luật.
- Đơn vị phối hợp: Vụ Pháp luật hình sự - hành chính.
- Thời gian thực hiện: Cả năm 2015.
b) Trao đổi, hướng dẫn về công tác kiểm tra, xử lý, rà soát, hệ thống hóa văn bản quy phạm pháp luật
- Đơn vị chủ trì: Cục Kiểm tra văn bản quy phạm pháp luật.
- Đơn vị phối hợp: Vụ Các vấn đề chung về xây dựng pháp luật và các đơn vị xây dựng pháp luật có liên quan.
- Thời gian thực hiện: Quý II, III/2015.
`;

describe("an item whose title runs unpunctuated over its labels (Quyết định 173/QĐ-BTP, 2015)", () => {
  it("gives the title's work to the unit its own label names, with its time", () => {
    const plan = parseDocument(COORDINATION_PLAN, "173-2015-qd-btp.md");
    const tasks = extractObligations(plan);
    const exchange = tasks.find((o) => o.action.startsWith("Trao đổi, hướng dẫn"));
    expect(exchange).toMatchObject({
      responsible: ["Cục Kiểm tra văn bản quy phạm pháp luật"],
      deadline: { kind: "date", due: "2015-06-30" },
    });
    expect(tasks.find((o) => o.action.startsWith("Phối hợp kiểm tra"))?.deadline.due).toBe("2015-12-31");
  });
});
