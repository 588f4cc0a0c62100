import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface CompletionRequest {
  model: string;
  messages: { role: string; content: string }[];
  max_tokens?: number;
}

/** What the fake answers to one request: text, an HTTP error (optionally with Retry-After) or no answer at all. */
export type Scripted = { content: string } | { status: number; retryAfter?: number } | { hang: true };

/**
 * An OpenAI-compatible server on loopback that plays a script: each POST /v1/chat/completions gets the next
 * scripted reply (or the reply a function computes from the request, e.g. to cite the passage that holds a date).
 */
export class FakeOpenAIServer {
  readonly requests: CompletionRequest[] = [];
  /** Script functions that threw (e.g. the expected source was not retrieved); answered with 500. */
  readonly scriptErrors: string[] = [];
  private script: (Scripted | ((request: CompletionRequest) => Scripted))[] = [];
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();

  get baseURL(): string {
    if (!this.server) throw new Error("start() the fake server first");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  play(...replies: (Scripted | ((request: CompletionRequest) => Scripted))[]): void {
    this.script = replies;
    this.requests.length = 0;
  }

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        res.writeHead(404).end();
        return;
      }
      const request = JSON.parse(Buffer.concat(chunks).toString("utf8")) as CompletionRequest;
      this.requests.push(request);
      const next = this.script.shift() ?? { status: 500 };
      let reply: Scripted;
      try {
        reply = typeof next === "function" ? next(request) : next;
      } catch (error) {
        reply = { status: 500 };
        this.scriptErrors.push(String(error));
      }
      if ("hang" in reply) {
        this.hanging.add(res);
        return;
      }
      if ("status" in reply) {
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (reply.retryAfter !== undefined) headers["retry-after"] = String(reply.retryAfter);
        res
          .writeHead(reply.status, headers)
          .end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          id: `chatcmpl-${this.requests.length}`,
          object: "chat.completion",
          created: 0,
          model: request.model,
          choices: [
            { index: 0, message: { role: "assistant", content: reply.content }, finish_reason: "stop" },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", () => resolve()));
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/** The number of the NGUỒN block whose text contains `needle`, read from the prompt the server received. */
export function sourceNumber(request: CompletionRequest, needle: string): number {
  const prompt = request.messages.map((m) => m.content).join("\n");
  for (const block of prompt.split("<<<NGUỒN [").slice(1)) {
    const n = Number(block.slice(0, block.indexOf("]")));
    if (block.includes(needle)) return n;
  }
  throw new Error(`no source contains "${needle}"`);
}
