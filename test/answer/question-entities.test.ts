import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { metadataFields } from "../../src/answer/metadata-answerer.ts";
import {
  disagreement,
  documentsNamed,
  documentsTitled,
  draftedBy,
  entityRefusalText,
  heldDocumentsOfPlaces,
  namedDays,
  namedMonths,
  namedPlaces,
  namesNumber,
  namesOnly,
  placeActed,
  placeIssues,
  placeOnlyByNationalRule,
  questionEntities,
  spelledOut,
  withoutTitles,
  writesPlace,
} from "../../src/answer/question-entities.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import type { DocumentMeta } from "../../src/corpus/types.ts";
import { CORPUS, documentMeta, ROOT } from "../helpers.ts";

const DEV = path.join(ROOT, "..", "shared", "dev-corpus", "docs");
const seed = (id: string) => parseDocument(readFileSync(`${CORPUS}/${id}.md`, "utf8"), `${id}.md`).meta;
const national = documentMeta({
  id: "75-2021-n-cp",
  title: "Nghị định quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng",
  kind: "Nghị định",
  number: "75/2021/NĐ-CP",
  issuer: "Chính phủ",
  issuedDate: "2021-07-24",
});

describe("documentsTitled", () => {
  const law = (title: string): DocumentMeta => ({ ...national, id: title, title, kind: "Luật", number: "" });
  const laws = [law("LUẬT GIÁO DỤC"), law("LUẬT THANH NIÊN"), law("LUẬT HÔN NHÂN VÀ GIA ĐÌNH")];
  const titled = (q: string) => documentsTitled(q, laws).map((d) => d.title);

  it("finds the law a question names by its title, typed with or without accents or 'và'", () => {
    expect(titled("Theo Luật Thanh niên, thanh niên là người trong độ tuổi nào?")).toEqual([
      "LUẬT THANH NIÊN",
    ]);
    expect(titled("theo luat hon nhan gia dinh bao nhieu tuoi thi duoc ket hon")).toEqual([
      "LUẬT HÔN NHÂN VÀ GIA ĐÌNH",
    ]);
  });

  it("names nothing by a title that is only the kind, as a header that lost its subject gives ('KẾ HOẠCH', 980/KH-UBND)", () => {
    const plan = { ...national, id: "980-2025-kh-ubnd-nghean", title: "KẾ HOẠCH", kind: "Kế hoạch" };
    expect(
      documentsTitled("báo cáo kế hoạch và nhu cầu hỗ trợ gửi Văn phòng Chính phủ trước ngày nào?", [plan]),
    ).toEqual([]);
  });

  it("reads 'Công điện 234' and 'CĐ 234' as a document named by its number", () => {
    expect(
      questionEntities("cong dien 234 chien dich quang trung: bao cao truoc ngay nao?").bareNumbers,
    ).toEqual(["234"]);
    expect(questionEntities("CĐ 234: báo cáo trước ngày nào?")).toMatchObject({
      bareNumbers: ["234"],
      kinds: ["Công điện"],
    });
  });

  it("names nothing when the title is not written whole, and ignores long titles", () => {
    expect(titled("Thanh niên được giáo dục thế nào?")).toEqual([]);
    expect(documentsTitled("quyết định về việc ban hành", [{ ...national, title: national.title }])).toEqual(
      [],
    );
  });
});

describe("namedPlaces", () => {
  it("reads places with their level and bare province names written with capitals", () => {
    expect(namedPlaces("Tỉnh Điện Biên rà soát quy hoạch cán bộ trẻ khi nào?")).toEqual([
      { level: "tỉnh", name: "Điện Biên", key: "dien bien" },
    ]);
    expect(namedPlaces("Bí thư Tỉnh ủy Lạng Sơn làm việc với Ban Tổ chức Tỉnh ủy ngày nào?")).toEqual([
      { level: "", name: "Lạng Sơn", key: "lang son" },
    ]);
    expect(namedPlaces("UBND huyện Yên Bình và xã Tân Lập phải làm gì?").map((p) => p.name)).toEqual([
      "Yên Bình",
      "Tân Lập",
    ]);
    expect(namedPlaces("TP. Hồ Chí Minh hỗ trợ bao nhiêu?").map((p) => p.name)).toEqual(["Hồ Chí Minh"]);
  });

  it("reads a province typed without diacritics after 'tinh' or 'thanh pho'", () => {
    expect(namedPlaces("tinh quang ninh ket nap bao nhieu dang vien").map((p) => p.name)).toEqual([
      "Quảng Ninh",
    ]);
  });

  it("does not take 'Tỉnh ủy', 'xã hội' or 'hòa bình' for places", () => {
    expect(
      namedPlaces("Ban Tổ chức Tỉnh ủy và Sở Lao động - Thương binh và Xã hội giữ vững hòa bình"),
    ).toEqual([]);
  });
});

describe("questionEntities", () => {
  it("reads no document number in an amount per unit: '50 nghìn đồng/1 mẫu'", () => {
    const entities = questionEntities("vbhn 834: muc chi lay mau la 50 nghin dong/1 mau, dung khong a");
    expect(entities.numbers).toEqual([]);
    expect(entities.bareNumbers).toEqual(["834"]);
    expect(questionEntities("Công văn 05-HD/TU hướng dẫn gì?").numbers).toEqual(["05-hd/tu"]);
  });

  it("reads years on their own, not inside dates, periods or document numbers", () => {
    expect(questionEntities("Năm 2023 tỉnh đã bồi dưỡng bao nhiêu cán bộ trẻ?").years).toEqual(["2023"]);
    expect(questionEntities("Những việc nào phải xong trước 31/12/2024?").years).toEqual([]);
    expect(questionEntities("qd 08/2024 ve tieu chuan can bo xa giai doan 2021-2025").years).toEqual([]);
  });

  it("reads the issuing body of a named document, as written", () => {
    expect(questionEntities("Kết luận của Ban Thường vụ Tỉnh ủy Điện Biên về cán bộ trẻ?").issuer).toBe(
      "Ban Thường vụ Tỉnh ủy Điện Biên",
    );
    expect(questionEntities("Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về việc gì?").issuer).toBe(
      "Bộ Chính trị",
    );
    expect(questionEntities("huong dan 05-HD/TU ngay 18/02/2022 cua co quan nao").issuer).toBeNull();
    // The body's name ends at a verb acting on another text.
    expect(
      questionEntities("Quyết định của Thủ tướng thay thế QĐ 104/1999 có hiệu lực từ ngày nào?").issuer,
    ).toBe("Thủ tướng");
    // A body whole in itself ends at any verb after it ("kiện toàn", "phê duyệt" are no stop words).
    expect(
      questionEntities(
        "Quyết định 798/QĐ-TTg của Thủ tướng kiện toàn Ban Chỉ đạo Trung ương được ký ngày nào?",
      ).issuer,
    ).toBe("Thủ tướng");
    expect(
      questionEntities("Quyết định của Ủy ban nhân dân tỉnh phê duyệt quy hoạch sử dụng đất ký ngày nào?")
        .issuer,
    ).toBe("Ủy ban nhân dân tỉnh");
    // A report the numbered resolution considers is another text: its author is not the resolution's issuer.
    expect(
      questionEntities(
        "NQ 494/NQ-UBTVQH13 có xem xét báo cáo của Chính phủ về chính sách NCC; báo cáo đó số mấy?",
      ).issuer,
    ).toBeNull();
    expect(questionEntities("Báo cáo số 31/BC-CP của Chính phủ về chính sách NCC nêu gì?").issuer).toBe(
      "Chính phủ",
    );
    // So is a resolution the decision, named by its bare number, is based on ("căn cứ" ends the decision's issuer).
    const based =
      "qd 6154 ubnd ha noi can cu nghi quyet cua hdnd tp ve du toan nam 2012; nq do thong qua ngay nao";
    expect(questionEntities(based).issuer).toBeNull();
    expect(questionEntities("QĐ 6154 của UBND Hà Nội căn cứ nghị quyết của HĐND TP").issuer).toBe(
      "UBND Hà Nội",
    );
  });

  it("reads 'PL 02/2020' as an ordinance's number, and the term of an elected body ('khóa XIV', 'khoa 13')", () => {
    expect(questionEntities("Theo PL 02/2020, quân nhân bị bệnh khi làm nhiệm vụ …").bareNumbers).toEqual([
      "02/2020",
    ]);
    expect(questionEntities("UBTVQH khóa XIV có nghị quyết giám sát không?").terms).toEqual([14]);
    expect(questionEntities("ubtvqh khoa 13 giam sat nguoi co cong").terms).toEqual([13]);
    expect(questionEntities("Ủy ban Thường vụ Quốc hội giám sát gì?").terms).toEqual([]);
  });

  it("reads who signed, asked by office ('thủ trưởng nào ký', 'thu truong nao ky')", () => {
    expect(metadataFields("Thứ trưởng nào ký công văn 2864?").fields).toEqual(["signer"]);
    expect(metadataFields("cv 2638 do thu truong nao ky").fields).toEqual(["signer"]);
    expect(metadataFields("Định kỳ nào báo cáo?").fields).toEqual([]);
    // "chữ ký số" is a technology a text governs (Quyết định 165/2025/QĐ-UBND, Ninh Bình); "chữ ký" alone is the signer.
    expect(
      metadataFields(
        "QĐ 165/2025 Ninh Bình: Sở KH&CN báo cáo tình hình sử dụng chứng thư chữ ký số trước ngày nào hằng năm?",
      ).fields,
    ).toEqual([]);
    expect(metadataFields("chữ ký trên QĐ 165 là của ai?").fields).toEqual(["signer"]);
    // A choice between two signers asks who signed; the office named is not the issuer the document must agree with.
    expect(metadataFields("cv 2214 la bo truong hay thu truong ky").fields).toEqual(["signer"]);
    // The capacity a signer signed in is asked of the signature block too.
    expect(metadataFields("qd 170/2008 ong nguyen sinh hung ky voi chuc vu gi").fields).toEqual(["signer"]);
    // Asked after the document is described: the description stays as the topic that finds it.
    const described = metadataFields(
      "Ông Nguyễn Sinh Hùng ký Quyết định về chế độ bảo hiểm y tế cho thanh niên xung phong thời kỳ chống Pháp với chức vụ gì?",
    );
    expect(described.fields).toEqual(["signer"]);
    expect(described.rest).toContain("quyet dinh ve che do bao hiem y te cho thanh nien xung phong thoi ky");
    expect(metadataFields("CV 1414 ông Ngô Văn Độ ký với chức danh gì, thừa lệnh ai?").fields).toEqual([
      "signer",
    ]);
    expect(questionEntities("Quyết định 12/2012 do chủ tịch hay phó chủ tịch ký?").issuer).toBeNull();
    expect(questionEntities("Quyết định 12/2012 do UBND tỉnh Tuyên Quang ban hành?").issuer).not.toBeNull();
    // The number of a thing the question names is not the document's.
    expect(metadataFields("cv 2638 so dien thoai cua cuc la so may").fields).toEqual([]);
    expect(metadataFields("cv 2638 la so may").fields).toEqual(["number"]);
    // "ngày kỷ niệm" is a day of remembrance, not a day of signing.
    expect(
      metadataFields("ngay thuong binh liet si 27/7 duoc chon lam ngay ky niem tu nam nao").fields,
    ).toEqual([]);
    expect(metadataFields("ngay ky cong van 1921").fields).toEqual(["issuedDate"]);
    expect(metadataFields("nd 23/2012 theo de nghi cua bo truong nhung bo nao").fields).toEqual(["proposer"]);
    expect(metadataFields("QĐ 170/2008 có gửi VP Chủ tịch nước, VP Quốc hội không?").fields).toEqual([
      "recipients",
    ]);
    // Whom it is sent to, asked by the kind of body or person.
    expect(metadataFields("CV 2214 còn được gửi ủy ban nào của Quốc hội?").fields).toEqual(["recipients"]);
    expect(metadataFields("QĐ 6154 gửi cho những đồng chí phó văn phòng nào?").fields).toEqual([
      "recipients",
    ]);
    expect(metadataFields("Sở phải gửi cho Bộ báo cáo trước ngày nào?").fields).toEqual([]);
  });

  it("reads a time limit as no date of issue, even after the document's name ('cv 1921 … phải … trước ngày nào')", () => {
    expect(
      metadataFields("cv 1921/ldtbxh-ncc: trung tam dieu duong phai quyet toan kinh phi truoc ngay nao")
        .fields,
    ).toEqual([]);
    expect(metadataFields("QĐ 12/2012 chậm nhất ngày nào").fields).toEqual([]);
    // The day of signing as where a count starts, and a day mentioned on the way to asking for a person.
    expect(
      metadataFields("Thông tư liên tịch 47/2009 có hiệu lực thi hành sau bao nhiêu ngày kể từ ngày ký?")
        .fields,
    ).toEqual([]);
    expect(
      metadataFields("Bộ trưởng Bộ Xây dựng năm 2001, thời điểm ban hành Thông tư 04/2001/TT-BXD, là ai?")
        .fields,
    ).toEqual([]);
    expect(metadataFields("Công văn 1921 ngày nào").fields).toEqual(["issuedDate"]);
    // Other ways to ask the day of issue, and the signer.
    for (const q of [
      "Quyết định tặng quà được ký vào ngày tháng năm nào?",
      "Công văn 2864 đề ngày mấy?",
      "Pháp lệnh ưu đãi người có công 2020 được thông qua ngày nào?",
      "cv 1414 tct ngay bao nhieu",
      "Văn bản hợp nhất 836 được xác thực ngày nào?",
    ])
      expect(metadataFields(q).fields).toEqual(["issuedDate"]);
    expect(metadataFields("Ai đứng tên ký nghị định 87/2013?").fields).toEqual(["signer"]);
    // A consolidated text is signed by whoever authenticates it ("xác thực").
    expect(metadataFields("vbhn 834 ai xac thuc").fields).toEqual(["signer"]);
    expect(metadataFields("Ai xác thực văn bản hợp nhất 834?").fields).toEqual(["signer"]);
    expect(metadataFields("Ngày tháng năm ban hành của Quyết định tặng quà?").fields).toEqual(["issuedDate"]);
    // "CV 2864 của bộ nào?" asks the issuer; "trách nhiệm của sở nào" asks who must act.
    expect(metadataFields("CV 2864 của bộ nào?").fields).toEqual(["issuer"]);
    expect(metadataFields("QĐ 12/2012 là của tỉnh nào").fields).toEqual(["issuer"]);
    expect(metadataFields("Việc lập danh sách là trách nhiệm của sở nào?").fields).toEqual([]);
    // Who receives it, asked from the receiving side; "nhận được kinh phí" and "có gửi báo cáo không" are not.
    for (const q of [
      "Những đơn vị nào nhận được công văn 2864?",
      "Ai là người nhận công văn 2638?",
      "Văn bản 12/2012 Tuyên Quang có gửi Ủy ban MTTQ tỉnh không?",
    ])
      expect(metadataFields(q).fields).toEqual(["recipients"]);
    expect(metadataFields("Những đơn vị nào nhận được kinh phí?").fields).toEqual([]);
    expect(metadataFields("VBHN 4804 còn gửi cổng thông tin nào?").fields).toEqual(["recipients"]);
    expect(metadataFields("Sở có gửi báo cáo không?").fields).toEqual([]);
  });

  it("reads 'nghị định số mấy' and 'quyết định số bao nhiêu' as a number, not 'quy định số mấy'; and the month named", () => {
    expect(metadataFields("Nghị định này là nghị định số mấy?").fields).toEqual(["number"]);
    expect(metadataFields("quyet dinh tang qua la quyet dinh so bao nhieu").fields).toEqual(["number"]);
    expect(metadataFields("quy dinh so may").fields).toEqual([]);
    // "trên cơ sở nào" (on what basis) folds like "có số nào" (which number).
    expect(metadataFields("Dự toán năm 2020 xây dựng trên cơ sở nào?").fields).toEqual([]);
    expect(metadataFields("du toan xay dung tren co so nao").fields).toEqual([]);
    expect(metadataFields("so van ban cua ubnd tinh tuyen quang ve tang qua").fields).toEqual(["number"]);
    expect(metadataFields("Cho hỏi số của công văn Bộ LĐTBXH tháng 3/2013").fields).toEqual(["number"]);
    expect(metadataFields("Số văn bản UBND đã ban hành năm 2024 là bao nhiêu?").fields).toEqual([]);
    expect(metadataFields("Số, ký hiệu của công văn Tổng cục Thuế?").rest).toBe("cua cong van tong cuc thue");
    expect(namedMonths("Văn bản của Bộ Xây dựng tháng 10/2013")).toEqual(["2013-10"]);
    expect(namedMonths("ban hành tháng 6 năm 2024")).toEqual(["2024-06"]);
    expect(namedMonths("ngày 10/10/2013")).toEqual([]);
  });

  it("an issuer's name ends at any closing punctuation ('… của Bộ Xây dựng\")', pasted quotes)", () => {
    expect(questionEntities('Công văn của Bộ Xây dựng") ban hành ngày nào?').issuer).toBe("Bộ Xây dựng");
  });

  it("reads kinds, the longest form first", () => {
    expect(questionEntities("Thông báo kết luận số hiệu là gì?").kinds).toEqual(["Thông báo kết luận"]);
    expect(questionEntities("NQ 20 va NQ 32 trien khai duoc bao lau roi").kinds).toEqual(["Nghị quyết"]);
    // "pháp luật", "kỷ luật", "luật sư" name no law; "Luật Cư trú" does.
    expect(
      questionEntities(
        "Nghị quyết về giám sát thực hiện chính sách, pháp luật về người có công do ai ban hành?",
      ).kinds,
    ).toEqual(["Nghị quyết"]);
    expect(questionEntities("hình thức kỷ luật và thuê luật sư").kinds).toEqual([]);
    expect(questionEntities("Theo Luật Cư trú, ai phải đăng ký tạm trú?").kinds).toEqual(["Luật"]);
    // "TB 81%" is thương binh 81%, no Thông báo số 81; "tb 81" without a rate still is.
    const rate = questionEntities("Người phục vụ thương binh (TB 81% trở lên) được trợ cấp bao nhiêu?");
    expect([rate.kinds, rate.bareNumbers]).toEqual([[], []]);
    expect(questionEntities("tb 81 do ai ký").bareNumbers).toEqual(["81"]);
    // "KH 3 năm 2020-2022" is a three-year plan; "NĐ 102 năm 2018" and "QĐ 170 ngày 15/7/2008" name documents.
    expect(
      questionEntities("Sở lập KH tài chính - NSNN 3 năm 2020-2022 thì căn cứ KH 3 năm nào").bareNumbers,
    ).toEqual([]);
    expect(questionEntities("theo NĐ 102 năm 2018 thì sao").bareNumbers).toEqual(["102"]);
    expect(questionEntities("QĐ 170 ngày 15/7/2008 do ai ký").bareNumbers).toEqual(["170"]);
    expect(questionEntities("tt 47/2009 quy dinh muc chi bao nhieu").bareNumbers).toEqual(["47/2009"]);
  });
});

describe("namesOnly: several numbers that name one document", () => {
  // 836-2024-vbhn-bldtbxh consolidates Thông tư 24/2009, whose title cites the decision it guides.
  const vbhn = documentMeta({
    id: "836-2024-vbhn-bldtbxh",
    title: "Thông tư hướng dẫn thực hiện Quyết định số 170/2008/QĐ-TTg ngày 18 tháng 12 năm 2008",
    kind: "Văn bản hợp nhất",
    number: "836/VBHN-BLĐTBXH",
    issuedDate: "2024-03-05",
  });
  const consolidates = () => ["24/2009/TT-BLĐTBXH"];

  it("reads the circular, the decision it guides and the consolidated text as the one document", () => {
    expect(
      namesOnly(
        "Thông tư 24/2009 hướng dẫn QĐ 170 (VBHN 836) có hiệu lực sau bao nhiêu ngày?",
        vbhn,
        consolidates,
      ),
    ).toBe(true);
  });

  it("leaves a question about the decision the title cites to that decision", () => {
    expect(namesOnly("Theo VBHN 836, QĐ 170/2008 có hiệu lực từ ngày nào?", vbhn, consolidates)).toBe(false);
    expect(namesOnly("VBHN 836 và NĐ 75/2021 có hiệu lực từ ngày nào?", vbhn, consolidates)).toBe(false);
  });
});

describe("metadata questions on consolidated texts and coefficients", () => {
  it("reads 'vbhn 834' as a document number, and 'hệ số bao nhiêu' as no question about a document", () => {
    expect(questionEntities("vbhn 834 ba me viet nam anh hung duoc tro cap bao nhieu").bareNumbers).toEqual([
      "834",
    ]);
    expect(questionEntities("Văn bản hợp nhất 834 ban hành ngày nào?").bareNumbers).toEqual(["834"]);
    expect(metadataFields("Lương quân hàm Chuẩn úy được tính theo hệ số bao nhiêu?").fields).toEqual([]);
    expect(metadataFields("Quyết định giao chỉ tiêu có số bao nhiêu?").fields).toEqual(["number"]);
    expect(metadataFields("Nghị định 23/2012/NĐ-CP được gửi đến những ngân hàng nào?").fields).toEqual([
      "recipients",
    ]);
    // "trước 1945" bounds who is meant; "năm 2024" names the document's year.
    expect(questionEntities("nguoi hoat dong cach mang truoc 1945 duoc tro cap bao nhieu").years).toEqual([]);
    expect(questionEntities("Kết luận năm 2024 về cán bộ trẻ").years).toEqual(["2024"]);
  });

  it("reads a day of issue named in full", () => {
    expect(namedDays("ban hanh ngay 05/3/2024 co so hieu la gi")).toEqual(["2024-03-05"]);
    expect(namedDays("Kế hoạch ngày 5 tháng 3 năm 2024")).toEqual(["2024-03-05"]);
    expect(namedDays("Nghị định 75/2021 năm 2024")).toEqual([]);
  });

  it("tells 'hướng dẫn' (the letter's own act) from 'hưởng' (receiving a benefit) typed without accents", () => {
    expect(metadataFields("cv 895 ldtbxh huong dan giai quyet che do uu dai ngay nao").fields).toEqual([
      "issuedDate",
    ]);
    expect(metadataFields("cong van 895 nguoi co cong duoc huong tro cap tu ngay nao").fields).toEqual([]);
  });
});

describe("metadata questions asked the way officers ask them", () => {
  it("reads recipients asked with a purpose, or as yes/no, and an issuer asked by level and place", () => {
    expect(
      metadataFields("CV 3354/VPCP-KGVX ngoài Bộ LĐTBXH còn được gửi để báo cáo những ai?").fields,
    ).toEqual(["recipients"]);
    expect(
      metadataFields("qd 40/2011 ve che do tnxp co gui cho hoi cuu thanh nien xung phong khong").fields,
    ).toEqual(["recipients"]);
    expect(
      metadataFields(
        "QĐ 6154/QĐ-UBND về điều dưỡng luân phiên người có công là của UBND tỉnh, thành phố nào?",
      ).fields,
    ).toEqual(["issuer"]);
    // A duty to send is not a question about the document's recipients.
    expect(metadataFields("Sở LĐTBXH có phải gửi báo cáo cho Bộ không?").fields).toEqual([]);
  });

  it("reads the capacity of a signer named before a full document number, and no signer when a time is asked", () => {
    expect(
      metadataFields("Ông Bùi Hồng Lĩnh ký Công văn 1921/LĐTBXH-NCC năm 2013 về điều dưỡng với chức vụ gì?")
        .fields,
    ).toEqual(["signer"]);
    // The signer only names whom the time is about; the signature block gives no such time.
    expect(
      metadataFields("Thứ trưởng Nguyễn Bá Hoan, người ký xác thực VBHN 836, được bổ nhiệm từ năm nào?")
        .fields,
    ).toEqual([]);
    expect(metadataFields("Ai ký công văn 895 và ký ngày nào?").fields).toEqual(["signer", "issuedDate"]);
  });
});

describe("placeOnlyByNationalRule", () => {
  it("names the place a national text agrees with only because it applies everywhere", () => {
    const asked = questionEntities("hai phong dieu duong luan phien nguoi co cong may nam mot lan");
    const rule = "Điều dưỡng phục hồi sức khỏe hai năm một lần.";
    expect(placeOnlyByNationalRule(asked, national, rule)).toBe("thành phố Hải Phòng");
    // The passage names the place, the question names the document, or the text is the place's own: no caveat.
    expect(placeOnlyByNationalRule(asked, national, `${rule} Áp dụng tại Hải Phòng.`)).toBeNull();
    const named = questionEntities("Theo Nghị định 75/2021, ở Hải Phòng điều dưỡng mấy năm một lần?");
    expect(placeOnlyByNationalRule(named, national, rule)).toBeNull();
    const local = { ...national, issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", province: "Hải Phòng" };
    expect(placeOnlyByNationalRule(asked, local, rule)).toBeNull();
  });
});

describe("placeIssues", () => {
  it("tells a place that has or issues a text of its own from one that applies a national text", () => {
    expect(placeIssues("UBND tỉnh Nam Định có QĐ chuyển chế độ TNXP không, số mấy, ký ngày nào?")).toBe(true);
    expect(placeIssues("ha noi da ban hanh ke hoach so may ve dieu duong")).toBe(true);
    expect(placeIssues("tỉnh Nam Định chi trợ cấp TNXP theo QĐ số mấy?")).toBe(false);
  });
});

describe("disagreement", () => {
  const hy = seed("hy-kl-can-bo-tre-2024");
  const btc = seed("btc-cv-cong-tac-can-bo");

  it("a province a passage names only in the texts it rests on ('Căn cứ Công điện …') does not place it (0129/KH-UBND)", () => {
    const plan = {
      ...hy,
      kind: "Kế hoạch",
      number: "0129/KH-UBND",
      issuer: "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
      province: "Đắk Lắk",
      title:
        "KẾ HOẠCH V/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP CHO NHÂN DÂN BỊ ẢNH HƯỞNG MƯA LŨ TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK",
    };
    const entities = questionEntities(
      "ke hoach ho tro nhu yeu pham cua UBND tinh Gia Lai: ubnd xa bao cao may lan 1 ngay?",
    );
    const preamble =
      "Căn cứ Công điện số 223/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ về tập trung ứng phó lũ đặc biệt lớn tại Khánh Hòa, Đắk Lắk và Gia Lai;";
    expect(disagreement(entities, plan, `${plan.title}\n${preamble}`)).toEqual({
      kind: "place",
      phrase: "của tỉnh Gia Lai",
    });
    expect(
      disagreement(entities, plan, `${plan.title}\nHỗ trợ các xã của tỉnh Gia Lai giáp ranh.`),
    ).toBeNull();
  });

  it("a named industrial cluster or park is a place the text must be about ('CCN Báo Đáp' of a decision on CCN Mông Sơn)", () => {
    const decision = {
      ...hy,
      kind: "Quyết định",
      number: "2736/QĐ-UBND",
      issuer: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
      province: "Lào Cai",
      title:
        "QUYẾT ĐỊNH Thành lập Hội đồng đánh giá lựa chọn chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp Mông Sơn, xã Bảo Ái",
    };
    const passage = "Chủ tịch Hội đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh.";
    const other = questionEntities(
      "QĐ thành lập HĐ lựa chọn CĐT hạ tầng CCN Báo Đáp của UBND tỉnh Lào Cai, Chủ tịch HĐ là ai?",
    );
    expect(other.places.map((p) => p.level)).toContain("cụm công nghiệp");
    expect(disagreement(other, decision, passage)).toEqual({
      kind: "place",
      phrase: "của cụm công nghiệp Báo Đáp",
    });
    const own = questionEntities(
      "QĐ thành lập HĐ lựa chọn CĐT hạ tầng cụm công nghiệp Mông Sơn, Chủ tịch HĐ là ai?",
    );
    expect(disagreement(own, decision, passage)).toBeNull();
    // "các KCN" names no park.
    expect(questionEntities("các KCN của tỉnh phải làm gì?").places).toEqual([]);
  });

  it("a span of years asked ('nhiệm kỳ 2021-2026') must be the text's own span, when it writes any (KH hiệp thương, MTTQ xã Lương Minh)", () => {
    const plan = {
      ...hy,
      kind: "Kế hoạch",
      number: "/KH-MTTQ-BTT",
      issuer: "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC",
      province: "",
      title:
        "KẾ HOẠCH Tổ chức các hội nghị hiệp thương và hướng dẫn các thôn giới thiệu người ứng cử đại biểu HĐND xã Lương Minh nhiệm kỳ 2026 - 2031",
    };
    const passage = "Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử).";
    const other = questionEntities(
      "hoi nghi hiep thuong lan thu nhat bau cu hdnd xa luong minh nhiem ky 2021-2026 to chuc ngay nao",
    );
    expect(other.spans).toEqual(["2021-2026"]);
    expect(disagreement(other, plan, passage)).toEqual({ kind: "year", phrase: "giai đoạn 2021-2026" });
    const own = questionEntities(
      "Hiệp thương lần thứ nhất HĐND xã Lương Minh nhiệm kỳ 2026 – 2031 vào ngày nào?",
    );
    expect(own.spans).toEqual(["2026-2031"]);
    expect(disagreement(own, plan, passage)).toBeNull();
    // A text that writes no span of years may answer for any.
    expect(
      disagreement(other, { ...plan, title: "KẾ HOẠCH Tổ chức các hội nghị hiệp thương" }, passage),
    ).toBeNull();
    // Not a span: a document's number, or years in the wrong order.
    expect(questionEntities("QĐ 12-2021/QĐ-UBND giao việc gì?").spans).toEqual([]);
  });

  it("a planned event or the n-th of a series asked 'ngày nào' is not the day the plan was issued (KH hiệp thương, Lương Minh)", () => {
    expect(
      metadataFields(
        "Kế hoạch hiệp thương giới thiệu người ứng cử HĐND xã Lương Minh dự kiến hiệp thương lần 1 ngày nào?",
      ).fields,
    ).toEqual([]);
    expect(
      metadataFields("Kế hoạch hiệp thương giới thiệu người ứng cử HĐND xã Lương Minh ngày nào?").fields,
    ).toEqual(["issuedDate"]);
  });

  it("a place that says whose body is asked ('Sở Công Thương tỉnh Lai Châu') is not met by a passing mention (QĐ 1050/QĐ-SCT Lào Cai)", () => {
    const decision = {
      ...hy,
      kind: "Quyết định",
      number: "1050/QĐ-SCT",
      issuer: "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG",
      province: "Lào Cai",
      title: "QUYẾT ĐỊNH Thành lập Đoàn kiểm tra việc chấp hành quy định về vật liệu nổ công nghiệp năm 2026",
    };
    const row =
      "Gói thầu số 14: Thi công công trình đường nối Than Uyên, Tân Uyên (Lai Châu), xã Mù Cang Chải, tỉnh Lào Cai";
    const asked = questionEntities(
      "QĐ kiểm tra VLNCN năm 2026 của Sở Công Thương tỉnh Lai Châu kiểm tra những DN nào?",
    );
    expect(asked.places[0]?.ofBody).toBe(true);
    expect(disagreement(asked, decision, row)).toEqual({ kind: "place", phrase: "của tỉnh Lai Châu" });
    // Written with its level, the place is the passage's own: "… phối hợp với Sở Công Thương tỉnh Lai Châu".
    expect(
      disagreement(asked, decision, "Phối hợp với Sở Công Thương tỉnh Lai Châu kiểm tra tuyến đường."),
    ).toBeNull();
    // A place not tied to a body keeps the looser reading.
    const where = questionEntities("QĐ 1050 kiểm tra công trình nào ở Lai Châu?");
    expect(disagreement(where, decision, row)).toBeNull();
  });

  it("a place is a name, capitalised: 'theo dõi diễn biến' does not place a text in Điện Biên (104-CTr/TU Lào Cai)", () => {
    const programme = {
      ...hy,
      kind: "Chương trình",
      number: "-CTr/TU",
      issuer: "TỈNH UỶ LÀO CAI",
      province: "Lào Cai",
      title: "CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Kết luận số 75-KL/TW về bảo vệ môi trường",
    };
    const passage =
      "Tăng cường đầu tư, nâng cấp năng lực quan trắc, theo dõi diễn biến chất lượng môi trường tại các khu, cụm công nghiệp.";
    const asked = questionEntities(
      "CTr hành động của Tỉnh ủy Điện Biên về BVMT giao nhiệm vụ gì cho cấp xã?",
    );
    expect(disagreement(asked, programme, passage)).toEqual({ kind: "place", phrase: "của tỉnh Điện Biên" });
    expect(disagreement(asked, programme, "Hỗ trợ các xã giáp ranh tỉnh Điện Biên.")).toBeNull();
    // The number left blank ("Số -CTr/TU") may be the one the question gives with that sign; another sign is not.
    const numbered = questionEntities(
      "CTr hành động 104-CTr/TU của TU Lào Cai: bố trí tối thiểu bao nhiêu % chi NS?",
    );
    expect(disagreement(numbered, programme, passage)).toBeNull();
    const other = questionEntities("KH 104-KH/TU của TU Lào Cai: bố trí tối thiểu bao nhiêu % chi NS?");
    expect(disagreement(other, programme, passage)?.kind).toBe("number");
    const bare = questionEntities("ctr 104 của tu lào cai về bvmt: cơ quan nào chủ trì tuyên truyền?");
    expect(disagreement(bare, programme, passage)).toBeNull();
  });

  it("a year a passage names only in the texts it rests on ('Căn cứ Quyết định … năm 2024') does not date it (174/KH-UBND)", () => {
    const plan = {
      ...hy,
      kind: "Kế hoạch",
      number: "174/KH-UBND",
      issuedDate: "2025-11-18",
      meetingDate: "",
      issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
      province: "Hồ Chí Minh",
      title: "KẾ HOẠCH TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI",
    };
    const entities = questionEntities(
      "kh cua ubnd tp hcm trien khai thang hanh dong vi binh dang gioi nam 2024 co chu de gi?",
    );
    const preamble =
      "Căn cứ Quyết định số 101/QĐ-TTg ngày 25 tháng 01 năm 2024 của Thủ tướng Chính phủ về phê duyệt Chương trình hành động quốc gia;";
    expect(disagreement(entities, plan, `${plan.title}\n${preamble}`)).toEqual({
      kind: "year",
      phrase: "năm 2024",
    });
    expect(
      disagreement(entities, plan, `${plan.title}\nKết quả Tháng hành động năm 2024 được tổng kết.`),
    ).toBeNull();
  });

  it("a plan titled for one year disagrees with a question naming another after the title's words (235/KH-UBND Thanh Hóa)", () => {
    const plan = {
      ...hy,
      kind: "Kế hoạch",
      number: "235/KH-UBND",
      issuedDate: "2025-11-18",
      issuer: "ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
      province: "Thanh Hóa",
      title:
        "KẾ HOẠCH QUAN TRẮC, CẢNH BÁO MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN TRÊN ĐỊA BÀN TỈNH THANH HÓA NĂM 2026",
    };
    const caption = "Phụ lục III (Kèm theo Kế hoạch số 235/KH-UBND ngày 18/11/2025 của UBND tỉnh Thanh Hóa)";
    const asked = (q: string) => disagreement(questionEntities(q), plan, caption);
    expect(
      asked("KH quan trac canh bao moi truong NTTS tinh Thanh Hoa nam 2025 lay mau o may cua song?"),
    ).toEqual({
      kind: "year",
      phrase: "năm 2025",
    });
    // The year the plan is for; the year it was issued, tied to its number or to issuing.
    expect(asked("KH quan trắc môi trường NTTS tỉnh Thanh Hóa năm 2026 lấy mẫu ở mấy cửa sông?")).toBeNull();
    expect(asked("KH 235 năm 2025 của Thanh Hóa lấy mẫu ở mấy cửa sông?")).toBeNull();
    expect(asked("Kế hoạch quan trắc NTTS Thanh Hóa ban hành năm 2025 lấy mẫu ở mấy cửa sông?")).toBeNull();
  });

  it("a province document disagrees with another province, and the refusal names the nearest one", () => {
    const e = questionEntities("Tỉnh Điện Biên rà soát quy hoạch cán bộ trẻ khi nào?");
    const why = disagreement(
      e,
      hy,
      "Trước ngày 31/12/2024 và hàng năm, các cấp ủy đảng … rà soát, bổ sung quy hoạch cán bộ trẻ",
    );
    expect(why).toEqual({ kind: "place", phrase: "của tỉnh Điện Biên" });
    expect(entityRefusalText(why as NonNullable<typeof why>, hy)).toMatch(
      /^Không có văn bản của tỉnh Điện Biên về việc này trong kho; văn bản gần nhất là Kết luận của Ban Thường vụ Tỉnh ủy Hưng Yên/,
    );
    expect(
      disagreement(questionEntities("Tỉnh Hưng Yên rà soát quy hoạch cán bộ trẻ khi nào?"), hy, ""),
    ).toBeNull();
  });

  it("a provincial body of an unnamed province cannot vouch for a named one; a national law applies anywhere", () => {
    const e = questionEntities("Tỉnh Điện Biên rà soát quy hoạch cán bộ khi nào?");
    expect(disagreement(e, btc, "Thực hiện rà soát, bổ sung quy hoạch cán bộ")?.kind).toBe("place");
    expect(
      disagreement(questionEntities("Ở tỉnh Điện Biên mức chuẩn trợ cấp là bao nhiêu?"), national, ""),
    ).toBeNull();
  });

  it("a document of another term of the body disagrees; one that names no term does not", () => {
    const of13 = {
      ...national,
      number: "494/NQ-UBTVQH13",
      title: "NGHỊ QUYẾT về kết quả giám sát chuyên đề",
    };
    const e = questionEntities("UBTVQH khóa XIV có nghị quyết giám sát chính sách người có công không?");
    expect(disagreement(e, of13, "")).toEqual({ kind: "term", phrase: "của khóa XIV" });
    expect(disagreement(questionEntities("UBTVQH khóa XIII giám sát gì?"), of13, "")).toBeNull();
    expect(disagreement(e, national, "")).toBeNull();
    // A passage that cites a text of another term speaks for that term ("Căn cứ Nghị quyết số 494/NQ-UBTVQH13 …").
    expect(disagreement(e, national, "Căn cứ Nghị quyết số 494/NQ-UBTVQH13 ngày 18/5/2012")?.kind).toBe(
      "term",
    );
  });

  it("a notice of another numbered meeting disagrees (Thông báo 627/TB-VPCP, Phiên họp lần thứ 21, 2025)", () => {
    const of21 = {
      ...national,
      number: "627/TB-VPCP",
      title:
        "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH - TRƯỞNG BAN CHỈ ĐẠO TẠI PHIÊN HỌP LẦN THỨ 21 BAN CHỈ ĐẠO NHÀ NƯỚC CÁC CÔNG TRÌNH, DỰ ÁN QUAN TRỌNG QUỐC GIA",
    };
    const e = questionEntities(
      "tb ket luan phien hop lan thu 22 ban chi dao cac cong trinh trong diem giao bo xay dung viec gi",
    );
    expect(disagreement(e, of21, "Giao Bộ Xây dựng chủ trì …")).toEqual({
      kind: "session",
      phrase: "của cuộc họp lần thứ 22",
    });
    expect(
      disagreement(questionEntities("Phiên họp lần thứ 21 giao Bộ Xây dựng việc gì?"), of21, ""),
    ).toBeNull();
    // The notice recalls the meeting before: a passage that names the one asked speaks for it.
    expect(
      disagreement(
        questionEntities("Phiên họp lần thứ 20 đã giao việc gì?"),
        of21,
        "Tại Phiên họp lần thứ 20 ngày 10/9/2025, …",
      ),
    ).toBeNull();
  });

  it("a place the passage names agrees", () => {
    const ls = seed("ls-tb-kl-btc-2024");
    const e = questionEntities("Kế hoạch 170-KH/TU về hoạt động ở thôn, tổ dân phố tỉnh Lạng Sơn");
    expect(
      disagreement(
        e,
        ls,
        "Kế hoạch số 170-KH/TU … ở thôn, tổ dân phố trên địa bàn tỉnh Lạng Sơn giai đoạn 2024 - 2030.",
      ),
    ).toBeNull();
  });

  it("a year must be the document's or in the passage", () => {
    expect(
      disagreement(
        questionEntities("Năm 2023 tỉnh bồi dưỡng bao nhiêu cán bộ trẻ?"),
        hy,
        "Trong năm 2024 bảo đảm 100% cán bộ trẻ",
      ),
    ).toEqual({
      kind: "year",
      phrase: "năm 2023",
    });
    expect(disagreement(questionEntities("Kết luận năm 2024 về cán bộ trẻ"), hy, "")).toBeNull();
  });

  it("an issuing body must be the document's or named in the passage, abbreviations expanded", () => {
    const passage =
      "Số 32-NQ/TU ngày 26/10/2022 của Ban Thường vụ Tỉnh ủy về quy hoạch … cán bộ chủ chốt cấp xã";
    expect(
      disagreement(
        questionEntities("NQ 32-NQ/TU của BTV tỉnh ủy là về cán bộ trẻ cho cấp nào?"),
        hy,
        passage,
      ),
    ).toBeNull();
    expect(
      disagreement(questionEntities("Kết luận của Bộ Tài chính về cán bộ trẻ?"), hy, passage)?.kind,
    ).toBe("issuer");
  });

  it("an issuing unit agrees when its initials close the document's number ('Cục Người có công' of '…-NCC')", () => {
    const letter: DocumentMeta = {
      ...hy,
      id: "895-2013-cv-ltbxh",
      kind: "Công văn",
      number: "895/LĐTBXH-NCC",
      issuer: "Bộ Lao động - Thương binh và Xã hội",
      province: "",
    };
    const of = (q: string) => disagreement(questionEntities(q), letter, "")?.kind ?? null;
    // Typed without diacritics, the name is cut at "co"; the words after it still spell the code.
    expect(of("cv 895/ldtbxh-ncc cua cuc nguoi co cong huong dan gi")).toBeNull();
    expect(of("CV 895 của Cục Quản lý nhà hướng dẫn gì?")).toBe("issuer");
    expect(draftedBy(["vu", "ke", "hoach", "tai", "chinh"], "2638/LĐTBXH-KHTC")).toBe(true);
    expect(draftedBy(["tong", "cuc", "thue"], "1414/TCT-CS")).toBe(false);
    // The ministry's own code opens the number: a unit is read only from what follows it.
    expect(draftedBy(["bo", "lao", "dong", "thuong", "binh", "va", "xa", "hoi"], "895/LĐTBXH-NCC")).toBe(
      false,
    );
  });

  it("reads real metadata: a Quyết định of Tuyên Quang disagrees with Yên Bái", () => {
    const doc = parseDocument(readFileSync(`${DEV}/12-2012-q-ubnd.md`, "utf8"), "12-2012-q-ubnd.md").meta;
    const e = questionEntities("Tỉnh Yên Bái tặng quà thương binh nhân ngày 27 tháng 7 mức bao nhiêu?");
    expect(disagreement(e, doc, "Tặng quà (một lần) vào ngày Thương binh liệt sĩ 27 tháng 7:")).toEqual({
      kind: "place",
      phrase: "của tỉnh Yên Bái",
    });
  });

  it("a national ministry's letter is placed by whom it addresses", () => {
    const doc = parseDocument(
      readFileSync(`${DEV}/2864-2015-cv-ltbxh.md`, "utf8"),
      "2864-2015-cv-ltbxh.md",
    ).meta;
    const e = questionEntities("Bộ trả lời tỉnh Đồng Tháp về chế độ thế nào?");
    expect(disagreement(e, doc, "", {})).toBeNull();
    expect(disagreement(e, doc, "", { addressees: "Kính gửi: Ủy ban nhân dân tỉnh Long An" })?.kind).toBe(
      "place",
    );
  });
});

describe("foreign countries", () => {
  const law: DocumentMeta = {
    ...national,
    id: "luat-trong-tai",
    title: "LUẬT TRỌNG TÀI THƯƠNG MẠI",
    kind: "Luật",
  };

  it("a Vietnamese text answers for a country only where it names it, however transliterated", () => {
    const siac = questionEntities(
      "Trung tâm trọng tài quốc tế Singapore (SIAC) tính phí trọng tài như thế nào?",
    );
    expect(siac.countries).toEqual(["Singapore"]);
    expect(disagreement(siac, law, "Phí trọng tài do Trung tâm trọng tài ấn định.")).toEqual({
      kind: "place",
      phrase: "của Singapore",
    });
    const cambodia = questionEntities("thoi gian lam nhiem vu quoc te o campuchia duoc tinh den ngay nao");
    expect(disagreement(cambodia, national, "làm nhiệm vụ quốc tế ở Căm-pu-chi-a, giúp bạn Lào")).toBeNull();
  });

  it("does not take the wars, places and words that share a country's name for it", () => {
    expect(
      questionEntities("thanh niên xung phong chống Mỹ, chống Pháp ở Mỹ Tho được hưởng gì?").countries,
    ).toEqual([]);
    expect(questionEntities("Anh/chị cho biết ý kiến của Sở").countries).toEqual([]);
  });
});

describe("withoutTitles", () => {
  it("leaves what is asked of a law named by its title, with or without accents and 'và'", () => {
    const law = { title: "Luật Hôn nhân và gia đình" } as DocumentMeta;
    expect(withoutTitles("Theo quy định của Luật Hôn nhân và gia đình, tuổi kết hôn?", [law]).trim()).toBe(
      ", tuoi ket hon?",
    );
    expect(withoutTitles("theo luat hon nhan gia dinh nam nu bao nhieu tuoi", [law]).trim()).toBe(
      "nam nu bao nhieu tuoi",
    );
  });
});

describe("the place of a national body's letter", () => {
  const reply: DocumentMeta = {
    ...national,
    id: "1414-2013-cv-tct",
    kind: "Công văn",
    number: "1414/TCT-CS",
    issuer: "Tổng cục Thuế",
    issuedDate: "2013-05-04",
  };
  const header = "TỔNG CỤC THUẾ Số: 1414/TCT-CS V/v hỗ trợ người có công. Hà Nội, ngày 04 tháng 05 năm 2013";
  const addressees = "Kính gửi: Cục Thuế tỉnh Hà Tĩnh.";

  it("is whom it addresses, not the city it is written in ('Hà Nội, ngày …')", () => {
    const hanoi = questionEntities("Tổng cục Thuế trả lời Cục Thuế Hà Nội bằng công văn số mấy?");
    expect(disagreement(hanoi, reply, "", { header, addressees })?.kind).toBe("place");
    const hatinh = questionEntities("Tổng cục Thuế trả lời Cục Thuế tỉnh Hà Tĩnh bằng công văn số mấy?");
    expect(disagreement(hatinh, reply, "", { header, addressees })).toBeNull();
  });
});

describe("a decision cited by its number and year ('Quyết định 986/2024')", () => {
  const decision: DocumentMeta = {
    ...national,
    id: "986-2024-q-ubnd",
    title: "Quyết định ban hành kế hoạch thời gian năm học",
    kind: "Quyết định",
    number: "986/QĐ-UBND",
    issuer: "Ủy ban nhân dân tỉnh Tuyên Quang",
    issuedDate: "2024-08-13",
  };

  it("names a document whose number carries no year, issued that year", () => {
    expect(documentsNamed(questionEntities("Ai ký Quyết định 986/2024?"), [decision, national])).toEqual([
      decision,
    ]);
    expect(disagreement(questionEntities("ai ky quyet dinh 986/2024"), decision, "")).toBeNull();
  });

  it("reads 'QĐ số 40 năm 2011' as a decision, and of two documents numbered 40 names the one of 2011", () => {
    const circular: DocumentMeta = {
      ...national,
      id: "40-2012-tt-btc",
      kind: "Thông tư",
      number: "40/2012/TT-BTC",
      issuedDate: "2012-03-09",
    };
    const decree: DocumentMeta = {
      ...national,
      id: "40-2011-qd-ttg",
      kind: "Quyết định",
      number: "40/2011/QĐ-TTg",
      issuedDate: "2011-07-27",
    };
    const entities = questionEntities("QĐ số 40 năm 2011 do ai ký?");
    expect(entities.kinds).toEqual(["Quyết định"]);
    expect(documentsNamed(entities, [circular, decree])).toEqual([decree]);
    // With no year, both stay named.
    expect(documentsNamed(questionEntities("văn bản số 40 do ai ký?"), [circular, decree])).toHaveLength(2);
  });

  it("of two documents numbered 40, names the one of the kind typed ('qd 40' is the decision, 'tt 40' the circular)", () => {
    const circular: DocumentMeta = {
      ...national,
      id: "40-2012-tt-btc",
      kind: "Thông tư",
      number: "40/2012/TT-BTC",
    };
    const decision: DocumentMeta = {
      ...national,
      id: "40-2011-qd-ttg",
      kind: "Quyết định",
      number: "40/2011/QĐ-TTg",
    };
    const both = [circular, decision];
    expect(documentsNamed(questionEntities("qd 40 ve che do tnxp tinh tu ngay nao"), both)).toEqual([
      decision,
    ]);
    expect(documentsNamed(questionEntities("TT 40 quản lý kinh phí thế nào?"), both)).toEqual([circular]);
    // A kind no document numbered 40 has leaves both named, and "Thông tư" is also typed for a joint circular.
    expect(documentsNamed(questionEntities("Nghị định 40 do ai ký?"), both)).toHaveLength(2);
    const joint = { ...circular, kind: "Thông tư liên tịch" };
    expect(documentsNamed(questionEntities("thông tư 40 do ai ký"), [joint, decision])).toEqual([joint]);
    // A consolidated text keeps its decree's kind; "VBHN 40" names it by its number.
    const consolidated: DocumentMeta = {
      ...national,
      id: "40-vbhn",
      kind: "Nghị định",
      number: "40/VBHN-BLĐTBXH",
    };
    expect(documentsNamed(questionEntities("VBHN 40 do ai ký?"), [consolidated, decision])).toEqual([
      consolidated,
    ]);
  });

  it("does not name it with another year, nor a document whose number has its own year", () => {
    expect(documentsNamed(questionEntities("Ai ký Quyết định 986/2023?"), [decision])).toEqual([]);
    expect(disagreement(questionEntities("Quyết định 986/2023 do ai ký?"), decision, "")?.kind).toBe(
      "number",
    );
    expect(documentsNamed(questionEntities("Nghị định 75/2020 do ai ký?"), [national])).toEqual([]);
  });
});

describe("writesPlace", () => {
  it("finds a place's name as a whole, not its syllables scattered ('bố trí' is no 'Quảng Trị')", () => {
    const [place] = namedPlaces("trong 21 tỉnh đó có tỉnh quang tri không");
    if (!place) throw new Error("no place read");
    expect(place.key).toBe("quang tri");
    expect(writesPlace("Các tỉnh Quảng Nam, Quảng Trị đã gửi báo cáo.", place)).toBe(true);
    expect(writesPlace("Quang cảnh … bố trí vốn cho các tỉnh.", place)).toBe(false);
  });
});

describe("placeActed (xo034)", () => {
  it("reads a clause asking what a named place or its body has done", () => {
    expect(
      placeActed("vậy ở tỉnh Quảng Bình, Sở LĐTBXH đã chỉ định cơ sở nào làm dụng cụ chỉnh hình ạ?"),
    ).toBe(true);
    expect(placeActed("tinh quang binh da ban hanh ke hoach nao")).toBe(true);
  });

  it("not a rule asked for a place, nor what the place is granted", () => {
    expect(placeActed("ở tỉnh Quảng Bình thì được hỗ trợ bao nhiêu?")).toBe(false);
    expect(placeActed("tỉnh Quảng Bình đã được phân bổ kinh phí nào?")).toBe(false);
  });
});

describe("spelledOut: a body's acronyms as the document writes them", () => {
  it("reads 'GDĐT' as the initials of 'giáo dục và đào tạo' in the issuer's name", () => {
    expect(spelledOut("so gddt", " uy ban nhan dan thanh pho ho chi minh so giao duc va dao tao ")).toBe(
      "so giao duc va dao tao",
    );
  });

  it("lets a question that writes the issuer by its acronym agree with the document", () => {
    const letter = documentMeta({
      id: "5155-2025-cv-sgddt-ho-chi-minh",
      kind: "Công văn",
      number: "5155/SGDĐT-GDTXNNĐH",
      issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    });
    const asked = questionEntities(
      "CV 5155 của Sở GDĐT TP.HCM gửi kết quả xếp loại về Sở hạn cuối ngày nào?",
    );
    expect(disagreement(asked, letter, "")).toBeNull();
    expect(
      disagreement(questionEntities("CV 5155 của Sở GTVT gửi về Sở hạn cuối ngày nào?"), letter, "")?.kind,
    ).toBe("issuer");
  });
});

describe("a Party text's number typed with its kind before it ('HD 45/BTCTW' for 45-HD/BTCTW)", () => {
  const guide = documentMeta({
    id: "45-2025-hd-btctw",
    kind: "Hướng dẫn",
    number: "45-HD/BTCTW",
    issuedDate: "2025-11-21",
  });

  it("names the document", () => {
    expect(namesNumber("45-hd/btctw", "45/btctw")).toBe(true);
    expect(namesNumber("45-hd/btctw", "46/btctw")).toBe(false);
    // A number read from a file name ("71" of "71-2025-nq-bct.md") is named by the number typed whole.
    expect(namesNumber("71", "71-nq/tw")).toBe(true);
    expect(namesNumber("71", "712-nq/tw")).toBe(false);
    expect(namesNumber("71-nq/tw", "71")).toBe(true);
    expect(
      documentsNamed(questionEntities("HD 45/BTCTW do ai ký?"), [guide], () => []).map((d) => d.id),
    ).toEqual(["45-2025-hd-btctw"]);
  });

  it("agrees with the document it is", () => {
    const entities = questionEntities(
      "HD 45/BTCTW: cấp có thẩm quyền phải phê duyệt quy hoạch trong bao nhiêu ngày?",
    );
    expect(
      disagreement(entities, guide, "Trong thời hạn 30 ngày làm việc, cấp có thẩm quyền phải phê duyệt."),
    ).toBeNull();
  });
});

describe("a question that opens with a Party text's number and names the rule it guides (Hướng dẫn 45-HD/BTCTW)", () => {
  const guide = documentMeta({
    id: "45-2025-hd-btctw",
    kind: "Hướng dẫn",
    number: "45-HD/BTCTW",
    issuedDate: "2025-11-21",
    title: "HƯỚNG DẪN MỘT SỐ NỘI DUNG QUY ĐỊNH SỐ 377-QĐ/TW NGÀY 08/10/2025 CỦA BỘ CHÍNH TRỊ",
  });
  const question = "hd 45-HD/BTCTW huong dan QD 377 ve quy hoach, bo nhiem can bo do ai ky";

  it("names only the guide: the rule's number is one its title cites", () => {
    expect(namesOnly(question, guide, () => [], true)).toBe(true);
    expect(namesOnly(question, guide, () => [])).toBe(false);
  });
});

describe("heldDocumentsOfPlaces: the texts of the places a question names (Thông báo 648/TB-VPCP, Điện Biên 2025)", () => {
  const dienBien = documentMeta({
    id: "648-2025-tb-vpcp-dienbien",
    title: "THÔNG BÁO Kết luận của Phó Thủ tướng Lê Thành Long tại buổi làm việc với tỉnh Điện Biên",
    kind: "Thông báo kết luận",
    number: "648/TB-VPCP",
    issuer: "Văn phòng Chính phủ",
    province: "Điện Biên",
  });
  const national = documentMeta({
    id: "127-2025-kl-bct",
    kind: "Kết luận",
    number: "127-KL/TW",
    issuer: "Bộ Chính trị",
  });

  it("is undefined when the question names no place, or names a document by number", () => {
    expect(
      heldDocumentsOfPlaces(questionEntities("việc nào phải xong trước 30/11/2025?"), [dienBien]),
    ).toBeUndefined();
    const numbered = questionEntities("TB 648/TB-VPCP ở tỉnh Lai Châu: việc nào phải xong trước 30/11/2025?");
    expect(heldDocumentsOfPlaces(numbered, [dienBien])).toBeUndefined();
  });

  it("keeps the place's texts, and is null when no text belongs to the place", () => {
    const there = questionEntities(
      "Kết luận làm việc với tỉnh Điện Biên: việc nào phải xong trước 30/11/2025?",
    );
    expect(heldDocumentsOfPlaces(there, [dienBien, national])?.map((d) => d.id)).toEqual([dienBien.id]);
    const elsewhere = questionEntities(
      "Kết luận của PTTg khi làm việc với tỉnh Lai Châu tháng 11/2025, Bộ Y tế phải báo cáo trước ngày nào?",
    );
    expect(heldDocumentsOfPlaces(elsewhere, [dienBien, national])).toBeNull();
  });
});
