import { describe, expect, it } from "vitest";
import { topicTerms, unknownDocumentNumber } from "../../src/answer/refusal-gate.ts";
import { Bm25Index } from "../../src/search/bm25-index.ts";
import { analyze } from "../../src/search/vietnamese-analyzer.ts";

const index = Bm25Index.build([
  { text: analyze("Quyết định số 08/2024/QĐ-UBND ngày 08/3/2024 của Ủy ban nhân dân tỉnh"), context: [] },
  { text: analyze("Nghị quyết số 20-NQ/TU ngày 08/02/2022 của Ban Thường vụ Tỉnh ủy"), context: [] },
]);
const unknown = (question: string) => unknownDocumentNumber(index, topicTerms(question));

describe("unknownDocumentNumber", () => {
  it("names a document number no passage mentions", () => {
    expect(unknown("Nghị quyết số 99-NQ/TU nói gì?")).toBe("99-nq/tu");
    expect(unknown("Nghị quyết 20-NQ/TU nói gì?")).toBeNull();
  });

  it("does not mistake a month/year or a partial number for a document number", () => {
    expect(unknown("Cuộc họp tháng 8/2024 có ai báo cáo?")).toBeNull();
    expect(unknown("qd 08/2024 ve tieu chuan can bo xa do ai ban hanh")).toBeNull();
  });
});
