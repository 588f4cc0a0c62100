import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  failedThresholds,
  loadQuestions,
  runEval,
  summarize,
  thresholdsSchema,
} from "../../eval/eval-harness.ts";
import { type App, createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/logger.ts";
import { CORPUS, ROOT, tempDir } from "../helpers.ts";

const questions = loadQuestions(path.join(ROOT, "eval/questions.jsonl"));
const thresholds = thresholdsSchema.parse(
  JSON.parse(readFileSync(path.join(ROOT, "eval/thresholds.json"), "utf8")),
);
let app: App;

describe("evaluation gate", () => {
  afterAll(() => app?.close());

  it("has the question set the issue asks for", () => {
    expect(questions.filter((q) => !q.refuse).length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((q) => q.refuse).length).toBeGreaterThanOrEqual(12);
    const documents = new Set(questions.flatMap((q) => q.gold.map((g) => g.split("#")[0])));
    expect(documents.size).toBe(4);
  });

  it("meets every threshold in eval/thresholds.json", async () => {
    const config = loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: CORPUS, LOG_LEVEL: "silent" });
    app = await createApp(config, createLogger("silent"));
    const known = new Set(app.index.passages.map((p) => p.id));
    expect(questions.flatMap((q) => q.gold).filter((g) => !known.has(g))).toEqual([]);
    const { metrics } = await runEval(
      {
        search: async (q, k) => (await app.index.search(q, k)).map((h) => h.passage.id),
        answer: (q) => app.answerer.answer(q),
      },
      questions,
    );
    expect(failedThresholds(metrics, thresholds)).toEqual([]);
  });

  it("summarize counts refusals and misses correctly", () => {
    const base = { question: "", type: "", cited: [], retrieved: [], factsFound: 0, factsTotal: 1, ms: 1 };
    const m = summarize([
      { ...base, id: "a", refuse: true, gold: [], refused: true },
      { ...base, id: "b", refuse: false, gold: ["x"], refused: true },
      {
        ...base,
        id: "c",
        refuse: false,
        gold: ["x"],
        refused: false,
        cited: ["x"],
        retrieved: ["x"],
        factsFound: 1,
      },
    ]);
    expect(m).toMatchObject({
      refusalPrecision: 0.5,
      refusalRecall: 1,
      falseRefusalRate: 0.5,
      citationHitRate: 0.5,
      factAccuracy: 0.5,
      recallAt1: 0.5,
    });
  });
});
