import { describe, expect, it } from "vitest";
import { asksAboutAnother } from "../../src/answer/document-kind.ts";
import { documentMeta } from "../helpers.ts";

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
