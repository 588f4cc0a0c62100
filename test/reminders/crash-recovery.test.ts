import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.ts";
import { listOutbox } from "../../src/reminders/outbox-dispatcher.ts";
import { FakeTelegramServer } from "../channels/fake-telegram-server.ts";
import { CORPUS, ROOT } from "../helpers.ts";
import { reminderFixture } from "./reminder-fixture.ts";

const telegram = new FakeTelegramServer();
let dataDir = "";

/** One `troly remind --once` child process; killed with SIGKILL after `killAfterMs` when given. */
function remindOnce(killAfterMs?: number): Promise<{ killed: boolean }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), "remind", "--once", "--now", "2024-12-20"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        CORPUS_DIR: CORPUS,
        LOG_LEVEL: "silent",
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        OUTBOX_LEASE_SECONDS: "1",
      },
      stdio: "ignore",
    },
  );
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  return new Promise((resolve) => {
    child.on("exit", (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === "SIGKILL" });
    });
  });
}

describe("reminders survive a dispatcher killed with SIGKILL", () => {
  beforeAll(async () => {
    await telegram.start();
    const fixture = await reminderFixture({ heads: /^(hy|ls)-/, headsPerUnit: 3 });
    dataDir = fixture.dataDir;
    fixture.app.close();
  });
  afterAll(() => telegram.close());

  it("delivers every due reminder; duplicates only for sends in flight at a kill", async () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let kills = 0;
    for (let run = 0; run < 10; run++) {
      const { killed } = await remindOnce(1200 + Math.floor(random() * 2000));
      if (killed) kills++;
    }
    const db = openDatabase(path.join(dataDir, "troly.db"));
    try {
      for (let run = 0; run < 6; run++) {
        const open = listOutbox(db).filter((r) => r.status === "pending" || r.status === "sending");
        if (open.length === 0) break;
        await new Promise((r) => setTimeout(r, 1100));
        await remindOnce();
      }
      const rows = listOutbox(db);
      expect(rows.length).toBeGreaterThan(80);
      expect(kills).toBeGreaterThan(2);
      expect(rows.filter((r) => r.status !== "sent")).toEqual([]);
      const deliveries = new Map<string, number>();
      for (const m of telegram.sent) {
        const key = `${m.chat_id}|${m.text}`;
        deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
      }
      for (const row of rows)
        expect(
          deliveries.has(
            `${row.chatId}|${row.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}`,
          ),
        ).toBe(true);
      const duplicates = telegram.sent.length - deliveries.size;
      console.log(
        `crash test: ${kills} kills, ${rows.length} reminders, ${telegram.sent.length} deliveries, ${duplicates} duplicates`,
      );
      expect(duplicates).toBeLessThanOrEqual(kills);
    } finally {
      db.$client.close();
    }
  }, 180_000);
});
