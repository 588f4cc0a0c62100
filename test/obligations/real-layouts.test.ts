import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import type { DocumentMeta, Passage } from "../../src/corpus/types.ts";
import type { Obligation } from "../../src/obligations/obligation.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { findParties } from "../../src/obligations/responsible-parties.ts";
import { documentMeta, ROOT } from "../helpers.ts";

const DEV_DOCS = path.join(ROOT, "..", "shared", "dev-corpus", "docs");

/**
 * Obligations from the layouts of real documents (issue 11, item 4). Passages are built by hand with the paths,
 * sections and headings the structure parser gives them (`dieuN.K`, `<parent>-r<k>` table rows whose cells keep
 * their headers, `buocN`, `hd`, `kg`…), and their texts are excerpts of real documents: the tune half and the
 * documents outside the dev set of ../shared/dev-corpus/docs, and the excerpts quoted in issue 11.
 */
type Row = [path: string, text: string, headings?: string[]];

function documentOf(id: string, rows: Row[], meta: Partial<DocumentMeta> = {}) {
  const passages: Passage[] = rows.map(([path, text, headings = []]) => ({
    id: `${id}#${path}`,
    documentId: id,
    path,
    section: path,
    headings,
    text,
    start: 0,
    end: 0,
    references: [],
  }));
  return {
    meta: documentMeta({ id, kind: "Quyết định", ...meta }),
    passages,
  };
}

const read = (id: string, rows: Row[], meta: Partial<DocumentMeta> = {}) => {
  const obligations = extractObligations(documentOf(id, rows, meta));
  return {
    all: obligations,
    at: (path: string) => obligations.filter((o) => o.passageId === `${id}#${path}`),
    one: (path: string): Obligation => {
      const found = obligations.filter((o) => o.passageId === `${id}#${path}`);
      expect(found, path).toHaveLength(1);
      return found[0] as Obligation;
    },
  };
};

const QD = "QUY ĐỊNH. VỀ VIỆC TẶNG QUÀ ĐỐI VỚI THƯƠNG BINH, BỆNH BINH, GIA ĐÌNH LIỆT SĨ";

/** 12-2012-q-ubnd: a decision and the regulation it issues, with Chương / Điều / khoản. */
const decision = read(
  "12-2012-q-ubnd",
  [
    ["hd", "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG. Số: 12/2012/QĐ-UBND. Tuyên Quang, ngày 25 tháng 6 năm 2012."],
    [
      "md-d5",
      "Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 461/TTr-SLĐTBXH ngày 15/5/2012 về việc đề nghị ban hành Quy định tặng quà đối với thương binh, bệnh binh, gia đình liệt sĩ và người có công với cách mạng trên địa bàn tỉnh Tuyên Quang, QUYẾT ĐỊNH:",
    ],
    [
      "dieu1",
      "Ban hành kèm theo Quyết định này Quy định về việc tặng quà đối với thương binh, bệnh binh, gia đình liệt sĩ, người có công với cách mạng trên địa bàn tỉnh Tuyên Quang.",
    ],
    [
      "dieu2",
      "Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm chủ trì, phối hợp với các cơ quan liên quan tổ chức triển khai, hướng dẫn, kiểm tra việc thực hiện Quyết định này.",
    ],
    [
      "dieu3",
      "Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký và thay thế các Quyết định: Quyết định số 110/2005/QĐ-UBND ngày 29/12/2005 của Ủy ban nhân dân tỉnh.",
    ],
    [
      "dieu3-d2",
      "Các ông (bà): Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội, Giám đốc Sở Tài chính, thủ trưởng các cơ quan liên quan, Chủ tịch Ủy ban nhân huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.",
      ["Điều 3. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký"],
    ],
    ["ck", "TM. UỶ BAN NHÂN DÂN TỈNH CHỦ TỊCH Chẩu Văn Lâm"],
    [
      "kem1.dieu2.4",
      "Khuyến khích các tổ chức, cá nhân tham gia thăm hỏi, tặng quà đối tượng chính sách bằng những hình thức ý nghĩa và phù hợp.",
      [QD, "Chương I. NHỮNG QUY ĐỊNH CHUNG", "Điều 2. Một số quy định chung:"],
    ],
    [
      "kem1.dieu3.1.1",
      "Bà mẹ Việt Nam anh hùng đang hưởng trợ cấp nuôi dưỡng và phụ cấp hằng tháng.",
      [QD, "Chương II. CÁC QUY ĐỊNH CỤ THỂ", "Điều 3. Đối tượng tặng quà, gồm:", "1. Nhóm đối tượng số 1:"],
    ],
    [
      "kem1.dieu5.1",
      "Hằng năm xây dựng kế hoạch, dự toán kinh phí tặng quà đối với các đối tượng chính sách trình Ủy ban nhân dân tỉnh phê duyệt.",
      [QD, "Chương III. TỔ CHỨC THỰC HIỆN", "Điều 5. Giao trách nhiệm:"],
    ],
    [
      "kem1.dieu5.1-y1",
      "Triển khai, hướng dẫn, đôn đốc các cơ quan, đơn vị trong tỉnh thực hiện quy định này.",
      [
        QD,
        "Chương III. TỔ CHỨC THỰC HIỆN",
        "Điều 5. Giao trách nhiệm:",
        "1. Sở Lao động - Thương binh và Xã hội:",
      ],
    ],
    [
      "kem1.dieu5.2",
      "Sở Tài chính, Kho bạc Nhà nước tỉnh: Thẩm định dự toán, cấp kinh phí, hướng dẫn kiểm tra việc tặng quà đến các đối tượng chính sách, thanh quyết toán theo đúng quy định của Luật Ngân sách Nhà nước.",
      [QD, "Chương III. TỔ CHỨC THỰC HIỆN", "Điều 5. Giao trách nhiệm:"],
    ],
    [
      "kem1.dieu5.4",
      "Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm tiếp nhận quà, tổ chức gặp mặt thăm hỏi và trao quà đến các đối tượng chính sách đảm bảo trang trọng, chu đáo.",
      [QD, "Chương III. TỔ CHỨC THỰC HIỆN", "Điều 5. Giao trách nhiệm:"],
    ],
    [
      "kem1.dieu6",
      "Quy định này được phổ biến rộng rãi đến các cơ quan, ban, ngành, địa phương trong tỉnh.",
      [QD, "Chương III. TỔ CHỨC THỰC HIỆN"],
    ],
    [
      "kem1.dieu6-d2",
      "Trong quá trình thực hiện nếu có khó khăn vướng mắc vượt thẩm quyền giải quyết các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố và các cơ quan liên quan tổng hợp báo cáo Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội tổng hợp) để xem xét chỉ đạo giải quyết kịp thời./.",
      [QD, "Chương III. TỔ CHỨC THỰC HIỆN", "Điều 6. Quy định này được phổ biến rộng rãi"],
    ],
  ],
  { issuer: "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG", issuedDate: "2012-06-25", province: "Tuyên Quang" },
);

describe("Điều-structured decisions", () => {
  it("reads an article that assigns work to its subject", () => {
    expect(decision.one("dieu2").responsible).toEqual(["Giám đốc Sở Lao động - Thương binh và Xã hội"]);
  });

  it("reads the executing clause as one obligation of every party it lists", () => {
    const o = decision.one("dieu3-d2");
    expect(o.responsible).toEqual([
      "Chánh Văn phòng Ủy ban nhân dân tỉnh",
      "Giám đốc Sở Lao động - Thương binh và Xã hội",
      "Giám đốc Sở Tài chính",
      "thủ trưởng các cơ quan liên quan",
      "Chủ tịch Ủy ban nhân huyện, thành phố",
    ]);
    expect(o.action).toBe("chịu trách nhiệm thi hành Quyết định này./.");
  });

  it("gives a passage the actors of each of its sentences (75-2021-n-cp, Điều 12 khoản 4 điểm b)", () => {
    const decree = read("75-2021-n-cp", [
      [
        "dieu12.4.b",
        "Đơn giá đặt hàng: Giao Bộ trưởng Bộ Tài chính ban hành đơn giá tối đa dịch vụ giám định ADN hài cốt liệt sĩ và mẫu sinh phẩm thân nhân liệt sĩ. Căn cứ tình hình thực tế, Bộ trưởng Lao động - Thương binh và Xã hội quyết định giá thực hiện đặt hàng dịch vụ giám định ADN hài cốt liệt sĩ và mẫu sinh phẩm thân nhân liệt sĩ, đảm bảo không vượt quá giá tối đa do Bộ trưởng Bộ Tài chính quy định;",
        [
          "Điều 12. Xác định danh tính hài cốt liệt sĩ",
          "4. Giám định ADN hài cốt liệt sĩ còn thiếu thông tin, thân nhân liệt sĩ còn thiếu thông tin:",
        ],
      ],
    ]);
    expect(decree.one("dieu12.4.b").responsible).toEqual([
      "Bộ trưởng Bộ Tài chính",
      "Bộ trưởng Lao động - Thương binh và Xã hội",
    ]);
  });

  it("gives a timed paragraph that names no one the party of the paragraph before it (102-2018-nd-cp, Điều 7)", () => {
    const headings = ["Điều 7. Quy trình, trách nhiệm giải quyết chế độ hỗ trợ", "2. Quy trình, trách nhiệm"];
    const decree = read("102-2018-nd-cp", [
      [
        "dieu7.2.a-d5",
        "Cơ quan đại diện ngoại giao ở nước ngoài, có trách nhiệm chỉ đạo cơ quan chức năng thuộc quyền tiếp nhận hồ sơ của đối tượng hoặc thân nhân đối tượng.",
        headings,
      ],
      [
        "dieu7.2.a-d6",
        "Trong thời gian 20 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ của tổ chức và cá nhân chuyển đến (theo từng đợt), hoàn thành việc tổng hợp, rà soát phân loại hồ sơ đối tượng đề nghị hưởng chế độ hỗ trợ.",
        headings,
      ],
      ["dieu7.2.a-d8", "Trong thời gian 10 ngày làm việc, hồ sơ được chuyển về Bộ Quốc phòng.", headings],
    ]);
    const next = decree.one("dieu7.2.a-d6");
    expect(next.responsible).toEqual(["Cơ quan đại diện ngoại giao ở nước ngoài"]);
    expect(next.deadline.kind).toBe("event");
    // Not after a paragraph that is not the one before it.
    expect(decree.at("dieu7.2.a-d8").flatMap((o) => o.responsible)).not.toContain(
      "Cơ quan đại diện ngoại giao ở nước ngoài",
    );
  });

  it("gives nothing for the issuer's own decision, the effect clause, scope and benefit articles", () => {
    for (const path of [
      "hd",
      "md-d5",
      "dieu1",
      "dieu3",
      "ck",
      "kem1.dieu2.4",
      "kem1.dieu3.1.1",
      "kem1.dieu6",
    ])
      expect(decision.at(path), path).toEqual([]);
  });

  it("gives an item the party of its own title when the title made no passage ('1. Sở …:')", () => {
    const first = decision.one("kem1.dieu5.1");
    expect(first.responsible).toEqual(["Sở Lao động - Thương binh và Xã hội"]);
    expect(first.deadline).toEqual({ kind: "none", due: null, recurrence: "yearly", text: "" });
    // The title-only line "1. Sở Lao động …:" heads the item's other bullets.
    expect(decision.one("kem1.dieu5.1-y1").responsible).toEqual(["Sở Lao động - Thương binh và Xã hội"]);
  });

  it("reads 'Sở …, Kho bạc …: Thẩm định …' as parties before a colon", () => {
    const o = decision.one("kem1.dieu5.2");
    expect(o.responsible).toEqual(["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]);
    expect(o.action).toMatch(/^Thẩm định dự toán/);
  });

  it("reads the subject after a condition", () => {
    const o = decision.one("kem1.dieu6-d2");
    expect(o.responsible).toEqual([
      "các sở, ban, ngành",
      "Ủy ban nhân dân các huyện, thành phố",
      "các cơ quan liên quan",
    ]);
    expect(o.deadline.kind).toBe("continuous");
  });

  it("reads an article whose heading assigns the work ('Điều 2. Giao Giám đốc Sở …', numbered list)", () => {
    const { one } = read("giao", [
      [
        "dieu2.1",
        "Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch đúng quy định.",
        ["Điều 2. Giao Giám đốc Sở Tài chính"],
      ],
      [
        "dieu2.2",
        "Chủ trì, phối hợp với các ngành có liên quan hướng dẫn thực hiện.",
        ["Điều 2. Giao Giám đốc Sở Tài chính"],
      ],
    ]);
    expect(one("dieu2.1").responsible).toEqual(["Giám đốc Sở Tài chính"]);
    expect(one("dieu2.2").responsible).toEqual(["Giám đốc Sở Tài chính"]);
  });

  it("gives one party per name of 'Giám đốc các Sở: …' (6154-2011-qd-ubnd-hn, Điều 3)", () => {
    const { one } = read("6154-2011-qd-ubnd-hn", [
      [
        "dieu3",
        "Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở: Lao động Thương binh và Xã hội, Tài chính, Y tế; Giám đốc kho bạc Nhà nước Hà Nội và Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã chịu trách nhiệm thi hành Quyết định này./.",
      ],
    ]);
    expect(one("dieu3").responsible).toEqual([
      "Chánh Văn phòng Ủy ban nhân dân Thành phố",
      "Giám đốc Sở Lao động Thương binh và Xã hội",
      "Giám đốc Sở Tài chính",
      "Giám đốc Sở Y tế",
      "Giám đốc kho bạc Nhà nước Hà Nội",
      "Chủ tịch Ủy ban nhân dân các quận, huyện, thị xã",
    ]);
  });

  it("skips the articles that define scope and terms (40-2011-qd-ttg, Điều 1)", () => {
    const { all } = read("40-2011-qd-ttg", [
      [
        "dieu1.2.c",
        "Những người tính đến ngày Quyết định này có hiệu lực thi hành đang phải chấp hành hình phạt tù mà không được hưởng án treo.",
        ["Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng", "2. Quyết định này không áp dụng đối với:"],
      ],
    ]);
    expect(all).toEqual([]);
  });
});

describe("laws: duties named by an article's heading or lead-in (ALQAC laws)", () => {
  it("gives the items of 'X có những nhiệm vụ và quyền hạn sau đây:' to X (Hiến pháp, Điều 96)", () => {
    const law = read("hien-phap", [
      ["dieu96", "Chính phủ có những nhiệm vụ và quyền hạn sau đây:", ["Điều 96"]],
      ["dieu96.1", "Tổ chức thi hành Hiến pháp, luật, nghị quyết của Quốc hội;", ["Điều 96"]],
    ]);
    expect(law.one("dieu96.1").responsible).toEqual(["Chính phủ"]);
  });

  it("completes an item's subject cut short by a verb inside the heading's party (Luật Bảo vệ môi trường, Điều 48)", () => {
    const law = read("luat-bao-ve-moi-truong", [
      [
        "dieu48.5",
        "Cơ quan cấp giấy phép môi trường vận hành, cập nhật, tích hợp dữ liệu về giấy phép môi trường.",
        ["Điều 48. Trách nhiệm của cơ quan cấp giấy phép môi trường"],
      ],
    ]);
    expect(law.one("dieu48.5").responsible).toEqual(["cơ quan cấp giấy phép môi trường"]);
  });

  it("gives an item opening with 'Đề nghị X …' to the holder of the powers listed (Luật Tố tụng hành chính, Điều 39)", () => {
    const heading = "Điều 39. Nhiệm vụ, quyền hạn của Hội thẩm nhân dân";
    const law = read("luat-to-tung-hanh-chinh", [
      [
        "dieu39",
        "Khi được Chánh án Tòa án phân công, Hội thẩm nhân dân có những nhiệm vụ, quyền hạn sau đây:",
        [heading],
      ],
      [
        "dieu39.2",
        "Đề nghị Chánh án Tòa án, Thẩm phán được phân công giải quyết vụ án hành chính ra quyết định cần thiết thuộc thẩm quyền;",
        [
          heading,
          "Khi được Chánh án Tòa án phân công, Hội thẩm nhân dân có những nhiệm vụ, quyền hạn sau đây:",
        ],
      ],
    ]);
    expect(law.one("dieu39.2").responsible).toEqual(["Hội thẩm nhân dân"]);
  });

  it("does not complete a subject from a title that only opens with a body (Luật Trọng tài thương mại, Điều 71)", () => {
    const law = read("luat-trong-tai-thuong-mai", [
      [
        "dieu71.6",
        "Trong thời hạn 05 ngày làm việc, kể từ ngày ra quyết định, Tòa án gửi quyết định cho các bên, Trung tâm trọng tài hoặc Trọng tài viên Trọng tài vụ việc và Viện kiểm sát cùng cấp.",
        ["Điều 71. Toà án xét đơn yêu cầu huỷ phán quyết trọng tài"],
      ],
    ]);
    const o = law.one("dieu71.6");
    expect(o.responsible).toEqual(["Tòa án"]);
    expect(o.deadline.kind).toBe("event");
  });
});

describe("ordinary articles: rights, things and rights to ask give no one work (ALQAC sample of laws)", () => {
  it("reads the rights a lead-in lists as no obligations, and the duties it lists next as the holder's (Luật Du lịch, Điều 65)", () => {
    const heading = "Điều 65. Quyền và nghĩa vụ của hướng dẫn viên du lịch";
    const law = read("luat-du-lich", [
      ["dieu65.1", "Hướng dẫn viên du lịch có quyền sau đây:", [heading]],
      [
        "dieu65.1.a",
        "Tham gia tổ chức xã hội - nghề nghiệp về hướng dẫn du lịch;",
        [heading, "1. Hướng dẫn viên du lịch có quyền sau đây:"],
      ],
      [
        "dieu65.1.b",
        "Nhận tiền lương và khoản thù lao khác theo hợp đồng;",
        [heading, "1. Hướng dẫn viên du lịch có quyền sau đây:"],
      ],
      ["dieu65.2", "Hướng dẫn viên du lịch có nghĩa vụ sau đây:", [heading]],
      [
        "dieu65.2.a",
        "Hướng dẫn khách du lịch theo chương trình du lịch;",
        [heading, "2. Hướng dẫn viên du lịch có nghĩa vụ sau đây:"],
      ],
    ]);
    expect(law.at("dieu65.1.a")).toEqual([]);
    expect(law.at("dieu65.1.b")).toEqual([]);
    expect(law.one("dieu65.2.a").responsible.join(" ")).toMatch(/^hướng dẫn viên du lịch/iu);
  });

  it("reads the choices a lead-in grants ('được lựa chọn … sau đây:') as no obligations (Bảo vệ môi trường, Điều 54)", () => {
    const heading = "Điều 54. Trách nhiệm tái chế của tổ chức, cá nhân sản xuất, nhập khẩu";
    const lead =
      "2. Tổ chức, cá nhân quy định tại khoản 1 Điều này được lựa chọn thực hiện tái chế sản phẩm, bao bì theo một trong các hình thức sau đây:";
    const law = read("luat-bao-ve-moi-truong", [
      ["dieu54.2", lead.slice(3), [heading]],
      ["dieu54.2.a", "Tổ chức tái chế sản phẩm, bao bì;", [heading, lead]],
      [
        "dieu54.2.b",
        "Đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam để hỗ trợ tái chế sản phẩm, bao bì.",
        [heading, lead],
      ],
    ]);
    expect(law.at("dieu54.2.a")).toEqual([]);
    expect(law.at("dieu54.2.b")).toEqual([]);
  });

  it("an article titled with a bare name describes that body: its clauses are not its duties (Du lịch Điều 58, An ninh mạng Điều 30)", () => {
    const guides = "Điều 58. Hướng dẫn viên du lịch, thẻ hướng dẫn viên du lịch";
    const conditions = "3. Điều kiện hành nghề của hướng dẫn viên du lịch bao gồm:";
    const forces = "Điều 30. Lực lượng bảo vệ an ninh mạng";
    const law = read("luat-mau", [
      [
        "dieu58.1",
        "Hướng dẫn viên du lịch bao gồm hướng dẫn viên du lịch quốc tế, hướng dẫn viên du lịch nội địa và hướng dẫn viên du lịch tại điểm.",
        [guides],
      ],
      ["dieu58.3", conditions.slice(3), [guides]],
      [
        "dieu58.3.b",
        "Có hợp đồng lao động với doanh nghiệp kinh doanh dịch vụ lữ hành, doanh nghiệp cung cấp dịch vụ hướng dẫn du lịch;",
        [guides, conditions],
      ],
      [
        "dieu30.1",
        "Lực lượng chuyên trách bảo vệ an ninh mạng được bố trí tại Bộ Công an, Bộ Quốc phòng.",
        [forces],
      ],
      ["dieu30.3", "Tổ chức, cá nhân được huy động tham gia bảo vệ an ninh mạng.", [forces]],
      // A title that hands the work out still does, and its predicate is not part of the name (QĐ 49/2012 Hà Nội).
      [
        "dieu4.1",
        "Thẩm tra dự toán kinh phí hàng năm thực hiện chính sách ưu đãi người có công với cách mạng, tổng hợp thành dự toán kinh phí của Thành phố báo cáo Bộ Lao động - Thương binh và Xã hội trước ngày 05 tháng 7 hàng năm.",
        ["Điều 4. Sở Lao động - Thương binh và Xã hội có nhiệm vụ"],
      ],
    ]);
    for (const path of ["dieu58.1", "dieu58.3.b", "dieu30.1", "dieu30.3"]) expect(law.at(path)).toEqual([]);
    expect(law.one("dieu4.1").responsible).toEqual(["Sở Lao động - Thương binh và Xã hội"]);
  });

  it("after 'thì', an adverbial may open the main clause, and a right named inside it grants nothing (Dân sự Điều 22)", () => {
    const law = read("bo-luat-dan-su", [
      [
        "dieu22.1",
        "Khi một người do bị bệnh tâm thần hoặc mắc bệnh khác mà không thể nhận thức, làm chủ được hành vi thì theo yêu cầu của người có quyền, lợi ích liên quan hoặc của cơ quan, tổ chức hữu quan, Tòa án ra quyết định tuyên bố người này là người mất năng lực hành vi dân sự trên cơ sở kết luận giám định pháp y tâm thần.",
        ["Điều 22. Mất năng lực hành vi dân sự"],
      ],
      // The subject's own right is still a right.
      [
        "dieu45",
        "Hội đồng trọng tài có quyền gặp hoặc trao đổi với các bên với sự có mặt của bên kia.",
        ["Điều 45. Thẩm quyền của Hội đồng trọng tài xác minh sự việc"],
      ],
    ]);
    expect(law.one("dieu22.1").responsible).toEqual(["Tòa án"]);
    expect(law.at("dieu45")).toEqual([]);
  });

  it("a list that completes the lead-in's subject gives cases, not tasks: the lead-in binds them (Bảo vệ môi trường Điều 137)", () => {
    const title = "Điều 137. Ký quỹ bảo vệ môi trường";
    const lead = "Tổ chức, cá nhân có hoạt động dưới đây phải thực hiện ký quỹ bảo vệ môi trường:";
    const law = read("luat-mau", [
      ["dieu137.2", lead, [title]],
      ["dieu137.2.a", "Khai thác khoáng sản;", [title, lead]],
      ["dieu137.2.b", "Chôn lấp chất thải;", [title, lead]],
      // A lead-in whose list is its work keeps the work in the items.
      ["dieu138.1", "Bộ Tài nguyên và Môi trường có trách nhiệm sau đây:", ["Điều 138. Trách nhiệm"]],
      [
        "dieu138.1.a",
        "Hướng dẫn việc ký quỹ;",
        ["Điều 138. Trách nhiệm", "Bộ Tài nguyên và Môi trường có trách nhiệm sau đây:"],
      ],
    ]);
    expect(law.at("dieu137.2.a")).toEqual([]);
    expect(law.at("dieu137.2.b")).toEqual([]);
    expect(law.one("dieu137.2").responsible).toEqual([
      "Tổ chức, cá nhân có hoạt động khai thác khoáng sản, chôn lấp chất thải",
    ]);
    expect(law.at("dieu138.1")).toEqual([]);
    expect(law.one("dieu138.1.a").responsible).toEqual(["Bộ Tài nguyên và Môi trường"]);
  });

  it("what a body is competent for names it when a later verb is its work; 'công lập' is no verb (Luật Viên chức Điều 48)", () => {
    const title = "Điều 48. Quản lý viên chức";
    const law = read("luat-mau", [
      [
        "dieu48.3",
        "Đối với đơn vị sự nghiệp công lập chưa được giao quyền tự chủ, cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập thực hiện quản lý viên chức.",
        [title],
      ],
      ["dieu48.5", "Người đứng đầu đơn vị sự nghiệp công lập chịu trách nhiệm báo cáo cấp trên.", [title]],
      // Competence alone is no task.
      ["dieu49.1", "Cơ quan đăng ký hộ tịch có thẩm quyền xác định cha, mẹ, con.", ["Điều 49. Thẩm quyền"]],
    ]);
    expect(law.one("dieu48.3").responsible).toEqual([
      "cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập",
    ]);
    expect(law.one("dieu48.5").responsible).toEqual(["Người đứng đầu đơn vị sự nghiệp công lập"]);
    expect(law.at("dieu49.1")).toEqual([]);
  });

  it("a subject read through 'là' says what something is; 'vận chuyển' is part of a party's trade (Trọng tài, Bảo vệ môi trường)", () => {
    const law = read("luat-mau", [
      [
        "dieu7.2.a",
        "Tòa án có thẩm quyền là Tòa án nơi cư trú của bị đơn nếu bị đơn là cá nhân;",
        [
          "Điều 7. Xác định Tòa án có thẩm quyền",
          "2. Tòa án có thẩm quyền đối với hoạt động trọng tài được xác định như sau:",
        ],
      ],
      [
        "dieu65.3",
        "Tổ chức, cá nhân vận chuyển hàng nguy hiểm phải bảo đảm đáp ứng đủ điều kiện, năng lực về bảo vệ môi trường.",
        ["Điều 65. Bảo vệ môi trường trong hoạt động giao thông vận tải"],
      ],
    ]);
    expect(law.at("dieu7.2.a")).toEqual([]);
    expect(law.one("dieu65.3").responsible).toEqual(["Tổ chức, cá nhân vận chuyển hàng nguy hiểm"]);
  });

  it("a verb joined to the duty is no subject: the item is the lead-in's party's (Chăn nuôi, Viên chức)", () => {
    const heading = "Điều 25. Quyền và nghĩa vụ của cơ sở sản xuất, mua bán sản phẩm giống vật nuôi";
    const lead = "Cơ sở sản xuất, mua bán sản phẩm giống vật nuôi có nghĩa vụ sau đây:";
    const law = read("luat-mau", [
      ["dieu25.2", lead, [heading]],
      [
        "dieu25.2.d",
        "Bảo đảm và chịu trách nhiệm về chất lượng sản phẩm giống vật nuôi phù hợp với tiêu chuẩn công bố áp dụng;",
        [heading, `2. ${lead}`],
      ],
    ]);
    expect(law.one("dieu25.2.d").responsible.join(" ")).toMatch(/^cơ sở sản xuất, mua bán/iu);
    expect(
      findParties("Chịu trách nhiệm hoặc liên đới chịu trách nhiệm về việc thực hiện hoạt động nghề nghiệp."),
    ).toBeNull();
  });

  it("a right to ask the court is no address, and a method bound by 'phải' is no party (Hôn nhân và gia đình Đ10, Giáo dục Đ7)", () => {
    const law = read("luat-mau", [
      [
        "dieu10.3",
        "Cá nhân, cơ quan, tổ chức khác khi phát hiện việc kết hôn trái pháp luật thì có quyền đề nghị cơ quan, tổ chức quy định tại các điểm b, c và d khoản 2 Điều này yêu cầu Tòa án hủy việc kết hôn trái pháp luật.",
        ["Điều 10. Người có quyền yêu cầu hủy việc kết hôn trái pháp luật"],
      ],
      [
        "dieu7.2",
        "Phương pháp giáo dục phải khoa học, phát huy tính tích cực, tự giác, chủ động, tư duy sáng tạo của người học.",
        ["Điều 7. Yêu cầu về nội dung, phương pháp giáo dục"],
      ],
      [
        "dieu10.5",
        "Chủ hộ có quyền và nghĩa vụ thực hiện, tạo điều kiện, hướng dẫn thành viên hộ gia đình thực hiện quy định về đăng ký, quản lý cư trú.",
        ["Điều 10. Quyền, nghĩa vụ của chủ hộ và thành viên hộ gia đình về cư trú"],
      ],
    ]);
    expect(
      law
        .at("dieu10.3")
        .flatMap((o) => o.responsible)
        .join(" "),
    ).not.toMatch(/Tòa án/u);
    expect(law.at("dieu7.2")).toEqual([]);
    expect(law.one("dieu10.5").responsible).toEqual(["Chủ hộ"]);
  });

  it("a permission or a right is no work, unless the heading lists powers or the sentence sets a time (ALQAC laws)", () => {
    const law = read("luat-mau", [
      [
        "dieu20.3",
        "Trung tâm trọng tài có thể quy định thêm các tiêu chuẩn cao hơn tiêu chuẩn quy định tại khoản 1 Điều này đối với Trọng tài viên của tổ chức mình.",
        ["Điều 20. Tiêu chuẩn Trọng tài viên"],
      ],
      [
        "dieu211",
        "Viện trưởng Viện kiểm sát cùng cấp và cấp trên trực tiếp có quyền kháng nghị bản án, quyết định của Tòa án cấp sơ thẩm.",
        ["Điều 211. Người có quyền kháng nghị"],
      ],
      [
        "dieu31.2",
        "Trong thời hạn 01 ngày làm việc kể từ ngày nhận được đề nghị khai báo tạm vắng, cơ quan đăng ký cư trú cấp phiếu khai báo tạm vắng cho công dân; trường hợp phức tạp thì thời gian giải quyết có thể kéo dài hơn nhưng không quá 02 ngày làm việc.",
        ["Điều 31. Khai báo tạm vắng"],
      ],
      [
        "dieu38.2",
        "Thẩm phán có quyền yêu cầu đương sự giao nộp tài liệu, chứng cứ.",
        ["Điều 38. Nhiệm vụ, quyền hạn của Thẩm phán"],
      ],
      [
        // "cơ thể" (the body) folds as "có thể" (may) does, and grants nothing.
        "dieu6.2",
        "Bộ Y tế bảo đảm kinh phí xét nghiệm chất ma túy trong cơ thể người bị tạm giữ.",
        ["Điều 6. Kinh phí"],
      ],
    ]);
    expect(law.one("dieu6.2").responsible).toEqual(["Bộ Y tế"]);
    expect(law.at("dieu20.3")).toEqual([]);
    expect(law.at("dieu211")).toEqual([]);
    expect(law.one("dieu31.2").responsible).toEqual(["cơ quan đăng ký cư trú"]);
    expect(law.one("dieu38.2").responsible.join(" ")).toMatch(/Thẩm phán/u);
  });

  it('a named office\'s competence is no work, and "khi xét thấy cần thiết" is no modal (ALQAC)', () => {
    const law = read("luat-mau", [
      [
        "dieu283.1",
        "Chánh án Tòa án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân tối cao có thẩm quyền kháng nghị theo thủ tục tái thẩm bản án, quyết định đã có hiệu lực pháp luật của Tòa án nhân dân cấp cao; bản án, quyết định đã có hiệu lực pháp luật của Tòa án khác khi xét thấy cần thiết.",
        ["Điều 283. Người có thẩm quyền kháng nghị theo thủ tục tái thẩm"],
      ],
      [
        "dieu5.2",
        "Cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập thực hiện quản lý viên chức khi xét thấy cần thiết.",
        ["Điều 5. Quản lý viên chức"],
      ],
      [
        "dieu9.1",
        "Ủy ban nhân dân cấp tỉnh cần thiết lập đường dây nóng để tiếp nhận phản ánh.",
        ["Điều 9. Tiếp nhận phản ánh"],
      ],
    ]);
    expect(law.at("dieu283.1")).toEqual([]);
    expect(law.one("dieu5.2").responsible.join(" ")).toMatch(/^Cơ quan có thẩm quyền quản lý/u);
    expect(law.one("dieu9.1").responsible).toEqual(["Ủy ban nhân dân cấp tỉnh"]);
  });

  it("a principle that binds a named party is work; a name that opens with a verb-like word bears its duty (ALQAC)", () => {
    const law = read("luat-mau", [
      [
        "dieu4.1",
        "Trọng tài viên phải tôn trọng thoả thuận của các bên nếu thỏa thuận đó không vi phạm điều cấm và trái đạo đức xã hội.",
        ["Điều 4. Nguyên tắc giải quyết tranh chấp bằng Trọng tài"],
      ],
      [
        "dieu4.3",
        "Các bên tranh chấp đều bình đẳng về quyền và nghĩa vụ. Hội đồng trọng tài có trách nhiệm tạo điều kiện để họ thực hiện các quyền và nghĩa vụ của mình.",
        ["Điều 4. Nguyên tắc giải quyết tranh chấp bằng Trọng tài"],
      ],
      [
        "dieu11.2",
        "Tổ chức thanh niên có trách nhiệm nghiên cứu nhu cầu, nguyện vọng của thanh niên để kiến nghị với cơ quan nhà nước.",
        ["Điều 11. Tổ chức thanh niên"],
      ],
    ]);
    expect(law.one("dieu4.1").responsible).toEqual(["Trọng tài viên"]);
    expect(law.one("dieu4.3").responsible).toEqual(["Hội đồng trọng tài"]);
    expect(law.one("dieu11.2").responsible).toEqual(["Tổ chức thanh niên"]);
  });

  it("forces, owners and people named by their role act (ALQAC)", () => {
    const law = read("luat-mau", [
      [
        "dieu24.2",
        "Lực lượng chuyên trách bảo vệ an ninh mạng thuộc Bộ Công an thẩm định an ninh mạng đối với hệ thống thông tin.",
        ["Điều 24. Thẩm định an ninh mạng"],
      ],
      [
        "dieu20.6",
        "Chủ quản hệ thống thông tin thường xuyên rà soát, kiểm tra hệ thống thông tin thuộc phạm vi quản lý.",
        ["Điều 20. An ninh mạng"],
      ],
      [
        "dieu65.3",
        "Hướng dẫn viên du lịch quốc tế và hướng dẫn viên du lịch nội địa phải mang theo giấy tờ phân công nhiệm vụ.",
        ["Điều 65. Hành nghề hướng dẫn du lịch"],
      ],
    ]);
    expect(law.one("dieu24.2").responsible.join(" ")).toMatch(/^Lực lượng chuyên trách bảo vệ an ninh mạng/u);
    expect(law.one("dieu20.6").responsible).toEqual(["Chủ quản hệ thống thông tin"]);
    expect(law.one("dieu65.3").responsible.join(" ")).toMatch(/hướng dẫn viên du lịch nội địa/u);
  });

  it("'Phòng, chống …' in a heading is a verb pair, not an office (Luật An ninh mạng, Điều 20)", () => {
    const law = read("luat-an-ninh-mang", [
      [
        "dieu20.4",
        "Bộ Công an chủ trì, phối hợp với Bộ, ngành có liên quan triển khai công tác phòng, chống khủng bố mạng.",
        ["Điều 20. Phòng, chống khủng bố mạng"],
      ],
      [
        "dieu20.6",
        "Thường xuyên rà soát, kiểm tra hệ thống thông tin thuộc phạm vi quản lý nhằm loại trừ nguy cơ khủng bố mạng.",
        ["Điều 20. Phòng, chống khủng bố mạng"],
      ],
    ]);
    expect(law.one("dieu20.4").responsible).toEqual(["Bộ Công an"]);
    expect(law.all.flatMap((o) => o.responsible)).not.toContain("Phòng, chống khủng bố mạng");
  });

  it("a title that names duties besides a scope assigns them; 'Nghĩa vụ chung của X' and 'Nghĩa vụ của X bao gồm:' are X's (ALQAC)", () => {
    const scope = "Điều 9. Phạm vi và trách nhiệm cung cấp thông tin";
    const duties = "Điều 16. Nghĩa vụ chung của viên chức";
    const film = "Điều 11. Quyền và nghĩa vụ của nhà sản xuất phim, biên kịch, đạo diễn";
    const lead =
      "2. Nghĩa vụ của nhà sản xuất phim, biên kịch, đạo diễn, quay phim, diễn viên và thành viên khác trong đoàn làm phim bao gồm:";
    const law = read("luat-mau", [
      [
        "dieu9.2.b",
        "Văn phòng Chủ tịch nước có trách nhiệm cung cấp thông tin do Chủ tịch nước tạo ra và thông tin do mình tạo ra;",
        [scope],
      ],
      [
        "dieu1",
        "Luật này quy định về viên chức; quyền nghĩa vụ của viên chức.",
        ["Điều 1. Phạm vi điều chỉnh"],
      ],
      [
        "dieu16.4",
        "Bảo vệ bí mật nhà nước; giữ gìn và bảo vệ của công, sử dụng hiệu quả tiết kiệm tài sản được giao.",
        [duties],
      ],
      ["dieu11.2", lead.slice(3), [film]],
      [
        "dieu11.2.a",
        "Tuân thủ quy định của Luật này và quy định khác của pháp luật có liên quan;",
        [film, lead],
      ],
    ]);
    expect(law.one("dieu9.2.b").responsible).toEqual(["Văn phòng Chủ tịch nước"]);
    expect(law.at("dieu1")).toEqual([]);
    expect(law.one("dieu16.4").responsible).toEqual(["viên chức"]);
    expect(law.one("dieu11.2.a").responsible.join(", ")).toMatch(
      /^nhà sản xuất phim, biên kịch, .*thành viên khác$/u,
    );
  });
});

describe("a lead-in whose subject must meet what follows (ALQAC sample of laws)", () => {
  it("gives the items of 'X phải đáp ứng các điều kiện sau đây:' to X (Luật Chăn nuôi, Điều 22)", () => {
    const title = "Điều 22. Điều kiện sản xuất, mua bán con giống vật nuôi";
    const lead = "2. Tổ chức, cá nhân sản xuất con giống vật nuôi phải đáp ứng các điều kiện sau đây:";
    const law = read("luat-chan-nuoi", [
      ["dieu22.2", lead.slice(3), [title]],
      [
        "dieu22.2.b",
        "Áp dụng hệ thống quản lý chất lượng phù hợp và công bố tiêu chuẩn áp dụng đối với giống vật nuôi;",
        [title, lead],
      ],
    ]);
    expect(law.at("dieu22.2")).toEqual([]);
    expect(law.one("dieu22.2.b").responsible).toEqual(["Tổ chức, cá nhân sản xuất con giống vật nuôi"]);
  });

  it("a thing that must meet requirements is no party, nor a database ('Hợp đồng lữ hành phải có …', 'Cơ sở dữ liệu …')", () => {
    const law = read("luat-mau", [
      ["dieu39.3", "Hợp đồng lữ hành phải có các nội dung sau đây:", ["Điều 39. Hợp đồng lữ hành"]],
      [
        "dieu39.3.b",
        "Giá trị hợp đồng và phương thức thanh toán;",
        ["Điều 39. Hợp đồng lữ hành", "3. Hợp đồng lữ hành phải có các nội dung sau đây:"],
      ],
      ["dieu40.1", "Cơ sở dữ liệu phải được cập nhật thường xuyên.", ["Điều 40. Dữ liệu"]],
    ]);
    expect(law.all).toEqual([]);
  });
});

describe("which body is competent is no work of it (ALQAC sample of laws)", () => {
  it("reads 'X có thẩm quyền <làm gì>' as competence, unless it binds or sets a time (Hôn nhân và gia đình Đ101, Cư trú Đ29)", () => {
    const law = read("luat-mau", [
      [
        "dieu101.1",
        "Cơ quan đăng ký hộ tịch có thẩm quyền xác định cha, mẹ, con theo quy định của pháp luật về hộ tịch trong trường hợp không có tranh chấp.",
        ["Điều 101. Thẩm quyền giải quyết việc xác định cha, mẹ, con"],
      ],
      [
        "dieu29.2",
        "Cơ quan đã đăng ký tạm trú có thẩm quyền xóa đăng ký tạm trú và phải ghi rõ lý do, thời điểm xóa đăng ký tạm trú trong Cơ sở dữ liệu về cư trú.",
        ["Điều 29. Xóa đăng ký tạm trú"],
      ],
    ]);
    expect(law.at("dieu101.1")).toEqual([]);
    expect(law.at("dieu29.2")).toHaveLength(1);
  });
});

describe("a court procedure's steps (ALQAC: Luật Trọng tài thương mại, Luật Phòng, chống ma túy)", () => {
  const law = read(
    "luat-trong-tai-thuong-mai",
    [
      [
        "dieu41.5",
        "Trong thời hạn 07 ngày, kể từ ngày nhận được yêu cầu của các bên quy định tại các khoản 1, 2, 3 và 4 của Điều này, Chánh án Tòa án có thẩm quyền phải phân công một Thẩm phán chỉ định Trọng tài viên và thông báo cho các bên.",
        ["Điều 41. Thành lập Hội đồng trọng tài vụ việc"],
      ],
      [
        "dieu44.4",
        "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được đơn khiếu nại, Chánh án Toà án có thẩm quyền phân công một Thẩm phán xem xét, giải quyết đơn khiếu nại. Trong thời hạn 10 ngày làm việc, kể từ ngày được phân công, Thẩm phán phải xem xét, quyết định.",
        ["Điều 44. Xem xét thẩm quyền của Hội đồng trọng tài"],
      ],
    ],
    { kind: "Luật" },
  );

  it("reads the subject after a time limit whose clause holds commas of its own", () => {
    expect(law.one("dieu41.5").responsible).toEqual(["Chánh án Tòa án có thẩm quyền"]);
  });

  it("gives each step with its own time limit its own obligation", () => {
    const steps = law.at("dieu44.4");
    expect(steps.map((o) => [o.responsible, o.deadline.text])).toEqual([
      [
        ["Chánh án Toà án có thẩm quyền"],
        "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được đơn khiếu nại",
      ],
      [["Thẩm phán"], "Trong thời hạn 10 ngày làm việc, kể từ ngày được phân công"],
    ]);
  });

  it("reads 'cơ quan đăng ký cư trú' whole after a time limit (Luật Cư trú, Điều 31)", () => {
    const steps = read(
      "luat-cu-tru",
      [
        [
          "dieu31.2-d2",
          "Cơ quan đăng ký cư trú có trách nhiệm hướng dẫn, kiểm tra nội dung khai báo. Trong thời hạn 01 ngày làm việc kể từ ngày nhận được đề nghị khai báo tạm vắng, cơ quan đăng ký cư trú cấp phiếu khai báo tạm vắng cho công dân.",
        ],
      ],
      { kind: "Luật" },
    ).at("dieu31.2-d2");
    expect(steps.map((o) => [o.responsible, o.deadline.kind])).toEqual([
      [["Cơ quan đăng ký cư trú"], "none"],
      [["cơ quan đăng ký cư trú"], "event"],
    ]);
  });

  it("completes a name cut short at a verb from the passage's other sentence", () => {
    const steps = read(
      "luat-du-lich",
      [
        [
          "dieu31.2",
          "Cơ quan quản lý du lịch cấp tỉnh có trách nhiệm hướng dẫn thủ tục. Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan quản lý du lịch cấp tỉnh cấp giấy phép.",
        ],
      ],
      { kind: "Luật" },
    ).at("dieu31.2");
    // (Since "cơ quan quản lý …" is read as one name, the second sentence's party is whole on its own, as written.)
    expect(steps.map((o) => o.responsible.map((p) => p.toLowerCase()))).toEqual([
      ["cơ quan quản lý du lịch cấp tỉnh"],
      ["cơ quan quản lý du lịch cấp tỉnh"],
    ]);
  });

  it("reads 'hồ sơ đề nghị Tòa án' as a paper, not as addressing the court (Luật Phòng, chống ma túy, Điều 34)", () => {
    const step = read(
      "luat-phong-chong-ma-tuy",
      [
        [
          "dieu34.3",
          "Trong thời hạn 02 ngày làm việc kể từ ngày nhận được hồ sơ, Trưởng phòng Phòng Lao động - Thương binh và Xã hội cấp huyện kiểm tra tính pháp lý của hồ sơ đề nghị Tòa án nhân dân cấp huyện xem xét, quyết định đưa vào cơ sở cai nghiện bắt buộc.",
        ],
      ],
      { kind: "Luật" },
    ).one("dieu34.3");
    expect(step.responsible).toEqual(["Trưởng phòng Phòng Lao động - Thương binh và Xã hội cấp huyện"]);
  });
});

describe("a procedure's steps with time limits (23-2012-n-cp, Điều 6)", () => {
  const steps = read(
    "23-2012-n-cp",
    [
      [
        "dieu6.2.b",
        "Trong thời hạn không quá 7 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định, Ủy ban nhân dân cấp xã hoàn thành việc tổng hợp, lập hồ sơ báo cáo Ban Chỉ huy quân sự đối với đối tượng là quân nhân, cơ yếu; công an cấp huyện đối với các đối tượng là công an;",
      ],
      [
        "dieu6.2.e",
        "Trong thời hạn không quá 30 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định (theo từng đợt), Bảo hiểm xã hội Bộ Quốc phòng hoàn thành việc xét duyệt, ra quyết định hưởng chế độ hưu trí đối với đối tượng là quân nhân, cơ yếu và chuyển Bảo hiểm xã hội Việt Nam thực hiện; Bảo hiểm xã hội Bộ Công an xét duyệt, ra quyết định hưởng chế độ hưu trí đối với đối tượng là công an, chuyển Bảo hiểm xã hội Việt Nam thực hiện.",
      ],
    ],
    { kind: "Nghị định" },
  );

  it("reads the subject after the opening time limit, not the party reported to", () => {
    const o = steps.one("dieu6.2.b");
    expect(o.responsible).toEqual(["Ủy ban nhân dân cấp xã"]);
    expect(o.deadline.kind).toBe("event");
  });

  it("gives the opening time limit to every clause after ';' and their subjects", () => {
    const o = steps.one("dieu6.2.e");
    expect(o.responsible).toEqual(["Bảo hiểm xã hội Bộ Quốc phòng", "Bảo hiểm xã hội Bộ Công an"]);
    expect(o.deadline.text).toBe("Trong thời hạn không quá 30 ngày làm việc, kể từ ngày nhận đủ hồ sơ");
  });
});

describe("which openings introduce directives", () => {
  it("does not take the title of a consolidated circular for a directive lead-in (835-2024-vbhn-bldtbxh)", () => {
    const { all } = read("835-2024-vbhn-bldtbxh", [
      [
        "md-d1",
        "Thông tư liên tịch số 08/2012/TTLT-BLĐTBXH-BNV-BTC ngày 16 tháng 04 năm 2012 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội, Bộ trưởng Bộ Nội vụ, Bộ trưởng Bộ Tài chính hướng dẫn thực hiện chế độ trợ cấp đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến, có hiệu lực kể từ ngày 01 tháng 6 năm 2012, được sửa đổi, bổ sung bởi:",
      ],
      [
        "dieu2.1.a",
        "Từ đủ 2 năm trở xuống, mức hưởng trợ cấp một lần bằng 2.500.000 đồng;",
        ["Điều 2. Chế độ trợ cấp một lần", "1. Chế độ trợ cấp một lần được tính theo số năm thực tế"],
      ],
    ]);
    expect(all).toEqual([]);
  });

  it("reads 'Bộ … hướng dẫn <topic> như sau:' as rules, not as work for everyone (47-2009-ttlt-btc-bltbxh)", () => {
    const circular = read(
      "47-2009-ttlt-btc-bltbxh",
      [
        [
          "md-d1",
          "Bộ Tài chính – Bộ Lao động – Thương binh và Xã hội hướng dẫn cấp phát, quản lý và sử dụng kinh phí thực hiện chính sách ưu đãi người có công với cách mạng; người trực tiếp tham gia kháng chiến do ngành Lao động – Thương binh và Xã hội quản lý (sau đây gọi tắt là chính sách ưu đãi người có công với cách mạng) như sau:",
        ],
        [
          "dieu4.1",
          "Chi cấp Báo Nhân dân cho người hoạt động cách mạng trước ngày 01/01/1945.",
          ["Điều 4. Các khoản chi ưu đãi khác"],
        ],
        [
          "dieu12.4",
          "Kho bạc Nhà nước có trách nhiệm thu hồi số chi ứng trước dự toán của đơn vị theo quy định hiện hành và thông báo để đơn vị theo dõi, hạch toán kịp thời.",
          ["Điều 12. Bổ sung dự toán"],
        ],
      ],
      { kind: "Thông tư liên tịch" },
    );
    expect(circular.at("dieu4.1")).toEqual([]);
    expect(circular.one("dieu12.4").responsible).toEqual(["Kho bạc Nhà nước"]);
    // Guidance that names whom it guides still frames the items below it as their work.
    const guided = read("x", [
      [
        "md-d1",
        "Bộ Lao động - Thương binh và Xã hội hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh thực hiện như sau:",
      ],
      ["1", "Rà soát, lập danh sách đối tượng.", []],
    ]);
    expect(guided.one("1").responsible).toEqual(["Sở Lao động - Thương binh và Xã hội các tỉnh"]);
  });
});

describe("plans issued by a decision", () => {
  const plan = read(
    "ke-hoach-hoi-nghi",
    [
      ["dieu1", "Ban hành Kế hoạch tổ chức Hội nghị biểu dương người có công năm 2024 như sau:"],
      ["dieu1.1", "Tên hội nghị: Hội nghị biểu dương người có công tiêu biểu.", ["Điều 1"]],
      ["dieu1.2", "Tổng duyệt chương trình: Ngày 20/7/2024 (thứ Bảy).", ["Điều 1"]],
      ["dieu1.3", "Hoàn thành danh sách đại biểu trước ngày 10/7/2024.", ["Điều 1"]],
      [
        "dieu2.1",
        "Tổ chức hội nghị và lập biên bản xác nhận danh sách đại biểu.",
        ["Điều 2. Trách nhiệm thực hiện", "1. Trách nhiệm của Ủy ban nhân dân cấp xã:"],
      ],
      [
        "dieu3",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội chịu trách nhiệm thi hành Quyết định này./.",
      ],
    ],
    { issuedDate: "2024-06-20" },
  );

  it("reads the items of a plan written out in the decision, with their days", () => {
    expect(plan.one("dieu1.2").deadline).toEqual({
      kind: "date",
      due: "2024-07-20",
      recurrence: null,
      text: "Ngày 20/7/2024",
    });
    expect(plan.one("dieu1.3").deadline.due).toBe("2024-07-10");
    // Items that name no party are given to the parties that carry the decision out.
    expect(plan.one("dieu1.3").responsible).toEqual([
      "Chánh Văn phòng Ủy ban nhân dân tỉnh",
      "Giám đốc Sở Lao động - Thương binh và Xã hội",
    ]);
    expect(plan.at("dieu1.1")).toEqual([]);
  });

  it("reads 'Tổ chức hội nghị …' as work of the heading's party, not a party named 'Tổ chức' (835-2024-vbhn-bldtbxh)", () => {
    expect(plan.one("dieu2.1").responsible).toEqual(["Ủy ban nhân dân cấp xã"]);
  });

  it("reads the subject after a note label, qualified by 'được giao …' up to its modal", () => {
    const { one } = read("ghi-chu", [
      [
        "pl1-d2",
        "Ghi chú: Các cơ quan, đơn vị, địa phương được giao nhiệm vụ thực hiện công tác chuẩn bị đầu tư phải trình hồ sơ cho cấp có thẩm quyền trong tháng 3 năm 2023.",
        ["PHỤ LỤC 01"],
      ],
    ]);
    expect(one("pl1-d2")).toMatchObject({
      responsible: ["Các cơ quan, đơn vị, địa phương được giao nhiệm vụ thực hiện công tác chuẩn bị đầu tư"],
      deadline: { kind: "date", due: "2023-03-31" },
    });
  });
});

describe("letters and resolutions", () => {
  it("reads a letter's directive paragraph in the opening, not its account of the past (2214-2013-cv-bxd)", () => {
    const { all, one } = read(
      "2214-2013-cv-bxd",
      [
        ["kg", "Kính gửi: - Bộ Tài chính; - Bộ Kế hoạch và Đầu tư"],
        [
          "md-d1",
          "Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành Quyết định số 22/2013/QĐ-TTg về việc hỗ trợ người có công với cách mạng về nhà ở (sau đây gọi tắt là QĐ22).",
        ],
        [
          "md-d4",
          "Để đảm bảo thời gian hoàn thành việc hỗ trợ về nhà ở cho khoảng 71.000 hộ gia đình người có công với cách mạng trong năm 2013 theo quy định tại QĐ22, Bộ Xây dựng đề nghị Bộ Tài chính, Bộ Kế hoạch và Đầu tư bố trí vốn theo danh sách mà Ủy ban nhân dân hoặc Đoàn Đại biểu Quốc hội các tỉnh đã báo cáo Đoàn giám sát của Ủy ban Thường vụ Quốc hội năm 2012.",
        ],
      ],
      { kind: "Công văn", issuedDate: "2013-10-23" },
    );
    expect(all).toHaveLength(1);
    expect(one("md-d4").responsible).toEqual(["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]);
    expect(one("md-d4").deadline).toMatchObject({ kind: "date", due: "2013-12-31", text: "trong năm 2013" });
  });

  it("does not take an assignment the letter recalls for a new one (3354-2013-cv-vpcp)", () => {
    const { all, one } = read(
      "3354-2013-cv-vpcp",
      [
        ["kg", "Kính gửi: Bộ Lao động - Thương binh và Xã hội"],
        [
          "md-d1",
          "Tại công văn số 8014/VPCP-KGVX ngày 09 tháng 10 năm 2012 của Văn phòng Chính phủ, Phó Thủ tướng Nguyễn Thiện Nhân đã giao Bộ Lao động - Thương binh và Xã hội xây dựng, ban hành Thông tư hướng dẫn; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2012. Đến nay Bộ chưa có báo cáo về tình hình thực hiện nhiệm vụ nói trên.",
        ],
        [
          "md-d2",
          "Phó Thủ tướng Nguyễn Thiện Nhân yêu cầu Bộ Lao động - Thương binh và Xã hội khẩn trương hoàn thành việc ban hành Thông tư và báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 5 năm 2013.",
        ],
      ],
      { kind: "Công văn", issuedDate: "2013-04-26" },
    );
    expect(all).toHaveLength(1);
    expect(one("md-d2").deadline.due).toBe("2013-05-30");
  });

  it("names the issuer in full for a bare 'Bộ' and reads an event deadline (895-2013-cv-ltbxh)", () => {
    const { one } = read(
      "895-2013-cv-ltbxh",
      [
        ["kg", "Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương"],
        [
          "md-d3",
          "Trong khi chưa có các văn bản pháp quy quy định cụ thể, đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương thực hiện như sau:",
        ],
        [
          "1",
          "Tiếp tục xác nhận và thực hiện chế độ ưu đãi đối với những hồ sơ đã hoàn thiện đến trước ngày Nghị định quy định chi tiết, hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng được Chính phủ ban hành có hiệu lực.",
        ],
        [
          "1-d2",
          "Sau khi Nghị định quy định chi tiết, hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng được Chính phủ ban hành, Bộ sẽ có văn bản hướng dẫn cụ thể việc bổ sung, điều chỉnh và truy lĩnh trợ cấp (nếu có) theo thời điểm Pháp lệnh có hiệu lực thi hành.",
          ["1. Tiếp tục xác nhận và thực hiện chế độ ưu đãi"],
        ],
      ],
      { kind: "Công văn", issuer: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", issuedDate: "2013-03-21" },
    );
    expect(one("1").responsible).toEqual([
      "Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương",
    ]);
    expect(one("1-d2").responsible).toEqual(["Bộ Lao động - Thương binh và Xã hội"]);
    expect(one("1-d2").deadline).toMatchObject({ kind: "event", due: null });
  });

  it("takes the parties a guiding lead-in addresses, and 'các đồng chí Giám đốc Sở' (2638-2019-cv-ltbxh-khtc)", () => {
    const { one } = read(
      "2638-2019-cv-ltbxh-khtc",
      [
        [
          "kg",
          "Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương",
        ],
        [
          "md-d1",
          "Thực hiện Chỉ thị số 16/CT-TTg ngày 25/6/2019 của Thủ tướng Chính phủ về xây dựng Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2020, Bộ hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố xây dựng dự toán ngân sách trung ương thực hiện Pháp lệnh ưu đãi Người có công với cách mạng năm 2020 như sau:",
        ],
        [
          "II.2",
          "Xây dựng dự toán thực hiện trên cơ sở số hồ sơ của đối tượng còn tồn đọng, tiến độ duyệt hồ sơ và các định mức chi trả theo quy định hiện hành.",
          ["II. Xây dựng dự toán năm 2020"],
        ],
        [
          "III.2",
          "Để đảm bảo thời hạn báo cáo các cơ quan chức năng tổng hợp dự toán ngân sách nhà nước năm 2020, Bộ yêu cầu các đồng chí Giám đốc Sở chỉ đạo các đơn vị chuyên môn khẩn trương xây dựng dự toán ngân sách trung ương gửi về Bộ (qua Vụ Kế hoạch - Tài chính, Cục Người có công) trước ngày 12/7/2019.",
          ["III. Xây dựng kế hoạch tài chính - NSNN 03 năm 2020-2022"],
        ],
        [
          "kt-d4",
          "Đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố dự toán đầy đủ các nội dung chi và có thuyết minh cụ thể. Đối với các nội dung không đưa vào dự toán hoặc thuyết minh không đầy đủ, kịp thời sẽ không được tổng hợp.",
        ],
      ],
      { kind: "Công văn", issuer: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", issuedDate: "2019-07-03" },
    );
    expect(one("II.2").responsible).toEqual(["Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố"]);
    expect(one("III.2")).toMatchObject({
      responsible: ["các đồng chí Giám đốc Sở"],
      deadline: { kind: "date", due: "2019-07-12" },
    });
    // "không đầy đủ, kịp thời" negates both: no continuous deadline.
    expect(one("kt-d4")).toMatchObject({
      responsible: ["Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố"],
      deadline: { kind: "none" },
    });
  });

  it("names an addressee in full and never the issuer who only informs (1414-2013-cv-tct)", () => {
    const { one } = read(
      "1414-2013-cv-tct",
      [
        ["kg", "Kính gửi: Cục Thuế tỉnh Hà Tĩnh."],
        [
          "kt-d3",
          "Tổng cục Thuế thông báo để Cục Thuế được biết, báo cáo UBND tỉnh Hà Tĩnh chỉ đạo các cơ quan liên quan giải quyết theo đúng quy định của pháp luật./.",
        ],
      ],
      { kind: "Công văn", issuer: "BỘ TÀI CHÍNH TỔNG CỤC THUẾ" },
    );
    expect(one("kt-d3").responsible).toEqual(["Cục Thuế tỉnh Hà Tĩnh"]);
  });

  it("keeps a name that already says where as written, not the addressee's longer form (Công văn 4800/TCT-TTr, 2016)", () => {
    const { one } = read(
      "4800-2016-cv-tct",
      [
        ["kg", "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương."],
        [
          "8-d2",
          "Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát lại công tác báo cáo tình hình, kết quả thực hiện.",
        ],
      ],
      { kind: "Công văn", issuer: "BỘ TÀI CHÍNH TỔNG CỤC THUẾ" },
    );
    expect(one("8-d2").responsible).toEqual(["Cục Thuế các tỉnh, thành phố"]);
  });

  it("keeps a short name as written when the addressee is a whole category (Công văn 586/TCT-TTKT, 2023, a scan)", () => {
    const { at } = read(
      "586-2023-cv-tct",
      [
        ["kg", "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương."],
        [
          "1",
          "Hoàn thành kế hoạch thanh tra, kiểm tra thuế còn tồn, dở dang của năm 2022 trước ngày 29/4/2023. Cục Thuế chủ động lập kế hoạch triển khai, giao chỉ tiêu phan đấu hoàn thành nhiệm vụ thanh tra, kiểm tra thuế.",
        ],
      ],
      { kind: "Công văn", issuer: "BỘ TÀI CHÍNH TỔNG CỤC THUẾ", issuedDate: "2023-03-01" },
    );
    const parties = at("1").map((o) => o.responsible);
    expect(parties).toContainEqual(["Cục Thuế"]);
    expect(parties).not.toContainEqual(["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]);
  });

  it("reads a resolution's tasks, not its assessment (494-2012-nq-ubtvqh13)", () => {
    const { all, one } = read("494-2012-nq-ubtvqh13", [
      [
        "dieu1-d2",
        "Chính sách ưu đãi người có công với cách mạng là chủ trương lớn, nhất quán của Đảng và Nhà nước. Chính phủ, các bộ, ngành liên quan và các địa phương đã ban hành chính sách, pháp luật và tổ chức tốt việc thi hành.",
        ["Điều 1"],
      ],
      [
        "dieu2",
        "Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện một số nhiệm vụ và giải pháp sau đây:",
      ],
      [
        "dieu2.3",
        "Phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sỹ và Đề án xác định danh tính hài cốt liệt sỹ còn thiếu thông tin trong năm 2012 để tiếp tục triển khai thực hiện.",
        ["Điều 2"],
      ],
      [
        "dieu3.1",
        "Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội kết quả thực hiện Nghị quyết này.",
        ["Điều 3"],
      ],
      ["dieu4", "Nghị quyết này có hiệu lực thi hành kể từ ngày ký./."],
    ]);
    expect(all.map((o) => o.passageId.split("#")[1])).toEqual(["dieu2.3", "dieu3.1"]);
    expect(one("dieu2.3").responsible).toEqual(["Chính phủ", "Thủ tướng Chính phủ"]);
    expect(one("dieu2.3").deadline.due).toBe("2012-12-31");
    expect(one("dieu3.1")).toMatchObject({ responsible: ["Chính phủ"], deadline: { due: "2013-12-31" } });
  });
});

describe("timeline tables and time labels", () => {
  /** A plan's timeline table, in the row format of issue 11 ("Nội dung: … | Thời gian: … | Cơ quan thực hiện: …"). */
  const plan = read(
    "ke-hoach",
    [
      [
        "md-d1",
        "Thực hiện Quyết định số 22/2013/QĐ-TTg, Ủy ban nhân dân huyện ban hành Kế hoạch triển khai thực hiện như sau:",
      ],
      [
        "III-r1",
        "STT: 1 | Nội dung: Rà soát, lập danh sách hộ người có công cần hỗ trợ về nhà ở | Thời gian: trước 15/01/2021 | Cơ quan thực hiện: UBND cấp xã",
        ["III. TỔ CHỨC THỰC HIỆN"],
      ],
      [
        "III-r2",
        "STT: 2 | Nội dung: Thẩm định, tổng hợp danh sách trình UBND huyện phê duyệt | Thời gian: Quý I/2021 | Cơ quan thực hiện: Phòng Lao động - Thương binh và Xã hội; Phòng Tài chính - Kế hoạch",
        ["III. TỔ CHỨC THỰC HIỆN"],
      ],
      [
        "III-r3",
        "STT: 3 | Nội dung: Báo cáo kết quả thực hiện | Thời gian: Hằng quý | Cơ quan thực hiện: Ủy ban nhân dân các xã",
        ["III. TỔ CHỨC THỰC HIỆN"],
      ],
      [
        "III-r4",
        "STT: II | Nội dung: CÔNG TÁC KIỂM TRA | Thời gian: | Cơ quan thực hiện:",
        ["III. TỔ CHỨC THỰC HIỆN"],
      ],
      ["buoc1", "Bước 1: Các xã rà soát, lập danh sách đối tượng.", ["IV. CÁC BƯỚC THỰC HIỆN"]],
      [
        "buoc1-d2",
        "Thời gian hoàn tất: trước ngày 15/3/2021.",
        ["IV. CÁC BƯỚC THỰC HIỆN", "Bước 1: Các xã rà soát"],
      ],
      [
        "buoc2",
        "Phòng Lao động - Thương binh và Xã hội thẩm định hồ sơ. Thời gian hoàn thành: trong tháng 4/2021.",
        ["IV. CÁC BƯỚC THỰC HIỆN"],
      ],
    ],
    { kind: "Kế hoạch", issuedDate: "2020-12-20" },
  );

  it("reads each row as an obligation with its own deadline and party", () => {
    expect(plan.one("III-r1")).toMatchObject({
      responsible: ["UBND cấp xã"],
      action: "Rà soát, lập danh sách hộ người có công cần hỗ trợ về nhà ở",
      deadline: { kind: "date", due: "2021-01-15", recurrence: null, text: "trước 15/01/2021" },
    });
    expect(plan.one("III-r2")).toMatchObject({
      responsible: ["Phòng Lao động - Thương binh và Xã hội", "Phòng Tài chính - Kế hoạch"],
      deadline: { kind: "date", due: "2021-03-31", text: "Quý I/2021" },
    });
    expect(plan.one("III-r3")).toMatchObject({
      responsible: ["Ủy ban nhân dân các xã"],
      deadline: { kind: "none", recurrence: "quarterly" },
    });
  });

  it("skips a group row with no time and no party", () => {
    expect(plan.at("III-r4")).toEqual([]);
  });

  it("gives a step the deadline of its 'Thời gian hoàn tất' line, which is no obligation itself", () => {
    expect(plan.one("buoc1").deadline).toEqual({
      kind: "date",
      due: "2021-03-15",
      recurrence: null,
      text: "trước ngày 15/3/2021",
    });
    expect(plan.at("buoc1-d2")).toEqual([]);
    expect(plan.one("buoc2")).toMatchObject({
      responsible: ["Phòng Lao động - Thương binh và Xã hội"],
      action: "thẩm định hồ sơ.",
      deadline: { kind: "date", due: "2021-04-30", text: "trong tháng 4/2021" },
    });
  });

  it("reads no obligation from rows of tables that list no work (101-2018-tt-btc, Phụ lục)", () => {
    const { all } = read("101-2018-tt-btc", [
      [
        "pl1-r1",
        "Tên sản phẩm/nhóm sản phẩm: Tay giả tháo khớp vai | Niên hạn cấp: 03 năm | Mức cấp (đồng): 3.100.000",
        ["Phụ lục. MỨC TIỀN CẤP MUA PHƯƠNG TIỆN TRỢ GIÚP"],
      ],
      [
        "pl2-r3",
        "Từ tháng, năm: 01/1970 | Đến tháng, năm: 12/1975 | Cấp bậc, chức vụ, chức danh, nhiệm vụ được giao: Chiến sĩ | Đơn vị (c,d,e,f); tên cơ quan, tổ chức: Đại đội 1",
      ],
    ]);
    expect(all).toEqual([]);
  });
});

describe("never obligations", () => {
  const conclusion = read("ket-luan", [
    ["md-d1", "Ban Thường vụ Tỉnh ủy thống nhất kết luận như sau:"],
    ["1", "Sau 06 tháng triển khai, các cấp ủy, tổ chức đảng đã quán triệt nghiêm túc Nghị quyết."],
    ["1-y1", "Những ưu điểm: công tác tuyên truyền được quan tâm.", ["1. Sau 06 tháng triển khai"]],
    ["2", "Kết quả đạt được: 100% chi bộ đã tổ chức học tập."],
    ["3", "Các cấp ủy, tổ chức đảng tiếp tục quán triệt Nghị quyết."],
    ["kt-d1", "Nơi nhận: - Như Điều 3; - Lưu: VT, Văn phòng."],
    ["kt-d2", '"c) Đối tượng thuộc diện được hỗ trợ cải thiện nhà ở theo Quyết định này."'],
  ]);

  it("reads the outline sent with a letter after its closing as its own text, not as the letter's tasks (2638-2019)", () => {
    const file = path.join(DEV_DOCS, "2638-2019-cv-ltbxh-khtc.md");
    const doc = parseDocument(readFileSync(file, "utf8"), "2638-2019-cv-ltbxh-khtc.md");
    // "THUYẾT MINH DỰ TOÁN NĂM 2020" after "Đề nghị Sở … Trong quá trình thực hiện …": its "1." and "2." are its own.
    const outline = doc.passages.filter((p) => p.headings[0] === "THUYẾT MINH DỰ TOÁN NĂM 2020");
    expect(outline.length).toBeGreaterThan(10);
    expect(outline.every((p) => p.path.startsWith("kem1."))).toBe(true);
    expect(doc.passages.some((p) => p.path.startsWith("III.2~"))).toBe(false);
    // Its lines name nobody: they are what the report must contain, not work for the letter's addressees.
    expect(extractObligations(doc).filter((o) => o.passageId.includes("#kem1."))).toEqual([]);
    // The letter's own requests still go to its addressees.
    expect(
      extractObligations(doc).some((o) =>
        o.responsible.some((r) => r.startsWith("Sở Lao động - Thương binh và Xã hội")),
      ),
    ).toBe(true);
  });

  it("reads the steps under a case titled 'Đối tượng quy định tại …:', which is no definition (102-2018-nd-cp)", () => {
    const file = path.join(DEV_DOCS, "102-2018-nd-cp.md");
    const doc = parseDocument(readFileSync(file, "utf8"), "102-2018-nd-cp.md");
    const lanhSu = extractObligations(doc).find((o) =>
      o.sourceText.startsWith("Cơ quan đại diện lãnh sự của Việt Nam có trách nhiệm tiếp nhận hồ sơ"),
    );
    expect(lanhSu?.responsible).toEqual(["Cơ quan đại diện lãnh sự của Việt Nam"]);
    // "Điều 2. Đối tượng áp dụng" still defines.
    expect(extractObligations(doc).filter((o) => o.passageId.startsWith("102-2018-nd-cp#dieu2."))).toEqual(
      [],
    );
  });

  it("gives an item under 'Đối với <party>:' to that party, even when it asks another body for something", () => {
    const doc = parseDocument(
      readFileSync(path.join(DEV_DOCS, "102-2018-nd-cp.md"), "utf8"),
      "102-2018-nd-cp.md",
    );
    const item = extractObligations(doc).find((o) => o.passageId === "102-2018-nd-cp#dieu7.1.b");
    expect(item?.responsible).toEqual(["Bộ Quốc phòng"]);
  });

  it("reads the duties in a chapter of general provisions, whose articles' titles decide (47-2009-ttlt-btc-bltbxh)", () => {
    const doc = parseDocument(
      readFileSync(path.join(DEV_DOCS, "47-2009-ttlt-btc-bltbxh.md"), "utf8"),
      "47-2009-ttlt-btc-bltbxh.md",
    );
    const accounts = extractObligations(doc).find((o) => o.passageId === "47-2009-ttlt-btc-bltbxh#dieu2.1");
    expect(accounts?.responsible).toContain("Sở Lao động – Thương binh và Xã hội");
  });

  it("reads no task in when a rule applies, with nobody named, but keeps the duty beside it (75-2021, 47-2009)", () => {
    const decree = parseDocument(
      readFileSync(path.join(DEV_DOCS, "75-2021-n-cp.md"), "utf8"),
      "75-2021-n-cp.md",
    );
    expect(extractObligations(decree).filter((o) => o.passageId.startsWith("75-2021-n-cp#dieu15"))).toEqual(
      [],
    );
    const circular = parseDocument(
      readFileSync(path.join(DEV_DOCS, "47-2009-ttlt-btc-bltbxh.md"), "utf8"),
      "47-2009-ttlt-btc-bltbxh.md",
    );
    const executing = extractObligations(circular).find(
      (o) => o.passageId === "47-2009-ttlt-btc-bltbxh#dieu15.2",
    );
    expect(executing?.responsible).toContain("Sở Lao động – Thương binh và Xã hội");
  });

  it("names the person an item opens with under a heading of duties that names nobody (836-2024-vbhn-bldtbxh)", () => {
    const doc = parseDocument(
      readFileSync(path.join(DEV_DOCS, "836-2024-vbhn-bldtbxh.md"), "utf8"),
      "836-2024-vbhn-bldtbxh.md",
    );
    const item = extractObligations(doc).find((o) =>
      o.sourceText.startsWith("Thanh niên xung phong lập bản khai"),
    );
    expect(item?.responsible).toEqual(["Thanh niên xung phong"]);
  });

  it("reads no task in an amount stated under its label (1921-2013-cv-ldtbxh)", () => {
    const doc = parseDocument(
      readFileSync(path.join(DEV_DOCS, "1921-2013-cv-ldtbxh.md"), "utf8"),
      "1921-2013-cv-ldtbxh.md",
    );
    const texts = extractObligations(doc).map((o) => o.sourceText);
    expect(texts.filter((t) => /^Tiền ăn sáng|^Quà tặng đối tượng|^Chi khác gồm/u.test(t))).toEqual([]);
    // The request to report difficulties is still work.
    expect(texts.some((t) => t.includes("đề nghị phản ánh về Bộ"))).toBe(true);
  });

  it("skips the footnotes and forms after a consolidated text's signature (836-2024-vbhn-bldtbxh)", () => {
    const file = path.join(DEV_DOCS, "836-2024-vbhn-bldtbxh.md");
    const doc = parseDocument(readFileSync(file, "utf8"), "836-2024-vbhn-bldtbxh.md");
    const texts = extractObligations(doc).map((o) => o.sourceText);
    expect(texts.some((t) => t.startsWith("Đề nghị các cơ quan chức năng xem xét"))).toBe(false);
    expect(texts.some((t) => /\.{6,}/u.test(t))).toBe(false);
    // The text's own duties stay.
    expect(texts.some((t) => t.includes("Giám đốc Sở Lao động - Thương binh và Xã hội"))).toBe(true);
  });

  it("skips assessments of past work, the Nơi nhận list and quotations of other documents", () => {
    expect(conclusion.all.map((o) => o.passageId)).toEqual(["ket-luan#3"]);
  });

  it("never takes the Nơi nhận recipients for responsible parties, nor keeps work nobody is named for", () => {
    const { all } = read(
      "no-party",
      [
        ["dieu2.1", "Triển khai thực hiện Quyết định này.", ["Điều 2. Tổ chức thực hiện"]],
        ["nn", "Như Điều 3; Lưu: VT; Sở Tài chính (để biết)."],
      ],
      { recipients: ["Như Điều 3", "Lưu: VT", "Văn phòng UBND tỉnh"] },
    );
    // Without a party or a deadline the line is no task for anyone; the recipients are not its parties.
    expect(all).toEqual([]);
  });

  it("never takes a table's unit of measure for a party (75-2021-n-cp, Phụ lục I and II)", () => {
    const { all } = read(
      "75-2021-n-cp",
      [
        [
          "plI",
          "MỨC HƯỞNG TRỢ CẤP, ƯU ĐÃI HẰNG THÁNG ĐỐI VỚI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VÀ THÂN NHÂN CỦA NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG (Kèm theo Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ)",
        ],
        ["plI-d2", "Đơn vị: đồng"],
        ["plII-d2", "Đơn vị tính: đồng"],
      ],
      { kind: "Nghị định" },
    );
    expect(all).toEqual([]);
  });
});

describe("a heading that is only a party's name, without a colon (773-2018-q-ttg, outside the dev set)", () => {
  const plan = read("773-2018-q-ttg", [
    [
      "dieu3",
      "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.",
    ],
    [
      "kem1.III.2-y1",
      "Chủ trì, phối hợp với các bộ, ngành liên quan nghiên cứu, trình Chính phủ ban hành Nghị định quy định chi tiết về chế độ, chính sách.",
      ["KẾ HOẠCH. THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW", "III. TỔ CHỨC THỰC HIỆN", "2. Bộ Quốc phòng"],
    ],
    [
      "kem1.I.2-y1",
      "Xác định rõ nhiệm vụ trọng tâm của các bộ, ngành, chính quyền địa phương.",
      ["KẾ HOẠCH. THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW", "I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu"],
    ],
  ]);

  it("gives the items under '2. Bộ Quốc phòng' to Bộ Quốc phòng", () => {
    expect(plan.one("kem1.III.2-y1").responsible).toEqual(["Bộ Quốc phòng"]);
  });

  it("does not read a topic heading ('2. Yêu cầu') as a party", () => {
    for (const o of plan.at("kem1.I.2-y1")) expect(o.responsible).not.toContain("Yêu cầu");
  });
});

describe("parties of articles written in a way the dev corpus does not show (written examples)", () => {
  const decision = parseDocument(
    [
      "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 215/QĐ-UBND | Bắc Kạn, ngày 10 tháng 3 năm 2025",
      "",
      "QUYẾT ĐỊNH",
      "",
      "QUYẾT ĐỊNH:",
      "",
      "Điều 1. Trách nhiệm của các cơ quan",
      "",
      "1. Sở Tài chính bố trí kinh phí chi trả trợ cấp trong dự toán ngân sách hằng năm.",
      "",
      "2. Bưu điện tỉnh tổ chức chi trả trợ cấp cho đối tượng, hoàn thành trước ngày 10 hằng tháng.",
      "",
      "Điều 2. Quyết toán",
      "",
      "Kết thúc năm ngân sách, Sở Lao động - Thương binh và Xã hội lập báo cáo quyết toán, gửi Bộ Lao động - Thương binh và Xã hội trước ngày 31 tháng 3 năm sau.",
      "",
      "Điều 3. Nhiệm vụ của Ủy ban nhân dân các huyện",
      "",
      "Tiếp tục phối hợp đưa cán bộ trẻ về làm Bí thư, Chủ tịch Ủy ban nhân dân cấp xã để đào tạo.",
    ].join("\n"),
    "215-2025-qd-ubnd.md",
  );
  const found = extractObligations(decision);
  const partiesAt = (path: string) =>
    found.filter((o) => o.passageId.endsWith(`#${path}`)).map((o) => o.responsible);

  it("gives an item under 'Trách nhiệm của các cơ quan' its own subject, since the heading names no one", () => {
    expect(partiesAt("dieu1.2")).toEqual([["Bưu điện tỉnh"]]);
    expect(partiesAt("dieu1.1")).toEqual([["Sở Tài chính"]]);
  });

  it("reads the subject after an opening clause of any wording ('Kết thúc năm ngân sách, Sở … lập …')", () => {
    const closing = found.find((o) => o.passageId.endsWith("#dieu2"));
    expect(closing?.responsible).toEqual(["Sở Lao động - Thương binh và Xã hội"]);
    expect(closing?.deadline.kind).toBe("date");
  });

  it("does not take a name after a list's comma as the subject when the sentence opens with its verb", () => {
    expect(partiesAt("dieu3")).toEqual([["Ủy ban nhân dân các huyện"]]);
  });
});

describe("duties lifted or not yet given (written examples after the fifth law sample)", () => {
  const law = parseDocument(
    [
      "QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "",
      "LUẬT",
      "",
      "Điều 7. Trách nhiệm bồi thường thiệt hại",
      "",
      "1. Trường hợp tính mạng, sức khoẻ và hành lý của hành khách bị thiệt hại thì bên vận chuyển phải bồi thường theo quy định của pháp luật.",
      "",
      "2. Bên vận chuyển không phải bồi thường thiệt hại nếu thiệt hại xảy ra hoàn toàn do lỗi của hành khách.",
      "",
      "3. Đơn vị chưa được giao quyền tự chủ thực hiện theo hướng dẫn của cơ quan quản lý.",
      "",
      "Điều 8. Hội đồng vận chuyển",
      "",
      "1. Hội đồng vận chuyển là tổ chức do Bộ trưởng thành lập theo quy định của pháp luật.",
      "",
      "2. Hội đồng an toàn là cơ quan do Chính phủ thành lập, có nhiệm vụ kiểm tra an toàn vận chuyển.",
      "",
      "Điều 9. Chi phí",
      "",
      "1. Cơ quan, đơn vị tổ chức đi lấy mẫu: nội dung chi được thực hiện theo quy định tại khoản 2 Điều 8.",
      "",
      "2. Cơ quan, đơn vị tổ chức đi lấy mẫu có trách nhiệm quyết toán: hồ sơ gửi Sở Tài chính.",
    ].join("\n"),
    "luat-van-chuyen.md",
  );
  const found = extractObligations(law);
  const partiesAt = (path: string) =>
    found.filter((o) => o.passageId.endsWith(`#${path}`)).map((o) => o.responsible);

  it("takes the party after the condition's 'thì', and none from a lifted duty or a case not yet given", () => {
    expect(partiesAt("dieu7.1")).toEqual([["bên vận chuyển"]]);
    expect(partiesAt("dieu7.2")).toEqual([]);
    expect(partiesAt("dieu7.3")).toEqual([]);
  });

  it("reads a sentence that says what its subject is as no work, unless it also gives the subject a duty", () => {
    expect(partiesAt("dieu8.1")).toEqual([]);
    expect(partiesAt("dieu8.2")).toEqual([["Hội đồng an toàn"]]);
  });

  it("reads a case named before a colon and the rule in the passive after it as no one's work", () => {
    expect(partiesAt("dieu9.1")).toEqual([]);
    // A list's split does not matter (parties compare by their words).
    expect(partiesAt("dieu9.2").map((p) => p.join(", "))).toEqual(["Cơ quan, đơn vị tổ chức đi lấy mẫu"]);
  });
});

describe("an item that proposes to another body, under a lead-in of powers (Hiến pháp, written example)", () => {
  const constitution = parseDocument(
    [
      "QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "",
      "HIẾN PHÁP",
      "",
      "Điều 88.",
      "",
      "Chủ tịch nước có những nhiệm vụ và quyền hạn sau đây:",
      "",
      "1. Công bố luật, pháp lệnh;",
      "",
      "2. Đề nghị Quốc hội bầu, miễn nhiệm, bãi nhiệm Phó Chủ tịch nước, Thủ tướng Chính phủ;",
    ].join("\n"),
    "hien-phap-mau.md",
  );
  it("gives the proposal to the holder of the powers, not to the body it is made to", () => {
    const found = extractObligations(constitution).filter((o) => /dieu88.*2$/.test(o.passageId));
    expect(found.map((o) => o.responsible)).toEqual([["Chủ tịch nước"]]);
  });
});

describe("a list of duties under a lead-in naming hospitals, with an encouraged item (Bảo vệ môi trường, Điều 62)", () => {
  const law = parseDocument(
    [
      "QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "",
      "LUẬT",
      "",
      "Điều 62. Bảo vệ môi trường trong hoạt động y tế",
      "",
      "1. Bệnh viện, cơ sở y tế khác phải đáp ứng yêu cầu về bảo vệ môi trường bao gồm:",
      "",
      "a) Thu gom, xử lý nước thải đáp ứng yêu cầu về bảo vệ môi trường;",
      "",
      "b) Khuyến khích việc khử khuẩn chất thải y tế lây nhiễm tại nguồn;",
      "",
      "c) Xử lý khí thải đáp ứng yêu cầu về bảo vệ môi trường.",
      "",
      "2. Chính phủ ban hành chính sách ưu đãi, hỗ trợ, khuyến khích phát triển phương tiện giao thông công cộng.",
    ].join("\n"),
    "luat-moi-truong.md",
  );
  const found = extractObligations(law);
  const partiesAt = (path: string) =>
    found.filter((o) => o.passageId.endsWith(`#${path}`)).map((o) => o.responsible);

  it("gives the items to the bodies of the lead-in, except the one that only encourages", () => {
    expect(partiesAt("dieu62.1.a")).toEqual([["Bệnh viện", "cơ sở y tế khác"]]);
    expect(partiesAt("dieu62.1.b")).toEqual([]);
    expect(partiesAt("dieu62.1.c")).toEqual([["Bệnh viện", "cơ sở y tế khác"]]);
    // Encouragement inside the work ("ban hành chính sách … khuyến khích …") is still work.
    expect(partiesAt("dieu62.2")).toEqual([["Chính phủ"]]);
  });
});

describe("a lead-in that says what a name covers (Giáo dục, Điều 65)", () => {
  const law = parseDocument(
    [
      "QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "",
      "LUẬT",
      "",
      "Điều 65. Cơ sở giáo dục khác",
      "",
      "1. Cơ sở giáo dục khác trong hệ thống giáo dục quốc dân bao gồm:",
      "",
      "a) Nhóm trẻ độc lập, lớp mẫu giáo độc lập, lớp xóa mù chữ, lớp ngoại ngữ;",
      "",
      "b) Viện do Thủ tướng Chính phủ thành lập được phép đào tạo trình độ tiến sĩ.",
      "",
      "2. Sở Giáo dục và Đào tạo:",
      "",
      "a) Hướng dẫn các cơ sở giáo dục khác thực hiện chương trình.",
    ].join("\n"),
    "luat-giao-duc-mau.md",
  );
  const found = extractObligations(law);
  const partiesAt = (path: string) =>
    found.filter((o) => o.passageId.endsWith(`#${path}`)).map((o) => o.responsible);

  it("gives its items to no one, while a lead-in that names a body gives them to it", () => {
    expect(partiesAt("dieu65.1.a")).toEqual([]);
    expect(partiesAt("dieu65.2.a")).toEqual([["Sở Giáo dục và Đào tạo"]]);
  });
});

describe("the items of a lead-in that lists the cases a rule applies in (Trọng tài thương mại, Điều 51)", () => {
  const law = parseDocument(
    [
      "QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "",
      "LUẬT",
      "",
      "Điều 51. Huỷ bỏ biện pháp khẩn cấp tạm thời",
      "",
      "1. Hội đồng trọng tài hủy bỏ biện pháp khẩn cấp tạm thời đã được áp dụng trong các trường hợp sau đây:",
      "",
      "a) Bên yêu cầu áp dụng biện pháp khẩn cấp tạm thời đề nghị hủy bỏ;",
      "",
      "b) Bên phải thi hành quyết định đã nộp tài sản để bảo đảm thi hành nghĩa vụ;",
      "",
      "2. Thủ tục hủy bỏ được thực hiện như sau:",
      "",
      "a) Bên yêu cầu phải có đơn đề nghị gửi Hội đồng trọng tài;",
    ].join("\n"),
    "luat-trong-tai-mau.md",
  );
  const found = extractObligations(law);
  const partiesAt = (path: string) =>
    found.filter((o) => o.passageId.endsWith(`#${path}`)).map((o) => o.responsible);

  it("are cases, not work, even when a party's name holds 'phải'; the steps of a procedure are work", () => {
    expect(partiesAt("dieu51.1.a")).toEqual([]);
    expect(partiesAt("dieu51.1.b")).toEqual([]);
    expect(partiesAt("dieu51.2.a")).toEqual([["Bên yêu cầu"]]);
  });
});

describe("a notice given on an event is a duty (ALQAC procedures, Luật Trọng tài thương mại, Điều 71)", () => {
  it("gives 'Sau khi …, X thông báo ngay cho Y' to X, and a bare report of a notice to no one", () => {
    const law = read("luat-trong-tai-thuong-mai", [
      [
        "dieu71.1",
        "Sau khi thụ lý đơn yêu cầu huỷ phán quyết trọng tài, Toà án có thẩm quyền thông báo ngay cho Trung tâm trọng tài hoặc các Trọng tài viên của Hội đồng trọng tài vụ việc, các bên tranh chấp và Viện kiểm sát cùng cấp.",
        ["Điều 71. Toà án xét đơn yêu cầu huỷ phán quyết trọng tài"],
      ],
      ["dieu71.2", "Bộ Tài chính thông báo số kiểm tra dự toán năm 2020 cho các bộ.", ["Điều 71"]],
    ]);
    const o = law.one("dieu71.1");
    expect(o.responsible).toEqual(["Toà án có thẩm quyền"]);
    expect(o.deadline.kind).toBe("event");
    expect(law.at("dieu71.2")).toEqual([]);
  });
});

describe("a lead-in's 'phải có … và thực hiện … sau đây:' gives its items to the whole name (ALQAC eighth sample)", () => {
  it("reads a name whose words are verbs up to the lead-in's 'phải' (Luật Bảo vệ môi trường, Điều 67)", () => {
    const heading = "Điều 67. Bảo vệ môi trường trong hoạt động thăm dò, khai thác, chế biến khoáng sản";
    const law = read("luat-bao-ve-moi-truong", [
      [
        "dieu67.1",
        "Tổ chức, cá nhân tiến hành thăm dò, khai thác, chế biến khoáng sản phải có phương án phòng ngừa, ứng phó sự cố môi trường và thực hiện các yêu cầu về bảo vệ, cải tạo và phục hồi môi trường sau đây:",
        [heading],
      ],
      ["dieu67.1.a", "Thu gom, xử lý nước thải theo quy định;", [heading]],
      ["dieu67.1.đ", "Ký quỹ bảo vệ môi trường theo quy định tại Điều 137 của Luật này.", [heading]],
    ]);
    for (const path of ["dieu67.1.a", "dieu67.1.đ"])
      expect(law.one(path).responsible).toEqual([
        "Tổ chức, cá nhân tiến hành thăm dò, khai thác, chế biến khoáng sản",
      ]);
  });
});

describe("a lead-in whose items are cases is the work itself (ALQAC eighth sample, Luật Tố tụng hành chính)", () => {
  it("gives 'Tòa án quyết định … khi thuộc một trong các trường hợp sau đây:' to the court, not its cases", () => {
    const heading = "Điều 141. Tạm đình chỉ giải quyết vụ án";
    const law = read("luat-to-tung-hanh-chinh", [
      [
        "dieu141.1",
        "Tòa án quyết định tạm đình chỉ giải quyết vụ án khi thuộc một trong các trường hợp sau đây:",
        [heading],
      ],
      [
        "dieu141.1.a",
        "Đương sự là cá nhân đã chết, cơ quan, tổ chức đã bị hợp nhất, sáp nhập, chia, tách, giải thể mà chưa có cá nhân, cơ quan, tổ chức kế thừa quyền và nghĩa vụ tố tụng;",
        [heading],
      ],
    ]);
    expect(law.one("dieu141.1").responsible).toEqual(["Tòa án"]);
    expect(law.at("dieu141.1.a")).toEqual([]);
  });
});

describe("a lead-in whose subject is a category gives each listed member the work (ALQAC eighth sample)", () => {
  it("reads 'Đối tượng … phải lập …, bao gồm: a) Dự án …' as the duty of each item (Luật Bảo vệ môi trường, Điều 67)", () => {
    const heading = "Điều 67. Bảo vệ môi trường trong hoạt động thăm dò, khai thác, chế biến khoáng sản";
    const law = read("luat-bao-ve-moi-truong", [
      [
        "dieu67.2",
        "Đối tượng khai thác khoáng sản phải lập phương án cải tạo, phục hồi môi trường, bao gồm:",
        [heading],
      ],
      ["dieu67.2.a", "Dự án đầu tư khai thác khoáng sản;", [heading]],
      [
        "dieu67.3",
        "Tổ chức, cá nhân tiến hành khai thác khoáng sản phải thực hiện các yêu cầu sau đây:",
        [heading],
      ],
      ["dieu67.3.a", "Thu gom, xử lý nước thải theo quy định;", [heading]],
    ]);
    expect(law.one("dieu67.2.a").responsible).toEqual(["Dự án đầu tư khai thác khoáng sản"]);
    // A lead-in naming who acts keeps its items: they are acts, not members.
    expect(law.one("dieu67.3.a").responsible).toEqual(["Tổ chức, cá nhân tiến hành khai thác khoáng sản"]);
  });
});

describe("a passive 'bị' befalls its subject and binds it to nothing (ALQAC fourth sample, Luật Du lịch, Điều 36)", () => {
  it("reads 'Doanh nghiệp bị thu hồi giấy phép … trong các trường hợp sau đây:' as no one's work", () => {
    const heading = "Điều 36. Thu hồi giấy phép kinh doanh dịch vụ lữ hành";
    const law = read("luat-du-lich", [
      [
        "dieu36.1",
        "Doanh nghiệp bị thu hồi giấy phép kinh doanh dịch vụ lữ hành trong các trường hợp sau đây:",
        [heading],
      ],
      ["dieu36.1.a", "Chấm dứt hoạt động kinh doanh dịch vụ lữ hành;", [heading]],
    ]);
    expect(law.at("dieu36.1")).toEqual([]);
  });
});

describe("a ';' clause with a subject that binds itself is that subject's duty (ALQAC seventh sample)", () => {
  it("gives 'người phát hiện …; cơ sở khám bệnh, chữa bệnh có trách nhiệm …' to both (Bộ luật Dân sự, Điều 33)", () => {
    const law = read("bo-luat-dan-su", [
      [
        "dieu33.2",
        "Khi phát hiện người bị tai nạn, bệnh tật mà tính mạng bị đe dọa thì người phát hiện có trách nhiệm hoặc yêu cầu cá nhân, cơ quan, tổ chức khác có điều kiện cần thiết đưa ngay đến cơ sở khám bệnh, chữa bệnh nơi gần nhất; cơ sở khám bệnh, chữa bệnh có trách nhiệm thực hiện việc khám bệnh, chữa bệnh theo quy định của pháp luật về khám bệnh, chữa bệnh.",
        ["Điều 33. Quyền sống"],
      ],
      [
        "dieu33.3",
        "Hồ sơ đề nghị gồm bản sao giấy tờ; bản chính chỉ xuất trình khi đối chiếu.",
        ["Điều 33. Quyền sống"],
      ],
    ]);
    expect(law.one("dieu33.2").responsible).toEqual(["người phát hiện", "cơ sở khám bệnh, chữa bệnh"]);
    expect(law.at("dieu33.3")).toEqual([]);
  });
});

/**
 * A ministry's letter outside the dev corpus (Công văn 6225/BVHTTDL-VP, 18/11/2025): numbered party titles without a
 * colon, a closing request by the ministry under the last title, and an appended task table whose first header is
 * "Tên nhiệm vụ".
 */
describe("a ministry's letter: party titles, its own request, a task table", () => {
  const letter = read(
    "6225-2025-cv-bvhttdl",
    [
      ["hd", "Số hiệu: 6225/BVHTTDL-VP. Loại văn bản: Công văn. Ngày ban hành: 18/11/2025"],
      [
        "2-y2",
        "Thường xuyên tổ chức giao ban, tăng cường công tác kiểm tra, đôn đốc việc triển khai thực hiện nhiệm vụ được giao.",
        ["2. Tiểu ban giúp việc Ban Chỉ đạo 934"],
      ],
      [
        "4",
        "Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ tập trung nguồn lực, đảm bảo tiến độ được giao./.",
        ["4. Văn phòng Bộ"],
      ],
      [
        "pl2-r2",
        "Tên nhiệm vụ: Xây dựng và triển khai Mô hình du lịch thông minh ứng dụng các tiện ích của Đề án 06 | Người đứng đầu chịu trách nhiệm: Cục trưởng Cục Du lịch Quốc gia Việt Nam | Cơ quan chủ trì: Cục Du lịch Quốc gia Việt Nam | Cơ quan phối hợp: Trung tâm Chuyển đổi số VHTTDL | Thời hạn hoàn thành: Tháng 12/2025",
        ["Phụ lục. DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"],
      ],
    ],
    { kind: "Công văn", issuedDate: "2025-11-18" },
  );

  it("gives the items under a numbered title of a body to that body ('giao ban' is a meeting)", () => {
    expect(letter.one("2-y2").responsible).toEqual(["Tiểu ban giúp việc Ban Chỉ đạo 934"]);
  });

  it("gives a request the ministry makes to whom it addresses, not to the title above it", () => {
    expect(letter.one("4").responsible.join(", ")).toContain("Thủ trưởng các cơ quan, đơn vị");
  });

  it("reads a task row by its headers, though its first header opens with 'Tên'", () => {
    const row = letter.one("pl2-r2");
    expect(row.responsible).toEqual(["Cục Du lịch Quốc gia Việt Nam"]);
    expect(row.deadline.due).toBe("2025-12-31");
  });
});

/**
 * A plan outside the dev corpus (Kế hoạch tổng kiểm kê tài sản công, Quảng Ngãi 2025): under a body's title, each
 * dash item is followed by its own "Thời gian …:" line.
 */
describe("a plan whose items are each followed by their time line", () => {
  const section = ["IV. NHIỆM VỤ CỤ THỂ", "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo"];
  const plan = read(
    "1627-2025-qd-ubnd-quang-ngai",
    [
      ["hd", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI. Số: 1627/QĐ-UBND. Quảng Ngãi, ngày 20 tháng 10 năm 2025."],
      [
        "kem1.IV.1.1-y1",
        "Phụ trách chung, trực tiếp điều hành, chỉ đạo, chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả thực hiện tổng kiểm kê tài sản.",
        ["IV. NHIỆM VỤ CỤ THỂ", "1.1. Trưởng Ban Chỉ đạo"],
      ],
      [
        "kem1.IV.1.2-y1",
        "Tuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị, doanh nghiệp thuộc phạm vi quản lý thực hiện nghiêm túc các quy định về quản lý, sử dụng tài sản công.",
        section,
      ],
      ["kem1.IV.1.2", "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.", section],
      [
        "kem1.IV.1.2-y2",
        "Tham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho các thành viên Ban Chỉ đạo.",
        section,
      ],
      ["kem1.IV.1.2-d2", "Thời gian hoàn thành: Tháng 11 - 12/2025.", section],
      [
        "kem1.IV.1.2-y3",
        "Phối hợp với các cơ quan chuyên môn có liên quan hướng dẫn chỉ tiêu, biểu mẫu kiểm kê.",
        section,
      ],
      ["kem1.IV.1.2-d3", "Thời gian hoàn thành: Tháng 12/2025.", section],
    ],
    { kind: "Quyết định", issuedDate: "2025-10-20" },
  );

  it("gives each item the time line that follows it", () => {
    expect(plan.one("kem1.IV.1.2-y1").deadline.kind).toBe("event");
    expect(plan.one("kem1.IV.1.2-y2").deadline.due).toBe("2025-12-31");
    expect(plan.one("kem1.IV.1.2-y3").deadline.due).toBe("2025-12-31");
  });

  it("names the body, not the role the title gives it after a dash", () => {
    expect(plan.one("kem1.IV.1.2-y2").responsible).toEqual(["Sở Tài chính"]);
  });

  it("makes no obligation of a time line", () => {
    expect(plan.at("kem1.IV.1.2-d2")).toHaveLength(0);
  });

  it("keeps the time line that opens item 1.2 away from the items of 1.1", () => {
    expect(plan.one("kem1.IV.1.1-y1").deadline.kind).toBe("none");
  });
});

/**
 * A plan outside the dev corpus (Kế hoạch 0130/KH-UBND, Đắk Lắk 2025): "UBND tỉnh ban hành kế hoạch như sau:", items
 * that name no party, parts that are no activities, and a closing request before "Nơi nhận".
 */
describe("a plan whose activities name no party, with its closing request", () => {
  const plan = read(
    "0130-2025-kh-ubnd-dak-lak",
    [
      ["hd", "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK. Số: 0130/KH-UBND. Đắk Lắk, ngày 21 tháng 11 năm 2025."],
      [
        "md-d2",
        "Để kịp thời khắc phục môi trường và phòng, chống dịch bệnh truyền nhiễm sau lụt bão trên địa bàn tỉnh; UBND tỉnh ban hành kế hoạch như sau:",
      ],
      [
        "III.4-y1",
        "Thực phẩm bị ẩm mốc, nhiễm bẩn sau lũ.",
        ["III. ĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO", "4. Nguy cơ mất an toàn thực phẩm"],
      ],
      [
        "IV.1.a-y1",
        "Tổ chức thu gom, vận chuyển và xử lý triệt để rác thải sau lũ.",
        [
          "IV. NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI",
          "1. Công tác vệ sinh môi trường",
          "a) Thu gom và xử lý rác thải",
        ],
      ],
      ["VI-y1", "Từ ngân sách tỉnh, ngân sách địa phương theo phân cấp.", ["VI. KINH PHÍ THỰC HIỆN"]],
      [
        "VI",
        "Khắc phục môi trường, xử lý dịch bệnh mùa mưa bão là nhiệm vụ cấp bách. Đề nghị các sở, ban, ngành và địa phương khẩn trương thực hiện đúng chức năng được giao; kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc để xem xét, chỉ đạo./.",
        ["VI. KINH PHÍ THỰC HIỆN"],
      ],
      ["nn", "Nơi nhận: - Như trên; - Lưu: VT."],
    ],
    { kind: "Kế hoạch", issuedDate: "2025-11-21" },
  );

  it("gives an activity the parties the closing request names", () => {
    expect(plan.one("IV.1.a-y1").responsible).toEqual(["các sở, ban, ngành và địa phương"]);
  });

  it("reads no work in the plan's assessment of risks or its funding", () => {
    expect(plan.at("III.4-y1")).toHaveLength(0);
    expect(plan.at("VI-y1")).toHaveLength(0);
  });
});

/** 836-2024-vbhn-bldtbxh: an amending circular quoted in a footnote keeps its preamble and enacting formula. */
describe("an enacting formula after its preamble", () => {
  const quoted = read("836-2024-vbhn-bldtbxh", [
    ["kem1-d6", "Theo đề nghị của Vụ trưởng Vụ Pháp chế;"],
    [
      "kem1-d7",
      "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư sửa đổi, bổ sung, bãi bỏ một số điều của các Thông tư, Thông tư liên tịch do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành, liên tịch ban hành.”.",
    ],
  ]);

  it("is the issuer's own decision, no work", () => {
    expect(quoted.at("kem1-d7")).toHaveLength(0);
  });
});

/** Kế hoạch bảo vệ bí mật nhà nước kèm Quyết định 254/QĐ-UBND, Sơn La 2023 (outside the dev corpus). */
describe("an item handed to its lead in a closing bracket", () => {
  const plan = read("254-2023-qd-ubnd-son-la", [
    [
      "kem1.II.6",
      "Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN trên địa bàn tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan, tổ chức có liên quan tham mưu).",
      ["II. NỘI DUNG CÔNG TÁC"],
    ],
  ]);

  it("is the work of the party the bracket hands it to", () => {
    expect(plan.one("kem1.II.6").responsible).toEqual(["Công an tỉnh"]);
  });
});

/** Chỉ thị 010/CT-UBND, Đắk Lắk 2025 (outside the dev corpus): a category with its bodies in brackets, then a lead-in
 * for all departments and, under it, a title naming one. */
describe("titles nearer the items than a lead-in", () => {
  const directive = read("010-2025-ct-ubnd-dak-lak", [
    [
      "I.1",
      "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh):",
      ["I. Trách nhiệm phối hợp trong công tác thẩm định"],
    ],
    [
      "I.1.a",
      "Là đầu mối chủ trì, tiếp nhận hồ sơ, tổ chức lấy ý kiến thẩm định và lập báo cáo thẩm định đề xuất chủ trương đầu tư.",
      [
        "I. Trách nhiệm phối hợp trong công tác thẩm định",
        "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh):",
      ],
    ],
    [
      "I.2.2",
      "Các sở, ban, ngành, địa phương có ý kiến thẩm định theo lĩnh vực quản lý như sau:",
      ["I. Trách nhiệm phối hợp trong công tác thẩm định"],
    ],
    [
      "I.2.2.a-y1",
      "Đánh giá sự phù hợp của dự án đầu tư với quy hoạch sử dụng đất, quy hoạch lâm nghiệp.",
      [
        "I. Trách nhiệm phối hợp trong công tác thẩm định",
        "2.2. Các sở, ban, ngành, địa phương có ý kiến thẩm định theo lĩnh vực quản lý như sau:",
        "a. Sở Nông nghiệp và Môi trường",
      ],
    ],
  ]);

  it("keeps a category and the bodies its bracket lists as one party", () => {
    expect(directive.one("I.1.a").responsible.join(" ")).toContain("Ban Quản lý các Khu công nghiệp tỉnh");
  });

  it("gives the items under 'a. Sở Nông nghiệp và Môi trường' to that department", () => {
    expect(directive.one("I.2.2.a-y1").responsible).toEqual(["Sở Nông nghiệp và Môi trường"]);
  });
});

/**
 * Kế hoạch 1026/KH-UBND, Nghệ An 2025 (outside the dev corpus): "Thực hiện Chỉ thị …, UBND tỉnh ban hành Kế hoạch …
 * như sau:", content items that name no party, and the implementing paragraph "Căn cứ kế hoạch này, …".
 */
describe("a plan's party-less items and its implementing paragraph", () => {
  const plan = read(
    "1026-2025-kh-ubnd-nghe-an",
    [
      [
        "md-d1",
        "Thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh Nghệ An như sau:",
      ],
      [
        "II.1",
        "Tổ chức rà soát, đánh giá tất cả các nội dung, nhiệm vụ bảo vệ bí mật nhà nước.",
        ["II. NỘI DUNG TRỌNG TÂM"],
      ],
      [
        "IV.1",
        "Căn cứ kế hoạch này, Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh, UBND các xã, phường xây dựng kế hoạch cụ thể để triển khai thực hiện.",
        ["IV. TỔ CHỨC THỰC HIỆN"],
      ],
    ],
    { kind: "Kế hoạch", issuedDate: "2025-11-20" },
  );

  it("gives a content item the parties of the implementing paragraph", () => {
    expect(plan.one("II.1").responsible.join(", ")).toContain("Giám đốc các Sở");
  });
});

describe("a conclusion's task 'as much as possible' (Thông báo 661/TB-VPCP, 2025)", () => {
  const notice = read(
    "661-2025-tb-vpcp",
    [
      [
        "1-d5",
        "Bộ Quốc phòng, Bộ Công an huy động lực lượng tối đa có thể hỗ trợ Nhân dân, các địa phương hỗ trợ bố trí nơi ăn ở cho lực lượng tham gia thực hiện chiến dịch.",
        [
          "1. Các địa phương phát động ngay “Chiến dịch Quang Trung” thần tốc hỗ trợ Nhân dân xây dựng lại nhà ở.",
        ],
      ],
    ],
    { kind: "Thông báo", issuedDate: "2025-11-30" },
  );

  it("reads 'tối đa có thể' as a measure of the work, not a permission", () => {
    expect(notice.one("1-d5").responsible.slice(0, 2)).toEqual(["Bộ Quốc phòng", "Bộ Công an"]);
  });
});

describe("a letter's appendix of data (Công văn 4001/UBND-ĐT, TP Hồ Chí Minh, 2025)", () => {
  const letter = read(
    "4001-2025-cv-ubnd-ho-chi-minh",
    [
      [
        "md-d1",
        "Thực hiện Kết luận số 15-KL/ĐU ngày 29 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố; Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:",
      ],
      [
        "3",
        "Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị liên quan triển khai thực hiện Nghị quyết số 66.4/2025/NQ-CP./.",
      ],
      ["nn", "Nơi nhận: - Như trên; - TTUB: CT, các PCT; - Lưu: VT, (ĐT-PVH)"],
      [
        "pl2-d5",
        "1 CT CP khoáng sản và Xây dựng Bình Dương Mỏ ĐXD Phước Vĩnh, xã Phú Giáo 137/GP-UBND ngày 13/07/2017",
        ["Phụ lục. Danh mục các khu vực mỏ khoáng sản trên địa bàn Thành phố Hồ Chí Minh"],
      ],
    ],
    { kind: "Công văn", issuedDate: "2025-11-24" },
  );

  it("reads the letter's own directive as work", () => {
    expect(letter.one("3").responsible[0]).toBe("Sở Nông nghiệp và Môi trường");
  });

  it("reads no work in a line of the list attached after the signature", () => {
    expect(letter.at("pl2-d5")).toEqual([]);
  });
});

describe("a notice of conclusions whose tasks name no one (Thông báo 636/TB-VPCP, Phú Thọ, 2025)", () => {
  const notice = read(
    "636-2025-tb-vpcp-phu-tho",
    [
      [
        "md-d2",
        "Sau khi nghe báo cáo của lãnh đạo tỉnh Phú Thọ, ý kiến của các Bộ, cơ quan, Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã kết luận như sau:",
      ],
      [
        "II.4",
        "Rà soát lại việc thực hiện các đột phá chiến lược, các chương trình, đề án trọng điểm của Tỉnh.",
        ["II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI"],
      ],
      [
        "III.3-d3",
        "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Phú Thọ và các Bộ, cơ quan liên quan biết, thực hiện./.",
        ["III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH"],
      ],
      ["nn", "Nơi nhận: - Như trên; - Thủ tướng, các Phó Thủ tướng Chính phủ; - Lưu: VT, NN."],
    ],
    { kind: "Thông báo kết luận", issuedDate: "2025-11-24" },
  );

  it("gives a task the parties the closing formula names", () => {
    expect(notice.one("II.4").responsible[0]).toBe("Ủy ban nhân dân tỉnh Phú Thọ");
  });

  it("reads no task in the closing formula itself", () => {
    expect(notice.at("III.3-d3")).toEqual([]);
  });
});

describe("a Party conclusion's lead-in whose subject opens its last clause (Kết luận 07-KL/VPTW, 2025)", () => {
  const conclusion = read(
    "07-2025-kl-vptw",
    [
      [
        "2",
        "Thời gian tới, tình hình thế giới và khu vực tiếp tục diễn biến phức tạp, khó lường. Quán triệt sâu sắc ý kiến phát biểu chỉ đạo của đồng chí Thường trực Ban Bí thư; căn cứ vào phương hướng, nhiệm vụ, mục tiêu đã nêu trong Báo cáo, Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:",
        ["2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027"],
      ],
      [
        "2.y3",
        "Triển khai, đẩy mạnh ứng dụng công nghệ thông tin trong mọi hoạt động của văn phòng cấp uỷ với tinh thần tiên phong trong chuyển đổi số.",
        ["2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027"],
      ],
    ],
    { kind: "Kết luận", issuedDate: "2025-12-01" },
  );

  it("gives the items under it to the offices it names", () => {
    expect(conclusion.one("2.y3").responsible).toEqual([
      "Văn phòng Trung ương Đảng",
      "các văn phòng tỉnh uỷ, thành uỷ",
    ]);
  });
});

/**
 * Kế hoạch 235/KH-UBND, Thanh Hóa 2025 (outside the dev corpus): a lead-in by which one body directs another
 * ("Sở … chỉ đạo Chi cục … thực hiện các nội dung sau:").
 */
describe("a lead-in that directs another body to the items", () => {
  const plan = read(
    "235-2025-kh-ubnd-thanhhoa",
    [
      [
        "IV.1",
        "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:",
        ["IV. TỔ CHỨC THỰC HIỆN"],
      ],
      [
        "IV.1-y5",
        "Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày 15/12/2026.",
        ["IV. TỔ CHỨC THỰC HIỆN"],
      ],
    ],
    { kind: "Kế hoạch", issuedDate: "2025-11-18" },
  );

  it("gives the items to the body directed as well as the one directing", () => {
    expect(plan.one("IV.1-y5").responsible).toEqual([
      "Sở Nông nghiệp và Môi trường",
      "Chi cục Biển đảo và Thủy sản",
    ]);
  });
});

/**
 * Kế hoạch 7360/KH-UBND, Lai Châu 2025 (outside the dev corpus): items with label lines "Cơ quan thực hiện: …" whose
 * values list bodies between semicolons, or end with their scope.
 */
describe("label lines that list bodies", () => {
  const plan = read(
    "7360-2025-kh-ubnd-laichau",
    [
      [
        "II.1",
        "Trên cơ sở tài liệu do Trung ương biên soạn, các cơ quan, đơn vị tổ chức tuyên truyền, phổ biến, giáo dục pháp luật.",
        ["II. NỘI DUNG KẾ HOẠCH"],
      ],
      [
        "II.1-y1",
        "Cơ quan thực hiện: Sở Khoa học và Công nghệ; Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch và các sở, ngành có liên quan.",
        ["II. NỘI DUNG KẾ HOẠCH", "1. Trên cơ sở tài liệu do Trung ương biên soạn"],
      ],
      [
        "II.1-y2",
        "Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.",
        ["II. NỘI DUNG KẾ HOẠCH", "1. Trên cơ sở tài liệu do Trung ương biên soạn"],
      ],
      [
        "II.5-y1",
        "Tổ chức rà soát, đánh giá và cập nhật hệ thống cơ sở dữ liệu liên quan;",
        ["II. NỘI DUNG KẾ HOẠCH", "5. Tổ chức các nội dung hỗ trợ thi hành Luật"],
      ],
      [
        "II.5-y2",
        "Cơ quan thực hiện: Các sở, ngành có liên quan theo chức năng, nhiệm vụ quản lý được giao.",
        ["II. NỘI DUNG KẾ HOẠCH", "5. Tổ chức các nội dung hỗ trợ thi hành Luật"],
      ],
    ],
    { kind: "Kế hoạch", issuedDate: "2025-11-19" },
  );

  it("reads a label whose value lists bodies between semicolons as one label, not a task", () => {
    expect(plan.at("II.1-y1")).toEqual([]);
  });

  it("gives the item the bodies its label names in place of a generic subject", () => {
    expect(plan.one("II.1").responsible[0]).toBe("Sở Khoa học và Công nghệ");
  });

  it("leaves the scope after the names out of the last name", () => {
    expect(plan.one("II.5-y1").responsible).toEqual(["Các sở, ngành có liên quan"]);
  });
});

/** Kế hoạch 235/KH-UBND, Thanh Hóa 2025: an appendix numbered in Roman numerals ("Phụ lục II") after the plan. */
describe("an appendix numbered in Roman numerals", () => {
  const plan = read(
    "235-2025-kh-ubnd-thanhhoa",
    [
      [
        "md-d1",
        "Thực hiện Luật Thủy sản năm 2017, UBND tỉnh ban hành Kế hoạch quan trắc, cảnh báo môi trường nuôi trồng thủy sản năm 2026 như sau:",
      ],
      [
        "II.2",
        "Tổ chức tuyên truyền kết quả quan trắc môi trường cho người nuôi trồng thủy sản.",
        ["II. NỘI DUNG KẾ HOẠCH"],
      ],
      [
        "plII-y1",
        "Độ mặn, pH, DO, NH4+-N, NO2--N, PO43-P, TSS, độ kiềm, Vibrio sp 02 lần/tháng 08 tháng (từ tháng 3 đến tháng 10)",
        ["Phụ lục II. THÔNG SỐ, TẦN SUẤT QUAN TRẮC"],
      ],
      ["kt-d1", "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./."],
    ],
    { kind: "Kế hoạch", issuedDate: "2025-11-18" },
  );

  it("is not framed by the plan's opening: its lines are no tasks", () => {
    expect(plan.at("plII-y1")).toEqual([]);
    expect(plan.at("II.2")).toHaveLength(1);
  });
});

/** Kế hoạch 235/KH-UBND, Thanh Hóa 2025: a lead-in that counts the places its items list. */
describe("the items of a counted set", () => {
  const heading = [
    "II. NỘI DUNG KẾ HOẠCH",
    "1. Quan trắc, cảnh báo môi trường nuôi trồng thủy sản",
    "a) Nguồn nước cấp nuôi tôm nước lợ",
  ];
  const plan = read(
    "235-2025-kh-ubnd-thanhhoa",
    [
      [
        "md-d1",
        "Căn cứ Kế hoạch 223/KH-UBND ngày 24/10/2025 của UBND tỉnh; Ủy ban nhân dân tỉnh ban hành Kế hoạch quan trắc, cảnh báo môi trường nuôi trồng thủy sản trên địa bàn tỉnh Thanh Hóa năm 2026, cụ thể như sau:",
      ],
      [
        "II.1.a",
        "Thực hiện quan trắc tại 07 cửa sông cấp nước cho các vùng nuôi tôm, lấy mẫu tại 15 vị trí như sau:",
        heading,
      ],
      [
        "II.1.a-y1",
        "Cửa sông lạch Càn: Lấy mẫu 01 vị trí tại khu vực cấp nước chung cho vùng nuôi tôm Nga Tân.",
        heading,
      ],
      ["II.2", "Sở Nông nghiệp và Môi trường thực hiện 02 nhiệm vụ sau:", ["II. NỘI DUNG KẾ HOẠCH"]],
      ["II.2-y1", "Tổ chức lựa chọn đơn vị thực hiện hoạt động quan trắc.", ["II. NỘI DUNG KẾ HOẠCH"]],
      ["kt-d1", "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./."],
    ],
    { kind: "Kế hoạch", issuedDate: "2025-11-18" },
  );

  it("reads the places as members of the set, not tasks", () => {
    expect(plan.at("II.1.a-y1")).toEqual([]);
  });

  it("still reads the tasks a lead-in counts ('02 nhiệm vụ sau:')", () => {
    expect(plan.one("II.2-y1").responsible).toEqual(["Sở Nông nghiệp và Môi trường"]);
  });
});

/** Hướng dẫn 45-HD/BTCTW, 2025: a guide illustrates its rules with examples. */
describe("an example under a rule", () => {
  const guide = read(
    "45-2025-hd-btctw",
    [
      [
        "I.3-d3",
        "Ví dụ: Đồng chí Nguyễn Văn D là Giám đốc Sở X; Ban Thường vụ Tỉnh ủy phải trao đổi với Ban Tổ chức Trung ương trước khi quyết định.",
        ["I. NHỮNG VẤN ĐỀ CHUNG", "3. Về thẩm quyền quyết định"],
      ],
    ],
    { kind: "Hướng dẫn", issuedDate: "2025-11-21" },
  );

  it("assigns nothing", () => {
    expect(guide.at("I.3-d3")).toEqual([]);
  });
});

/**
 * A decision issuing a coordination rule (Quyết định 26/2025/QĐ-UBND, Thái Nguyên, outside the dev corpus): articles
 * titled by the body that leads the work ("Nội dung Sở … có trách nhiệm chủ trì"), or asked of a body outside the
 * province's command ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"); an item that is an assessment to carry out.
 */
describe("articles titled by the body that leads their work (Quy chế kèm Quyết định 26/2025/QĐ-UBND, Thái Nguyên)", () => {
  const QC =
    "QUY CHẾ. PHỐI HỢP TRONG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ TÍN NGƯỠNG, TÔN GIÁO TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN";
  const rule = read(
    "26-2025-qd-ubnd-thainguyen",
    [
      [
        "kem2.dieu5.1",
        "Xây dựng, ban hành, đánh giá việc thực hiện chính sách, văn bản quy phạm pháp luật về tín ngưỡng, tôn giáo.",
        [QC, "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì"],
      ],
      [
        "kem2.dieu5.8",
        "Đánh giá kết quả, xây dựng phương hướng hằng tháng, quý, 6 tháng và đột xuất việc thực hiện kế hoạch của Ủy ban nhân dân tỉnh, của Bộ Dân tộc và Tôn giáo về công tác quản lý nhà nước về tín ngưỡng, tôn giáo trên địa bàn tỉnh.",
        [QC, "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì"],
      ],
      [
        "kem2.dieu12.2",
        "Tuyên truyền, vận động tổ chức, cá nhân tín ngưỡng, tôn giáo và Nhân dân chấp hành pháp luật; giải quyết các vấn đề tín ngưỡng, tôn giáo và lĩnh vực có liên quan.",
        [QC, "Điều 12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
      ],
      [
        "kem2.dieu13.1",
        "Tham mưu chỉ đạo, hướng dẫn, đánh giá tình hình và công tác chuyên môn có liên quan đến tín ngưỡng, tôn giáo trên địa bàn tỉnh.",
        [QC, "Điều 13. Nội dung các cơ quan, đơn vị khác có trách nhiệm chủ trì"],
      ],
    ],
    { kind: "Quyết định", issuedDate: "2025-11-21" },
  );

  it("gives each item to the body the article's title names", () => {
    expect(rule.one("kem2.dieu5.1").responsible).toEqual(["Sở Dân tộc và Tôn giáo"]);
    expect(rule.one("kem2.dieu12.2").responsible).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]);
    expect(rule.one("kem2.dieu13.1").responsible.join(", ")).toBe("các cơ quan, đơn vị khác");
  });

  it("reads 'Đánh giá kết quả …' under such a title as work, recurring at several cadences", () => {
    expect(rule.one("kem2.dieu5.8")).toMatchObject({
      responsible: ["Sở Dân tộc và Tôn giáo"],
      deadline: { kind: "none", recurrence: "periodic" },
    });
  });
});

/**
 * A Politburo resolution (Nghị quyết 71-NQ/TW, 2025, outside the dev corpus): its tasks and measures name no one, and
 * its implementing section charges one body per item. Those bodies carry out the tasks (guideline, rule 4).
 */
describe("tasks that name no one, carried out by the bodies of the implementing section (Nghị quyết 71-NQ/TW)", () => {
  const resolution = read(
    "71-2025-nq-bct",
    [
      [
        "III.1-y1",
        "Quán triệt đầy đủ, sâu sắc trong cả hệ thống chính trị và toàn xã hội các quan điểm, chủ trương của Đảng về vai trò quyết định của giáo dục và đào tạo.",
        ["III. NHIỆM VỤ, GIẢI PHÁP", "1. Nâng cao nhận thức, đổi mới tư duy và hành động"],
      ],
      [
        "IV.1",
        "Đảng ủy Quốc hội lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về đổi mới, phát triển giáo dục và đào tạo.",
        ["IV. TỔ CHỨC THỰC HIỆN"],
      ],
      [
        "IV.2",
        "Đảng ủy Chính phủ lãnh đạo, chỉ đạo xây dựng Chương trình hành động triển khai thực hiện Nghị quyết.",
        ["IV. TỔ CHỨC THỰC HIỆN"],
      ],
      [
        "IV.5",
        "Các tỉnh ủy, thành ủy lãnh đạo, chỉ đạo quán triệt, triển khai thực hiện nghiêm túc Nghị quyết.",
        ["IV. TỔ CHỨC THỰC HIỆN"],
      ],
    ],
    { kind: "Nghị quyết" },
  );

  it("gives a task that names no one to every body the implementing section charges", () => {
    expect(resolution.one("III.1-y1").responsible).toEqual([
      "Đảng ủy Quốc hội",
      "Đảng ủy Chính phủ",
      "Các tỉnh ủy, thành ủy",
    ]);
    expect(resolution.one("IV.2").responsible).toEqual(["Đảng ủy Chính phủ"]);
  });

  it("does not in a text of articles, whose chapter 'Tổ chức thực hiện' states whose duty each article is", () => {
    const decree = read(
      "75-2021-n-cp",
      [
        [
          "dieu12.10.a",
          "Mua sắm trang thiết bị, vật tư, phương tiện chuyên dùng.",
          ["Chương III", "Điều 12. Chi phí"],
        ],
        [
          "dieu16",
          "Bộ Lao động - Thương binh và Xã hội có trách nhiệm hướng dẫn thực hiện Nghị định này.",
          ["Chương IV. TỔ CHỨC THỰC HIỆN"],
        ],
      ],
      { kind: "Nghị định" },
    );
    expect(decree.at("dieu12.10.a")).toEqual([]);
  });
});

/** Chỉ thị 09/CT-UBND, Cần Thơ 2025 (outside the dev corpus): a second paragraph of an item, and the closing. */
describe("a later paragraph of an item, and a closing 'Trên đây là Chỉ thị …' (Chỉ thị 09/CT-UBND, Cần Thơ)", () => {
  const directive = read(
    "09-2025-ct-ubnd-cantho",
    [
      [
        "md-d4",
        "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ yêu cầu Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các đơn vị liên quan tập trung thực hiện các nhiệm vụ trọng tâm, cụ thể như sau:",
      ],
      [
        "1",
        "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm tổ chức, thực hiện hiệu quả và chấp hành nghiêm quy định của Luật Tài nguyên nước.",
      ],
      [
        "1-d2",
        "Hoạt động thăm dò, khai thác, sử dụng tài nguyên nước dưới đất và hành nghề khoan nước dưới đất phải tuân thủ quy định về bảo vệ nước dưới đất.",
        [
          "1. Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm tổ chức, thực hiện hiệu quả",
        ],
      ],
    ],
    { kind: "Chỉ thị", issuedDate: "2025-11-18" },
  );

  it("gives the later paragraph to the subject its item's first paragraph opens with, not to the opening's addressees", () => {
    expect(directive.one("1-d2").responsible.join(", ")).toBe(
      "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan",
    );
  });

  it("not in a text of articles, whose later paragraphs state rules of their own (Luật Tố tụng hành chính, Điều 153)", () => {
    const law = read(
      "luat-to-tung-hanh-chinh",
      [
        [
          "dieu153.7",
          "Người tham gia phiên tòa theo yêu cầu của Tòa án phải có mặt trước giờ khai mạc phiên tòa.",
          ["Điều 153. Nội quy phiên tòa"],
        ],
        [
          "dieu153.7-d2",
          "Người dưới mười sáu tuổi không được vào phòng xử án, trừ trường hợp được Tòa án triệu tập.",
          ["Điều 153. Nội quy phiên tòa"],
        ],
      ],
      { kind: "Luật" },
    );
    expect(law.at("dieu153.7-d2").map((o) => o.responsible.join(", "))).not.toContain(
      "Người tham gia phiên tòa theo yêu cầu của Tòa án",
    );
  });
});

/** Công văn 11554/VPCP-V.I, 2025 (outside the dev corpus): a lead-in whose subject leads and directs the work below. */
describe("a lead-in whose subject 'tập trung lãnh đạo, chỉ đạo' the tasks below (Công văn 11554/VPCP-V.I)", () => {
  it("gives an item with nothing modal in it to that subject", () => {
    const letter = read(
      "11554-2025-cv-vpcp",
      [
        [
          "3",
          "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia tập trung lãnh đạo, chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:",
        ],
        [
          "3.2",
          "Khẩn trương hoàn thành việc tổng kết, đánh giá việc thực hiện Chỉ thị số 30/CT-TTg ngày 30 tháng 9 năm 2014 của Thủ tướng Chính phủ; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025.",
          [
            "3. Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia tập trung lãnh đạo, chỉ đạo",
          ],
        ],
      ],
      { kind: "Công văn", issuedDate: "2025-11-25" },
    );
    expect(letter.one("3.2")).toMatchObject({
      responsible: ["Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia"],
      deadline: { kind: "date", due: "2025-11-30" },
    });
  });
});

/** Extracts the obligations of a Markdown excerpt as the structure parser reads it. */
const parsed = (id: string, markdown: string) => {
  const obligations = extractObligations(parseDocument(markdown, `${id}.md`));
  return (path: string) => obligations.filter((o) => o.passageId === `${id}#${path}`);
};

/** Công văn 4085/UBND-ĐT, TP. Hồ Chí Minh 2025 (outside the dev corpus): item titles wrapped onto their bodies. */
describe("an item title wrapped onto its body, and its time in a sentence of its own (Công văn 4085/UBND-ĐT)", () => {
  const at = parsed(
    "4085-2025-cv-ubnd-hcm",
    [
      "Chủ tịch Ủy ban nhân dân",
      "Thành phố có ý kiến chỉ đạo như sau:",
      "**1. Về việc rà soát,",
      "làm sạch dữ liệu số nhà đã cấp**",
      "1.1. Giao Sở Nông nghiệp",
      "và Môi trường",
      "Khẩn trương chia sẻ toàn",
      "bộ cơ sở dữ liệu đất đai đã được cập nhật, cùng các tờ bản đồ địa chính có",
      "thông tin địa chỉ (số nhà) của Thành phố Hồ Chí Minh (sau sáp nhập) đến Ủy ban",
      "nhân dân các phường, xã, đặc khu để tiếp tục rà soát. Thời gian thực hiện hoàn thành xong trước ngày 05 tháng 12",
      "năm 2025.",
      "1.2. Giao Công an Thành",
      "phố",
      "Chỉ đạo Công an các",
      "phường, xã, đặc khu phối hợp và hướng dẫn Ủy ban nhân dân các phường, xã, đặc",
      "khu trong công tác rà soát, chuẩn hóa dữ liệu số nhà sau sắp xếp.",
      "",
    ].join("\n"),
  );

  it("ends the party at a capitalised verb after a complete name", () => {
    expect(at("1.1").map((o) => o.responsible)).toEqual([["Sở Nông nghiệp và Môi trường"]]);
    expect(at("1.2").map((o) => o.responsible)).toEqual([["Công an Thành phố"]]);
  });

  it("gives the item's work the time its closing sentence states, as one task", () => {
    expect(at("1.1")).toHaveLength(1);
    expect(at("1.1")[0]?.deadline).toMatchObject({ kind: "date", due: "2025-12-05" });
  });
});

/** Kế hoạch 7360/KH-UBND, Lai Châu 2025 (outside the dev corpus): an item whose body is only its time. */
describe("an item whose body is only its time label has its title for work (Kế hoạch 7360/KH-UBND)", () => {
  it("reads '6. Tổ chức triển khai …' over 'Thời gian thực hiện sau khi … được ban hành.'", () => {
    const at = parsed(
      "7360-2025-kh-ubnd-laichau",
      [
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật như sau:",
        "",
        "**II. NỘI DUNG KẾ HOẠCH**",
        "",
        "**6**.",
        "Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc",
        "gia",
        "",
        "Thời gian thực hiện sau khi",
        "Chiến lược tiêu chuẩn quốc gia được ban hành.",
        "",
        "**III. KINH PHÍ THỰC HIỆN**",
        "",
      ].join("\n"),
    );
    const [task, ...more] = at("II.6");
    expect(more).toEqual([]);
    expect(task?.action).toBe("Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia");
    expect(task?.deadline.kind).toBe("event");
  });
});

/** Công văn 6386/BVHTTDL-KHCNĐTMT, 2025 (outside the dev corpus): numbered titles over bulleted tasks. */
describe("an unpunctuated item title over its bullets is no task of its own (Công văn 6386/BVHTTDL-KHCNĐTMT)", () => {
  const at = parsed(
    "6386-2025-cv-bvhttdl",
    [
      "Bộ Văn hóa, Thể thao và Du lịch yêu cầu các cơ sở đào tạo trực thuộc Bộ triển khai một số nhiệm vụ sau:",
      "",
      "**II. NHIỆM VỤ CỤ THỂ**",
      "",
      "2.",
      "Tăng cường bồi dưỡng, phát triển, nâng cao chất lượng đội ngũ giảng viên, đáp ứng",
      "yêu cầu đổi mới giáo dục và hội nhập quốc tế",
      "",
      "- Rà",
      "soát, quy hoạch phát triển đội ngũ giảng viên, đáp ứng chuẩn cơ sở giáo dục đại học.",
      "",
      "- Tăng cường tập huấn, bồi dưỡng và tạo điều kiện cho đội ngũ giảng viên tham gia đào tạo nâng cao trình độ.",
      "",
    ].join("\n"),
  );

  it("gives each bullet its task and the title none", () => {
    expect(at("II.2")).toEqual([]);
    expect(at("II.2-y1").map((o) => o.responsible)).toEqual([["các cơ sở đào tạo trực thuộc Bộ"]]);
    expect(at("II.2-y2")).toHaveLength(1);
  });
});

/** Quyết định 145/2025/QĐ-UBND, Thanh Hóa (outside the dev corpus): a delegation of procedures to a department. */
describe("a delegation 'Ủy quyền cho …, cụ thể như sau:' gives its items to the delegate (Quyết định 145/QĐ-UBND)", () => {
  it("reads each delegated procedure as the department head's task", () => {
    const at = parsed(
      "145-2025-qd-ubnd-thanhhoa",
      [
        "QUYẾT ĐỊNH:",
        "",
        "**Điều 1. **Ủy",
        "quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện giải quyết thủ tục hành",
        "chính trong lĩnh vực Tiêu chuẩn Đo lường Chất lượng thuộc thẩm quyền giải quyết",
        "của UBND tỉnh, cụ thể như sau:",
        "",
        "1. Cấp giấy chứng nhận đăng ký",
        "hoạt động thử nghiệm chất lượng sản phẩm, hàng hóa.",
        "",
        "2. Cấp bổ sung, sửa đổi giấy chứng",
        "nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm, hàng hóa.",
        "",
      ].join("\n"),
    );
    for (const item of ["dieu1.1", "dieu1.2"])
      expect(at(item).map((o) => o.responsible)).toEqual([["Giám đốc Sở Khoa học và Công nghệ"]]);
  });
});

/** Công văn 17986/BTC-CT, 2025 (outside the dev corpus): what the letter encloses, listed under a later paragraph. */
describe("a later paragraph that ends with ':' leads the bullets after it (Công văn 17986/BTC-CT)", () => {
  it("reads the enclosures as no tasks and the closing request as one", () => {
    const at = parsed(
      "17986-2025-cv-btc",
      [
        "Bộ Tài chính trân trọng đề nghị UBND các tỉnh, thành phố chỉ đạo triển khai một số nội dung sau:",
        "3. Chỉ đạo đầu mối phối hợp với Thuế tỉnh, thành phố để thường xuyên rà soát, phản hồi vướng mắc.",
        "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:",
        "- Cẩm nang nghiệp vụ thuế dành cho công chức cấp xã;",
        "- Infographic Cẩm nang;",
        "- Video giới thiệu Cẩm nang theo đường link.",
        "*(Quét mã QR ở bên dưới để xem video giới thiệu https://drive.google.com/file/d/1Ej609lvK23SqZjlmGJv9tsKlqWx-LzCS/view)*",
        "Bộ Tài chính trân trọng đề nghị UBND các tỉnh, thành",
        "phố quan tâm, chỉ đạo triển khai thực hiện./.",
        "",
      ].join("\n"),
    );
    expect(at("3")).toHaveLength(1);
    for (const path of ["3-d2", "3-y1", "3-y2", "3-y3"]) expect(at(path), path).toEqual([]);
    expect(at("3-d3").map((o) => o.responsible)).toEqual([["UBND các tỉnh, thành phố"]]);
  });
});

/** Quyết định 145/2025/QĐ-UBND, Thanh Hóa: an item that opens with two acts joined before a duty. */
describe("two acts joined by a comma before 'chịu trách nhiệm' name no party (Quyết định 145/QĐ-UBND)", () => {
  it("gives the item to the heading's party", () => {
    const at = parsed(
      "145-2025-qd-ubnd-thanhhoa",
      [
        "QUYẾT ĐỊNH:",
        "",
        "**Điều 4.** Giám đốc Sở Khoa học và Công nghệ có trách nhiệm:",
        "",
        "1. Tổ chức thực hiện đúng nội dung trong phạm vi được ủy quyền, chịu trách nhiệm trước UBND tỉnh và pháp luật về thực hiện nhiệm vụ được ủy quyền.",
        "",
      ].join("\n"),
    );
    expect(at("dieu4.1").map((o) => o.responsible)).toEqual([["Giám đốc Sở Khoa học và Công nghệ"]]);
  });
});

/** Kế hoạch 157/KH-UBND, Cần Thơ 2025 (outside the dev corpus): a reward to come is no task. */
describe("'… sẽ được cộng điểm' promises a reward, assigns nothing (Kế hoạch 157/KH-UBND)", () => {
  it("reads no task in the reward and one in the work beside it", () => {
    const at = parsed(
      "157-2025-kh-ubnd-cantho",
      [
        "Ủy ban nhân dân thành phố ban hành Kế hoạch phát động phong trào thi đua như sau:",
        "",
        "**III. NỘI DUNG THI ĐUA**",
        "",
        "a. Sở Y tế chủ trì chấm điểm, xếp hạng các xã, phường trước ngày 31 tháng 12 năm 2025.",
        "",
        "b. Ngoài ra, địa phương có thành tích xuất sắc sẽ được cộng điểm vào thi đua của Sở Y tế.",
        "",
      ].join("\n"),
    );
    expect(at("III.a")).toHaveLength(1);
    expect(at("III.b")).toEqual([]);
  });
});

describe("a provision of another text, cited and quoted whole, is no task of this one (1414-2013-cv-tct)", () => {
  it("reads no task in the quoted decision", () => {
    const at = parsed(
      "1414-2013-cv-tct",
      [
        "**2. Về hỗ trợ nhà ở**",
        "",
        '- Tại khoản 7, Điều 2 Quyết định số 118/TTg nêu trên quy định: "7. Những quy định trên đây áp dụng đối với những người có công với Cách mạng quy định tại Điểm 1, Điều 1 của Quyết định này. Trong trường hợp người có công với Cách mạng đã mất mà thân nhân chủ yếu của họ thực sự khó khăn về nhà ở thì địa phương xem xét hỗ trợ họ cải thiện nhà ở theo chính sách hiện hành."',
        "",
        "- Cục Thuế có trách nhiệm hướng dẫn địa phương thực hiện.",
        "",
      ].join("\n"),
    );
    expect(at("2-y1")).toEqual([]);
    expect(at("2-y2")).toHaveLength(1);
  });
});

describe("an item's own address under a lead-in that addresses bodies (Thông báo 631/TB-VPCP, 2025)", () => {
  it("gives the item to the body it names, not to all the lead-in addresses", () => {
    const at = parsed(
      "631-2025-tb-vpcp",
      [
        "3. Trong thời gian tới, yêu cầu các bộ, ngành tập trung thực hiện một số nhiệm vụ như sau:",
        "",
        "(1) Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo, Bộ Tài chính tiếp thu tối đa ý kiến, hoàn thiện hồ sơ Chương trình.",
        "",
        "(2) Tiếp tục rà soát, bảo đảm nguồn lực thực hiện Chương trình.",
        "",
      ].join("\n"),
    );
    expect(at("3.y1")[0]?.responsible ?? at("3.1")[0]?.responsible).toEqual(["Bộ Nông nghiệp và Môi trường"]);
    expect(at("3.y2")[0]?.responsible ?? at("3.2")[0]?.responsible).toEqual(["các bộ, ngành"]);
  });
});

describe("an address after a clause of reason, and a subject after an enumeration (Thông báo 627/TB-VPCP, 2025)", () => {
  it("gives the item to whom it addresses after 'Với vai trò …,' and to the bodies after 'Thứ nhất,'", () => {
    const at = parsed(
      "627-2025-tb-vpcp",
      [
        "**III. NHIỆM VỤ THỜI GIAN TỚI**",
        "",
        "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng; do vậy, yêu cầu các bộ, ngành, địa phương, đơn vị, cá nhân liên quan:",
        "",
        "a) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61%. Với vai trò, ý nghĩa đặc biệt quan trọng của Dự án, yêu cầu các bộ, ngành, cơ quan chủ quản, nhất là ACV cần khẩn trương có giải pháp phù hợp để đẩy nhanh tiến độ thi công.",
        "",
        "b) Thứ nhất, các bộ, ngành, địa phương, các nhà đầu tư, nhà thầu trên tinh thần “tất cả vì tổ quốc” tiếp tục triển khai quyết liệt các dự án.",
        "",
      ].join("\n"),
    );
    expect(at("III.a")[0]?.responsible).toEqual(["các bộ, ngành", "cơ quan chủ quản, nhất là ACV"]);
    expect(at("III.b")[0]?.responsible).toEqual(["các bộ, ngành, địa phương, các nhà đầu tư, nhà thầu"]);
  });
});

describe("an actor the law names 'chủ thể', with a reference to the law itself (Luật Điện ảnh 2022, Điều 21)", () => {
  it("gives the items to the actor by its name, without the reference", () => {
    const at = parsed(
      "luat-dien-anh",
      [
        "**Điều 21. Phổ biến phim trên không gian mạng**",
        "",
        "2. Chủ thể phổ biến phim trên không gian mạng quy định tại khoản 1 Điều này phải bảo đảm thực hiện nghĩa vụ quy định tại điểm c và điểm d khoản 2 Điều 18 của Luật này và các quy định sau đây:",
        "",
        "a) Thông báo danh sách phim sẽ phổ biến và kết quả phân loại phim cho Bộ Văn hóa, Thể thao và Du lịch;",
        "",
        "b) Gỡ bỏ phim vi phạm quy định tại Điều 9 của Luật này khi có yêu cầu bằng văn bản của cơ quan nhà nước có thẩm quyền.",
        "",
      ].join("\n"),
    );
    expect(at("dieu21.2.a")[0]?.responsible).toEqual(["Chủ thể phổ biến phim trên không gian mạng"]);
  });
});

describe("a council's regulation says what its parts are made of (Quyết định 05/2025/QĐ-TTg, its Quy chế)", () => {
  it("reads 'X gồm: …' and 'X bao gồm: …' as a composition, not as X's task, and ends X's name before 'gồm'", () => {
    const { all } = read(
      "05-2025-qd-ttg",
      [
        [
          "kem1.dieu3.1",
          "Chủ tịch, Phó Chủ tịch và Ủy viên Hội đồng:",
          ["Điều 3. Cơ cấu tổ chức của Hội đồng"],
        ],
        [
          "kem1.dieu3.1.b",
          "Các Phó Chủ tịch Hội đồng gồm: 01 Phó Chủ tịch Thường trực hoạt động chuyên trách, 01 Phó Chủ tịch là Cục trưởng Cục Quản lý Khám, chữa bệnh thuộc Bộ Y tế kiêm nhiệm.",
          ["Điều 3. Cơ cấu tổ chức của Hội đồng"],
        ],
        [
          "kem1.dieu3.3.c",
          "Văn phòng Hội đồng Y khoa Quốc gia có trách nhiệm bảo đảm các điều kiện về cơ sở vật chất, trang thiết bị, kinh phí để Hội đồng hoạt động theo quy định;",
          ["Điều 3. Cơ cấu tổ chức của Hội đồng"],
        ],
      ],
      { kind: "Quyết định" },
    );
    expect(all.some((o) => o.passageId.endsWith("#kem1.dieu3.1.b"))).toBe(false);
    expect(all.find((o) => o.passageId.endsWith("#kem1.dieu3.3.c"))?.responsible).toEqual([
      "Văn phòng Hội đồng Y khoa Quốc gia",
    ]);
  });
});
