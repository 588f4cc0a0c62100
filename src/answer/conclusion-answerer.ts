import type { ChatModel } from "../language/chat-model.ts";
import type { PromptLibrary } from "../language/prompt-library.ts";
import { findParties } from "../obligations/responsible-parties.ts";
import { Abbreviations } from "../search/abbreviations.ts";
import { fold, normalize, UNIGRAM } from "../search/vietnamese-analyzer.ts";
import type { Answer } from "./answer.ts";
import { askedFacts } from "./answer-type.ts";
import { namesParty } from "./asked-party.ts";
import { asksCareer, CAREER_TEXT } from "./beyond-document.ts";
import { stripChatFrame } from "./chat-frame.ts";
import type { ChatHistory } from "./chat-history.ts";
import { expandShorthand } from "./chat-shorthand.ts";
import type { ExtractiveAnswerer } from "./extractive-answerer.ts";
import { rewriteFollowUp } from "./follow-up.ts";
import { leadWith } from "./lead-with.ts";
import type { LlmAnswerer } from "./llm-answerer.ts";
import { MetadataAnswerer } from "./metadata-answerer.ts";
import { type AskContext, type ObligationAnswerer, WHO } from "./obligation-answerer.ts";
import { CLARIFY_TEXT, hasOwnTopic } from "./refusal-gate.ts";
import { tidyNumbers } from "./typed-numbers.ts";

export interface ConclusionAnswererOptions {
  /** Generated answers when `LLM_MODEL` is set; the extractive answerer otherwise (and as its fallback). */
  llm?: { answerer: LlmAnswerer; chat: ChatModel; prompts: PromptLibrary };
  /** Conversation memory for follow-ups; `context.chatId` selects the thread. */
  history?: ChatHistory;
  /** Questions about a document itself (signer, issuer, number, date, recipients); built on the index by default. */
  metadata?: MetadataAnswerer;
}

/**
 * The service's answerer. A follow-up ("còn đơn vị nào nữa?") is first rewritten into a standalone question from
 * the chat's history. List questions about obligations and tasks (deadlines, recurring work, overdue tasks) are
 * answered from the obligations table; questions about a document itself (who signed it, its date…) from its
 * metadata; a question with no topic of its own outside a conversation gets a question back; everything else by
 * the generated answerer when a model is configured, else by quoting passages; "who must…" answers start with
 * the responsible parties, inherited ones included.
 *
 * @example
 * await answerer.answer("Đơn vị tôi còn nhiệm vụ nào quá hạn?", undefined, { unitId: "hy-btc" })
 */
export class ConclusionAnswerer {
  private readonly metadata: MetadataAnswerer;
  private readonly abbreviations: Abbreviations;

  constructor(
    private readonly extractive: ExtractiveAnswerer,
    private readonly obligations: ObligationAnswerer,
    private readonly options: ConclusionAnswererOptions = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.metadata = options.metadata ?? new MetadataAnswerer(extractive.index);
    const index = extractive.index;
    this.abbreviations = new Abbreviations(() => index.passages, this.known);
  }

  /** Whether the corpus has this folded word. */
  private readonly known = (word: string) => this.extractive.index.lexical.idf(`${UNIGRAM}${word}`) > 0;

  get mode(): Answer["mode"] {
    return this.options.llm ? "llm" : "extractive";
  }

  async answer(question: string, k?: number, context: AskContext = {}): Promise<Answer> {
    const started = this.now();
    const { history, llm } = this.options;
    const turns = context.chatId && history ? history.recent(context.chatId) : [];
    // "bhyt", "tphcm": abbreviations the documents never write are read as the phrases they stand for.
    // "Dạ, cho em hỏi … vậy ạ?": the chat's politeness is no part of what is asked; "bn", "dc" are "bao nhiêu", "được".
    // "cv2638", "nd 55/ 2023": numbers typed in a hurry are read as documents cite them.
    const typed = tidyNumbers(expandShorthand(stripChatFrame(question), this.known), this.known);
    const standalone = this.abbreviations.expand(await rewriteFollowUp(typed, turns, llm));
    const inConversation = turns.some((t) => t.role === "user");
    const answer = await this.answerStandalone(standalone, k, context, started, inConversation);
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
    inConversation: boolean,
  ): Promise<Answer> {
    const ms = () => Math.round((this.now() - started) * 10) / 10;
    // "… sau này giữ những chức vụ gì?": a career outside the documents, whose signature block shows one office.
    if (asksCareer(question))
      return { question, answer: CAREER_TEXT, refused: true, mode: this.mode, citations: [], ms: ms() };
    const structured = await this.obligations.answer(question, context);
    if (structured) return { ...structured, ms: ms() };
    const about = await this.metadata.answer(question);
    if (about) return { ...about, ms: ms() };
    // Outside a conversation, "Việc đó ai chịu trách nhiệm?" has nothing to lean on: ask what is meant.
    if (!inConversation && !hasOwnTopic(question))
      return {
        question,
        answer: CLARIFY_TEXT,
        refused: true,
        clarify: true,
        mode: this.mode,
        citations: [],
        ms: ms(),
      };
    const answer = this.options.llm
      ? await this.options.llm.answerer.answer(question, k)
      : await this.extractive.answer(question, k);
    if (answer.refused || answer.notStated) return answer;
    const led = this.ledByAsker(question, answer);
    const first = led.citations[0];
    if (!first || !WHO.test(fold(normalize(question)))) return led;
    const parties = this.obligations.responsibleFor(first.passageId);
    if (!parties || led.mode === "llm") return led;
    return { ...led, answer: `${parties} [1]\n\n${led.answer}` };
  }

  /**
   * "Sở LĐTBXH phải gửi dự toán về Bộ trước ngày nào?": of the passages quoted, the one that binds the body the
   * question opens with is read first, when another's is not (the ministry's own deadline found first).
   */
  private ledByAsker(question: string, answer: Answer): Answer {
    // Only for a time, a figure or a party asked: "… được nhận xét thế nào?" asks an assessment, no one's task.
    if (answer.mode === "llm" || answer.citations.length < 2 || askedFacts(question).length === 0)
      return answer;
    const asker = findParties(question)?.parties[0];
    if (!asker) return answer;
    // Each passage's obligations are read once, however many markers cite it.
    const binds = new Map<string, boolean>();
    return leadWith(answer, (id) => {
      let known = binds.get(id);
      if (known === undefined) {
        known = this.obligations.partiesOf(id).some((p) => namesParty(asker, p));
        binds.set(id, known);
      }
      return known;
    });
  }
}
