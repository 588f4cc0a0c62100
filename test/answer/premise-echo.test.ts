import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.ts";
import { askedBeyondPremise, echoesPremise } from "../../src/answer/premise-echo.ts";
import { devAnswerers } from "./answer-fixture.ts";

const MONUMENT =
  "nd 75/2021 cho dai tuong niem cap huyen toi da 10 ty; vay nang cap nghia trang liet si cap huyen thi ngan sach trung uong ho tro toi da bao nhieu ty";
/** Nghị định 75/2021/NĐ-CP, Điều 11 khoản 3, as the answerer quotes it (one sentence per ";"). */
const QUOTE = [
  "Hỗ trợ cải tạo, nâng cấp, sửa chữa, bảo trì đài tưởng niệm liệt sĩ, đền thờ liệt sĩ, nhà bia ghi tên liệt sĩ: ngân sách trung ương hỗ trợ tối đa 15 tỷ đồng đối với công trình cấp tỉnh;",
  "10 tỷ đồng đối với công trình cấp huyện;",
];

describe("askedBeyondPremise", () => {
  it("reads the premise's figure and the words the ask adds", () => {
    const beyond = askedBeyondPremise(MONUMENT);
    expect(beyond?.figures).toEqual(["10000000000"]);
    expect(beyond?.words).toEqual(expect.arrayContaining(["nghia", "trang"]));
    expect(beyond?.words).not.toContain("bao");
  });

  it("is null without a premise that states a figure", () => {
    expect(
      askedBeyondPremise("NĐ 75/2021 hỗ trợ nâng cấp nghĩa trang cấp huyện tối đa bao nhiêu?"),
    ).toBeNull();
    expect(
      askedBeyondPremise("NĐ 75/2021 có hỗ trợ đài tưởng niệm; vậy cấp huyện tối đa bao nhiêu?"),
    ).toBeNull();
  });
});

describe("echoesPremise", () => {
  it("is true when the quote gives the premise's figure and not the case asked", () => {
    expect(echoesPremise(MONUMENT, QUOTE)).toBe(true);
  });

  it("is false when the quote names the case asked, or does not give the premise's figure", () => {
    const province =
      "nd 75/2021 cho dai tuong niem cap huyen toi da 10 ty; vay cap tinh thi toi da bao nhieu ty";
    expect(echoesPremise(province, QUOTE)).toBe(false);
    expect(echoesPremise(MONUMENT, ["Hỗ trợ xây mới vỏ mộ liệt sĩ: tối đa 10 triệu đồng/01 mộ."])).toBe(
      false,
    );
  });
});

describe("a question that asks the premise's figure for another case", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const { answerer } = await devAnswerers(["75-2021-n-cp", "02-2020-ubtvqh14"]);
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("says the text does not state it, instead of repeating the premise's figure", async () => {
    const monument = await ask(MONUMENT);
    expect(monument.notStated).toBe(true);
    const hero = await ask(
      "PL 02/2020 quy định Bà mẹ VNAH được trợ cấp hằng tháng bằng 03 lần mức chuẩn; vậy Anh hùng LLVTND được trợ cấp hằng tháng bằng mấy lần mức chuẩn ạ?",
    );
    expect(hero.notStated).toBe(true);
  });

  it("answers another row of the same quote", async () => {
    const a = await ask(
      "nd 75/2021 cho dai tuong niem cap huyen toi da 10 ty; vay cap tinh thi toi da bao nhieu ty",
    );
    expect(a.notStated).toBeFalsy();
    expect(a.answer).toContain("15 tỷ đồng");
  });
});
