/**
 * Planning workers: each variant plans and enqueues in its own child process (entry `worker.ts`) on its own copy of
 * the database, so its peak RSS is its own.
 */
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../../src/db/open-database.ts";
import { enqueue, type PlannedMessage, planReminders } from "../../src/reminders/reminder-planner.ts";
import { naiveEnqueue, naivePlan } from "./naive-planner.ts";
import { MB, PLAN_AT, POLICY } from "./settings.ts";

export interface PlanningResult {
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

export const gc = () => (globalThis as { gc?: () => void }).gc?.();
const memory = () => process.memoryUsage();
const peakRss = () => process.resourceUsage().maxRSS * 1024;

export function digestOf(messages: readonly PlannedMessage[]): string {
  const lines = messages.map((m) => `${m.dedupeKey}\t${m.kind}\t${m.notBefore}\t${m.text}`).sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}

export function planningWorker(variant: "engine" | "baseline", file: string): PlanningResult {
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

/** The child processes' entry: it runs one phase and sends its result back. */
const WORKER_ENTRY = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** Runs `phase` in a child process with `--expose-gc`; with `cpuProfileDir`, it writes a V8 CPU profile there. */
export function runWorker<T>(phase: string, file: string, cpuProfileDir?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
    const child = fork(WORKER_ENTRY, ["--worker", phase, "--db", file], {
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
