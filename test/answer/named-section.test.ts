import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeLaw, readArticles } from "../../eval/law-obligations.ts";
import { ROOT, tempDir } from "../helpers.ts";
import { answerersOver, devAnswerers } from "./answer-fixture.ts";

/** Two articles of real laws (ALQAC: Luật Trọng tài thương mại Điều 34, Luật Giáo dục Điều 42), as one law. */
const LAW = `QUỐC HỘI

LUẬT

TRỌNG TÀI THƯƠNG MẠI VÀ GIÁO DỤC

Điều 34. Phí trọng tài

1. Phí trọng tài là khoản thu từ việc cung cấp dịch vụ giải quyết tranh chấp bằng Trọng tài. Phí trọng tài gồm:

a) Thù lao Trọng tài viên, chi phí đi lại và các chi phí khác cho Trọng tài viên;

b) Phí tham vấn chuyên gia và các trợ giúp khác theo yêu cầu của Hội đồng trọng tài;

c) Phí hành chính;

d) Phí chỉ định Trọng tài viên vụ việc của Trung tâm trọng tài theo yêu cầu của các bên tranh chấp;

đ) Phí sử dụng các dịch vụ tiện ích khác được cung cấp bởi Trung tâm trọng tài.

2. Phí trọng tài do Trung tâm trọng tài ấn định. Trường hợp vụ tranh chấp được giải quyết bởi Trọng tài vụ việc, phí trọng tài do Hội đồng trọng tài ấn định.

Điều 42. Nhiệm vụ của giáo dục thường xuyên

1. Thực hiện xóa mù chữ cho người trong độ tuổi theo quy định của pháp luật.

2. Đào tạo, bồi dưỡng nâng cao năng lực làm việc; cập nhật, bổ sung kiến thức, kỹ năng cần thiết trong cuộc sống cho mọi người; tạo cơ hội cho người có nhu cầu học tập nâng cao trình độ học vấn.
`;

async function lawAnswerer() {
  const file = path.join(tempDir("troly-law-"), "luat-mau.md");
  writeFileSync(file, LAW);
  return (await answerersOver([file])).answerer;
}

describe("a question that names a section by its title", () => {
  it("is answered with the section's items, each cited", async () => {
    const answer = await (await lawAnswerer()).answer("Nhiệm vụ của giáo dục thường xuyên là gì?");
    expect(answer.citations.map((c) => c.passageId)).toEqual(["luat-mau#dieu42.1", "luat-mau#dieu42.2"]);
    expect(answer.answer).toContain("gồm 2 mục");
    expect(answer.answer).toContain("Thực hiện xóa mù chữ");
  });

  it("counts the items of the list a lead-in opens, not the clauses of its article", async () => {
    // The whole Luật Trọng tài thương mại (ALQAC), so the question's words are known to the index.
    const rows = readArticles(path.join(ROOT, "..", "shared", "benchmarks", "alqac", "corpus.jsonl")).filter(
      (row) => row.law === "Luật Trọng tài thương mại",
    );
    const file = path.join(tempDir("troly-law-"), "luat-trong-tai-thuong-mai.md");
    writeFileSync(file, composeLaw("Luật Trọng tài thương mại", rows));
    const { answerer } = await answerersOver([file]);
    const answer = await answerer.answer("phi trong tai bao gom bao nhieu khoan chi phi?");
    expect(answer.notStated).toBeUndefined();
    expect(answer.answer).toContain("“Phí trọng tài” gồm 5 mục");
    expect(answer.citations).toHaveLength(5);
    // Named by the law and by what its lead-in introduces, however long the lead-in's sentence (ALQAC question).
    const award = await answerer.answer(
      "Theo quy định của luật Trọng tài thương mại, phán quyết trọng tài phải có bao nhiêu nội dung chủ yếu?",
    );
    expect(award.notStated).toBeUndefined();
    expect(award.answer).toContain("gồm 9 mục");
    expect(award.citations[0]?.passageId).toBe("luat-trong-tai-thuong-mai#dieu61.1.a");
  });
});

describe("a question that asks what a dossier is made of", () => {
  it("lists the items of the lead-in under the article it names, whatever documents the question cites", async () => {
    const { answerer } = await devAnswerers(["836-2024-vbhn-bldtbxh", "170-2008-qd-ttg"]);
    const answer = await answerer.answer(
      "Theo VBHN 836/VBHN-BLĐTBXH (TT 24/2009 hướng dẫn QĐ 170), hồ sơ đề nghị hưởng BHYT cho TNXP chống Pháp gồm những giấy tờ gì?",
    );
    expect(answer.answer).toContain("gồm 4 mục");
    for (const item of [
      "Bản khai cá nhân",
      "Danh sách niêm yết công khai",
      "Danh sách cấp thẻ bảo hiểm y tế",
    ])
      expect(answer.answer).toContain(item);
    expect(answer.citations[0]?.passageId).toBe("836-2024-vbhn-bldtbxh#dieu3.1.a");
  });
});

describe("a question that names an article by its number", () => {
  it("lists what stands under it, each cited ('Điều 42 … quy định gì?', 'khoản 1 Điều 34 …')", async () => {
    const answerer = await lawAnswerer();
    const article = await answerer.answer("Điều 42 luật giáo dục quy định gì?");
    expect(article.answer).toContain("“Nhiệm vụ của giáo dục thường xuyên” gồm 2 mục");
    expect(article.citations.map((c) => c.passageId)).toEqual(["luat-mau#dieu42.1", "luat-mau#dieu42.2"]);
    const clause = await answerer.answer("khoản 2 Điều 34 quy định những gì?");
    expect(clause.citations.map((c) => c.passageId)).toEqual(["luat-mau#dieu34.2"]);
  });
});

describe("a form appended to a text", () => {
  it("is never quoted: its lines are blanks to fill in", async () => {
    const file = path.join(tempDir("troly-form-"), "mau-ban-khai.md");
    writeFileSync(
      file,
      "ỦY BAN NHÂN DÂN TỈNH\n\nKẾ HOẠCH\n\n1. Hội cựu thanh niên xung phong tổ chức gặp mặt hội viên vào tháng 3 hằng năm.\n\nMẫu số 01\n\nBẢN KHAI CÁ NHÂN\n\nHọ và tên hội viên cựu thanh niên xung phong: .............................. năm sinh: ..........\n",
    );
    const { answerer } = await answerersOver([file]);
    const a = await answerer.answer("Họ và tên hội viên cựu thanh niên xung phong năm sinh bao nhiêu?");
    expect(a.answer).not.toMatch(/\.{6,}/u);
  });
});
