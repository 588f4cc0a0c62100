/**
 * Reminder benchmark (issue 6), our code and a baseline side by side in the same run:
 *
 * - planning: a synthetic database (real migrations) of N units × M tasks; `planReminders` + `enqueue` against a
 *   naive per-unit planner (one SQL query per unit) + a hand-written INSERT. Each variant runs in its own child
 *   process on its own copy of the database, so peak RSS is its own.
 * - dispatch: messages for a set of chats sent by `dispatchOnce` through `TelegramNotifier` to the fake Telegram
 *   server with its rate limits on (1/s per chat, 30/s overall), paced by `Pacer` (1/s per chat, 25/s) against
 *   no pacing at all; real time, rows rescheduled after a 429 are waited for.
 *
 *   npm run -s bench:reminders -- [--units 10000] [--tasks-per-unit 50] [--messages 600] [--chats 200] [--json]
 */
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Command, Option } from "commander";
import { asc } from "drizzle-orm";
import { TelegramNotifier } from "../src/channels/telegram/telegram-notifier.ts";
import { type Db, openDatabase } from "../src/db/open-database.ts";
import { tasks as tasksTable } from "../src/db/schema.ts";
import { calendarDay } from "../src/obligations/calendar-day.ts";
import { listObligations } from "../src/obligations/obligation-store.ts";
import { foldKeepingOffsets } from "../src/obligations/responsible-parties.ts";
import { listTasks, type TaskView } from "../src/obligations/task-list.ts";
import { taskId } from "../src/obligations/task-table.ts";
import { dispatchOnce } from "../src/reminders/outbox-dispatcher.ts";
import { Pacer } from "../src/reminders/pacer.ts";
import { Recipients } from "../src/reminders/recipients.ts";
import { enqueue, type PlannedMessage, planReminders, stageOf } from "../src/reminders/reminder-planner.ts";
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from "../src/reminders/reminder-policy.ts";
import { reminderMessage } from "../src/reminders/reminder-text.ts";
import { nextWorkingSlot } from "../src/reminders/working-calendar.ts";
import { FakeTelegramServer } from "../test/channels/fake-telegram-server.ts";

/** The benchmark day: a Wednesday, working hours in Vietnam. */
const PLAN_AT = new Date("2025-03-12T09:00:00+07:00");
const POLICY = DEFAULT_REMINDER_POLICY;
const PLANNING_TARGET_MS = 2000;
const SERVER_LIMITS = { perChatPerSecond: 1, globalPerSecond: 30 };
const PACER_LIMITS = { perChatMs: 1000, perSecond: 25 };
const MB = 1024 * 1024;

const PROVINCES = [
  "Hà Nội",
  "Huế",
  "Lai Châu",
  "Điện Biên",
  "Sơn La",
  "Lạng Sơn",
  "Quảng Ninh",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Cao Bằng",
  "Tuyên Quang",
  "Lào Cai",
  "Thái Nguyên",
  "Phú Thọ",
  "Bắc Ninh",
  "Hưng Yên",
  "Hải Phòng",
  "Ninh Bình",
  "Quảng Trị",
  "Đà Nẵng",
  "Quảng Ngãi",
  "Gia Lai",
  "Khánh Hòa",
  "Lâm Đồng",
  "Đắk Lắk",
  "Hồ Chí Minh",
  "Đồng Nai",
  "Tây Ninh",
  "Cần Thơ",
  "Vĩnh Long",
  "Đồng Tháp",
  "Cà Mau",
  "An Giang",
];

/** Kinds of the ordinary units of a province, cycled: mostly communes, some departments, a few abolished districts. */
const KIND_CYCLE = [
  ...Array<string>(12).fill("commune_party_committee"),
  ...Array<string>(3).fill("department"),
  ...Array<string>(2).fill("affiliated_party_committee"),
  "district_party_committee",
  "mass_organization",
  "party_delegation",
];
const KIND_NAMES: Record<string, string> = {
  commune_party_committee: "Đảng ủy xã",
  department: "Sở",
  affiliated_party_committee: "Đảng ủy khối",
  district_party_committee: "Huyện ủy",
  mass_organization: "Hội",
  party_delegation: "Ban cán sự đảng",
};

interface ObligationSpec {
  offset: number | null;
  kind: string;
  recurrence: string | null;
  text: string;
}

/**
 * Fifty deadlines relative to the benchmark day: 8 long overdue (past every reminder round), 8 overdue within the
 * four weekly rounds (4 of them over the 14-day escalation), 6 within the 14-day lead window, 18 later, 6 events
 * the calendar cannot date yet and 4 continuous duties (no due day); every 5th dated one monthly, 7th quarterly,
 * 11th yearly.
 */
const SPECS: ObligationSpec[] = (() => {
  const dated = [
    ...[-150, -120, -90, -75, -60, -45, -35, -30],
    ...[-28, -22, -18, -15, -12, -8, -5, -2],
    ...[0, 1, 3, 6, 9, 13],
    ...[15, 20, 30, 45, 60, 80, 100, 130, 160, 200, 240, 280, 310, 340, 365, 400, 450, 500],
  ].map((offset, i): ObligationSpec => {
    const recurrence = i % 5 === 4 ? "monthly" : i % 7 === 6 ? "quarterly" : i % 11 === 10 ? "yearly" : null;
    return {
      offset,
      kind: recurrence === "quarterly" ? "period_end" : "date",
      recurrence,
      text: recurrence ? `định kỳ (${recurrence})` : "trước ngày hạn",
    };
  });
  const events = Array.from({ length: 6 }, () => ({
    offset: null,
    kind: "event",
    recurrence: null,
    text: "sau Đại hội Đảng bộ tỉnh",
  }));
  const continuous = Array.from({ length: 4 }, () => ({
    offset: null,
    kind: "continuous",
    recurrence: null,
    text: "thường xuyên",
  }));
  return [...dated, ...events, ...continuous];
})();

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A deterministic pseudo-random number in [0, 1) for an integer (a 32-bit integer hash). */
function unitRandom(n: number): number {
  let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}

interface SeedInfo {
  units: number;
  provinces: number;
  obligations: number;
  tasks: number;
  taskIdCollisions: number;
  seedMs: number;
}

/** Past due: 55 % done (some late), 10 % in progress; otherwise 10 % done, 20 % in progress; the rest open. */
function taskStatus(r: number, past: boolean): "done" | "in_progress" | "open" {
  const [done, inProgress] = past ? [0.55, 0.65] : [0.1, 0.3];
  return r < done ? "done" : r < inProgress ? "in_progress" : "open";
}

/** Builds the synthetic database: one document, M obligations, N units with a head each, N × M tasks. */
function seed(file: string, unitCount: number, perUnit: number): SeedInfo {
  const t0 = performance.now();
  const db = openDatabase(file);
  const sqlite = db.$client;
  const day = calendarDay(nextWorkingSlot(PLAN_AT, POLICY.working), POLICY.working.timeZone);
  const at = "2025-01-02T08:00:00.000Z";
  sqlite
    .prepare(
      `INSERT INTO documents (id, file, hash, title, kind, number, issuer, province, issued_date, meeting_date,
        signer, signer_title, recipients, "references", indexed_at)
       VALUES ('kl-bench', 'kl-bench.docx', 'x', 'Kết luận số 99-KL/TU của Ban Thường vụ Tỉnh ủy', 'ket_luan',
        '99-KL/TU', 'Tỉnh ủy', '', '2025-01-02', '2024-12-30', 'Nguyễn Văn A', 'Bí thư', '[]', '[]', ?)`,
    )
    .run(at);
  const insertObligation = sqlite.prepare(
    `INSERT INTO obligations (id, document_id, passage_id, ordinal, section, responsible, action, deadline_kind,
      deadline_due, deadline_recurrence, deadline_text, source_text) VALUES (?, 'kl-bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const obligationIds: { id: string; due: string | null }[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < perUnit; i++) {
      const spec = SPECS[i % SPECS.length] as ObligationSpec;
      const round = Math.floor(i / SPECS.length);
      const due = spec.offset === null ? null : addDays(day, spec.offset + round);
      const id = `ob-${String(i).padStart(4, "0")}`;
      const action = `Nhiệm vụ số ${i + 1}: tổ chức quán triệt, triển khai thực hiện và báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy).`;
      insertObligation.run(
        id,
        `kl-bench#p${i}`,
        i,
        `Mục ${Math.floor(i / 10) + 1}, khoản ${(i % 10) + 1}`,
        JSON.stringify(["Các cấp ủy, tổ chức đảng"]),
        action,
        spec.kind,
        due,
        spec.recurrence,
        spec.text,
        action,
      );
      obligationIds.push({ id, due });
    }
  })();

  const provinceCount = Math.max(1, Math.min(PROVINCES.length, Math.floor(unitCount / 10)));
  const insertUnit = sqlite.prepare(
    `INSERT INTO units (id, name, kind, parent_id, aliases, head, successor_id, province, updated_at)
     VALUES (?, ?, ?, ?, '[]', ?, ?, ?, ?)`,
  );
  const insertMember = sqlite.prepare(
    `INSERT INTO members (platform, user_id, unit_id, role, display_name, created_at)
     VALUES ('telegram', ?, ?, 'head', ?, ?)`,
  );
  const unitIds: string[] = [];
  sqlite.transaction(() => {
    const add = (
      id: string,
      name: string,
      kind: string,
      parent: string | null,
      successor: string | null,
      p: number,
    ) => {
      insertUnit.run(id, name, kind, parent, `Trưởng ${name}`, successor, PROVINCES[p], at);
      insertMember.run(String(100_000 + unitIds.length), id, `Trưởng ${name}`, at);
      unitIds.push(id);
    };
    const firstCommune = new Map<number, string>();
    for (let p = 0; p < provinceCount && unitIds.length < unitCount; p++) {
      add(`p${p}-tu`, `Tỉnh ủy ${PROVINCES[p]}`, "province_party_committee", null, null, p);
      if (unitIds.length < unitCount)
        add(`p${p}-btc`, "Ban Tổ chức Tỉnh ủy", "provincial_board", `p${p}-tu`, null, p);
    }
    for (let k = 0; unitIds.length < unitCount; k++) {
      const p = k % provinceCount;
      const j = Math.floor(k / provinceCount);
      const kind = KIND_CYCLE[j % KIND_CYCLE.length] as string;
      const id = `p${p}-u${j}`;
      if (kind === "commune_party_committee" && !firstCommune.has(p)) firstCommune.set(p, id);
      // District committees were abolished in 2025: their work went to a commune.
      const successor = kind === "district_party_committee" ? (firstCommune.get(p) ?? null) : null;
      add(id, `${KIND_NAMES[kind]} ${j + 1}`, kind, `p${p}-tu`, successor, p);
    }
  })();

  const insertTask = sqlite.prepare(
    `INSERT INTO tasks (id, obligation_id, unit_id, occurrence, due, status, done_at, done_by, note, created_at,
      updated_at, removed_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, NULL, ?, ?, NULL)`,
  );
  let taskCount = 0;
  // taskId keeps 32 bits of a hash: at this scale some pairs collide, which the UNIQUE key refuses; count them
  // and give the second one a suffixed id so the benchmark can go on.
  const seen = new Set<string>();
  let collisions = 0;
  sqlite.transaction(() => {
    unitIds.forEach((unitId, u) => {
      obligationIds.forEach(({ id, due }, o) => {
        const r = unitRandom(u * perUnit + o);
        const past = due !== null && due < day;
        const status = taskStatus(r, past);
        const doneAt =
          status === "done"
            ? `${due && past ? addDays(due, r < 0.3 ? -2 : 3) : "2025-03-01"}T03:00:00.000Z`
            : null;
        let tid = taskId(id, unitId, 1);
        if (seen.has(tid)) tid = `${tid}-${++collisions}`;
        seen.add(tid);
        insertTask.run(tid, id, unitId, due, status, doneAt, doneAt && "telegram:1", at, at);
        taskCount++;
      });
    });
  })();
  sqlite.close();
  return {
    units: unitIds.length,
    provinces: provinceCount,
    obligations: obligationIds.length,
    tasks: taskCount,
    taskIdCollisions: collisions,
    seedMs: performance.now() - t0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Baseline planner: the obvious per-unit approach.

interface NaiveUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  successorId: string | null;
  province: string;
}
interface NaiveRow {
  id: string;
  obligationId: string;
  occurrence: number;
  due: string | null;
  status: string;
  action: string;
  deadlineText: string;
  deadlineKind: string;
  section: string;
  documentId: string;
  passageId: string;
  documentTitle: string;
}
type Head = { platform: PlannedMessage["platform"]; userId: string };

/**
 * For each unit: one SQL query for its tasks (joined with obligation and document), then the stage of each task
 * and a message per head, with the same rules as the planner (successors, board fallback, escalation).
 */
function naivePlan(
  db: Db,
  now: Date,
  policy: ReminderPolicy,
): { messages: PlannedMessage[]; unreminded: string[] } {
  const sqlite = db.$client;
  const slot = nextWorkingSlot(now, policy.working);
  const day = calendarDay(slot, policy.working.timeZone);
  const notBefore = slot.toISOString();
  const unitRows = sqlite
    .prepare(
      "SELECT id, name, kind, parent_id AS parentId, successor_id AS successorId, province FROM units ORDER BY id",
    )
    .all() as NaiveUnit[];
  const units = new Map(unitRows.map((u) => [u.id, u]));
  const heads = new Map<string, Head[]>();
  for (const m of sqlite
    .prepare(
      "SELECT platform, user_id AS userId, unit_id AS unitId FROM members WHERE role = 'head' ORDER BY id",
    )
    .all() as (Head & { unitId: string })[]) {
    if (m.platform === "web") continue;
    const list = heads.get(m.unitId) ?? [];
    list.push({ platform: m.platform, userId: m.userId });
    heads.set(m.unitId, list);
  }
  const holderOf = (unit: NaiveUnit) => {
    let current = unit;
    const seen = new Set([unit.id]);
    for (let next = units.get(current.successorId ?? ""); next && !seen.has(next.id); ) {
      seen.add(next.id);
      current = next;
      next = units.get(current.successorId ?? "");
    }
    return current;
  };
  const boards = new Map<string, NaiveUnit | undefined>();
  const boardOf = (province: string) => {
    const key = foldKeepingOffsets(province);
    if (!boards.has(key))
      boards.set(
        key,
        unitRows.find(
          (u) =>
            u.kind === "provincial_board" &&
            foldKeepingOffsets(u.province) === key &&
            /ban to chuc/.test(foldKeepingOffsets(u.name)),
        ),
      );
    return boards.get(key);
  };
  const headsFor = (unit: NaiveUnit) => {
    const holder = holderOf(unit);
    const own = heads.get(holder.id) ?? [];
    if (own.length > 0) return { members: own, fallback: false };
    const board = boardOf(holder.province);
    return { members: board ? (heads.get(board.id) ?? []) : [], fallback: true };
  };
  const tasksOf = sqlite.prepare(
    `SELECT t.id, t.obligation_id AS obligationId, t.occurrence, t.due, t.status, o.action,
       o.deadline_text AS deadlineText, o.deadline_kind AS deadlineKind, o.section, o.document_id AS documentId,
       o.passage_id AS passageId, COALESCE(d.title, o.document_id) AS documentTitle
     FROM tasks t JOIN obligations o ON o.id = t.obligation_id LEFT JOIN documents d ON d.id = o.document_id
     WHERE t.unit_id = ? AND t.removed_at IS NULL`,
  );
  const messages: PlannedMessage[] = [];
  const unreminded: string[] = [];
  for (const unit of unitRows) {
    const holder = holderOf(unit);
    for (const row of tasksOf.all(unit.id) as NaiveRow[]) {
      if (row.status === "done") continue;
      const stage = stageOf(row, day, policy);
      if (!stage) continue;
      const task = naiveView(row, unit, holder, day);
      const address = (stageName: string, kind: PlannedMessage["kind"], members: Head[], note: string) => {
        for (const m of members)
          messages.push({
            ...reminderMessage(task, stage.daysLeft, m.userId, note),
            dedupeKey: `${row.id}|${row.occurrence}|${stageName}|${m.platform}:${m.userId}`,
            kind,
            taskId: row.id,
            platform: m.platform,
            notBefore,
          });
      };
      const { members, fallback } = headsFor(unit);
      if (members.length === 0) unreminded.push(row.id);
      const note = fallback
        ? `(Đơn vị ${holder.name} chưa có người nhận nhắc việc; báo để Ban Tổ chức đôn đốc.)`
        : "";
      address(stage.stage, "reminder", members, note);
      if (-stage.daysLeft > policy.escalateAfterDays) {
        const parent = holder.parentId ? units.get(holder.parentId) : undefined;
        const escalation = `Báo cáo cấp trên (${parent?.name ?? "đơn vị cấp trên"}): nhiệm vụ của ${holder.name} quá hạn hơn ${policy.escalateAfterDays} ngày.`;
        address("escalate", "escalation", parent ? headsFor(parent).members : [], escalation);
      }
    }
  }
  return { messages, unreminded };
}

function naiveView(row: NaiveRow, unit: NaiveUnit, holder: NaiveUnit, day: string): TaskView {
  return {
    id: row.id,
    obligationId: row.obligationId,
    unitId: unit.id,
    unitName: unit.name,
    action: row.action,
    due: row.due,
    status: row.due !== null && day > row.due ? "overdue" : (row.status as TaskView["status"]),
    deadlineText: row.deadlineText,
    documentTitle: row.documentTitle,
    section: row.section,
    documentId: row.documentId,
    passageId: row.passageId,
    deadlineKind: row.deadlineKind as TaskView["deadlineKind"],
    recurrence: null,
    occurrence: row.occurrence,
    outcome: null,
    doneAt: null,
    doneBy: null,
    note: null,
    currentUnitId: holder.id,
    currentUnitName: holder.name,
  };
}

/** The obvious hand-written insert: one prepared statement, one transaction. */
function naiveEnqueue(db: Db, messages: readonly PlannedMessage[], now: Date): number {
  const insert = db.$client.prepare(
    `INSERT INTO outbox (dedupe_key, kind, task_id, platform, chat_id, text, buttons, hints, not_before, status,
      created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT DO NOTHING`,
  );
  const createdAt = now.toISOString();
  let inserted = 0;
  db.$client.transaction(() => {
    for (const m of messages)
      inserted += insert.run(
        m.dedupeKey,
        m.kind,
        m.taskId,
        m.platform,
        m.chatId,
        m.text,
        JSON.stringify(m.buttons),
        JSON.stringify(m.hints),
        m.notBefore,
        createdAt,
      ).changes;
  })();
  return inserted;
}

// ---------------------------------------------------------------------------------------------------------------
// Planning workers (child processes).

interface PlanningResult {
  variant: string;
  planMs: number;
  enqueueMs: number;
  totalMs: number;
  messages: number;
  escalations: number;
  inserted: number;
  unreminded: number;
  rssBeforeMb: number;
  peakRssMb: number;
  rssGrowthMb: number;
  retainedHeapMb: number;
  digest: string;
  breakdown?: Record<string, number>;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const memory = () => process.memoryUsage();
const peakRss = () => process.resourceUsage().maxRSS * 1024;

function digestOf(messages: readonly PlannedMessage[]): string {
  const lines = messages.map((m) => `${m.dedupeKey}\t${m.kind}\t${m.notBefore}\t${m.text}`).sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}

function planningWorker(variant: "engine" | "baseline", file: string): PlanningResult {
  const db = openDatabase(file);
  gc();
  const before = memory();
  const t0 = performance.now();
  const plan = variant === "engine" ? planReminders(db, PLAN_AT, POLICY) : naivePlan(db, PLAN_AT, POLICY);
  const planMs = performance.now() - t0;
  const peakAfterPlan = peakRss();
  gc();
  const retainedHeap = memory().heapUsed - before.heapUsed;
  const t1 = performance.now();
  const inserted =
    variant === "engine" ? enqueue(db, plan.messages, PLAN_AT) : naiveEnqueue(db, plan.messages, PLAN_AT);
  const enqueueMs = performance.now() - t1;
  const peak = Math.max(peakAfterPlan, peakRss());
  const result: PlanningResult = {
    variant,
    planMs,
    enqueueMs,
    totalMs: planMs + enqueueMs,
    messages: plan.messages.length,
    escalations: plan.messages.filter((m) => m.kind === "escalation").length,
    inserted,
    unreminded: plan.unreminded.length,
    rssBeforeMb: before.rss / MB,
    peakRssMb: peak / MB,
    rssGrowthMb: (peak - before.rss) / MB,
    retainedHeapMb: retainedHeap / MB,
    digest: digestOf(plan.messages),
  };
  db.$client.close();
  return result;
}

/**
 * Where the planner's time goes, in a fresh process (read only). The SELECTs are timed first, each on a clean heap
 * with its result dropped; then listTasks and the planner's later steps on its views. "What if" rows are not our
 * code: the same data fetched other ways, to show what the time depends on.
 */
function profileWorker(file: string): Record<string, number> {
  const db = openDatabase(file);
  const sqlite = db.$client;
  const day = calendarDay(nextWorkingSlot(PLAN_AT, POLICY.working), POLICY.working.timeZone);
  const time = <T>(fn: () => T): [T, number] => {
    gc();
    const t0 = performance.now();
    const value = fn();
    return [value, performance.now() - t0];
  };
  const count = (fn: () => unknown[]) => time(() => fn().length);
  const [tasks, selectDrizzleMs] = count(() =>
    db.select().from(tasksTable).orderBy(asc(tasksTable.id)).all(),
  );
  const [, selectRawMs] = count(() => sqlite.prepare("SELECT * FROM tasks ORDER BY id").all());
  const [, selectUnorderedMs] = count(() => sqlite.prepare("SELECT * FROM tasks").all());
  const [, selectColumnsMs] = count(() =>
    sqlite.prepare("SELECT id, obligation_id, unit_id, occurrence, due, status FROM tasks").all(),
  );
  // Only tasks that can be in a stage: not done, due between the last overdue round and the first lead day.
  const from = addDays(day, -POLICY.overdueEveryDays * POLICY.overdueMax);
  const to = addDays(day, Math.max(...POLICY.leadDays));
  const [candidates, selectCandidatesMs] = count(() =>
    sqlite
      .prepare(
        `SELECT id, obligation_id, unit_id, occurrence, due, status FROM tasks
         WHERE removed_at IS NULL AND status <> 'done' AND due BETWEEN ? AND ?`,
      )
      .all(from, to),
  );
  const doneAts = (
    sqlite.prepare("SELECT done_at AS doneAt FROM tasks WHERE status = 'done'").all() as {
      doneAt: string | null;
    }[]
  ).map((r) => r.doneAt);
  const [, doneDayMs] = time(() => {
    let n = 0;
    for (const doneAt of doneAts) n += calendarDay(new Date(doneAt ?? 0)).length;
    return n;
  });
  const [views, listTasksMs] = time(() => listTasks(db, { today: day }));
  const ordinal = new Map(listObligations(db).map((o, i) => [o.id, i]));
  const withOrdinal = views.map((v) => ({ due: v.due, ordinal: ordinal.get(v.obligationId) ?? 0 }));
  const [, sortLocaleMs] = time(() =>
    [...withOrdinal].sort(
      (a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.ordinal - b.ordinal,
    ),
  );
  const [, sortPlainMs] = time(() =>
    [...withOrdinal].sort((a, b) => {
      const [x, y] = [a.due ?? "9999", b.due ?? "9999"];
      return x < y ? -1 : x > y ? 1 : a.ordinal - b.ordinal;
    }),
  );
  const [recipients, recipientsMs] = time(() => Recipients.load(db));
  const [staged, stageMs] = time(() =>
    views.flatMap((t) => {
      if (t.status === "done") return [];
      const stage = stageOf(t, day, POLICY);
      return stage ? [{ task: t, stage }] : [];
    }),
  );
  const [, messagesMs] = time(() => {
    let n = 0;
    for (const { task, stage } of staged) {
      for (const m of recipients.headsFor(task.unitId).members)
        n += reminderMessage(task, stage.daysLeft, m.userId).text.length;
      if (-stage.daysLeft > POLICY.escalateAfterDays)
        for (const m of recipients.parentHeadsFor(task.unitId).members)
          n += reminderMessage(task, stage.daysLeft, m.userId).text.length;
    }
    return n;
  });
  sqlite.close();
  return {
    tasks,
    candidates,
    inStage: staged.length,
    listTasksMs,
    selectDrizzleMs,
    doneDayMs,
    sortLocaleMs,
    restMs: listTasksMs - selectDrizzleMs - doneDayMs - sortLocaleMs,
    recipientsMs,
    stageMs,
    messagesMs,
    selectRawMs,
    selectUnorderedMs,
    selectColumnsMs,
    selectCandidatesMs,
    sortPlainMs,
  };
}

/** Set by `--cpu-prof DIR`: each planning worker writes a V8 CPU profile there. */
let cpuProfileDir: string | undefined;

function runWorker<T>(phase: string, file: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
    const child = fork(fileURLToPath(import.meta.url), ["--worker", phase, "--db", file], {
      execArgv: [...process.execArgv, "--expose-gc", ...profile],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: T | undefined;
    child.on("message", (message) => {
      result = message as T;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      result === undefined ? reject(new Error(`${phase} worker exited with ${code}`)) : resolve(result),
    );
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Dispatch.

interface DispatchResult {
  variant: string;
  messages: number;
  chats: number;
  wallMs: number;
  messagesPerSecond: number;
  pacingLimitPerSecond: number;
  shareOfLimit: number;
  http429: number;
  http429PerChat: number;
  http429Global: number;
  retried: number;
  sent: number;
  dead: number;
  dispatchRounds: number;
  serverAccepted: number;
}

/** `count` reminders over `chats` chats: message i goes to chat i mod chats (or chat by chat with `grouped`). */
function syntheticMessages(count: number, chats: number, grouped: boolean, now: Date): PlannedMessage[] {
  const perChat = Math.ceil(count / chats);
  return Array.from({ length: count }, (_, i) => {
    const chat = grouped ? Math.floor(i / perChat) : i % chats;
    const task = {
      id: `t${i.toString(16).padStart(8, "0")}`,
      unitId: `u${chat}`,
      unitName: `Đảng ủy xã ${chat + 1}`,
      currentUnitId: `u${chat}`,
      currentUnitName: `Đảng ủy xã ${chat + 1}`,
      action: `Nhiệm vụ số ${i + 1}: tổ chức quán triệt, triển khai thực hiện và báo cáo kết quả về Ban Thường vụ Tỉnh ủy.`,
      due: "2025-03-15",
      deadlineText: "trước ngày 15/3/2025",
      documentTitle: "Kết luận số 99-KL/TU của Ban Thường vụ Tỉnh ủy",
      section: "Mục 2, khoản 3",
    } as TaskView;
    return {
      ...reminderMessage(task, 3, String(100_000 + chat)),
      dedupeKey: `${task.id}|1|lead-3|telegram:${100_000 + chat}`,
      kind: "reminder" as const,
      taskId: task.id,
      platform: "telegram" as const,
      notBefore: now.toISOString(),
    };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function dispatchRun(
  variant: "engine" | "baseline",
  options: { messages: number; chats: number; grouped: boolean; dir: string },
): Promise<DispatchResult> {
  const db = openDatabase(path.join(options.dir, `outbox-${variant}.db`));
  const server = await new FakeTelegramServer().start();
  server.enforceLimits(SERVER_LIMITS);
  const notifier = new TelegramNotifier({ token: server.token, apiRoot: server.apiRoot });
  const now = new Date();
  enqueue(db, syntheticMessages(options.messages, options.chats, options.grouped, now), now);
  const pacer = variant === "engine" ? new Pacer(PACER_LIMITS) : new Pacer({ perChatMs: 0, perSecond: 1e9 });
  const nextDue = db.$client.prepare(
    `SELECT MIN(CASE status WHEN 'pending' THEN not_before ELSE lease_until END) AS at
     FROM outbox WHERE status IN ('pending', 'sending')`,
  );
  let retried = 0;
  let rounds = 0;
  const t0 = performance.now();
  try {
    for (;;) {
      const stats = await dispatchOnce(db, { telegram: notifier }, { pacer });
      retried += stats.retried;
      rounds++;
      const { at } = nextDue.get() as { at: string | null };
      if (!at) break;
      await sleep(Math.max(0, Date.parse(at) - Date.now()) + 1);
    }
  } finally {
    await server.close();
  }
  const wallMs = performance.now() - t0;
  const counts = db.$client
    .prepare(
      "SELECT SUM(status = 'sent') AS sent, SUM(status = 'dead') AS dead, COUNT(*) AS total FROM outbox",
    )
    .get() as { sent: number; dead: number; total: number };
  db.$client.close();
  const perChat = Math.ceil(options.messages / options.chats);
  // The fastest the pacing allows: 25/s overall, and a chat's messages at least a second apart.
  const floorSeconds = Math.max(
    options.messages / PACER_LIMITS.perSecond,
    ((perChat - 1) * PACER_LIMITS.perChatMs) / 1000,
  );
  const pacingLimit = options.messages / floorSeconds;
  const messagesPerSecond = counts.sent / (wallMs / 1000);
  return {
    variant,
    messages: counts.total,
    chats: options.chats,
    wallMs,
    messagesPerSecond,
    pacingLimitPerSecond: pacingLimit,
    shareOfLimit: messagesPerSecond / pacingLimit,
    http429: server.rateLimitedTotal,
    http429PerChat: server.rateLimited.perChat,
    http429Global: server.rateLimited.global,
    retried,
    sent: counts.sent,
    dead: counts.dead,
    dispatchRounds: rounds,
    serverAccepted: server.sent.length,
  };
}

// ---------------------------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printPlanning(seedInfo: SeedInfo, engine: PlanningResult, baseline: PlanningResult) {
  const b = engine.breakdown ?? {};
  console.log(
    `\n### Planning: ${fmt(seedInfo.units)} units × ${seedInfo.obligations} tasks = ${fmt(seedInfo.tasks)} tasks` +
      ` (${seedInfo.provinces} provinces; seeded in ${fmt(seedInfo.seedMs / 1000, 1)} s), day ${calendarDay(PLAN_AT)}`,
  );
  console.log(
    `taskId collisions while seeding: ${seedInfo.taskIdCollisions} (32-bit ids; the second of each pair got a suffixed id)\n`,
  );
  console.log("| planning | engine (planReminders + enqueue) | baseline (per-unit SQL + raw INSERT) |");
  console.log("|---|---:|---:|");
  const rows: [string, (r: PlanningResult) => string][] = [
    ["plan (ms)", (r) => fmt(r.planMs)],
    ["enqueue (ms)", (r) => fmt(r.enqueueMs)],
    ["plan + enqueue (ms)", (r) => fmt(r.totalMs)],
    ["messages planned", (r) => fmt(r.messages)],
    ["… of which escalations", (r) => fmt(r.escalations)],
    ["rows inserted", (r) => fmt(r.inserted)],
    ["tasks unreminded (no head)", (r) => fmt(r.unreminded)],
    ["RSS at start (MB)", (r) => fmt(r.rssBeforeMb)],
    ["peak RSS (MB)", (r) => fmt(r.peakRssMb)],
    ["RSS growth to peak (MB)", (r) => fmt(r.rssGrowthMb)],
    ["heap retained by the plan (MB)", (r) => fmt(r.retainedHeapMb)],
    ["messages digest", (r) => r.digest],
  ];
  for (const [label, get] of rows) console.log(`| ${label} | ${get(engine)} | ${get(baseline)} |`);
  const same =
    engine.digest === baseline.digest ? "identical messages" : "DIFFERENT messages (check the baseline)";
  console.log(`\nbaseline vs engine: ${same}`);
  const verdict =
    engine.planMs <= PLANNING_TARGET_MS
      ? `MET (${fmt(engine.planMs)} ms ≤ ${PLANNING_TARGET_MS} ms)`
      : `MISSED: planReminders took ${fmt(engine.planMs)} ms, over the ${PLANNING_TARGET_MS} ms target by ${fmt(engine.planMs - PLANNING_TARGET_MS)} ms`;
  console.log(`planning target (< 2 s): ${verdict}`);
  console.log(
    `\nWhere planReminders' time goes (fresh process, each part alone; ${fmt(b.tasks ?? 0)} tasks, ` +
      `${fmt(b.candidates ?? 0)} could be in a stage, ${fmt(b.inStage ?? 0)} are):\n`,
  );
  console.log("| part | ms |\n|---|---:|");
  const parts: [string, string][] = [
    ["listTasks: every task as a view", "listTasksMs"],
    ["… SELECT * FROM tasks ORDER BY id through drizzle", "selectDrizzleMs"],
    ["… calendarDay(doneAt) of each done task", "doneDayMs"],
    ["… sort by due with localeCompare", "sortLocaleMs"],
    ["… the rest: views, currentUnit, filter, copies", "restMs"],
    ["Recipients.load", "recipientsMs"],
    ["stageOf over the views not done", "stageMs"],
    ["messages: headsFor + reminderMessage", "messagesMs"],
    ["what if: the same SELECT through better-sqlite3", "selectRawMs"],
    ["what if: … without ORDER BY id", "selectUnorderedMs"],
    ["what if: … only the 6 columns planning needs", "selectColumnsMs"],
    ["what if: … only tasks that can be in a stage (SQL WHERE)", "selectCandidatesMs"],
    ["what if: sort with < instead of localeCompare", "sortPlainMs"],
  ];
  for (const [label, key] of parts) console.log(`| ${label} | ${fmt(b[key] ?? Number.NaN)} |`);
}

function printDispatch(engine: DispatchResult, baseline: DispatchResult, grouped: boolean) {
  console.log(
    `\n### Dispatch: ${engine.messages} messages to ${engine.chats} chats (${grouped ? "chat by chat" : "interleaved"}),` +
      ` fake Telegram limits ${SERVER_LIMITS.perChatPerSecond}/s per chat, ${SERVER_LIMITS.globalPerSecond}/s overall\n`,
  );
  console.log(
    `| dispatch | engine (Pacer ${1000 / PACER_LIMITS.perChatMs}/s per chat, ${PACER_LIMITS.perSecond}/s) | baseline (no pacing) |`,
  );
  console.log("|---|---:|---:|");
  const rows: [string, (r: DispatchResult) => string][] = [
    ["wall time (s)", (r) => fmt(r.wallMs / 1000, 1)],
    ["messages/s", (r) => fmt(r.messagesPerSecond, 1)],
    ["pacing limit (msg/s)", (r) => fmt(r.pacingLimitPerSecond, 1)],
    ["share of the pacing limit", (r) => `${fmt(r.shareOfLimit * 100)} %`],
    ["429s received", (r) => fmt(r.http429)],
    ["… per-chat / global", (r) => `${fmt(r.http429PerChat)} / ${fmt(r.http429Global)}`],
    ["rows rescheduled", (r) => fmt(r.retried)],
    ["sent rows", (r) => fmt(r.sent)],
    ["dead rows", (r) => fmt(r.dead)],
    ["dispatchOnce calls", (r) => fmt(r.dispatchRounds)],
  ];
  for (const [label, get] of rows) console.log(`| ${label} | ${get(engine)} | ${get(baseline)} |`);
  const verdict = engine.http429 === 0 ? "MET" : `MISSED (${engine.http429} × 429)`;
  console.log(
    `\ndispatch target (zero 429s): ${verdict}; throughput ${fmt(engine.shareOfLimit * 100)} % of the pacing limit`,
  );
}

async function main() {
  const opts = new Command()
    .option("--units <n>", "units in the synthetic registry", (v) => Number.parseInt(v, 10), 10_000)
    .option("--tasks-per-unit <m>", "obligations, hence tasks per unit", (v) => Number.parseInt(v, 10), 50)
    .option("--messages <n>", "messages to dispatch", (v) => Number.parseInt(v, 10), 600)
    .option("--chats <m>", "chats they go to", (v) => Number.parseInt(v, 10), 200)
    .option("--grouped", "enqueue each chat's messages together instead of interleaved")
    .option("--skip-planning", "dispatch only")
    .option("--skip-dispatch", "planning only")
    .option("--json", "print one JSON object as the last line")
    .option("--cpu-prof <dir>", "write a V8 CPU profile of each planning worker into this folder")
    .addOption(new Option("--worker <phase>").hideHelp())
    .addOption(new Option("--db <file>").hideHelp())
    .parse()
    .opts<{
      units: number;
      tasksPerUnit: number;
      messages: number;
      chats: number;
      grouped?: boolean;
      skipPlanning?: boolean;
      skipDispatch?: boolean;
      json?: boolean;
      worker?: string;
      db?: string;
      cpuProf?: string;
    }>();
  cpuProfileDir = opts.cpuProf;

  if (opts.worker && opts.db) {
    const result =
      opts.worker === "profile"
        ? profileWorker(opts.db)
        : planningWorker(opts.worker === "engine" ? "engine" : "baseline", opts.db);
    await new Promise<void>((resolve) => process.send?.(result, () => resolve()));
    return;
  }

  const dir = mkdtempSync(path.join(tmpdir(), "troly-bench-reminders-"));
  const output: Record<string, unknown> = {};
  try {
    if (!opts.skipPlanning) {
      const seedFile = path.join(dir, "seed.db");
      const seedInfo = seed(seedFile, opts.units, opts.tasksPerUnit);
      const copy = (name: string) => {
        const file = path.join(dir, name);
        copyFileSync(seedFile, file);
        return file;
      };
      const engine = await runWorker<PlanningResult>("engine", copy("engine.db"));
      const baseline = await runWorker<PlanningResult>("baseline", copy("baseline.db"));
      engine.breakdown = await runWorker<Record<string, number>>("profile", seedFile);
      printPlanning(seedInfo, engine, baseline);
      const { units, tasks, taskIdCollisions, seedMs } = seedInfo;
      const size = { units, tasks, taskIdCollisions, seedMs };
      output.planning = { engine: { ...size, ...engine }, baseline: { ...size, ...baseline } };
    }
    if (!opts.skipDispatch) {
      const run = { messages: opts.messages, chats: opts.chats, grouped: Boolean(opts.grouped), dir };
      const engine = await dispatchRun("engine", run);
      const baseline = await dispatchRun("baseline", run);
      printDispatch(engine, baseline, run.grouped);
      output.dispatch = { engine, baseline };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (opts.json) console.log(JSON.stringify(output));
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
