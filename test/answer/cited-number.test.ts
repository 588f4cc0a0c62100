import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { citedForms, citedNumbers } from "../../src/answer/cited-number.ts";
import { documentMeta } from "../helpers.ts";
import { DEV_DOCS, devAnswerers } from "./answer-fixture.ts";

describe("numbers the corpus only cites", () => {
  const cited = citedNumbers([
    "Căn cứ Thông tư số 38/2019/TT-BTC ngày 28/6/2019 của Bộ Tài chính;",
    "theo Thông tư 38/2019/tt-btc và Quyết định số 08/2024/QĐ-UBND, Quyết định 08/2024/QĐ-TTg",
    "ngày 31/12/2024, Kết luận 20-NQ/TU, Thông tư liên tịch số 84/2005/TTLT/BTC-BLĐTBXH ngày 23/9/2005",
  ]);

  it("collects each number cited with its symbol, folded, one entry per number however it is cased", () => {
    expect([...(cited.get("38/2019") ?? [])]).toEqual(["38/2019/tt-btc"]);
    expect(cited.get("08/2024")?.size).toBe(2);
    expect(cited.has("31/12")).toBe(false);
    expect([...(cited.get("84/2005") ?? [])]).toEqual(["84/2005/ttlt/btc-bldtbxh"]);
  });

  it("completes a number typed without its symbol, unless it is ambiguous or a document of the corpus", () => {
    const docs = [documentMeta({ id: "qd", number: "40/2011/QĐ-TTg", issuedDate: "2011-07-21" })];
    expect(citedForms("TT 38/2019 ban hành ngày nào?", cited, docs)).toEqual([
      { typed: "38/2019", full: "38/2019/tt-btc" },
    ]);
    expect(citedForms("QĐ 08/2024 giao ai?", cited, docs)).toEqual([]);
    const withOwn = citedNumbers(["Quyết định số 40/2011/QĐ-TTg ngày 21/7/2011"]);
    expect(citedForms("qd 40/2011 ap dung cho ai", withOwn, docs)).toEqual([]);
  });

  it.runIf(existsSync(path.join(DEV_DOCS, "2638-2019-cv-ltbxh-khtc.md")))(
    "answers about a circular a letter cites by its number and year alone from the passage that cites it",
    async () => {
      const { answerer } = await devAnswerers(["2638-2019-cv-ltbxh-khtc", "47-2009-ttlt-btc-bltbxh"]);
      const answer = await answerer.answer("CV 2638 dựa trên TT 38/2019 của BTC, TT đó ban hành ngày nào?");
      expect(answer.refused).toBe(false);
      expect(answer.answer).toContain("28/6/2019");
      expect(answer.citations[0]?.passageId).toBe("2638-2019-cv-ltbxh-khtc#md-d1");
    },
  );
});
