import { describe, expect, it } from "vitest";
import { askedFacts } from "../../src/answer/answer-type.ts";
import { askedParty, ownUnit } from "../../src/answer/asked-party.ts";
import { asksTime, givenToOthers, timeActor } from "../../src/answer/time-actor.ts";

describe("timeActor", () => {
  it("reads the body of the question proper, after 'vậy', not one bound earlier in its context (zq006)", () => {
    expect(
      timeActor(
        "NĐ 102/2018: trước khi BTL quân khu ra quyết định phải có ý kiến của Cục Chính sách; vậy Cục Chính sách phải cho ý kiến trong bao nhiêu ngày?",
      ),
    ).toBe("Cục Chính sách");
    expect(
      timeActor("khi Sở điều chỉnh thì phải có xác nhận của Kho bạc; vậy KBNN phải xác nhận trong mấy ngày?"),
    ).toBe("KBNN");
  });

  it("reads the body bound to act just before 'phải', when it is named plainly", () => {
    expect(
      timeActor(
        "Theo NĐ 23/2012, sau khi BHXH Bộ Quốc phòng ra quyết định, BHXH Việt Nam phải tổ chức chi trả trong bao nhiêu ngày?",
      ),
    ).toBe("BHXH Việt Nam");
    expect(timeActor("Sở LĐTBXH phải gửi báo cáo trước ngày nào?")).toBe("Sở LĐTBXH");
    // A clause of its own before the modal ("… nhận biên bản của xã thì phải"), or no body: no actor read.
    expect(
      timeActor("Phòng LĐTBXH huyện nhận biên bản của xã thì phải lập danh sách trong bao nhiêu ngày?"),
    ).toBeNull();
    expect(timeActor("Hồ sơ phải nộp trước ngày nào?")).toBeNull();
  });

  it("reads the subject of a clause of its own before 'thì phải', when its verb ends it (w035)", () => {
    expect(
      timeActor(
        "NQ 494/NQ-UBTVQH13: HĐND các cấp giám sát việc thực hiện nghị quyết thì phải báo cáo kết quả giám sát về UBTVQH trước thời điểm nào?",
      ),
    ).toBe("HĐND các cấp");
    expect(askedFacts("… thì phải báo cáo về UBTVQH trước thời điểm nào?")[0]).toMatchObject({
      deadline: true,
    });
    // A body there is only one of is named in full by its kind.
    expect(
      givenToOthers("HĐND các cấp", [
        "Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội kết quả thực hiện Nghị quyết này.",
      ]),
    ).toBe(true);
  });

  it("reads the body the text is said to address, with or without 'phải' (za018)", () => {
    expect(timeActor("CV 3354/VPCP-KGVX yêu cầu Bộ Y tế phải ban hành Thông tư trước ngày nào?")).toBe(
      "Bộ Y tế",
    );
    expect(timeActor("CV 2638 yêu cầu Sở Tài chính các tỉnh thẩm định dự toán trước ngày nào?")).toBe(
      "Sở Tài chính các tỉnh",
    );
  });
});

describe("the asker's own unit", () => {
  it("names no body: 'sở em', 'phòng mình' ask of whichever unit the asker is in (zd030)", () => {
    expect(
      timeActor(
        "so em gui du toan ncc nam 2020 theo cv 2638 thi ngoai gui van ban ve bo co phai gui qua email khong, han chot la ngay nao a",
      ),
    ).toBeNull();
    expect(timeActor("Phòng mình phải nộp báo cáo trước ngày nào?")).toBeNull();
    expect(askedParty("Sở em phải làm gì theo CV 2638?")).toBeNull();
    expect(ownUnit("Sở Tài chính")).toBe(false);
  });
});

describe("givenToOthers", () => {
  it("is true only when every sentence stating the time gives it to another body named in full", () => {
    const other =
      "Trong thời hạn không quá 30 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Bảo hiểm xã hội Bộ Quốc phòng hoàn thành việc xét duyệt.";
    expect(givenToOthers("BHXH Việt Nam", [other])).toBe(true);
    expect(givenToOthers("BHXH Bộ Quốc phòng", [other])).toBe(false);
    // A body named only by its kind may be the one asked; a sentence with no subject may be about it.
    expect(
      givenToOthers("Sở LĐTBXH", ["Bộ yêu cầu các đồng chí Giám đốc Sở gửi dự toán trước ngày 15/7."]),
    ).toBe(false);
    expect(givenToOthers("Sở LĐTBXH", ["Hồ sơ được giải quyết trong 10 ngày làm việc."])).toBe(false);
  });

  it("reads a body of another tier, named only by its kind, as another body (Công văn 174/CV-BCĐ, 2025)", () => {
    const ministers =
      "Ban Chỉ đạo đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ báo cáo kết quả trước Thứ Tư ngày 03/12/2025.";
    expect(givenToOthers("UBND cấp xã", [ministers])).toBe(true);
    expect(givenToOthers("Bộ Nội vụ", [ministers])).toBe(false);
    // "cơ sở" is a facility, no provincial "Sở".
    const facility = "Các cơ sở nuôi dưỡng lập báo cáo quyết toán gửi về trước ngày 30/4 hàng năm.";
    expect(givenToOthers("Phòng LĐTBXH huyện", [facility])).toBe(false);
  });

  it("reads the subject after 'Do' (because of, by) that opens the sentence", () => {
    const sentence =
      "Do các tỉnh, thành phố trực thuộc Trung ương phải tiến hành đối chiếu với quy định tại QĐ22 để rà soát nên đến ngày 23/9/2013 mới có 29 tỉnh có báo cáo.";
    expect(givenToOthers("bo tai chinh", [sentence])).toBe(true);
    expect(givenToOthers("các tỉnh", [sentence])).toBe(false);
  });

  it("reads the subject after a time that opens the sentence ('Trong vòng 7 ngày …, kể từ …, Bộ Tài chính …')", () => {
    const sentence =
      "Trong vòng 7 ngày làm việc, kể từ khi nhận được phương án phân bổ của Bộ Lao động – Thương binh và Xã hội, Bộ Tài chính thông báo bằng văn bản kết quả thẩm tra.";
    expect(givenToOthers("KBNN", [sentence])).toBe(true);
    expect(givenToOthers("Bộ Tài chính", [sentence])).toBe(false);
  });

  it("reads each clause of a sentence for its own body, and 'quân sự' as no district (NĐ 23/2012)", () => {
    const both =
      "Trong thời hạn không quá 7 ngày làm việc, Bộ Chỉ huy quân sự hoàn thành việc xét duyệt, báo cáo Bộ Tư lệnh quân khu; công an cấp tỉnh hoàn thành việc xét duyệt, báo cáo Bảo hiểm xã hội Bộ Công an;";
    expect(givenToOthers("công an cấp tỉnh", [both])).toBe(false);
    expect(givenToOthers("Bộ CHQS tỉnh", [both])).toBe(false);
    // Named only by its kind and level, "công an cấp tỉnh" may be a provincial body asked, never a ministry.
    expect(givenToOthers("Sở LĐTBXH", [both])).toBe(false);
    expect(givenToOthers("Bộ LĐTBXH", [both])).toBe(true);
    const named =
      "Trong thời hạn 30 ngày làm việc, Bảo hiểm xã hội Bộ Quốc phòng ra quyết định; Bảo hiểm xã hội Bộ Công an ra quyết định.";
    expect(givenToOthers("Bộ LĐTBXH", [named])).toBe(true);
    expect(givenToOthers("BHXH Bộ Công an", [named])).toBe(false);
  });

  it("applies to time limits and deadlines asked", () => {
    expect(asksTime(askedFacts("phải chi trả trong bao nhiêu ngày?")[0] as never)).toBe(true);
    expect(asksTime(askedFacts("phải gửi báo cáo trước ngày nào?")[0] as never)).toBe(true);
    expect(asksTime(askedFacts("được trợ cấp bao nhiêu tiền?")[0] as never)).toBe(false);
  });
});

describe("timeActor", () => {
  it("reads the body a time is given to ('X có bao nhiêu ngày'), after the case the question sets", () => {
    expect(
      timeActor(
        "Theo NĐ 23/2012, đối tượng là quân nhân thì Bộ LĐTBXH có bao nhiêu ngày làm việc để ra quyết định hưởng chế độ hưu trí?",
      ),
    ).toBe("Bộ LĐTBXH");
    expect(timeActor("hồ sơ có bao nhiêu ngày để bổ sung")).toBeNull();
  });

  it("reads a long proper name as one body, never a clause of lowercase words (g093)", () => {
    expect(
      timeActor(
        "Theo NĐ 102/2018, Cục Chính sách - Tổng cục Chính trị có bao nhiêu ngày để cho ý kiến thẩm định?",
      ),
    ).toBe("Cục Chính sách - Tổng cục Chính trị");
    expect(
      timeActor(
        "Hội Cựu chiến binh ở nước ngoài nhận hồ sơ của đối tượng thì phải chuyển trong bao nhiêu ngày?",
      ),
    ).toBeNull();
  });
});

describe("givenToOthers of a text the sentence reports", () => {
  it("reads the body that text binds ('… ban hành Thông tư … trong đó quy định các tỉnh … lập …')", () => {
    const recalled =
      "Ngày 01/7/2013, Bộ Xây dựng ban hành Thông tư số 09/2013/TT-BXD hướng dẫn thực hiện QĐ22 trong đó quy định các tỉnh, thành phố trực thuộc Trung ương lập và phê duyệt đề án gửi về Bộ Xây dựng, Bộ Tài chính trước ngày 31/8/2013.";
    expect(givenToOthers("UBND các tỉnh", [recalled])).toBe(false);
    expect(givenToOthers("Bộ Tài chính", [recalled])).toBe(true);
  });
});

describe("timeActor: whom a notice tells and the body asked for (Thông tư 62/2019/TT-BTC)", () => {
  it("names no actor when the question asks which body notifies another", () => {
    expect(
      timeActor(
        "thong tu 62/2019/TT-BTC: co quan nao phai thong bao cho Cuc Hai quan cac tinh, trong thoi han bao lau?",
      ),
    ).toBeNull();
  });
});
