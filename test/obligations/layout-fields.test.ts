import { describe, expect, it } from "vitest";
import { fieldRole, isRowPath, readLabel, readRow } from "../../src/obligations/layout-fields.ts";

describe("fieldRole: what a column header or a label holds", () => {
  it.each([
    ["Nội dung", "content"],
    ["Nội dung công việc", "content"],
    ["Nhiệm vụ", "content"],
    ["Tên nhiệm vụ", "content"],
    ["Công việc", "content"],
    ["Thời gian", "time"],
    ["Thời gian hoàn thành", "time"],
    ["Thời gian hoàn tất", "time"],
    ["Thời hạn", "time"],
    ["Tiến độ thực hiện", "time"],
    ["Lộ trình thực hiện", "time"],
    ["Cơ quan thực hiện", "lead"],
    ["Cơ quan chủ trì", "lead"],
    ["Đơn vị chủ trì", "lead"],
    ["Chủ trì", "lead"],
    ["Trách nhiệm thực hiện", "lead"],
    ["Cơ quan, đơn vị thực hiện", "lead"],
    ["Đơn vị phối hợp", "support"],
    ["Phối hợp", "support"],
    ["Cơ quan phối hợp", "support"],
    ["Phối hợp thực hiện", "support"],
    // A table of proposals, each handed to a ministry (Công văn 174/CV-BCĐ, 2025, outside the dev corpus).
    ["Thông tin đề xuất", "content"],
    ["Nội dung kiến nghị", "content"],
    ["Bộ phụ trách tiếp nhận, xử lý", "lead"],
    ["Sở, ngành chủ trì", "lead"],
  ])("%s → %s", (header, role) => {
    expect(fieldRole(header)).toBe(role);
  });

  it.each([
    "STT",
    "Mã số TTHC",
    "Tên TTHC",
    "Thời hạn giải quyết (Ngày làm việc)",
    "Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện",
    "Cấp bậc, chức vụ, chức danh, nhiệm vụ được giao",
    "Kế hoạch vốn năm 2023",
    "Ghi chú",
    "Đơn vị tính",
    // A kind of funding in a plan's funding part (Quyết định 2820/QĐ-UBND, TP HCM, 2025), not who helps.
    "Hỗ trợ từ ngân sách Trung ương",
    // Who proposed, not who must act.
    "Tỉnh kiến nghị",
  ])("reads no work column in %s", (header) => {
    expect(["content", "lead", "support"]).not.toContain(fieldRole(header));
  });
});

describe("readLabel", () => {
  it("reads a time label under a step", () => {
    expect(readLabel("Thời gian hoàn tất: trước ngày 15/01/2021.")).toEqual({
      label: "Thời gian hoàn tất",
      role: "time",
      value: "trước ngày 15/01/2021.",
    });
    expect(readLabel("- Đơn vị thực hiện: UBND cấp xã")?.role).toBe("lead");
  });

  it("ignores labels that name no role (12-2012-q-ubnd, 6154-2011-qd-ubnd-hn)", () => {
    expect(readLabel("Nhóm đối tượng số 5: Tập thể cán bộ công nhân viên chức")).toBeNull();
    expect(readLabel("Nguồn kinh phí: Ngân sách Thành phố đảm bảo")).toBeNull();
    expect(readLabel("Trước ngày 25 hằng tháng, cơ quan LĐTBXH lập danh sách.")).toBeNull();
  });
});

describe("readLabel: a clause before a colon is no label", () => {
  it("reads 'Chủ trì:' as a label, not 'Chủ trì phối hợp với Tỉnh, Thành đoàn: …' (836-2024-vbhn-bldtbxh)", () => {
    expect(readLabel("Chủ trì: Sở Tài chính")?.role).toBe("lead");
    expect(
      readLabel("Chủ trì phối hợp với Tỉnh, Thành đoàn: Hội Cựu Thanh niên xung phong tổ chức tuyên truyền."),
    ).toBeNull();
  });
});

describe("readRow", () => {
  it("reads a timeline row with its headers (the parser's row passage of issue 11)", () => {
    expect(
      readRow(
        "Nội dung: Rà soát, lập danh sách | Thời gian: trước 15/01/2021 | Cơ quan thực hiện: UBND cấp xã",
      ),
    ).toEqual([
      { label: "Nội dung", role: "content", value: "Rà soát, lập danh sách" },
      { label: "Thời gian", role: "time", value: "trước 15/01/2021" },
      { label: "Cơ quan thực hiện", role: "lead", value: "UBND cấp xã" },
    ]);
  });

  it("keeps cells of a table without a header row unlabelled", () => {
    expect(readRow("1 | 2.000815 | Thủ tục chứng thực bản sao").map((c) => c.role)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("knows row paths", () => {
    expect(isRowPath("II.3-r4")).toBe(true);
    expect(isRowPath("pl1-r12")).toBe(true);
    expect(isRowPath("2.2-y1")).toBe(false);
  });
});

describe("readLabel: a time label written as a sentence (Công văn 4085/UBND-ĐT, 174/CV-BCĐ, 2025)", () => {
  it("reads the time of 'Thời gian … hoàn thành …' without a colon", () => {
    expect(readLabel("Thời gian thực hiện hoàn thành xong trước ngày 05 tháng 12 năm 2025.")).toEqual({
      label: "Thời gian thực hiện hoàn thành xong",
      role: "time",
      value: "trước ngày 05 tháng 12 năm 2025.",
    });
    expect(readLabel("Thời hạn hoàn thành chậm nhất ngày 25/12/2025.")?.value).toBe(
      "chậm nhất ngày 25/12/2025.",
    );
  });

  it("reads no label where the sentence says how long something lasts or when it starts", () => {
    expect(readLabel("Thời gian điều dưỡng phục hồi sức khỏe tối thiểu là 5 ngày.")).toBeNull();
    expect(readLabel("Thời gian thực hiện từ ngày 01/01/2026.")).toBeNull();
  });
});
