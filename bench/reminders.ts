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
 * With `--database-url postgres://…` (a server where that user may CREATE DATABASE; each measurement gets a fresh
 * database, dropped afterwards), also: the same planning on PostgreSQL, and 2 and 4 dispatcher instances draining
 * `--scale-messages` reminders on SQLite and on PostgreSQL (`postgres.ts`).
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
import { multiDispatch, pgPlanning } from "./reminders/postgres.ts";
import { printDispatch, printMultiDispatch, printPgPlanning, printPlanning } from "./reminders/report.ts";
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
    .option("--database-url <url>", "also measure PostgreSQL (fresh databases on this server)")
    .option(
      "--scale-messages <n>",
      "reminders drained by several instances",
      (v) => Number.parseInt(v, 10),
      100_000,
    )
    .option("--scale-chats <n>", "chats they go to", (v) => Number.parseInt(v, 10), 20_000)
    .option(
      "--bot-per-second <n>",
      "fake Bot API limit overall for the scale run",
      (v) => Number.parseInt(v, 10),
      1000,
    )
    .option("--instances <list>", "dispatcher instance counts", "2,4")
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
      databaseUrl?: string;
      scaleMessages: number;
      scaleChats: number;
      botPerSecond: number;
      instances: string;
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
      if (opts.databaseUrl) {
        const postgres = await pgPlanning(opts.databaseUrl, copy("postgres.db"));
        printPgPlanning(engine, postgres);
        output.planningPostgres = postgres;
      }
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
    if (opts.databaseUrl) {
      const results = [];
      for (const instances of opts.instances.split(",").map(Number))
        for (const backend of ["sqlite", "postgres"] as const)
          results.push(
            await multiDispatch({
              backend,
              url: opts.databaseUrl,
              dir,
              instances,
              messages: opts.scaleMessages,
              chats: opts.scaleChats,
              limits: { perChatPerSecond: 1, globalPerSecond: opts.botPerSecond },
            }),
          );
      printMultiDispatch(results, opts.botPerSecond);
      output.scaleOut = results;
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
