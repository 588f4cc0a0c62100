import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.ts";
import { answerersOver } from "./answer-fixture.ts";

/** Writes a text's lines to a file of a fresh folder, as a corpus file. */
function writeText(name: string, lines: string[], dir = tempDir("troly-laocai-")): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join("\n"));
  return file;
}

/** Excerpts of real Lào Cai texts (2025–2026), written to a fresh folder and indexed as the app does. */
async function laoCai() {
  const dir = tempDir("troly-laocai-");
  const write = (name: string, lines: string[]) => writeText(name, lines, dir);
  const plan = write("draft-2026-kh-ubnd-laocai.md", [
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "",
    "Số:           /KH-UBND",
    "",
    "Lào Cai, ngày       tháng      năm 2026",
    "",
    "KẾ HOẠCH",
    "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường quản lý khoáng sản",
    "",
    "I. NHIỆM VỤ",
    "",
    "1. Sở Nông nghiệp và Môi trường khoanh định khu vực cấm hoạt động khoáng sản, hoàn thành trong quý II/2026.",
    "",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "",
    "Nguyễn Thành Sinh",
  ]);
  const resolution = write("34-2025-nq-tu-laocai.md", [
    "TỈNH ỦY LÀO CAI",
    "",
    "Số 34 -NQ/TU",
    "",
    "Lào Cai, ngày 27 tháng 12 năm 2025",
    "",
    "NGHỊ QUYẾT",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY",
    "về phát triển các khu công nghiệp, cụm công nghiệp",
    "",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "",
    "1. Tổ chức rà soát toàn bộ các dự án trong khu, cụm công nghiệp; kiên quyết thu hồi diện tích đất của các dự án chậm tiến độ, hoàn thành trong Quý 1/2026.",
  ]);
  const letter = write("7103-2026-cv-ubnd-laocai.md", [
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "",
    "Số: 7103 /UBND-TH",
    "",
    "Lào Cai, ngày 10 tháng 7 năm 2026",
    "",
    "V/v triển khai thực hiện Nghị định số 178/2026/NĐ-CP ngày 20/5/2026 của Chính phủ",
    "",
    "7. Tổ chức thực hiện",
    "      a) Các sở, ban, ngành; Ủy ban nhân dân các xã, phường; các cơ quan, đơn",
    "vị và doanh nghiệp, căn cứ chức năng, nhiệm vụ được giao khẩn trương tổ chức",
    "triển khai thực hiện; hoàn thành việc rà soát, thống kê, phân loại, giao tài sản kết",
    "cấu hạ tầng theo đúng tiến độ quy định tại Nghị định số 178/2026/NĐ-CP.",
    "        Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo kết quả thực hiện",
    "việc rà soát, thống kê, phân loại, giao tài sản gửi Sở Tài chính tổng hợp chung,",
    "báo cáo Ủy ban nhân dân tỉnh như sau:",
    "      - Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;",
    "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7 (riêng năm",
    "2026 thực hiện báo cáo năm).",
  ]);
  return (await answerersOver([plan, resolution, letter])).answerer;
}

describe("texts named by what they carry out, and Party texts named by their title", () => {
  it("'kh triển khai chỉ thị 11-ct/tu … do ai ký' asks about the plan, not the directive the store lacks", async () => {
    const answerer = await laoCai();
    const a = await answerer.answer(
      "kh trien khai chi thi 11-ct/tu cua ubnd tinh lao cai ve khoang san do ai ky",
    );
    expect(a.answer).toContain("Người ký: Nguyễn Thành Sinh");
    expect(a.answer).toMatch(/^Kế hoạch số …\/KH-UBND/u);
    // Asked about the directive itself, the store has only a text that carries it out.
    const directive = await answerer.answer("Chỉ thị 11-CT/TU do ai ký?");
    expect(directive.answer).not.toContain("Người ký: Nguyễn Thành Sinh");
  });

  it("a resolution's issuer is also the body its title names ('NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY')", async () => {
    const answerer = await laoCai();
    const a = await answerer.answer("nq 34-nq/tu ve phat trien khu, cum cong nghiep do co quan nao ban hanh");
    expect(a.answer).toContain("Tên văn bản ghi là văn bản của: BAN THƯỜNG VỤ TỈNH ỦY.");
  });

  it("'… dự án chậm tiến độ phải xong khi nào' asks what the text sets, not the asker's late tasks", async () => {
    const answerer = await laoCai();
    const a = await answerer.answer(
      "nq 34-nq/tu: ra soat du an trong khu, cum cn, thu hoi dat du an cham tien do phai xong khi nao",
    );
    expect(a.refused).toBe(false);
    expect(a.answer).toContain("Quý 1/2026");
  });

  it("a deadline asked for one work is not answered by the day of a report quoted beside it (CV 7103/UBND-TH)", async () => {
    const answerer = await laoCai();
    const a = await answerer.answer(
      "CV 7103/UBND-TH: phải hoàn thành rà soát, giao tài sản KCHT theo NĐ 178/2026 trước ngày nào?",
    );
    expect(a.notStated).toBe(true);
    const report = await answerer.answer(
      "CV 7103: Sở Tài chính tổng hợp báo cáo 6 tháng gửi UBND tỉnh trước ngày nào?",
    );
    expect(report.refused).toBe(false);
    expect(report.answer).toContain("10/7");
  });

  it("a report asked for one period is not answered by the day of another's ('báo cáo quý I' vs 'Báo cáo 6 tháng')", async () => {
    const answerer = await laoCai();
    const quarter = await answerer.answer("CV 7103/UBND-TH: báo cáo quý I gửi Sở Tài chính trước ngày nào?");
    expect(quarter.notStated).toBe(true);
    const half = await answerer.answer("CV 7103/UBND-TH: báo cáo 6 tháng gửi Sở Tài chính trước ngày nào?");
    expect(half.answer).toContain("05/7");
  });

  it("the label opening an item names the report of every sentence in it ('- Báo cáo 6 tháng: …; Sở Tài chính …')", async () => {
    const file = writeText("7103-2026-cv-ubnd-laocai.md", [
      "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
      "",
      "Số: 7103/UBND-TH",
      "",
      "Lào Cai, ngày 10 tháng 7 năm 2026",
      "",
      "V/v triển khai thực hiện Nghị định số 178/2026/NĐ-CP về tài sản kết cấu hạ tầng",
      "",
      "7. Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo kết quả rà soát tài sản kết cấu hạ tầng như sau:",
      "",
      "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7.",
      "",
      "- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12; Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12.",
    ]);
    const { answerer } = await answerersOver([file]);
    const quarter = await answerer.answer(
      "CV 7103/UBND-TH: báo cáo quý I về rà soát tài sản gửi trước ngày nào?",
    );
    expect(quarter.notStated).toBe(true);
  });
});
