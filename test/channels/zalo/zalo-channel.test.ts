import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answer/answer.ts";
import type { App } from "../../../src/app.ts";
import { Conversation } from "../../../src/bot/conversation.ts";
import { startZaloChannel } from "../../../src/channels/zalo/zalo-channel.ts";
import { createLogger } from "../../../src/logger.ts";
import { addMember } from "../../../src/obligations/member-registry.ts";
import { listTasks } from "../../../src/obligations/task-list.ts";
import { type RunningService, startService } from "../../../src/service.ts";
import { appWithUnits } from "../../helpers.ts";
import { FakeZaloServer, textUpdate } from "../fake-zalo-server.ts";

const logger = createLogger("silent");
const TOKEN = "1234567890:zalo-test-token";

async function serve(env: Record<string, string>): Promise<{ app: App; service: RunningService }> {
  const app = await appWithUnits({ PORT: "0", ...env });
  return { app, service: await startService(app, logger) };
}

async function waitFor<T>(read: () => T[], count: number, ms = 10_000): Promise<T[]> {
  const started = Date.now();
  while (read().length < count) {
    if (Date.now() - started > ms) throw new Error(`only ${read().length} of ${count}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return read();
}

describe("Zalo channel (long polling against a fake Zalo Bot API)", () => {
  const zalo = new FakeZaloServer({ token: TOKEN, pollWaitMs: 50 });
  let running: { app: App; service: RunningService };

  beforeAll(async () => {
    await zalo.start();
    running = await serve({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: zalo.apiRoot, ADMIN_ZALO_IDS: "admin-1" });
  });

  afterAll(async () => {
    await running?.service.stop();
    await zalo.close();
    running?.app.close();
  });

  /**
   * Sends `text` and returns the whole reply, however many messages it took: an unknown command sent right after
   * it is answered after it (a chat's messages are handled in order), so its answer marks the end.
   */
  const say = async (text: string, user = "user-42", id = `${user}-${text}`) => {
    const before = zalo.sent.length;
    zalo.enqueueUpdate(textUpdate(text, user, id));
    zalo.enqueueUpdate(textUpdate("/hetcau", user, `${id}-end`));
    const mine = () => zalo.sent.slice(before).filter((m) => m.chatId === user);
    await waitFor(() => mine().filter((m) => m.text.startsWith("Không có lệnh /hetcau")), 1);
    return mine()
      .slice(0, -1)
      .map((m) => m.text)
      .join("\n");
  };

  it("answers with citations and ends with the text commands instead of buttons", async () => {
    const reply = await say("han chot ra soat bo sung quy hoach can bo tre");
    expect(reply).toContain("31/12/2024");
    expect(reply).toContain("Nguồn:");
    expect(reply).toMatch(/Gõ \/nguon 1/);
    expect(await say("/nguon 1")).toMatch(/^\[1\] /);
  });

  it("registers with a code, lists tasks and marks one done with /xong; a stranger cannot", async () => {
    const created = await say("/taoma hy-btc head", "admin-1");
    const code = /dangky ([A-Z0-9]{6})/.exec(created)?.[1];
    expect(code).toBeDefined();
    expect(await say(`/dk ${code}`)).toContain("Ban Tổ chức Tỉnh ủy Hưng Yên");
    const list = await say("/nv");
    expect(list).toContain("Nhiệm vụ chưa hoàn thành");
    expect(list).toContain("/xong <số>");
    expect(await say("/xong 1")).toContain("Đã ghi nhận hoàn thành");
    expect(await say("/xong 1", "user-77")).toContain("thành viên");
  });

  it("answers a follow-up from the chat's conversation", async () => {
    expect(await say("Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào?", "user-fu")).toContain(
      "31/12/2024",
    );
    const [who] = (await say("Việc đó ai chịu trách nhiệm?", "user-fu")).split("\n\n");
    expect(who).toContain("các cấp ủy đảng, người đứng đầu cơ quan");
    expect(who).not.toContain("Ban Tổ chức");
  });

  it("takes a task id from a reminder whatever its case, and short numbers from the user's last listing", async () => {
    const created = await say("/taoma thi uy my hao", "admin-1");
    expect(created).toContain("Mã đăng ký cho Thị ủy Mỹ Hào, vai trò cán bộ");
    await say(`/dangky ${/dangky ([A-Z0-9]{6})/.exec(created)?.[1]}`, "user-mh");
    const today = new Date().toISOString().slice(0, 10);
    const [first, second] = listTasks(running.app.db, { unitId: "hy-thi-uy-my-hao", today, notDone: true });
    expect(await say(`/xong ${first?.id.toUpperCase()}`, "user-mh")).toContain(first?.action.slice(0, 40));
    const list = await say("/nhiemvu", "user-mh");
    expect(list).toContain(`1. ${second?.action.slice(0, 40)}`);
    expect(await say("/tiendo 1 Đã họp triển khai", "user-mh")).toContain(second?.action.slice(0, 40));
  });

  it("splits a long task listing under 2,000 characters only between tasks", async () => {
    const before = zalo.sent.length;
    await say("/nv", "user-mh", "list-split");
    const parts = zalo.sent
      .slice(before, -1)
      .filter((m) => m.chatId === "user-mh")
      .map((m) => m.text);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts[0]).toMatch(/^Nhiệm vụ chưa hoàn thành của Thị ủy Mỹ Hào/);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(2000);
      const blocks = part.split("\n\n");
      for (const block of blocks.filter((b) => /^\d+\. /.test(b)))
        expect(block).toMatch(/^\d+\. .+\n {3}(?:hạn|thường xuyên|không ghi hạn)/);
      if (part !== parts[0]) expect(part).toMatch(/^\d+\. /);
    }
  });

  it("answers a redelivered update (same event and message id) once", async () => {
    const before = zalo.sent.length;
    zalo.enqueueUpdate(textUpdate("/vanban", "user-42", "dup-1"));
    zalo.enqueueUpdate(textUpdate("/vanban", "user-42", "dup-1"));
    await waitFor(() => zalo.sent, before + 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(zalo.sent.length).toBe(before + 1);
  });

  it("splits a long reply under 2,000 characters", async () => {
    const before = zalo.sent.length;
    zalo.enqueueUpdate(textUpdate("/nguon 1", "user-42", "long-src"));
    await waitFor(() => zalo.sent, before + 1);
    zalo.enqueueUpdate(textUpdate("/huongdan", "admin-1", "help-admin"));
    await waitFor(() => zalo.sent, before + 2);
    for (const message of zalo.sent) expect(message.text.length).toBeLessThanOrEqual(2000);
  });
});

describe("Zalo webhook mode", () => {
  const zalo = new FakeZaloServer({ token: TOKEN });
  let running: { app: App; service: RunningService };
  const secret = "zalo-secret-for-tests";

  beforeAll(async () => {
    await zalo.start();
    running = await serve({
      ZALO_BOT_TOKEN: TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_URL: "https://example.invalid/zalo/webhook",
      ZALO_WEBHOOK_SECRET: secret,
    });
  });

  afterAll(async () => {
    await running?.service.stop();
    await zalo.close();
    running?.app.close();
  });

  const post = (body: unknown, token?: string) =>
    fetch(`http://127.0.0.1:${running.service.port}/zalo/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { "x-bot-api-secret-token": token } : {}) },
      body: JSON.stringify(body),
    });

  it("rejects a wrong secret with 401 and processes nothing, then answers a valid update once", async () => {
    expect(zalo.calls.map((c) => c.method)).toContain("setWebhook");
    const update = textUpdate("/vanban", "user-1", "hook-1");
    expect((await post(update, "wrong-secret")).status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(zalo.sent).toHaveLength(0);
    expect((await post(update, secret)).status).toBe(200);
    expect((await post(update, secret)).status).toBe(200);
    await waitFor(() => zalo.sent, 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(zalo.sent).toHaveLength(1);
    expect(zalo.sent[0]?.text).toContain("Các văn bản đã nạp");
  });
});

describe("Zalo channel concurrency and paging (a slow answerer, against a fake Zalo Bot API)", () => {
  const zalo = new FakeZaloServer({ token: TOKEN, pollWaitMs: 20 });
  let app: App;
  let channel: { stop(): Promise<void> };
  /** Questions the answerer has started, in order, and the switches that finish them. */
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const answerer = {
    answer: (question: string) =>
      new Promise<Answer>((resolve) => {
        started.push(question);
        finish.set(question, () =>
          resolve({
            question,
            answer: `Trả lời: ${question}`,
            refused: false,
            mode: "extractive",
            citations: [],
            ms: 1,
          }),
        );
      }),
  };

  beforeAll(async () => {
    await zalo.start();
    app = await appWithUnits();
    addMember(app.db, { platform: "zalo", userId: "pager", unitId: "hy-thi-uy-my-hao", role: "officer" });
    const conversation = new Conversation({
      db: app.db,
      index: app.index,
      answerer,
      admins: {},
      logger,
      taskPageSize: 4,
    });
    channel = await startZaloChannel(
      conversation,
      { token: TOKEN, apiRoot: zalo.apiRoot, webhook: null, admins: [] },
      logger,
    );
  });

  afterAll(async () => {
    for (const done of finish.values()) done();
    await channel?.stop();
    await zalo.close();
    app?.close();
  });

  /** Resolves once the channel has taken every queued update and come back for the next one. */
  const drained = async () => {
    await waitFor(() => (zalo.pendingUpdates === 0 ? [1] : []), 1);
    const polls = zalo.polls;
    await waitFor(() => (zalo.polls > polls ? [1] : []), 1);
  };

  it("handles 40 chats at once: every question is being answered before any answer is done", async () => {
    for (let i = 0; i < 40; i++) zalo.enqueueUpdate(textUpdate(`câu hỏi ${i}`, `user-${i}`, `q-${i}`));
    await waitFor(() => started, 40, 5_000);
    expect(zalo.sent).toHaveLength(0);
    for (let i = 0; i < 40; i++) finish.get(`câu hỏi ${i}`)?.();
    await waitFor(() => zalo.sent, 40);
    expect(new Set(zalo.sent.map((m) => m.chatId)).size).toBe(40);
  });

  it("handles one chat's messages in order, each after the one before", async () => {
    const before = zalo.sent.length;
    for (const text of ["một", "hai", "ba"]) zalo.enqueueUpdate(textUpdate(text, "user-order", `o-${text}`));
    await drained();
    expect(started.slice(40)).toEqual(["một"]);
    finish.get("một")?.();
    await waitFor(() => started, 42);
    expect(started.slice(40)).toEqual(["một", "hai"]);
    finish.get("hai")?.();
    await waitFor(() => started, 43);
    finish.get("ba")?.();
    await waitFor(() => zalo.sent, before + 3);
    expect(zalo.sent.slice(before).map((m) => m.text)).toEqual([
      "Trả lời: một",
      "Trả lời: hai",
      "Trả lời: ba",
    ]);
  });

  it("pages /nhiemvu with /nhiemvu 2, numbering across pages", async () => {
    const page = async (text: string) => {
      const before = zalo.sent.length;
      zalo.enqueueUpdate(textUpdate(text, "pager", `p-${text}-${before}`));
      return (await waitFor(() => zalo.sent, before + 1))[before]?.text ?? "";
    };
    const first = await page("/nhiemvu");
    const total = Number(/\((\d+)\), trang 1\//.exec(first)?.[1]);
    expect(total).toBeGreaterThan(4);
    expect(first).toContain(`Gõ /nhiemvu 2 để xem tiếp (5–8/${total}).`);
    const second = await page("/nhiemvu 2");
    expect([...second.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]))).toEqual([5, 6, 7, 8]);
    expect(await page("/nhiemvu 99")).toContain(`chỉ có ${Math.ceil(total / 4)} trang`);
  });
});
