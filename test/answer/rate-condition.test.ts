import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coversRate, rateSpans } from "../../src/answer/rate-condition.ts";
import { DEV_DOCS, devAnswerers } from "./answer-fixture.ts";

describe("rateSpans", () => {
  it("reads ranges, open bounds and single rates, each once", () => {
    const spans = (text: string) => rateSpans(text).map(({ low, high, text }) => [low, high, text]);
    expect(spans("Tỷ lệ tổn thương cơ thể từ 5% - 20%")).toEqual([[5, 20, "5% - 20%"]]);
    expect(spans("từ 61 đến 80%")).toEqual([[61, 80, "61 đến 80%"]]);
    expect(spans("thương binh từ 81% trở lên")).toEqual([[81, Infinity, "81% trở lên"]]);
    expect(spans("có tỷ lệ dưới 5%")[0]?.[0]).toBe(-Infinity);
    expect(spans("không quá 10% và 3,5%")).toEqual([
      [-Infinity, 10, "không quá 10%"],
      [3.5, 3.5, "3,5%"],
    ]);
    expect(spans("duoi 5%")[0]?.[2]).toBe("duoi 5%");
  });
});

describe("coversRate", () => {
  const [below5] = rateSpans("dưới 5%");
  const [at18] = rateSpans("18%");
  const [over80] = rateSpans("trên 80%");
  it("is true when a written rate overlaps the asked case, false when none does", () => {
    expect(coversRate("Tỷ lệ tổn thương cơ thể từ 16% - 20% | 8,0 lần", at18 ?? { low: 0, high: 0 })).toBe(
      true,
    );
    expect(coversRate("Tỷ lệ tổn thương cơ thể từ 5% - 20%", below5 ?? { low: 0, high: 0 })).toBe(false);
    expect(coversRate("từ 81% trở lên", over80 ?? { low: 0, high: 0 })).toBe(true);
    expect(coversRate("từ 61% - 80%", over80 ?? { low: 0, high: 0 })).toBe(false);
  });
});

describe("a rate the question sets as its case (75-2021-n-cp, Phụ lục VI: from 5% to 20%)", () => {
  it("says the decree does not provide for a rate below its table, and answers one inside it", async () => {
    const { answerer } = await devAnswerers(["75-2021-n-cp"]);
    const below = await answerer.answer(
      "Nghị định 75/2021: người bị thương có tỷ lệ tổn thương cơ thể dưới 5% được trợ cấp một lần bao nhiêu?",
    );
    expect(below.notStated).toBe(true);
    expect(below.answer).toContain("dưới 5%");
    const inside = await answerer.answer(
      "nd 75/2021 nguoi bi thuong ty le ton thuong 18% duoc tro cap mot lan bao nhieu",
    );
    expect(inside.notStated ?? false).toBe(false);
    expect(inside.answer).toContain("8,0 lần mức chuẩn");
  });
});

describe("a rate asked with no document named (the whole dev corpus)", () => {
  it("quotes the row of the latest text that pays it, not the Pháp lệnh that only names the case", async () => {
    // The Pháp lệnh's "thương binh … từ 81% trở lên" shares the question's words but pays nothing; the rates are in
    // the appendices of NĐ 75/2021 and its consolidations, of which 4804/VBHN (October 2024) is the one in force.
    const { answerer } = await devAnswerers(
      readdirSync(DEV_DOCS).map((f) => f.replace(/\.md$/, "")),
      { lexicalOnly: true },
    );
    const a = await answerer.answer("Thương binh 81% thì được hưởng trợ cấp hàng tháng bao nhiêu tiền vậy?");
    expect(a.notStated ?? false).toBe(false);
    expect(a.citations[0]?.passageId).toBe("4804-2024-vbhn-bltbxh#plII-r21");
    expect(a.answer).toContain("7.240.000");
    // Named, the document answers as before: a rate it does not write is not looked for elsewhere.
    const named = await answerer.answer(
      "Theo Pháp lệnh 02/2020, thương binh 81% được trợ cấp hằng tháng bao nhiêu?",
    );
    expect(named.citations.every((c) => c.documentId === "02-2020-ubtvqh14")).toBe(true);
  });
});
