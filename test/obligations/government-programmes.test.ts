import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { GOVERNMENT_PROGRAMME as PROGRAMME } from "../outside-excerpts.ts";

describe("a programme whose section lead-in names who carries out its lettered items", () => {
  const doc = parseDocument(PROGRAMME, "03-nq-cp-2025.md");
  const obligations = extractObligations(doc);
  const of = (opening: string) => {
    const passage = doc.passages.find((p) => p.text.startsWith(opening));
    return obligations.filter((o) => o.passageId === passage?.id);
  };
  const carriers = [
    "các Bộ",
    "cơ quan ngang Bộ",
    "cơ quan thuộc Chính phủ",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
  ];

  it("gives each item to the bodies the lead-in names", () => {
    expect(
      of("Xây dựng, triển khai và tổ chức triển khai chương trình tuyên truyền")[0]?.responsible,
    ).toEqual(carriers);
    expect(of("Xây dựng, ban hành quy định trách nhiệm người đứng đầu")[0]?.responsible).toEqual(carriers);
  });

  it("keeps the objectives and the lead-in itself out", () => {
    expect(of("Tổ chức thể chế hóa và thực hiện đầy đủ")).toEqual([]);
    expect(of("Nhằm đạt được mục tiêu")).toEqual([]);
  });
});

describe("the Government's programme: purposes, adverbs of time and a month after a cited resolution", () => {
  const doc = parseDocument(PROGRAMME, "03-nq-cp-2025.md");
  const obligations = extractObligations(doc);
  const of = (opening: string) => {
    const passage = doc.passages.find((p) => p.text.startsWith(opening));
    return obligations.filter((o) => o.passageId === passage?.id);
  };

  it("reads the items after '… để:' as what the act is for, and the act as the task", () => {
    expect(of("Sửa đổi Luật Khoa học và Công nghệ (2013)")).toHaveLength(1);
    expect(of("Tháo gỡ các khó khăn, vướng mắc")).toEqual([]);
    expect(of("Đơn giản hóa thủ tục hành chính")).toEqual([]);
  });

  it("reads 'Định kỳ đánh giá, công bố …' as a periodic act of the lead-in's bodies, not of the bodies it assesses", () => {
    const [task] = of("Định kỳ đánh giá, công bố mức độ");
    expect(task?.responsible[0]).toBe("các Bộ");
    expect(task?.deadline.recurrence).toBe("periodic");
  });

  it("reads 'trong tháng 01 năm 2025' closing the sentence as the plans' deadline, after the resolution it names", () => {
    const [task] = of("Trên cơ sở nội dung Nghị quyết số 57-NQ/TW");
    expect(task?.deadline).toMatchObject({ kind: "date", due: "2025-01-31" });
  });
});
