import { describe, expect, it } from "vitest";
import { withoutAsides, withoutOwnSituation } from "../../src/answer/own-situation.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("withoutOwnSituation", () => {
  it("drops the clauses that tell the asker's own story and ask nothing", () => {
    expect(
      withoutOwnSituation(
        "bac thuong binh o thon em bi mat rang; theo vbhn 4804 thi tien lam rang gia bao nhieu",
      ),
    ).toBe("theo vbhn 4804 tien lam rang gia bao nhieu");
    expect(
      withoutOwnSituation("ông TNXP ở thôn em mất rồi thì người nhà được lĩnh tiền một lần bao nhiêu?"),
    ).toBe("người nhà được lĩnh tiền một lần bao nhiêu?");
  });

  it("drops a whole sentence told before the one that asks, whoever it is about", () => {
    expect(
      withoutOwnSituation(
        "Dân gửi đơn tố cáo cán bộ chi sai chế độ NCC ở xã. Theo PL 02/2020, bộ nào giải quyết loại đơn này?",
      ),
    ).toBe("theo pl 02/2020 bộ nào giải quyết loại đơn này?");
    // A sentence that asks stays, wherever it is.
    expect(withoutOwnSituation("Bộ nào giải quyết? Theo PL 02/2020.")).toBeNull();
  });

  it("reads 'nào' in a condition before 'thì' as any, not which: that clause is still the story", () => {
    expect(
      withoutOwnSituation("Dạ bên em làm dự toán theo CV 2638 mà vướng chỗ nào thì hỏi đơn vị nào ở Bộ ạ?"),
    ).toBe("hỏi đơn vị nào ở bộ ạ?");
    // Without "thì" after it, the clause asks.
    expect(withoutOwnSituation("bên em vướng chỗ nào, CV 2638 nói gì?")).toBeNull();
  });

  it("keeps a question with no story, a story that asks, and a folded 'tối đa'", () => {
    expect(withoutOwnSituation("QĐ 40/2011: người nhà được lĩnh bao nhiêu?")).toBeNull();
    expect(withoutOwnSituation("em hỏi mức trợ cấp bao nhiêu?")).toBeNull();
    expect(withoutOwnSituation("ho tro toi da bao nhieu, tinh theo nam")).toBeNull();
  });
});

describe("withoutAsides", () => {
  it("drops an aside that tells about a document, and keeps one about the case", () => {
    expect(
      withoutAsides("VBHN 4804 (đã gộp NĐ 77/2024, áp dụng từ 01/7/2024): mức chuẩn bây giờ là bao nhiêu?"),
    ).toBe("vbhn 4804: mức chuẩn bây giờ là bao nhiêu?");
    expect(withoutAsides("người nhà (vợ hoặc con) được lĩnh bao nhiêu")).toBeNull();
    expect(withoutAsides("cấp 2 máy trợ thính (900k) hay 1 máy")).toBeNull();
    expect(withoutAsides("mức chuẩn (theo NĐ 77/2024 là bao nhiêu?)")).toBeNull();
  });
});

describe("a question told as the asker's situation", () => {
  it("is answered from the rule for the case, not refused for the village and the uncle", async () => {
    const { answerer } = await devAnswerers(["40-2011-qd-ttg", "170-2008-qd-ttg"]);
    const answer = await answerer.answer(
      "QĐ 40/2011 về TNXP: ông TNXP ở thôn em mất rồi thì người nhà (vợ hoặc con) được lĩnh tiền một lần bao nhiêu ạ?",
    );
    expect(answer.refused).toBe(false);
    expect(answer.answer).toContain("3.600.000");
  });

  it("is answered though an aside on the document names an amending decree and its date", async () => {
    const { answerer } = await devAnswerers([
      "4804-2024-vbhn-bltbxh",
      "75-2021-n-cp",
      "834-2024-vbhn-bldtbxh",
      "1921-2013-cv-ldtbxh",
    ]);
    const answer = await answerer.answer(
      "VBHN 4804/VBHN-BLĐTBXH (đã gộp NĐ 77/2024, áp dụng từ 01/7/2024): mức chuẩn trợ cấp ưu đãi NCC bây giờ là bao nhiêu ạ?",
    );
    expect(answer.refused).toBe(false);
    expect(answer.answer).toContain("2.789.000");
  });

  it("is not refused for a year of the story: it dates what befell the asker's people, not a text", async () => {
    const { answerer } = await devAnswerers(["02-2020-ubtvqh14", "23-2012-n-cp"]);
    const question =
      "pl 02/2020 co hieu luc tu 01/7/2021; anh bo doi o xa em bi thuong tu nam 2019, xet theo pl moi thi khong du dieu kien cong nhan thuong binh, vay co duoc ap dung dieu kien cua phap lenh cu nao khong";
    const answer = await answerer.answer(question);
    expect(answer.refused).toBe(false);
    expect(answer.answer).toContain("26/2005/PL-UBTVQH11");
    // A year the question asks of is still checked: no text of 2019 is loaded.
    expect((await answerer.answer("pl uu dai nguoi co cong nam 2019 co hieu luc tu ngay nao")).refused).toBe(
      true,
    );
  });
});
