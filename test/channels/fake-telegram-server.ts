import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

interface SentMessage {
  chat_id: number | string;
  text: string;
  parse_mode?: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
}

const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
};

/** Telegram's flood limits as the fake server enforces them: messages per second to one chat and overall. */
export interface RateLimits {
  perChatPerSecond: number;
  globalPerSecond: number;
}

/**
 * A Telegram Bot API on loopback for tests: serves queued updates to getUpdates, records sendMessage calls, and
 * can answer the next sendMessage with 429 to exercise retries. grammY talks to it through `client.apiRoot`.
 * With `enforceLimits` on, sendMessage also answers 429 (and counts it) when a chat or the bot goes over its
 * messages per second, judged over a sliding one-second window of the messages it accepted.
 */
export class FakeTelegramServer {
  readonly sent: SentMessage[] = [];
  readonly calls: string[] = [];
  private readonly queue: Record<string, unknown>[] = [];
  private server: Server | null = null;
  private nextUpdateId = 1;
  private tooManyRequests = 0;
  private waiters: (() => void)[] = [];
  /** Random faults on sendMessage: 429, 500, a hang (no answer until close) or a connection reset. */
  private faults: { rate: number; random: () => number } | null = null;
  readonly faultLog: string[] = [];
  private readonly hanging = new Set<import("node:http").ServerResponse>();
  private limits: { perChatPerSecond: number; globalPerSecond: number; clock: () => number } | null = null;
  private readonly acceptedByChat = new Map<string, number[]>();
  private readonly acceptedAll: number[] = [];
  /** Files users "sent", by file_id: getFile gives their path, `/file/bot<token>/<path>` their bytes. */
  private readonly files = new Map<string, { path: string; bytes: Uint8Array }>();
  /** How many times a file's bytes were fetched. */
  fileDownloads = 0;
  /** 429s answered because a rate limit was exceeded (with `enforceLimits` on), by which limit. */
  readonly rateLimited = { perChat: 0, global: 0 };

  constructor(readonly token = "123456:TEST-token") {}

  get apiRoot(): string {
    if (!this.server) throw new Error("start() the fake server first");
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Queues a text message from a user, as Telegram would deliver it. */
  pushText(
    text: string,
    from = { id: 42, first_name: "An" },
    chat: { id: number; type: string } = { id: 42, type: "private" },
  ) {
    return this.push({ message: { message_id: this.nextUpdateId, date: 0, chat, from, text } });
  }

  /** A button press under a message of chat `chatId` (a group when `chatType` says so). */
  pushCallback(data: string, from = { id: 42, first_name: "An" }, chatId = 42, chatType = "private") {
    return this.push({
      callback_query: {
        id: `cb${this.nextUpdateId}`,
        from,
        chat_instance: "x",
        data,
        message: { message_id: 1, date: 0, chat: { id: chatId, type: chatType }, text: "…" },
      },
    });
  }

  /** Stores a file as if a user had sent it; its file_id goes in a document or photo update. */
  addFile(bytes: Uint8Array, name = "file.bin"): string {
    const id = `file${this.files.size + 1}`;
    this.files.set(id, { path: `documents/${id}-${name}`, bytes });
    return id;
  }

  /** A document message (as Telegram sends a PDF or .docx); `file_size` may differ from the stored bytes. */
  pushDocument(
    document: { file_id: string; file_name?: string; file_size?: number; mime_type?: string },
    from = { id: 42, first_name: "An" },
    chat: { id: number; type: string } = { id: 42, type: "private" },
    caption?: string,
  ) {
    const size = this.files.get(document.file_id)?.bytes.length;
    const full = { file_unique_id: `u-${document.file_id}`, file_size: size, ...document };
    return this.push({
      message: { message_id: this.nextUpdateId, date: 0, chat, from, document: full, caption },
    });
  }

  /** A photo message: Telegram sends several sizes, smallest first; the bot should take the largest. */
  pushPhoto(
    fileIds: string[],
    from = { id: 42, first_name: "An" },
    chat = { id: 42, type: "private" },
    mediaGroupId?: string,
  ) {
    const photo = fileIds.map((file_id, i) => ({
      file_id,
      file_unique_id: `u-${file_id}`,
      width: 90 * 2 ** i,
      height: 120 * 2 ** i,
      file_size: this.files.get(file_id)?.bytes.length,
    }));
    return this.push({
      message: { message_id: this.nextUpdateId, date: 0, chat, from, photo, media_group_id: mediaGroupId },
    });
  }

  push(update: Record<string, unknown>): Record<string, unknown> {
    const full = { update_id: this.nextUpdateId++, ...update };
    this.queue.push(full);
    for (const wake of this.waiters.splice(0)) wake();
    return full;
  }

  injectFaults(rate: number, random: () => number): void {
    this.faults = { rate, random };
  }

  failNextSends(count: number): void {
    this.tooManyRequests = count;
  }

  /**
   * Answers sendMessage with 429 and `retry_after` when a chat gets more than `perChatPerSecond` messages or the
   * bot more than `globalPerSecond` within any second, as Telegram does; `null` turns it off again.
   *
   * @example
   * telegram.enforceLimits({ perChatPerSecond: 1, globalPerSecond: 30 }); // then read telegram.rateLimited
   */
  enforceLimits(limits: RateLimits | null, clock: () => number = () => performance.now()): void {
    this.limits = limits && { ...limits, clock };
    this.acceptedByChat.clear();
    this.acceptedAll.length = 0;
  }

  /** How many 429s the rate limits produced. */
  get rateLimitedTotal(): number {
    return this.rateLimited.perChat + this.rateLimited.global;
  }

  /** Seconds to wait when a send to `chat` would break a limit now, or null when it may go; records accepted sends. */
  private overLimit(chat: string): number | null {
    if (!this.limits) return null;
    const now = this.limits.clock();
    const inWindow = (times: number[]) => {
      while (times.length > 0 && (times[0] as number) <= now - 1000) times.shift();
      return times;
    };
    const retryAfter = (times: number[]) =>
      Math.max(1, Math.ceil(((times[0] as number) + 1000 - now) / 1000));
    const all = inWindow(this.acceptedAll);
    const byChat = inWindow(this.acceptedByChat.get(chat) ?? []);
    if (byChat.length >= this.limits.perChatPerSecond) {
      this.rateLimited.perChat++;
      return retryAfter(byChat);
    }
    if (all.length >= this.limits.globalPerSecond) {
      this.rateLimited.global++;
      return retryAfter(all);
    }
    all.push(now);
    byChat.push(now);
    this.acceptedByChat.set(chat, byChat);
    return null;
  }

  /** Resolves once `count` messages have been sent (or rejects after `ms`). */
  async waitForSent(count: number, ms = 10_000): Promise<SentMessage[]> {
    const started = Date.now();
    while (this.sent.length < count) {
      if (Date.now() - started > ms) throw new Error(`only ${this.sent.length} of ${count} messages sent`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.sent;
  }

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url ?? "");
      if (file) {
        const stored = [...this.files.values()].find((f) => f.path === decodeURIComponent(file[2] as string));
        if (file[1] !== this.token || !stored) {
          res.writeHead(404).end();
          return;
        }
        this.fileDownloads++;
        res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from(stored.bytes));
        return;
      }
      const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? "");
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (!match || match[1] !== this.token)
        return reply(401, { ok: false, error_code: 401, description: "Unauthorized" });
      const method = match[2] as string;
      const body = await readJson(req);
      this.calls.push(method);
      switch (method) {
        case "getMe":
          return reply(200, {
            ok: true,
            result: { id: 999, is_bot: true, first_name: "Trợ lý", username: "TroLyBot" },
          });
        case "getUpdates": {
          const offset = Number(body.offset ?? 0);
          const pending = () => this.queue.filter((u) => Number(u.update_id) >= offset);
          if (pending().length === 0)
            await new Promise<void>((r) => {
              this.waiters.push(r);
              setTimeout(r, 200);
            });
          return reply(200, { ok: true, result: pending() });
        }
        case "getFile": {
          const stored = this.files.get(String(body.file_id));
          if (!stored)
            return reply(400, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
          return reply(200, {
            ok: true,
            result: {
              file_id: body.file_id,
              file_unique_id: `u-${body.file_id}`,
              file_size: stored.bytes.length,
              file_path: stored.path,
            },
          });
        }
        case "sendMessage": {
          if (this.faults && this.faults.random() < this.faults.rate) {
            const fault = ["429", "500", "hang", "reset"][Math.floor(this.faults.random() * 4)] as string;
            this.faultLog.push(fault);
            if (fault === "429")
              return reply(429, {
                ok: false,
                error_code: 429,
                description: "Too Many Requests",
                parameters: { retry_after: 1 },
              });
            if (fault === "500")
              return reply(500, { ok: false, error_code: 500, description: "Internal Server Error" });
            if (fault === "hang") {
              this.hanging.add(res);
              return;
            }
            req.socket.destroy();
            return;
          }
          if (this.tooManyRequests > 0) {
            this.tooManyRequests--;
            return reply(429, {
              ok: false,
              error_code: 429,
              description: "Too Many Requests",
              parameters: { retry_after: 1 },
            });
          }
          const retryAfter = this.overLimit(String(body.chat_id));
          if (retryAfter !== null)
            return reply(429, {
              ok: false,
              error_code: 429,
              description: `Too Many Requests: retry after ${retryAfter}`,
              parameters: { retry_after: retryAfter },
            });
          this.sent.push(body as unknown as SentMessage);
          return reply(200, {
            ok: true,
            result: { message_id: this.sent.length, date: 0, chat: { id: body.chat_id }, text: body.text },
          });
        }
        default:
          return reply(200, { ok: true, result: true });
      }
    });
    await new Promise<void>((r) => this.server?.listen(0, "127.0.0.1", () => r()));
    return this;
  }

  async close(): Promise<void> {
    for (const wake of this.waiters.splice(0)) wake();
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()));
  }
}
