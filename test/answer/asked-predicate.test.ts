import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.ts";
import { askedPredicate, scopeAnswers } from "../../src/answer/asked-predicate.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("askedPredicate", () => {
  it("reads what a yes/no question asks of its subject, without the documents it names", () => {
    expect(askedPredicate("QĐ 40/2011: trợ cấp 1 lần TNXP có chịu thuế TNCN không?")).toBe("chịu thuế tncn");
    expect(askedPredicate("Bố mẹ vợ có được tính là thân nhân để hưởng trợ cấp theo NĐ 87/2013 không?")).toBe(
      "tính là thân nhân để hưởng trợ cấp",
    );
    expect(askedPredicate("neu nam nay om thi co duoc bao luu sang nam sau hay khong a")).toBe(
      "bao luu sang nam sau",
    );
  });

  it("is null for a question that is not yes/no", () => {
    expect(askedPredicate("Hạn nộp báo cáo là ngày nào?")).toBeNull();
    expect(askedPredicate("Có bao nhiêu huyện?")).toBeNull();
  });
});

describe("a yes/no question whose predicate the documents never speak of", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const { answerer } = await devAnswerers(["40-2011-qd-ttg", "1414-2013-cv-tct"]);
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("is not stated, while one the text speaks of in other words is answered", async () => {
    const tax = await ask("QĐ 40/2011: trợ cấp 1 lần TNXP có chịu thuế TNCN không?");
    expect(tax.notStated).toBe(true);
    expect(tax.answer).toContain("không nói đến việc “chịu thuế tncn”");
    const twice = await ask(
      "TNXP đã nhận trợ cấp một lần theo QĐ 104/1999 rồi thì có được hưởng tiếp theo QĐ 40/2011 không?",
    );
    expect(twice.notStated).toBeFalsy();
    expect(twice.answer).toContain("104/1999");
  });
});

describe("a predicate that shares a word with its subject", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const { answerer } = await devAnswerers(["836-2024-vbhn-bldtbxh", "02-2020-ubtvqh14"]);
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("needs the predicate's own words: 'xã' of the subject does not make 'chủ tịch xã ký tên' spoken of", async () => {
    const signed = await ask(
      "vbhn 836: danh sach niem yet cong khai tnxp chong phap o tru so ubnd xa co phai chu tich xa ky ten, dong dau khong",
    );
    expect(signed.notStated).toBe(true);
  });

  it("keeps a predicate that only repeats the subject's words", async () => {
    const kin = await ask(
      "Theo PL 02/2020, NCC bị tạm đình chỉ chế độ ưu đãi vì phạm tội do lỗi cố ý thì thân nhân của họ có bị tạm đình chỉ theo không?",
    );
    expect(kin.notStated).toBeFalsy();
    expect(kin.answer).toContain("thân nhân của họ cũng bị tạm đình chỉ");
  });
});

describe("scopeAnswers", () => {
  it("lets a scope clause answer whether the subject is covered", () => {
    const context =
      "Điều 1. Phạm vi điều chỉnh\nQuyết định này không áp dụng đối với:\nNgười đang chấp hành án tù.";
    expect(scopeAnswers("thuộc diện được xét trợ cấp", context)).toBe(true);
    expect(scopeAnswers("thuoc dien duoc huong", context)).toBe(true);
  });

  it("needs both a scope question and a scope clause", () => {
    expect(scopeAnswers("chịu thuế TNCN", "Quyết định này không áp dụng đối với: …")).toBe(false);
    expect(scopeAnswers("thuộc diện được xét trợ cấp", "Mức trợ cấp một lần là 2.000.000 đồng.")).toBe(false);
  });
});
