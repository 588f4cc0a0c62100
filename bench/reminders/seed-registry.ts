/** The synthetic database (real migrations): one document, M obligations, N units with a head each, N × M tasks. */
import { performance } from "node:perf_hooks";
import { openDatabase } from "../../src/db/open-database.ts";
import { calendarDay } from "../../src/obligations/calendar-day.ts";
import { taskId } from "../../src/obligations/task-table.ts";
import { nextWorkingSlot } from "../../src/reminders/working-calendar.ts";
import { KIND_CYCLE, KIND_NAMES, type ObligationSpec, PROVINCES, SPECS } from "./registry-shape.ts";
import { addDays, PLAN_AT, POLICY } from "./settings.ts";

/** A deterministic pseudo-random number in [0, 1) for an integer (a 32-bit integer hash). */
function unitRandom(n: number): number {
  let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}

export interface SeedInfo {
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
export function seed(file: string, unitCount: number, perUnit: number): SeedInfo {
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
