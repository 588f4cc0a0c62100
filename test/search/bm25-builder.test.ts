import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { Bm25Builder } from "../../src/search/bm25-builder.ts";
import { loadBm25, saveBm25 } from "../../src/search/bm25-file.ts";
import { Bm25Index, DEFAULT_BM25 } from "../../src/search/bm25-index.ts";
import { IdPairTable } from "../../src/search/id-pair-table.ts";
import { analyze, analyzeQuery } from "../../src/search/vietnamese-analyzer.ts";
import { CORPUS, tempDir } from "../helpers.ts";

const passages = loadCorpus(CORPUS).documents.flatMap((d) =>
  d.passages.map((p) => ({ text: p.text, context: [d.meta.title, ...p.headings].join("\n") })),
);
const questions = ["quy hoạch cán bộ trẻ", "han chot ra soat", "20-NQ/TU", "Ban Tổ chức Tỉnh ủy báo cáo"];

function streamed(list: readonly { text: string; context: string }[]): Bm25Index {
  const builder = new Bm25Builder();
  for (const p of list) builder.addText(p.text, p.context);
  return builder.build();
}

describe("Bm25Builder", () => {
  it("indexing raw text gives the very postings of indexing its analyzed terms", () => {
    const fromText = streamed(passages).parts;
    const fromTerms = Bm25Index.build(
      passages.map((p) => ({ text: analyze(p.text), context: analyze(p.context) })),
    ).parts;
    expect(fromText.size).toBe(passages.length);
    // Term ids may be numbered differently; each term's passages and weights must be identical.
    expect(new Set(fromText.termIds.keys())).toEqual(new Set(fromTerms.termIds.keys()));
    for (const [term, id] of fromText.termIds) {
      const other = fromTerms.termIds.get(term) as number;
      const slice = (parts: typeof fromText, t: number) => [
        [...parts.docs.subarray(parts.offsets[t], parts.offsets[t + 1])],
        [...parts.weights.subarray(parts.offsets[t], parts.offsets[t + 1])],
      ];
      expect(slice(fromText, id)).toEqual(slice(fromTerms, other));
    }
  });

  it("scores a passage whose counts do not pack (a context repeating a word thousands of times) exactly", () => {
    const list = [
      { text: "quy hoạch cán bộ", context: "tổng kết ".repeat(2100) },
      { text: "tổng kết công tác", context: "Kết luận" },
    ];
    const index = streamed(list);
    const { k1, b, contextWeight } = DEFAULT_BM25;
    const lengths = list.map((p) => [analyze(p.text).length, analyze(p.context).length]);
    const avg = (i: number) => (lengths[0][i] + lengths[1][i]) / 2;
    const tf =
      0 / (1 - b + (b * lengths[0][0]) / avg(0)) +
      (contextWeight * 2100) / (1 - b + (b * lengths[0][1]) / avg(1));
    const { docs, weights, offsets, termIds } = index.parts;
    const id = termIds.get("utong") as number;
    expect(docs[offsets[id]]).toBe(0);
    expect(weights[offsets[id]]).toBe(Math.fround((tf * (k1 + 1)) / (tf + k1)));
  });

  it("an empty builder gives an empty index", () => {
    const index = new Bm25Builder().build();
    expect(index.size).toBe(0);
    expect(index.search(analyzeQuery("quy hoạch"), 5)).toEqual([]);
  });
});

describe("IdPairTable", () => {
  it("finds every pair it was given after growing, and no other", () => {
    const table = new IdPairTable(16);
    for (let i = 0; i < 5000; i++) table.set(i, (i * 7) % 1000, i);
    expect(table.size).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(table.get(i, (i * 7) % 1000)).toBe(i);
    expect(table.get(1, 1)).toBe(-1);
    table.set(3, 21, 99);
    expect(table.get(3, 21)).toBe(99);
    expect(table.size).toBe(5000);
  });
});

describe("bm25 file", () => {
  it("loads what was saved under the same key, and nothing for another key, other options or a damaged file", () => {
    const file = path.join(tempDir(), "lexical.bin");
    const index = streamed(passages);
    saveBm25(file, index, "corpus-v1");
    const loaded = loadBm25(file, "corpus-v1") as Bm25Index;
    expect(loaded).not.toBeNull();
    for (const q of questions)
      expect(loaded.search(analyzeQuery(q), 10)).toEqual(index.search(analyzeQuery(q), 10));
    expect(loaded.idf("uquy")).toBe(index.idf("uquy"));
    expect(loadBm25(file, "corpus-v2")).toBeNull();
    expect(loadBm25(file, "corpus-v1", { ...DEFAULT_BM25, k1: 1.2 })).toBeNull();
    expect(loadBm25(path.join(path.dirname(file), "missing.bin"), "corpus-v1")).toBeNull();
    writeFileSync(file, "not an index");
    expect(loadBm25(file, "corpus-v1")).toBeNull();
  });

  it("round-trips an empty index", () => {
    const file = path.join(tempDir(), "lexical.bin");
    saveBm25(file, new Bm25Builder().build(), "empty");
    expect(loadBm25(file, "empty")?.size).toBe(0);
  });
});
