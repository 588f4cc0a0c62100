import type { ChatModel } from "../language/chat-model.ts";
import type { PromptLibrary } from "../language/prompt-library.ts";
import { analyze, fold, normalize } from "../search/vietnamese-analyzer.ts";
import type { Turn } from "./chat-history.ts";

/** Words that lean on the previous turn: "còn … nữa?", "thế còn", "văn bản đó", "việc này". */
const LEANS_ON_CONTEXT = /^(?:con|the con|vay|the|va)\b|\b(?:nua|do|nay|ay|tren|kia|thi sao)\b/;

/**
 * Whether a question needs the previous turn to be understood: it leans on it ("còn đơn vị nào nữa?") or is too
 * short to stand alone.
 */
export function isFollowUp(question: string, history: readonly Turn[]): boolean {
  if (!history.some((t) => t.role === "user")) return false;
  const q = fold(normalize(question))
    .replace(/[?!.]+/g, " ")
    .trim();
  const content = analyze(question, { accents: false }).filter((t) => t.startsWith("u")).length;
  return LEANS_ON_CONTEXT.test(q) || content <= 3;
}

/**
 * Turns a follow-up into a standalone question by rules: the previous standalone question (which carries the
 * document, unit and topic) is joined to the new words, so retrieval sees both.
 *
 * @example
 * rewriteByRules("Còn đơn vị nào nữa?", [{ role: "user", text: "Ai tham mưu ban hành văn bản?" }])
 * // "Còn đơn vị nào nữa? (Ai tham mưu ban hành văn bản?)"
 */
export function rewriteByRules(question: string, history: readonly Turn[]): string {
  if (!isFollowUp(question, history)) return question;
  const previous = [...history].reverse().find((t) => t.role === "user")?.text;
  return previous ? `${question} (${previous})` : question;
}

/** The model's rewrite when one is configured; the rules when it fails or answers something unusable. */
export async function rewriteFollowUp(
  question: string,
  history: readonly Turn[],
  model?: { chat: ChatModel; prompts: PromptLibrary },
): Promise<string> {
  if (!model || !isFollowUp(question, history)) return rewriteByRules(question, history);
  try {
    const transcript = history.map((t) => `${t.role === "user" ? "Cán bộ" : "Trợ lý"}: ${t.text}`).join("\n");
    const prompt = await model.prompts.rewrite.format({ history: transcript, question });
    const rewritten = (
      await model.chat.complete([{ role: "user", content: prompt }], { maxTokens: 120 })
    ).trim();
    return rewritten.length > 3 && rewritten.length < 500
      ? (rewritten.split("\n")[0] ?? question)
      : rewriteByRules(question, history);
  } catch {
    return rewriteByRules(question, history);
  }
}
