import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegramServer } from "../channels/fake-telegram-server.ts";
import { cliIn } from "../cli/run-cli.ts";
import { type BackendFixture, backendFixture } from "../db/backend-fixture.ts";
import { backendsUnderTest } from "../db/pg-test-db.ts";
import { CORPUS, ROOT } from "../helpers.ts";

describe.each(backendsUnderTest())("reminders survive a dispatcher killed with SIGKILL, on %s", (name) => {
  const telegram = new FakeTelegramServer();
  let dataDir = "";
  let f: BackendFixture;
  const env = () => ({
    CORPUS_DIR: CORPUS,
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    OUTBOX_LEASE_SECONDS: "1",
    ...f.env,
  });

  /** A real `troly remind --once` process on this suite's data folder and backend, as of `now`. */
  const spawnRemindOnce = (now: string) =>
    spawn(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), "remind", "--once", "--now", now],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env() },
        stdio: "ignore",
      },
    );

  /**
   * One `troly remind --once` child process, SIGKILLed once the fake Bot API has received `killAfterSends` more
   * messages: the kill lands while it is sending, never before it planned (a fixed delay did, on a loaded machine).
   * A child that finishes first is not killed. Bounded: killed anyway after `limitMs`.
   */
  function remindOnceKilled(killAfterSends: number, limitMs = 60_000): Promise<{ killed: boolean }> {
    const child = spawnRemindOnce("2024-12-20");
    const target = telegram.sent.length + killAfterSends;
    const watch = setInterval(() => {
      if (telegram.sent.length >= target) child.kill("SIGKILL");
    }, 5);
    const limit = setTimeout(() => child.kill("SIGKILL"), limitMs);
    return new Promise((resolve) => {
      child.on("exit", (_code, signal) => {
        clearInterval(watch);
        clearTimeout(limit);
        resolve({ killed: signal === "SIGKILL" && telegram.sent.length >= target });
      });
    });
  }

  beforeAll(async () => {
    await telegram.start();
    f = await backendFixture(name, { heads: /^(hy|ls)-/, headsPerUnit: 3 });
    dataDir = f.dataDir;
  });
  afterAll(async () => {
    await f?.close();
    await telegram.close();
  });

  it("delivers every due reminder; duplicates only for sends in flight at a kill", async () => {
    // Kills after 3, 7, 2, 9 and 5 sends: fixed points, so every run of this test kills mid-send.
    let kills = 0;
    for (const after of [3, 7, 2, 9, 5]) if ((await remindOnceKilled(after)).killed) kills++;
    // Then clean runs in this process until nothing is left to send: a killed run's rows come back when their
    // one-second lease ends. At least one clean run always happens, so the test never ends on a kill.
    const troly = cliIn(dataDir, env());
    const listOutbox = () => f.backend.outbox.list();
    {
      for (let run = 0; run < 5; run++) {
        await new Promise((r) => setTimeout(r, 1100));
        const clean = await troly(["remind", "--once", "--now", "2024-12-20", "--json"]);
        expect(clean.code).toBe(0);
        if (!(await listOutbox()).some((r) => r.status === "pending" || r.status === "sending")) break;
      }
      const rows = await listOutbox();
      expect(rows.length).toBeGreaterThan(50);
      expect(kills).toBeGreaterThanOrEqual(3);
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
        `crash test (${name}): ${kills} kills, ${rows.length} reminders, ${telegram.sent.length} deliveries, ${duplicates} duplicates`,
      );
      expect(duplicates).toBeLessThanOrEqual(kills);
    }
  }, 180_000);

  it("two `troly remind --once` started at the same moment deliver each reminder once", async () => {
    const before = telegram.sent.length;
    const known = new Set((await f.backend.outbox.list()).map((r) => r.id));
    const remindOnce = () =>
      new Promise<number | null>((resolve) => {
        const child = spawnRemindOnce("2025-01-06");
        child.on("exit", (code) => resolve(code));
      });
    expect(await Promise.all([remindOnce(), remindOnce()])).toEqual([0, 0]);
    const rows = (await f.backend.outbox.list()).filter((r) => !known.has(r.id));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.status !== "sent")).toEqual([]);
    const delivered = telegram.sent.slice(before).map((m) => `${m.chat_id}|${m.text}`);
    expect(delivered).toHaveLength(rows.length);
    expect(new Set(delivered).size).toBe(rows.length);
  }, 120_000);
});
