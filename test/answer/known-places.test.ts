import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knownPlacesIn, localPlace } from "../../src/answer/question-entities.ts";
import { tempDir } from "../helpers.ts";
import { answerersOver } from "./answer-fixture.ts";

// Two commune texts of the 2026 elections (outside batch 13, inspected half): the Lương Minh Front's decision setting up
// its citizen-reception team, and the Phố Bảng election sub-committee's publicity plan (header only).
const DECISION = `ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC

Số:      /QĐ-MTTQ-BTT

Lương Minh, ngày 12 tháng 01 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ tiếp công dân, xử lý đơn thư phục vụ bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp

BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH

QUYẾT ĐỊNH

Điều 1. Thành lập Tổ tiếp công dân, xử lý đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân phục vụ bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031, gồm các thành viên:

1. Bà Khúc Thị Hòa - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã - Tổ trưởng.

2. Ông Đặng Văn Quân - Chuyên viên Ủy ban MTTQ Việt Nam xã - Tổ phó.
`;

const PLAN = `ỦY BAN BẦU CỬ XÃ PHỐ BẢNG
TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT

Số: 01/KH-TBTTKT

Phố Bảng, ngày 10 tháng 12 năm 2025

KẾ HOẠCH
Triển khai của Tiểu ban thông tin, tuyên truyền, khánh tiết bầu cử đại biểu Quốc hội khóa XVI

I. MỤC ĐÍCH, YÊU CẦU

Tuyên truyền sâu rộng, tạo sự thống nhất cao về nhận thức, tư tưởng chính trị và hành động trong Đảng.
`;

describe("a commune typed without accents ('cua xa pho bang')", () => {
  it("is read as a place when a text of the corpus is written from it", () => {
    const place = localPlace(
      { issuer: "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG TIỂU BAN THÔNG TIN", title: "KẾ HOẠCH Triển khai …" },
      "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG … Phố Bảng, ngày 10 tháng 12 năm 2025",
    );
    expect(place).toEqual({ level: "xã", name: "Phố Bảng", key: "pho bang" });
    if (!place) throw new Error("no place read");
    expect(knownPlacesIn("quyet dinh cua xa pho bang ai lam to truong", [place])).toHaveLength(1);
    // Another word after "xa" ("xa hơn") or another commune is no known place.
    expect(knownPlacesIn("di xa hon thi sao", [place])).toEqual([]);
    // A province's text names its province, not a commune: no local place.
    expect(
      localPlace({ issuer: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", title: "" }, "Lào Cai, ngày 26 tháng 3 năm 2026"),
    ).toBeNull();
  });

  it("is not answered from another commune's decision, and is from its own", async () => {
    const dir = tempDir("troly-places-");
    writeFileSync(path.join(dir, "qd-to-tiep-cong-dan.md"), DECISION);
    writeFileSync(path.join(dir, "01-kh-tbttkt.md"), PLAN);
    const { extractive } = await answerersOver([
      path.join(dir, "qd-to-tiep-cong-dan.md"),
      path.join(dir, "01-kh-tbttkt.md"),
    ]);
    const other = await extractive.answer(
      "quyet dinh thanh lap to tiep cong dan phuc vu bau cu cua xa pho bang ai lam to truong",
    );
    expect(other.refused).toBe(true);
    expect(other.answer).toContain("xã Phố Bảng");
    const own = await extractive.answer(
      "quyet dinh thanh lap to tiep cong dan phuc vu bau cu cua xa luong minh ai lam to truong",
    );
    expect(own.refused).toBe(false);
    expect(own.answer).toContain("Khúc Thị Hòa");
  });
});
