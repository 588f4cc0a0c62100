import OpenAI from "openai";
import { z } from "zod";
import { ProviderError } from "../errors.ts";
import type { ChatMessage, ChatModel } from "./chat-model.ts";

/** Other providers' JSON, parsed tolerantly: only the first choice's text is required. */
const completionSchema = z.looseObject({
  choices: z
    .array(z.looseObject({ message: z.looseObject({ content: z.string().nullable().optional() }) }))
    .min(1),
});

export interface OpenAIChatModelOptions {
  model: string;
  baseURL?: string;
  apiKey?: string;
  /** Per attempt; a hang past it counts as a failure (default 20 s). */
  timeoutMs?: number;
  /** Retries on 429/5xx/timeouts with backoff, honouring Retry-After (the SDK's own policy). */
  maxRetries?: number;
  /** Completion token budget per request. */
  maxTokens?: number;
}

/**
 * A chat model behind any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp) through the `openai` SDK.
 * Temperature 0: answers should be reproducible and stick to the passages.
 *
 * @example
 * new OpenAIChatModel({ model: "qwen2.5:7b", baseURL: "http://127.0.0.1:11434/v1" })
 */
export class OpenAIChatModel implements ChatModel {
  readonly id: string;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAIChatModelOptions) {
    this.id = `${options.baseURL ?? "api.openai.com"}:${options.model}`;
    this.client = new OpenAI({
      apiKey: options.apiKey ?? "not-needed",
      baseURL: options.baseURL,
      timeout: options.timeoutMs ?? 20_000,
      maxRetries: options.maxRetries ?? 2,
    });
  }

  async complete(messages: ChatMessage[], options: { maxTokens?: number } = {}): Promise<string> {
    try {
      const response = await this.client.chat.completions.create({
        model: this.options.model,
        messages,
        temperature: 0,
        max_tokens: options.maxTokens ?? this.options.maxTokens ?? 800,
      });
      const parsed = completionSchema.parse(response);
      const text = parsed.choices[0]?.message.content?.trim();
      if (!text) throw new Error("empty completion");
      return text;
    } catch (error) {
      const status = (error as { status?: number }).status;
      const reason = status ? `HTTP ${status}` : (error as Error).name || "error";
      throw new ProviderError("chat-model", `${this.options.model}: completion failed (${reason})`, {
        cause: error,
      });
    }
  }
}
