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

  it("reads kinds that describe the document by its own title as the document's words (980/KH-UBND, Nghệ An)", () => {
    const plan = documentMeta({
      id: "980-2025-kh-ubnd-nghean",
      title: "KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ",
      kind: "Kế hoạch",
      number: "980/KH-UBND",
      issuedDate: "2025-11-18",
    });
    const q =
      "KH 980/KH-UBND Nghệ An triển khai NĐ quy định chi tiết Luật Phòng thủ dân sự ban hành ngày nào?";
    expect(asksAboutAnother(q, ["issuedDate"], plan)).toBe(false);
    // A decree the title does not describe is another document.
    const other = "KH 980/KH-UBND triển khai NĐ 200/2025 về phòng thủ dân sự; NĐ đó ban hành ngày nào?";
    expect(asksAboutAnother(other, ["issuedDate"], plan)).toBe(true);
  });

  it("reads the kind and number of what the title carries out as the document's words (3260-KH/ĐĐQH15, 2025)", () => {
    const plan = documentMeta({
      id: "3260-kh-ddqh-2025",
      title:
        "KẾ HOẠCH khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về đột phá phát triển khoa học",
      kind: "Kế hoạch",
      number: "3260-KH/ĐĐQH15",
      issuedDate: "2025-01-10",
    });
    expect(asksAboutAnother("ke hoach 3260 trien khai nq 57 do co quan nao ban hanh", ["issuer"], plan)).toBe(
      false,
    );
    // Asked again in a clause of its own, what the plan carries out is the subject.
    expect(asksAboutAnother("KH 3260 triển khai NQ 57; NQ 57 đó ký ngày nào?", ["issuedDate"], plan)).toBe(
      true,
    );
    // A resolution the title does not carry out is another document.
    expect(asksAboutAnother("ke hoach 3260 trien khai nq 52 do co quan nao ban hanh", ["issuer"], plan)).toBe(
      true,
    );
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

  it("reads a number asked of a document asked for ('thay bằng QĐ nào, số mấy') as not the named one's", () => {
    const q = "CV 1921 về điều dưỡng đã được thay bằng văn bản nào chưa, số mấy?";
    expect(asksAboutAnother(q, ["number"], letter)).toBe(true);
    expect(asksAboutAnother("cv 1921 thay the cong van nao, so hieu la gi", ["number"], letter)).toBe(true);
    // With no document named, "văn bản nào" is the one the question looks for.
    expect(asksAboutAnother("Công văn nào về điều dưỡng NCC năm 2013, số mấy?", ["number"], letter)).toBe(
      false,
    );
  });
});

describe("a text told of as acting on the document", () => {
  const decision = documentMeta({
    id: "170-2008-qd-ttg",
    kind: "Quyết định",
    number: "170/2008/QĐ-TTg",
    issuedDate: "2008-12-18",
  });

  it("asks the date or number of the text that amends it, not its own", () => {
    const q = "nam 2015 thu tuong co qd sua qd 170/2008, mo rong bhyt, qd do ky ngay nao";
    expect(asksAboutAnother(q, ["issuedDate"], decision)).toBe(true);
    expect(asksAboutAnother("QĐ 170/2008 ký ngày nào?", ["issuedDate"], decision)).toBe(false);
  });
});

describe("ownsAskedField", () => {
  it("gives the date to the document the question opens with when the one nearest is cited by it ('theo QĐ …')", () => {
    const q = "CV 1921/LĐTBXH-NCC hướng dẫn điều dưỡng theo QĐ 22/2013 được ký ngày nào?";
    expect(ownsAskedField(q, letter)).toBe(true);
    expect(asksAboutAnother(q, ["issuedDate"], letter)).toBe(false);
  });

  it("gives the date to a letter that carries out the text it names ('CV … về triển khai NĐ 180/2026')", () => {
    const q = "CV 1921/LĐTBXH-NCC về triển khai NĐ 31/2013/NĐ-CP ban hành ngày nào?";
    expect(ownsAskedField(q, letter)).toBe(true);
    expect(ownsAskedField("CV 1921 triển khai NĐ 31/2013, nghị định đó ban hành ngày nào?", letter)).toBe(
      false,
    );
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

describe("a letter about issuing a circular", () => {
  const urging = documentMeta({
    id: "3354-2013-cv-vpcp",
    title: "V/v ban hành Thông tư hướng dẫn về quy trình xác nhận nạn nhân chất độc hóa học/dioxin",
    kind: "Công văn",
    number: "3354/VPCP-KGVX",
    issuer: "Văn phòng Chính phủ",
    issuedDate: "2013-04-26",
  });

  it("carries no circular: the number of 'the circular' is another document's", () => {
    const q =
      "Sau khi VPCP có CV 3354 đôn đốc, Bộ LĐTBXH đã ban hành thông tư hướng dẫn xác nhận nạn nhân CĐHH số mấy?";
    expect(asksAboutAnother(q, ["number"], urging)).toBe(true);
  });

  it("reads a clause opened by another kind as about that kind, however long its description", () => {
    const consolidated = documentMeta({ id: "834", kind: "Văn bản hợp nhất", number: "834/VBHN-BLĐTBXH" });
    const q =
      "VBHN 834 đã mở phạm vi sang kinh phí của Bộ Quốc phòng; vậy thông tư của BQP hướng dẫn chi trả ưu đãi NCC trong quân đội theo quy định này số mấy?";
    expect(asksAboutAnother(q, ["number"], consolidated)).toBe(true);
  });
});

describe("a consolidated text named with the texts it brings together", () => {
  it("answers its own date when it opens the question, and leaves a text a later clause turns to", async () => {
    const { answerer } = await devAnswerers([
      "4804-2024-vbhn-bltbxh",
      "836-2024-vbhn-bldtbxh",
      "75-2021-n-cp",
    ]);
    const own = await answerer.answer(
      "VBHN 4804/VBHN-BLĐTBXH hợp nhất NĐ 75/2021 (sửa đổi bởi NĐ 55/2023 và NĐ 77/2024) được Bộ LĐTBXH ký xác thực ngày nào ạ?",
    );
    expect(own.answer).toContain("04/10/2024");
    const other = await answerer.answer(
      "VBHN 836 hợp nhất Thông tư 24/2009 về BHYT, mai táng cho TNXP chống Pháp; bản Thông tư gốc đó do ai ban hành?",
    );
    expect(other.answer).not.toContain("Cơ quan ban hành: BỘ LAO ĐỘNG");
  });
});
