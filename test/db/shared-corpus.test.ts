import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { Conversation } from "../../src/bot/conversation.ts";
import { appUploadDesk } from "../../src/bot/upload-desk.ts";
import { AdminAuth } from "../../src/channels/web/admin-auth.ts";
import { appWebBackend } from "../../src/channels/web/web-backend.ts";
import { loadConfig } from "../../src/config/config.ts";
import { openPostgres, type PgDb } from "../../src/db/postgres/open-postgres.ts";
import * as pgs from "../../src/db/postgres/pg-schema.ts";
import { createLogger } from "../../src/logger.ts";
import { listTasks } from "../../src/obligations/task-list.ts";
import { setTaskStatus } from "../../src/obligations/task-table.ts";
import { importUnits } from "../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../src/obligations/units-csv.ts";
import { cliIn } from "../cli/run-cli.ts";
import { CORPUS, tempDir } from "../helpers.ts";
import { freshPgUrl, pgMissing } from "./pg-test-db.ts";

const UPLOAD = `---
id: tb-cho-dem-dong-van
title: "Thông báo kết luận về việc tổ chức chợ đêm phố cổ Đồng Văn"
kind: Thông báo
number: 12-TB/HU
issuer: Huyện ủy Đồng Văn
province: Hà Giang
issued_date: 2026-03-02
meeting_date: ""
signer: ""
signer_title: ""
---

1. Giao Ủy ban nhân dân huyện chủ trì tổ chức chợ đêm phố cổ Đồng Văn vào tối thứ Bảy hằng tuần, hoàn thành trước ngày 30/6/2026.
`;

async function countPg(pg: PgDb) {
  const n = async (
    table: typeof pgs.documents | typeof pgs.passages | typeof pgs.obligations | typeof pgs.tasks,
  ) => ((await pg.select({ n: count() }).from(table))[0] as { n: number }).n;
  return {
    documents: await n(pgs.documents),
    passages: await n(pgs.passages),
    obligations: await n(pgs.obligations),
    tasks: await n(pgs.tasks),
  };
}

describe.skipIf(pgMissing() && !process.env.CI)("the corpus in PostgreSQL (DATABASE_URL)", () => {
  it("troly ingest writes documents, passages, obligations and tasks to PostgreSQL, none to the SQLite file", async () => {
    const url = await freshPgUrl();
    const dataDir = tempDir();
    const troly = cliIn(dataDir, { DATABASE_URL: url, CORPUS_DIR: CORPUS });
    const ingest = await troly(["ingest", "--json"]);
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    expect(JSON.parse(ingest.stdout).added).toHaveLength(4);
    const units = await troly(["units", "import", path.join(CORPUS, "units.example.csv")]);
    expect(units.code).toBe(0);

    const pg = await openPostgres(url);
    try {
      const counts = await countPg(pg);
      expect(counts).toMatchObject({ documents: 4, passages: 84 });
      expect(counts.obligations).toBeGreaterThan(0);
      expect(counts.tasks).toBeGreaterThan(0);
    } finally {
      await pg.$client.end();
    }
    const file = new Database(path.join(dataDir, "troly.db"), { readonly: true });
    try {
      for (const table of ["documents", "passages", "obligations", "tasks", "units"])
        expect(file.prepare(`select count(*) as n from ${table}`).get(), table).toEqual({ n: 0 });
    } finally {
      file.close();
    }

    // Another data folder, same database: answers are cited from PostgreSQL's corpus, nothing is ingested again.
    const other = cliIn(tempDir(), { DATABASE_URL: url, CORPUS_DIR: tempDir() });
    const ask = await other(["ask", "--json", "Ai tham mưu ban hành các văn bản có liên quan?"]);
    expect(ask.code).toBe(0);
    const answer = JSON.parse(ask.stdout);
    expect(answer.citations[0]).toMatchObject({ passageId: "hy-kl-can-bo-tre-2024#3.3" });
    const again = await troly(["ingest", "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: [], updated: [], removed: [] });
  });

  it("reports a document PostgreSQL refuses and keeps it out of the copy, the index and the database", async () => {
    const url = await freshPgUrl();
    const pg = await openPostgres(url);
    try {
      // A server-side rule this document breaks: its write fails inside PostgreSQL, as a full disk or a lost
      // connection would.
      await pg.$client.query("alter table documents add constraint test_refused check (id <> 'bi-tu-choi')");
      const corpus = tempDir();
      cpSync(CORPUS, corpus, { recursive: true });
      writeFileSync(
        path.join(corpus, "bi-tu-choi.md"),
        UPLOAD.replaceAll("tb-cho-dem-dong-van", "bi-tu-choi"),
      );
      const troly = cliIn(tempDir(), { DATABASE_URL: url, CORPUS_DIR: corpus });
      const ingest = await troly(["ingest", "--json"]);
      const report = JSON.parse(ingest.stdout);
      expect(report.added).toHaveLength(4);
      expect(report.errors).toEqual([
        expect.objectContaining({
          file: "bi-tu-choi.md",
          message: expect.stringMatching(/could not be stored/),
        }),
      ]);
      expect(await countPg(pg)).toMatchObject({ documents: 4, passages: 84 });
      const ask = await troly(["ask", "--json", "Ai chủ trì tổ chức chợ đêm phố cổ Đồng Văn?"]);
      expect(JSON.parse(ask.stdout).citations.map((c: { documentId: string }) => c.documentId)).not.toContain(
        "bi-tu-choi",
      );
    } finally {
      await pg.$client.end();
    }
  });

  describe("two instances on one PostgreSQL", () => {
    let url = "";
    let a: App;
    let b: App;
    const open = (corpusDir: string) =>
      createApp(
        loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: corpusDir, DATABASE_URL: url, LOG_LEVEL: "silent" }),
        createLogger("silent"),
      );

    beforeAll(async () => {
      url = await freshPgUrl();
      const folder = () => {
        const corpus = tempDir();
        cpSync(CORPUS, corpus, { recursive: true });
        return corpus;
      };
      // Started together on an empty database: one builds the corpus, the other waits for its lock and finds it.
      [a, b] = await Promise.all([open(folder()), open(folder())]);
      for (const app of [a, b]) expect(app.index.documents.size).toBe(4);
      const pg = await openPostgres(url);
      try {
        expect(await countPg(pg)).toMatchObject({ documents: 4, passages: 84 });
      } finally {
        await pg.$client.end();
      }
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    it("answers on B a document uploaded on A once the corpus version changed", async () => {
      const question = "Ai chủ trì tổ chức chợ đêm phố cổ Đồng Văn?";
      const before = await b.answerer.answer(question);
      expect(before.citations.map((c) => c.documentId)).not.toContain("tb-cho-dem-dong-van");

      await appUploadDesk(a).saveDocument("tb-cho-dem-dong-van.md", UPLOAD, "tb-cho-dem-dong-van");
      expect(a.index.documents.has("tb-cho-dem-dong-van")).toBe(true);
      expect(await b.syncCorpus()).toBe(true);
      const after = await b.answerer.answer(question);
      expect(after.citations[0]).toMatchObject({ documentId: "tb-cho-dem-dong-van" });
      expect(after.answer).toContain("Ủy ban nhân dân huyện chủ trì");

      // An upload on B ingests only that file: A's upload, absent from B's folder, stays.
      const second = UPLOAD.replaceAll("tb-cho-dem-dong-van", "tb-cho-dem-2").replace("Đồng Văn", "Mèo Vạc");
      await appUploadDesk(b).saveDocument("tb-cho-dem-2.md", second, "tb-cho-dem-2");
      expect(b.index.documents.size).toBe(6);
      expect(await a.syncCorpus()).toBe(true);
      expect([...a.index.documents.keys()]).toContain("tb-cho-dem-2");
      expect(await a.syncCorpus()).toBe(false);
    });

    it("shares task changes both ways", async () => {
      importUnits(a.db, parseUnitsCsv(readFileSync(path.join(CORPUS, "units.example.csv"), "utf8"), "u.csv"));
      a.refresh();
      expect(await a.publishTasks([])).toBe(true);
      await b.syncCorpus();
      const open = listTasks(b.db, { notDone: true });
      expect(open.length).toBeGreaterThan(0);
      const task = open[0] as (typeof open)[number];
      setTaskStatus(b.db, task.id, {
        status: "done",
        by: "telegram:7",
        completedOn: "2026-03-10",
        now: new Date(),
      });
      expect(await b.publishTasks([task.id])).toBe(true);
      expect(await a.syncCorpus()).toBe(true);
      expect(listTasks(a.db, { id: task.id })[0]).toMatchObject({ status: "done", doneBy: "telegram:7" });
      const pg = await openPostgres(url);
      try {
        const events = await pg.select().from(pgs.taskEvents).where(eq(pgs.taskEvents.taskId, task.id));
        expect(events.map((e) => e.toStatus)).toContain("done");
      } finally {
        await pg.$client.end();
      }
    });

    it("snoozes into the shared outbox and cancels the task's other reminders to that chat there", async () => {
      const [task] = listTasks(a.db, { notDone: true });
      if (!task) throw new Error("no open task");
      const now = new Date().toISOString();
      const queued = {
        dedupeKey: `${task.id}|test|88`,
        kind: "reminder",
        taskId: task.id,
        platform: "telegram",
        chatId: "88",
        text: "Nhắc việc",
        buttons: [],
        hints: [],
        notBefore: now,
      };
      expect(await b.reminderBackend.outbox.enqueue([queued], now)).toBe(1);
      expect(a.reminders.snooze(task.id, "telegram", "88")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await vi.waitFor(async () => {
        const rows = (await b.reminderBackend.outbox.list()).filter((r) => r.chatId === "88");
        expect(rows.map((r) => [r.dedupeKey === queued.dedupeKey, r.status]).sort()).toEqual([
          [false, "pending"],
          [true, "cancelled"],
        ]);
      });
    });

    it("shows the shared outbox on either instance's web page", async () => {
      const now = new Date().toISOString();
      const message = {
        dedupeKey: "test:outbox:1",
        kind: "reminder",
        taskId: null,
        platform: "telegram",
        chatId: "77",
        text: "Nhắc việc: thử",
        buttons: [],
        hints: [],
        notBefore: now,
      };
      expect(await a.reminderBackend.outbox.enqueue([message], now)).toBe(1);
      const rows = await appWebBackend(b).outbox();
      expect(rows.map((r) => r.dedupeKey)).toContain("test:outbox:1");
    });

    it("shares admin sessions and rate limits", async () => {
      const secrets = { get: () => null, set: () => {} };
      const onA = new AdminAuth(secrets, "mật khẩu đủ dài", a.sessions);
      const onB = new AdminAuth(secrets, "mật khẩu đủ dài", b.sessions);
      const setCookie = (await onA.login("mật khẩu đủ dài")) as string;
      const cookie = setCookie.split(";")[0];
      const session = await onB.session(cookie);
      expect(session).not.toBeNull();
      expect(await onB.authorize(cookie, session?.csrf)).not.toBeNull();
      await onB.logout(cookie);
      expect(await onA.session(cookie)).toBeNull();

      const limits = { capacity: 2, perMinute: 0.001 };
      const [limitA, limitB] = [a.rateLimit("ask", limits), b.rateLimit("ask", limits)];
      expect(await limitA.allow("10.0.0.1")).toBe(true);
      expect(await limitB.allow("10.0.0.1")).toBe(true);
      expect(await limitA.allow("10.0.0.1")).toBe(false);
      expect(await limitB.allow("10.0.0.2")).toBe(true);
    });

    it("answers a webhook update delivered to both instances once", async () => {
      const conversation = (app: App) =>
        new Conversation({
          db: app.db,
          index: app.index,
          answerer: app.answerer,
          admins: {},
          logger: createLogger("silent"),
          inbound: app.inbound,
          limiter: app.rateLimit("chat", { capacity: 6, perMinute: 12 }),
        });
      const update = {
        platform: "telegram" as const,
        chatId: "501",
        chatType: "private" as const,
        userId: "501",
        displayName: "Lan",
        text: "Ai tham mưu ban hành các văn bản có liên quan?",
        updateKey: "telegram:90001",
      };
      const replies = await Promise.all([conversation(a), conversation(b)].map((c) => c.handle(update)));
      expect(replies.map((r) => r.length).sort()).toEqual([0, 1]);
      expect(replies.flat()[0]?.text).toContain("Ban Tổ chức Tỉnh ủy tham mưu");
    });
  });
});
