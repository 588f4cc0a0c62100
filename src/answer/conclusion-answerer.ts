import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import type { Answer } from "./answer.ts";
import type { ExtractiveAnswerer } from "./extractive-answerer.ts";
import { type AskContext, type ObligationAnswerer, WHO } from "./obligation-answerer.ts";

/**
 * The service's answerer: list questions about obligations and tasks (deadlines, recurring work, overdue tasks)
 * are answered from the obligations table; everything else by quoting passages, and "who must…" answers start
 * with the responsible parties, including those the passage inherits from its heading or lead-in.
 *
 * @example
 * await answerer.answer("Đơn vị tôi còn nhiệm vụ nào quá hạn?", undefined, { unitId: "hy-btc" })
 */
export class ConclusionAnswerer {
  constructor(
    private readonly extractive: ExtractiveAnswerer,
    private readonly obligations: ObligationAnswerer,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async answer(question: string, k?: number, context: AskContext = {}): Promise<Answer> {
    const started = this.now();
    const structured = await this.obligations.answer(question, context);
    if (structured) return { ...structured, ms: Math.round((this.now() - started) * 10) / 10 };
    const answer = await this.extractive.answer(question, k);
    const first = answer.citations[0];
    if (answer.refused || !first || !WHO.test(fold(normalize(question)))) return answer;
    const parties = this.obligations.responsibleFor(first.passageId);
    return parties ? { ...answer, answer: `${parties} [1]\n\n${answer.answer}` } : answer;
  }
}
