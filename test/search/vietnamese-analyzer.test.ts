import { describe, expect, it } from "vitest";
import {
  analyze,
  analyzeQuery,
  fold,
  hasDiacritics,
  numeralAlternates,
} from "../../src/search/vietnamese-analyzer.ts";

describe("fold", () => {
  it("drops accents and maps đ to d", () => {
    expect(fold("Hạn chót rà soát quy hoạch Đảng đoàn")).toBe("Han chot ra soat quy hoach Dang doan");
  });
  it("treats both tone placements (uỷ / ủy) alike", () => {
    expect(fold("Tỉnh uỷ")).toBe(fold("Tỉnh ủy"));
  });
});

describe("analyze", () => {
  it("emits folded syllables and bigrams within a phrase, not across punctuation", () => {
    const terms = analyze("Quy hoạch, cán bộ trẻ", { accents: false });
    expect(terms).toContain("uquy");
    expect(terms).toContain("bquy hoach");
    expect(terms).toContain("bcan bo");
    expect(terms).not.toContain("bhoach can");
  });
  it("keeps document numbers and dates whole", () => {
    const terms = analyze("Quyết định số 08/2024/QĐ-UBND, Nghị quyết 20-NQ/TU ngày 31/12/2024");
    expect(terms).toEqual(expect.arrayContaining(["n08/2024/qd-ubnd", "n20-nq/tu", "n31/12/2024"]));
  });
  it("matches a question typed without diacritics", () => {
    const doc = new Set(analyze("Trước ngày 31/12/2024, rà soát, bổ sung quy hoạch cán bộ trẻ"));
    const query = analyzeQuery("han chot ra soat quy hoach can bo tre");
    expect(query.filter((t) => doc.has(t))).toEqual(
      expect.arrayContaining(["bra soat", "bquy hoach", "bcan bo", "bbo tre"]),
    );
  });
  it("adds accented syllables to queries only when the user typed accents", () => {
    expect(hasDiacritics("han chot")).toBe(false);
    expect(analyzeQuery("han chot").some((t) => t.startsWith("a"))).toBe(false);
    expect(analyzeQuery("hạn chót")).toContain("ahạn");
  });
  it("drops question words and the true/false tail from queries", () => {
    const terms = analyzeQuery("Ai phải làm việc này, đúng hay sai?");
    expect(terms).not.toContain("uai");
    expect(terms).not.toContain("usai");
  });
});

describe("numeralAlternates", () => {
  it("asks a small count in its other spelling, as the pair it forms with the word before it", () => {
    expect(numeralAlternates("tre may tuoi thi vao hoc lop 1")).toEqual(["blop mot"]);
    expect(numeralAlternates("Tuổi vào học lớp một là bao nhiêu?")).toEqual(["blop 1"]);
  });

  it("leaves dates, document numbers and words that are not counts alone", () => {
    expect(numeralAlternates("Quyết định 986/QĐ-UBND ngày 13/8/2024")).toEqual([]);
    expect(numeralAlternates("sau khi nam nu dang ky ket hon")).toEqual([]);
  });
});
