import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devCases, loadDevSet } from "../../eval/dev-set.ts";
import {
  comparable,
  loadQuestions,
  runEval,
  scoreCitations,
  splitStatements,
  summarize,
} from "../../eval/eval-harness.ts";
import {
  DEFAULT_PATHS,
  evaluateSet,
  type OpenedSet,
  openSetApp,
  planSets,
  type SetResult,
} from "../../eval/eval-sets.ts";
import { checkGates, loadThresholds, type SetName } from "../../eval/gates.ts";
import { normalizeForMatch, QuoteResolver } from "../../eval/gold-match.ts";
import { htmlReport } from "../../eval/html-report.ts";
import { scoreObligations, scoreQuotedObligations } from "../../eval/obligation-metrics.ts";
import { setsMarkdown } from "../../eval/sets-report.ts";
import { hasDiacritics } from "../../src/search/vietnamese-analyzer.ts";
import { ROOT, tempDir } from "../helpers.ts";

const thresholds = loadThresholds(path.join(ROOT, "eval/thresholds.json"));

/**
 * Fails on every hard gate of the set that is not met; prints the targets not yet met, which do not fail.
 * Returns the failures so the assertion names them.
 */
function enforceGates(result: SetResult): string[] {
  const gates = checkGates(result.figures, thresholds[result.name]);
  const below = gates.filter((g) => g.status === "below-target").map((g) => g.message);
  if (below.length) console.warn(`${result.label} (${result.sample}) below target: ${below.join("; ")}`);
  return gates.filter((g) => g.status === "fail").map((g) => g.message);
}

describe("evaluation gate: seeds", () => {
  const { specs } = planSets({}, ["seeds"]);
  const questions = loadQuestions(DEFAULT_PATHS.seedQuestions);

  it("has the question set the issue asks for", () => {
    expect(questions.filter((q) => !q.refuse).length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((q) => q.refuse).length).toBeGreaterThanOrEqual(12);
    const documents = new Set(questions.flatMap((q) => q.gold.map((g) => g.split("#")[0])));
    expect(documents.size).toBe(4);
  });

  it("meets every hard gate of eval/thresholds.json (seeds), gold passages and obligations included", async () => {
    const seeds = await evaluateSet(specs[0]);
    expect(seeds.unresolvedGold).toEqual([]);
    expect(seeds.obligations?.gold).toBe(49);
    expect(enforceGates(seeds)).toEqual([]);
  });
});

const dev = planSets({}, ["devTune", "devHeldout"]);

it.runIf(dev.specs.length === 0)("says why the development set is not evaluated", () => {
  console.warn(dev.skipped.map((s) => `${s.name} skipped: ${s.reason}`).join("\n"));
  expect(dev.skipped.length).toBe(2);
});

describe.runIf(dev.specs.length > 0)("evaluation gate: the development set over real documents", () => {
  const set = loadDevSet(DEFAULT_PATHS.devDir);
  const results = new Map<SetName, SetResult>();
  let opened: OpenedSet | undefined;

  // One index of the dev corpus for both halves: ingesting it twice would double the test's time.
  beforeAll(async () => {
    const started = performance.now();
    opened = await openSetApp(DEFAULT_PATHS.devCorpus);
    for (const spec of dev.specs) results.set(spec.name, await evaluateSet(spec, {}, opened));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`dev sets: ingest ${opened.ingest.ms} ms, both halves ${seconds} s`);
  }, 180_000);
  afterAll(() => opened?.close());

  it("has the question set the issue asks for", () => {
    const questions = set?.questions ?? [];
    const answerable = questions.filter((q) => q.expect === "answer");
    expect(answerable.length).toBeGreaterThanOrEqual(150);
    expect(answerable.filter((q) => !hasDiacritics(q.question)).length).toBeGreaterThanOrEqual(
      Math.floor(answerable.length / 3),
    );
    for (const type of ["meta-signer", "meta-date", "meta-number", "meta-issuer", "meta-recipients"])
      expect(
        answerable.some((q) => q.type === type),
        type,
      ).toBe(true);
    const nearMiss = questions.filter((q) => q.type === "near-miss");
    expect(nearMiss.length).toBeGreaterThanOrEqual(40);
    expect(nearMiss.filter((q) => q.expect !== "refuse" && q.expect !== "not_stated")).toEqual([]);
    expect(questions.filter((q) => q.type === "no-topic" && q.expect !== "clarify")).toEqual([]);
    expect(answerable.filter((q) => q.gold.length === 0).map((q) => q.id)).toEqual([]);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(answerable.flatMap((q) => q.gold.map((g) => g.doc))).size).toBeGreaterThanOrEqual(20);
    expect(set?.obligations?.length ?? 0).toBeGreaterThanOrEqual(40);
    for (const split of ["tune", "heldout"])
      expect(questions.filter((q) => q.split === split).length, split).toBeGreaterThan(0);
  });

  it("gives every gold passage as a verbatim quote of 15–120 characters from one line of its document", () => {
    const lines = new Map<string, string[] | null>();
    const linesOf = (doc: string) => {
      if (!lines.has(doc)) {
        const file = path.join(DEFAULT_PATHS.devCorpus, `${doc}.md`);
        lines.set(
          doc,
          existsSync(file) ? readFileSync(file, "utf8").split("\n").map(normalizeForMatch) : null,
        );
      }
      return lines.get(doc);
    };
    const quotes = [
      ...(set?.questions ?? []).flatMap((q) => q.gold.map((g) => ({ id: q.id, doc: g.doc, quote: g.quote }))),
      ...(set?.obligations ?? []).map((g, i) => ({
        id: `obligation ${i + 1}`,
        doc: g.documentId,
        quote: g.quote,
      })),
      ...(set?.blindObligations ?? []).map((g, i) => ({
        id: `blind obligation ${i + 1}`,
        doc: g.documentId,
        quote: g.quote,
      })),
    ];
    const wrong = quotes.filter(({ doc, quote }) => {
      const q = normalizeForMatch(quote);
      return quote.length < 15 || quote.length > 120 || !linesOf(doc)?.some((line) => line.includes(q));
    });
    expect(wrong).toEqual([]);
  });

  it.each(["devTune", "devHeldout"] as const)(
    "%s meets its hard gates (targets not yet met are warned about)",
    (name) => {
      const result = results.get(name);
      if (!result) return;
      if (result.unresolvedGold.length)
        console.warn(
          `${result.label}: ${result.unresolvedGold.length} gold quotes match no passage: ${result.unresolvedGold.map((u) => u.id).join(", ")}`,
        );
      expect(enforceGates(result)).toEqual([]);
    },
  );
});

describe("evaluation harness", () => {
  const document = path.join(DEFAULT_PATHS.devCorpus, "2403-2009-ttg-kgvx.md");

  // test/eval/fixtures/dev: four questions of the dev layout over one real document, not the dev set's gold.
  it.runIf(existsSync(document))(
    "resolves quotes, scores both halves and reports them side by side",
    async () => {
      const corpus = tempDir();
      mkdirSync(corpus, { recursive: true });
      symlinkSync(document, path.join(corpus, "2403-2009-ttg-kgvx.md"));
      const fixture = path.join(ROOT, "test/eval/fixtures/dev");
      const { specs, skipped } = planSets({ devDir: fixture, devCorpus: corpus }, ["devTune", "devHeldout"]);
      expect(skipped).toEqual([]);
      expect(specs.map((s) => [s.name, s.questions.items.length, s.obligations?.gold.length])).toEqual([
        ["devTune", 2, undefined],
        ["devHeldout", 2, 1],
      ]);
      const opened = await openSetApp(corpus);
      try {
        const [tune, heldout] = [
          await evaluateSet(specs[0], {}, opened),
          await evaluateSet(specs[1], {}, opened),
        ];
        expect(opened.ingest).toMatchObject({ documents: 1, errors: [], fallback: false });
        expect([...tune.unresolvedGold, ...heldout.unresolvedGold]).toEqual([]);
        const f001 = tune.outcomes.find((o) => o.id === "f001");
        expect(f001?.goldSets?.map((ids) => ids.length)).toEqual([1]);
        expect(opened.app.index.passage(f001?.gold[0] ?? "")?.text).toContain("05%");
        expect(tune.metrics).toMatchObject({
          questions: 2,
          inCorpus: 1,
          nearMissQuestions: 1,
          noTopicQuestions: 0,
        });
        expect(heldout.metrics).toMatchObject({
          questions: 2,
          inCorpus: 1,
          nearMissQuestions: 0,
          noTopicQuestions: 1,
        });
        expect(tune.metrics.noTopicClarifyRate).toBeNull();
        expect(tune.obligations).toBeNull();
        expect(heldout.obligations).toMatchObject({ gold: 1 });
        expect(heldout.figures).toMatchObject({ ingestErrors: 0 });
        expect(heldout.figures.obligationF1).toBeTypeOf("number");
        const sets = [tune, heldout].map((r) => ({ ...r, gates: checkGates(r.figures, thresholds[r.name]) }));
        const markdown = setsMarkdown(sets, [{ name: "seeds", reason: "not asked" }], {
          mode: "extractive",
          startedAt: "2025-01-01T00:00:00.000Z",
        });
        expect(markdown).toContain(
          "| metric | seeds (in-sample) | dev-tune (in-sample) | dev-heldout (held-out) |",
        );
        expect(markdown).toContain("| questions | skipped | 2 | 2 |");
        expect(markdown).toContain("## dev-heldout (held-out)");
        const html = htmlReport({
          metrics: summarize([]),
          outcomes: [],
          mode: "extractive",
          startedAt: "2025-01-01T00:00:00.000Z",
          sets: Object.fromEntries(sets.map((s) => [s.name, s])),
        });
        expect(html).toContain('dev-heldout <span class="muted">(held-out)</span>');
        expect(html).toContain("Từng câu hỏi — dev-tune (in-sample)");
        expect(html).toContain("“Bộ Quốc phòng chủ trì");
      } finally {
        opened.close();
      }
    },
  );

  it("devCases keeps one set of passages per quote and reports quotes that point nowhere", () => {
    const resolver = new QuoteResolver([
      { id: "d#1", documentId: "d", text: "Sở Tài chính bố trí kinh phí thực hiện kế hoạch hằng năm." },
      { id: "d#2", documentId: "d", text: "Sở Y tế chủ trì tổ chức khám sức khỏe định kỳ." },
    ]);
    const base = {
      question: "?",
      doc: "d",
      facts: [],
      type: "content" as const,
      refuse: false,
      split: "tune" as const,
    };
    const { cases, unresolved } = devCases(
      [
        {
          ...base,
          id: "x1",
          expect: "answer",
          gold: [
            { doc: "d", quote: "Sở Tài chính bố trí kinh phí thực hiện" },
            { doc: "d", quote: "Sở Y tế chủ trì tổ chức khám sức khỏe" },
            { doc: "d", quote: "Sở Nội vụ thẩm định hồ sơ khen thưởng" },
          ],
        },
        { ...base, id: "x2", type: "near-miss", refuse: true, expect: "not_stated", gold: [] },
      ],
      resolver,
    );
    expect(cases[0]).toMatchObject({ gold: ["d#1", "d#2"], goldSets: [["d#1"], ["d#2"], []], refuse: false });
    expect(cases[1]).toMatchObject({ gold: [], refuse: true, expect: "not_stated" });
    expect(unresolved).toEqual([{ id: "x1", doc: "d", quote: "Sở Nội vụ thẩm định hồ sơ khen thưởng" }]);
  });

  it("summarize: per-quote recall, near-miss and no-topic rates, 'not stated' on an answerable question is a false refusal", () => {
    const base = {
      question: "",
      type: "content",
      cited: [],
      retrieved: [],
      factsFound: 0,
      factsTotal: 1,
      ms: 1,
    };
    const m = summarize([
      { ...base, id: "a", refuse: false, expect: "answer", gold: ["g"], refused: false, notStated: true },
      {
        ...base,
        id: "b",
        type: "near-miss",
        refuse: true,
        expect: "not_stated",
        gold: [],
        refused: false,
        notStated: true,
      },
      { ...base, id: "c", type: "near-miss", refuse: true, expect: "refuse", gold: [], refused: false },
      {
        ...base,
        id: "d",
        type: "no-topic",
        refuse: true,
        expect: "clarify",
        gold: [],
        refused: true,
        clarify: true,
      },
      {
        ...base,
        id: "e",
        refuse: false,
        expect: "answer",
        gold: ["x1", "x2", "y"],
        goldSets: [["x1", "x2"], ["y"]],
        retrieved: ["x2", "z", "y"],
        cited: ["x2"],
        refused: false,
        factsFound: 1,
      },
    ]);
    expect(m).toMatchObject({
      inCorpus: 2,
      outOfCorpus: 3,
      recallAt1: 0.25,
      recallAt3: 0.5,
      mrr: 0.5,
      citationHitRate: 0.5,
      factAccuracy: 0.5,
      falseRefusalRate: 0.5,
      refusalPrecision: 0.667,
      refusalRecall: 0.667,
      nearMissQuestions: 2,
      nearMissRefusalRate: 0.5,
      noTopicQuestions: 1,
      noTopicClarifyRate: 1,
    });
  });

  it("scoreQuotedObligations: passage by quote, precision only over complete documents, recall over all", () => {
    const resolver = new QuoteResolver([
      { id: "k#1", documentId: "k", text: "Sở Y tế chủ trì tổ chức khám sức khỏe định kỳ hằng năm." },
      { id: "k#2", documentId: "k", text: "Sở Tài chính bố trí kinh phí." },
      { id: "m#1", documentId: "m", text: "Các huyện báo cáo kết quả trước ngày 15/12/2024." },
    ]);
    const none = { kind: "none" as const, due: null, recurrence: null, text: "" };
    const obligation = (id: string, passageId: string, responsible: string[]) => ({
      id,
      documentId: passageId.split("#")[0],
      passageId,
      section: "",
      responsible,
      action: "x",
      deadline: none,
      sourceText: "",
    });
    const gold = [
      {
        documentId: "k",
        quote: "Sở Y tế chủ trì tổ chức khám sức khỏe",
        responsible: ["Sở Y tế"],
        deadline: none,
        complete: true,
      },
      {
        documentId: "m",
        quote: "Các huyện báo cáo kết quả trước ngày",
        responsible: ["Các huyện"],
        deadline: none,
      },
    ];
    const score = scoreQuotedObligations(
      [
        obligation("1", "k#1", ["Sở Y tế"]),
        obligation("2", "k#2", ["Sở Tài chính"]), // spurious, in a complete document: counts against precision
        obligation("3", "m#1", ["Ủy ban nhân dân tỉnh"]), // spurious, in an incomplete document: not counted
      ],
      gold,
      resolver,
    );
    expect(score).toMatchObject({ gold: 2, extracted: 2, matched: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(score.spurious.map((e) => e.id)).toEqual(["2"]);
    expect(score.missed).toEqual([gold[1]]);
    expect(scoreQuotedObligations([], gold.slice(1), resolver)).toMatchObject({ precision: null, f1: null });
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
    expect(scoreObligations([other], gold)).toMatchObject({
      precision: 0,
      recall: 0,
      missed: gold,
      missedWhy: { noneInPassage: 0, otherParties: 1 },
    });
    const elsewhere = { ...extracted, passageId: "d#2" };
    expect(scoreObligations([elsewhere], gold).missedWhy).toEqual({ noneInPassage: 1, otherParties: 0 });
  });

  it("runEval matches facts across case, diacritics and dash kinds, but not across words", async () => {
    const answer = "Cơ quan ban hành: BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI; mức chi 150.000 đồng/người.";
    const system = {
      search: async () => [],
      answer: async (question: string) => ({
        question,
        answer,
        refused: false,
        mode: "extractive" as const,
        citations: [],
        ms: 1,
      }),
    };
    const {
      outcomes: [outcome],
    } = await runEval(system, [
      {
        id: "q",
        question: "cv 2864 cua bo nao",
        type: "meta-issuer",
        refuse: false,
        gold: [],
        facts: [
          "Bộ Lao động - Thương binh và Xã hội",
          "150.000 dong/nguoi",
          "Bộ Lao động, Thương binh và Xã hội",
        ],
      },
    ]);
    expect(outcome).toMatchObject({ factsFound: 2, factsTotal: 3 });
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

  it("reads a quoted signature block as one statement, its capacities unbroken", () => {
    const answer =
      "- Người ký: Ngô Văn Độ. [1] Nguyên văn: “TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG Ngô Văn Độ” [1]";
    expect(splitStatements(answer).map((s) => s.markers)).toEqual([[1], [1]]);
  });

  it("counts the parties of an execution clause, quoted as one sentence, as one statement", () => {
    const answer =
      "Chánh Văn phòng UBND Thành phố; Giám đốc các Sở: Tài chính, Y tế; Chủ tịch UBND các quận chịu trách nhiệm thi hành Quyết định này. [1]";
    expect(splitStatements(answer)).toHaveLength(1);
    expect(
      splitStatements("Trợ cấp 2.000.000 đồng; [1] Người phục vụ được 1.000.000 đồng. [2]"),
    ).toHaveLength(2);
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

describe("comparable: facts are found as an officer reads them", () => {
  it("compares a day by its value, as official style pads January and February ('12/01/2026' holds 12/1/2026)", () => {
    expect(comparable("Ngày ban hành: 12/01/2026.").includes(comparable("12/1/2026"))).toBe(true);
    expect(comparable("ngày 04/10/2022").includes(comparable("4/10/2022"))).toBe(true);
    // Another day is not found, nor a day inside a longer number.
    expect(comparable("Ngày ban hành: 12/01/2026.").includes(comparable("12/2/2026"))).toBe(false);
    expect(comparable("số 112/01/2026").includes(comparable("12/1/2026"))).toBe(false);
  });
});
