import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.ts";
import { loadConfig } from "../src/config/config.ts";
import { loadCorpusFolder } from "../src/corpus/load-corpus-folder.ts";
import { parseDocument } from "../src/corpus/parse-document.ts";
import { acquireIngestLock } from "../src/db/ingest-lock.ts";
import { IngestBusyError, IngestRefusedError } from "../src/errors.ts";
import { createLogger } from "../src/logger.ts";
import { listTasks } from "../src/obligations/task-list.ts";
import { appWithUnits, CORPUS, ROOT, tempDir } from "./helpers.ts";

const DEV_CORPUS = path.join(ROOT, "../shared/dev-corpus/docs");
const HY = "hy-kl-can-bo-tre-2024";
const LS = "ls-tb-kl-btc-2024";
const opened: App[] = [];

afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});

async function open(env: Record<string, string> = {}, corpus = tempDir()) {
  cpSync(CORPUS, corpus, { recursive: true });
  const app = await appWithUnits({ CORPUS_DIR: corpus, ...env });
  opened.push(app);
  return { app, corpus };
}

const frontMatterId = (file: string, id: string) =>
  readFileSync(path.join(CORPUS, file), "utf8").replace(/^id: .*$/m, `id: ${id}`);

describe("ingest never loses a document", () => {
  it("reports each failing file in errors while the others ingest", async () => {
    const { app, corpus } = await open({ MAX_FILE_MB: "1" });
    writeFileSync(path.join(corpus, "scan.md"), Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"));
    writeFileSync(path.join(corpus, "big.txt"), "1. Văn bản rất dài.\n".padEnd(2 * 1024 * 1024, "x"));
    writeFileSync(path.join(corpus, "new.md"), "1. Ban Tổ chức Tỉnh ủy rà soát quy hoạch trong năm 2025.\n");
    const report = await app.ingest();
    expect(report.added).toEqual(["new"]);
    expect(report.unchanged).toHaveLength(4);
    expect(report.errors.map((e) => Object.keys(e).sort())).toEqual([
      ["file", "line", "message"],
      ["file", "line", "message"],
    ]);
    expect(report.errors.map((e) => [e.file, e.line])).toEqual([
      ["big.txt", 1],
      ["scan.md", 1],
    ]);
    expect(report.errors[0].message).toMatch(/file is 2 MB, over the 1 MB limit per file \(MAX_FILE_MB\)/);
    expect(report.errors[1].message).toMatch(/it is a PDF file, not UTF-8 text/);
  });

  it("keeps an id with the file that owns it: a later file, or a new file sorting first, is reported", async () => {
    const { app, corpus } = await open();
    const tasksBefore = listTasks(app.db).filter((t) => t.documentId === HY);
    expect(tasksBefore.length).toBeGreaterThan(0);
    // A copy that sorts before the real document and claims its id; another that sorts after and claims LS's.
    writeFileSync(path.join(corpus, "0-ban-sao.md"), frontMatterId("btc-cv-cong-tac-can-bo.md", HY));
    writeFileSync(path.join(corpus, "zz-trung.md"), frontMatterId("btc-cv-cong-tac-can-bo.md", LS));
    const report = await app.ingest();
    expect(report.errors).toEqual([
      {
        file: "0-ban-sao.md",
        line: 3,
        message: expect.stringContaining(`document id "${HY}" is already indexed from ${HY}.md`),
      },
      {
        file: "zz-trung.md",
        line: 3,
        message: expect.stringContaining(`document id "${LS}" is already indexed from ${LS}.md`),
      },
    ]);
    expect(report.added.length + report.updated.length + report.removed.length).toBe(0);
    expect(listTasks(app.db).filter((t) => t.documentId === HY)).toEqual(tasksBefore);
    expect(app.index.documents.get(HY)?.title).toMatch(/^Kết luận của Ban Thường vụ/);

    // In a fresh index two new claimants: the first in sort order gets the id, the later one is reported.
    const fresh = await createApp(
      loadConfig({ DATA_DIR: tempDir(), CORPUS_DIR: corpus, LOG_LEVEL: "silent" }),
      createLogger("silent"),
      { buildIfEmpty: false },
    );
    opened.push(fresh);
    const first = await fresh.ingest();
    expect(first.errors.map((e) => e.file)).toEqual([`${HY}.md`, "zz-trung.md"]);
    expect(first.errors[0].message).toContain(`document id "${HY}" is already used by 0-ban-sao.md`);
  });

  it("refuses to empty the index from an empty or missing folder unless told to prune", async () => {
    const { app, corpus } = await open();
    for (const file of readdirSync(corpus)) rmSync(path.join(corpus, file));
    const empty = app.ingest();
    await expect(empty).rejects.toBeInstanceOf(IngestRefusedError);
    await expect(empty).rejects.toMatchObject({
      userMessage: expect.stringMatching(/không có tệp.*--prune/),
    });
    expect(app.index.documents.size).toBe(4);

    rmSync(corpus, { recursive: true });
    const missing = app.ingest();
    await expect(missing).rejects.toMatchObject({
      userMessage: expect.stringMatching(/^Không tìm thấy thư mục văn bản .*--prune/),
    });
    expect(app.index.documents.size).toBe(4);
    expect(listTasks(app.db).length).toBeGreaterThan(0);

    const pruned = await app.ingest({ prune: true });
    expect(pruned.removed.sort()).toEqual([...pruned.removed].sort());
    expect(pruned.removed).toHaveLength(4);
    expect(app.index.documents.size).toBe(0);
    expect(listTasks(app.db)).toEqual([]);
  });

  it("drops a vanished file's document when the folder still has corpus files", async () => {
    const { app, corpus } = await open();
    for (const file of readdirSync(corpus).filter((f) => f !== `${HY}.md`)) rmSync(path.join(corpus, file));
    const report = await app.ingest();
    expect(report.removed).toHaveLength(3);
    expect([...app.index.documents.keys()]).toEqual([HY]);
  });

  it("waits for another ingest holding the lock, or says it is running; neither crashes", async () => {
    const { app, corpus } = await open({ INGEST_WAIT_SECONDS: "0.5" });
    writeFileSync(path.join(corpus, "new.md"), "1. Ban Tổ chức Tỉnh ủy rà soát quy hoạch trong năm 2025.\n");
    const held = await acquireIngestLock(app.config.dataDir, { waitMs: 0 });
    const waits: (number | null)[] = [];
    const busy = app.ingest({ onWait: (pid) => waits.push(pid) });
    await expect(busy).rejects.toBeInstanceOf(IngestBusyError);
    await expect(busy).rejects.toMatchObject({
      userMessage: expect.stringContaining(
        `Một tiến trình khác đang nạp văn bản vào ${app.config.dataDir} (pid ${process.pid}`,
      ),
    });
    expect(waits).toEqual([process.pid]);
    expect(app.index.documents.has("new")).toBe(false);

    const waiting = app.ingest();
    setTimeout(() => held.release(), 150);
    expect((await waiting).added).toEqual(["new"]);
    // Released: the next ingest takes the lock at once.
    expect((await app.ingest()).errors).toEqual([]);
  });

  it.skipIf(!existsSync(DEV_CORPUS))(
    "ingests the real documents of the dev corpus: each stored or reported, a re-run changes nothing",
    async () => {
      const dataDir = tempDir();
      const app = await createApp(
        loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: DEV_CORPUS, LOG_LEVEL: "silent" }),
        createLogger("silent"),
        { buildIfEmpty: false },
      );
      opened.push(app);
      const files = readdirSync(DEV_CORPUS).filter((f) => /\.(md|txt)$/.test(f));
      const report = await app.ingest();
      const reported = new Set(report.errors.map((e) => e.file));
      expect(report.added.length + reported.size).toBe(files.length);
      for (const id of report.added) expect(app.index.passages.some((p) => p.documentId === id)).toBe(true);
      const again = await app.ingest();
      expect(again.added.length + again.updated.length + again.removed.length).toBe(0);
      expect(again.unchanged).toHaveLength(report.added.length);
    },
    120_000,
  );
});

describe("ingest parses what changed", () => {
  it("skips files whose bytes are the ones indexed, re-parses a changed one, and records raw hashes", async () => {
    const { app, corpus } = await open();
    const stored = app.index.storedFiles();
    expect([...stored.keys()].sort()).toEqual(readdirSync(CORPUS).filter((f) => f.endsWith(".md")));
    // What the app's ingest loads from the folder with the index's raw hashes: nothing is parsed.
    const parsed: string[] = [];
    const parse = (source: string, file: string) => {
      parsed.push(file);
      return parseDocument(source, file);
    };
    const loaded = await loadCorpusFolder(corpus, { known: stored, owners: app.index.owners(), parse });
    expect(parsed).toEqual([]);
    expect(loaded.unchanged).toHaveLength(4);

    const again = await app.ingest();
    expect(again).toMatchObject({ added: [], updated: [], removed: [], passages: 0, errors: [] });
    expect(again.unchanged).toEqual(
      [...app.index.documents.keys()].sort((a, b) => {
        const [fa, fb] = [app.index.fileOf(a) as string, app.index.fileOf(b) as string];
        return fa < fb ? -1 : fa > fb ? 1 : 0;
      }),
    );

    // A byte-order mark: new bytes, the same text.
    const source = readFileSync(path.join(corpus, `${HY}.md`), "utf8");
    writeFileSync(path.join(corpus, `${HY}.md`), `\uFEFF${source}`);
    const edited = await app.ingest();
    // Parsed, unchanged, and its new raw hash recorded so the next run skips it.
    expect(edited.updated).toEqual([]);
    expect(edited.unchanged).toHaveLength(4);
    expect(app.index.storedFiles().get(`${HY}.md`)?.rawHash).not.toBe(stored.get(`${HY}.md`)?.rawHash);

    writeFileSync(
      path.join(corpus, `${HY}.md`),
      `${readFileSync(path.join(corpus, `${HY}.md`), "utf8")}\n9. Sở Nội vụ báo cáo kết quả trước ngày 30/12/2025.\n`,
    );
    const changed = await app.ingest();
    expect(changed.updated).toEqual([HY]);
    expect(changed.unchanged).toHaveLength(3);
  });

  it("parses once more a document stored without a raw hash (before the column existed), then skips it", async () => {
    const { app, corpus } = await open();
    app.db.$client.prepare("update documents set raw_hash = null").run();
    expect(app.index.storedFiles().size).toBe(0);
    const first = await app.ingest();
    expect(first).toMatchObject({ added: [], updated: [], removed: [], errors: [] });
    expect(first.unchanged).toHaveLength(4);
    expect(app.index.storedFiles().size).toBe(4);
    const parsed: string[] = [];
    const parse = (source: string, file: string) => {
      parsed.push(file);
      return parseDocument(source, file);
    };
    await loadCorpusFolder(corpus, { known: app.index.storedFiles(), parse });
    expect(parsed).toEqual([]);
  });
});
