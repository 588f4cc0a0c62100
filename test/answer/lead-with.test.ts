import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/answer/answer.ts";
import { leadWith } from "../../src/answer/lead-with.ts";

const citation = (n: number, passageId: string) => ({ n, passageId }) as Citation;

describe("leadWith", () => {
  const answer = {
    answer: "Bộ tổng hợp, gửi trước ngày 20/7. [1]\n\nSở tổng hợp, gửi Bộ trước ngày 05/7. [2] Xem thêm. [1]",
    citations: [citation(1, "doc#bo"), citation(2, "doc#so")],
  };

  it("moves the first paragraph whose passages are wanted to the front and renumbers markers and citations", () => {
    const led = leadWith(answer, (id) => id === "doc#so" || id === "doc#bo-never");
    // The second paragraph cites both passages, so it does not pass: nothing moves.
    expect(led).toBe(answer);
    const only = { ...answer, answer: "Bộ … 20/7. [1]\n\nSở … 05/7. [2]" };
    const moved = leadWith(only, (id) => id === "doc#so");
    expect(moved.answer).toBe("Sở … 05/7. [1]\n\nBộ … 20/7. [2]");
    expect(moved.citations).toEqual([citation(1, "doc#so"), citation(2, "doc#bo")]);
  });

  it("leaves the answer as it is when the first paragraph already passes or none does", () => {
    expect(leadWith(answer, (id) => id === "doc#bo")).toBe(answer);
    expect(leadWith(answer, () => false)).toBe(answer);
  });
});
