import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.ts";
import { expandShorthand } from "../../src/answer/chat-shorthand.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("expandShorthand", () => {
  it("writes out the texting shorthand of a question", () => {
    expect(expandShorthand("tnxp dc ho tro bn tien")).toBe("tnxp được ho tro bao nhiêu tien");
    expect(expandShorthand("có BHYT ko?")).toBe("có BHYT không?");
    expect(expandShorthand("khác nhau ntn, tính những khoản j")).toBe(
      "khác nhau như thế nào, tính những khoản gì",
    );
  });

  it("leaves words inside numbers and words the corpus uses", () => {
    expect(expandShorthand("CV 123/BN-UBND")).toBe("CV 123/BN-UBND");
    expect(expandShorthand("bnhieu người, mục vs", (w) => w === "vs")).toBe("bao nhiêu người, mục vs");
  });
});

describe("a question typed in shorthand", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const { answerer } = await devAnswerers(["4804-2024-vbhn-bltbxh"]);
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("asks for a figure like the question typed in full: one the text does not give is not stated", async () => {
    const typed = await ask("VBHN 4804: điều dưỡng tập trung thì tiền ăn 1 ngày bn?");
    const full = await ask("VBHN 4804: điều dưỡng tập trung thì tiền ăn 1 ngày bao nhiêu?");
    expect(full.notStated).toBe(true);
    expect(typed.notStated).toBe(true);
    expect(typed.question).toBe("VBHN 4804: điều dưỡng tập trung thì tiền ăn 1 ngày bn?");
  });
});
