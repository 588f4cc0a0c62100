/**
 * The PostgreSQL side of the reminder benchmark (`--database-url`), with SQLite side by side in the same run:
 *
 * - planning: the synthetic registry seeded for the SQLite run, copied into a fresh PostgreSQL database with
 *   `copyToPostgres` (timed: what `troly db migrate-to-postgres` costs), then planned through the PostgreSQL
 *   PlanningSource and enqueued through its outbox port. Its digest must equal the SQLite engine's.
 * - dispatch: `instances` dispatchers (each its own pool, or its own SQLite connection) drain one outbox of N
 *   reminders to the fake Bot API with its limits on; throughput, p95 claim latency and duplicates (must be 0).
 *   The dispatchers run in this process (one event loop), so the figures bound what separate processes get.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { TelegramNotifier } from "../../src/channels/telegram/telegram-notifier.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import type { OutboxRepository } from "../../src/db/outbox-repository.ts";
import { copyToPostgres } from "../../src/db/postgres/copy-to-postgres.ts";
import { openPostgres } from "../../src/db/postgres/open-postgres.ts";
import { pgOutbox } from "../../src/db/postgres/pg-outbox.ts";
import { sqliteOutbox } from "../../src/db/sqlite-outbox.ts";
import { dispatchOnce } from "../../src/reminders/outbox-dispatcher.ts";
import { Pacer } from "../../src/reminders/pacer.ts";
import { pgPlanningSource } from "../../src/reminders/planning-source.ts";
import { planRemindersFrom } from "../../src/reminders/reminder-planner.ts";
import { FakeTelegramServer } from "../../test/channels/fake-telegram-server.ts";
import { syntheticMessages } from "./dispatch.ts";
import { digestOf } from "./planning.ts";
import { PLAN_AT, POLICY } from "./settings.ts";

/** A new database on the server of `url` for one measurement, dropped afterwards (the URL's own is never touched). */
export async function benchDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `troly_bench_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface PgPlanningResult {
  copyMs: number;
  planMs: number;
  enqueueMs: number;
  totalMs: number;
  messages: number;
  inserted: number;
  digest: string;
}

export async function pgPlanning(url: string, seedFile: string): Promise<PgPlanningResult> {
  const bench = await benchDatabase(url);
  const source = openDatabase(seedFile);
  const db = await openPostgres(bench.url);
  try {
    const t0 = performance.now();
    await copyToPostgres(source, db);
    const copyMs = performance.now() - t0;
    const t1 = performance.now();
    const plan = await planRemindersFrom(pgPlanningSource(db), PLAN_AT, POLICY);
    const planMs = performance.now() - t1;
    const t2 = performance.now();
    const inserted = await pgOutbox(db).enqueue(plan.messages, PLAN_AT.toISOString());
    const enqueueMs = performance.now() - t2;
    return {
      copyMs,
      planMs,
      enqueueMs,
      totalMs: planMs + enqueueMs,
      messages: plan.messages.length,
      inserted,
      digest: digestOf(plan.messages),
    };
  } finally {
    source.$client.close();
    await db.$client.end();
    await bench.drop();
  }
}

export interface MultiDispatchResult {
  backend: "sqlite" | "postgres";
  instances: number;
  messages: number;
  wallMs: number;
  messagesPerSecond: number;
  claims: number;
  claimP50Ms: number;
  claimP95Ms: number;
  sent: number;
  duplicates: number;
  http429: number;
  perInstanceSent: number[];
}

/** Wraps a port so every claim's latency is recorded. */
function timed(outbox: OutboxRepository, latencies: number[]): OutboxRepository {
  return {
    ...outbox,
    async claim(request) {
      const t0 = performance.now();
      try {
        return await outbox.claim(request);
      } finally {
        latencies.push(performance.now() - t0);
      }
    },
  };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

export async function multiDispatch(options: {
  backend: "sqlite" | "postgres";
  url: string | null;
  dir: string;
  instances: number;
  messages: number;
  chats: number;
  limits: { perChatPerSecond: number; globalPerSecond: number };
}): Promise<MultiDispatchResult> {
  const { backend, instances } = options;
  const file = path.join(options.dir, `multi-${backend}-${instances}.db`);
  const seedDb = openDatabase(file);
  const now = new Date();
  const messages = syntheticMessages(seedDb, options.messages, options.chats, false, now);
  const bench = backend === "postgres" ? await benchDatabase(options.url as string) : null;
  const ports: { outbox: OutboxRepository; close(): Promise<void> }[] = [];
  for (let i = 0; i < instances; i++) {
    if (bench) {
      const db = await openPostgres(bench.url, { max: 4 });
      if (i === 0) await copyToPostgres(seedDb, db);
      ports.push({ outbox: pgOutbox(db), close: () => db.$client.end() });
    } else {
      // Another connection to the same file: what another process on the same machine has.
      const db = i === 0 ? seedDb : openDatabase(file);
      ports.push({
        outbox: sqliteOutbox(db),
        close: async () => {
          db.$client.close();
        },
      });
    }
  }
  await ports[0]?.outbox.enqueue(messages, now.toISOString());
  const server = await new FakeTelegramServer().start();
  server.enforceLimits(options.limits);
  const latencies: number[] = [];
  // Each instance paces itself to its share of the bot's budget (80 % of it), a chat's messages 1.1 s apart.
  const perSecond = (options.limits.globalPerSecond * 0.8) / instances;
  const remaining = async (outbox: OutboxRepository) =>
    (await outbox.list("pending")).length + (await outbox.list("sending")).length;
  const t0 = performance.now();
  const perInstanceSent = await Promise.all(
    ports.map(async ({ outbox }) => {
      const notifier = new TelegramNotifier({ token: server.token, apiRoot: server.apiRoot });
      const pacer = new Pacer({ perChatMs: 1100, perSecond });
      let sent = 0;
      for (;;) {
        const stats = await dispatchOnce(
          timed(outbox, latencies),
          { telegram: notifier },
          { pacer, batch: 200 },
        );
        sent += stats.sent;
        if (stats.sent + stats.retried + stats.dead + stats.cancelled > 0) continue;
        if ((await remaining(outbox)) === 0) return sent;
        await new Promise((r) => setTimeout(r, 250));
      }
    }),
  );
  const wallMs = performance.now() - t0;
  await server.close();
  const keys = server.sent.map((m) => `${m.chat_id}|${m.text}`);
  const result: MultiDispatchResult = {
    backend,
    instances,
    messages: messages.length,
    wallMs,
    messagesPerSecond: keys.length / (wallMs / 1000),
    claims: latencies.length,
    claimP50Ms: quantile(latencies, 0.5),
    claimP95Ms: quantile(latencies, 0.95),
    sent: perInstanceSent.reduce((a, b) => a + b, 0),
    duplicates: keys.length - new Set(keys).size,
    http429: server.rateLimitedTotal,
    perInstanceSent,
  };
  for (const port of ports) await port.close();
  if (bench) {
    seedDb.$client.close();
    await bench.drop();
  }
  return result;
}
