import { describe, expect, it } from "vitest";
import {
  containsQuote,
  holdsShareOfQuote,
  normalizeForMatch,
  QuoteResolver,
  rowValues,
} from "../../eval/gold-match.ts";

describe("gold quotes", () => {
  it("normalizeForMatch: no national motto or rule lines, which the header passage leaves out", () => {
    expect(
      normalizeForMatch(
        "Số: 75/2021/NĐ-CP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
      ),
    ).toBe("số: 75/2021/nđ-cp");
  });

  it("normalizeForMatch: NFC, no * or |, collapsed whitespace, lower case", () => {
    const decomposed = "Ủy ban".normalize("NFD");
    expect(normalizeForMatch(`| Số: **12/2012/QĐ-UBND** |\n  ${decomposed} |`)).toBe(
      "số: 12/2012/qđ-ubnd ủy ban",
    );
  });

  it("a passage contains a quote however the table cells and emphasis were written", () => {
    const passage = normalizeForMatch("| | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG *Nguyễn Sinh Hùng* | |---|---|");
    expect(containsQuote(passage, normalizeForMatch("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng"))).toBe(
      true,
    );
    expect(containsQuote(passage, normalizeForMatch("KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh"))).toBe(false);
    expect(containsQuote(passage, "")).toBe(false);
  });

  it("holdsShareOfQuote: an unbroken 60 % of the quote, at its start, end or inside", () => {
    const quote = normalizeForMatch("Lưu: Văn thư, KGVX (5b) THỦ TƯỚNG Nguyễn Tấn Dũng, ký ngày 10/10/2011");
    const n = quote.length;
    const head = quote.slice(0, Math.ceil(n * 0.6));
    const tail = quote.slice(n - Math.ceil(n * 0.6));
    expect(holdsShareOfQuote(`đoạn trước ${head}`, quote)).toBe(true);
    expect(holdsShareOfQuote(`${tail} đoạn sau`, quote)).toBe(true);
    expect(holdsShareOfQuote(quote.slice(0, Math.ceil(n * 0.6) - 2), quote)).toBe(false);
    // 60 % in two pieces is not an unbroken 60 %.
    expect(holdsShareOfQuote(`${quote.slice(0, n / 3)} … ${quote.slice(-n / 3)}`, quote)).toBe(false);
  });

  it("rowValues: a table row's cell values without their column labels (75/2021, Phụ lục I)", () => {
    const values = rowValues(
      "Đối tượng: Bà mẹ Việt Nam anh hùng | Mức trợ cấp, phụ cấp Trợ cấp: 4.872.000 | Mức trợ cấp, phụ cấp Phụ cấp: 1.361.000",
    );
    expect(values).toBe("bà mẹ việt nam anh hùng 4.872.000 1.361.000");
    expect(containsQuote(values, normalizeForMatch("Bà mẹ Việt Nam anh hùng 4.872.000 1.361.000"))).toBe(
      true,
    );
    expect(containsQuote(values, normalizeForMatch("Bà mẹ Việt Nam 4.872.000"))).toBe(false);
    expect(rowValues("Một đoạn văn: không phải dòng bảng")).toBe("");
  });

  it("QuoteResolver: a quote copied from a table line with its counter cells finds the row (4804/2024, Phụ lục II)", () => {
    const resolver = new QuoteResolver([
      {
        id: "b#plII-r21",
        documentId: "b",
        text: "Tỷ lệ tổn thương cơ thể: 61% | Mức hưởng trợ cấp: 5.450.000 | Tỷ lệ tổn thương cơ thể: 81% | Mức hưởng trợ cấp: 7.240.000",
      },
      { id: "b#1", documentId: "b", text: "Thương binh loại B hưởng mức 61% theo Phụ lục II." },
    ]);
    expect(resolver.resolve("b", "61% 5.450.000 61 81% 7.240.000")).toEqual(["b#plII-r21"]);
  });

  it("QuoteResolver: a dropped counter and a small figure kept in the row still find it (834/2024, Phụ lục V)", () => {
    const resolver = new QuoteResolver([
      {
        id: "c#plV-r21",
        documentId: "c",
        text: "Tên sản phẩm/nhóm sản phẩm: Răng giả | Niên hạn cấp: 05 năm | Mức cấp (đồng): 1.110.000",
      },
      { id: "c#1", documentId: "c", text: "Niên hạn cấp răng giả là 05 năm." },
    ]);
    expect(resolver.resolve("c", "21 Răng giả 05 năm 1.110.000")).toEqual(["c#plV-r21"]);
  });

  it("QuoteResolver: a quote copied with its item's number opens that item, not a later paragraph under it (383-QĐ/TW)", () => {
    const resolver = new QuoteResolver([
      {
        id: "q#dieu18.4",
        documentId: "q",
        headings: ["Điều 18. Sử dụng và phát huy giá trị tài liệu lưu trữ"],
        text: "Người sử dụng tài liệu lưu trữ của Đảng phải có căn cước hoặc hộ chiếu.",
      },
      {
        id: "q#dieu18.4-d2",
        documentId: "q",
        headings: [
          "Điều 18. Sử dụng và phát huy giá trị tài liệu lưu trữ",
          "4. Người sử dụng tài liệu lưu trữ của Đảng phải có căn cước hoặc hộ chiếu.",
        ],
        text: "Việc sử dụng tài liệu đối với người nước ngoài có quy định riêng.",
      },
    ]);
    expect(resolver.resolve("q", "4. Người sử dụng tài liệu lưu trữ của Đảng phải có")).toEqual([
      "q#dieu18.4",
    ]);
    expect(resolver.resolve("q", "+ Việc sử dụng tài liệu đối với người nước ngoài")).toEqual([
      "q#dieu18.4-d2",
    ]);
  });

  it("QuoteResolver: items that open alike are told apart by the quote's number or bullet (980/KH-UBND, Nghệ An)", () => {
    const opening = "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường";
    const resolver = new QuoteResolver([
      { id: "k#I.2-y3", documentId: "k", text: `${opening} và cơ quan có liên quan triển khai thực hiện.` },
      { id: "k#III.2", documentId: "k", text: `${opening} chủ động bố trí, huy động các nguồn vốn.` },
      { id: "k#IV.1", documentId: "k", text: `${opening} chịu trách nhiệm thực hiện Kế hoạch này.` },
    ]);
    const quote = "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy";
    expect(resolver.resolve("k", `2. ${quote}`)).toEqual(["k#III.2"]);
    expect(resolver.resolve("k", `1. ${quote}`)).toEqual(["k#IV.1"]);
    expect(resolver.resolve("k", `- ${quote}`)).toEqual(["k#I.2-y3"]);
    // A number no item has leaves every candidate: the quote still points somewhere.
    expect(resolver.resolve("k", `7. ${quote}`)).toHaveLength(3);
  });

  it("QuoteResolver: whole quote in the text first, then in the headings, then 60 % across a boundary", () => {
    const resolver = new QuoteResolver([
      {
        id: "a#1",
        documentId: "a",
        text: "Bộ Quốc phòng chủ trì, phối hợp với Bộ Tài chính hướng dẫn thực hiện.",
      },
      { id: "a#2", documentId: "a", text: "Bộ Tài chính bảo đảm kinh phí." },
      {
        id: "a#3-y1",
        documentId: "a",
        headings: ["1.2. Mức chi điều dưỡng 2.220.000 đồng/người/lần, bao gồm:"],
        text: "Tiền ăn: 1.600.000 đồng;",
      },
      {
        id: "a#3-y2",
        documentId: "a",
        headings: ["1.2. Mức chi điều dưỡng 2.220.000 đồng/người/lần, bao gồm:"],
        text: "Quà tặng: 150.000 đồng.",
      },
      { id: "a#4", documentId: "a", text: "Nơi nhận: Như trên; Lưu: Văn thư, KGVX (5b)" },
      { id: "a#ck", documentId: "a", text: "KGVX (5b) THỦ TƯỚNG Nguyễn Tấn Dũng" },
      { id: "a#5", documentId: "a", text: "Bộ Tài chính bảo đảm việc khác." },
      {
        id: "b#1",
        documentId: "b",
        text: "Bộ Quốc phòng chủ trì, phối hợp với Bộ Tài chính hướng dẫn thực hiện.",
      },
    ]);
    expect(resolver.resolve("a", "bộ quốc phòng  chủ trì, PHỐI HỢP với Bộ Tài chính")).toEqual(["a#1"]);
    expect(resolver.resolve("b", "Bộ Quốc phòng chủ trì, phối hợp với Bộ Tài chính")).toEqual(["b#1"]);
    expect(resolver.resolve("a", "Mức chi điều dưỡng 2.220.000 đồng/người/lần")).toEqual([
      "a#3-y1",
      "a#3-y2",
    ]);
    // The quote runs over a table cell boundary: the passage with ≥ 60 % of it counts, the other does not.
    expect(resolver.resolve("a", "Lưu: Văn thư, KGVX (5b) THỦ TƯỚNG Nguyễn Tấn Dũng")).toEqual(["a#ck"]);
    // The 60 % rule is a last resort: a whole match wins over a passage sharing a common phrase (a#5).
    expect(resolver.resolve("a", "Bộ Tài chính bảo đảm kinh phí.")).toEqual(["a#2"]);
    expect(resolver.resolve("a", "Giá xăng RON95 hôm nay là bao nhiêu đồng một lít")).toEqual([]);
    expect(resolver.resolve("c", "Bộ Quốc phòng chủ trì, phối hợp với Bộ Tài chính")).toEqual([]);
    expect(resolver.resolve(undefined, "Bộ Quốc phòng chủ trì")).toEqual([]);
  });
});
