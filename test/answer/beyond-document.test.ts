import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { asksCareer } from "../../src/answer/beyond-document.ts";
import { tempDir } from "../helpers.ts";
import { answerersOver, devAnswerers } from "./answer-fixture.ts";

describe("asksCareer", () => {
  it("reads an office named by itself that a signer held later, only of a person", () => {
    expect(
      asksCareer(
        "ong chau van lam ky qd 12/2012/qd-ubnd tuyen quang, sau nay ong lam bi thu tinh uy tuyen quang tu nam nao",
      ),
    ).toBe(true);
    expect(asksCareer("Sau này tỉnh làm nhà tình nghĩa năm nào?")).toBe(false);
  });

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

  it("reads the life of a person named as signer, not a birth year that a rule asks of its beneficiaries", () => {
    expect(
      asksCareer("Bà Nguyễn Thị Kim Ngân, người ký Pháp lệnh 02/2020, sinh năm nào và quê ở tỉnh nào?"),
    ).toBe(true);
    expect(asksCareer("Thứ trưởng Nguyễn Bá Hoan, người ký VBHN 836, được bổ nhiệm từ năm nào?")).toBe(true);
    expect(asksCareer("Con liệt sĩ sinh năm nào thì được hưởng trợ cấp theo NĐ 75/2021?")).toBe(false);
    // "ba" typed with accents is "three", not "bà".
    expect(asksCareer("Người con thứ ba sinh năm nào thì được cấp thẻ?")).toBe(false);
  });

  it("is refused through the answerer, with what the documents do say", async () => {
    const { answerer } = await devAnswerers(["3354-2013-cv-vpcp", "2214-2013-cv-bxd"]);
    const a = await answerer.answer(
      "Ông Nguyễn Khắc Định ký CV 3354/VPCP-KGVX, sau này giữ những chức vụ gì?",
    );
    expect(a.refused).toBe(true);
    expect(a.answer).toContain("chỉ ghi tên và chức vụ của người ký tại thời điểm ký");
    const signer = await answerer.answer("Ai ký công văn 3354/VPCP-KGVX?");
    expect(signer.refused).toBe(false);
  });
});

describe("when or where a body was founded", () => {
  it("is answered only by a text that says it was founded, else refused (3354-2013-cv-vpcp, 1921-2013-cv-ldtbxh)", async () => {
    const { answerer } = await devAnswerers(["3354-2013-cv-vpcp", "1921-2013-cv-ldtbxh"]);
    const a = await answerer.answer(
      "hoi nan nhan chat doc da cam/dioxin viet nam (lien quan cv 3354/vpcp-kgvx) duoc thanh lap nam nao",
    );
    expect(a.refused).toBe(true);
  });

  it("is answered where the text says it was founded", async () => {
    const file = path.join(tempDir("troly-founded-"), "15-2025-qd-ubnd.md");
    writeFileSync(
      file,
      [
        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 15/QĐ-UBND | Bắc Kạn, ngày 10 tháng 3 năm 2025",
        "",
        "QUYẾT ĐỊNH",
        "Về việc thành lập Ban Chỉ đạo chăm sóc người có công",
        "",
        "Điều 1. Thành lập Ban Chỉ đạo chăm sóc người có công tỉnh Bắc Kạn kể từ ngày 15 tháng 3 năm 2025.",
      ].join("\n"),
    );
    const { answerer } = await answerersOver([file]);
    const a = await answerer.answer(
      "Ban Chỉ đạo chăm sóc người có công tỉnh Bắc Kạn được thành lập ngày nào?",
    );
    expect(a.refused).toBe(false);
    expect(a.answer).toContain("15 tháng 3 năm 2025");
  });
});
