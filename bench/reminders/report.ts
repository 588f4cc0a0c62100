/** The benchmark's Markdown tables and verdicts. */

import { calendarDay } from "../../src/obligations/calendar-day.ts";
import type { DispatchResult } from "./dispatch.ts";
import type { PlanningResult } from "./planning.ts";
import type { MultiDispatchResult, PgPlanningResult } from "./postgres.ts";
import type { SeedInfo } from "./seed-registry.ts";
import { PACER_LIMITS, PLAN_AT, PLANNING_TARGET_MS, SERVER_LIMITS } from "./settings.ts";

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function printPlanning(seedInfo: SeedInfo, engine: PlanningResult, baseline: PlanningResult) {
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

export function printDispatch(engine: DispatchResult, baseline: DispatchResult, grouped: boolean) {
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

export function printPgPlanning(engine: PlanningResult, postgres: PgPlanningResult) {
  console.log(`\n### Planning on PostgreSQL (same registry, same day)\n`);
  console.log("| planning | SQLite | PostgreSQL |");
  console.log("|---|---:|---:|");
  console.log(`| copy SQLite → PostgreSQL (s) | – | ${fmt(postgres.copyMs / 1000, 1)} |`);
  console.log(`| plan (ms) | ${fmt(engine.planMs)} | ${fmt(postgres.planMs)} |`);
  console.log(`| enqueue (ms) | ${fmt(engine.enqueueMs)} | ${fmt(postgres.enqueueMs)} |`);
  console.log(`| total (ms) | ${fmt(engine.totalMs)} | ${fmt(postgres.totalMs)} |`);
  console.log(`| messages | ${fmt(engine.messages)} | ${fmt(postgres.messages)} |`);
  console.log(`| plan digest | ${engine.digest} | ${postgres.digest} |`);
  console.log(`\nsame plan on both backends: ${engine.digest === postgres.digest ? "YES" : "NO"}`);
}

export function printMultiDispatch(results: MultiDispatchResult[], botPerSecond: number) {
  const first = results[0];
  if (!first) return;
  console.log(
    `\n### Several dispatchers: ${first.messages} reminders, fake Bot API limits 1/s per chat, ${botPerSecond}/s overall\n`,
  );
  console.log(
    "| backend | instances | wall (s) | messages/s | claims | p50 claim (ms) | p95 claim (ms) | 429s | duplicates | sent per instance |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const r of results)
    console.log(
      `| ${r.backend} | ${r.instances} | ${fmt(r.wallMs / 1000, 1)} | ${fmt(r.messagesPerSecond, 1)} | ${fmt(r.claims)} | ${fmt(r.claimP50Ms, 1)} | ${fmt(r.claimP95Ms, 1)} | ${fmt(r.http429)} | ${fmt(r.duplicates)} | ${r.perInstanceSent.join(" / ")} |`,
    );
}
