import type { ChatMessage, ChatModel } from "../language/chat-model.ts";
import { type PromptLibrary, passageBlocks } from "../language/prompt-library.ts";
import type { Logger } from "../logger.ts";
import type { PassageIndex, SearchResult } from "../search/passage-index.ts";
import type { Answer, Citation } from "./answer.ts";
import { citationOf, REFUSAL_TEXT } from "./answer.ts";
import { verifyCitations } from "./citation-verifier.ts";
import type { ExtractiveAnswerer } from "./extractive-answerer.ts";

/** Counters the eval and the logs read: how often generation failed verification or the endpoint. */
export interface LlmStats {
  answered: number;
  repaired: number;
  fellBack: number;
  providerErrors: number;
}

const MODEL_REFUSAL = /không tìm thấy nội dung này/i;

/**
 * Generated answers that are checked before anyone sees them. The extractive answerer decides refusals (its gate
 * is calibrated on the eval) and is the fallback: an answer that fails verification is repaired once by the model,
 * else replaced by the extractive one; an endpoint that is down or slow also falls back. Markers are renumbered in
 * order of first use so citations follow the contract.
 *
 * @example
 * const answer = await new LlmAnswerer(index, extractive, model, prompts, logger).answer("Ai chủ trì…?")
 */
export class LlmAnswerer {
  readonly stats: LlmStats = { answered: 0, repaired: 0, fellBack: 0, providerErrors: 0 };

  /** `_index` is kept for callers: passages now come from the extractive answerer's agreement-filtered retrieval. */
  constructor(
    _index: PassageIndex,
    private readonly extractive: ExtractiveAnswerer,
    private readonly model: ChatModel,
    private readonly prompts: PromptLibrary,
    private readonly logger: Logger,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async answer(question: string, k = 5): Promise<Answer> {
    const started = this.now();
    const fallback = await this.extractive.answer(question, k);
    // Refusals, entity mismatches and "not stated" are decided by rules, not by the model.
    if (fallback.refused || fallback.notStated) return fallback;
    const { results } = await this.extractive.retrieve(question, k);
    const passages = results.map((r) => r.passage.text);
    const blocks = passageBlocks(
      results.map((r, i) => ({
        n: i + 1,
        title: r.document.title,
        section: r.passage.section,
        text: r.passage.text,
      })),
    );
    const messages: ChatMessage[] = [
      { role: "system", content: this.prompts.system },
      { role: "user", content: await this.prompts.answer.format({ passages: blocks, question }) },
    ];
    try {
      let text = await this.model.complete(messages);
      let check = verifyCitations(text, passages);
      if (!check.ok && !MODEL_REFUSAL.test(text)) {
        this.stats.repaired++;
        this.logger.warn(
          { problems: check.problems.length },
          "generated answer failed verification; asking for a repair",
        );
        const repair = await this.prompts.repair.format({
          problems: check.problems.join("\n"),
          answer: text,
        });
        text = await this.model.complete([
          ...messages,
          { role: "assistant", content: text },
          { role: "user", content: repair },
        ]);
        check = verifyCitations(text, passages);
      }
      if (MODEL_REFUSAL.test(text) && check.cited.length === 0)
        return { ...fallback, answer: REFUSAL_TEXT, refused: true, citations: [] };
      if (!check.ok) return this.fallBack(fallback, "verification", check.problems);
      this.stats.answered++;
      return {
        ...renumber(question, text, check.cited, results),
        ms: Math.round((this.now() - started) * 10) / 10,
      };
    } catch (error) {
      this.stats.providerErrors++;
      this.logger.warn({ err: error }, "chat model unavailable; extractive answer used");
      return this.fallBack(fallback, "provider", []);
    }
  }

  private fallBack(fallback: Answer, reason: string, problems: string[]): Answer {
    this.stats.fellBack++;
    this.logger.warn(
      { reason, problems: problems.slice(0, 5) },
      "generated answer replaced by the extractive answer",
    );
    return fallback;
  }
}

/** "[3] … [1]" → "[1] … [2]" with citations in that order. */
function renumber(
  question: string,
  text: string,
  cited: number[],
  results: SearchResult[],
): Omit<Answer, "ms"> {
  const order = new Map(cited.map((n, i) => [n, i + 1]));
  const answer = text.replace(/\[(\d+(?:\s*[,;]\s*\d+)*)\]/g, (_m, list: string) =>
    list
      .split(/[,;]/)
      .map((n) => `[${order.get(Number(n.trim())) ?? n.trim()}]`)
      .join(""),
  );
  const citations: Citation[] = cited.map((n, i) => {
    const r = results[n - 1] as SearchResult;
    return citationOf(i + 1, r.passage, r.document, Math.round(r.lexical * 1000) / 1000);
  });
  return { question, answer, refused: false, mode: "llm", citations };
}
