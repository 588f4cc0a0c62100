import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireIngestLock, acquirePgIngestLock, INGEST_LOCK_FILE } from "../../src/db/ingest-lock.ts";
import { openPostgres } from "../../src/db/postgres/open-postgres.ts";
import { IngestBusyError } from "../../src/errors.ts";
import { ROOT, tempDir } from "../helpers.ts";
import { freshPgUrl, pgMissing } from "./pg-test-db.ts";

/** Another process that takes the lock the way an ingest does, says "locked", then waits to be killed. */
async function holderProcess(dataDir: string) {
  const script = `
    const Database = require(${JSON.stringify(path.join(ROOT, "node_modules/better-sqlite3"))});
    const db = new Database(${JSON.stringify(path.join(dataDir, INGEST_LOCK_FILE))});
    db.exec("BEGIN IMMEDIATE");
    console.log("locked");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(child.stdout, "data")) as [Buffer];
  expect(line.toString().trim()).toBe("locked");
  return child;
}

describe("acquireIngestLock", () => {
  it("lets one holder in at a time and the next in as soon as it is released", async () => {
    const dataDir = tempDir();
    const first = await acquireIngestLock(dataDir, { waitMs: 0 });
    await expect(acquireIngestLock(dataDir, { waitMs: 100, pollMs: 20 })).rejects.toBeInstanceOf(
      IngestBusyError,
    );
    const second = acquireIngestLock(dataDir, { waitMs: 5000, pollMs: 20 });
    setTimeout(() => first.release(), 100);
    (await second).release();
    first.release(); // releasing twice is harmless
  });

  it("is held across processes, and a holder killed with SIGKILL leaves no stale lock", async () => {
    const dataDir = tempDir();
    const child = await holderProcess(dataDir);
    const busy = acquireIngestLock(dataDir, { waitMs: 100, pollMs: 20 });
    await expect(busy).rejects.toMatchObject({
      code: "ingest_busy",
      lockFile: path.join(dataDir, INGEST_LOCK_FILE),
    });
    child.kill("SIGKILL");
    await once(child, "exit");
    const lock = await acquireIngestLock(dataDir, { waitMs: 0 });
    lock.release();
  });
});

describe.skipIf(pgMissing() && !process.env.CI)("acquirePgIngestLock (DATABASE_URL)", () => {
  it("lets one instance ingest at a time, says so in Vietnamese, and lets the next in once released", async () => {
    const url = await freshPgUrl();
    const [one, two] = [await openPostgres(url), await openPostgres(url)];
    try {
      const held = await acquirePgIngestLock(one, { waitMs: 0 });
      const waits: (number | null)[] = [];
      const refused = await acquirePgIngestLock(two, {
        waitMs: 50,
        pollMs: 10,
        onWait: (pid) => waits.push(pid),
      }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(IngestBusyError);
      expect((refused as IngestBusyError).userMessage).toMatch(/đang nạp văn bản vào cơ sở dữ liệu chung/);
      expect(waits).toEqual([null]);
      const next = acquirePgIngestLock(two, { waitMs: 30_000, pollMs: 10 });
      held.release();
      (await next).release();
    } finally {
      await one.$client.end();
      await two.$client.end();
    }
  });
});
