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

  it("reads a text told of as acting on a named one, then pointed back to, as the one asked", () => {
    expect(asksSuccessor("nam 2015 thu tuong co qd sua qd 170/2008, mo rong bhyt, qd do ky ngay nao")).toBe(
      true,
    );
    expect(asksSuccessor("Năm 2023 Chính phủ có NĐ sửa đổi NĐ 75/2021, NĐ đó ký ngày nào?")).toBe(true);
    // Nothing pointed back to: the named decree is asked about.
    expect(asksSuccessor("QĐ 117/2007 sửa QĐ 118/TTg, hỗ trợ bao nhiêu?")).toBe(false);
  });

  it("keeps only an acting text of the year the question names (dev tune documents)", async () => {
    const files = ["75-2021-n-cp", "4804-2024-vbhn-bltbxh", "170-2008-qd-ttg"].map((id) =>
      path.join(DEV_DOCS, `${id}.md`),
    );
    const { answerer } = await answerersOver(files);
    const found = await answerer.answer("Năm 2023 Chính phủ có NĐ sửa đổi NĐ 75/2021, NĐ đó ký ngày nào?");
    expect(found.answer).toContain("Nghị định số 55/2023/NĐ-CP ngày 21 tháng 7 năm 2023");
    expect(found.citations[0]?.documentId).toBe("4804-2024-vbhn-bltbxh");
    const other = await answerer.answer("Năm 2019 Chính phủ có NĐ sửa đổi NĐ 75/2021, NĐ đó ký ngày nào?");
    expect(other).toMatchObject({ refused: true });
    expect(other.answer).toContain("Trong kho không có văn bản nào năm 2019 thay thế, sửa đổi hay bãi bỏ");
    // Not the named decision's own date, which the metadata gave.
    const decision = await answerer.answer(
      "nam 2015 thu tuong co qd sua qd 170/2008, mo rong bhyt cho vo chong tnxp, qd do ky ngay nao",
    );
    expect(decision).toMatchObject({ refused: true });
    expect(decision.answer).toContain("Trong kho không có văn bản nào năm 2015 thay thế");
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
