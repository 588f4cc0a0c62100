import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarDay } from "../../src/obligations/calendar-day.ts";
import { CORPUS, tempDir } from "../helpers.ts";
import { cliIn } from "./run-cli.ts";

const troly = cliIn(tempDir());
const json = (stdout: string) => JSON.parse(stdout.trim());
const noStack = /\n\s+at |Error:|TypeError|ENOENT/;

/** A dated task of ls-btc (due 31/12/2024), fresh for each test: one per call from a small pool. */
let pool: string[] = [];
const nextTask = () => {
  const id = pool.shift();
  if (!id) throw new Error("no more dated ls tasks");
  return id;
};

describe("task done, start and reopen from the CLI", () => {
  beforeAll(async () => {
    expect((await troly(["units", "import", path.join(CORPUS, "units.example.csv")])).code).toBe(0);
    const rows = json((await troly(["tasks", "--due-before", "2024-12-31", "--json"])).stdout) as {
      id: string;
      due: string;
      recurrence: string | null;
    }[];
    pool = rows.filter((t) => t.due === "2024-12-31" && !t.recurrence).map((t) => t.id);
    expect(pool.length).toBeGreaterThan(4);
  }, 120_000);

  it("pressing done twice changes nothing the second time and writes one audit row", async () => {
    const id = nextTask();
    const first = json((await troly(["task", "done", id, "--by", "telegram:42", "--json"])).stdout);
    expect(first).toMatchObject({ changed: true, task: { status: "done" } });
    const again = await troly(["task", "done", id, "--by", "telegram:42", "--json"]);
    expect(again.code).toBe(0);
    expect(json(again.stdout)).toMatchObject({ changed: false, task: { status: "done" } });
    const text = await troly(["task", "done", id, "--by", "telegram:42"]);
    expect(text.stdout).toContain("không thay đổi");
    const history = json((await troly(["task", "history", id, "--json"])).stdout) as {
      fromStatus: string | null;
      toStatus: string;
    }[];
    expect(history.filter((e) => e.fromStatus !== null).map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ["open", "done"],
    ]);
  });

  it("progress on a done task is refused in Vietnamese; done stays done until reopened", async () => {
    const id = nextTask();
    await troly(["task", "done", id, "--by", "telegram:42"]);
    const start = await troly(["task", "start", id, "--by", "telegram:42", "--note", "đang làm"]);
    expect(start.code).toBe(1);
    expect(start.stderr).toContain("đã hoàn thành");
    expect(start.stderr).toContain("mở lại");
    const [view] = json((await troly(["tasks", "--status", "done", "--json"])).stdout).filter(
      (t: { id: string }) => t.id === id,
    );
    expect(view).toMatchObject({ status: "done", doneBy: "telegram:42" });
    expect((await troly(["task", "reopen", id, "--by", "admin"])).code).toBe(0);
    expect((await troly(["task", "start", id, "--by", "telegram:42", "--note", "đang làm"])).code).toBe(0);
  });

  it("takes the completion day: earlier than the due day is on time, never in the future", async () => {
    const late = nextTask();
    // Marked today (after 31/12/2024) without --on: done late.
    const lateView = json((await troly(["task", "done", late, "--by", "cli", "--json"])).stdout).task;
    expect(lateView).toMatchObject({ outcome: "late", completedOn: calendarDay(new Date()) });

    const onTime = nextTask();
    const done = await troly(["task", "done", onTime, "--by", "cli", "--on", "2024-12-20", "--json"]);
    expect(done.code).toBe(0);
    expect(json(done.stdout).task).toMatchObject({
      status: "done",
      outcome: "on_time",
      completedOn: "2024-12-20",
    });
    const listed = await troly(["tasks", "--status", "done"]);
    expect(listed.stdout).toContain("đã hoàn thành ngày 20/12/2024 (đúng hạn)");

    const future = nextTask();
    const tomorrow = calendarDay(new Date(Date.now() + 2 * 86_400_000));
    const refused = await troly(["task", "done", future, "--by", "cli", "--on", tomorrow]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("trong tương lai");
    const bad = await troly(["task", "done", future, "--by", "cli", "--on", "20/12/2024"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("YYYY-MM-DD");
    const still = json((await troly(["tasks", "--json"])).stdout).find(
      (t: { id: string }) => t.id === future,
    );
    expect(still.status).not.toBe("done");
  });
});

describe("errors reach the user in Vietnamese, without stack traces", () => {
  it("names missing files, unknown tasks, units and members", async () => {
    const batch = await troly(["ask", "--json", "--batch", "missing.txt"]);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain("Không tìm thấy tệp câu hỏi missing.txt");
    const csv = await troly(["units", "import", "missing.csv"]);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain("Không tìm thấy tệp CSV missing.csv");
    const task = await troly(["task", "done", "tkhongco", "--by", "x"]);
    expect(task.stderr).toMatch(/^Không tìm thấy nhiệm vụ "tkhongco"/);
    const member = await troly([
      "members",
      "add",
      "--unit",
      "khong-co",
      "--platform",
      "zalo",
      "--user-id",
      "1",
    ]);
    expect(member.stderr).toMatch(/^Không tìm thấy đơn vị "khong-co"/);
    const tasks = await troly(["tasks", "--unit", "khong-co"]);
    expect(tasks.code).toBe(1);
    expect(tasks.stderr).toMatch(/^Không tìm thấy đơn vị "khong-co"/);
    const requeue = await troly(["outbox", "requeue", "999"]);
    expect(requeue.code).toBe(1);
    expect(requeue.stderr).toMatch(/^Không tìm thấy tin nhắc việc "999"/);
    for (const result of [batch, csv, task, member, tasks, requeue]) {
      expect(result.stderr).not.toMatch(noStack);
      expect(result.stderr).not.toMatch(/not found|nothing imported/);
    }
  });

  it("ask --unit with an unknown unit says the unit does not exist", async () => {
    const result = await troly([
      "ask",
      "--json",
      "--unit",
      "khong-co",
      "Đơn vị tôi còn nhiệm vụ nào quá hạn?",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('Không có đơn vị "khong-co"');
    expect(result.stderr).not.toMatch(noStack);
  });
});
