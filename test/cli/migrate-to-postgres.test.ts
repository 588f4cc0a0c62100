import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openPostgres } from "../../src/db/postgres/open-postgres.ts";
import * as pgs from "../../src/db/postgres/pg-schema.ts";
import { listTasks } from "../../src/obligations/task-list.ts";
import { pgPlanningSource } from "../../src/reminders/planning-source.ts";
import { freshPgUrl, pgMissing } from "../db/pg-test-db.ts";
import { reminderFixture } from "../reminders/reminder-fixture.ts";
import { cliIn } from "./run-cli.ts";

describe.skipIf(pgMissing() && !process.env.CI)("troly db migrate-to-postgres", () => {
  it("copies a province's data, verifies the counts, and copies nothing twice when run again", async () => {
    const { app, dataDir } = await reminderFixture({ heads: /^ls-/ });
    await app.reminders.runOnce(new Date("2024-12-20T09:00:00+07:00"));
    const tasks = listTasks(app.db, { today: "2024-12-20" });
    await app.close();
    const url = await freshPgUrl();
    const troly = cliIn(dataDir, { DATABASE_URL: url });
    const file = path.join(dataDir, "troly.db");
    const first = await troly(["db", "migrate-to-postgres", "--from", file, "--json"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as {
      tables: { table: string; source: number; copied: number }[];
      verified: boolean;
    };
    expect(report.verified).toBe(true);
    const byTable = new Map(report.tables.map((t) => [t.table, t]));
    for (const table of ["documents", "passages", "obligations", "units", "members", "tasks", "outbox"])
      expect(byTable.get(table)?.copied, table).toBeGreaterThan(0);
    expect(byTable.get("tasks")?.copied).toBe(tasks.length);

    const again = await troly(["db", "migrate-to-postgres", "--from", file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nhiệm vụ: ");
    expect(again.stdout).toMatch(/Đã chép xong và đối chiếu số dòng khớp/);
    expect(again.stdout).not.toMatch(/chép mới [1-9]/);

    // The copied tasks read back from PostgreSQL the same as from the file; new rows get fresh ids.
    const pg = await openPostgres(url);
    try {
      expect(await pgPlanningSource(pg).tasks({ today: "2024-12-20" })).toEqual(tasks);
      const [row] = await pg
        .insert(pgs.taskEvents)
        .values({ taskId: "t", at: "2024-12-20", actor: "test", toStatus: "done" })
        .returning();
      expect(row?.id).toBeGreaterThan(0);

      // A task marked done on an instance is written through, so the shared planner stops reminding it.
      const open = tasks.find((t) => t.status !== "done") as (typeof tasks)[number];
      const done = await troly(["task", "done", open.id, "--by", "cli:test", "--on", "2024-12-20"]);
      expect(done.code).toBe(0);
      expect(done.stderr).toBe("");
      const [after] = await pgPlanningSource(pg).tasks({ today: "2024-12-20", id: open.id });
      expect(after).toMatchObject({ status: "done", completedOn: "2024-12-20", doneBy: "cli:test" });
      const events = await pg.select().from(pgs.taskEvents).where(eq(pgs.taskEvents.taskId, open.id));
      expect(events.map((e) => e.toStatus)).toContain("done");
    } finally {
      await pg.$client.end();
    }
  });

  it("explains in Vietnamese what is missing", async () => {
    const noUrl = await cliIn(path.join("/nonexistent", "x"))([
      "db",
      "migrate-to-postgres",
      "--from",
      "x.db",
    ]);
    expect(noUrl.code).not.toBe(0);
    expect(noUrl.stderr).toContain("Chưa đặt DATABASE_URL");
    const troly = cliIn(path.join("/nonexistent", "x"), {
      DATABASE_URL: "postgres://troly@127.0.0.1:1/none",
    });
    const noFile = await troly(["db", "migrate-to-postgres", "--from", "khong-co.db"]);
    expect(noFile.stderr).toContain("Không tìm thấy tệp dữ liệu khong-co.db");
    const bad = await cliIn("/tmp", { DATABASE_URL: "mysql://x" })(["db", "migrate-to-postgres"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("DATABASE_URL");
  });
});
