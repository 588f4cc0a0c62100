import { describe, expect, it } from "vitest";
import { cellPerLineRows } from "../../src/corpus/cell-per-line-table.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

/** Lines as the block splitter gives them: text and offsets. */
const linesOf = (text: string) => {
  let offset = 0;
  return text.split("\n").map((line) => {
    const out = { text: line, start: offset, end: offset + line.length };
    offset += line.length + 1;
    return out;
  });
};
/** Cells one per line, each closed by "|"; an empty cell is a "|" right after the one before, as the crawl writes it. */
const cellLines = (rows: string[][]) =>
  ["|", ...rows.flatMap((row) => [...row.flatMap((c) => (c ? [c, "|"] : ["|"])), "|"])].slice(0, -1);

/** Kế hoạch 310/KH-UBND of Hà Nội (24/11/2025, outside the dev corpus): its appendix, one cell per line. */
const TASKS = cellLines([
  [
    "**TT**",
    "**Nội dung/nhiệm vụ**",
    "**Cơ quan chủ trì**",
    "**Cơ quan phối hợp**",
    "**Thời gian thực hiện**",
  ],
  [
    "1",
    "Tổ chức điều chỉnh, bổ sung\nquy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp",
    "Ban Quản lý các khu công nghệ cao và khu công nghiệp",
    "Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã",
    "Quý III Năm 2026",
  ],
  [
    "2",
    "Khảo sát, đánh giá thực trạng hạ tầng viễn thông",
    "Ban Quản lý các khu công nghệ cao và khu công nghiệp",
    "",
    "Quý IV/2025",
  ],
  [
    "3",
    "Xây dựng kế hoạch đầu tư công",
    "Ban Quản lý các khu công nghệ cao và khu công nghiệp",
    "Sở Tài chính",
    "Thường xuyên",
  ],
]).join("\n");

describe("tables a crawl prints one cell per line between lone pipes", () => {
  it("reads the header and each row, a cell's wrapped lines joined", () => {
    const table = cellPerLineRows(linesOf(TASKS));
    expect(table?.rows.map((r) => r.cells.length)).toEqual([5, 5, 5, 5]);
    expect(table?.rows[1]?.cells[1]).toContain("bổ sung quy hoạch hạ tầng");
    expect(table?.rows[2]?.cells[3]).toBe("");
    expect(table?.length).toBe(TASKS.split("\n").length);
  });

  it("ends the table at its last pipe when a footnote follows it (Công văn 6225/BVHTTDL-VP, 2025)", () => {
    const footnote =
      "[1] Ban\nChỉ đạo của Bộ Văn hóa, Thể thao và Du lịch về phát triển khoa học, công nghệ.";
    const table = cellPerLineRows(linesOf(`${TASKS}\n|\n${footnote}`));
    expect(table?.rows.map((r) => r.cells.length)).toEqual([5, 5, 5, 5]);
    expect(table?.length).toBe(TASKS.split("\n").length + 1);
  });

  it("gives each row of a plan's appendix its party and deadline (Kế hoạch 310/KH-UBND, Hà Nội 2025)", () => {
    const plan = parseDocument(
      `ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\nSố: 310/KH-UBND\n\nHà Nội, ngày 24 tháng 11 năm 2025\n\nKẾ HOẠCH\n\nỦy ban nhân dân Thành phố ban hành Kế hoạch như sau:\n\n1. Các đơn vị thực hiện các nhiệm vụ tại Phụ lục.\n\n**PHỤ LỤC**\n\nNHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH\n\n${TASKS}\n`,
      "310-2025-kh-ubnd-hanoi.md",
    );
    const rows = extractObligations(plan).filter((o) => /-r\d+$/.test(o.passageId));
    expect(rows.map((o) => [o.responsible, o.deadline.kind, o.deadline.due])).toEqual([
      [["Ban Quản lý các khu công nghệ cao và khu công nghiệp"], "date", "2026-09-30"],
      [["Ban Quản lý các khu công nghệ cao và khu công nghiệp"], "date", "2025-12-31"],
      [["Ban Quản lý các khu công nghệ cao và khu công nghiệp"], "continuous", null],
    ]);
  });

  it("counts the columns of a header merged over two rows by its row numbers (235/KH-UBND, Thanh Hóa 2025)", () => {
    const lines = cellLines([
      ["**STT**", "**Địa điểm quan trắc**", "**Đối tượng quan trắc**"],
      ["**Nguồn nước cấp nuôi tôm**", "**Ao nuôi tôm**", "**Nuôi ngao**", "**Cá lồng nước ngọt**"],
      ["1", "Cửa sông lạch Càn", "1", "", "", ""],
      ["2", "Cửa sông lạch Sung", "1", "", "", ""],
      ["3", "Cửa sông lạch Trường", "4", "", "", ""],
    ]);
    const table = cellPerLineRows(linesOf(lines.join("\n")));
    expect(table?.rows[0]?.cells).toEqual([
      "**STT**",
      "**Địa điểm quan trắc**",
      "**Nguồn nước cấp nuôi tôm**",
      "**Ao nuôi tôm**",
      "**Nuôi ngao**",
      "**Cá lồng nước ngọt**",
    ]);
    expect(table?.rows.slice(1).map((r) => r.cells[1])).toEqual([
      "Cửa sông lạch Càn",
      "Cửa sông lạch Sung",
      "Cửa sông lạch Trường",
    ]);
  });

  it("reads a table whose row numbers restart under each group title, past a page-break mark (980/KH-UBND, Nghệ An 2025)", () => {
    const header = [
      "**TT**",
      "**Nội dung thực hiện**",
      "**Cơ quan chủ trì**",
      "**Cơ quan phối hợp**",
      "**Thời gian hoàn thành**",
      "**Sản phẩm dự kiến**",
    ];
    const title = (n: string, name: string) => [n, name];
    const lines = [
      ...cellLines([
        header,
        title("**I**", "**KIỆN TOÀN VÀ HOÀN THIỆN CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ**"),
      ]),
      "|",
      ...cellLines([
        [
          "1",
          "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã",
          "Bộ CHQS tỉnh; UBND cấp xã",
          "Văn phòng Ban Chỉ huy",
          "Trước ngày 30/11/2025",
          "Quyết định của Chủ tịch UBND",
        ],
        title("**II**", "**TRIỂN KHAI ĐỒNG BỘ VĂN BẢN QUY PHẠM PHÁP LUẬT**"),
        [
          "1",
          "Triển khai thực hiện một số nội dung chi, mức chi đặc thù",
          "Sở Tài chính",
          "Cơ quan, địa phương liên quan",
          "Thường xuyên",
          "",
        ],
        ["2", "Hướng dẫn phương pháp, trình tự thống kê", "Sở, ban, ngành", "Cơ quan liên quan", "2025", ""],
        ["3", "Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh", "Sở Y tế", "Sở Tài chính", "2025", ""],
      ]).slice(1),
      "….................................",
      "|",
      ...cellLines([
        [
          "2",
          "Thành lập bộ máy quản lý Quỹ và ban hành Quy chế hoạt động Quỹ",
          "Sở Tài chính",
          "Cơ quan liên quan",
          "2025",
          "Quyết định của Chủ tịch UBND tỉnh",
        ],
      ]).slice(1),
    ];
    const table = cellPerLineRows(linesOf(lines.join("\n")));
    expect(table?.rows[0]?.cells).toEqual(header);
    expect(table?.rows.slice(1).map((r) => [r.cells[2], r.cells[4]])).toEqual([
      ["Bộ CHQS tỉnh; UBND cấp xã", "Trước ngày 30/11/2025"],
      ["Sở Tài chính", "Thường xuyên"],
      ["Sở, ban, ngành", "2025"],
      ["Sở Y tế", "2025"],
      ["Sở Tài chính", "2025"],
    ]);
  });

  it("leaves a header and signature laid out side by side, and a run with no column names, as text", () => {
    const header = [
      "|",
      "**ỦY BAN NHÂN DÂN**",
      "|",
      "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
      "|",
      "|",
      "Số: 1/KH-UBND",
      "|",
      "Hà Nội, ngày 1 tháng 1 năm 2025",
      "|",
    ];
    expect(cellPerLineRows(linesOf(header.join("\n")))).toBeNull();
    const long =
      "Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định";
    const noNames = cellLines([
      [long, "a", "b"],
      ["1", "Rà soát", "Sở Tư pháp"],
      ["2", "Tập huấn", "Sở Nội vụ"],
      ["3", "Báo cáo", "Sở Tài chính"],
    ]);
    expect(cellPerLineRows(linesOf(noNames.join("\n")))).toBeNull();
  });
});
