import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app.ts";
import { obligations, passages, tasks } from "../../src/db/schema.ts";
import { appWithUnits, CORPUS, tempDir } from "../helpers.ts";

/** The extractor, made to throw for one document: the obligation step of that document's transaction fails. */
const failing = vi.hoisted(() => ({ documentId: "" }));
vi.mock("../../src/obligations/obligation-extractor.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/obligations/obligation-extractor.ts")>();
  return {
    ...real,
    extractObligations: (...args: Parameters<typeof real.extractObligations>) => {
      if (args[0].meta.id === failing.documentId) throw new Error("extractor failed on purpose");
      return real.extractObligations(...args);
    },
  };
});

const HY = "hy-kl-can-bo-tre-2024";
const LS = "ls-tb-kl-btc-2024";
let app: App | undefined;

afterEach(() => {
  failing.documentId = "";
  app?.close();
});

async function open() {
  const corpus = tempDir();
  cpSync(CORPUS, corpus, { recursive: true });
  app = await appWithUnits({ CORPUS_DIR: corpus });
  return { app, corpus };
}

/** Everything stored for one document: passages, obligations and the tasks built on its obligations. */
function stored(app: App, documentId: string) {
  const db = app.db;
  return {
    passages: db
      .select({ id: passages.id, text: passages.text })
      .from(passages)
      .where(eq(passages.documentId, documentId))
      .orderBy(asc(passages.ordinal))
      .all(),
    obligations: db.select().from(obligations).where(eq(obligations.documentId, documentId)).all(),
    tasks: db
      .select()
      .from(tasks)
      .orderBy(asc(tasks.id))
      .all()
      .filter((t) => t.obligationId.startsWith(`${documentId}#`)),
  };
}

function edit(corpus: string, file: string, from: string, to: string) {
  const full = path.join(corpus, file);
  const text = readFileSync(full, "utf8");
  if (!text.includes(from)) throw new Error(`fixture text missing in ${file}`);
  writeFileSync(full, text.replace(from, to));
}

const totalChanges = (app: App) => app.db.$client.prepare("select total_changes()").pluck().get() as number;

describe("a document, its obligations and its tasks change together", () => {
  it("rolls back a document whose obligation step fails, keeping its old passages, obligations and tasks", async () => {
    const { app, corpus } = await open();
    const before = stored(app, HY);
    const lsBefore = stored(app, LS);
    expect(before.obligations.length).toBeGreaterThan(0);
    expect(before.tasks.filter((t) => !t.removedAt).length).toBeGreaterThan(0);
    edit(corpus, `${HY}.md`, "Tiếp tục triển khai, quán triệt,", "Tiếp tục quán triệt,");
    edit(corpus, `${LS}.md`, "**3.1.** Kiểm tra, rà soát", "**3.1.** Khẩn trương kiểm tra, rà soát");

    failing.documentId = HY;
    const report = await app.ingest();
    expect(report.errors).toEqual([
      {
        file: `${HY}.md`,
        line: 1,
        message: expect.stringMatching(/extractor failed on purpose.*previously indexed version is kept/),
      },
    ]);
    expect(report.updated).toEqual([LS]);
    expect(stored(app, HY)).toEqual(before);
    expect(app.index.passage(`${HY}#2.1`)?.text).toContain("Tiếp tục triển khai, quán triệt,");
    const ls = stored(app, LS);
    expect(ls.passages.find((p) => p.id === `${LS}#3.1`)?.text).toContain("Khẩn trương");
    expect(ls.obligations.find((o) => o.passageId === `${LS}#3.1`)?.sourceText).toContain("Khẩn trương");
    const lsTasks = (rows: typeof ls.tasks) => rows.filter((t) => !t.removedAt).map((t) => t.obligationId);
    expect(lsTasks(ls.tasks)).not.toEqual(lsTasks(lsBefore.tasks));
    expect(lsTasks(ls.tasks).every((id) => ls.obligations.some((o) => o.id === id))).toBe(true);

    failing.documentId = "";
    const retry = await app.ingest();
    expect(retry.errors).toEqual([]);
    expect(retry.updated).toEqual([HY]);
    const after = stored(app, HY);
    expect(after.obligations.find((o) => o.passageId === `${HY}#2.1`)?.sourceText).toContain("Tiếp tục quán");
    const live = after.tasks.filter((t) => !t.removedAt);
    expect(live.every((t) => after.obligations.some((o) => o.id === t.obligationId))).toBe(true);

    // A second ingest of an unchanged folder writes nothing at all.
    const changes = totalChanges(app);
    const again = await app.ingest();
    expect(again.unchanged).toHaveLength(4);
    expect(again.obligations).toMatchObject({ tasksAdded: 0, tasksRemoved: 0 });
    expect(totalChanges(app)).toBe(changes);
  });

  it("drops a removed document's obligations and retires its tasks in the same transaction", async () => {
    const { app, corpus } = await open();
    expect(stored(app, LS).tasks.length).toBeGreaterThan(0);
    rmSync(path.join(corpus, `${LS}.md`));
    const report = await app.ingest();
    expect(report.removed).toEqual([LS]);
    const gone = stored(app, LS);
    expect(gone.passages).toEqual([]);
    expect(gone.obligations).toEqual([]);
    expect(gone.tasks.every((t) => t.removedAt)).toBe(true);
    expect(report.obligations.tasksRemoved).toBe(gone.tasks.length);
  });

  it("refresh() rebuilds every document's obligations from the database, skipping one that fails", async () => {
    const { app } = await open();
    const all = app.db.select().from(obligations).orderBy(asc(obligations.id)).all();
    app.db.delete(obligations).where(eq(obligations.documentId, LS)).run();
    failing.documentId = HY;
    const summary = app.refresh();
    expect(summary.obligations).toBe(all.length);
    expect(app.db.select().from(obligations).orderBy(asc(obligations.id)).all()).toEqual(all);
  });
});
