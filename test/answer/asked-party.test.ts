import { describe, expect, it } from "vitest";
import { askedParty, asksDuties, namesParty } from "../../src/answer/asked-party.ts";

describe("askedParty", () => {
  it("reads the party before 'phải làm / có trách nhiệm / có nhiệm vụ', without its province", () => {
    expect(askedParty("Sở LĐTBXH Tuyên Quang phải làm gì trong việc tặng quà?")).toBe("sở lđtbxh");
    expect(askedParty("so ldtbxh tuyen quang phai lam gi trong viec tang qua")).toBe("so ldtbxh");
    expect(askedParty("Theo QĐ 12/2012, Sở Tài chính có trách nhiệm gì?")).toBe("sở tài chính");
    expect(askedParty("Bộ Quốc phòng có nhiệm vụ gì theo NĐ 102/2018")).toBe("bộ quốc phòng");
    // A closing bracket ends the body's name: "(qua Ban CHQS) thì biên bản …" names no "Ban … thì biên bản".
    expect(askedParty("khi báo cáo huyện (qua Ban Chỉ huy quân sự) thì biên bản phải làm gì?")).toBe(
      "ban chỉ huy quân sự",
    );
    // Without accents "tai" is "Tài" as much as "tại".
    expect(askedParty("bo tai chinh phai lam nhung viec gi theo ttlt 47")).toBe("bo tai chinh");
    // "được giao" follows the party; it does not address one.
    expect(askedParty("Sở LĐTBXH Hà Nội được giao những việc gì theo QĐ 6154?")).toBe("sở lđtbxh");
    expect(askedParty("cong van 3354 cua vpcp giao bo ldtbxh lam gi")).toBe("bo ldtbxh");
  });

  it("reads the party after 'nhiệm vụ của' and 'giao', up to the document or the question word", () => {
    expect(askedParty("nhiem vu cua ubnd cap xa theo nd 102/2018")).toBe("ubnd cap xa");
    expect(askedParty("QĐ 12/2012 giao Sở Tài chính những việc gì?")).toBe("sở tài chính");
    // "UBND tỉnh" is a body of the province level: the level word stays when the province goes.
    expect(askedParty("trách nhiệm của UBND tỉnh Tuyên Quang là gì")).toBe("ubnd tỉnh");
    // The "giao" of a body's own name assigns nothing.
    expect(askedParty("Bộ Ngoại giao phải làm gì?")).toBe("bộ ngoại giao");
    expect(askedParty("bo ngoai giao co nhiem vu gi")).toBe("bo ngoai giao");
    expect(askedParty("Bộ Giao thông vận tải có nhiệm vụ gì?")).toBe("bộ giao thông vận tải");
    // "giao X nhiệm vụ gì": the duty asked ends the party.
    expect(askedParty("QĐ 40/2011 giao Bộ Quốc phòng nhiệm vụ gì?")).toBe("bộ quốc phòng");
    // A list of bodies spans a comma: the last clause alone ("xã") names none.
    expect(askedParty("Theo QĐ 5129 của TP.HCM, UBND phường, xã có nhiệm vụ gì?")).toBe("ubnd phường");
    // "các cấp ủy" is a Party committee of every level, not a bare head.
    expect(askedParty("Kết luận của Ban Thường vụ Tỉnh ủy Hưng Yên giao các cấp ủy những việc gì?")).toBe(
      "các cấp ủy",
    );
  });

  it("is null when the question asks which duty a body lacks", () => {
    expect(
      askedParty("Theo Luật Du lịch, ủy ban nhân dân các cấp không có nhiệm vụ, quyền hạn nào sau đây?"),
    ).toBeNull();
  });

  it("is null when no body or office is named", () => {
    expect(askedParty("Việc nào phải làm hằng năm?")).toBeNull();
    expect(askedParty("Hồ sơ phải có những giấy tờ gì?")).toBeNull();
    // A bare head names every ministry.
    expect(askedParty("Bộ phải làm gì?")).toBeNull();
  });
});

describe("askedParty of an act given to a body ('giao X bố trí … thế nào')", () => {
  it("reads the body up to its act, and the question as one about its duties", () => {
    const q =
      "cv 895/ldtbxh-ncc giao bo tai chinh bo tri kinh phi truy linh tro cap cho nguoi co cong the nao";
    expect(askedParty(q)).toBe("bo tai chinh");
    expect(asksDuties(q)).toBe(true);
  });
});

describe("asksDuties", () => {
  it("reads 'phải làm gì' as duties, and not how or where a thing is done (xw030)", () => {
    expect(asksDuties("so ldtbxh phai lam nhung viec gi")).toBe(true);
    expect(asksDuties("ubnd xa co trach nhiem theo doi viec gi")).toBe(true);
    expect(asksDuties("bao cao gui so ldtbxh phai lam theo mau bieu nao")).toBe(false);
    expect(asksDuties("ho so phai lam o dau, nop cho ai")).toBe(false);
    // By when, not what: "phải thực hiện xong trước ngày nào" asks a deadline (batch 31's q31a02).
    expect(asksDuties("chi phi vuot du toan nam 2024 phai thuc hien xong truoc ngay nao")).toBe(false);
    expect(asksDuties("ubnd xa phai thuc hien nhung nhiem vu nao")).toBe(true);
    // What a named body was given, even asked with its time (xa026).
    expect(asksDuties("vay bo y te duoc giao phoi hop phai gui y kien ve du thao tt truoc ngay nao")).toBe(
      true,
    );
  });
});

describe("namesParty", () => {
  it("matches a party however either side abbreviates it", () => {
    expect(namesParty("Sở LĐTBXH", "Giám đốc Sở Lao động - Thương binh và Xã hội")).toBe(true);
    expect(namesParty("ubnd cap xa", "Chủ tịch Ủy ban nhân dân cấp xã")).toBe(true);
    // "cấp ủy" is one name: any "ủy" is not it.
    expect(namesParty("các cấp ủy", "các cấp ủy, tổ chức đảng")).toBe(true);
    expect(namesParty("các cấp ủy", "Ủy ban nhân dân tỉnh")).toBe(false);
    expect(namesParty("Sở Lao động", "Sở Lao động – Thương binh và Xã hội")).toBe(true);
    // A level the party does not name at all ("xã hội" is no level) does not rule it out.
    expect(namesParty("phong ldtbxh huyen", "Phòng Lao động – Thương binh và Xã hội")).toBe(true);
  });

  it("does not match another body of the same field or level", () => {
    // A Party committee named by its level is one word pair: "Văn phòng Tỉnh ủy" is not the People's Committee's office.
    expect(
      namesParty("văn phòng tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"),
    ).toBe(false);
    expect(namesParty("văn phòng tỉnh ủy", "Chánh Văn phòng Tỉnh ủy")).toBe(true);
    expect(namesParty("Sở Tài chính", "Bộ Tài chính")).toBe(false);
    expect(namesParty("ubnd cap xa", "Ủy ban nhân dân huyện")).toBe(false);
    expect(namesParty("Phòng LĐTBXH", "Sở Lao động - Thương binh và Xã hội")).toBe(false);
    // A city's committee is a province's or a district's, never a ward's or a commune's.
    expect(namesParty("ubnd phường", "Ủy ban nhân dân thành phố")).toBe(false);
    expect(namesParty("ubnd tỉnh", "Ủy ban nhân dân thành phố")).toBe(true);
    // The provinces act through their People's Committees; a department of theirs is not them.
    expect(namesParty("UBND các tỉnh", "các tỉnh, thành phố trực thuộc Trung ương")).toBe(true);
    expect(namesParty("Sở Tài chính", "các tỉnh, thành phố")).toBe(false);
    // Beside "tỉnh", the city is a province: "tỉnh, thành phố trực thuộc trung ương" is no district.
    expect(
      namesParty("chủ tịch ubnd cấp huyện", "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"),
    ).toBe(false);
  });
});

describe("askedParty: the subject after a condition's 'thì' (Nghị định 23/2012/NĐ-CP)", () => {
  it("is the body asked, not a person named in the condition", () => {
    expect(
      askedParty(
        "NĐ 23/2012: với người làm công tác cơ yếu thì Ban Cơ yếu Chính phủ có trách nhiệm xác nhận, xét duyệt hồ sơ hưu trí ở khâu nào ạ?",
      ),
    ).toBe("ban cơ yếu chính phủ");
    expect(askedParty("nếu có vướng mắc thi so tai chinh phai lam gi")).toBe("so tai chinh");
  });
});
