import { describe, expect, it } from "vitest";
import { asksAboutAnother, ownsAskedField } from "../../src/answer/document-kind.ts";
import { documentMeta } from "../helpers.ts";
import { devAnswerers } from "./answer-fixture.ts";

const letter = documentMeta({
  id: "1921-2013-cv-ldtbxh",
  title: "Công văn 1921/LĐTBXH-NCC",
  kind: "Công văn",
  number: "1921/LĐTBXH-NCC",
  issuer: "Bộ Lao động - Thương binh và Xã hội",
  issuedDate: "2013-06-03",
});

describe("asksAboutAnother", () => {
  it("reads the issuer asked of another kind of document as not this letter's ('TTLT đó do những bộ nào ban hành')", () => {
    expect(
      asksAboutAnother(
        "CV 1921/LĐTBXH-NCC hướng dẫn tạm thời trong khi chờ TTLT về điều dưỡng; TTLT đó do những bộ nào ban hành?",
        ["issuer"],
        letter,
      ),
    ).toBe(true);
  });

  it("keeps the letter's own issuer, however the question names the letter", () => {
    expect(asksAboutAnother("CV 1921/LĐTBXH-NCC do cơ quan nào ban hành?", ["issuer"], letter)).toBe(false);
    expect(asksAboutAnother("Công văn 1921 về điều dưỡng do bộ nào ban hành?", ["issuer"], letter)).toBe(
      false,
    );
  });

  it("reads a number asked after the letter's full number as another document's", () => {
    const q = "Sở LĐTBXH Hà Nội có văn bản hướng dẫn thực hiện CV 1921/LĐTBXH-NCC không, số mấy?";
    expect(asksAboutAnother(q, ["number"], letter)).toBe(true);
    // Named by its bare number, the letter's full number is still what is asked.
    expect(
      asksAboutAnother("Công văn 1921 năm 2013 về điều dưỡng có số hiệu đầy đủ là gì?", ["number"], letter),
    ).toBe(false);
  });
});

describe("ownsAskedField", () => {
  it("gives the date to the document the question opens with when the one nearest is cited by it ('theo QĐ …')", () => {
    const q = "CV 1921/LĐTBXH-NCC hướng dẫn điều dưỡng theo QĐ 22/2013 được ký ngày nào?";
    expect(ownsAskedField(q, letter)).toBe(true);
    expect(asksAboutAnother(q, ["issuedDate"], letter)).toBe(false);
  });

  it("leaves the date to a document pointed back to, or one the opener is based on", () => {
    for (const q of [
      "CV 1921 hướng dẫn theo QĐ 22/2013, QĐ đó được ký ngày nào?",
      "CV 1921 căn cứ Nghị định 31/2013 ban hành ngày nào?",
    ]) {
      expect(ownsAskedField(q, letter)).toBe(false);
      expect(asksAboutAnother(q, ["issuedDate"], letter)).toBe(true);
    }
  });
});

describe("a date asked of a letter that names a decision it follows", () => {
  it("is the letter's date, from its header", async () => {
    const { answerer } = await devAnswerers(["2214-2013-cv-bxd", "1414-2013-cv-tct"]);
    const answer = await answerer.answer(
      "Công văn 2214/BXD-QLN của Bộ Xây dựng đề nghị bố trí vốn hỗ trợ nhà ở cho NCC theo QĐ 22/2013 được ký ngày nào?",
    );
    expect(answer.answer).toContain("Ngày ban hành: 23/10/2013");
    expect(answer.citations[0]?.documentId).toBe("2214-2013-cv-bxd");
  });
});
