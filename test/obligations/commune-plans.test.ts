import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

/** The obligations of a text, and those of the passage that opens with the given words. */
function read(text: string, file: string) {
  const doc = parseDocument(text, file);
  const obligations = extractObligations(doc);
  const of = (opening: string) => {
    const passage = doc.passages.find((p) => p.text.startsWith(opening));
    return obligations.filter((o) => o.passageId === passage?.id);
  };
  return { obligations, of };
}

// Excerpts of 2025 election plans of a ward's and a commune's Fatherland Front (batch 13 of the outside check, its
// inspected half): KH kiểm tra, giám sát bầu cử of phường Bắc Cam Ranh; Hướng dẫn giới thiệu người ứng cử of xã Lương Minh.
const OWN_PLAN = `UỶ BAN MTTQ VIỆT NAM
PHƯỜNG BẮC CAM RANH
BAN THƯỜNG TRỰC

Số:        /KH-MTTQ-BTT

Bắc Cam Ranh, ngày    tháng 11 năm 2025

KẾ HOẠCH
Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI

Căn cứ Thông tri số 04/TT-MTTW-BTT Ngày 04/11/2025 của Uỷ ban MTTQ Việt Nam về Hướng dẫn Uỷ ban MTTQ Việt Nam kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031;

Ban Thường trực Ủy ban MTTQ Việt Nam phường Bắc Cam Ranh xây dựng kế hoạch kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031 trên địa bàn phường, cụ thể như sau:

III. NỘI DUNG KIỂM TRA, GIÁM SÁT

1. Giám sát việc thành lập và hoạt động của Ủy ban bầu cử và các tổ chức phụ trách bầu cử của phường 

- Ban Thường trực Ủy ban MTTQ phường giám sát việc thành lập và hoạt động của các tổ chức phụ trách bầu cử ở địa phương từ Điều 21 đến Điều 28 của Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025). Cụ thể:

- Việc ban hành các văn bản liên quan đến công tác bầu cử;

- Việc thực hiện nhiệm vụ, quyền hạn của các tổ chức phụ trách bầu cử. Những khó khăn, vướng mắc và biện pháp tháo gỡ theo quy định tại Điều 23, Điều 24, Điều 25 của Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025).

* Thời gian thực hiện: Từ khi thành lập đến khi kết thúc nhiệm vụ của Ủy ban bầu cử và các tổ chức phụ trách bầu cử của phường.

IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT

2. Phối hợp kiểm tra, giám sát 

Cử đại diện tham gia phối hợp kiểm tra, giám sát công tác bầu cử khi các cơ quan, tổ chức có thẩm quyền tổ chức các đoàn kiểm tra, giám sát.

V. TỔ CHỨC THỰC HIỆN

1. Ban công tác Mặt trận các tổ dân phố căn cứ kế hoạch này, khi có thông báo chủ động phối hợp thực hiện kế hoạch kiểm tra, giám sát đảm bảo theo quy định.

2. Các tổ chức thành viên của MTTQ Việt Nam phường tham gia kiểm tra, giám sát công tác bầu cử theo phân công của Ủy ban Mặt trận Tổ quốc Việt Nam phường.
`;

const STEPS = `ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC

Số:     /HD-MTTQ-BTT

Lương Minh, ngày 22 tháng 12 năm 2025

HƯỚNG DẪN
Các cơ quan, tổ chức, đơn vị giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã

Để đảm bảo quy trình giới thiệu người ứng cử đúng pháp luật, Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh hướng dẫn các cơ quan, tổ chức, đơn vị thực hiện như sau:

I. ĐỐI VỚI CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ (Khối Đảng, Chính quyền, Đoàn thể)

Thực hiện quy trình 3 bước sau:

Bước 2: Hội nghị lấy ý kiến cử tri nơi công tác.

- Thành phần: Toàn thể cán bộ, công chức, viên chức, người lao động trong đơn vị (nếu dưới 100 người).

- Chủ trì: Người đứng đầu cơ quan.

- Nội dung: Lấy ý kiến nhận xét và bỏ phiếu tín nhiệm (giơ tay hoặc bỏ phiếu kín). Người được giới thiệu phải đạt tín nhiệm trên 50%.

- Biểu mẫu: Lập Biên bản theo Mẫu số 01/HNCT.

Bước 3: Hội nghị Ban lãnh đạo mở rộng giới thiệu chính thức.

- Thành phần: Ban lãnh đạo, đại diện lãnh đạo các đơn vị trực thuộc (nếu có).

- Nội dung: Thảo luận và biểu quyết giới thiệu chính thức.
`;

describe("a body's own plan and the matters its acts cover", () => {
  const { obligations, of } = read(OWN_PLAN, "kh-kiem-tra-giam-sat-bau-cu.md");

  it("gives the act its subject, and lists no matter it covers ('Việc ban hành …') as a task of its own", () => {
    expect(of("Ban Thường trực Ủy ban MTTQ phường giám sát")).toHaveLength(1);
    expect(of("Ban Thường trực Ủy ban MTTQ phường giám sát")[0]?.responsible).toEqual([
      "Ban Thường trực Ủy ban MTTQ phường",
    ]);
    expect(of("Việc ban hành các văn bản")).toEqual([]);
    expect(of("Việc thực hiện nhiệm vụ, quyền hạn")).toEqual([]);
  });

  it("keeps the bodies of 'Tổ chức thực hiện' to their own items", () => {
    expect(of("Ban công tác Mặt trận các tổ dân phố")[0]?.responsible).toEqual([
      "Ban công tác Mặt trận các tổ dân phố",
    ]);
    expect(of("Các tổ chức thành viên của MTTQ")[0]?.responsible).toEqual([
      "Các tổ chức thành viên của MTTQ Việt Nam phường",
    ]);
    expect(obligations.length).toBeGreaterThanOrEqual(3);
  });
});

describe("a step's fields ('Thành phần:', 'Chủ trì:', 'Nội dung:', 'Biểu mẫu:')", () => {
  const { of } = read(STEPS, "hd-gioi-thieu-ung-cu.md");

  it("make the step one task, led by its 'Chủ trì', and no field a task of its own", () => {
    expect(of("Hội nghị lấy ý kiến cử tri nơi công tác")).toHaveLength(1);
    expect(of("Hội nghị lấy ý kiến cử tri nơi công tác")[0]?.responsible).toEqual(["Người đứng đầu cơ quan"]);
    for (const field of [
      "Thành phần: Toàn thể",
      "Chủ trì:",
      "Nội dung: Lấy ý kiến",
      "Biểu mẫu: Lập Biên bản",
    ])
      expect(of(field)).toEqual([]);
    expect(of("Nội dung: Thảo luận và biểu quyết")).toEqual([]);
  });
});

// KH tổ chức các hội nghị hiệp thương, Ban Thường trực UBMTTQ xã Lương Minh (2025), "III. TỔ CHỨC THỰC HIỆN".
const STAFF = `ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC

Lương Minh, ngày 25 tháng 11 năm 2025

KẾ HOẠCH
Tổ chức các hội nghị hiệp thương

III. TỔ CHỨC THỰC HIỆN

2. Các tổ chức thành viên của MTTQ xã

- Phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ Việt Nam xã tham gia công tác bầu cử.

4. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng 

- Bảo đảm thông tin liên lạc thông suốt, kịp thời giữa Ủy ban MTTQ Việt Nam xã với các cơ quan, tổ chức ở tỉnh và địa phương trong công tác bầu cử.

- Tham mưu xây dựng Kế hoạch, triển khai tổ chức các hội nghị hiệp thương; tham mưu tổ chức các hội nghị về công tác bầu cử.
`;

describe("staff named by the field they handle ('Chuyên viên phụ trách lĩnh vực …')", () => {
  const { of } = read(STAFF, "kh-hiep-thuong.md");

  it("are the party of the items under their heading", () => {
    expect(of("Tham mưu xây dựng Kế hoạch")[0]?.responsible).toEqual([
      "Chuyên viên phụ trách lĩnh vực Hành chính",
      "Văn phòng",
    ]);
    expect(of("Bảo đảm thông tin liên lạc")[0]?.responsible).toContain(
      "Chuyên viên phụ trách lĩnh vực Hành chính",
    );
    expect(of("Phối hợp chặt chẽ")[0]?.responsible).toEqual(["Các tổ chức thành viên của MTTQ xã"]);
  });
});

// KH tổ chức hội nghị lấy ý kiến cử tri nơi cư trú, Ban Thường trực UBMTTQ xã Lương Minh (12/01/2026), part IV.
const TIMED = `ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC

Lương Minh, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú

IV. TRÁCH NHIỆM XÁC MINH VÀ TRẢ LỜI CÁC VỤ VIỆC MÀ CỬ TRI NÊU ĐỐI VỚI NGƯỜI ỨNG CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN

1. Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có trách nhiệm xác minh và trả lời bằng văn bản cho Ban Thường trực Ủy ban MTTQ Việt Nam cấp tổ chức hội nghị hiệp thương cho người được giới thiệu ứng cử.

2. Đối với vụ việc ở khu dân cư thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm phối hợp với Ủy ban nhân dân xã xác minh và trả lời bằng văn bản cho Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương.

4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời về các vụ việc mà cử tri nêu đối với người ứng cử đại biểu Hội đồng nhân dân phải được tiến hành xong. 
`;

describe("an item that only says by when the matter of the items before it is done", () => {
  const { obligations, of } = read(TIMED, "kh-lay-y-kien-cu-tri.md");

  it("gives them its day and is no task of its own", () => {
    expect(of("Đối với vụ việc ở nơi công tác")[0]?.deadline.due).toBe("2026-02-08");
    expect(of("Đối với vụ việc ở khu dân cư")[0]?.deadline.due).toBe("2026-02-08");
    expect(of("Chậm nhất là ngày 08 tháng 02")).toEqual([]);
    expect(obligations).toHaveLength(2);
  });
});

// HD giới thiệu người ứng cử, xã Lương Minh (22/12/2025), "4. Xác định Ban lãnh đạo như sau:".
const COMPOSITION = `ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC

Lương Minh, ngày 22 tháng 12 năm 2025

HƯỚNG DẪN
Các cơ quan, tổ chức, đơn vị giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã

4. Xác định Ban lãnh đạo như sau:

4.3. HĐND cấp xã: Thành phần dự hội nghị gồm Thường trực HĐND và đại diện lãnh đạo các Ban của HĐND.

4.4. UBND cấp xã: Thành phần dự hội nghị gồm Ban lãnh đạo UBND và đại diện lãnh đạo các đơn vị trực thuộc UBND (lãnh đạo Trường học, Trạm y tế).

5. Thời gian thực hiện: Từ ngày 17/12/2025 đến ngày 25/01/2026.

Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan, đơn vị và Trưởng Ban Công tác Mặt trận các thôn nghiêm túc triển khai thực hiện, bảo đảm đúng quy định của pháp luật và tiến độ thời gian./.
`;

describe("a body named before a colon, then what something consists of", () => {
  const { of } = read(COMPOSITION, "hd-gioi-thieu-ung-cu.md");

  it("is a composition, not that body's task", () => {
    expect(of("HĐND cấp xã: Thành phần")).toEqual([]);
    expect(of("UBND cấp xã: Thành phần")).toEqual([]);
  });
});

// HD giới thiệu người ứng cử, xã Lương Minh (22/12/2025): its header, then items 2 to 5, the last only a time label.
const TIME_LABEL = `ỦY BAN MTTQ VIỆT NAM

XÃ LƯƠNG MINH

BAN THƯỜNG TRỰC

Số:     /HD-MTTQ-BTT

Lương Minh, ngày 22 tháng 12 năm 2025

HƯỚNG DẪN

Các cơ quan, tổ chức, đơn vị giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã; thời gian thực hiện từ ngày 17/12/2025 đến ngày 25/01/2026

Căn cứ Thông báo số 17/TB-TTHĐND ngày 12/12/2025 của HĐND xã Lương Minh về điều chỉnh cơ cấu, số lượng, thành phần và phân bổ số lượng người được giới thiệu ứng cử đại biểu HĐND xã Lương Minh khóa II, nhiệm kỳ 2026-2031; Thông báo của MTTQ xã về việc phân bổ số lượng, cơ cấu, thành phần cho các cơ quan, tổ chức, đơn vị, thôn trên địa bàn xã được giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã, nhiệm kỳ 2026 – 2031.

Để đảm bảo quy trình giới thiệu người ứng cử đúng pháp luật, Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh hướng dẫn về nộị dung, trình tự, thủ tục giới thiệu người ứng cử và làm hồ sơ ứng cử như sau:

2. Yêu cầu

- Các cơ quan, tổ chức, đơn vị phải quán triệt đầy đủ các quy định của Luật Bầu cử và các văn bản hướng dẫn liên quan. Việc giới thiệu người ứng cử phải được tiến hành dân chủ, khách quan, đúng trình tự, thủ tục, bảo đảm chất lượng và tiến độ thời gian. Hồ sơ ứng cử phải được chuẩn bị đầy đủ, chính xác, đúng mẫu quy định; nộp đúng thời hạn cho Ủy ban bầu cử xã.

- Ban Thường trực Ủy ban MTTQ Việt Nam xã có trách nhiệm kiểm tra, giám sát, tổng hợp và báo cáo kết quả thực hiện.

3. Quy trình giới thiệu: Các cơ quan, tổ chức, đơn vị và Ban Công tác Mặt trận thôn tổ chức hội nghị giới thiệu người ứng cử theo trình tự quy định:

3.1. Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo dự kiến người giới thiệu, Biên bản họp Ban lãnh đạo dự kiến giới thiệu (Mẫu số 02/BCĐBHĐND-MT); (2) Hội nghị lấy ý kiến cử tri nơi công tác, Biên bản Hội nghị Cử tri Nơi Công tác (Mẫu số 01/HNCT). Phiếu lấy ý kiến (Mẫu số 07/PLYK nếu biểu quyết kín); (3) Tổ chức Hội nghị Ban lãnh đạo mở rộng giới thiệu chính thức, Biên bản Hội nghị Giới thiệu (Mẫu số 03/BCĐBHĐND-MT). Danh sách trích ngang nhân sự (Mẫu số 04/BCĐBHĐND-MT; (4) Cơ quan, tổ chức, đơn vị, chuyển Biên bản hội nghị cử tri giới thiệu đến Ban Thường trực UBMTTQ xã (Mẫu số 01/HNCT, Mẫu số 03/BCĐBHĐND-MT). Người ứng cử nộp hồ sơ tại Ủy ban bầu cử cấp xã, Hồ sơ ứng cử theo Nghị quyết 40/NQ-HĐBCQG (có mẫu các biên bản gửi kèm).

3.2. Đối với thôn dân cư: (1) Trưởng Ban công tác Mặt trận phối hợp với Bí thư chi bộ, Trưởng thôn họp dự kiến người giới thiệu; (2) Trưởng Ban công tác Mặt trận triệu tập và chủ trì hội nghị toàn bộ thành viên BCMT để thảo luận, nhận xét, biểu thị sự tín nhiệm đối với người dự kiến giới thiệu, Biên bản Hội nghị BCMT dự kiến giới thiệu người ứng cử (Mẫu số 03/HNMT); (3) Trưởng Ban công tác Mặt trận phối hợp với Trưởng thôn tổ chức hội nghị cử tri tại thôn, Biên bản Hội nghị Cử tri giới thiệu người ứng cử ĐBHĐND cấp xã (Mẫu số 04/HNCT). Phiếu lấy ý kiến (Mẫu số 08/PLYK) (nếu biểu quyết kín); (4) Ban Công tác Mặt trận chuyển Biên bản hội nghị cử tri giới thiệu đến Ban Thường trực UBMTTQ xã. Người ứng cử nộp hồ sơ tại Ủy ban bầu cử cấp xã (có mẫu các biên bản gửi kèm).

4. Xác định Ban lãnh đạo như sau:

4.3. HĐND cấp xã: Thành phần dự hội nghị gồm Thường trực HĐND và đại diện lãnh đạo các Ban của HĐND.

5. Thời gian thực hiện: Từ ngày 17/12/2025 đến ngày 25/01/2026.
`;

describe("an item that is only a time label, after the items of work", () => {
  const { obligations, of } = read(TIME_LABEL, "hd-gioi-thieu-ung-cu.md");

  it("times the nearest item before it that holds work, and that item's parts, not the earlier ones", () => {
    expect(of("Đối với cơ quan, tổ chức, đơn vị:")[0]?.deadline).toMatchObject({
      kind: "date",
      due: "2026-01-25",
    });
    expect(of("Đối với thôn dân cư:")[0]?.deadline).toMatchObject({ kind: "date", due: "2026-01-25" });
    expect(of("Ban Thường trực Ủy ban MTTQ Việt Nam xã có trách nhiệm")[0]?.deadline.kind).toBe("none");
    expect(of("Thời gian thực hiện")).toEqual([]);
    expect(obligations.every((o) => !o.action.startsWith("Thời gian"))).toBe(true);
  });
});
