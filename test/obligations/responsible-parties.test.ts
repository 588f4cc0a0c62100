import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import {
  headAt,
  partiesAt,
  splitParties,
  subjectBeforePredicate,
} from "../../src/obligations/party-names.ts";
import { partyView } from "../../src/obligations/party-view.ts";
import { findParties, partiesOfHeading } from "../../src/obligations/responsible-parties.ts";

/**
 * Party lists as real documents write them. Excerpts from the dev corpus (../shared/dev-corpus/docs, tune half
 * and documents outside the dev set) and the names quoted in issue 11.
 */
describe("splitParties: only between parties, never inside a name", () => {
  it.each([
    "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Ủy ban Mặt trận Tổ quốc và các đoàn thể",
    "Ủy ban MTTQ và các đoàn thể tỉnh",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Kế hoạch và Đầu tư",
    "Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương",
    "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "Thủ trưởng các cơ quan, đơn vị liên quan",
    // 47-2009-ttlt-btc-bltbxh: a bracket explains one party.
    "đơn vị sử dụng ngân sách nhà nước (Sở Lao động – Thương binh và Xã hội, cơ sở nuôi dưỡng, điều dưỡng người có công với cách mạng)",
  ])("keeps %s whole", (name) => {
    expect(splitParties(name)).toEqual([name]);
  });

  it("drops when a party acts, whatever word opens the time (Quyết định 162/2025/QĐ-UBND Ninh Bình, 102/2025 Phú Thọ)", () => {
    expect(splitParties("Cơ quan, cá nhân sau khi được cấp hộp thư điện tử công vụ")).toEqual([
      "Cơ quan, cá nhân",
    ]);
    expect(splitParties("Sở Dân tộc và Tôn giáo, các cơ quan, đơn vị liên quan ngay sau khi")).toEqual([
      "Sở Dân tộc và Tôn giáo",
      "các cơ quan, đơn vị liên quan",
    ]);
    expect(splitParties("Các lực lượng ngay khi")).toEqual(["Các lực lượng"]);
  });

  it("drops a reference to the text itself after a name that says who it means, not after a category (Luật Điện ảnh 2022; Luật Bảo vệ môi trường 2020)", () => {
    expect(splitParties("Chủ thể phổ biến phim trên không gian mạng quy định tại khoản 1 Điều này")).toEqual([
      "Chủ thể phổ biến phim trên không gian mạng",
    ]);
    expect(splitParties("Tổ chức, cá nhân quy định tại khoản 1 Điều này")).toEqual([
      "Tổ chức, cá nhân quy định tại khoản 1 Điều này",
    ]);
    expect(
      splitParties("Tổ chức, cá nhân có hoạt động quy định tại điểm a và điểm b khoản 2 Điều này").join(
        " | ",
      ),
    ).toContain("quy định tại điểm a và điểm b khoản 2 Điều này");
  });

  it("drops the short name a text defines (Quyết định 87/2025/QĐ-UBND Lai Châu, Công văn 6386/BVHTTDL)", () => {
    expect(splitParties("Ủy ban nhân dân xã, phường (sau đây gọi là cấp xã)")).toEqual([
      "Ủy ban nhân dân xã, phường",
    ]);
    expect(splitParties("các cơ sở đào tạo trực thuộc Bộ (sau đây gọi tắt là cơ sở đào tạo)")).toEqual([
      "các cơ sở đào tạo trực thuộc Bộ",
    ]);
  });

  it("drops when the parties act from who they are (Quyết định 87/2025/QĐ-UBND Lai Châu)", () => {
    expect(splitParties("Tổ chức, cá nhân khi tổ chức việc cưới, việc tang")).toEqual(["Tổ chức, cá nhân"]);
  });

  it("splits a decision's executing clause at each new head (378/2022-style, semicolons)", () => {
    expect(
      splitParties(
        "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các sở, ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn và các tổ chức cá nhân có liên quan",
      ),
    ).toEqual([
      "Chánh Văn phòng UBND tỉnh",
      "Giám đốc Sở Công Thương",
      "Thủ trưởng các sở, ban, ngành",
      "UBND các huyện, thành phố",
      "UBND các xã, phường, thị trấn",
      "các tổ chức cá nhân có liên quan",
    ]);
  });

  it("gives one party per name after a category with a colon (6154-2011-qd-ubnd-hn, Điều 3)", () => {
    expect(
      splitParties(
        "Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở: Lao động Thương binh và Xã hội, Tài chính, Y tế; Giám đốc kho bạc Nhà nước Hà Nội",
      ),
    ).toEqual([
      "Chánh Văn phòng Ủy ban nhân dân Thành phố",
      "Giám đốc Sở Lao động Thương binh và Xã hội",
      "Giám đốc Sở Tài chính",
      "Giám đốc Sở Y tế",
      "Giám đốc kho bạc Nhà nước Hà Nội",
    ]);
  });

  it("gives one party per member after two categories and a colon (Thông báo 648/TB-VPCP, 2025, mục II.8)", () => {
    expect(
      splitParties(
        "Các Bộ, cơ quan: Tài chính, Xây dựng, Văn hóa, Thể thao và Du lịch, Tập đoàn Điện lực Việt Nam",
      ),
    ).toEqual([
      "Bộ Tài chính",
      "Bộ Xây dựng",
      "Bộ Văn hóa, Thể thao và Du lịch",
      "Tập đoàn Điện lực Việt Nam",
    ]);
  });

  it("keeps enumerations of one category together (seed conclusions)", () => {
    expect(splitParties("Các huyện ủy, thị ủy, thành ủy, đảng ủy khối Cơ quan - Doanh nghiệp tỉnh")).toEqual([
      "Các huyện ủy, thị ủy, thành ủy",
      "đảng ủy khối Cơ quan - Doanh nghiệp tỉnh",
    ]);
    expect(splitParties("các cấp ủy đảng, người đứng đầu cơ quan, đơn vị, địa phương")).toEqual([
      "các cấp ủy đảng",
      "người đứng đầu cơ quan, đơn vị, địa phương",
    ]);
  });

  it("reads old-style tone marks the same way (Tỉnh uỷ / Tỉnh ủy)", () => {
    expect(splitParties("Ban Tổ chức Tỉnh uỷ, Đoàn đại biểu Quốc hội")).toEqual([
      "Ban Tổ chức Tỉnh uỷ",
      "Đoàn đại biểu Quốc hội",
    ]);
  });
});

describe("findParties: a recipient after 'báo cáo' is not the subject", () => {
  it("reads no party in 'Trường hợp quá thẩm quyền báo cáo Chính phủ xem xét' (102-2018-nd-cp)", () => {
    expect(findParties("Trường hợp quá thẩm quyền báo cáo Chính phủ xem xét, quyết định.")).toBeNull();
    expect(findParties("Trường hợp có vướng mắc các sở, ngành tổng hợp báo cáo.")?.parties).toEqual([
      "các sở, ngành",
    ]);
  });
});

describe("findParties: an item's number in brackets left in its text (Thông báo 653/TB-VPCP, 2025)", () => {
  it("reads 'Tất cả …' as a determiner before the party (Kế hoạch 0129/KH-UBND, Đắk Lắk 2025)", () => {
    expect(
      findParties(
        "Tất cả lực lượng, phương tiện tham gia thực hiện Kế hoạch này phải tuân thủ nghiêm quy định an toàn",
      )?.parties,
    ).toEqual(["Tất cả lực lượng, phương tiện tham gia thực hiện Kế hoạch này"]);
  });

  it("reads no subject in 'Căn cứ …, chỉ đạo các cơ sở … quản lý …': the bodies after the verb are directed (165/KH-UBND)", () => {
    expect(
      findParties(
        "Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục phổ thông, các cơ sở giáo dục nghề nghiệp trực thuộc quản lý lồng ghép nội dung giáo dục dân số",
      ),
    ).toBeNull();
    expect(findParties("Căn cứ kế hoạch này, Giám đốc các Sở xây dựng kế hoạch cụ thể")?.parties).toEqual([
      "Giám đốc các Sở",
    ]);
  });

  it("ends a body's name at 'có chức năng' (Quy định 383-QĐ/TW, Điều 6)", () => {
    expect(
      findParties("Văn phòng tỉnh ủy có chức năng tham mưu cho tỉnh ủy chỉ đạo công tác văn thư")?.parties,
    ).toEqual(["Văn phòng tỉnh ủy"]);
  });

  it("reads the subject after '(i)', '(ii)', '(iv)'", () => {
    expect(
      findParties("(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo Thủ tướng Chính phủ xem xét")
        ?.parties,
    ).toEqual(["Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam"]);
    expect(
      findParties("(iv) Chủ đầu tư, trong phạm vi, trách nhiệm của mình, đẩy nhanh tiến độ")?.parties,
    ).toEqual(["Chủ đầu tư"]);
  });
});

describe("partiesOfHeading: bodies named by their role (Công văn 6316/BVHTTDL, 2025)", () => {
  it("reads 'cơ quan tham mưu, quản lý nhà nước' as a name, not as the verbs 'tham mưu' and 'quản lý'", () => {
    expect(partiesOfHeading("1. Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ")).toEqual([
      "Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ",
    ]);
    expect(findParties("Cơ quan quản lý nhà nước về văn hóa có trách nhiệm kiểm tra")?.parties).toEqual([
      "Cơ quan quản lý nhà nước về văn hóa",
    ]);
  });
});

describe("findParties: the provinces as one party", () => {
  it("reads 'các tỉnh, thành phố …' opening a clause, not after a body whose provinces they are (2214, 2638)", () => {
    expect(
      findParties(
        "các tỉnh, thành phố trực thuộc Trung ương lập và phê duyệt đề án hỗ trợ trên địa bàn toàn tỉnh",
      )?.parties,
    ).toEqual(["các tỉnh, thành phố trực thuộc Trung ương"]);
    const department = findParties(
      "Trường hợp nhu cầu chi của Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trong các năm 2020-2022 tăng, giảm mạnh so với dự toán năm 2019, Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố thuyết minh, giải trình cụ thể nội dung tăng, giảm.",
    );
    expect(department?.parties[0]).toMatch(/^Sở Lao động/);
    // A lone "tỉnh" is a place.
    expect(findParties("tỉnh lập đề án hỗ trợ")).toBeNull();
  });
});

describe("findParties", () => {
  it("reads no actor in an activity or a place bound by 'phải' (Giáo dục, Điều 4; Chăn nuôi, Điều 8)", () => {
    expect(findParties("Phát triển giáo dục phải gắn với nhu cầu phát triển kinh tế - xã hội.")).toBeNull();
    expect(
      findParties("Vùng chăn nuôi an toàn dịch bệnh phải đáp ứng các yêu cầu của vùng an toàn dịch bệnh."),
    ).toBeNull();
    expect(findParties("Người trực tiếp điều hành sản xuất phải có trình độ đại học.")?.parties).toEqual([
      "Người trực tiếp điều hành sản xuất",
    ]);
  });

  it("reads a court by its instance, and acts of courts as predicates (Tố tụng hành chính, Trọng tài thương mại)", () => {
    expect(
      findParties("Tòa án cấp phúc thẩm đình chỉ xét xử phúc thẩm đối với phần của vụ án.")?.parties,
    ).toEqual(["Tòa án cấp phúc thẩm"]);
    expect(findParties("Hội đồng trọng tài huỷ bỏ biện pháp khẩn cấp tạm thời.")?.parties).toEqual([
      "Hội đồng trọng tài",
    ]);
  });

  it("reads a request named as a thing after 'về' as no address (Trọng tài thương mại, Điều 72)", () => {
    // The body that decides the fee is bound, not the court the request goes to.
    expect(
      findParties("Lệ phí về yêu cầu Toà án chỉ định Trọng tài viên do Chính phủ quy định.")?.parties,
    ).toEqual(["Chính phủ"]);
    expect(findParties("Đề nghị Sở Tài chính xử lý.")?.parties).toEqual(["Sở Tài chính"]);
  });

  it("reads hospitals, health stations, firms and cooperatives as parties in a list (Bảo vệ môi trường, Điều 62)", () => {
    expect(
      findParties("Bệnh viện, cơ sở y tế khác phải đáp ứng yêu cầu về bảo vệ môi trường bao gồm:")?.parties,
    ).toEqual(["Bệnh viện", "cơ sở y tế khác"]);
    expect(findParties("Trạm y tế xã, doanh nghiệp, hợp tác xã phải báo cáo định kỳ.")?.parties).toEqual([
      "Trạm y tế xã",
      "doanh nghiệp",
      "hợp tác xã",
    ]);
  });

  it("reads 'tổ chức' after a category and a comma as one more category, not a verb (Phòng, chống ma túy, Điều 17)", () => {
    expect(
      findParties(
        "Cơ quan, tổ chức thực hiện việc quá cảnh phải làm thủ tục, chịu sự kiểm soát của cơ quan Hải quan.",
      )?.parties,
    ).toEqual(["Cơ quan, tổ chức thực hiện việc quá cảnh"]);
    // After a named body, "tổ chức" stays the verb.
    expect(findParties("Sở Tài chính, tổ chức kiểm tra việc chi trả.")?.parties).toEqual(["Sở Tài chính"]);
  });

  it("reads no one bound by 'không phải' (Tiếp cận thông tin, Điều 12)", () => {
    expect(findParties("Công dân được cung cấp thông tin không phải trả phí, lệ phí.")).toBeNull();
    expect(findParties("Công dân phải trả phí theo quy định.")?.parties).toEqual(["Công dân"]);
  });

  it("reads 'cơ quan quản lý …' as a name, not a bare category and its verb (Trồng trọt, Điều 24)", () => {
    const sentence =
      "Trường hợp không có tiêu chuẩn quốc gia, cơ quan quản lý chuyên ngành về trồng trọt công bố tiêu chuẩn cơ sở.";
    expect(findParties(sentence)?.parties).toEqual(["cơ quan quản lý chuyên ngành về trồng trọt"]);
  });

  it.each([
    [
      "Cục Người có công (Bộ Lao động - Thương binh và Xã hội) ký Hợp đồng đặt hàng với cơ sở giám định.",
      ["Cục Người có công (Bộ Lao động - Thương binh và Xã hội)"],
    ],
    ["Chính phủ thống nhất quản lý nhà nước về công tác người có công.", ["Chính phủ"]],
    [
      "Bộ Lao động – Thương binh và Xã hội dự kiến phương án phân bổ dự toán.",
      ["Bộ Lao động – Thương binh và Xã hội"],
    ],
  ])(
    "ends the subject at its verb: %s (4804-2024-vbhn-bltbxh, 02-2020-ubtvqh14, 47-2009-ttlt-btc-bltbxh)",
    (text, parties) => {
      expect(findParties(text)?.parties).toEqual(parties);
    },
  );

  it("reads the executing clause of a decision, after 'Các ông (bà):' (12-2012-q-ubnd, Điều 3)", () => {
    const span = findParties(
      "Các ông (bà): Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội, Giám đốc Sở Tài chính, thủ trưởng các cơ quan liên quan, Chủ tịch Ủy ban nhân huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.",
    );
    expect(span?.parties).toEqual([
      "Chánh Văn phòng Ủy ban nhân dân tỉnh",
      "Giám đốc Sở Lao động - Thương binh và Xã hội",
      "Giám đốc Sở Tài chính",
      "thủ trưởng các cơ quan liên quan",
      "Chủ tịch Ủy ban nhân huyện, thành phố",
    ]);
  });

  it("ends the subject at a colon that closes it (12-2012-q-ubnd, Điều 5 khoản 2)", () => {
    expect(
      findParties(
        "Sở Tài chính, Kho bạc Nhà nước tỉnh: Thẩm định dự toán, cấp kinh phí, hướng dẫn kiểm tra việc tặng quà.",
      )?.parties,
    ).toEqual(["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]);
  });

  it("subjectBeforePredicate: the noun phrase before the verb, never a clause about an act (23-2012-n-cp, Điều 8)", () => {
    expect(subjectBeforePredicate("Thanh niên xung phong lập bản khai cá nhân.")).toBe(
      "Thanh niên xung phong",
    );
    // "giao" (assign) ends a subject, but not as the last syllable of "Bộ Ngoại giao".
    expect(subjectBeforePredicate("Bộ Ngoại giao chỉ đạo các cơ quan đại diện tiếp nhận hồ sơ.")).toBe(
      "Bộ Ngoại giao",
    );
    expect(
      subjectBeforePredicate(
        "Việc xác nhận, xét duyệt đối tượng hưởng chế độ, chính sách quy định tại Nghị định này phải bảo đảm công khai.",
      ),
    ).toBeNull();
  });

  it("keeps a duty with the subject bound to it, not a party informed later (47-2009-ttlt-btc-bltbxh, Điều 12)", () => {
    const sentence =
      "Kho bạc Nhà nước có trách nhiệm thu hồi số chi ứng trước dự toán của đơn vị theo quy định hiện hành và thông báo để đơn vị theo dõi, hạch toán kịp thời.";
    expect(findParties(sentence)?.parties).toEqual(["Kho bạc Nhà nước"]);
    expect(findParties(sentence, { cuesOnly: true })).toBeNull();
    // Before "có trách nhiệm" any short noun phrase is bound, a person as well as a body (23-2012-n-cp, Điều 6).
    expect(
      findParties(
        "Đối tượng quy định tại Khoản 1 Điều 2 Nghị định này hoặc thân nhân đối tượng có trách nhiệm làm đơn và nộp 01 bộ hồ sơ.",
      )?.parties,
    ).toEqual(["Đối tượng quy định tại Khoản 1 Điều 2 Nghị định này hoặc thân nhân đối tượng"]);
    expect(findParties("Việc xác nhận, xét duyệt đối tượng có trách nhiệm bảo đảm công khai.")).toBeNull();
    // "tổ chức kinh tế" is a party in the list before the duty, not the verb "tổ chức" (02-2020-ubtvqh14, Điều 52).
    expect(
      findParties(
        "Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên của Mặt trận, tổ chức kinh tế, tổ chức xã hội, đơn vị vũ trang nhân dân và cá nhân có trách nhiệm vận động, chăm sóc, giúp đỡ người có công.",
      )?.parties.join("; "),
    ).toMatch(/^Mặt trận Tổ quốc Việt Nam.*; tổ chức kinh tế; tổ chức xã hội; đơn vị vũ trang nhân dân/u);
    // "Thanh tra" alone opens an item with a verb (02-2020-ubtvqh14, Điều 50 khoản 3 điểm b); "Thanh tra tỉnh" is a body.
    expect(
      findParties("Thanh tra, kiểm tra việc thu, chi Quỹ Đền ơn đáp nghĩa theo quy định của pháp luật."),
    ).toBeNull();
    expect(findParties("Thanh tra tỉnh chủ trì kiểm tra việc chi trả.")?.parties).toEqual(["Thanh tra tỉnh"]);
    // A scope adverbial is not part of the name (102-2018-nd-cp, Điều 10 khoản 5).
    expect(
      findParties(
        "Bộ Thông tin và Truyền thông và các bộ, ngành có liên quan theo phạm vi chức năng, nhiệm vụ được Chính phủ giao, có trách nhiệm chỉ đạo, tổ chức tuyên truyền.",
      )?.parties,
    ).toEqual(["Bộ Thông tin và Truyền thông", "các bộ, ngành có liên quan"]);
    // A time limit between commas ends the subject (102-2018-nd-cp, Điều 7 khoản 2 điểm b).
    expect(
      findParties(
        "Cục Chính trị quân khu, trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ (theo từng đợt) do Bộ Chỉ huy quân sự cấp tỉnh báo cáo, hoàn thành việc thẩm định.",
      )?.parties,
    ).toEqual(["Cục Chính trị quân khu"]);
    // A sector acting as one (47-2009-ttlt-btc-bltbxh, Điều 2 khoản 3).
    expect(
      findParties(
        "Đối với các khoản lĩnh trùng, cấp trùng, chi sai chế độ: Ngành Lao động – Thương binh và Xã hội phối hợp với Kho bạc Nhà nước nơi đơn vị giao dịch thực hiện thu hồi.",
      )?.parties,
    ).toEqual(["Ngành Lao động – Thương binh và Xã hội"]);
    // A topic, then "do" and the party that decides it (4804-2024-vbhn-bltbxh, Điều 13; 47-2009, Điều 5).
    expect(
      findParties("Hình thức hỗ trợ bồi dưỡng phục hồi sức khỏe do Giám đốc các cơ sở nuôi dưỡng quyết định.")
        ?.parties,
    ).toEqual(["Giám đốc các cơ sở nuôi dưỡng"]);
    // A paper issued by a body, in a list of papers, is no one's task here (836-2024-vbhn-bldtbxh).
    expect(findParties("Giấy khai tử do Ủy ban nhân dân cấp xã cấp.")).toBeNull();
    // Without a duty of its own, the subject passes the work on to whom it addresses.
    expect(findParties("Bộ Xây dựng đề nghị Bộ Tài chính bố trí vốn.")?.parties).toEqual(["Bộ Tài chính"]);
  });

  it("does not end a name at a capitalised word that is also a verb ('Sở Xây dựng', 'Ban Chỉ đạo')", () => {
    expect(findParties("Sở Xây dựng, Ban Chỉ đạo tỉnh chủ trì thẩm định hồ sơ.")?.parties).toEqual([
      "Sở Xây dựng",
      "Ban Chỉ đạo tỉnh",
    ]);
  });

  it("reads a broadcaster or a school as a party, and the party of 'Trách nhiệm của X:' (written examples)", () => {
    expect(findParties("Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục.")?.parties).toEqual([
      "Đài Phát thanh và Truyền hình tỉnh",
    ]);
    expect(findParties("Trường Chính trị tỉnh tổ chức các lớp bồi dưỡng.")?.parties).toEqual([
      "Trường Chính trị tỉnh",
    ]);
    expect(
      findParties("Trách nhiệm của Sở Giáo dục và Đào tạo: tổ chức bồi dưỡng giáo viên.")?.parties,
    ).toEqual(["Sở Giáo dục và Đào tạo"]);
  });

  it("keeps a state management body's field and level in its name, and still cuts a scope (written examples)", () => {
    expect(
      findParties("Cơ quan quản lý nhà nước về du lịch ở trung ương có trách nhiệm xây dựng chiến lược.")
        ?.parties,
    ).toEqual(["Cơ quan quản lý nhà nước về du lịch ở trung ương"]);
    expect(
      partiesOfHeading("Điều 8. Trách nhiệm của cơ quan quản lý nhà nước về lao động ở địa phương"),
    ).toEqual(["cơ quan quản lý nhà nước về lao động ở địa phương"]);
    expect(
      findParties(
        "Hội đồng nhân dân các cấp trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm giám sát.",
      )?.parties,
    ).toEqual(["Hội đồng nhân dân các cấp"]);
  });

  it("ends the subject at common verbs of plans (written examples)", () => {
    const parties = (s: string) => findParties(s)?.parties;
    expect(parties("Sở Tài chính cân đối, bố trí kinh phí cho công tác phòng, chống thiên tai.")).toEqual([
      "Sở Tài chính",
    ]);
    expect(
      parties("Tỉnh đoàn phát động phong trào thi đua thanh niên tham gia cải cách hành chính."),
    ).toEqual(["Tỉnh đoàn"]);
  });

  it("reads a person or an establishment bound to meet a condition, not a paper (Chăn nuôi Điều 22, Điều 45)", () => {
    const parties = (s: string) => findParties(s)?.parties;
    expect(
      parties(
        "Cơ sở nuôi giữ giống gốc phải có nhân viên kỹ thuật có trình độ từ đại học trở lên về một trong các chuyên ngành chăn nuôi.",
      ),
    ).toEqual(["Cơ sở nuôi giữ giống gốc"]);
    expect(
      parties(
        "Người lấy mẫu thức ăn chăn nuôi phục vụ công tác quản lý nhà nước phải được tập huấn về lấy mẫu.",
      ),
    ).toEqual(["Người lấy mẫu thức ăn chăn nuôi phục vụ công tác quản lý nhà nước"]);
    expect(
      parties("Cơ sở nuôi giữ giống gốc, cơ sở tạo dòng, giống vật nuôi phải có nhân viên kỹ thuật."),
    ).toEqual(["Cơ sở nuôi giữ giống gốc, cơ sở tạo dòng, giống vật nuôi"]);
    expect(parties("Hồ sơ phải có chữ ký của người đề nghị.")).toBeUndefined();
    expect(
      parties("Người được bổ nhiệm chức danh nghề nghiệp nào thì phải có đủ tiêu chuẩn của chức danh đó."),
    ).toBeUndefined();
  });

  it("binds only someone who acts before a bare 'phải', never a thing or an act (Bảo vệ môi trường Điều 108, Chăn nuôi Điều 72)", () => {
    const parties = (s: string) => findParties(s)?.parties;
    expect(
      parties(
        "Chất thải công nghiệp phải kiểm soát để phân định chất thải nguy hại theo quy định của pháp luật.",
      ),
    ).toBeUndefined();
    expect(
      parties("Đối xử nhân đạo với vật nuôi phải tôn trọng, hài hòa với hoạt động tín ngưỡng, tôn giáo."),
    ).toBeUndefined();
    expect(
      parties("Hệ thống thông tin quan trọng về an ninh quốc gia phải đáp ứng các điều kiện sau đây."),
    ).toBeUndefined();
    // People by standing or role are bound as bodies are.
    expect(parties("Viên chức phải chấp hành sự phân công công tác của người có thẩm quyền.")).toEqual([
      "Viên chức",
    ]);
    expect(parties("Bị đơn phải gửi cho Trung tâm trọng tài bản tự bảo vệ.")).toEqual(["Bị đơn"]);
    expect(parties("Ủy ban nhân dân cấp xã phải công khai danh sách.")).toEqual(["Ủy ban nhân dân cấp xã"]);
  });

  it("ends the subject at 'giúp', but keeps 'giúp việc' in a name (Hiến pháp Điều 92, 48-2013-n-cp)", () => {
    const parties = (s: string) => findParties(s)?.parties;
    expect(parties("Phó Chủ tịch nước giúp Chủ tịch nước thực hiện nhiệm vụ.")).toEqual([
      "Phó Chủ tịch nước",
    ]);
    expect(
      parties(
        "Bộ Tư pháp giúp Chính phủ thống nhất quản lý nhà nước về công tác kiểm soát thủ tục hành chính.",
      ),
    ).toEqual(["Bộ Tư pháp"]);
    expect(parties("Tổ giúp việc Ban Chỉ đạo có trách nhiệm tổng hợp kết quả.")).toEqual([
      "Tổ giúp việc Ban Chỉ đạo",
    ]);
    // Having a policy or a plan is the predicate (Du lịch Điều 18).
    expect(
      parties("Chính phủ có chính sách hỗ trợ phát triển sản phẩm du lịch chủ đạo đối với từng vùng."),
    ).toEqual(["Chính phủ"]);
  });

  it("reads the addressees of 'đề nghị' (2214-2013-cv-bxd)", () => {
    const span = findParties(
      "Bộ Xây dựng đề nghị Bộ Tài chính, Bộ Kế hoạch và Đầu tư bố trí vốn theo danh sách mà Ủy ban nhân dân các tỉnh đã báo cáo.",
    );
    expect(span?.parties).toEqual(["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]);
  });

  it("does not take a recalled assignment ('đã giao') or a request of the issuer ('Theo đề nghị của')", () => {
    expect(
      findParties("Phó Thủ tướng đã giao Bộ Lao động - Thương binh và Xã hội xây dựng Thông tư.", {
        cuesOnly: true,
      }),
    ).toBeNull();
    expect(findParties("Theo đề nghị của Giám đốc Sở Tư pháp.")).toBeNull();
    expect(findParties("Xét đề nghị của Giám đốc Sở Lao động về việc đề nghị ban hành Quy định.")).toBeNull();
  });

  it("finds the subject after a condition (12-2012-q-ubnd, Điều 6; 16-2010-qd-ubnd)", () => {
    expect(
      findParties(
        "Trong quá trình thực hiện nếu có khó khăn vướng mắc vượt thẩm quyền giải quyết các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố và các cơ quan liên quan tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
      )?.parties,
    ).toEqual(["các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố", "các cơ quan liên quan"]);
    expect(
      findParties(
        "Trường hợp hộ gia đình có nhu cầu hỗ trợ một lần thì Tổ chức làm nhiệm vụ bồi thường, hỗ trợ tái định cư căn cứ vào điều kiện quỹ đất.",
      )?.parties,
    ).toEqual(["Tổ chức làm nhiệm vụ bồi thường, hỗ trợ tái định cư"]);
  });

  it("finds the subject after an opening adverbial, past agents, brackets and names (47-2009-ttlt-btc-bltbxh)", () => {
    expect(
      findParties(
        "Trên cơ sở đề nghị của Sở Lao động – Thương binh và Xã hội tỉnh (kèm theo Bảng tổng hợp xác nhận của Kho bạc Nhà nước nơi đơn vị mở tài khoản giao dịch về số dư dự toán còn lại), Bộ Lao động – Thương binh và Xã hội ra quyết định điều chỉnh dự toán giữa các Sở Lao động – Thương binh và Xã hội.",
      )?.parties,
    ).toEqual(["Bộ Lao động – Thương binh và Xã hội"]);
    expect(
      findParties(
        "Sau khi dự toán và phương án phân bổ ngân sách chi trợ cấp ưu đãi người có công với cách mạng được cơ quan nhà nước có thẩm quyền quyết định, Kho bạc Nhà nước thực hiện thu hồi số kinh phí tạm cấp.",
      )?.parties,
    ).toEqual(["Kho bạc Nhà nước"]);
    // "Đối với <topic>:" names a topic; the subject follows it (47-2009, Điều 14 khoản 2 điểm d).
    expect(
      findParties(
        "Đối với các khoản chi hỗ trợ hoạt động các cơ sở nuôi dưỡng, điều dưỡng người có công với cách mạng và chi phí quản lý: Tùy theo tính chất, nội dung của từng khoản chi và quy định tại Thông tư này; Kho bạc Nhà nước thực hiện kiểm soát chi theo quy định tại các văn bản hiện hành.",
      )?.parties,
    ).toEqual(["Kho bạc Nhà nước"]);
    // "Trên cơ sở đó kiểm tra …" has no subject: "sở" is a syllable of "cơ sở" (ls-tb-kl-btc-2024, mục 3.1).
    expect(
      findParties("Trên cơ sở đó kiểm tra, giám sát chặt chẽ việc nghiên cứu, quán triệt học tập."),
    ).toBeNull();
  });

  it("reads the subject of a lead-in that takes on duties, after an opening condition too", () => {
    expect(findParties("Uỷ ban thường vụ Quốc hội có những nhiệm vụ và quyền hạn sau đây:")?.parties).toEqual(
      ["Uỷ ban thường vụ Quốc hội"],
    );
    expect(
      findParties("Khi được Chánh án Tòa án phân công, Thẩm phán có những nhiệm vụ, quyền hạn sau đây:")
        ?.parties,
    ).toEqual(["Thẩm phán"]);
    expect(
      findParties(
        "Bộ Nông nghiệp và Phát triển nông thôn là cơ quan đầu mối giúp Chính phủ thực hiện quản lý nhà nước về chăn nuôi trong phạm vi cả nước và có trách nhiệm sau đây:",
      )?.parties,
    ).toEqual(["Bộ Nông nghiệp và Phát triển nông thôn"]);
  });

  it("ends a subject at the case that qualifies it, and keeps 'tổ chức' bound by a duty in a list of parties", () => {
    expect(
      findParties(
        "Viện kiểm sát trong trường hợp Tòa án khởi tố vụ án hình sự có trách nhiệm xem xét, xử lý theo quy định",
      )?.parties,
    ).toEqual(["Viện kiểm sát"]);
    expect(
      findParties("Cơ quan, tổ chức có trách nhiệm giáo dục, vận động cán bộ, công chức")?.parties,
    ).toEqual(["Cơ quan, tổ chức"]);
  });

  it("reads a title that is a body's proper name ending in a verb's words as the whole name (Công điện 96/CĐ-BXD)", () => {
    expect(partiesOfHeading("7. Cục Kinh tế - Quản lý đầu tư xây dựng")).toEqual([
      "Cục Kinh tế - Quản lý đầu tư xây dựng",
    ]);
    expect(partiesOfHeading("6. Cục Kết cấu hạ tầng xây dựng")).toEqual(["Cục Kết cấu hạ tầng xây dựng"]);
    // A subject and its work is no name.
    expect(partiesOfHeading("3. Sở Tài chính hướng dẫn các xã")).toBeNull();
  });

  it("reads a long title of bodies qualified by what they were given to manage as one party (CV 7103/UBND-TH)", () => {
    expect(
      partiesOfHeading(
        "4. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản kết cấu hạ tầng",
      ),
    ).toEqual([
      "Các cơ quan, tổ chức, đơn vị",
      "doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản kết cấu hạ tầng",
    ]);
    // A title that goes on with the bodies' duty is no name.
    expect(
      partiesOfHeading(
        "4. Các đơn vị được giao quản lý tài sản kết cấu hạ tầng phải báo cáo định kỳ hằng năm về tình hình",
      ),
    ).toBeNull();
  });

  it("reads the province's tax office by its 2025 name, 'Thuế tỉnh' (draft plan on Chỉ thị 11-CT/TU, Lào Cai)", () => {
    expect(
      findParties("Thuế tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Môi trường rà soát, đôn đốc nộp thuế")
        ?.parties,
    ).toEqual(["Thuế tỉnh"]);
    expect(partiesOfHeading("9. Thuế tỉnh")).toEqual(["Thuế tỉnh"]);
  });

  it("reads a province or city named as the actor, not the word 'tỉnh' alone (Thông báo 641/TB-VPCP)", () => {
    expect(findParties("thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ")?.parties).toEqual([
      "thành phố Đà Nẵng",
    ]);
    expect(findParties("tỉnh Sơn La khẩn trương hoàn thành việc sắp xếp")?.parties).toEqual(["tỉnh Sơn La"]);
    expect(findParties("Các xã trên địa bàn tỉnh rà soát")).toBeNull();
  });

  it("reads offices the law names by their holder (Quy chế of 211/2025/QĐ-UBND, Hải Phòng)", () => {
    expect(
      findParties(
        "Khi có thông tin cảnh báo rủi ro, công chứng viên, người có thẩm quyền chứng thực phải tiến hành kiểm tra.",
      )?.parties,
    ).toEqual(["công chứng viên, người có thẩm quyền chứng thực"]);
    expect(findParties("Chấp hành viên tổ chức thi hành án đúng thời hạn.")?.parties).toEqual([
      "Chấp hành viên",
    ]);
  });

  it("runs a name cut short by a verb on to the duty that binds it, and reads 'X phải …' of any noun (ALQAC laws)", () => {
    expect(
      findParties("cơ quan đăng ký cư trú có trách nhiệm điều chỉnh thông tin về chủ hộ")?.parties,
    ).toEqual(["cơ quan đăng ký cư trú"]);
    expect(findParties("Thẩm phán phải ra quyết định triệu tập người làm chứng.")?.parties).toEqual([
      "Thẩm phán",
    ]);
    // An act or a document bound by "phải" is no party (2638-2019-cv-ltbxh-khtc, 47-2009-ttlt-btc-bltbxh).
    expect(
      findParties("Lập kế hoạch phải đánh giá đầy đủ và phản ánh tình hình tăng, giảm đối tượng"),
    ).toBeNull();
    expect(findParties("Hồ sơ phải được gửi trước ngày 15/01")).toBeNull();
  });

  it("runs a list of parties, or a name of verb-like words, on to its duty (ALQAC sample of laws)", () => {
    // Luật Bảo vệ môi trường Điều 59.1, Luật Giáo dục Điều 96.3, Luật Bảo vệ môi trường Điều 59.3.
    expect(
      findParties(
        "Cơ quan, tổ chức, hộ gia đình, cá nhân có trách nhiệm thực hiện quy định về bảo vệ môi trường và giữ gìn vệ sinh nơi công cộng",
      )?.parties.join(", "),
    ).toBe("Cơ quan, tổ chức, hộ gia đình, cá nhân");
    expect(
      findParties(
        "Cơ quan quản lý giáo dục, cơ sở giáo dục có trách nhiệm quản lý, sử dụng có hiệu quả phần ngân sách giáo dục được giao",
      )?.parties.join(", "),
    ).toBe("Cơ quan quản lý giáo dục, cơ sở giáo dục");
    expect(
      findParties(
        "Cơ quan thẩm định thiết kế xây dựng, cấp giấy phép xây dựng đối với đối tượng quy định tại khoản 2 Điều này có trách nhiệm lấy ý kiến",
      )?.parties.join(", "),
    ).toBe("Cơ quan thẩm định thiết kế xây dựng, cấp giấy phép xây dựng");
    // Not a second predicate (Luật Thanh niên Điều 37), nor a condition after the step (Luật Chăn nuôi Điều 20).
    expect(
      findParties("Chính phủ thống nhất quản lý nhà nước về thanh niên và có trách nhiệm sau đây:")?.parties,
    ).not.toContain("Chính phủ thống nhất quản lý nhà nước về thanh niên và");
    expect(
      findParties(
        "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn trả lời bằng văn bản, trường hợp từ chối phải nêu rõ lý do;",
      )?.parties.join(" "),
    ).not.toMatch(/từ chối/u);
  });

  it("drops the 'thì' that opens a main clause and ends a subject at 'có thể' (Luật Trọng tài thương mại)", () => {
    expect(
      findParties(
        "Trường hợp vụ tranh chấp có nhiều bị đơn, thì các bị đơn phải thống nhất chọn Trọng tài viên",
      )?.parties,
    ).toEqual(["các bị đơn"]);
    expect(findParties("Hội đồng trọng tài có thể gia hạn việc sửa chữa, giải thích")?.parties).toEqual([
      "Hội đồng trọng tài",
    ]);
  });

  it("reads the agent of a topic after 'thì', and 'tổ chức …' as a verb of doing (Luật Điện ảnh, Luật Giáo dục)", () => {
    expect(
      findParties(
        "Trường hợp thể lệ liên hoan phim quy định phim tham gia là phim đại diện quốc gia thì việc tuyển chọn phim do Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định và tổ chức thực hiện.",
      )?.parties,
    ).toEqual(["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"]);
    expect(
      findParties("Tài liệu giáo dục địa phương do Ủy ban nhân dân cấp tỉnh tổ chức biên soạn.")?.parties,
    ).toEqual(["Ủy ban nhân dân cấp tỉnh"]);
    // A paper issued by a body names no one's task.
    expect(findParties("Giấy khai tử do Ủy ban nhân dân cấp xã cấp.")).toBeNull();
  });

  it("reports the word that ends the subject", () => {
    expect(findParties("Chính phủ, các bộ, ngành đã ban hành chính sách.")?.predicate).toBe("đã ban");
  });
});

describe("findParties: a hospital by its technical level (Công văn 6357/UBND-NC, Hà Nội 2025)", () => {
  it("keeps 'cấp chuyên sâu, cấp cơ bản' in the name, where 'cấp' grants nothing", () => {
    expect(
      findParties("Các bệnh viện cấp chuyên sâu, cấp cơ bản tập trung KCB theo phân cấp chuyên môn kỹ thuật.")
        ?.parties,
    ).toEqual(["Các bệnh viện cấp chuyên sâu, cấp cơ bản"]);
    expect(findParties("Sở Y tế cấp giấy phép hoạt động.")?.parties).toEqual(["Sở Y tế"]);
  });

  it("reads a province's merged newspaper and broadcaster as a body, not 'báo' as in 'báo cáo' (Chỉ thị 09/CT-UBND)", () => {
    expect(partiesOfHeading("7. Báo và Phát thanh, Truyền hình thành phố")).toEqual([
      "Báo và Phát thanh, Truyền hình thành phố",
    ]);
    expect(findParties("Sở Tài chính báo cáo Ủy ban nhân dân tỉnh.")?.parties).toEqual(["Sở Tài chính"]);
  });
});

describe("partiesOfHeading", () => {
  it.each([
    ["Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo", ["Giám đốc Sở Giáo dục và Đào tạo"]],
    ["1. Sở Lao động - Thương binh và Xã hội:", ["Sở Lao động - Thương binh và Xã hội"]],
    ["Điều 7. Trách nhiệm của Bộ Tài chính", ["Bộ Tài chính"]],
    // Headings of laws (ALQAC): the noun phrase after "Trách nhiệm của" is the party, whatever its head.
    ["Điều 33. Trách nhiệm của cơ quan đăng ký cư trú", ["cơ quan đăng ký cư trú"]],
    // A title that is a subject and its duty names the whole noun phrase (Chỉ thị 09/CT-UBND, Cần Thơ 2025), and one
    // naming the work a body leads or is asked to do names that body (Quyết định 26/2025/QĐ-UBND, Thái Nguyên).
    [
      "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm",
      ["Các đơn vị cấp nước sạch trên địa bàn thành phố"],
    ],
    [
      "12. Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất trên địa bàn có trách nhiệm",
      ["Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất trên địa bàn"],
    ],
    ["Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì", ["Sở Dân tộc và Tôn giáo"]],
    ["Điều 12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]],
    [
      "Điều 37. Trách nhiệm của chủ dự án đầu tư sau khi có quyết định phê duyệt kết quả thẩm định",
      ["chủ dự án đầu tư"],
    ],
    ["Điều 37. Nhiệm vụ, quyền hạn của Chánh án Tòa án", ["Chánh án Tòa án"]],
    [
      "3. Đối với cấp ủy trực thuộc Tỉnh ủy và tập thể lãnh đạo các sở, ban, ngành cấp tỉnh",
      ["cấp ủy trực thuộc Tỉnh ủy", "tập thể lãnh đạo các sở, ban, ngành cấp tỉnh"],
    ],
    // A ministry's letter (outside set): a sub-committee, and names qualified by what they were given.
    ["2. Tiểu ban giúp việc Ban Chỉ đạo 934", ["Tiểu ban giúp việc Ban Chỉ đạo 934"]],
    [
      "1.6. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu của doanh nghiệp):",
      ["các cơ quan quản lý cấp trên"],
    ],
    ["1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", ["Sở Tài chính"]],
    ["1. Sở Tài chính (cơ quan chủ trì)", ["Sở Tài chính"]],
    ["3. Vụ Kế hoạch, Tài chính", ["Vụ Kế hoạch, Tài chính"]],
    [
      "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường",
      ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã, phường"],
    ],
    [
      "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ",
      ["Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"],
    ],
  ])("%s", (heading, parties) => {
    expect(partiesOfHeading(heading)).toEqual(parties);
  });

  it.each([
    "2. Đối với cán bộ, công chức cấp xã",
    "Điều 5. Giao trách nhiệm:",
    "3. Tổ chức thực hiện",
    "4. Các đơn vị được giao nhiệm vụ báo cáo kết quả",
    "1. Vụ việc phát sinh",
  ])("names no party: %s", (heading) => {
    expect(partiesOfHeading(heading)).toBeNull();
  });
});

describe("findParties in laws (ALQAC: Hiến pháp, Luật Tố tụng hành chính; 02-2020-ubtvqh14)", () => {
  it("keeps a name whose word is the second syllable of another word ('bầu cử', 'thư ký')", () => {
    expect(
      findParties("Hội đồng bầu cử quốc gia là cơ quan do Quốc hội thành lập, có nhiệm vụ tổ chức bầu cử")
        ?.parties,
    ).toEqual(["Hội đồng bầu cử quốc gia"]);
    expect(findParties("Thư ký Tòa án có nhiệm vụ, quyền hạn sau đây:")?.parties).toEqual(["Thư ký Tòa án"]);
  });

  it("reads the subject bound by a duty after 'thì', when a condition opens with no opening word", () => {
    const span = findParties(
      "Người tiến hành tố tụng trong khi thực hiện nhiệm vụ, quyền hạn của mình có hành vi vi phạm pháp luật gây thiệt hại cho cơ quan, tổ chức, cá nhân thì cơ quan có người có hành vi vi phạm pháp luật đó phải bồi thường cho người bị thiệt hại.",
    );
    expect(span?.parties).toEqual(["cơ quan có người có hành vi vi phạm pháp luật đó"]);
  });

  it("takes no subject from a clause after 'thì' that opens with its verb", () => {
    const span = findParties(
      "Người khai báo gian dối giấy tờ để được hưởng thêm chế độ ưu đãi người có công với cách mạng thì bị chấm dứt chế độ ưu đãi được hưởng thêm và phải hoàn trả số tiền đã nhận do khai báo gian dối.",
    );
    expect(span?.parties ?? []).not.toContain("bị chấm dứt chế độ ưu đãi được hưởng thêm và");
  });

  it("never runs a body's proper name on to a duty that binds what its verb names (ALQAC fifth sample)", () => {
    expect(
      findParties(
        "Bộ trưởng Bộ Tài nguyên và Môi trường ban hành danh mục chất thải nguy hại, chất thải công nghiệp phải kiểm soát.",
      )?.parties,
    ).toEqual(["Bộ trưởng Bộ Tài nguyên và Môi trường"]);
    // A category is still qualified by what it does: "người lập hồ sơ … phải".
    expect(
      findParties("Người lập hồ sơ đề nghị phải chịu trách nhiệm về tính chính xác.")?.parties?.[0],
    ).toMatch(/^Người lập hồ sơ/);
  });

  it("keeps 'giáo dục thường xuyên' (continuing education) in a school's name", () => {
    expect(
      findParties("Trung tâm giáo dục thường xuyên thực hiện chương trình quy định tại khoản 1 Điều 43.")
        ?.parties,
    ).toEqual(["Trung tâm giáo dục thường xuyên"]);
  });

  it("reads no subject bound by a lifted duty, nor one that holds the 'thì' of a condition (ALQAC fifth sample)", () => {
    expect(
      findParties(
        "Bên vận chuyển không phải bồi thường thiệt hại nếu thiệt hại xảy ra hoàn toàn do lỗi của hành khách.",
      ),
    ).toBeNull();
    expect(
      findParties(
        "Trường hợp tính mạng, sức khoẻ và hành lý của hành khách bị thiệt hại thì bên vận chuyển phải bồi thường.",
      )?.parties,
    ).toEqual(["bên vận chuyển"]);
  });

  it("ends a subject at 'thụ lý' and 'làm việc', but keeps 'ngày làm việc' (ALQAC fifth sample)", () => {
    expect(findParties("Tòa án thụ lý đơn yêu cầu ly hôn theo quy định của pháp luật.")?.parties).toEqual([
      "Tòa án",
    ]);
    expect(
      findParties("Hội đồng quốc phòng và an ninh làm việc theo chế độ tập thể và quyết định theo đa số.")
        ?.parties,
    ).toEqual(["Hội đồng quốc phòng và an ninh"]);
    expect(findParties("Tổ làm việc liên ngành có trách nhiệm báo cáo kết quả.")?.parties).toEqual([
      "Tổ làm việc liên ngành",
    ]);
  });

  it("reads a person or an establishment bound by a duty, with the commas of what it does (ALQAC fifth sample)", () => {
    expect(findParties("Người bị tố cáo có các nghĩa vụ sau đây:")?.parties).toEqual(["Người bị tố cáo"]);
    expect(
      findParties("Cơ sở thu mua, lưu giữ, chế biến phải áp dụng biện pháp kỹ thuật phù hợp.")?.parties,
    ).toEqual(["Cơ sở thu mua, lưu giữ, chế biến"]);
    expect(
      findParties(
        "Chủ nguồn thải chất thải nguy hại, chất thải rắn công nghiệp thông thường có trách nhiệm tái chế.",
      )?.parties,
    ).toEqual(["Chủ nguồn thải chất thải nguy hại, chất thải rắn công nghiệp thông thường"]);
    // A paper that must hold something binds no one.
    expect(findParties("Hồ sơ, tài liệu phải có chữ ký của người lập.")).toBeNull();
  });

  it("finds the subject after a basis that lists several things ('Căn cứ điều kiện cụ thể, yêu cầu quản lý …, X …')", () => {
    expect(
      findParties(
        "Căn cứ điều kiện cụ thể, yêu cầu quản lý đối với mỗi loại hình đơn vị sự nghiệp công lập, Chính phủ quy định việc thành lập Hội đồng quản lý.",
      )?.parties,
    ).toEqual(["Chính phủ"]);
  });

  it("reads 'Quốc hội' as a body, and the agent after 'do' in a subject read up to its verb", () => {
    expect(
      findParties("Quốc hội giám sát tối cao việc bảo đảm thực hiện quyền tiếp cận thông tin.")?.parties,
    ).toEqual(["Quốc hội"]);
    expect(findParties("Hội đồng xét tuyển do Giám đốc Sở Nội vụ quyết định thành lập.")?.parties).toEqual([
      "Giám đốc Sở Nội vụ",
    ]);
  });

  it("reads the subject bound to notify, not the body notified, when a word stands between them", () => {
    expect(
      findParties(
        "Tổ chức, cá nhân kịp thời thông báo cho Ủy ban nhân dân cấp xã khi phát hiện dấu hiệu bất thường.",
      )?.parties,
    ).toEqual(["Tổ chức, cá nhân"]);
    // The notice itself ("X thông báo cho/để Y …") is addressed to those who act on it.
    expect(findParties("Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy thực hiện.")?.parties).toEqual([
      "các cấp ủy",
    ]);
    expect(
      findParties("Văn phòng Tỉnh ủy thông báo cho các cơ quan, đơn vị biết, thực hiện.")?.parties,
    ).toEqual(["các cơ quan, đơn vị"]);
  });

  it("ends a court's or a judge's name at 'xét xử', unless it names a trial panel (ALQAC eighth sample)", () => {
    expect(findParties("Thẩm phán, Hội thẩm xét xử độc lập và chỉ tuân theo pháp luật.")?.parties).toEqual([
      "Thẩm phán",
      "Hội thẩm",
    ]);
    expect(findParties("Tòa án nhân dân xét xử tập thể và quyết định theo đa số.")?.parties).toEqual([
      "Tòa án nhân dân",
    ]);
    expect(findParties("Hội đồng xét xử phúc thẩm phải kiến nghị với Chánh án.")?.parties).toEqual([
      "Hội đồng xét xử phúc thẩm",
    ]);
    // "nhận định" is the panel's finding, not a word of its name.
    expect(
      findParties(
        "Trường hợp người kháng cáo rút một phần kháng cáo thì Hội đồng xét xử phúc thẩm nhận định về việc rút kháng cáo.",
      )?.parties,
    ).toEqual(["Hội đồng xét xử phúc thẩm"]);
  });

  it("reads the subject that notifies when the notice tells no one to take note (ALQAC procedures)", () => {
    expect(
      findParties(
        "Tổng cục Du lịch thông báo cho cơ quan chuyên môn về du lịch cấp tỉnh nơi doanh nghiệp có trụ sở khi cấp lại Giấy phép kinh doanh dịch vụ lữ hành quốc tế.",
      )?.parties,
    ).toEqual(["Tổng cục Du lịch"]);
    // Typed without accents, the same.
    expect(
      findParties(
        "tong cuc du lich thong bao cho co quan chuyen mon ve du lich cap tinh khi cap lai giay phep",
      )?.parties,
    ).toEqual(["tong cuc du lich"]);
    expect(
      findParties("van phong tinh uy thong bao cho cac co quan, don vi biet, thuc hien")?.parties,
    ).toEqual(["cac co quan, don vi"]);
  });

  it("keeps a capitalised subject after a basis to its verb, and ends a subject at 'thanh tra' (ALQAC seventh sample)", () => {
    // A body named with a capital mid-sentence is never qualified by what it does: "đối tượng phải mua" is its object.
    expect(
      findParties(
        "Căn cứ nhóm dự án đầu tư được phân loại theo quy định tại Điều 28 của Luật này, Chính phủ quy định chi tiết đối tượng phải mua bảo hiểm.",
      )?.parties,
    ).toEqual(["Chính phủ"]);
    expect(
      findParties("Bộ Nội vụ thanh tra việc tuyển dụng, sử dụng và quản lý viên chức.")?.parties,
    ).toEqual(["Bộ Nội vụ"]);
    // "cơ quan thanh tra" and "Thanh tra tỉnh" stay names.
    expect(findParties("Cơ quan thanh tra nhà nước có trách nhiệm kiểm tra hồ sơ.")?.parties).toEqual([
      "Cơ quan thanh tra nhà nước",
    ]);
    // "cấp học" is a level, not the verb "cấp" (grant): a definition names no one.
    expect(findParties("Trường phổ thông có nhiều cấp học.")).toBeNull();
  });

  it("reads a longer name before a duty, and a subject whose qualifier lists acts with commas (ALQAC seventh sample)", () => {
    expect(
      findParties(
        "Doanh nghiệp kinh doanh dịch vụ lữ hành, doanh nghiệp cung cấp dịch vụ hướng dẫn du lịch có trách nhiệm sau đây:",
      )?.parties,
    ).toEqual(["Doanh nghiệp kinh doanh dịch vụ lữ hành", "doanh nghiệp cung cấp dịch vụ hướng dẫn du lịch"]);
    expect(
      findParties("Viên chức tham gia đào tạo, bồi dưỡng phải chấp hành nghiêm chỉnh quy chế đào tạo.")
        ?.parties,
    ).toEqual(["Viên chức tham gia đào tạo, bồi dưỡng"]);
    // The commas of an opening clause never join it to the subject after it.
    expect(
      findParties(
        "Khi phát hiện dấu hiệu, hành vi khủng bố mạng, cơ quan, tổ chức, cá nhân phải kịp thời báo cho lực lượng chuyên trách.",
      )?.parties.join("; "),
    ).not.toContain("hành vi");
    // A comma right before the duty joins two acts of an item: no subject stands before them.
    expect(
      findParties(
        "Tuân thủ pháp luật, chịu trách nhiệm trước pháp luật trong quá trình thực hiện hoạt động nghề nghiệp.",
      ),
    ).toBeNull();
  });

  it("reads 'Việc yêu cầu X …' as a request named, which addresses no one", () => {
    expect(
      findParties(
        "Việc yêu cầu Tòa án áp dụng biện pháp khẩn cấp tạm thời không bị coi là sự bác bỏ thỏa thuận trọng tài.",
        { cuesOnly: true },
      ),
    ).toBeNull();
    expect(
      findParties("Yêu cầu Tòa án áp dụng biện pháp khẩn cấp tạm thời.", { cuesOnly: true })?.parties,
    ).toEqual(["Tòa án"]);
  });

  it("reads the subject before 'là người chịu trách nhiệm', and 'cấp cao' as a court's level (ALQAC ninth sample)", () => {
    expect(
      findParties(
        "Hiệu trưởng là người chịu trách nhiệm quản lý, điều hành các hoạt động của nhà trường, do cơ quan có thẩm quyền bổ nhiệm.",
      )?.parties,
    ).toEqual(["Hiệu trưởng"]);
    expect(findParties("Tòa án nhân dân cấp cao xét xử phúc thẩm vụ án.")?.parties).toEqual([
      "Tòa án nhân dân cấp cao",
    ]);
  });

  it("ends a subject at a passive 'bị', but not in 'thiết bị', 'bị đơn' or 'người bị kiện' (ALQAC fourth sample)", () => {
    expect(
      findParties(
        "Doanh nghiệp bị thu hồi giấy phép kinh doanh dịch vụ lữ hành trong các trường hợp sau đây:",
      )?.parties,
    ).toEqual(["Doanh nghiệp"]);
    expect(findParties("Cơ sở sản xuất thiết bị phải đăng ký.")?.parties).toEqual([
      "Cơ sở sản xuất thiết bị",
    ]);
    expect(findParties("Bị đơn phải chọn Trọng tài viên trong thời hạn 30 ngày.")?.parties).toEqual([
      "Bị đơn",
    ]);
  });
});

describe("findParties: a comma inside brackets opens no clause", () => {
  it("does not take a unit named in an aside for the subject", () => {
    const sentence =
      "Trong quá trình triển khai thực hiện nếu có khó khăn, vướng mắc đề nghị phản ánh về Bộ Lao động - Thương binh và Xã hội (Cục Người có công, Sở Tài chính) để được hướng dẫn.";
    expect(findParties(sentence)?.parties ?? null).toBeNull();
  });
});

describe("findParties: a long execution clause", () => {
  it("reads every body a city's decision charges with carrying it out", () => {
    const clause =
      "Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Lao động - Thương binh và Xã hội, Giám đốc Sở Xây dựng, Giám đốc Sở Tài chính, Giám đốc Sở Kế hoạch và Đầu tư, Chủ tịch Ủy ban nhân dân các quận, huyện, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh và các tổ chức, cá nhân liên quan có trách nhiệm thi hành Quyết định này./.";
    const parties = findParties(clause)?.parties ?? [];
    expect(parties[0]).toBe("Chánh Văn phòng Ủy ban nhân dân Thành phố");
    expect(parties.join(", ")).toContain("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh");
  });
});

describe("findParties: a topic label before the subject", () => {
  it("reads the subject after 'Về kinh phí:' (Thông báo 661/TB-VPCP, 2025)", () => {
    const sentence =
      "Về kinh phí: Các địa phương phải động viên, phát huy mạnh mẽ tinh thần tự lực, tự cường và huy động cơ quan chức năng hỗ trợ.";
    expect(findParties(sentence)?.parties).toEqual(["Các địa phương"]);
  });
});

describe("findParties: a management board in a list (Chỉ thị 10/CT-UBND Đắk Lắk, 2025)", () => {
  it("keeps 'Ban quản lý Khu Kinh tế …' whole, though 'quản lý' is written in lower case", () => {
    const sentence =
      "Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường, Ban quản lý Khu Kinh tế Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh, UBND cấp xã có trách nhiệm phối hợp công bố đầy đủ thông tin về quy hoạch.";
    expect(findParties(sentence)?.parties).toEqual([
      "Sở Tài chính",
      "Sở Xây dựng",
      "Sở Nông nghiệp và Môi trường",
      "Ban quản lý Khu Kinh tế Phú Yên",
      "Ban Quản lý các Khu công nghiệp tỉnh",
      "UBND cấp xã",
    ]);
  });
});

describe("partiesOfHeading: a bare category qualified in its title (Chỉ thị 10/CT-UBND Đắk Lắk, 2025)", () => {
  it("reads the whole title as the party, since 'Cơ quan' alone names no one", () => {
    expect(partiesOfHeading("3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án")).toEqual([
      "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án",
    ]);
  });
});

describe("findParties: a recurrence between the subject and its verb (Quyết định 2820/QĐ-UBND, TP HCM, 2025)", () => {
  it("reads no subject in a title that only names a body and its role in brackets", () => {
    expect(findParties("Sở Tài chính (cơ quan chủ trì)")).toBeNull();
  });

  it("ends the subject at 'định kỳ hằng quý'", () => {
    const sentence = "Sở Tài chính định kỳ hằng quý tổng hợp báo cáo Ủy ban nhân dân Thành phố.";
    expect(findParties(sentence)?.parties).toEqual(["Sở Tài chính"]);
  });
});

describe("findParties: 'cụ thể hoá' (make concrete) is a verb (Kết luận 07-KL/VPTW, 2025)", () => {
  it("ends the subject before it", () => {
    const sentence =
      "Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện.";
    expect(findParties(sentence)?.parties).toEqual([
      "Văn phòng Trung ương Đảng",
      "các văn phòng tỉnh uỷ, thành uỷ",
    ]);
  });
});

describe("findParties: a body named by what it manages (Quyết định 84/2025/QĐ-UBND, Bắc Ninh)", () => {
  it.each([
    [
      "Sở quản lý ngành, lĩnh vực đề xuất điều chỉnh Danh mục hàng hóa, dịch vụ bình ổn giá.",
      ["Sở quản lý ngành, lĩnh vực"],
    ],
    [
      "Sở Tài chính, các Sở quản lý ngành, lĩnh vực cấp tỉnh và Ủy ban nhân dân xã, phường ban hành kế hoạch kiểm tra.",
      ["Sở Tài chính", "các Sở quản lý ngành, lĩnh vực cấp tỉnh", "Ủy ban nhân dân xã, phường"],
    ],
    ["Sở Tài chính quản lý, vận hành Cơ sở dữ liệu về giá.", ["Sở Tài chính"]],
  ])("%s", (sentence, parties) => {
    expect(findParties(sentence)?.parties).toEqual(parties);
  });
});

describe("partiesOfHeading: forest owners, with the bodies they are in brackets (Chỉ thị 06/CT-UBND Quảng Trị, 2025)", () => {
  it("names the owners and their bracket as one party", () => {
    const title =
      "5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)";
    expect(partiesOfHeading(title)).toEqual([title.slice(3)]);
  });

  it("reads 'chủ rừng' as a party that acts", () => {
    expect(findParties("Chủ rừng thực hiện đầy đủ quyền, nghĩa vụ của chủ rừng.")?.parties).toEqual([
      "Chủ rừng",
    ]);
  });
});

describe("findParties: who consults and who weighs (Hướng dẫn 45-HD/BTCTW, 2025)", () => {
  it("reads 'trao đổi với X' as the subject consulting X, not an address to X", () => {
    const text =
      "Ban Tổ chức Trung ương trao đổi với người đứng đầu cấp ủy, tổ chức đảng, cơ quan, đơn vị nơi cán bộ công tác về chủ trương.";
    expect(findParties(text)?.parties).toEqual(["Ban Tổ chức Trung ương"]);
  });

  it("still reads an opening 'trao đổi X' as addressed to X", () => {
    expect(
      findParties("Ban Tổ chức Tỉnh ủy trao đổi các cấp ủy, tổ chức đảng một số nội dung sau:")?.parties,
    ).toEqual(["các cấp ủy, tổ chức đảng"]);
  });

  it("ends the parties at 'phân tích', 'cân nhắc' and 'lấy ý kiến'", () => {
    const text =
      "Giao cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương phân tích kỹ lưỡng, cân nhắc toàn diện về phẩm chất.";
    expect(findParties(text)?.parties).toEqual([
      "cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương",
    ]);
  });
});

describe("findParties: 'mỗi' (each) before a body (Hướng dẫn 40-HD/BTGDVTW, 2025)", () => {
  it("reads 'Mỗi tỉnh ủy, thành ủy chọn cử …' as their work", () => {
    expect(findParties("Mỗi tỉnh ủy, thành ủy chọn cử tối đa 05 người.")?.parties).toEqual([
      "Mỗi tỉnh ủy, thành ủy",
    ]);
  });

  it("reads a body named before a colon ('Mỗi bộ, cơ quan ngang bộ: chọn cử …')", () => {
    expect(findParties("Mỗi bộ, cơ quan ngang bộ: chọn cử tối đa 03 người.")?.parties).toEqual([
      "Mỗi bộ",
      "cơ quan ngang bộ",
    ]);
  });
});

describe("findParties: 'Theo dõi' (monitor) is a verb, not 'Theo …,' (according to) (Chỉ thị 06/CT-UBND Quảng Trị, 2025)", () => {
  it("finds no subject in an item that opens with it", () => {
    const text =
      "Theo dõi, đôn đốc kết quả triển khai thực hiện của địa phương, đơn vị, tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.";
    expect(findParties(text)).toBeNull();
  });

  it("still reads the subject after 'Theo quy định, …'", () => {
    expect(findParties("Theo quy định, Sở Tài chính chủ trì thẩm định dự toán.")?.parties).toEqual([
      "Sở Tài chính",
    ]);
  });
});

describe("partiesOfHeading: establishments named by what they do (Kế hoạch 235/KH-UBND, Thanh Hóa 2025)", () => {
  it("reads 'Các cơ sở nuôi trồng thủy sản' as a party", () => {
    expect(partiesOfHeading("4. Các cơ sở nuôi trồng thủy sản")).toEqual(["Các cơ sở nuôi trồng thủy sản"]);
    expect(findParties("Các cơ sở chăn nuôi phải thu gom chất thải.")?.parties).toEqual([
      "Các cơ sở chăn nuôi",
    ]);
  });
});

describe("findParties: 'lập danh sách đề nghị X …' proposes to X (Hướng dẫn 40-HD/BTGDVTW, 2025)", () => {
  it("gives the work to the bodies that draw up the list", () => {
    const text =
      "Ban Xây dựng Đảng đảng ủy xã, phường; Ban Tuyên giáo và Dân vận đảng ủy đặc khu lập danh sách đề nghị Ban Thường vụ cấp ủy quyết định công nhận đội ngũ báo cáo viên.";
    expect(findParties(text)?.parties).toEqual([
      "Ban Xây dựng Đảng đảng ủy xã, phường",
      "Ban Tuyên giáo và Dân vận đảng ủy đặc khu",
    ]);
  });
});

describe("findParties: an agent noun made of a verb (Kế hoạch 310/KH-UBND, Hà Nội 2025)", () => {
  it("keeps 'nhà cung cấp dịch vụ', 'nhà đầu tư' in the name, not as its predicate", () => {
    expect(
      findParties(
        "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư bảo đảm kinh phí thực hiện các mục tiêu.",
      )?.predicate,
    ).toBe("bảo đảm");
  });
});

describe("a regulation's article read as its verb, not a subject (Quyết định 102/2025/QĐ-UBND, Phú Thọ)", () => {
  it("finds no subject in a sentence that opens with its verb", () => {
    expect(
      subjectBeforePredicate("Phối hợp trong tuyên truyền, phổ biến các chủ trương, đường lối của Đảng"),
    ).toBeNull();
  });

  it("reads 'ngành, lĩnh vực' as a field of management, not a party", () => {
    expect(
      findParties(
        "Căn cứ chức năng quản lý, ngành, lĩnh vực, phạm vi quản lý, phối hợp với Sở Dân tộc và Tôn giáo tham mưu.",
      )?.parties,
    ).not.toEqual(["ngành, lĩnh vực, phạm vi"]);
    expect(findParties("Các sở, ngành chủ động triển khai.")?.parties).toEqual(["Các sở, ngành"]);
  });
});

describe("findParties: a category qualified by the passive of assignment (Quyết định 2623/QĐ-TTg, Công văn 6397/UBND, 2025)", () => {
  it("keeps 'được giao …', 'được phân công …' in the name of a category, up to its duty", () => {
    expect(
      findParties(
        "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập kế hoạch.",
      )?.parties,
    ).toEqual(["Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này"]);
    expect(
      findParties(
        "Người đứng đầu cơ quan, tổ chức, đơn vị được giao nhiệm vụ chủ động triển khai thực hiện Kế hoạch.",
      )?.predicate,
    ).toBe("chủ động");
  });

  it("leaves a proper name's 'được giao' its predicate", () => {
    expect(findParties("Sở Tài chính được giao chủ trì thẩm định.")?.parties).toEqual(["Sở Tài chính"]);
  });
});

describe("findParties: a notice to parties to take note and act (Công văn 9634/BCT-TTTN, 2025)", () => {
  it("gives the work to the traders told, not to the ministry that tells them", () => {
    expect(
      findParties(
        "Bộ Công Thương thông báo các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu biết, thực hiện và báo cáo tình hình thực hiện về Bộ Công Thương./.",
      )?.parties,
    ).toEqual(["các thương nhân đầu mối kinh doanh xăng dầu", "thương nhân phân phối xăng dầu"]);
  });
});

describe("findParties: a delegation opening a sentence addresses the delegate (Quyết định 145, 1617/QĐ-UBND, 2025)", () => {
  it.each([
    [
      "Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện giải quyết thủ tục hành chính, cụ thể như sau:",
      "Giám đốc Sở Khoa học và Công nghệ",
    ],
    [
      "Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ trong lĩnh vực quản lý chất lượng, cụ thể:",
      "Giám đốc Sở Nông nghiệp và Môi trường",
    ],
  ])("%s", (sentence, party) => {
    expect(findParties(sentence)?.parties).toEqual([party]);
  });

  it("not a person who authorises a relative inside a sentence", () => {
    expect(findParties("Người hưởng chế độ ủy quyền cho thân nhân nhận thay")?.parties ?? []).not.toContain(
      "thân nhân nhận thay",
    );
  });
});

describe("findParties: 'đơn vị nào …' is whichever body, a rule of ranking (Kế hoạch 157/KH-UBND Cần Thơ, 2025)", () => {
  it("names no party", () => {
    expect(
      findParties("đơn vị nào có số lượng mở tài khoản và thẻ ATM mới cao hơn thì xếp hạng cao hơn"),
    ).toBeNull();
    expect(findParties("Đơn vị nào: Tỷ lệ % người hưởng trợ cấp xã hội mở tài khoản")).toBeNull();
  });
});

describe("findParties: the head of a body named by the body (Công văn 5526/CT-CS, Cục Thuế 2025)", () => {
  it.each([
    [
      "Giao Trưởng Thuế các tỉnh, thành phố tập trung chỉ đạo triển khai thực hiện",
      "Trưởng Thuế các tỉnh, thành phố",
    ],
    ["Trưởng Công an xã chịu trách nhiệm bảo đảm an ninh trật tự", "Trưởng Công an xã"],
  ])("%s", (sentence, party) => {
    expect(findParties(sentence)?.parties).toEqual([party]);
  });
});

describe("findParties: verbs that look like names in the laws (ALQAC, inspected halves)", () => {
  it("reads 'hội nhập' as a verb, not an association (Luật Chăn nuôi)", () => {
    expect(headAt(partyView("hội nhập quốc tế, tuân thủ điều ước quốc tế"), 0)).toBe(false);
    expect(headAt(partyView("Hội Nông dân tỉnh chủ trì vận động hội viên"), 0)).toBe(true);
  });

  it("ends the subject at 'có quyền' (Luật Trọng tài thương mại)", () => {
    expect(
      findParties("Hội đồng trọng tài có quyền buộc bên yêu cầu áp dụng biện pháp khẩn cấp tạm thời")
        ?.parties,
    ).toEqual(["Hội đồng trọng tài"]);
  });
});

describe("findParties: conditions and proposers before the subject (Quyết định 96/2025/QĐ-UBND Quảng Ninh; laws)", () => {
  const parties = (sentence: string) => findParties(sentence)?.parties ?? null;

  it("reads the subject after a 'Trong trường hợp …,' clause", () => {
    expect(
      parties(
        "Trong trường hợp cháy rừng vượt quá khả năng kiểm soát của tỉnh, Giám đốc Sở Nông nghiệp và Môi trường và cơ quan thường trực Ban chỉ huy (Bộ Chỉ huy quân sự tỉnh) báo cáo Trưởng Ban chỉ huy cấp tỉnh.",
      ),
    ).toEqual([
      "Giám đốc Sở Nông nghiệp và Môi trường",
      "cơ quan thường trực Ban chỉ huy (Bộ Chỉ huy quân sự tỉnh)",
    ]);
  });

  it("takes the subject after a list of proposers, not the proposers (Hiến pháp 2013, Điều 83)", () => {
    expect(
      parties(
        "Trong trường hợp cần thiết, theo đề nghị của Chủ tịch nước, Ủy ban thường vụ Quốc hội, Thủ tướng Chính phủ hoặc của ít nhất một phần ba tổng số đại biểu Quốc hội, Quốc hội quyết định họp kín.",
      ),
    ).toEqual(["Quốc hội"]);
    expect(parties("Theo yêu cầu của Bộ Công an, các Sở, ngành cung cấp thông tin.")).toEqual([
      "các Sở, ngành",
    ]);
  });

  it("binds a short noun phrase after 'thì', not a pronoun nor a main clause with no subject (Luật Hôn nhân và gia đình; Bộ luật Dân sự)", () => {
    expect(
      parties(
        "Trong trường hợp sống chung thì các thành viên gia đình có nghĩa vụ tham gia công việc gia đình, lao động tạo thu nhập.",
      ),
    ).toEqual(["các thành viên gia đình"]);
    expect(
      parties("Trường hợp bên có nghĩa vụ chậm trả tiền thì bên đó phải trả lãi đối với số tiền chậm trả."),
    ).toBeNull();
  });

  it("ends the subject at 'thu thập' (Kế hoạch 160/KH-UBND Cần Thơ, 2025)", () => {
    expect(
      parties(
        "Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu quy định tại Thông tư số 10/2022/TT-BLĐTBXH.",
      ),
    ).toEqual(["Các cơ quan, đơn vị liên quan"]);
  });
});

describe("findParties: a body named by its role in a procedure (Quyết định 88/2025/QĐ-UBND Lai Châu; Thông báo 627/TB-VPCP)", () => {
  const parties = (sentence: string) => findParties(sentence)?.parties ?? null;

  it("keeps the role verb after a bare category when a duty or another act follows close", () => {
    expect(
      parties(
        "Trường hợp hồ sơ không đầy đủ, không đúng thông tin, cơ quan tiếp nhận có trách nhiệm trao đổi với cơ quan, đơn vị xử lý.",
      ),
    ).toEqual(["cơ quan tiếp nhận"]);
    expect(parties("Cơ quan chủ trì có văn bản đề nghị gửi đến các cơ quan phối hợp.")).toEqual([
      "Cơ quan chủ trì",
    ]);
    expect(parties("Các cơ quan phối hợp có trách nhiệm trả lời đúng thời hạn.")).toEqual([
      "Các cơ quan phối hợp",
    ]);
  });

  it("reads a series of acts as acts", () => {
    expect(parties("Các cơ quan chủ trì, phối hợp với Sở Tài chính xây dựng dự toán.")).toEqual([
      "Các cơ quan",
    ]);
  });

  it("ends the subject at 'đẩy nhanh' and at 'với vai trò'", () => {
    expect(parties("Bộ Xây dựng đẩy nhanh tiến độ phê duyệt Báo cáo nghiên cứu khả thi.")).toEqual([
      "Bộ Xây dựng",
    ]);
    expect(
      parties(
        "Bộ Xây dựng với vai trò là cơ quan thường trực của Ban Chỉ đạo tổng hợp, đề xuất khen thưởng.",
      ),
    ).toEqual(["Bộ Xây dựng"]);
  });
});

describe("findParties: 'Trách nhiệm của <body> <act>' with no colon (Quyết định 88/2025/QĐ-UBND Lai Châu)", () => {
  it("reads the body after 'Trách nhiệm của' as the subject of the act", () => {
    expect(
      findParties(
        "Trách nhiệm của Sở Tư pháp hướng dẫn, tổ chức thực hiện, tuyên truyền, phổ biến pháp luật.",
      )?.parties,
    ).toEqual(["Sở Tư pháp"]);
  });
});

describe("findParties: a person's roles that a colon closes", () => {
  // KH 01/KH-TBTTKT (Tiểu ban thông tin, tuyên truyền, khánh tiết, xã Phố Bảng), "IV. TỔ CHỨC THỰC HIỆN".
  it.each([
    [
      "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử về kết quả.",
      "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban",
    ],
    [
      "Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực: Trực tiếp chỉ đạo chuẩn bị tốt các nội dung trang trí, khánh tiết.",
      "Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban Thường trực",
    ],
  ])("names %s by the whole label", (text, party) => {
    expect(findParties(text)?.parties).toEqual([party]);
  });

  it("does not take a sentence's colon for a label", () => {
    // A full stop before the colon: the label ended there.
    expect(findParties("Đồng chí Bí thư chủ trì. Nội dung: thảo luận")?.parties).toEqual(["Đồng chí Bí thư"]);
  });
});

describe("findParties: a purpose and an addition before the subject (Nghị quyết 03/NQ-CP, 2025)", () => {
  const subject = [
    "các Bộ",
    "cơ quan ngang Bộ",
    "cơ quan thuộc Chính phủ",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
  ];

  it("reads the subject after 'Nhằm …,', 'trong thời gian tới,' and 'bên cạnh …,'", () => {
    const sentence =
      "Nhằm đạt được mục tiêu Nghị quyết số 57-NQ/TW đề ra, trong thời gian tới, bên cạnh các nhiệm vụ thường xuyên, các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:";
    expect(findParties(sentence, { leadIn: true })?.parties).toEqual(subject);
  });

  it("reads each opener alone", () => {
    const rest =
      "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần triển khai các nhiệm vụ sau đây:";
    expect(findParties(`Nhằm đạt được mục tiêu đề ra, ${rest}`)?.parties).toEqual(subject);
    expect(findParties(`Bên cạnh các nhiệm vụ thường xuyên, ${rest}`)?.parties).toEqual(subject);
  });
});

describe("a day that opens an item, then a colon, then who acts (KH lấy ý kiến cử tri, Lương Minh 2026)", () => {
  it("reads the body after the colon, up to its verb ('họp', 'trao đổi')", () => {
    const met =
      "Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với người phụ trách công tác tổ chức cán bộ của các cơ quan, tổ chức, đơn vị có người ứng cử; Trưởng ban công tác Mặt trận thôn, để hướng dẫn việc tổ chức lấy ý kiến cử tri nơi cư trú đối với những người ứng cử có tên trong danh sách sơ bộ và ý kiến cử tri nơi công tác (nếu có) đối với người tự ứng cử, người được thôn giới thiệu ứng cử đại biểu Hội đồng nhân dân xã.";
    expect(findParties(met, { skip: "Từ ngày 04/02/2026".length })?.parties).toEqual([
      "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
    ]);
    const talked =
      "Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã trao đổi với cơ quan, tổ chức, đơn vị có người ứng cử thống nhất thời gian tổ chức hội nghị và tiến hành tổ chức hội nghị thôn để lấy ý kiến nhận xét, tín nhiệm của cử tri đối với người ứng cử.";
    expect(findParties(talked, { skip: "Từ ngày 05/02/2026 - 08/02/2026".length })?.parties).toEqual([
      "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
    ]);
  });
});

describe("findParties: Party cells, members and committee chairs (Kế hoạch 3260-KH/ĐĐQH15, 2025)", () => {
  it("names a Party cell in a body, and its leader, as parties", () => {
    expect(
      findParties("Tổ đảng ở Thường trực Ủy ban Kinh tế chủ trì thẩm tra các dự án luật.")?.parties,
    ).toEqual(["Tổ đảng ở Thường trực Ủy ban Kinh tế"]);
  });

  it("splits members, cell leaders and chairs between parties only", () => {
    expect(
      findParties(
        "Các thành viên Đảng đoàn Quốc hội, Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội, Chủ nhiệm Văn phòng Quốc hội, Trưởng Đoàn đại biểu Quốc hội có trách nhiệm lãnh đạo, chỉ đạo triển khai Kế hoạch này.",
      )?.parties,
    ).toEqual([
      "Các thành viên Đảng đoàn Quốc hội",
      "Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc",
      "các Ủy ban của Quốc hội",
      "Chủ nhiệm Văn phòng Quốc hội",
      "Trưởng Đoàn đại biểu Quốc hội",
    ]);
  });
});

describe("findParties: a provincial regulation's scopes and cases (Quyết định 81/2025/QĐ-UBND, Bắc Ninh)", () => {
  it("names a federation of associations whole, after an opening clause", () => {
    expect(
      findParties(
        "Trong quá trình tư vấn, phản biện, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh không được làm ảnh hưởng đến thời gian.",
      )?.parties,
    ).toEqual(["Liên hiệp các hội Khoa học và Kỹ thuật tỉnh"]);
  });

  it("keeps the agents after 'do' inside the scope that opens the sentence", () => {
    const scope =
      "Đối với các chương trình, đề án, dự án do Chủ tịch Uỷ ban nhân dân tỉnh giao hoặc Tỉnh ủy, Hội đồng nhân dân tỉnh có yêu cầu thực hiện tư vấn, phản biện và giám định xã hội, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh căn cứ chế độ, chính sách hiện hành lập dự toán kinh phí, gửi Sở Tài chính tổng hợp.";
    expect(findParties(scope)?.parties).toEqual(["Liên hiệp các hội Khoa học và Kỹ thuật tỉnh"]);
    expect(findParties("Đối với dự án do Sở Y tế quản lý, Sở Tài chính thẩm định.")?.parties).toEqual([
      "Sở Tài chính",
    ]);
  });

  it("does not give the work to whom a condition's request is made", () => {
    expect(
      findParties("Trường hợp Sở Y tế đề nghị Ủy ban nhân dân tỉnh hỗ trợ thì Sở Tài chính thẩm định.")
        ?.parties,
    ).toEqual(["Sở Tài chính"]);
    expect(
      findParties("Khi cơ quan chủ quản yêu cầu Sở Y tế báo cáo, Sở Tài chính cung cấp số liệu.")?.parties,
    ).toEqual(["Sở Tài chính"]);
    expect(findParties("Nếu có vướng mắc, đề nghị các đơn vị báo cáo Sở Y tế.")?.parties).toEqual([
      "các đơn vị",
    ]);
  });
});

describe("extractObligations: one body written in two cases (Quyết định 81/2025/QĐ-UBND, Bắc Ninh)", () => {
  it("is one party of the item", () => {
    const regulation = parseDocument(
      `ỦY BAN NHÂN DÂN TỈNH BẮC NINH

QUY ĐỊNH

**Điều 7. Tổ chức tư vấn, phản biện và giám định xã hội**

4. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh xác định nội dung, phạm vi tư vấn, gửi đề xuất đến cơ quan chủ trì soạn thảo. Khi được cơ quan, tổ chức chấp thuận, Liên hiệp các hội Khoa học và Kỹ thuật tỉnh tiến hành tư vấn, phản biện.
`,
      "81-2025-qd-ubnd.md",
    );
    expect(extractObligations(regulation).map((o) => o.responsible)).toEqual([
      ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"],
    ]);
  });
});

describe("findParties: places and titles are no one's work (Công văn 627/BYT-BH, Quyết định 1666/QĐ-BHXH)", () => {
  it("does not take a hospital where a case happens, after 'tại các', for the subject", () => {
    expect(
      findParties(
        "Trường hợp Người tham gia BHYT tự đi KCB tại các bệnh viện tuyến tỉnh theo quy định tại khoản 6 Điều 22 Luật BHYT trong phạm vi cả nước: Được quỹ BHYT chi trả chi phí KCB nội trú.",
      ),
    ).toBeNull();
  });

  it("does not give a numbered document's title to the body that issued it", () => {
    expect(
      findParties(
        "Quyết định 1666/QĐ-BHXH năm 2020 về mẫu thẻ bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành.",
      ),
    ).toBeNull();
    expect(findParties("Mức chi cụ thể do Giám đốc Sở Tài chính quyết định.")?.parties).toEqual([
      "Giám đốc Sở Tài chính",
    ]);
  });
});

describe("findParties: an office named by a clause of place (Công văn 778/TCHQ-GSQL, 2017)", () => {
  it("reads the clause's own verb, passive and object as part of the name", () => {
    const parties = (s: string) => findParties(s)?.parties;
    expect(
      parties("Chi cục Hải quan nơi ban hành Quyết định dừng đưa hàng qua KVGS thực hiện thông báo ngay."),
    ).toEqual(["Chi cục Hải quan nơi ban hành Quyết định dừng đưa hàng qua KVGS"]);
    expect(
      parties("Chi cục Hải quan nơi hàng hóa được vận chuyển đến thực hiện kiểm tra niêm phong."),
    ).toEqual(["Chi cục Hải quan nơi hàng hóa được vận chuyển đến"]);
    expect(parties("Chi cục Hải quan nơi quản lý kho CFS hướng dẫn doanh nghiệp.")).toEqual([
      "Chi cục Hải quan nơi quản lý kho CFS",
    ]);
    expect(parties("Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan.")).toEqual([
      "Chi cục Hải quan nơi lưu giữ hàng hóa",
    ]);
  });
});

describe("findParties: a subject's own verb ends its name (plans of 2025, Thông tư 20/2021/TT-BLĐTBXH)", () => {
  it("stops at verbs of replying, convening, supporting and signing in", () => {
    const parties = (s: string) => findParties(s)?.parties;
    expect(
      parties(
        "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, tổ chức, doanh nghiệp phản hồi về Ban Chỉ đạo (qua Sở Tài chính, Phòng Kinh tế cấp xã) để xem xét, chỉ đạo thực hiện./.",
      ),
    ).toEqual(["các cơ quan, đơn vị, tổ chức", "doanh nghiệp"]);
    expect(parties("Trưởng Ban công tác Mặt trận triệu tập và chủ trì hội nghị cử tri thôn.")).toEqual([
      "Trưởng Ban công tác Mặt trận",
    ]);
    expect(parties("Hội Phụ nữ hỗ trợ người dân đăng ký tài khoản định danh điện tử.")).toEqual([
      "Hội Phụ nữ",
    ]);
    expect(parties("Trưởng khoa dược của cơ sở khám bệnh, chữa bệnh có các trách nhiệm sau:")).toEqual([
      "Trưởng khoa dược của cơ sở khám bệnh, chữa bệnh",
    ]);
  });

  it("keeps support in a name or a thing", () => {
    expect(findParties("Quỹ Hỗ trợ nông dân tỉnh có trách nhiệm cho vay theo quy định.")?.parties).toEqual([
      "Quỹ Hỗ trợ nông dân tỉnh",
    ]);
    expect(findParties("Trung tâm hỗ trợ thanh niên khởi nghiệp chủ trì tổ chức diễn đàn.")?.parties).toEqual(
      ["Trung tâm hỗ trợ thanh niên khởi nghiệp"],
    );
  });
});

describe("findParties: a name whose head runs over a separator (KH 7360/KH-UBND Lai Châu, KH 0129/KH-UBND Đắk Lắk, 2025)", () => {
  it("reads the merged newspaper and broadcaster written with a dash as a body", () => {
    expect(
      findParties(
        "Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch tăng cường thông tin, tuyên truyền về kế hoạch hỗ trợ.",
      )?.parties,
    ).toEqual(["Báo và Phát thanh - Truyền hình Đắk Lắk", "Sở Văn hóa, Thể thao và Du lịch"]);
  });

  it("starts a new party at 'Báo và Phát thanh Truyền hình' written without its comma", () => {
    expect(
      findParties(
        "Sở Khoa học và Công nghệ; Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh Truyền hình Lai Châu và các sở, ngành có liên quan",
        { whole: true },
      )?.parties,
    ).toEqual([
      "Sở Khoa học và Công nghệ",
      "Sở Tư pháp",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Báo và Phát thanh Truyền hình Lai Châu",
      "các sở, ngành có liên quan",
    ]);
  });
});

describe("findParties: what opens a sentence without being its subject (KH 556/KH-UBND Đồng Tháp, KH 159/KH-UBND Cần Thơ, 2025)", () => {
  it("ends a subject at a manner: 'bằng nhiều hình thức'", () => {
    expect(
      findParties(
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức và phương pháp thích hợp, tổ chức tuyên truyền.",
      )?.parties,
    ).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh"]);
  });

  it("keeps 'bằng' inside a name: 'Đồng bằng sông Cửu Long'", () => {
    expect(findParties("Viện Lúa Đồng bằng sông Cửu Long chủ trì chọn tạo giống lúa.")?.parties).toEqual([
      "Viện Lúa Đồng bằng sông Cửu Long",
    ]);
  });

  it("reads no subject after a linking adverb and a verb: the bodies after the verb are acted on", () => {
    expect(
      findParties(
        "Đồng thời theo dõi kiểm tra, đôn đốc các sở, ban, ngành tỉnh có liên quan và Ủy ban nhân dân các xã, phường trong việc thực hiện kế hoạch",
      ),
    ).toBeNull();
    expect(findParties("Đồng thời, Sở Tài chính bố trí kinh phí.")?.parties).toEqual(["Sở Tài chính"]);
  });

  it("reads 'Căn cứ chức năng, nhiệm vụ, phối hợp với …' as a basis and a verb with no subject", () => {
    expect(
      findParties(
        "Căn cứ chức năng, nhiệm vụ, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện Kế hoạch theo quy định.",
      ),
    ).toBeNull();
    expect(
      findParties("Căn cứ chức năng, nhiệm vụ được giao, các sở, ngành xây dựng kế hoạch.")?.parties,
    ).toEqual(["các sở, ngành"]);
  });

  it("reads 'Trên cơ sở chức năng nhiệm vụ, chủ trì, phối hợp với …' the same way (Chỉ thị 06/CT-UBND Quảng Trị 2025)", () => {
    expect(
      findParties(
        "Trên cơ sở chức năng nhiệm vụ, chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí.",
      ),
    ).toBeNull();
    expect(findParties("Trên cơ sở đề xuất của các Sở, Sở Tài chính tổng hợp.")?.parties).toEqual([
      "Sở Tài chính",
    ]);
  });

  it("reads the subject as the last body of a basis's list that runs on from 'của' (Quyết định 2820/QĐ-UBND TP HCM 2025)", () => {
    expect(
      findParties(
        "Trên cơ sở văn bản đề xuất kinh phí của các Sở, ban, ngành chuyên môn, Sở Tài chính phối hợp với các đơn vị liên quan thẩm định.",
      )?.parties,
    ).toEqual(["Sở Tài chính"]);
    expect(
      findParties("Căn cứ kết quả của đợt kiểm tra, các sở, ngành, địa phương chủ động khắc phục.")?.parties,
    ).toEqual(["các sở, ngành, địa phương"]);
  });
});

describe("findParties: whom a subjectless clause acts on is not its party (Quyết định 102/2025/QĐ-UBND Phú Thọ, 211/2025/QĐ-UBND Hải Phòng)", () => {
  it("reads no subject when a verb opens a clause after the basis: 'Căn cứ chức năng quản lý, …, phối hợp với …'", () => {
    expect(
      findParties(
        "Căn cứ chức năng quản lý, ngành, lĩnh vực, phạm vi quản lý, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh nắm bắt tình hình, kịp thời tham mưu xử lý.",
      ),
    ).toBeNull();
    expect(
      findParties(
        "Căn cứ chức năng quản lý, ngành, lĩnh vực, phạm vi quản lý thực hiện kiểm tra đối với tổ chức, cá nhân; phối hợp với Sở Dân tộc và Tôn giáo, Thanh tra tỉnh trong công tác kiểm tra.",
      ),
    ).toBeNull();
    expect(
      findParties("Căn cứ điều kiện cụ thể, yêu cầu quản lý, Chính phủ quy định chi tiết.")?.parties,
    ).toEqual(["Chính phủ"]);
  });

  it("reads who is told, then when, as no party; who is told to act still is one", () => {
    expect(
      findParties(
        "Thông báo cho Sở Dân tộc và Tôn giáo và các cơ quan, đơn vị liên quan ngay sau khi cấp giấy phép xây dựng.",
      ),
    ).toBeNull();
    expect(findParties("Thông báo cho các cơ quan, đơn vị thực hiện kiểm tra.")?.parties).toEqual([
      "các cơ quan, đơn vị",
    ]);
  });

  it("ends a subject at 'nắm bắt' and 'tra cứu'", () => {
    expect(findParties("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh nắm bắt tình hình.")?.parties).toEqual([
      "Công an tỉnh",
      "Bộ Chỉ huy Quân sự tỉnh",
    ]);
    expect(
      findParties(
        "Trước khi công chứng, chứng thực giao dịch, công chứng viên, người có thẩm quyền chứng thực tra cứu các thông tin ngăn chặn.",
      )?.parties,
    ).toEqual(["công chứng viên, người có thẩm quyền chứng thực"]);
  });

  it("names officials by their service or post, and ends a name at 'thiết lập' (Công văn 778/TCHQ-GSQL)", () => {
    expect(
      findParties("Sau khi người khai khai báo tờ khai lên Hệ thống V5, công chức hải quan kiểm tra tờ khai.")
        ?.parties,
    ).toEqual(["công chức hải quan"]);
    expect(findParties("Công chức giám sát hướng dẫn người khai hải quan khai sửa đổi.")?.parties).toEqual([
      "Công chức giám sát",
    ]);
    expect(
      findParties("Cục Hải quan các tỉnh, thành phố thiết lập số điện thoại và số fax.")?.parties,
    ).toEqual(["Cục Hải quan các tỉnh, thành phố"]);
    // A bare "công chức" still needs a duty word.
    expect(findParties("Công chức làm việc tại trụ sở.")).toBeNull();
  });

  it("ends a name at the short name it is given (Công văn 3444/BHXH-PT-CST Hà Nội)", () => {
    expect(
      splitParties("Bảo hiểm xã hội quận, huyện, thị xã (sau đây gọi chung là BHXH huyện) tạm thời"),
    ).toEqual(["Bảo hiểm xã hội quận, huyện, thị xã"]);
    // Only lower-case words after the bracket: a name after it is another party.
    expect(splitParties("Ủy ban nhân dân cấp xã (Sau đây gọi là UBND xã)")).toEqual([
      "Ủy ban nhân dân cấp xã",
    ]);
  });
});

describe("findParties: an activity named like a body inside a condition (Công văn 586/TCT-TTKT, 2023, a scan)", () => {
  it("reads 'thanh tra thuế' after 'Khi thực hiện' as the inspecting, not an inspectorate", () => {
    expect(
      findParties("Khi thực hiện thanh tra thuế cần cập nhật kịp thời các bước được quy định."),
    ).toBeNull();
    // Capitalised, or with a determiner, it is still a body.
    expect(findParties("Khi có vướng mắc, Thanh tra tỉnh báo cáo Ủy ban nhân dân tỉnh.")?.parties).toEqual([
      "Thanh tra tỉnh",
    ]);
  });

  it("reads the subject after a condition's 'thì' with no comma, whoever it notifies (Luật Tố tụng hành chính's shape)", () => {
    expect(
      findParties(
        "Trường hợp phát hiện sai sót thì Sở Tài chính thông báo cho đơn vị sử dụng ngân sách để điều chỉnh.",
      )?.parties,
    ).toEqual(["Sở Tài chính"]);
    expect(
      findParties(
        "Trường hợp phát hiện sai sót thì Sở Tài chính có trách nhiệm thông báo cho đơn vị dự toán.",
      )?.parties,
    ).toEqual(["Sở Tài chính"]);
    // After "thì", no one is bound by a right to ask, nor by a relative clause's duty (Bộ luật Dân sự Điều 185, 593).
    expect(
      findParties(
        "Trường hợp việc chiếm hữu bị người khác xâm phạm thì người chiếm hữu có quyền yêu cầu người có hành vi xâm phạm phải chấm dứt hành vi.",
      ),
    ).toBeNull();
    expect(
      findParties(
        "Trường hợp người bị thiệt hại chết thì những người mà người này có nghĩa vụ cấp dưỡng khi còn sống được hưởng tiền cấp dưỡng.",
      ),
    ).toBeNull();
  });

  it("keeps a name whose verb-like word is a compound's half or a field after 'về' (Bộ Tư pháp's departments)", () => {
    expect(
      findParties("Cục Trợ giúp pháp lý chủ trì, phối hợp với các đơn vị tổ chức tập huấn trong quý II/2026.")
        ?.parties,
    ).toEqual(["Cục Trợ giúp pháp lý"]);
    expect(
      findParties("Vụ Các vấn đề chung về xây dựng pháp luật chủ trì tổng hợp báo cáo.")?.parties,
    ).toEqual(["Vụ Các vấn đề chung về xây dựng pháp luật"]);
    expect(
      findParties("Bộ Tư pháp giúp Chính phủ thống nhất quản lý nhà nước về trợ giúp pháp lý.")?.parties,
    ).toEqual(["Bộ Tư pháp"]);
  });
});

describe("findParties: a council's own acts end its name (Quyết định 05/2025/QĐ-TTg, Hội đồng Y khoa Quốc gia)", () => {
  it("stops the subject at discussing, voting, appointing and how it works", () => {
    expect(
      findParties("Hội đồng thảo luận, nhận xét, đánh giá và biểu quyết nhân sự bằng phiếu kín.")?.parties,
    ).toEqual(["Hội đồng"]);
    expect(
      findParties(
        "Chủ tịch Hội đồng Y khoa Quốc gia bổ nhiệm, miễn nhiệm Trưởng ban, Phó Trưởng ban Ban chuyên môn.",
      )?.parties,
    ).toEqual(["Chủ tịch Hội đồng Y khoa Quốc gia"]);
    expect(
      findParties("Hội đồng hoạt động theo nguyên tắc tập thể, dân chủ, độc lập, công khai, minh bạch.")
        ?.parties,
    ).toEqual(["Hội đồng"]);
    expect(findParties("Hội đồng xin ý kiến đơn vị có thẩm quyền quản lý nhân sự.")?.parties).toEqual([
      "Hội đồng",
    ]);
  });
});

describe("findParties: an agent noun phrase that carries out an act (Nghị định 117/2025/NĐ-CP)", () => {
  it("reads the agent before '(trực tiếp) thực hiện' as the subject", () => {
    expect(
      findParties(
        "Hộ, cá nhân có hoạt động kinh doanh trên nền tảng thương mại điện tử thực hiện kê khai theo tháng.",
      )?.parties,
    ).toEqual(["Hộ, cá nhân có hoạt động kinh doanh trên nền tảng thương mại điện tử"]);
  });

  it("not when 'thực hiện' is inside a name whose sentence grants or befalls it (Pháp lệnh 02/2020/UBTVQH14)", () => {
    expect(
      findParties(
        "Người có công với cách mạng chết thì người hoặc tổ chức thực hiện mai táng được hưởng trợ cấp mai táng.",
      ),
    ).toBeNull();
  });
});

describe("findParties: an amending circular's quoted items (Thông tư 43/2023/TT-BTC)", () => {
  it("skips the opening quote and the quoted item's number", () => {
    expect(
      findParties(
        "“b) Đối với hộ gia đình là đồng bào dân tộc thiểu số: Cơ quan thuế có trách nhiệm khai thác thông tin trong Cơ sở dữ liệu quốc gia về dân cư.",
      )?.parties,
    ).toEqual(["Cơ quan thuế"]);
  });

  it("ends the name before a request that names no one ('cơ quan thuế yêu cầu cung cấp …')", () => {
    expect(
      findParties(
        "Trường hợp không thể khai thác được thông tin công dân thì cơ quan thuế yêu cầu cung cấp bản sao Xác nhận thông tin về cư trú.",
      )?.parties,
    ).toEqual(["cơ quan thuế"]);
  });

  it("keeps a requester named by the request ('Người yêu cầu công chứng phải …')", () => {
    expect(findParties("Người yêu cầu công chứng phải xuất trình bản chính giấy tờ.")?.parties).toEqual([
      "Người yêu cầu công chứng",
    ]);
  });
});

describe("findParties: a tax office named by whom it manages (Nghị định 122/2025/NĐ-CP)", () => {
  it("keeps 'quản lý trực tiếp …' in the name when the predicate follows close after", () => {
    expect(
      findParties(
        "Cơ quan thuế cấp tỉnh quản lý trực tiếp người nộp thuế lập và gửi hồ sơ đề nghị xóa nợ đến Cục Thuế để thẩm định.",
      )?.parties,
    ).toEqual(["Cơ quan thuế cấp tỉnh quản lý trực tiếp người nộp thuế"]);
  });

  it("not when nothing else follows: then managing is the predicate", () => {
    expect(findParties("Sở Y tế quản lý trực tiếp các bệnh viện tuyến tỉnh.")?.parties).toEqual(["Sở Y tế"]);
  });

  it("ends a name before the form an act follows ('cơ quan thuế cơ sở theo Mẫu số 02/XOANO')", () => {
    const text = "cơ quan thuế cơ sở theo Mẫu số 02/XOANO ban hành kèm theo Thông tư số 80/2021/TT-BTC.";
    expect(partiesAt(text, partyView(text), 0, false)?.parties).toEqual(["cơ quan thuế cơ sở"]);
  });

  it("reads a later clause's notice as its own subject's ('…; trường hợp … thì cơ quan thuế cấp tỉnh thông báo cho …')", () => {
    expect(
      findParties(
        "Cơ quan thuế cơ sở quản lý trực tiếp người nộp thuế lập và gửi hồ sơ đề nghị xóa nợ đến cơ quan thuế cấp tỉnh để thẩm định; trường hợp không thuộc đối tượng xóa nợ thì cơ quan thuế cấp tỉnh thông báo cho cơ quan thuế cơ sở theo Mẫu số 02/XOANO.",
      )?.parties,
    ).toEqual(["Cơ quan thuế cơ sở quản lý trực tiếp người nộp thuế"]);
  });
});

describe("findParties: a registry's desk and a land office's acts (Nghị định 102/2017, 112/2024)", () => {
  it("reads whoever receives the papers as the subject ('người tiếp nhận kiểm tra …', '… vào Sổ tiếp nhận')", () => {
    expect(
      findParties(
        "Trường hợp hồ sơ được nộp trực tiếp, thì sau khi nhận hồ sơ, người tiếp nhận kiểm tra tính hợp lệ của hồ sơ đăng ký.",
      )?.parties,
    ).toEqual(["người tiếp nhận"]);
    expect(
      findParties(
        "Trường hợp hồ sơ đăng ký hợp lệ, người tiếp nhận vào Sổ tiếp nhận, cấp cho người yêu cầu đăng ký Phiếu hẹn.",
      )?.parties,
    ).toEqual(["người tiếp nhận"]);
  });

  it("does not run a subject on over its own act and a second act joined by 'và' to a later 'phải'", () => {
    expect(
      findParties(
        "Trong thời hạn 07 ngày, kể từ ngày nhận được Bản kê khai hợp lệ, cơ quan tài nguyên và môi trường thẩm định Bản kê khai và ban hành văn bản xác nhận diện tích đất chuyên trồng lúa phải nộp tiền theo mẫu.",
      )?.parties,
    ).toEqual(["cơ quan tài nguyên và môi trường"]);
  });

  it("still runs on over an act that names the subject ('Tổ chức, cá nhân quan trắc … và công bố … chịu trách nhiệm')", () => {
    expect(
      findParties(
        "Tổ chức, cá nhân quan trắc môi trường và công bố thông tin về chất lượng môi trường cho cộng đồng chịu trách nhiệm trước pháp luật về tính chính xác của thông tin.",
      )?.parties.join("; "),
    ).toContain("công bố thông tin");
  });
});

describe("findParties: a step's label before its agent (Nghị định 112/2024/NĐ-CP)", () => {
  it("reads the agent after a label as it reads one that opens the sentence", () => {
    expect(
      findParties(
        "Nộp hồ sơ thực hiện thủ tục hành chính: Người sử dụng đất trồng lúa nộp 01 bộ hồ sơ trực tiếp hoặc gửi qua dịch vụ bưu chính.",
      )?.parties,
    ).toEqual(["Người sử dụng đất trồng lúa"]);
  });
});

describe("findParties: tax agents and a notice joined to the subject's act (Thông tư 10/2021/TT-BTC)", () => {
  it("reads a tax agent as a party ('Đại lý thuế gửi hồ sơ …')", () => {
    expect(
      findParties("Đại lý thuế gửi hồ sơ đăng ký cấp lại đến Cục Thuế (nơi đại lý thuế đóng trụ sở).")
        ?.parties,
    ).toEqual(["Đại lý thuế"]);
  });

  it("keeps the subject when it also tells someone ('…, đồng thời thông báo cho …')", () => {
    expect(
      findParties(
        "Cục Thuế (nơi đại lý thuế đóng trụ sở) ban hành quyết định đình chỉ kinh doanh dịch vụ làm thủ tục về thuế của đại lý thuế theo Mẫu 2.11, đồng thời thông báo cho cơ quan quản lý thuế trực tiếp của đại lý thuế.",
      )?.parties,
    ).toEqual(["Cục Thuế (nơi đại lý thuế đóng trụ sở)"]);
  });
});
