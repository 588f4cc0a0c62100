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
import { loadGoldObligations, scoreObligations } from "../../eval/obligation-metrics.ts";
import { type App, createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/logger.ts";
import { listObligations } from "../../src/obligations/obligation-store.ts";
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

  it("extracts the hand-written gold obligations at the thresholds in eval/thresholds.json", () => {
    const gold = loadGoldObligations(path.join(ROOT, "eval/obligations.gold.jsonl"));
    expect(new Set(gold.map((g) => g.documentId)).size).toBe(4);
    const score = scoreObligations(listObligations(app.db), gold);
    const figures = {
      obligationPrecision: score.precision,
      obligationRecall: score.recall,
      deadlineAccuracy: score.deadlineAccuracy,
    };
    expect(failedThresholds(figures, thresholds)).toEqual([]);
  });

  it("scoreObligations needs passage, parties and deadline to agree", () => {
    const deadline = { kind: "date" as const, due: "2024-12-31", recurrence: null, text: "Trong năm 2024" };
    const gold = [
      { documentId: "d", passageId: "d#1", responsible: ["Ban Tổ chức Tỉnh ủy"], action: "x", deadline },
    ];
    const extracted = {
      id: "d#1/a",
      documentId: "d",
      passageId: "d#1",
      section: "mục 1",
      responsible: ["Ban Tổ chức Tỉnh ủy"],
      action: "x",
      deadline,
      sourceText: "",
    };
    expect(scoreObligations([extracted], gold)).toMatchObject({
      precision: 1,
      recall: 1,
      deadlineAccuracy: 1,
    });
    const late = { ...extracted, deadline: { ...deadline, due: "2025-12-31" } };
    expect(scoreObligations([late], gold)).toMatchObject({ precision: 0, recall: 0, deadlineAccuracy: 0 });
    const other = { ...extracted, responsible: ["Các huyện ủy, thị ủy, thành ủy"] };
    expect(scoreObligations([other], gold)).toMatchObject({ precision: 0, recall: 0, missed: gold });
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
