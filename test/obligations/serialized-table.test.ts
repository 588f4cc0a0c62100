import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { isSerializedHeader } from "../../src/corpus/serialized-rows.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { splitSerializedRow } from "../../src/obligations/serialized-table.ts";

// Nghị quyết 100/NQ-CP (2026) as the Công báo's text layer printed its appendix, condensed: each row's cells one
// after another, wrapped at their columns' widths, with no separator.
const RESOLUTION = `CHÍNH PHỦ
Số: 100/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 06 tháng 4 năm 2026
NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ
CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.
Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.

PHỤ LỤC
DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ

TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ
quan
phối hợp
Kết quả/Đánh giá
Thời
hạn
hoàn thành
II.
Hoàn thiện thể chế, chính sách, pháp luật về tổ chức phi chính phủ nước ngoài
 
 
1.
Nghiên cứu, đề xuất xây dựng văn bản quy phạm
pháp luật điều chỉnh tổng thể hoạt động các tổ
chức phi chính phủ, phi lợi nhuận nước ngoài.
Bộ Nội vụ,
Bộ Ngoại
giao
Bộ Công an,
Bộ Tài
chính, Bộ Tư
pháp, các
Bộ, ngành
liên quan
Đề xuất xây
dựng Luật
Năm
2026 –
2030
2.
Nâng cao hiệu lực, hiệu quả, tính nghiêm minh
trong tổ chức thi hành pháp luật của cá nhân, tổ
chức và doanh nghiệp.
Các Bộ,
ngành, địa
phương
Các Bộ,
ngành, địa
phương
Hội nghị phổ
biến pháp luật
Thực hiện
thường
xuyên.
3.
Xây dựng và chuẩn hóa bộ tiêu chí đánh giá hiệu
quả hoạt động của tổ chức phi chính phủ nước ngoài.
Bộ Ngoại
giao
Các bộ,
ngành liên
quan
Bộ tiêu chí
2026 - 2030
`;

describe("a task table printed cell after cell (Công báo appendices)", () => {
  it("knows a paragraph of column names only", () => {
    expect(
      isSerializedHeader(
        "TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả/Đánh giá Thời hạn hoàn thành",
      ),
    ).toBe(true);
    expect(isSerializedHeader("Bộ Ngoại giao chủ trì, phối hợp với các bộ thực hiện nhiệm vụ")).toBe(false);
  });

  it("opens the lead cell at a body's name after the task, and closes it at the next one", () => {
    const row = splitSerializedRow(
      "Nghiên cứu, đề xuất … của Bộ Chính trị và các tổ chức khác. Bộ Nội vụ, Bộ Ngoại giao Bộ Công an, Bộ Tài chính Đề xuất xây dựng Luật Năm 2026 – 2030",
    );
    expect(row?.lead).toBe("Bộ Nội vụ, Bộ Ngoại giao");
    expect(row?.rest).toMatch(/^Bộ Công an/);
    // A name after the task's last sentence opens the lead cell before one the task's own words precede.
    expect(
      splitSerializedRow(
        "Tổng kết, đánh giá thực tiễn thi hành Nghị định số 58/2022/NĐ-CP, tham mưu, đề xuất Chính phủ sửa đổi, bổ sung các quy định phù hợp. Bộ Ngoại giao Bộ Tư pháp, các Bộ, ngành liên quan Nghị định được ban hành Năm 2026",
      )?.lead,
    ).toBe("Bộ Ngoại giao");
    // With no sentence's end (a page break cut the task), the first name after a word of the task opens it.
    expect(
      splitSerializedRow(
        "Tăng cường trách nhiệm báo cáo, giải trình trong việc triển khai viện trợ phi chính phủ nước ngoài Bộ Ngoại giao Ủy ban công tác phi chính phủ nước ngoài, các bộ, ngành Đề xuất ban hành 2026 - 2030",
      )?.lead,
    ).toBe("Bộ Ngoại giao");
    // A task may end on a numeral or a code, no lower-case letter in it (NQ 105/NQ-CP's rows).
    expect(
      splitSerializedRow(
        "Tham mưu khen thưởng theo yêu cầu của Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII Các bộ, cơ quan ngang bộ Bộ Nội vụ; các bộ, ngành Thường xuyên",
      )?.lead,
    ).toBe("Các bộ, cơ quan ngang bộ");
    // "nhân dân" closes a name, "của" leads into one.
    expect(
      splitSerializedRow("Vận động các tổ chức quốc tế. Các tổ chức nhân dân Bộ Ngoại giao Đề án")?.lead,
    ).toBe("Các tổ chức nhân dân");
  });

  it("gives each row to its lead body, timed by its last cell, and the cells no task of their own", () => {
    const doc = parseDocument(RESOLUTION, "100-2026-nq-cp.md");
    const rows = extractObligations(doc).filter((o) => o.section.startsWith("Phụ lục"));
    const of = (opening: string) => rows.find((o) => o.action.startsWith(opening));
    expect(of("Nghiên cứu, đề xuất")).toMatchObject({
      responsible: ["Bộ Nội vụ", "Bộ Ngoại giao"],
      deadline: { kind: "period_end", due: "2030-12-31" },
    });
    expect(of("Nâng cao hiệu lực")).toMatchObject({
      responsible: ["Các Bộ, ngành, địa phương"],
      deadline: { kind: "continuous" },
    });
    expect(of("Xây dựng và chuẩn hóa")).toMatchObject({
      responsible: ["Bộ Ngoại giao"],
      deadline: { kind: "period_end", due: "2030-12-31" },
    });
    expect(rows).toHaveLength(3);
  });
});
