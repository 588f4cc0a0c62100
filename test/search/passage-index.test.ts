import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createEmbedder, ingestCorpus } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import type { ParsedDocument } from "../../src/corpus/types.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import { PassageIndex } from "../../src/search/passage-index.ts";
import { CORPUS, tempDir } from "../helpers.ts";

async function openIndex(dataDir: string) {
  const db = openDatabase(path.join(dataDir, "troly.db"));
  return { db, index: await PassageIndex.open(db, dataDir, createEmbedder(loadConfig({}))) };
}

describe("PassageIndex", () => {
  it("indexes the corpus, skips unchanged files and re-indexes a changed one alone", async () => {
    const dataDir = tempDir();
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const { db, index } = await openIndex(dataDir);
    const first = await ingestCorpus(index, corpus);
    expect(first.added).toHaveLength(4);
    expect(index.passages).toHaveLength(84);

    const again = await ingestCorpus(index, corpus);
    expect(again.unchanged).toHaveLength(4);
    expect(again.added.length + again.updated.length + again.passages).toBe(0);

    const file = path.join(corpus, "kl-hnbch-14-nq17.md");
    writeFileSync(
      file,
      `${(await import("node:fs")).readFileSync(file, "utf8")}\n`.replace(
        "Kết luận phổ biến đến chi bộ.",
        "Kết luận phổ biến đến chi bộ và đảng viên.",
      ),
    );
    const changed = await ingestCorpus(index, corpus);
    expect(changed.updated).toEqual(["kl-hnbch-14-nq17"]);
    expect(changed.passages).toBe(14);
    expect(index.passage("kl-hnbch-14-nq17#kt-d2")?.text).toContain("và đảng viên");
    // A document's passages, in reading order, follow the reload too.
    const own = index.passagesOf("kl-hnbch-14-nq17");
    expect(own).toHaveLength(14);
    expect(own.map((p) => p.id)).toContain("kl-hnbch-14-nq17#kt-d2");
    expect(own.find((p) => p.id.endsWith("#kt-d2"))?.text).toContain("và đảng viên");

    rmSync(path.join(corpus, "btc-cv-cong-tac-can-bo.md"));
    const removed = await ingestCorpus(index, corpus);
    expect(removed.removed).toEqual(["btc-cv-cong-tac-can-bo"]);
    expect(index.documents.size).toBe(3);
    db.$client.close();
  });

  it("restarts from the saved lexical index while the corpus is unchanged, and rebuilds it after a change", async () => {
    const dataDir = tempDir();
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const first = await openIndex(dataDir);
    await ingestCorpus(first.index, corpus);
    expect(first.index.lexicalSource).toBe("built");
    const question = "rà soát quy hoạch cán bộ trẻ";
    const ranked = async (index: PassageIndex) =>
      (await index.search(question, 5)).map((h) => [h.passage.id, h.score]);
    const expected = await ranked(first.index);
    first.db.$client.close();

    const warm = await openIndex(dataDir);
    expect(warm.index.lexicalSource).toBe("file");
    expect(await ranked(warm.index)).toEqual(expected);

    const file = path.join(corpus, "hy-kl-can-bo-tre-2024.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("cán bộ trẻ", "cán bộ trẻ, cán bộ nữ"));
    const changed = await ingestCorpus(warm.index, corpus);
    expect(changed.updated).toEqual(["hy-kl-can-bo-tre-2024"]);
    expect(warm.index.lexicalSource).toBe("built");
    warm.db.$client.close();
    // The rebuilt index was saved for the new passages: the next start reads it, and a fresh build agrees.
    const again = await openIndex(dataDir);
    expect(again.index.lexicalSource).toBe("file");
    rmSync(path.join(dataDir, "lexical.bin"));
    const rebuilt = await openIndex(dataDir);
    expect(rebuilt.index.lexicalSource).toBe("built");
    expect(await ranked(again.index)).toEqual(await ranked(rebuilt.index));
  });

  it("keeps a document whose file became unreadable", async () => {
    const dataDir = tempDir();
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const { db, index } = await openIndex(dataDir);
    await ingestCorpus(index, corpus);
    writeFileSync(path.join(corpus, "kl-hnbch-14-nq17.md"), Buffer.from([0xff, 0xfe, 0x00]));
    const report = await ingestCorpus(index, corpus);
    expect(report.errors[0]).toMatchObject({ file: "kl-hnbch-14-nq17.md", line: 1 });
    expect(report.removed).toEqual([]);
    expect(index.documents.has("kl-hnbch-14-nq17")).toBe(true);
    db.$client.close();
  });

  it("reloads from the data folder and finds known passages, typed with or without accents", async () => {
    const dataDir = tempDir();
    const first = await openIndex(dataDir);
    await ingestCorpus(first.index, CORPUS);
    first.db.$client.close();
    const { db, index } = await openIndex(dataDir);
    expect(index.passages).toHaveLength(84);
    for (const query of [
      "hạn rà soát bổ sung quy hoạch cán bộ trẻ",
      "han ra soat bo sung quy hoach can bo tre",
    ]) {
      const top3 = (await index.search(query, 3)).map((h) => h.passage.id);
      expect(top3).toContain("hy-kl-can-bo-tre-2024#2.2-y1");
    }
    const [byNumber] = await index.search("Quyết định 08/2024/QĐ-UBND", 3);
    expect(byNumber.passage.id).toBe("btc-cv-cong-tac-can-bo#2-y2");
    // The title block names the conclusion's subject, but it is metadata: content passages rank, it does not.
    const subject = await index.search("Nghị quyết 20-NQ/TU ngày 08/02/2022 nói về gì", 10);
    expect(subject.map((h) => h.passage.path)).not.toContain("hd");
    expect(subject).toHaveLength(10);
    db.$client.close();
  });

  it("stores each document in its own transaction: one that fails keeps its old version, the others commit", async () => {
    const dataDir = tempDir();
    const { db, index } = await openIndex(dataDir);
    await ingestCorpus(index, CORPUS);
    const { documents } = loadCorpus(CORPUS);
    const edit = (doc: ParsedDocument): ParsedDocument => ({
      ...doc,
      hash: `${doc.hash}-edited`,
      passages: doc.passages.map((p) => ({ ...p, text: `${p.text} (sửa)` })),
    });
    const [first, second, third, fourth] = documents.map(edit);
    // The parser should never give two passages one id; the index must report it, not crash on the unique key.
    const duplicated = { ...first, passages: [...first.passages, first.passages[0]] };
    const oldText = index.passage(first.passages[0].id)?.text;
    const seen: string[] = [];
    const summary = await index.ingest([duplicated, second, third, fourth], {
      onDocument: (_tx, id) => {
        seen.push(id);
        if (id === third.meta.id) throw new Error("obligations failed");
      },
    });
    expect(summary.updated).toEqual([second.meta.id, fourth.meta.id]);
    expect(summary.errors).toEqual([
      {
        file: first.file,
        line: 1,
        message: expect.stringMatching(
          /passage id ".*" is given to two passages.*previously indexed version is kept/,
        ),
      },
      { file: third.file, line: 1, message: expect.stringMatching(/obligations failed/) },
    ]);
    expect(seen).toEqual([second.meta.id, third.meta.id, fourth.meta.id]);
    expect(index.passage(first.passages[0].id)?.text).toBe(oldText);
    expect(index.passage(third.passages[0].id)?.text).not.toContain("(sửa)");
    expect(index.passage(second.passages[0].id)?.text).toContain("(sửa)");
    expect(index.passages).toHaveLength(documents.reduce((n, d) => n + d.passages.length, 0));
    // The failed documents are retried next time (their stored hash did not change).
    const again = await index.ingest([first, second, third, fourth]);
    expect(again.updated).toEqual([first.meta.id, third.meta.id]);
    expect(again.errors).toEqual([]);
    db.$client.close();
  });
});
