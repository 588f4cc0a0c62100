import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { splitClauses } from "../../src/language/sentences.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { findParties } from "../../src/obligations/responsible-parties.ts";

// An excerpt of Thông tư 11/2024/TT-BNV (Bộ Nội vụ, 18/10/2024) as a legal-text site prints it: the header on few
// lines, khoản titles on lines of their own above their bodies.
const CIRCULAR = `BỘ NỘI VỤ --------
Số: 11/2024/TT-BNV
Hà Nội, ngày 18 tháng 10 năm 2024 THÔNG TƯ QUY ĐỊNH VỀ VIỆC LẬP, QUẢN LÝ HỒ SƠ ĐỊA GIỚI ĐƠN VỊ HÀNH CHÍNH
Điều 4. Thẩm định, nghiệm thu hồ sơ địa giới đơn vị hành chính
1. Kiểm tra, rà soát hồ sơ địa giới đơn vị hành chính
a) Ủy ban nhân dân cấp tỉnh có văn bản đề nghị Bộ Tài nguyên và Môi trường kiểm tra, rà soát hồ sơ địa giới đơn vị hành chính của địa phương theo quy định của pháp luật về kỹ thuật xác định đường địa giới đơn vị hành chính, cắm mốc địa giới đơn vị hành chính, lập hồ sơ địa giới đơn vị hành chính các cấp.
b) Căn cứ kết quả kiểm tra, rà soát của Bộ Tài nguyên và Môi trường, Ủy ban nhân dân cấp tỉnh hoàn thiện hồ sơ gửi Bộ Nội vụ thẩm định, nghiệm thu.
5. Nghiệm thu số lượng, chất lượng hồ sơ địa giới đơn vị hành chính
Căn cứ kết quả biểu quyết của Hội đồng thẩm định, Bộ trưởng Bộ Nội vụ xem xét, quyết định nghiệm thu số lượng, chất lượng hồ sơ địa giới đơn vị hành chính các cấp của địa phương.
Điều 5. Quản lý, lưu trữ hồ sơ địa giới đơn vị hành chính
1. Ủy ban nhân dân cấp tỉnh giao nộp 01 bộ hồ sơ địa giới đơn vị hành chính vào lưu trữ lịch sử của Nhà nước ở trung ương tại Bộ Nội vụ.
2. Đối với hồ sơ địa giới đơn vị hành chính còn lại, Ủy ban nhân dân cấp tỉnh tiến hành bàn giao để quản lý, khai thác và sử dụng theo quy định của pháp luật về lưu trữ như sau:
a) Hồ sơ địa giới đơn vị hành chính cấp tỉnh được bàn giao tại Bộ Tài nguyên và Môi trường và Uỷ ban nhân dân cấp tỉnh.
b) Hồ sơ địa giới đơn vị hành chính cấp huyện được bàn giao tại Bộ Tài nguyên và Môi trường, Uỷ ban nhân dân cấp tỉnh và Uỷ ban nhân dân cấp huyện.
c) Hồ sơ địa giới đơn vị hành chính cấp xã được bàn giao tại Bộ Tài nguyên và Môi trường, Uỷ ban nhân dân cấp tỉnh, Uỷ ban nhân dân cấp huyện và Ủy ban nhân dân cấp xã.
Điều 8. Trách nhiệm của Ủy ban nhân dân các cấp
2. Trách nhiệm của Ủy ban nhân dân cấp huyện, cấp xã
a) Ủy ban nhân dân cấp huyện, cấp xã có trách nhiệm tổ chức lập, quản lý hồ sơ địa giới đơn vị hành chính trong phạm vi địa giới đơn vị hành chính của địa phương theo chức năng, nhiệm vụ được Ủy ban nhân dân cấp tỉnh giao.
b) Ủy ban nhân dân cấp xã có trách nhiệm quản lý mốc địa giới đơn vị hành chính trên thực địa tại địa phương; tổ chức tuyên truyền, phổ biến để Nhân dân nêu cao ý thức bảo vệ mốc địa giới đơn vị hành chính. Khi phát hiện mốc bị xê dịch vị trí, bị hư hỏng hoặc bị mất phải có trách nhiệm lập biên bản, xử lý theo thẩm quyền đối với cá nhân, tổ chức vi phạm theo quy định của pháp luật; báo cáo cấp có thẩm quyền để tổ chức khôi phục mốc địa giới đơn vị hành chính.
`;

function tasks() {
  const doc = parseDocument(CIRCULAR, "11-2024-tt-bnv.md");
  return extractObligations(doc).map((o) => ({
    at: o.passageId.split("#")[1],
    who: o.responsible.join("; "),
    when: o.deadline.kind,
  }));
}

describe("a ministry's circular read as an officer would (Thông tư 11/2024/TT-BNV)", () => {
  it("reads the subject after a basis that lists a nominal verb ('Căn cứ kết quả kiểm tra, rà soát của Bộ …, …')", () => {
    expect(tasks()).toContainEqual({ at: "dieu4.1.b", who: "Ủy ban nhân dân cấp tỉnh", when: "none" });
    expect(
      findParties(
        "Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục trên địa bàn quản lý chặt chẽ học sinh.",
      ),
    ).toBeNull();
  });

  it("gives a khoản's body its own sentence when its title runs into it ('… hồ sơ Căn cứ kết quả biểu quyết …')", () => {
    expect(tasks()).toContainEqual({ at: "dieu4.5", who: "Bộ trưởng Bộ Nội vụ", when: "none" });
    expect(
      splitClauses("Nghiệm thu hồ sơ địa giới Căn cứ kết quả biểu quyết, Bộ trưởng quyết định."),
    ).toEqual(["Nghiệm thu hồ sơ địa giới", "Căn cứ kết quả biểu quyết, Bộ trưởng quyết định."]);
    // A capitalised name mid-sentence is no title's end.
    expect(splitClauses("Sở Tư pháp phối hợp với Trường Chính trị tỉnh.")).toHaveLength(1);
  });

  it("keeps a lead-in as the task when its items only say where its own act befalls each thing ('được bàn giao tại …')", () => {
    const found = tasks();
    expect(found).toContainEqual({ at: "dieu5.2", who: "Ủy ban nhân dân cấp tỉnh", when: "none" });
    expect(found.filter((t) => t.at.startsWith("dieu5.2."))).toEqual([]);
  });

  it("gives a duty with its subject unsaid after a passive condition to the sentence before ('Khi phát hiện mốc bị …, bị hư hỏng … phải')", () => {
    expect(tasks()).toContainEqual({ at: "dieu8.2.b", who: "Ủy ban nhân dân cấp xã", when: "event" });
    expect(
      tasks()
        .filter((t) => t.at === "dieu8.2.b")
        .map((t) => t.who),
    ).toEqual(["Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp xã"]);
  });
});

describe("findParties: a ministry's departments (Bộ Tư pháp's Kế hoạch 173/QĐ-BTP, 2015)", () => {
  it("heads a party with a capitalised 'Vụ', not the 'vụ' of a case", () => {
    expect(findParties("Vụ Pháp chế chủ trì tổng hợp báo cáo.")?.parties).toEqual(["Vụ Pháp chế"]);
    expect(
      findParties("Giao Vụ Tổ chức cán bộ chủ trì, phối hợp với Vụ Kế hoạch - Tài chính thực hiện.")?.parties,
    ).toEqual(["Vụ Tổ chức cán bộ"]);
    expect(findParties("Vụ việc phải được xử lý kịp thời.")).toBeNull();
  });
});

describe("findParties: Bộ Tài chính's circulars (Thông tư 43/2023/TT-BTC)", () => {
  it("keeps a department whose name holds a comma in the list that executes the circular", () => {
    expect(
      findParties(
        "Chánh Văn phòng Bộ Tài chính, Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán, Tổng cục trưởng Tổng cục Thuế chịu trách nhiệm thi hành Thông tư này.",
      )?.parties,
    ).toEqual([
      "Chánh Văn phòng Bộ Tài chính",
      "Vụ trưởng Vụ Pháp chế",
      "Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán",
      "Tổng cục trưởng Tổng cục Thuế",
    ]);
    // A verb after a comma that orders a lower level is still the predicate.
    expect(
      findParties(
        "Ủy ban nhân dân các huyện, thị xã, thành phố, chỉ đạo Ủy ban nhân dân cấp xã, Công an xã thực hiện.",
      )?.parties,
    ).toEqual(["Ủy ban nhân dân các huyện, thị xã, thành phố"]);
  });

  it("reads 'thi' (an exam) as a word of the subject, not the 'thì' that opens a main clause", () => {
    expect(
      findParties("Người đăng ký dự thi lần đầu phải đăng ký dự thi tối thiểu 03/05 môn thi chuyên ngành.")
        ?.parties,
    ).toEqual(["Người đăng ký dự thi lần đầu"]);
  });
});

// Thông tư 43/2023/TT-BTC as the crawl prints it (the site's name before each article), Điều 7 khoản 1: a paragraph
// that binds the tax office, then leads the taxpayer's cases.
const AMENDMENT = `Thông tư 43/2023/TT-BTC. BỘ TÀI CHÍNH -------
Số: 43/2023/TT-BTC
Hà Nội, ngày 27 tháng 6 năm 2023 THÔNG TƯ SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC THÔNG TƯ CÓ QUY ĐỊNH LIÊN QUAN ĐẾN VIỆC NỘP, XUẤT TRÌNH VÀ KHAI THÔNG TIN VỀ ĐĂNG KÝ SỔ HỘ KHẨU, SỔ TẠM TRÚ HOẶC GIẤY TỜ CÓ YÊU CẦU XÁC NHẬN CỦA ĐỊA PHƯƠNG NƠI CƯ TRÚ KHI THỰC HIỆN CÁC CHÍNH SÁCH HOẶC THỦ TỤC HÀNH CHÍNH THUỘC LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA BỘ TÀI CHÍNH
Thông tư 43/2023/TT-BTC. Điều 7. Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ 
1. Sửa đổi, bổ sung khoản 1
Điều 53 như sau:
Cơ quan thuế có trách nhiệm khai thác thông tin trong Cơ sở dữ liệu quốc gia về dân cư theo quy định tại Điều 84 Thông tư này để giải quyết thủ tục miễn thuế cho người nộp thuế. Trường hợp không thể khai thác thông tin về cơ trú của công dân trong Cơ sở dữ liệu quốc gia về dân cư thì người nộp thuế cung cấp các giấy tờ liên quan đến việc xác định đối tượng được miễn thuế theo từng trường hợp, cụ thể như sau:
a) Đối với bất động sản chuyển nhượng, thừa kế, quà tặng giữa vợ với chồng cần một trong các giấy tờ sau: Xác nhận thông tin về cư trú hoặc Thông báo số định danh cá nhân và thông tin công dân trong Cơ sở dữ liệu quốc gia về dân cư hoặc bản sao Giấy chứng nhận kết hôn hoặc Quyết định của Tòa án xử ly hôn, tái hôn (đối với trường hợp chia nhà do ly hôn; hợp nhất quyền sở hữu do tái hôn).
b) Đối với bất động sản chuyển nhượng, thừa kế, quà tặng giữa cha đẻ, mẹ đẻ với con đẻ cần có một trong các giấy tờ sau: Xác nhận thông tin về cư trú hoặc Thông báo số định danh cá nhân và thông tin công dân trong Cơ sở dữ liệu quốc gia về dân cư hoặc bản sao Giấy khai sinh. Trường hợp con ngoài giá thú thì phải có bản sao Quyết định công nhận việc nhận cha, mẹ, con của cơ quan có thẩm quyền.
`;

describe("lead-ins of several sentences (Thông tư 43/2023/TT-BTC)", () => {
  it("keeps a sentence that binds a party before the one that leads the list", () => {
    const doc = parseDocument(AMENDMENT, "43-2023-tt-btc.md");
    const bound = doc.passages.find((p) => p.text.startsWith("Cơ quan thuế có trách nhiệm khai thác"));
    const own = extractObligations(doc).filter((o) => o.passageId === bound?.id);
    expect(own.map((o) => o.responsible)).toEqual([["Cơ quan thuế"]]);
    expect(own[0]?.action).toContain("khai thác thông tin");
  });

  it("gives the items of a lead-in that takes on 'các việc sau' to its subject", () => {
    const plan = [
      "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
      "Số: 5/KH-UBND",
      "Hà Nam, ngày 10 tháng 01 năm 2026",
      "KẾ HOẠCH",
      "I. NHIỆM VỤ",
      "1. Sở Y tế thực hiện các việc sau:",
      "a) Kiểm tra việc chi trả tại các cơ sở;",
      "b) Báo cáo kết quả về Bộ Y tế trước ngày 15/12/2026.",
      "2. Sở Tài chính thực hiện:",
      "a) Thẩm định dự toán kinh phí.",
    ].join("\n\n");
    const found = extractObligations(parseDocument(plan, "5-2026-kh-ubnd.md")).map((o) =>
      o.responsible.join("; "),
    );
    expect(found).toEqual(["Sở Y tế", "Sở Y tế", "Sở Tài chính"]);
  });
});

// Nghị định 122/2025/NĐ-CP (phân quyền, phân cấp in tax administration), Điều 3: each khoản names a matter of any
// length, then the minister who must guide it.
const DECREE = `CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 122/2025/NĐ-CP
Hà Nội, ngày 11 tháng 6 năm 2025
NGHỊ ĐỊNH QUY ĐỊNH VỀ PHÂN QUYỀN, PHÂN CẤP TRONG LĨNH VỰC QUẢN LÝ THUẾ
Điều 3. Hồ sơ khai thuế, thời hạn nộp và địa điểm nộp hồ sơ khai thuế
1. Việc người nộp thuế không phải nộp các chứng từ trong hồ sơ khai thuế, nộp thuế, hồ sơ hoàn thuế và các hồ sơ thuế khác mà cơ quan quản lý nhà nước đã có, căn cứ tình hình thực tế và điều kiện trang bị công nghệ thông tin theo quy định tại khoản 11 Điều 17 Luật Quản lý thuế số 38/2019/QH14 ngày 13 tháng 6 năm 2019 do Bộ trưởng Bộ Tài chính hướng dẫn.
4. Địa điểm nộp hồ sơ khai thuế đối với người nộp thuế có nhiều hoạt động sản xuất, kinh doanh; người nộp thuế thực hiện hoạt động sản xuất, kinh doanh ở nhiều địa bàn; người nộp thuế có phát sinh nghĩa vụ thuế đối với các loại thuế khai và nộp theo từng lần phát sinh, các khoản thu từ đất, cấp quyền khai thác tài nguyên nước, tài nguyên khoáng sản, quyết toán thuế thu nhập cá nhân; và người nộp thuế thực hiện khai thuế thông qua giao dịch điện tử cùng các trường hợp cần thiết khác theo quy định tại khoản 4 Điều 45 Luật Quản lý thuế số 38/2019/QH14 ngày 13 tháng 6 năm 2019 do Bộ trưởng Bộ Tài chính hướng dẫn.
`;

describe("an agent closing the sentence (Nghị định 122/2025/NĐ-CP)", () => {
  it("charges 'Bộ trưởng Bộ Tài chính' with guiding the matter '… do Bộ trưởng Bộ Tài chính hướng dẫn.' names", () => {
    const found = extractObligations(parseDocument(DECREE, "122-2025-nd-cp.md"));
    expect(found.map((o) => o.responsible)).toEqual([["Bộ trưởng Bộ Tài chính"], ["Bộ trưởng Bộ Tài chính"]]);
    // Its act, then the matter, with the matter's first letter kept ("Địa điểm", not "a điểm").
    expect(found[1]?.action).toMatch(/^hướng dẫn: Địa điểm nộp hồ sơ khai thuế/u);
  });

  it("reads no task in a document's issuer ('… do Bảo hiểm xã hội Việt Nam ban hành.')", () => {
    expect(
      findParties(
        "Mẫu thẻ bảo hiểm y tế theo quy định tại Quyết định số 1666/QĐ-BHXH năm 2020 và các văn bản liên quan do Bảo hiểm xã hội Việt Nam ban hành.",
      ),
    ).toBeNull();
  });
});

describe("a long basis before the subject (Thông tư 11/2024/TT-BNV, Điều 3)", () => {
  it("reads the subject after a basis that lists nominal verbs and runs past 300 characters", () => {
    const sentence =
      "Căn cứ văn bản của cấp có thẩm quyền về thành lập, giải thể, nhập, chia, điều chỉnh địa giới đơn vị hành chính; văn bản về xác định địa giới đơn vị hành chính tại khu vực chưa thống nhất về địa giới đơn vị hành chính hoặc trường hợp cần thiết phải xê dịch vị trí cắm mốc địa giới đơn vị hành chính ở thực địa, Ủy ban nhân dân cấp tỉnh tổ chức khảo sát, đánh giá hiện trạng địa giới đơn vị hành chính ở thực địa.";
    expect(findParties(sentence)?.parties).toEqual(["Ủy ban nhân dân cấp tỉnh"]);
    // A verb in the basis that names whom it works with opens a main clause with no subject of its own.
    expect(
      findParties(
        "Căn cứ chức năng quản lý, ngành, lĩnh vực, phạm vi quản lý, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh nắm bắt tình hình.",
      ),
    ).toBeNull();
  });

  it("reads no task in who issued the documents a title names ('… các Thông tư khác do Bộ trưởng Bộ Tài chính ban hành')", () => {
    expect(
      findParties("Bãi bỏ một số nội dung tại các Thông tư khác do Bộ trưởng Bộ Tài chính ban hành"),
    ).toBeNull();
  });
});
