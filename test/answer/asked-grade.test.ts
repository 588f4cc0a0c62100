import { describe, expect, it } from "vitest";
import { askedGrades, gradeLabel, namesGrade } from "../../src/answer/asked-grade.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("askedGrades", () => {
  it("reads the grade of the question proper, in any of its spellings", () => {
    expect(askedGrades("hạng I được 65%; vậy bác được Huân chương hạng II thì bao nhiêu %")).toEqual([
      "hang 2",
    ]);
    expect(askedGrades("huan chuong khang chien hang nhat duoc ho tro bao nhieu")).toEqual(["hang 1"]);
    expect(askedGrades("thương binh loại B được trợ cấp bao nhiêu")).toEqual(["loai b"]);
  });

  it("reads no grade in a house's type or a question without one", () => {
    expect(askedGrades("Bà mẹ VNAH mua nhà loại 1 tầng được hỗ trợ bao nhiêu")).toEqual([]);
    expect(askedGrades("Mức hỗ trợ cho thương binh là bao nhiêu?")).toEqual([]);
  });
});

describe("namesGrade", () => {
  it("matches a grade written as a word, a Roman numeral or a digit", () => {
    expect(namesGrade("Huân chương Kháng chiến hạng Nhì được hỗ trợ 65%", ["hang 2"])).toBe(true);
    expect(namesGrade("Huân chương Kháng chiến hạng I được hỗ trợ 65%", ["hang 2"])).toBe(false);
    expect(gradeLabel("hang 2")).toBe("hạng II");
    expect(gradeLabel("loai b")).toBe("loại B");
  });
});

describe("a grade the documents do not rate", () => {
  it("is said to be not stated, with the closest passage, instead of another grade's rate", async () => {
    const { answerer } = await devAnswerers(["1414-2013-cv-tct", "04-2001-tt-bxd"]);
    const answer = await answerer.answer(
      "CV 1414/TCT-CS trích mức 65% tiền SDĐ cho người được Huân chương Kháng chiến hạng I; vậy bác được Huân chương Kháng chiến hạng II mua nhà SHNN một tầng thì được hỗ trợ bao nhiêu % ạ?",
    );
    expect(answer.notStated).toBe(true);
    expect(answer.answer).toContain("không nêu riêng trường hợp hạng II");
  });
});
