import { describe, expect, it } from "vitest";
import { HeadingRerank } from "../../src/search/heading-rerank.ts";
import { analyzeQuery } from "../../src/search/vietnamese-analyzer.ts";

const headings = [
  "Nghĩa vụ của bên nhận thế chấp",
  "Quyền của bên nhận thế chấp",
  "Giải thích từ ngữ",
  "Tài sản bảo đảm",
  "Phạm vi điều chỉnh",
  "Cách thức tiếp cận thông tin",
  "",
];
const rerank = new HeadingRerank(headings, () => 1);
/** The reranked order of BM25 hits given as [index, score] pairs. */
const order = (query: string, hits: [number, number][]) =>
  rerank
    .apply(
      query,
      analyzeQuery(query),
      hits.map(([index, score]) => ({ index, score })),
    )
    .map((h) => h.index);

describe("HeadingRerank", () => {
  it("prefers, among close BM25 scores, the article whose heading the question names", () => {
    expect(
      order("Điều nào sau đây KHÔNG đúng về quyền của bên nhận thế chấp?", [
        [0, 10],
        [1, 9.9],
      ]),
    ).toEqual([1, 0]);
    expect(
      order("Điều nào sau đây KHÔNG đúng về nghĩa vụ của bên nhận thế chấp?", [
        [0, 10],
        [1, 9.9],
      ]),
    ).toEqual([0, 1]);
  });

  it("sends 'là gì?' and 'X là Y, đúng hay sai?' to the definitions article, other questions not", () => {
    expect(
      order("Tài sản bảo đảm là gì?", [
        [3, 10],
        [2, 9.5],
      ]),
    ).toEqual([2, 3]);
    const statement = "Tài sản bảo đảm là tài sản mà bên bảo đảm dùng để bảo đảm nghĩa vụ, đúng hay sai?";
    expect(
      order(statement, [
        [3, 10],
        [2, 9.5],
      ]),
    ).toEqual([2, 3]);
    expect(
      order("Tài sản bảo đảm phải thuộc quyền sở hữu của ai?", [
        [3, 10],
        [2, 9.5],
      ]),
    ).toEqual([3, 2]);
  });

  it("sends 'áp dụng cho ai?' to the scope article", () => {
    expect(
      order("Luật tiếp cận thông tin áp dụng cho ai?", [
        [5, 10],
        [4, 8],
      ]),
    ).toEqual([4, 5]);
    expect(
      order("Cách thức tiếp cận thông tin?", [
        [5, 10],
        [4, 8],
      ]),
    ).toEqual([5, 4]);
  });

  it("leaves passages without a heading and empty results alone", () => {
    expect(
      order("bất kỳ câu hỏi nào", [
        [6, 3],
        [6, 2],
      ]),
    ).toEqual([6, 6]);
    expect(order("bất kỳ câu hỏi nào", [])).toEqual([]);
  });

  it("reads only the candidates' headings, however large the corpus", () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 ? "Quyền của bên nhận thế chấp" : "Tài sản bảo đảm",
    );
    let lookups = 0;
    const big = new HeadingRerank(many, () => {
      lookups++;
      return 1;
    });
    const query = "Quyền của bên nhận thế chấp là gì?";
    const hits = [5, 8, 13].map((index, i) => ({ index, score: 10 - i }));
    big.apply(query, analyzeQuery(query), hits);
    // Each candidate's heading terms are weighed once; the other 19,997 passages are never looked at.
    expect(lookups).toBeGreaterThan(0);
    expect(lookups).toBeLessThanOrEqual(3 * 20);
  });
});
