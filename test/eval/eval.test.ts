import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  failedThresholds,
  loadQuestions,
  runEval,
  scoreCitations,
  splitStatements,
  summarize,
  thresholdsSchema,
} from "../../eval/eval-harness.ts";
import { htmlReport } from "../../eval/html-report.ts";
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

  it("splits answers into statements in both the extractive and the LLM marker layout", () => {
    const answer =
      "Chịu trách nhiệm: Ban Tổ chức Tỉnh ủy. [1]\n\nHạn 31/12/2024. [1] Làm hằng năm [2]. Có hai nguồn [1, 2].\n" +
      "Các việc có hạn:\n• Rà soát quy hoạch — hạn 31/12/2024 [2]\nCụ thể:";
    expect(splitStatements(answer)).toEqual([
      { text: "Chịu trách nhiệm: Ban Tổ chức Tỉnh ủy.", markers: [1] },
      { text: "Hạn 31/12/2024.", markers: [1] },
      { text: "Làm hằng năm.", markers: [2] },
      { text: "Có hai nguồn.", markers: [1, 2] },
      { text: "Rà soát quy hoạch — hạn 31/12/2024", markers: [2] },
    ]);
  });

  it("scoreCitations checks content coverage and every date against the cited passages", () => {
    const citations = [
      { n: 1, text: "Trước ngày 31 tháng 12 năm 2024, các cấp ủy rà soát, bổ sung quy hoạch cán bộ trẻ." },
      { n: 2, text: "Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc thực hiện kết luận." },
    ];
    const answer = [
      "Các cấp ủy rà soát quy hoạch cán bộ trẻ trước 31/12/2024 [1][2].", // supported; [2] irrelevant
      "Các cấp ủy rà soát quy hoạch cán bộ trẻ trước 30/6/2025 [1].", // date not in the passage: relevant only
      "Ban Tổ chức Tỉnh ủy đôn đốc thực hiện [2].", // supported
      "Ban Tổ chức Tỉnh ủy đôn đốc thực hiện [7].", // no such citation
      "Các cấp ủy rà soát quy hoạch cán bộ trẻ.", // no marker: unsupported
    ].join(" ");
    expect(scoreCitations(answer, citations)).toEqual({
      statements: 5,
      supported: 2,
      citationPairs: 5,
      relevantPairs: 3,
    });
    const m = summarize([
      {
        ...{ question: "", type: "", retrieved: [], factsFound: 1, factsTotal: 1, ms: 1 },
        ...{ id: "a", refuse: false, gold: ["x"], cited: ["x"], refused: false },
        ...scoreCitations(answer, citations),
      },
      {
        ...{ question: "", type: "", retrieved: [], factsFound: 1, factsTotal: 1, ms: 1 },
        ...{ id: "b", refuse: false, gold: ["x"], cited: ["x"], refused: false },
        ...{ statements: 1, supported: 1, citationPairs: 1, relevantPairs: 1 },
      },
    ]);
    expect(m).toMatchObject({ citationPrecision: 0.8, citationRecall: 0.7, unsupportedRate: 0.5 });
  });

  it("htmlReport draws a chart per metric, marks the previous run and escapes question text", () => {
    const base = { type: "t", retrieved: [], factsFound: 1, factsTotal: 1, ms: 1 };
    const run = {
      metrics: summarize([]),
      obligations: { obligationPrecision: 1, obligationRecall: 1, deadlineAccuracy: 1, missed: [] },
      outcomes: [
        {
          ...base,
          id: "q1",
          question: "<b>hạn?</b>",
          refuse: false,
          gold: ["x"],
          cited: ["x"],
          refused: false,
        },
        { ...base, id: "q2", question: "thời tiết", refuse: true, gold: [], cited: ["y"], refused: false },
      ],
      mode: "extractive",
      startedAt: "2025-01-02T00:00:00.000Z",
    };
    const previous = {
      ...run,
      metrics: { ...run.metrics, recallAt5: 0.5 },
      startedAt: "2025-01-01T00:00:00.000Z",
    };
    const html = htmlReport(run, previous);
    expect(html).toContain("&lt;b&gt;hạn?&lt;/b&gt;");
    expect(html).not.toContain("<b>hạn?</b>");
    expect(html.match(/<svg /g)?.length).toBe(17);
    expect(html.match(/class="prev"/g)?.length).toBe(17);
    expect(html).toContain("▼ −0.5");
    expect(html).toContain("✓ hit");
    expect(html).toContain("wrongly answered");
    expect(htmlReport(run)).toContain("không có lần chạy trước");
  });
});
