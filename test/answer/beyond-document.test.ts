import { describe, expect, it } from "vitest";
import { asksCareer } from "../../src/answer/beyond-document.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("asksCareer", () => {
  it("reads a person's office at another time than the document's, with or without accents", () => {
    expect(asksCareer("Ông Nguyễn Khắc Định ký CV 3354/VPCP-KGVX, sau này giữ những chức vụ gì?")).toBe(true);
    expect(asksCareer("pho thu tuong nguyen thien nhan giu chuc pho thu tuong tu nam nao den nam nao")).toBe(
      true,
    );
    expect(asksCareer("Thứ trưởng ký CV 2214, sau khi thôi làm thứ trưởng ông giữ chức vụ gì?")).toBe(true);
    // The office at signing is in the signature block: asked as such, it is answered.
    expect(asksCareer("Ai ký công văn 3354 với chức vụ gì?")).toBe(false);
    expect(asksCareer("Hiện nay Sở phải báo cáo trước ngày nào?")).toBe(false);
  });

  it("is refused through the answerer, with what the documents do say", async () => {
    const { answerer } = await devAnswerers(["3354-2013-cv-vpcp", "2214-2013-cv-bxd"]);
    const a = await answerer.answer(
      "Ông Nguyễn Khắc Định ký CV 3354/VPCP-KGVX, sau này giữ những chức vụ gì?",
    );
    expect(a.refused).toBe(true);
    expect(a.answer).toContain("chỉ ghi chức vụ của người ký tại thời điểm ký");
    const signer = await answerer.answer("Ai ký công văn 3354/VPCP-KGVX?");
    expect(signer.refused).toBe(false);
  });
});
