import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("the day a text takes effect", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const { answerer } = await devAnswerers(["1414-2013-cv-tct", "47-2009-ttlt-btc-bltbxh"]);
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("is not stated by a letter with no effect clause, whatever other days it writes", async () => {
    const letter = await ask(
      "cv 1414/tct-cs ky ngay 4/5/2013 tra loi cuc thue ha tinh ve ho tro ncc; vay cv nay co hieu luc thi hanh tu ngay nao",
    );
    expect(letter.notStated).toBe(true);
    expect(letter.answer).toContain("không nêu ngày có hiệu lực");
    expect(letter.citations[0]?.documentId).toBe("1414-2013-cv-tct");
  });

  it("is answered where the text says it, even in a clause that opens with something else", async () => {
    const circular = await ask("TTLT 47/2009/TTLT-BTC-BLĐTBXH có hiệu lực sau bao nhiêu ngày kể từ ngày ký?");
    expect(circular.notStated).toBeFalsy();
    expect(circular.answer).toContain("45 ngày");
  });
});
