import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withoutDocumentReferences } from "../../src/answer/document-reference.ts";
import { tempDir } from "../helpers.ts";
import { GOVERNMENT_PROGRAMME as RESOLUTION } from "../outside-excerpts.ts";
import { answerersOver } from "./answer-fixture.ts";

describe("withoutDocumentReferences", () => {
  it("blanks a document cited by kind and number, keeping the rest as typed", () => {
    expect(withoutDocumentReferences("NQ 03 nói thí điểm bản sao số cho đâu?")).toBe(
      "      nói thí điểm bản sao số cho đâu?",
    );
    expect(withoutDocumentReferences("Kế hoạch số 120/KH-UBND giao ai?")?.trim()).toBe("giao ai?");
    expect(withoutDocumentReferences("thí điểm bản sao số cho đâu?")).toBeNull();
  });
});

describe("a question that names its document by kind and bare number ('NQ 03')", () => {
  it("is answered from that document, though its passage does not repeat the number; an unknown number is not", async () => {
    const dir = tempDir("troly-named-");
    const file = path.join(dir, "03-nq-cp-2025.md");
    writeFileSync(file, RESOLUTION);
    const { extractive } = await answerersOver([file]);
    const answer = await extractive.answer("NQ 03 nói thí điểm bản sao số cho đâu?");
    expect(answer.refused).toBe(false);
    expect(answer.answer).toContain("một số thành phố trực thuộc Trung ương");
    expect((await extractive.answer("NQ 05 nói thí điểm bản sao số cho đâu?")).refused).toBe(true);
  });
});

describe("a scan whose header number OCR misread by a digit ('Số: 4046/TCT-TTKT' saved as 1046-2020-cv-tct.md)", () => {
  const LETTER = [
    "BỘ TÀI CHÍNH",
    "TỔNG CỤC THUẾ",
    "Số: 4046/TCT-TTKT",
    "V/v rà soát hồ sơ hoàn thuế giá trị gia tăng",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày 26 tháng 3 năm 2020",
    "",
    "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.",
    "",
    "Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố rà soát hồ sơ hoàn thuế giá trị gia tăng đã giải quyết trong năm 2019, báo cáo kết quả về Tổng cục Thuế trước ngày 30/4/2020.",
    "",
    "KT. TỔNG CỤC TRƯỞNG",
    "PHÓ TỔNG CỤC TRƯỞNG",
    "",
    "Đặng Ngọc Minh",
  ].join("\n");

  it("answers to the number its file name gives, and to the one its header reads, but not to a third", async () => {
    const dir = tempDir("troly-misread-");
    const file = path.join(dir, "1046-2020-cv-tct.md");
    writeFileSync(file, LETTER);
    const { answerer } = await answerersOver([file]);
    const byFileName = await answerer.answer(
      "Công văn 1046/TCT-TTKT yêu cầu báo cáo kết quả rà soát trước ngày nào?",
    );
    expect(byFileName.refused).toBe(false);
    expect(byFileName.answer).toContain("30/4/2020");
    const signer = await answerer.answer("cv 1046 cua tong cuc thue do ai ky");
    expect(signer.answer).toContain("Đặng Ngọc Minh");
    const byHeader = await answerer.answer(
      "Công văn 4046/TCT-TTKT yêu cầu báo cáo kết quả rà soát trước ngày nào?",
    );
    expect(byHeader.answer).toContain("30/4/2020");
    const other = await answerer.answer(
      "Công văn 1047/TCT-TTKT yêu cầu báo cáo kết quả rà soát trước ngày nào?",
    );
    expect(other.refused).toBe(true);
  });
});
