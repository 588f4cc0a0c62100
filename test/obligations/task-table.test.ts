import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { NotFoundError } from "../../src/errors.ts";
import { createLogger } from "../../src/logger.ts";
import { listTasks } from "../../src/obligations/task-list.ts";
import { setTaskStatus, taskHistory } from "../../src/obligations/task-table.ts";
import { importUnits } from "../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../src/obligations/units-csv.ts";
import { CORPUS, tempDir } from "../helpers.ts";

const UNITS = parseUnitsCsv(
  readFileSync(path.join(CORPUS, "units.example.csv"), "utf8"),
  "units.example.csv",
);
let app: App | undefined;

async function open(env: Record<string, string> = {}) {
  const corpus = tempDir();
  cpSync(CORPUS, corpus, { recursive: true });
  const config = loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: corpus, LOG_LEVEL: "silent", ...env });
  app = await createApp(config, createLogger("silent"));
  importUnits(app.db, UNITS);
  app.refresh();
  return { app, corpus };
}

afterEach(() => app?.close());

describe("task table", () => {
  it("expands a category to every unit of that kind in the issuing province, a named unit to itself", async () => {
    const { app } = await open();
    const byPassage = (id: string) => listTasks(app.db).filter((t) => t.passageId === id);
    const districts = byPassage("hy-kl-can-bo-tre-2024#3.1").map((t) => t.unitId);
    expect(districts).toEqual(
      expect.arrayContaining(["hy-thanh-uy-hung-yen", "hy-thi-uy-my-hao", "hy-huyen-uy-van-lam"]),
    );
    expect(districts.some((id) => id.startsWith("ls-"))).toBe(false);
    expect(byPassage("hy-kl-can-bo-tre-2024#3.3").map((t) => t.unitId)).toEqual(["hy-btc"]);
    expect(byPassage("ls-tb-kl-btc-2024#3.1").map((t) => t.unitId)).toEqual(["ls-btc"]);
  });

  it("assigns documents without a province only when DEFAULT_PROVINCE names one", async () => {
    const { app: without } = await open();
    expect(listTasks(without.db).some((t) => t.documentId === "kl-hnbch-14-nq17")).toBe(false);
    without.close();
    const { app: withDefault } = await open({ DEFAULT_PROVINCE: "Lạng Sơn" });
    const units = listTasks(withDefault.db)
      .filter((t) => t.documentId === "kl-hnbch-14-nq17")
      .map((t) => t.unitId);
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((id) => id.startsWith("ls-"))).toBe(true);
  });

  it("derives overdue, done on time and done late, and audits every change", async () => {
    const { app } = await open();
    const [task] = listTasks(app.db, { unitId: "ls-btc", dueBefore: "2024-12-31" });
    if (!task) throw new Error("no dated task for ls-btc");
    expect(task).toMatchObject({ due: "2024-12-31", deadlineText: "Từ nay đến cuối năm và đầu năm 2025" });
    expect(
      listTasks(app.db, { unitId: "ls-btc", today: "2024-12-31" }).find((t) => t.id === task.id)?.status,
    ).toBe("open");
    expect(
      listTasks(app.db, { unitId: "ls-btc", status: "overdue", today: "2025-01-01" }).map((t) => t.id),
    ).toContain(task.id);
    setTaskStatus(app.db, task.id, {
      status: "in_progress",
      by: "telegram:7",
      now: new Date("2024-10-01T03:00:00Z"),
    });
    setTaskStatus(app.db, task.id, {
      status: "done",
      by: "telegram:7",
      note: "Đã báo cáo",
      now: new Date("2025-01-05T03:00:00Z"),
    });
    const done = listTasks(app.db, { status: "done" }).find((t) => t.id === task.id);
    expect(done).toMatchObject({ status: "done", outcome: "late", doneBy: "telegram:7", note: "Đã báo cáo" });
    const audit = taskHistory(app.db, task.id);
    expect(audit.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ["open", "in_progress"],
      ["in_progress", "done"],
    ]);
    expect(() => setTaskStatus(app.db, "tnope", { status: "done", by: "x" })).toThrow(NotFoundError);
  });

  it("rolls a recurring task to its next occurrence when it is done", async () => {
    const { app } = await open();
    const yearly = listTasks(app.db, { unitId: "hy-btc" }).find(
      (t) => t.recurrence === "yearly" && t.due === "2024-12-31",
    );
    if (!yearly) throw new Error("no yearly dated task for hy-btc");
    const { next } = setTaskStatus(app.db, yearly.id, {
      status: "done",
      by: "cli",
      now: new Date("2024-12-20"),
    });
    expect(next).toMatchObject({ occurrence: 2, due: "2025-12-31", status: "open" });
    const listed = listTasks(app.db, { unitId: "hy-btc", today: "2025-01-10" }).find(
      (t) => t.id === next?.id,
    );
    expect(listed).toMatchObject({ status: "open", occurrence: 2, outcome: null });
  });

  it("keeps statuses across re-ingestion and changes only the edited passage's tasks", async () => {
    const { app, corpus } = await open();
    const tasks = listTasks(app.db, { unitId: "hy-huyen-uy-van-lam" });
    const kept = tasks.find((t) => t.passageId === "hy-kl-can-bo-tre-2024#3.1");
    const edited = tasks.find((t) => t.passageId === "hy-kl-can-bo-tre-2024#2.1");
    if (!kept || !edited) throw new Error("fixtures missing");
    setTaskStatus(app.db, kept.id, { status: "done", by: "cli" });
    await app.ingest();
    expect(listTasks(app.db).find((t) => t.id === kept.id)?.status).toBe("done");
    const file = path.join(corpus, "hy-kl-can-bo-tre-2024.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("Tiếp tục triển khai, quán triệt,", "Tiếp tục quán triệt,"),
    );
    const report = await app.ingest();
    expect(report.updated).toEqual(["hy-kl-can-bo-tre-2024"]);
    const after = listTasks(app.db);
    expect(after.find((t) => t.id === kept.id)?.status).toBe("done");
    expect(after.some((t) => t.id === edited.id)).toBe(false);
    expect(after.some((t) => t.passageId === edited.passageId && t.unitId === "hy-huyen-uy-van-lam")).toBe(
      true,
    );
  });

  it("shows a dissolved unit's tasks under its successor", async () => {
    const { app } = await open();
    const predecessor = listTasks(app.db, { unitId: "hy-du-phuong-le-loi" });
    expect(predecessor.length).toBeGreaterThan(0);
    expect(predecessor[0]).toMatchObject({ currentUnitId: "hy-du-phuong-pho-hien" });
    const successor = listTasks(app.db, { unitId: "hy-du-phuong-pho-hien" }).map((t) => t.id);
    expect(successor).toEqual(expect.arrayContaining(predecessor.map((t) => t.id)));
  });
});
