import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegramServer } from "../channels/fake-telegram-server.ts";
import { CORPUS, tempDir } from "../helpers.ts";
import { cliIn } from "./run-cli.ts";

const telegram = new FakeTelegramServer();
let troly: ReturnType<typeof cliIn>;
const json = (stdout: string) => JSON.parse(stdout.trim());

describe("troly remind and outbox", () => {
  beforeAll(async () => {
    await telegram.start();
    troly = cliIn(tempDir(), { TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot });
    expect((await troly(["units", "import", path.join(CORPUS, "units.example.csv")])).code).toBe(0);
    const head = [
      "members",
      "add",
      "--unit",
      "ls-btc",
      "--platform",
      "telegram",
      "--user-id",
      "42",
      "--role",
      "head",
    ];
    expect((await troly(head)).code).toBe(0);
  });
  afterAll(() => telegram.close());

  it("--dry-run lists what would be sent and writes nothing", async () => {
    const { code, stdout } = await troly(["remind", "--dry-run", "--now", "2024-12-20", "--json"]);
    expect(code).toBe(0);
    const { messages } = json(stdout);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ platform: "telegram", chatId: "42", kind: "reminder" });
    expect(messages[0].text).toContain("còn 11 ngày");
    expect(json((await troly(["outbox", "--json"])).stdout)).toEqual([]);
  });

  it("--once plans and sends through the configured channel, exactly once per stage", async () => {
    const first = json((await troly(["remind", "--once", "--now", "2024-12-20", "--json"])).stdout);
    expect(first).toMatchObject({ inserted: 1, sent: 1, dead: 0 });
    expect(telegram.sent[0]?.text).toContain("Nhắc hạn nhiệm vụ");
    const again = json((await troly(["remind", "--once", "--now", "2024-12-21", "--json"])).stdout);
    expect(again).toMatchObject({ inserted: 0, sent: 0 });
    const sent = json((await troly(["outbox", "--status", "sent", "--json"])).stdout);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: "sent", chatId: "42", attempts: 1 });
  });

  it("rejects bad arguments with a clear message", async () => {
    expect((await troly(["remind"])).code).not.toBe(0);
    const bad = await troly(["remind", "--dry-run", "--now", "hôm qua"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("ISO");
  });
});
