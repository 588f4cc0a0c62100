import { describe, expect, it } from "vitest";
import { daysOfYear } from "../../src/answer/day-of-year.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("daysOfYear", () => {
  it("reads a day of the year written without a year, not a date, a month or a fraction", () => {
    expect(daysOfYear("quà ngày Thương binh liệt sĩ 27/7 bao nhiêu")).toEqual(["27/7"]);
    expect(daysOfYear("Tặng quà (một lần) vào ngày Quốc khánh 2 tháng 9:")).toEqual(["2/9"]);
    expect(daysOfYear("trước ngày 15-3 hằng năm")).toEqual(["15/3"]);
    expect(daysOfYear("ngày 27/7/2012")).toEqual([]);
    expect(daysOfYear("ngày 2 tháng 9 năm 1945")).toEqual([]);
    expect(daysOfYear("tháng 12/2012")).toEqual([]);
    expect(daysOfYear("hưởng 1/2 mức trợ cấp")).toEqual([]);
    // An occasion before it makes a bare "2/9" a day (zm010).
    expect(daysOfYear("nhóm 6 dịp Quốc khánh 2/9 được tặng quà bao nhiêu")).toEqual(["2/9"]);
    expect(daysOfYear("quà dịp 2/9")).toEqual(["2/9"]);
  });
});

describe("an amount given for another day of the year (12-2012-q-ubnd, za021)", () => {
  it("is not the amount for the day asked; the amount under the day asked is", async () => {
    const { answerer } = await devAnswerers(["12-2012-q-ubnd", "5129-2008-qd-ubnd", "75-2021-n-cp"]);
    // Group 2 gets a gift on Quốc khánh 2/9 and at Tết, not on 27/7.
    const other = await answerer.answer(
      "QĐ 12/2012 Tuyên Quang: nhóm đối tượng số 2 (người HĐCM trước 1945, tiền khởi nghĩa đang hưởng trợ cấp) được tặng quà ngày Thương binh liệt sĩ 27/7 bao nhiêu tiền?",
    );
    expect(other.notStated).toBe(true);
    expect(other.answer).toContain("cho ngày 27/7");
    const own = await answerer.answer(
      "QĐ 12/2012 Tuyên Quang: nhóm đối tượng số 1 được tặng quà ngày Thương binh liệt sĩ 27/7 bao nhiêu tiền?",
    );
    expect(own.answer).toContain(
      "Nhóm đối tượng số 1 quy định tại Điều 3 của quy định này: 300.000 đồng/người",
    );
  });
});
