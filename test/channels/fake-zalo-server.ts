import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Json = Record<string, unknown>;
type Answer = { status: number; body: Json; headers?: Record<string, string> };

/**
 * An in-memory Zalo Bot API on 127.0.0.1 (random port) for tests: POST /bot<token>/<method> with a JSON body,
 * answered with `{ ok, result }` or `{ ok: false, error_code, description }` like the real service.
 *
 * @example
 * const zalo = new FakeZaloServer({ token: "123:abc" });
 * await zalo.start();
 * zalo.enqueueUpdate(textUpdate("xin chào"));
 * const client = new ZaloBotClient({ token: "123:abc", apiRoot: zalo.apiRoot });
 */
export class FakeZaloServer {
  /** Every call that reached a method, token checked or not, in order. */
  readonly calls: { method: string; body: Json }[] = [];
  readonly sent: { chatId: string; text: string }[] = [];
  readonly chatActions: { chatId: string; action: string }[] = [];
  webhook: { url: string; secretToken: string } | undefined;
  /** How many times a served file was downloaded. */
  fileDownloads = 0;

  readonly #token: string;
  readonly #pollWaitMs: number;
  readonly #updates: Json[] = [];
  readonly #files = new Map<string, Uint8Array>();
  readonly #rateLimits: { retryAfter: number; via: "body" | "header" }[] = [];
  #server: Server | undefined;
  #port = 0;

  constructor(options: { token: string; pollWaitMs?: number }) {
    this.#token = options.token;
    this.#pollWaitMs = options.pollWaitMs ?? 50;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** Queues an update for getUpdates; one is served per call. */
  enqueueUpdate(update: Json): void {
    this.#updates.push(update);
  }

  /** Updates queued and not yet served to getUpdates. */
  get pendingUpdates(): number {
    return this.#updates.length;
  }

  /** How many getUpdates calls have reached the server. */
  get polls(): number {
    return this.calls.filter((c) => c.method === "getUpdates").length;
  }

  /** The next sendMessage gets 429, with `parameters.retry_after` in the body or a `Retry-After` header. */
  rateLimitNextSend(retryAfter: number, via: "body" | "header" = "body"): void {
    this.#rateLimits.push({ retryAfter, via });
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.#server = server;
    this.#port = (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Serves `bytes` at `<apiRoot>/files/<name>`, as Zalo's CDN serves what users send; returns the URL. */
  serveFile(name: string, bytes: Uint8Array): string {
    this.#files.set(name, bytes);
    return `${this.apiRoot}/files/${encodeURIComponent(name)}`;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const file = /^\/files\/([^/]+)$/.exec(req.url ?? "");
    if (req.method === "GET" && file) {
      const bytes = this.#files.get(decodeURIComponent(file[1] as string));
      if (!bytes) return void res.writeHead(404).end();
      this.fileDownloads++;
      return void res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from(bytes));
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { status, body, headers } = await this.#answer(req.method, req.url ?? "", Buffer.concat(chunks));
    res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
  }

  async #answer(httpMethod: string | undefined, path: string, raw: Buffer): Promise<Answer> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(path);
    if (httpMethod !== "POST" || !match) return failure(404, "Not Found");
    const [, token = "", method = ""] = match;
    let body: Json;
    try {
      body = (raw.length ? JSON.parse(raw.toString("utf8")) : {}) as Json;
    } catch {
      return failure(400, "Bad Request: body is not JSON");
    }
    this.calls.push({ method, body });
    if (decodeURIComponent(token) !== this.#token) return failure(401, "Unauthorized");
    switch (method) {
      case "getMe":
        return success({ id: "1459232241454765289", account_name: "bot.TroLy", account_type: "BASIC" });
      case "getUpdates": {
        if (!this.#updates.length) await new Promise((resolve) => setTimeout(resolve, this.#pollWaitMs));
        const update = this.#updates.shift();
        return update ? success(update) : failure(408, "Request timeout");
      }
      case "sendMessage":
        return this.#sendMessage(String(body.chat_id ?? ""), String(body.text ?? ""));
      case "sendChatAction":
        this.chatActions.push({ chatId: String(body.chat_id), action: String(body.action) });
        return { status: 200, body: { ok: true } };
      case "setWebhook":
        this.webhook = { url: String(body.url), secretToken: String(body.secret_token) };
        return success({ url: this.webhook.url, updated_at: Date.now() });
      case "getWebhookInfo":
        return success({ url: this.webhook?.url ?? "", updated_at: Date.now() });
      case "deleteWebhook":
        this.webhook = undefined;
        return success({ url: "", updated_at: Date.now() });
      default:
        return failure(404, `Unknown method ${method}`);
    }
  }

  #sendMessage(chatId: string, text: string): Answer {
    const limited = this.#rateLimits.shift();
    if (limited?.via === "header") {
      return { ...failure(429, "Too Many Requests"), headers: { "retry-after": String(limited.retryAfter) } };
    }
    if (limited) {
      const answer = failure(429, "Too Many Requests");
      return { ...answer, body: { ...answer.body, parameters: { retry_after: limited.retryAfter } } };
    }
    if (!chatId || text.length < 1 || text.length > 2000)
      return failure(400, "text must be 1 to 2000 characters");
    this.sent.push({ chatId, text });
    return success({ message_id: `m${this.sent.length}`, date: Date.now() });
  }
}

/** A `message.text.received` update as Zalo sends it. */
export function textUpdate(text: string, chatId = "chat-1", messageId = `msg-${text.length}`): Json {
  return {
    event_name: "message.text.received",
    message: {
      from: { id: chatId, display_name: "Nguyễn Văn A", is_bot: false },
      chat: { id: chatId, chat_type: "PRIVATE" },
      text,
      message_id: messageId,
      date: 1_766_619_597_466,
    },
  };
}

/** A `message.image.received` update: Zalo gives the photo as a URL. */
export function imageUpdate(url: string, chatId = "chat-1", messageId = "img-1", caption?: string): Json {
  return {
    event_name: "message.image.received",
    message: {
      from: { id: chatId, display_name: "Nguyễn Văn A", is_bot: false },
      chat: { id: chatId, chat_type: "PRIVATE" },
      photo: url,
      caption,
      message_id: messageId,
      date: 1_766_619_597_466,
    },
  };
}

/** A file as Zalo delivers attachments elsewhere (undocumented for bots): `attachments[{ type: "file", payload }]`. */
export function fileUpdate(
  file: { url: string; name?: string; size?: number },
  chatId = "chat-1",
  messageId = "file-1",
): Json {
  return {
    event_name: "message.unsupported.received",
    message: {
      from: { id: chatId, display_name: "Nguyễn Văn A", is_bot: false },
      chat: { id: chatId, chat_type: "PRIVATE" },
      attachments: [{ type: "file", payload: file }],
      message_id: messageId,
      date: 1_766_619_597_466,
    },
  };
}

function success(result: unknown): Answer {
  return { status: 200, body: { ok: true, result } };
}

function failure(status: number, description: string): Answer {
  return { status, body: { ok: false, error_code: status, description } };
}
