import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { CORPUS, tempDir } from "../helpers.ts";

describe("loadCorpus", () => {
  it("reports a file that is not UTF-8 by name and line, and still loads the others", () => {
    const dir = tempDir();
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(dir, "good.md"));
    const latin1 = Buffer.concat([
      Buffer.from("Dòng một\nDòng hai\n", "utf8"),
      Buffer.from([0x43, 0xe1, 0x63, 0x0a]),
    ]);
    writeFileSync(path.join(dir, "bad.txt"), latin1);
    const { documents, errors } = loadCorpus(dir);
    expect(documents.map((d) => d.meta.id)).toEqual(["kl-hnbch-14-nq17"]);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe("bad.txt");
    expect(errors[0].line).toBe(3);
    expect(errors[0].message).toMatch(/not valid UTF-8/);
  });

  it("reports unclosed and invalid front matter with a line number", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "open.md"), "---\nid: x\n\n1. Nội dung đầy đủ của một mục để kiểm tra.\n");
    writeFileSync(path.join(dir, "badid.md"), "---\ntitle: A\nid: Không Hợp Lệ\n---\n1. Nội dung.\n");
    const { documents, errors } = loadCorpus(dir);
    expect(documents).toHaveLength(0);
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      ["badid.md", 3],
      ["open.md", 1],
    ]);
  });

  it("rejects an empty file and a duplicate id", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.md"), "");
    writeFileSync(path.join(dir, "b.md"), "---\nid: same\n---\n1. Một việc cần làm ngay trong năm 2024.\n");
    writeFileSync(path.join(dir, "c.md"), "---\nid: same\n---\n1. Một việc khác cần làm trong năm 2025.\n");
    const { documents, errors } = loadCorpus(dir);
    expect(documents.map((d) => d.file)).toEqual(["b.md"]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/a\.md:1: no text passages/),
      expect.stringMatching(/c\.md:1: document id "same" is already used by b\.md/),
    ]);
  });
});
