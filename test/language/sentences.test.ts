import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitClauses, splitSentences } from "../../src/language/sentences.ts";
import { ROOT } from "../helpers.ts";

describe("splitSentences", () => {
  it("cuts at a full stop or a semicolon before a capital, never inside lower-case clauses", () => {
    expect(splitSentences("Một. Hai; ba. Bốn")).toEqual(["Một.", "Hai; ba.", "Bốn"]);
    expect(splitSentences("Trợ cấp 2.000.000 đồng; Người phục vụ được 1.000.000 đồng.")).toHaveLength(2);
  });

  it("does not end a sentence at a signature's capacity ('TL.', 'KT.', 'TM.')", () => {
    expect(
      splitSentences("TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ"),
    ).toHaveLength(1);
    expect(splitSentences("Xem điều 5 KT. Hai")).toHaveLength(1);
    expect(splitSentences("Thực hiện ngay. Báo cáo kết quả.")).toHaveLength(2);
  });

  it("keeps the parties of an execution clause with the predicate they share (6154-2011-qd-ubnd-hn, Điều 3)", () => {
    const source = readFileSync(
      path.join(ROOT, "..", "shared", "dev-corpus", "docs", "6154-2011-qd-ubnd-hn.md"),
      "utf8",
    );
    const article = source.split("\n").find((line) => line.startsWith("Điều 3.")) ?? "";
    const sentences = splitSentences(article.replace(/^Điều 3\.\s*/u, ""));
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatch(
      /^Chánh Văn phòng .*Giám đốc các Sở: Lao động .* chịu trách nhiệm thi hành/u,
    );
    // The clauses themselves, for the obligation extractor's own reading of party lists.
    expect(splitClauses(article).length).toBeGreaterThan(1);
  });

  it("does not join a long clause that is a sentence of its own to a predicate after it", () => {
    const long = `${"Sở Lao động - Thương binh và Xã hội tổng hợp danh sách đối tượng và gửi hồ sơ ".repeat(2)};`;
    expect(splitSentences(`${long} Sở Tài chính chịu trách nhiệm thi hành.`)).toHaveLength(2);
  });
});

describe("splitClauses inside brackets", () => {
  it("ends no clause before the bracket closes", () => {
    const item =
      "Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN trên địa bàn tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan, tổ chức có liên quan tham mưu). Báo cáo kết quả.";
    expect(splitClauses(item)).toHaveLength(2);
    expect(splitClauses(item)[0]).toContain("tham mưu).");
  });
});

describe("splitClauses: an article's title run into its body (Thông tư 43/2023/TT-BTC, crawled)", () => {
  it("cuts before a category of bodies bound by a duty, which mid-sentence is lower case", () => {
    expect(
      splitClauses(
        "Điều 84. Sử dụng cơ sở dữ liệu quốc gia về dân cư Cơ quan thuế có trách nhiệm sử dụng thông tin trong Cơ sở dữ liệu quốc gia về dân cư.",
      ),
    ).toEqual([
      "Điều 84.",
      "Sử dụng cơ sở dữ liệu quốc gia về dân cư",
      "Cơ quan thuế có trách nhiệm sử dụng thông tin trong Cơ sở dữ liệu quốc gia về dân cư.",
    ]);
    // A capitalised name mid-sentence is no run-in: "… thông tin trong Cơ sở dữ liệu quốc gia …".
    expect(
      splitClauses("Cơ quan thuế khai thác thông tin trong Cơ sở dữ liệu quốc gia về dân cư."),
    ).toHaveLength(1);
  });
});
