import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { type RunningService, startService } from "../src/service.ts";
import { FakeTelegramServer } from "./channels/fake-telegram-server.ts";
import { FakeZaloServer } from "./channels/fake-zalo-server.ts";
import { appWithUnits } from "./helpers.ts";

/**
 * The Telegram API as the service sees it through a network that can be cut: while `down`, every connection is
 * reset; when up, requests go through to the fake Bot API.
 */
class Cable {
  down = true;
  private server: Server | null = null;
  constructor(private readonly target: () => string) {}
  get root(): string {
    if (!this.server) throw new Error("start() the cable first");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      if (this.down) {
        req.socket.destroy();
        return;
      }
      const to = new URL(req.url ?? "/", this.target());
      const forward = request(to, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on("error", () => res.destroy());
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", () => resolve()));
    return this;
  }
  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

interface Health {
  status: string;
  documents: number;
  channels: Record<string, { status: string; attempts: number; lastError?: string }>;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - started > ms) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("serve with the Telegram API unreachable at start-up", () => {
  const telegram = new FakeTelegramServer();
  const zalo = new FakeZaloServer({ token: "1234567890:zalo-test-token", pollWaitMs: 50 });
  const cable = new Cable(() => telegram.apiRoot);
  const logs: string[] = [];
  let app: App;
  let service: RunningService;
  let base = "";
  let startedInMs = 0;
  const healthz = async () => (await (await fetch(`${base}/healthz`)).json()) as Health;

  beforeAll(async () => {
    await Promise.all([telegram.start(), zalo.start(), cable.start()]);
    app = await appWithUnits({
      PORT: "0",
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: cable.root,
      ZALO_BOT_TOKEN: "1234567890:zalo-test-token",
      ZALO_API_ROOT: zalo.apiRoot,
    });
    const logger = createLogger("warn", { write: (line: string) => void logs.push(line) } as never);
    const started = Date.now();
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("startService did not return: start-up hangs on Telegram")), 15_000),
    );
    service = await Promise.race([
      startService(app, logger, {
        reminders: false,
        channelWaitMs: 300,
        channelAttemptMs: 400,
        channelRetryMs: 100,
      }),
      timeout,
    ]);
    startedInMs = Date.now() - started;
    base = `http://127.0.0.1:${service.port}`;
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
    await Promise.all([telegram.close(), zalo.close(), cable.close()]);
    app?.close();
  });

  it("starts everything else at once: the port, /healthz, the web page and Zalo", async () => {
    expect(startedInMs).toBeLessThan(5_000);
    const health = await healthz();
    expect(health).toMatchObject({ status: "degraded", documents: 4 });
    expect(["starting", "retrying"]).toContain(health.channels.telegram?.status);
    expect((await fetch(`${base}/`)).status).toBe(200);
    const up = await until(
      async () => (await healthz()).channels.zalo?.status,
      (status) => status === "up",
    );
    expect(up).toBe("up");
    expect(zalo.calls.some((c) => c.method === "getMe")).toBe(true);
  });

  it("logs a warning and reports the retries on /healthz", async () => {
    const health = await until(
      async () => (await healthz()).channels.telegram,
      (t) => t?.status === "retrying" && t.attempts >= 2,
    );
    expect(health?.lastError).toBeTruthy();
    const warning = logs.map((l) => JSON.parse(l)).find((l) => l.channel === "telegram" && l.level === 40);
    expect(warning?.msg).toMatch(/channel not started/);
  });

  it("brings Telegram up in the background once its API answers, and it then answers users", async () => {
    cable.down = false;
    await until(healthz, (h) => h.status === "ok");
    telegram.pushText("/vanban");
    const [reply] = await telegram.waitForSent(1);
    expect(reply?.text).toContain("Các văn bản đã nạp");
  });
});
