import { cpSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createEmbedder, ingestCorpus } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
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
    expect(index.passages).toHaveLength(73);

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
    expect(changed.passages).toBe(11);
    expect(index.passage("kl-hnbch-14-nq17#kt-d2")?.text).toContain("và đảng viên");

    rmSync(path.join(corpus, "btc-cv-cong-tac-can-bo.md"));
    const removed = await ingestCorpus(index, corpus);
    expect(removed.removed).toEqual(["btc-cv-cong-tac-can-bo"]);
    expect(index.documents.size).toBe(3);
    db.$client.close();
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
    expect(index.passages).toHaveLength(73);
    for (const query of [
      "hạn rà soát bổ sung quy hoạch cán bộ trẻ",
      "han ra soat bo sung quy hoach can bo tre",
    ]) {
      const top3 = (await index.search(query, 3)).map((h) => h.passage.id);
      expect(top3).toContain("hy-kl-can-bo-tre-2024#2.2-y1");
    }
    const [byNumber] = await index.search("Quyết định 08/2024/QĐ-UBND", 3);
    expect(byNumber.passage.id).toBe("btc-cv-cong-tac-can-bo#2-y2");
    db.$client.close();
  });
});
