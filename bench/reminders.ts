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
 *
 * The parts live in bench/reminders/: the synthetic registry (`seed-registry.ts`, `registry-shape.ts`), the
 * baseline (`naive-planner.ts`), the planning child processes (`planning.ts`, `profile.ts`, entry `worker.ts`),
 * dispatch (`dispatch.ts`) and the tables (`report.ts`).
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { dispatchRun } from "./reminders/dispatch.ts";
import { type PlanningResult, runWorker } from "./reminders/planning.ts";
import { printDispatch, printPlanning } from "./reminders/report.ts";
import { seed } from "./reminders/seed-registry.ts";

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
      cpuProf?: string;
    }>();

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
      const engine = await runWorker<PlanningResult>("engine", copy("engine.db"), opts.cpuProf);
      const baseline = await runWorker<PlanningResult>("baseline", copy("baseline.db"), opts.cpuProf);
      engine.breakdown = await runWorker<Record<string, number>>("profile", seedFile, opts.cpuProf);
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
