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
