import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.ts";
import { effectClause } from "../../src/answer/effect-clause.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
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

describe("the day a text ceases to apply (Nghị định 122/2025/NĐ-CP, Điều 10)", () => {
  const decree = parseDocument(
    [
      "CHÍNH PHỦ",
      "Số: 122/2025/NĐ-CP",
      "Hà Nội, ngày 11 tháng 6 năm 2025",
      "NGHỊ ĐỊNH QUY ĐỊNH VỀ PHÂN QUYỀN, PHÂN CẤP TRONG LĨNH VỰC QUẢN LÝ THUẾ",
      "Điều 10. Hiệu lực thi hành và tổ chức thực hiện",
      "1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.",
      "2. Nghị định này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027 trừ các trường hợp sau:",
    ].join("\n"),
    "122-2025-nd-cp.md",
  );

  it("answers 'hết hiệu lực từ ngày nào' with the expiry clause, not the effect clause", () => {
    const clause = effectClause("nghi dinh 122/2025/ND-CP het hieu luc tu ngay nao", decree.passages);
    expect(clause?.sentence).toContain("hết hiệu lực kể từ ngày 01 tháng 3 năm 2027");
    expect(
      effectClause("Nghị định 122/2025/NĐ-CP có hiệu lực từ ngày nào?", decree.passages)?.sentence,
    ).toContain("có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025");
  });
});
