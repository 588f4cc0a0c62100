import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import OpenAI from "openai";
import { ProviderError } from "../errors.ts";

export interface OpenAIEmbeddingsParams extends EmbeddingsParams {
  model: string;
  baseURL?: string;
  apiKey?: string;
  dimensions?: number;
  batchSize?: number;
}

/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp server), selected by
 * `EMBEDDINGS_MODEL`. The response is parsed tolerantly: only `data[i].embedding` is required.
 *
 * @example
 * new OpenAIEmbeddings({ model: "nomic-embed-text", baseURL: "http://127.0.0.1:11434/v1" })
 */
export class OpenAIEmbeddings extends Embeddings {
  private readonly client: OpenAI;

  constructor(private readonly params: OpenAIEmbeddingsParams) {
    super(params);
    this.client = new OpenAI({
      apiKey: params.apiKey ?? "not-needed",
      baseURL: params.baseURL,
      maxRetries: 2,
      timeout: 30_000,
    });
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const size = this.params.batchSize ?? 64;
    const out: number[][] = [];
    for (let i = 0; i < documents.length; i += size) {
      out.push(...(await this.embedBatch(documents.slice(i, i + size))));
    }
    return out;
  }

  async embedQuery(document: string): Promise<number[]> {
    const [vector] = await this.embedBatch([document]);
    return vector;
  }

  private async embedBatch(input: string[]): Promise<number[][]> {
    try {
      const response = await this.caller.call(() =>
        this.client.embeddings.create({
          model: this.params.model,
          input,
          ...(this.params.dimensions ? { dimensions: this.params.dimensions } : {}),
        }),
      );
      const data = [...response.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      if (data.length !== input.length)
        throw new Error(`expected ${input.length} embeddings, got ${data.length}`);
      return data.map((d) => d.embedding);
    } catch (error) {
      throw new ProviderError("embeddings", (error as Error).message, { cause: error });
    }
  }
}
