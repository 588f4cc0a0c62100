import { describe, expect, it } from "vitest";
import { blindHalves, blindSummary, scoreBlind } from "../../eval/blind-obligations.ts";
import { QuoteResolver } from "../../eval/gold-match.ts";
import type { Obligation } from "../../src/obligations/obligation.ts";

const none = { kind: "none" as const, due: null, recurrence: null, text: "" };
const gold = (documentId: string, quote: string, responsible: string[]) => ({
  documentId,
  quote,
  responsible,
  action: "x",
  deadline: none,
  split: "tune" as const,
  complete: true,
});
const extracted = (passageId: string, responsible: string[]): Obligation => ({
  id: passageId,
  documentId: passageId.split("#")[0] as string,
  passageId,
  section: "",
  responsible,
  action: "x",
  deadline: none,
  sourceText: "",
});

describe("blind obligations", () => {
  it("splits the blind documents alternately, in sorted order", () => {
    expect([...blindHalves(["c", "a", "b", "a"])]).toEqual([
      ["a", "inspected"],
      ["b", "kept"],
      ["c", "inspected"],
    ]);
  });

  it("scores the extractor on each half and the first gold against the blind one", () => {
    const resolver = new QuoteResolver([
      { id: "a#1", documentId: "a", text: "Sở Y tế chủ trì tổ chức khám sức khỏe định kỳ hằng năm." },
      { id: "a#2", documentId: "a", text: "Sở Tài chính bố trí kinh phí thực hiện." },
      { id: "b#1", documentId: "b", text: "Các huyện báo cáo kết quả trước ngày 15/12/2024." },
    ]);
    const blind = [
      gold("a", "Sở Y tế chủ trì tổ chức khám sức khỏe", ["Sở Y tế"]),
      gold("a", "Sở Tài chính bố trí kinh phí", ["Sở Tài chính"]),
      gold("b", "Các huyện báo cáo kết quả trước", ["Các huyện"]),
    ];
    // The first annotator saw only one obligation in "a" and none in "b".
    const first = [gold("a", "Sở Y tế chủ trì tổ chức khám sức khỏe", ["Sở Y tế"])];
    const result = scoreBlind(
      [extracted("a#1", ["Sở Y tế"]), extracted("a#2", ["Sở Nội vụ"]), extracted("b#1", ["Các huyện"])],
      blind,
      first,
      resolver,
    );
    expect(result.inspected).toMatchObject({ documents: 1, gold: 2, extracted: 2, matched: 1, recall: 0.5 });
    expect(result.inspected?.missedWhy).toEqual({ noneInPassage: 0, otherParties: 1 });
    expect(result.all).toMatchObject({ documents: 2, gold: 3, extracted: 3, matched: 2 });
    expect(result.kept).toMatchObject({ documents: 1, gold: 1, matched: 1, precision: 1, recall: 1 });
    expect(result.agreement).toMatchObject({ gold: 3, extracted: 1, matched: 1, precision: 1 });
    expect(result.agreement.recall).toBeCloseTo(0.333, 3);
    expect(blindSummary("dev-tune", result)).toContain("kept half (never inspected): 1 documents, gold 1");

    // A held-out set is never read, so it has no halves: one figure over all its documents.
    const heldOut = scoreBlind([extracted("a#1", ["Sở Y tế"])], blind, first, resolver, { halves: false });
    expect(heldOut.inspected).toBeUndefined();
    expect(heldOut.kept).toBeUndefined();
    expect(heldOut.all).toMatchObject({ documents: 2, gold: 3, extracted: 1, matched: 1, precision: 1 });
    const summary = blindSummary("dev-heldout", heldOut);
    expect(summary).toContain("all documents (never inspected): 2 documents, gold 3, extracted 1");
    expect(summary).not.toContain("kept half");
  });
});
