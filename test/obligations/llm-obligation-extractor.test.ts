import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { OpenAIChatModel } from "../../src/language/openai-chat-model.ts";
import { loadPrompts } from "../../src/language/prompt-library.ts";
import { proposeObligations } from "../../src/obligations/llm-obligation-extractor.ts";
import { FakeOpenAIServer, sourceNumber } from "../answer/fake-openai-server.ts";
import { CORPUS, ROOT } from "../helpers.ts";

const server = new FakeOpenAIServer();
const prompts = loadPrompts(path.join(ROOT, "prompts"));
const document = loadCorpus(CORPUS).documents.find((d) => d.meta.id === "hy-kl-can-bo-tre-2024");
let model: OpenAIChatModel;

beforeAll(async () => {
  await server.start();
  model = new OpenAIChatModel({
    model: "test",
    baseURL: server.baseURL,
    apiKey: "sk-test",
    timeoutMs: 1000,
    maxRetries: 0,
  });
});
afterAll(() => server.close());

describe("LLM-assisted obligation extraction", () => {
  it("keeps proposals that quote their passage and normalises the deadline with our grammar", async () => {
    if (!document) throw new Error("seed document missing");
    server.play((request) => {
      const n33 = sourceNumber(request, "tham mưu ban hành các văn bản");
      const n22 = sourceNumber(request, "Trước ngày 31/12/2024");
      return {
        content: `Đây là kết quả:\n${JSON.stringify({
          obligations: [
            {
              passage: n33,
              responsible: ["Ban Tổ chức Tỉnh ủy"],
              action: "tham mưu ban hành văn bản",
              quote: "Ban Tổ chức Tỉnh ủy tham mưu ban hành các văn bản có liên quan",
              deadline: "",
            },
            {
              passage: n22,
              responsible: ["các cấp ủy đảng"],
              action: "rà soát, bổ sung quy hoạch cán bộ trẻ",
              quote: "Trước ngày 31/12/2024 và hàng năm, các cấp ủy đảng",
              deadline: "Trước ngày 31/12/2024 và hàng năm",
            },
            {
              passage: n22,
              responsible: ["các cấp ủy đảng"],
              action: "bịa",
              quote: "hoàn thành trước ngày 15/10/2024",
              deadline: "trước ngày 15/10/2024",
            },
            {
              passage: n33,
              responsible: ["Bộ Quốc phòng"],
              action: "x",
              quote: "Ban Tổ chức Tỉnh ủy tham mưu",
              deadline: "",
            },
            { passage: 999, responsible: ["Ban Tổ chức Tỉnh ủy"], action: "x", quote: "x", deadline: "" },
          ],
        })}`,
      };
    });
    const result = await proposeObligations(document, model, prompts.obligations);
    expect(result.fellBack).toBe(false);
    expect(result.obligations.map((o) => o.passageId)).toEqual([
      "hy-kl-can-bo-tre-2024#3.3",
      "hy-kl-can-bo-tre-2024#2.2-y1",
    ]);
    expect(result.obligations[1]?.deadline).toEqual({
      kind: "date",
      due: "2024-12-31",
      recurrence: "yearly",
      text: "Trước ngày 31/12/2024 và hàng năm",
    });
    expect(result.rejected.map((r) => r.reason)).toEqual([
      "quote is not verbatim in the passage",
      'party "Bộ Quốc phòng" does not occur in the document',
      "passage 999 does not exist",
    ]);
    expect(server.requests[0]?.messages[0]?.content).toContain("<<<NGUỒN [1]");
  });

  it("falls back to the rule-based obligations when the model answers garbage or fails", async () => {
    if (!document) throw new Error("seed document missing");
    server.play({ content: "Tôi không thể làm việc này." });
    const garbage = await proposeObligations(document, model, prompts.obligations);
    expect(garbage.fellBack).toBe(true);
    expect(garbage.obligations).toHaveLength(12);
    server.play({ status: 500 });
    expect((await proposeObligations(document, model, prompts.obligations)).fellBack).toBe(true);
  });
});
