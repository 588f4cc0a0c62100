import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureOutside, type OutsideFigures } from "../../eval/outside-set.ts";
import { ROOT } from "../helpers.ts";

/** Two seed conclusions stand in for outside documents: one lands in each half (sorted ids alternate). */
describe("measureOutside: a folder of unseen documents and its blind gold", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "troly-outside-"));
  let figures: OutsideFigures;
  beforeAll(async () => {
    const docs = path.join(dir, "docs");
    mkdirSync(docs);
    for (const id of ["hy-kl-can-bo-tre-2024", "ls-tb-kl-btc-2024"])
      copyFileSync(path.join(ROOT, "corpus", `${id}.md`), path.join(docs, `${id}.md`));
    const line = (documentId: string, quote: string, responsible: string[]) =>
      JSON.stringify({
        documentId,
        quote,
        responsible,
        action: "…",
        deadline: { kind: "none", due: null, recurrence: null, text: "" },
        split: "heldout",
      });
    writeFileSync(
      path.join(dir, "gold.jsonl"),
      [
        line("hy-kl-can-bo-tre-2024", "Đổi mới, tạo đột phá trong công tác quy hoạch cán bộ", [
          "Ban Thường vụ",
        ]),
        line("ls-tb-kl-btc-2024", "a sentence that is nowhere in the document at all", [
          "Ban Tổ chức Tỉnh ủy",
        ]),
      ].join("\n"),
    );
    figures = await measureOutside({ docs, gold: path.join(dir, "gold.jsonl") });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ingests every document and splits them into an inspected and a kept half", () => {
    expect(figures.ingest).toMatchObject({ documents: 2, errors: 0 });
    expect(figures.obligations.inspected.documents).toBe(1);
    expect(figures.obligations.kept.documents).toBe(1);
    expect(figures.obligations.all.gold).toBe(2);
  });

  it("scores each half on its own documents, and reports a quote it cannot find", () => {
    expect(figures.obligations.kept.unresolved).toHaveLength(1);
    expect(figures.obligations.kept.matched).toBe(0);
    expect(figures.obligations.inspected.extracted).toBeGreaterThan(0);
    expect(figures.questions).toBeUndefined();
  });
});
