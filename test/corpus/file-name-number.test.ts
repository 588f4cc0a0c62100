import { describe, expect, it } from "vitest";
import { misreadNumber, numberFromFileName } from "../../src/corpus/file-name-number.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";

describe("numberFromFileName", () => {
  it("reads a number beside a kind's code, either way round, with a year between", () => {
    expect(numberFromFileName("71-2025-nq-bct.md")).toEqual({ number: "71", kind: "Nghị quyết" });
    expect(numberFromFileName("NQ 71 2025.docx")).toEqual({ number: "71", kind: "Nghị quyết" });
    expect(numberFromFileName("CV6357_UBND-NC.pdf")).toEqual({ number: "6357", kind: "Công văn" });
    expect(numberFromFileName("Kết luận/127-KL-TW.pdf")).toEqual({ number: "127", kind: "Kết luận" });
  });

  it("reads nothing from a name with no kind beside a number", () => {
    expect(numberFromFileName("hy-kl-can-bo-tre-2024.md")).toBeNull();
    expect(numberFromFileName("001_a6d365166096cf5a.txt")).toBeNull();
    expect(numberFromFileName("bao-cao-2024.pdf")).toBeNull();
  });
});

describe("a copy that lost its header (Nghị quyết 71-NQ/TW, 2025, as a news site printed it)", () => {
  const body = [
    "Trong quá trình phát triển đất nước, Đảng và Nhà nước ta luôn coi giáo dục và đào tạo là quốc sách hàng đầu.",
    "Chi ngân sách nhà nước cho giáo dục và đào tạo đạt tối thiểu 20% tổng chi ngân sách nhà nước.",
  ].join("\n\n");

  it("takes its number and kind from the file name", () => {
    expect(parseDocument(body, "71-2025-nq-bct.md").meta).toMatchObject({ number: "71", kind: "Nghị quyết" });
  });

  it("keeps the number its text gives", () => {
    const headed = `Số: 12/2012/QĐ-UBND\n\n${body}`;
    expect(parseDocument(headed, "71-2025-nq-bct.md").meta.number).toBe("12/2012/QĐ-UBND");
  });
});

describe("misreadNumber", () => {
  it("gives the file name's number where the header's differs from it by one digit", () => {
    expect(misreadNumber({ id: "1046-2020-cv-tct", number: "4046/TCT-TTKT" })).toBe("1046/TCT-TTKT");
  });

  it("gives nothing where they agree, differ in length or in more than one digit, or the name has no number", () => {
    expect(misreadNumber({ id: "1046-2020-cv-tct", number: "1046/TCT-TTKT" })).toBeNull();
    expect(misreadNumber({ id: "1046-2020-cv-tct", number: "104/TCT-TTKT" })).toBeNull();
    expect(misreadNumber({ id: "1046-2020-cv-tct", number: "4086/TCT-TTKT" })).toBeNull();
    expect(misreadNumber({ id: "hy-kl-can-bo-tre-2024", number: "4046/TCT-TTKT" })).toBeNull();
  });
});
