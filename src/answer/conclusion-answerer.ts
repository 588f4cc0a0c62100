import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import type { Answer } from "./answer.ts";
import type { ChatHistory } from "./chat-history.ts";
import type { ChatModel } from "./chat-model.ts";
import type { ExtractiveAnswerer } from "./extractive-answerer.ts";
import { rewriteFollowUp } from "./follow-up.ts";
import type { LlmAnswerer } from "./llm-answerer.ts";
import { type AskContext, type ObligationAnswerer, WHO } from "./obligation-answerer.ts";
import type { PromptLibrary } from "./prompt-library.ts";

export interface ConclusionAnswererOptions {
  /** Generated answers when `LLM_MODEL` is set; the extractive answerer otherwise (and as its fallback). */
  llm?: { answerer: LlmAnswerer; chat: ChatModel; prompts: PromptLibrary };
  /** Conversation memory for follow-ups; `context.chatId` selects the thread. */
  history?: ChatHistory;
}

/**
 * The service's answerer. A follow-up ("còn đơn vị nào nữa?") is first rewritten into a standalone question from
 * the chat's history. List questions about obligations and tasks (deadlines, recurring work, overdue tasks) are
 * answered from the obligations table; everything else by the generated answerer when a model is configured,
 * else by quoting passages; "who must…" answers start with the responsible parties, inherited ones included.
 *
 * @example
 * await answerer.answer("Đơn vị tôi còn nhiệm vụ nào quá hạn?", undefined, { unitId: "hy-btc" })
 */
export class ConclusionAnswerer {
  constructor(
    private readonly extractive: ExtractiveAnswerer,
    private readonly obligations: ObligationAnswerer,
    private readonly options: ConclusionAnswererOptions = {},
    private readonly now: () => number = () => performance.now(),
  ) {}

  get mode(): Answer["mode"] {
    return this.options.llm ? "llm" : "extractive";
  }

  async answer(question: string, k?: number, context: AskContext = {}): Promise<Answer> {
    const started = this.now();
    const { history, llm } = this.options;
    const turns = context.chatId && history ? history.recent(context.chatId) : [];
    const standalone = await rewriteFollowUp(question, turns, llm);
    const answer = await this.answerStandalone(standalone, k, context, started);
    if (context.chatId && history) {
      history.append(context.chatId, "user", standalone);
      history.append(context.chatId, "assistant", answer.answer);
    }
    return { ...answer, question };
  }

  private async answerStandalone(
    question: string,
    k: number | undefined,
    context: AskContext,
    started: number,
  ) {
    const structured = await this.obligations.answer(question, context);
    if (structured) return { ...structured, ms: Math.round((this.now() - started) * 10) / 10 };
    const answer = this.options.llm
      ? await this.options.llm.answerer.answer(question, k)
      : await this.extractive.answer(question, k);
    const first = answer.citations[0];
    if (answer.refused || !first || !WHO.test(fold(normalize(question)))) return answer;
    const parties = this.obligations.responsibleFor(first.passageId);
    if (!parties || answer.mode === "llm") return answer;
    return { ...answer, answer: `${parties} [1]\n\n${answer.answer}` };
  }
}
