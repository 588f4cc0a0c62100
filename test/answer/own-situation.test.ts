import { describe, expect, it } from "vitest";
import { withoutOwnSituation } from "../../src/answer/own-situation.ts";
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

  it("keeps a question with no story, a story that asks, and a folded 'tối đa'", () => {
    expect(withoutOwnSituation("QĐ 40/2011: người nhà được lĩnh bao nhiêu?")).toBeNull();
    expect(withoutOwnSituation("em hỏi mức trợ cấp bao nhiêu?")).toBeNull();
    expect(withoutOwnSituation("ho tro toi da bao nhieu, tinh theo nam")).toBeNull();
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
});
