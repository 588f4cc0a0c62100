import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/logger.ts";
import { addMember } from "../../src/obligations/member-registry.ts";
import { listTasks, type TaskView } from "../../src/obligations/task-list.ts";
import { setTaskStatus, taskHistory } from "../../src/obligations/task-table.ts";
import { importUnits } from "../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../src/obligations/units-csv.ts";
import { planReminders } from "../../src/reminders/reminder-planner.ts";
import { DEFAULT_REMINDER_POLICY } from "../../src/reminders/reminder-policy.ts";
import { cliIn } from "../cli/run-cli.ts";
import { appWithUnits, CORPUS, tempDir } from "../helpers.ts";

const HOLDER = "hy-du-phuong-pho-hien";
const FORMERS = ["hy-du-phuong-hien-nam", "hy-du-phuong-le-loi"];
const REGISTRY = readFileSync(path.join(CORPUS, "units.example.csv"), "utf8");
/** The example registry as it was before the 2025 mergers: no successors. */
const BEFORE_MERGER = REGISTRY.split("\n")
  .map((line, i) => (i === 0 || !line ? line : line.replace(/,(hy-du-phuong-[a-z-]+),$/, ",,")))
  .join("\n");

let app: App | undefined;
afterEach(() => app?.close());

/** The seed corpus with the example registry as it was before the 2025 mergers: each ward has its own tasks. */
async function beforeMerger(): Promise<App> {
  const config = loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: CORPUS, LOG_LEVEL: "silent" });
  const opened = await createApp(config, createLogger("silent"));
  importUnits(opened.db, parseUnitsCsv(BEFORE_MERGER, "before.csv"));
  opened.refresh();
  return opened;
}

const perObligation = (tasks: TaskView[]) => {
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(t.obligationId, (counts.get(t.obligationId) ?? 0) + 1);
  return counts;
};

describe("a unit that took over dissolved units", () => {
  it("holds one task per obligation, naming the former units in the task and its history", async () => {
    const dataDir = tempDir();
    app = await appWithUnits({}, dataDir);
    // Across the whole table: one task per obligation, current unit and occurrence.
    const pairs = listTasks(app.db).map((t) => `${t.obligationId}|${t.currentUnitId}|${t.occurrence}`);
    expect(pairs.length).toBeGreaterThan(50);
    expect(new Set(pairs).size).toBe(pairs.length);
    const tasks = listTasks(app.db, { unitId: HOLDER });
    expect(tasks.length).toBeGreaterThan(3);
    expect(Math.max(...perObligation(tasks).values())).toBe(1);
    expect(new Set(tasks.map((t) => t.currentUnitId))).toEqual(new Set([HOLDER]));
    const inherited = tasks.filter((t) => t.formerUnitIds.length > 0);
    expect(inherited.length).toBe(tasks.length);
    expect(inherited[0]?.formerUnitIds).toEqual(FORMERS);
    expect(inherited[0]?.formerUnitNames).toEqual(["Đảng ủy phường Hiến Nam", "Đảng ủy phường Lê Lợi"]);
    const notes = taskHistory(app.db, inherited[0]?.id ?? "").map((e) => e.note);
    expect(notes).toEqual([
      expect.stringContaining("Kế thừa từ Đảng ủy phường Hiến Nam"),
      expect.stringContaining("Kế thừa từ Đảng ủy phường Lê Lợi"),
    ]);
    // A former unit still finds its work, now held by its successor.
    expect(listTasks(app.db, { unitId: "hy-du-phuong-le-loi" }).map((t) => t.id)).toEqual(
      tasks.map((t) => t.id),
    );
    // The CLI shows the same: one row per obligation, former units named.
    app.close();
    app = undefined;
    const troly = cliIn(dataDir);
    const listed = JSON.parse((await troly(["tasks", "--unit", HOLDER, "--json"])).stdout) as TaskView[];
    expect(listed.length).toBe(tasks.length);
    expect((await troly(["tasks", "--unit", HOLDER])).stdout).toContain(
      "kế thừa: Đảng ủy phường Hiến Nam, Đảng ủy phường Lê Lợi",
    );
  });

  it("sends one reminder per obligation to the holder's head, not one per former unit", async () => {
    app = await appWithUnits();
    addMember(app.db, { platform: "telegram", userId: "77", unitId: HOLDER, role: "head" });
    const { messages } = planReminders(
      app.db,
      new Date("2024-12-20T09:00:00+07:00"),
      DEFAULT_REMINDER_POLICY,
    );
    const mine = messages.filter((m) => m.chatId === "77");
    expect(mine.length).toBeGreaterThan(0);
    const texts = mine.map((m) => m.text.replace(/t[0-9a-f]{12}/g, ""));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("folds the former units' existing tasks into the holder's when the merger is registered later", async () => {
    app = await beforeMerger();
    const wards = [HOLDER, ...FORMERS];
    const before = listTasks(app.db).filter((t) => wards.includes(t.unitId));
    expect(new Set(before.map((t) => t.unitId))).toEqual(new Set(wards));
    const leLoi = before.find((t) => t.unitId === "hy-du-phuong-le-loi" && !t.recurrence);
    if (!leLoi) throw new Error("no task of Lê Lợi");
    setTaskStatus(app.db, leLoi.id, { status: "done", by: "telegram:5", completedOn: "2024-11-30" });

    importUnits(app.db, parseUnitsCsv(REGISTRY, "units.example.csv"));
    const summary = app.refresh();
    expect(summary.tasksRemoved).toBe(0);
    const after = listTasks(app.db, { unitId: HOLDER });
    expect(Math.max(...perObligation(after).values())).toBe(1);
    expect(after.length).toBe(before.filter((t) => t.unitId === HOLDER).length);
    expect(after.every((t) => t.unitId === HOLDER && t.formerUnitIds.join() === FORMERS.join())).toBe(true);
    const same = after.find((t) => t.obligationId === leLoi.obligationId);
    const history = taskHistory(app.db, same?.id ?? "").map((e) => e.note ?? "");
    expect(history.some((n) => n.includes(`nhiệm vụ ${leLoi.id} của đơn vị cũ: đã hoàn thành`))).toBe(true);
    // Refreshing again changes nothing and writes no more history.
    expect(app.refresh()).toMatchObject({ tasksAdded: 0, tasksRemoved: 0 });
    expect(taskHistory(app.db, same?.id ?? "").length).toBe(history.length);
  });

  it("moves a former unit's task, with its status and history, to a successor that had none", async () => {
    app = await beforeMerger();
    const ward = "hy-du-phuong-ban-yen-nhan";
    const holder = "hy-du-phuong-my-hao";
    const first = listTasks(app.db).find((t) => t.unitId === ward);
    if (!first) throw new Error("no task of the ward");
    setTaskStatus(app.db, first.id, { status: "in_progress", by: "telegram:9", note: "Đang rà soát" });
    // A successor registered after the work was assigned holds no task of its own for it yet.
    app.db.$client.prepare("DELETE FROM tasks WHERE unit_id = ?").run(holder);
    importUnits(app.db, parseUnitsCsv(REGISTRY, "units.example.csv"));
    app.refresh();
    const moved = listTasks(app.db, { today: "2024-01-01" }).find((t) => t.id === first.id);
    expect(moved).toMatchObject({
      unitId: holder,
      status: "in_progress",
      note: "Đang rà soát",
      formerUnitIds: [ward],
    });
    expect(taskHistory(app.db, first.id).map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ["open", "in_progress"],
      [null, "in_progress"],
    ]);
  });
});
