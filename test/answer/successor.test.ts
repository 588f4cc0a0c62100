import path from "node:path";
import { describe, expect, it } from "vitest";
import { asksSuccessor } from "../../src/answer/successor.ts";
import { answerersOver, DEV_DOCS } from "./answer-fixture.ts";

describe("which text replaced or amended a document", () => {
  it("reads the question's direction: replaced by which, not what it replaced", () => {
    expect(asksSuccessor("NĐ 87/2013 đã được thay thế bằng nghị định nào?")).toBe(true);
    expect(asksSuccessor("nghi dinh 75/2021 da duoc sua doi bo sung boi nghi dinh nao")).toBe(true);
    expect(asksSuccessor("Nghị định 54/2008 bị bãi bỏ bởi văn bản nào?")).toBe(true);
    expect(asksSuccessor("NĐ 87/2013 thay thế nghị định nào?")).toBe(false);
  });

  it("answers from another text that names it with such a verb, or says the corpus has none (dev tune documents)", async () => {
    const files = ["87-2013-n-cp", "75-2021-n-cp", "4804-2024-vbhn-bltbxh"].map((id) =>
      path.join(DEV_DOCS, `${id}.md`),
    );
    const { answerer } = await answerersOver(files);
    // 87/2013 repeals 54/2008 in its own text: that says what 87/2013 replaced, not what replaced it.
    const none = await answerer.answer("Nghị định 87/2013/NĐ-CP đã được thay thế bằng nghị định nào?");
    expect(none).toMatchObject({ refused: true });
    expect(none.answer).toContain(
      "Trong kho không có văn bản nào thay thế, sửa đổi hay bãi bỏ Nghị định số 87/2013/NĐ-CP",
    );
    const repealed = await answerer.answer("Nghị định 54/2008 bị bãi bỏ bởi văn bản nào?");
    expect(repealed.answer).toContain("Bãi bỏ Nghị định số 54/2008/NĐ-CP");
    expect(repealed.citations[0]?.documentId).toBe("87-2013-n-cp");
    // The consolidated text lists the amending decrees after "… được sửa đổi, bổ sung bởi:".
    const amended = await answerer.answer("Nghị định 75/2021 đã được sửa đổi bởi nghị định nào?");
    expect(amended.answer).toContain("Nghị định số 55/2023/NĐ-CP");
    expect(amended.answer).toContain("Nghị định số 77/2024/NĐ-CP");
    expect(amended.citations.every((c) => c.documentId === "4804-2024-vbhn-bltbxh")).toBe(true);
  });
});
