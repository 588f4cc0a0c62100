import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { fold, normalize } from "../../src/language/vietnamese-text.ts";
import {
  analyze,
  analyzeQuery,
  QUERY_STOPWORDS,
  stripQuestionForm,
} from "../../src/search/vietnamese-analyzer.ts";
import { CORPUS, ROOT } from "../helpers.ts";

/** The analyzer as regular expressions define it (before the scanner): the reference the scanner must equal. */
function reference(text: string, options: { accents?: boolean; stopwords?: ReadonlySet<string> } = {}) {
  const { accents = true, stopwords } = options;
  const lower = normalize(text);
  const terms: string[] = [];
  for (const match of lower.matchAll(/[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)+/gu)) {
    if (/\p{N}/u.test(match[0])) terms.push(`n${fold(match[0])}`);
  }
  for (const phrase of lower.split(/[,.;:!?()[\]{}"“”‘’«»…\n\r\t]+|\s[-–—]\s/u)) {
    let previous: string | null = null;
    for (const match of phrase.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0];
      const folded = fold(word);
      if (stopwords?.has(folded)) {
        previous = null;
        continue;
      }
      terms.push(`u${folded}`);
      if (accents && folded !== word) terms.push(`a${word}`);
      if (previous !== null) terms.push(`b${previous} ${folded}`);
      previous = folded;
    }
  }
  return terms;
}

describe("term scanner", () => {
  it("splits exactly as the analyzer's regular expressions on tricky text", () => {
    const samples = [
      "Quyết định số 08/2024/QĐ-UBND, Nghị quyết 20-NQ/TU ngày 31/12/2024",
      "giai đoạn 2021-2025 - tiếp tục — rà soát – bổ sung\t-\tquy hoạch",
      "a - - b; c-d-e/f- g /h 1-2- -3 x-/y",
      "Điều 5.\n\nKhoản 2 (a) «trích» “dẫn” ‘đơn’ … hết!? [1] {2}",
      "𝐀𝐁 chữ toán 𝟏𝟐/𝟑 và 😀 emoji\u00a0-\u00a0nbsp ĐẢNG ỦY Tỉnh uỷ",
      "",
      "-",
      "x",
    ];
    for (const text of samples) {
      expect(analyze(text)).toEqual(reference(text));
      expect(analyze(text, { accents: false })).toEqual(reference(text, { accents: false }));
      const query = { accents: true, stopwords: QUERY_STOPWORDS };
      expect(analyze(text, query)).toEqual(reference(text, query));
    }
  });

  it("gives the reference's terms for every seed passage, every ALQAC article and every eval question", () => {
    const texts = loadCorpus(CORPUS).documents.flatMap((d) => d.passages.map((p) => p.text));
    const alqac = path.join(ROOT, "..", "shared", "benchmarks", "alqac");
    for (const file of ["corpus.jsonl", "queries.jsonl"]) {
      for (const line of readFileSync(path.join(alqac, file), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { text?: string; question?: string; title?: string };
        texts.push(row.text ?? row.question ?? "", row.title ?? "");
      }
    }
    let differing = 0;
    for (const text of texts) {
      if (JSON.stringify(analyze(text)) !== JSON.stringify(reference(text))) differing++;
    }
    expect(differing).toBe(0);
    expect(texts.length).toBeGreaterThan(2500);
    const questions = readFileSync(path.join(ROOT, "eval/questions.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { question: string }).question);
    for (const q of questions) {
      const stripped = stripQuestionForm(q);
      const options = { accents: fold(stripped) !== stripped, stopwords: QUERY_STOPWORDS };
      expect(analyzeQuery(q)).toEqual(reference(stripped, options));
    }
  });
});
