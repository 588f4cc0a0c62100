import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.ts";
import { CORPUS } from "../helpers.ts";
import { answerersOver, devAnswerers } from "./answer-fixture.ts";

const cited = (a: Answer) => a.citations.map((c) => c.passageId);

describe("what a named body must do", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const { answerer } = await devAnswerers(["12-2012-q-ubnd", "6154-2011-qd-ubnd-hn", "75-2021-n-cp"], {
      obligations: true,
    });
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("lists every task the document gives it, each cited, however the body is abbreviated (12-2012-q-ubnd)", async () => {
    const a = await ask("so ldtbxh tuyen quang phai lam gi trong viec tang qua");
    expect(a.answer).toMatch(/^Việc của Sở Lao động - Thương binh và Xã hội trong văn bản \(6 việc\):/u);
    // The four items under "1. Sở Lao động - Thương binh và Xã hội:" of Điều 5, its own, come first.
    for (const task of [
      "Hằng năm xây dựng kế hoạch, dự toán kinh phí tặng quà",
      "Phối hợp với Ủy ban nhân dân huyện, thành phố tổ chức việc trao tặng quà",
      "Triển khai, hướng dẫn, đôn đốc các cơ quan, đơn vị trong tỉnh",
      "Định kỳ tổng hợp, báo cáo tình hình kết quả",
    ])
      expect(a.answer).toContain(task);
    expect(cited(a)).toContain("12-2012-q-ubnd#kem1.dieu5.1");
    // Another body of the same field gets its own tasks, not these.
    const finance = await ask("Theo QĐ 12/2012, Sở Tài chính có trách nhiệm gì?");
    expect(finance.answer).toContain("Thẩm định dự toán, cấp kinh phí");
    expect(finance.answer).not.toContain("Hằng năm xây dựng kế hoạch");
  });

  it("says so when the body is named only among those who carry the decision out (12-2012-q-ubnd, Điều 3)", async () => {
    const a = await ask("Chánh Văn phòng UBND tỉnh có nhiệm vụ gì theo QĐ 12/2012?");
    expect(a.notStated).toBe(true);
    expect(a.answer).toMatch(/^Văn bản không giao việc cụ thể cho Chánh Văn phòng Ủy ban nhân dân tỉnh/u);
    expect(a.answer).toContain("chịu trách nhiệm thi hành Quyết định này");
  });

  it("lists the recurring work of the one document the question names, and of all of them otherwise", async () => {
    const named = await ask("viec nao phai lam hang nam theo qd 12/2012");
    expect(named.answer).toMatch(/^Các việc phải làm hằng năm theo Quyết định số 12\/2012\/QĐ-UBND/u);
    expect(named.citations.length).toBeGreaterThan(0);
    expect(named.citations.every((c) => c.passageId.startsWith("12-2012-q-ubnd#"))).toBe(true);
    const all = await ask("viec nao phai lam hang nam");
    expect(all.citations.map((c) => c.passageId)).toContain("6154-2011-qd-ubnd-hn#dieu2");
  });

  it("says so when the one document named mentions the body but gives it no task (12-2012-q-ubnd)", async () => {
    // The Quy định reports to the ministry ("… với Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội").
    const a = await ask("Bộ LĐTBXH có nhiệm vụ gì theo QĐ 12/2012?");
    expect(a.notStated).toBe(true);
    expect(a.answer).toMatch(/không giao việc cụ thể cho Bộ LĐTBXH\. Văn bản nhắc đến Bộ LĐTBXH ở đây: /u);
    expect(a.citations).toHaveLength(1);
  });

  it("says the one document named never names the body, when its level is written nowhere (6154-2011-qd-ubnd-hn)", async () => {
    // The decision reaches the districts' committees; "Ủy ban nhân dân" in a law's title or in the signature block
    // ("TM. ỦY BAN NHÂN DÂN") is no mention of the wards'.
    const a = await ask("Theo QĐ 6154 của Hà Nội, UBND phường có nhiệm vụ gì?");
    expect(a.notStated).toBe(true);
    expect(a.answer).toMatch(/không nhắc đến UBND phường, nên không giao việc cho UBND phường\.$/u);
    // The districts' committees, which Điều 3 names, still get what it gives them.
    const districts = await ask("Theo QĐ 6154 của Hà Nội, UBND các quận, huyện có nhiệm vụ gì?");
    expect(districts.answer).not.toContain("không nhắc đến");
    expect(cited(districts)).toContain("6154-2011-qd-ubnd-hn#dieu3");
  });

  it("reads 'giao X trách nhiệm gì' as asking X's duties (12-2012-q-ubnd never names the veterans' association)", async () => {
    const a = await ask(
      "QĐ 12/2012/QĐ-UBND Tuyên Quang giao Hội Cựu chiến binh tỉnh trách nhiệm gì trong việc tặng quà?",
    );
    expect(a.notStated).toBe(true);
    expect(a.answer).toMatch(
      /không nhắc đến Hội Cựu chiến binh, nên không giao việc cho Hội Cựu chiến binh\.$/u,
    );
  });

  it("leaves a document the corpus does not hold, or of another province, to the refusals (5129, 12-2012)", async () => {
    const unknown = await ask("Sở LĐTBXH phải làm gì theo QĐ 41/2011/QĐ-TTg?");
    expect(unknown.refused).toBe(true);
    const other = await ask("so tai chinh tinh binh duong phai lam gi theo qd 12/2012");
    expect(other.refused).toBe(true);
    expect(other.answer).toContain("tỉnh Bình Dương");
  });
});

describe("a deadline asked of a named body", () => {
  it("reads first the passage that binds that body, not another's deadline (47-2009-ttlt-btc-bltbxh)", async () => {
    const { answerer } = await devAnswerers(["47-2009-ttlt-btc-bltbxh", "12-2012-q-ubnd"], {
      obligations: true,
    });
    const a = await answerer.answer(
      "Sở Lao động - Thương binh và Xã hội phải gửi dự toán về Bộ trước ngày nào theo TTLT 47/2009?",
    );
    expect(a.citations[0]?.passageId).toBe("47-2009-ttlt-btc-bltbxh#dieu7.2.b");
    expect(a.answer).toMatch(/^Sở Lao động – Thương binh và Xã hội xem xét dự toán/u);
    expect(a.citations.map((c) => c.n)).toEqual(a.citations.map((_, i) => i + 1));
  });
});

describe("a body's tasks in several documents", () => {
  it("says 'các văn bản' when the question names no document and the tasks come from several (12-2012, 5129)", async () => {
    const { answerer } = await devAnswerers(["12-2012-q-ubnd", "5129-2008-qd-ubnd"], { obligations: true });
    const a = await answerer.answer("Sở Tài chính phải làm gì?");
    expect(new Set(a.citations.map((c) => c.documentId))).toEqual(
      new Set(["5129-2008-qd-ubnd", "12-2012-q-ubnd"]),
    );
    expect(a.answer).toMatch(/^Việc của Sở Tài chính trong các văn bản \(4 việc\):/u);
  });
});

describe("a body that no document gives a task", () => {
  it("says so and cites where it is named, or refuses when no document names it (12-2012, 6154)", async () => {
    const { answerer } = await devAnswerers(["12-2012-q-ubnd", "6154-2011-qd-ubnd-hn"], {
      obligations: true,
    });
    // Named only as the body reported to ("báo cáo … Bộ Lao động - Thương binh và Xã hội"), never tasked.
    const ministry = await answerer.answer("Bộ Lao động - Thương binh và Xã hội có nhiệm vụ gì?");
    expect(ministry.notStated).toBe(true);
    expect(ministry.answer).toMatch(
      /^Các văn bản đã nạp không giao việc cụ thể cho Bộ Lao động - Thương binh và Xã hội\./u,
    );
    expect(ministry.citations.map((c) => c.passageId)).toEqual(["12-2012-q-ubnd#kem1.dieu5.1-y2"]);
    // The sentence quoted is the one that names it.
    const board = await answerer.answer("Thường trực Tỉnh ủy phải làm gì?");
    expect(board.notStated).toBe(true);
    expect(board.answer).toContain("Thường trực Tỉnh uỷ");
    const absent = await answerer.answer("Bộ Quốc phòng có nhiệm vụ gì?");
    expect(absent.refused).toBe(true);
    expect(absent.answer).toBe("Các văn bản đã nạp không nhắc đến Bộ Quốc phòng.");
  });
});

describe("the Party committees of every level ('các cấp ủy')", () => {
  it("lists what a conclusion gives them, named inside the sentence without a capital (hy-kl-can-bo-tre-2024)", async () => {
    const { answerer } = await answerersOver([path.join(CORPUS, "hy-kl-can-bo-tre-2024.md")], {
      obligations: true,
    });
    const a = await answerer.answer(
      "Kết luận của Ban Thường vụ Tỉnh ủy Hưng Yên giao các cấp ủy những việc gì?",
    );
    expect(a.answer).toMatch(/^Việc của các cấp ủy, tổ chức đảng trong văn bản \(\d+ việc\):/u);
    expect(a.answer).toContain("Chương trình số 37-CTr/TU");
  });
});
