import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { Abbreviations } from "../../src/search/abbreviations.ts";
import { fold, normalize } from "../../src/search/vietnamese-analyzer.ts";
import { ROOT } from "../helpers.ts";

const DEV = path.join(ROOT, "..", "shared", "dev-corpus", "docs");
/** Passages of real documents (dev corpus, tune half): texts about TNXP, health insurance and Hồ Chí Minh City. */
const passages = ["170-2008-qd-ttg", "836-2024-vbhn-bldtbxh", "5129-2008-qd-ubnd", "75-2021-n-cp"].flatMap(
  (id) => parseDocument(readFileSync(path.join(DEV, `${id}.md`), "utf8"), `${id}.md`).passages,
);
const words = new Set(
  passages.flatMap(
    (p) =>
      fold(normalize(p.text))
        .toLowerCase()
        .match(/[a-z]+/g) ?? [],
  ),
);

describe("Abbreviations", () => {
  const abbreviations = new Abbreviations(
    () => passages,
    (w) => words.has(w),
  );

  it("reads an abbreviation the documents never write as the phrase of its initials", () => {
    expect(abbreviations.expand("tnxp chong phap co duoc huong bhyt khong")).toContain("bao hiem y te");
    expect(abbreviations.expand("Bà mẹ VNAH được trợ cấp bao nhiêu?")).toBe(
      "Bà mẹ viet nam anh hung được trợ cấp bao nhiêu?",
    );
  });

  it("reads a 'w' as the 'ư' of Telex typing ('NSTW' is 'ngân sách trung ương')", () => {
    const budget = new Abbreviations(
      () => [1, 2, 3].map((i) => ({ text: `Kinh phí lần ${i} do ngân sách trung ương bảo đảm.` })),
      () => false,
    );
    expect(budget.expand("ngoai phan NSTW bao dam")).toBe("ngoai phan ngan sach trung uong bao dam");
  });

  it("leaves question words, known words and initials no phrase clearly owns", () => {
    expect(abbreviations.expand("Ai ký quyết định này?")).toBe("Ai ký quyết định này?");
    // "hn": "hà nội", "hằng năm", "hội nghị" … no phrase dominates.
    expect(abbreviations.expand("hn co che do rieng khong")).toBe("hn co che do rieng khong");
  });

  it("reads a large corpus through a sample, which still finds a frequent phrase", () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({
      text: i % 3 === 0 ? "Người có công được cấp thẻ bảo hiểm y tế." : `Đoạn ${i} về chế độ khác.`,
    }));
    const large = new Abbreviations(
      () => many,
      () => false,
    );
    expect(large.expand("bhyt")).toBe("bao hiem y te");
  });

  it("looks again when the passages change (a reload)", () => {
    let list = passages;
    const live = new Abbreviations(
      () => list,
      () => false,
    );
    expect(live.expand("bhyt")).toBe("bao hiem y te");
    list = passages.filter((p) => !fold(p.text).toLowerCase().includes("bao hiem y te"));
    expect(live.expand("bhyt")).toBe("bhyt");
  });
});
