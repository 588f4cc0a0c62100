import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { composeLaw, lawId, readArticles } from "../../eval/law-obligations.ts";
import type { Answer } from "../../src/answer/answer.ts";
import { ROOT, tempDir } from "../helpers.ts";
import { answerersOver } from "./answer-fixture.ts";

const ALQAC = path.join(ROOT, "..", "shared", "benchmarks", "alqac", "corpus.jsonl");

/**
 * Questions about laws, as citizens type them, over the 17 real laws written out as the eval does (ALQAC articles;
 * eval/laws/questions.jsonl, inspected half). Laws are named by their title, not a number, and their items
 * complete a lead-in ("… phải tuân theo các điều kiện sau đây:").
 */
describe.runIf(existsSync(ALQAC))("answers from laws (ALQAC)", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const dir = tempDir("troly-laws-");
    const articles = readArticles(ALQAC);
    const files = [...new Set(articles.map((a) => a.law))].map((law) => {
      const file = path.join(dir, `${lawId(law)}.md`);
      writeFileSync(
        file,
        composeLaw(
          law,
          articles.filter((a) => a.law === law),
        ),
      );
      return file;
    });
    const { answerer } = await answerersOver(files);
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("answers from the law the question names by its title, not from another law that shares its words", async () => {
    const a = await ask("Theo Luật Thanh niên, thanh niên là người trong độ tuổi nào?");
    expect(a.answer).toContain("từ đủ 16 tuổi đến 30 tuổi");
    expect(a.citations[0]?.documentLabel).toBe("Luật Thanh niên ngày 16/6/2020 của QUỐC HỘI");
  });

  it("finds the item that completes a lead-in when it states the asked figure (Luật Tố tụng hành chính, Điều 116)", async () => {
    const a = await ask(
      "Theo Luật Tố tụng hành chính, muốn kiện quyết định hành chính của UBND huyện thì thời hiệu là bao lâu?",
    );
    expect(a.notStated).not.toBe(true);
    expect(a.answer).toContain("01 năm kể từ ngày nhận được hoặc biết được quyết định hành chính");
  });

  it("reads a count written in words ('năm năm')", async () => {
    const a = await ask("nhiem ky moi khoa quoc hoi keo dai bao nhieu nam theo hien phap");
    expect(a.notStated).not.toBe(true);
    expect(a.answer).toContain("Nhiệm kỳ của mỗi khoá Quốc hội là năm năm");
  });
});
