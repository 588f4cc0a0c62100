/** One message of a chat completion request. */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/**
 * The port generated answers go through: one completion, text out. The real implementation talks to any
 * OpenAI-compatible endpoint; tests use a fake server behind the same implementation.
 */
export interface ChatModel {
  readonly id: string;
  complete(messages: ChatMessage[], options?: { maxTokens?: number }): Promise<string>;
}
