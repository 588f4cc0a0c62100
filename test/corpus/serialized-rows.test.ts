import { describe, expect, it } from "vitest";
import { blankPageNumbers } from "../../src/corpus/page-numbers.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { blankRunningHeads } from "../../src/corpus/running-heads.ts";
import { joinSerializedRows, markSerializedRows } from "../../src/corpus/serialized-rows.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// Nghị quyết 105/NQ-CP (2026) as the Công báo's text layer printed its Phụ lục I, condensed: one cell fragment per
// line, a bare row number on its own line, the column names and the gazette's running head at every page's top.
/** The column names, one fragment per line, as the gazette prints them at the top of every page of the table. */
const COLUMNS = [
  "TT ",
  "Nội dung công việc ",
  "Cơ quan      ",
  "chủ trì ",
  "Cơ quan ",
  "phối hợp ",
  "Cấp trình ",
  "Sản phẩm ",
  "Thời hạn ",
  "hoàn thành ",
];

const APPENDIX = [
  "CHÍNH PHỦ",
  "Số: 105/NQ-CP",
  "Hà Nội, ngày 08 tháng 4 năm 2026",
  "NGHỊ QUYẾT",
  "Ban hành Chương trình hành động của Chính phủ",
  "",
  "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.",
  "",
  "Phụ lục I ",
  "NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG ",
  " ",
  ...COLUMNS,
  "I ",
  "Thực hiện hiệu quả công tác giáo dục chính trị, tư tưởng ",
  "1 ",
  "Tăng cường công tác lãnh đạo, chỉ đạo ",
  "việc quán triệt, thực hiện Kết luận số 210-",
  "KL/TW ",
  "Các bộ, cơ ",
  "quan ngang ",
  "bộ ",
  "Các bộ, ",
  "ngành liên ",
  "quan ",
  "Cấp có ",
  "thẩm ",
  "quyền ",
  "Văn bản lãnh ",
  "đạo, chỉ đạo ",
  "Thường xuyên ",
  "2 ",
  "Tham mưu cấp có thẩm quyền xem xét, ",
  "quyết định biểu dương, khen thưởng ",
  "Các bộ, cơ ",
  "quan ngang ",
  "bộ ",
  "Bộ Nội vụ ",
  "Cấp có ",
  "thẩm ",
  "quyền ",
  "Quyết định ",
  "khen thưởng ",
  "Thường xuyên ",
  "",
  "CÔNG BÁO/Số 242/Ngày 22-04-2026 ",
  "78 ",
  " ",
  ...COLUMNS,
  // A group printed across the whole table: its number and title on one line.
  "II Hoàn thiện thể chế ",
  "1 ",
  "Tham mưu ban hành Nghị định của ",
  "Chính phủ quy định chi tiết Luật Ngân sách ",
  "Bộ Tài chính ",
  "Các bộ, ",
  "ngành ",
  "Chính phủ ",
  "Nghị định ",
  "Quý III/2026 ",
  "",
  "CÔNG BÁO/Số 242/Ngày 22-04-2026 ",
  "79 ",
  "",
].join("\n");

describe("a task table printed one cell fragment per line, rows numbered on lines of their own", () => {
  it("marks the rows before page furniture is blanked and rejoins them after, keeping every offset", () => {
    const marked = markSerializedRows(APPENDIX);
    expect(marked).toHaveLength(APPENDIX.length);
    // The row numbers are items now, so "Thường xuyên" over "2" is no running head over a page number.
    expect(marked.split("\n")).toContain("2.");
    // The column names repeated at the page's top are blanked.
    expect(marked.split("\n").filter((l) => l.trim() === "Nội dung công việc")).toHaveLength(1);
    // The pipeline blanks page furniture between the two passes (the gazette's running head, its page number).
    const joined = joinSerializedRows(blankPageNumbers(blankRunningHeads(marked)));
    expect(joined).toHaveLength(APPENDIX.length);
    expect(joined).toMatch(/^TT +Nội dung công việc +Cơ quan +chủ trì .*hoàn thành $/mu);
    expect(joined).toMatch(/^2\. Tham mưu cấp có thẩm quyền .* Thường xuyên\s*$/mu);
    expect(joined).toMatch(/^II\. Hoàn thiện thể chế$/mu);
  });

  it("gives each row to its lead body with its own time", () => {
    const doc = parseDocument(APPENDIX, "105-2026-nq-cp.md");
    const rows = extractObligations(doc).filter((o) => o.section.startsWith("Phụ lục"));
    const of = (opening: string) => rows.find((o) => o.action.startsWith(opening));
    expect(of("Tăng cường công tác lãnh đạo")).toMatchObject({
      responsible: ["Các bộ", "cơ quan ngang bộ"],
      deadline: { kind: "continuous" },
    });
    expect(of("Tham mưu cấp có thẩm quyền")?.responsible).toEqual(["Các bộ", "cơ quan ngang bộ"]);
    expect(of("Tham mưu ban hành Nghị định")).toMatchObject({
      responsible: ["Bộ Tài chính"],
      deadline: { kind: "date", due: "2026-09-30" },
    });
  });
});
