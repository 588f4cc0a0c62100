import { createHash } from "node:crypto";
import {
  closeSync,
  copyFileSync,
  ftruncateSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { loadCorpus, type StoredFile } from "../../src/corpus/load-corpus.ts";
import { loadCorpusFolder } from "../../src/corpus/load-corpus-folder.ts";
import type { OcrEngine } from "../../src/corpus/ocr/ocr-engine.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import type { ParsedDocument } from "../../src/corpus/types.ts";
import { docxOf } from "../channels/web/docx-fixture.ts";
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
      expect.stringMatching(/c\.md:2: document id "same" is already used by b\.md/),
    ]);
  });

  it("lets the file that already owns an id in the index keep it, even when a newcomer sorts first", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a-new.md"), "---\nid: same\n---\n1. Bản mới chép nhầm mã văn bản.\n");
    writeFileSync(path.join(dir, "z-old.md"), "---\nid: same\n---\n1. Văn bản gốc đã được nạp.\n");
    const { documents, errors } = loadCorpus(dir, { owners: new Map([["same", "z-old.md"]]) });
    expect(documents.map((d) => d.file)).toEqual(["z-old.md"]);
    expect(errors.map((e) => [e.file, e.line])).toEqual([["a-new.md", 2]]);
    expect(errors[0].message).toMatch(/document id "same" is already indexed from z-old\.md/);
    // Two files whose names give one slug: the first in sort order keeps it.
    writeFileSync(path.join(dir, "Kết luận 5.md"), "1. Một việc cần làm trong năm 2024.\n");
    writeFileSync(path.join(dir, "ket-luan-5.txt"), "1. Một việc khác cần làm trong năm 2025.\n");
    const slugs = loadCorpus(dir, { owners: new Map([["same", "z-old.md"]]) });
    expect(slugs.documents.map((d) => d.file)).toEqual(["Kết luận 5.md", "z-old.md"]);
    expect(slugs.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/a-new\.md:2: .*already indexed from z-old\.md/),
      expect.stringMatching(/ket-luan-5\.txt:1: document id "ket-luan-5" is already used by Kết luận 5\.md/),
    ]);
  });

  it("rejects binary files renamed .md or .txt and loads the others", () => {
    const dir = tempDir();
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(dir, "good.md"));
    writeFileSync(path.join(dir, "scan.md"), Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "latin1"));
    writeFileSync(path.join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    writeFileSync(path.join(dir, "nul.md"), Buffer.concat([Buffer.from("1. Nội dung\n"), Buffer.alloc(16)]));
    const controls = Buffer.from("1. Nội dung có thật.\n".repeat(20));
    for (let i = 0; i < controls.length; i += 5) controls[i] = 0x01;
    writeFileSync(path.join(dir, "controls.md"), controls);
    const { documents, errors } = loadCorpus(dir);
    expect(documents.map((d) => d.file)).toEqual(["good.md"]);
    expect(
      errors.map((e) => [e.file, e.line, e.message.match(/it is a PDF|PNG|NUL|control characters/)?.[0]]),
    ).toEqual([
      ["controls.md", 1, "control characters"],
      ["image.txt", 1, "PNG"],
      ["nul.md", 1, "NUL"],
      ["scan.md", 1, "it is a PDF"],
    ]);
  });

  it("reports a corpus entry that cannot be read (a broken link) and loads the others", () => {
    const dir = tempDir();
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(dir, "good.md"));
    symlinkSync(path.join(dir, "missing-target.md"), path.join(dir, "broken.md"));
    const { documents, errors, files } = loadCorpus(dir);
    expect(files).toEqual(["broken.md", "good.md"]);
    expect(documents.map((d) => d.file)).toEqual(["good.md"]);
    expect(errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ["broken.md", 1, expect.stringMatching(/^broken\.md:1: ENOENT/)],
    ]);
  });

  it("checks the size limit before reading a file, so a huge file costs nothing", () => {
    const dir = tempDir();
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(dir, "good.md"));
    // A sparse 3 GB file: reading it whole would fail (over Node's 2 GB buffer limit) or take minutes.
    const fd = openSync(path.join(dir, "huge.md"), "w");
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    writeFileSync(path.join(dir, "six.md"), "1. Văn bản dài.\n".padEnd(6 * 1024 * 1024, "x"));
    const { documents, errors } = loadCorpus(dir, { maxFileBytes: 5 * 1024 * 1024 });
    expect(documents.map((d) => d.file)).toEqual(["good.md"]);
    expect(errors.map((e) => e.message)).toEqual([
      "huge.md:1: file is 3072 MB, over the 5 MB limit per file (MAX_FILE_MB); split it or raise MAX_FILE_MB",
      "six.md:1: file is 6 MB, over the 5 MB limit per file (MAX_FILE_MB); split it or raise MAX_FILE_MB",
    ]);
    rmSync(dir, { recursive: true });
  });
});

describe("loadCorpusFolder", () => {
  /** An engine that must not be reached: no page in these folders is a scan. */
  const untouchable: OcrEngine = {
    recognize: () => Promise.reject(new Error("OCR started for a folder without scans")),
    close: async () => {},
  };

  it("reads Word files beside Markdown, and never starts OCR when no page is a scan", async () => {
    const dir = tempDir();
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(dir, "kl-hnbch-14-nq17.md"));
    const docx = await docxOf([
      "KẾT LUẬN",
      "1. Sở Nội vụ chủ trì rà soát vị trí việc làm, hoàn thành trước ngày 30/6/2025.",
      "2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện.",
    ]);
    writeFileSync(path.join(dir, "ket-luan-noi-vu.docx"), docx);
    const { documents, errors, files } = await loadCorpusFolder(dir, { ocr: { engine: untouchable } });
    expect(errors).toEqual([]);
    expect(files).toEqual(["ket-luan-noi-vu.docx", "kl-hnbch-14-nq17.md"]);
    const word = documents.find((d) => d.meta.id === "ket-luan-noi-vu");
    expect(word?.passages.find((p) => p.path === "1")?.section).toBe("mục 1");
  });

  it("reports a broken Word file in Vietnamese and loads the rest", async () => {
    const dir = tempDir();
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(dir, "kl-hnbch-14-nq17.md"));
    writeFileSync(path.join(dir, "hong.docx"), Buffer.from("PK\u0003\u0004 không phải tệp Word"));
    const { documents, errors } = await loadCorpusFolder(dir, { ocr: { engine: untouchable } });
    expect(documents.map((d) => d.meta.id)).toEqual(["kl-hnbch-14-nq17"]);
    expect(errors.map((e) => [e.file, e.line])).toEqual([["hong.docx", 1]]);
    expect(errors[0].message).toMatch(/không phải tài liệu Word/);
  });

  it("reports an old Word file and a web page as formats it does not read, not as nothing", async () => {
    const dir = tempDir();
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(dir, "kl-hnbch-14-nq17.md"));
    writeFileSync(
      path.join(dir, "cong-van.doc"),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    writeFileSync(path.join(dir, "trang.html"), "<p>Điều 1. Sở Tài chính chủ trì.</p>");
    const { documents, errors } = await loadCorpusFolder(dir, { ocr: { engine: untouchable } });
    expect(documents.map((d) => d.meta.id)).toEqual(["kl-hnbch-14-nq17"]);
    expect(errors.map((e) => e.file)).toEqual(["cong-van.doc", "trang.html"]);
    expect(errors[0].message).toMatch(
      /Chưa đọc được tệp Word 97–2003 \(\.doc\)\. Hãy lưu văn bản thành \.docx/u,
    );
  });
});

describe("files hashed before they are parsed", () => {
  /** parseDocument, recording which files it was asked to parse. */
  function countingParser() {
    const parsed: string[] = [];
    const parse = (source: string, file: string) => {
      parsed.push(file);
      return parseDocument(source, file);
    };
    return { parsed, parse };
  }
  /** What the index would hold after storing these documents: each file's id and raw hash. */
  const knownOf = (documents: readonly ParsedDocument[]) =>
    new Map<string, StoredFile>(
      documents.map((d) => [d.file, { id: d.meta.id, rawHash: d.rawHash as string }]),
    );
  /** An OCR engine counting the pages it is asked to read, and failing them: any call is a conversion. */
  function countingEngine() {
    const engine = {
      calls: 0,
      recognize: () => {
        engine.calls++;
        return Promise.reject(new Error("OCR should not run for an unchanged scan"));
      },
      close: async () => {},
    };
    return engine as OcrEngine & { calls: number };
  }

  it("parses an unchanged file no more, and parses a changed one again", async () => {
    const dir = tempDir();
    for (const file of ["kl-hnbch-14-nq17.md", "ls-tb-kl-btc-2024.md"])
      copyFileSync(path.join(CORPUS, file), path.join(dir, file));
    const first = countingParser();
    const loaded = await loadCorpusFolder(dir, { parse: first.parse });
    expect(first.parsed).toEqual(["kl-hnbch-14-nq17.md", "ls-tb-kl-btc-2024.md"]);
    expect(loaded.documents.every((d) => /^[0-9a-f]{64}$/.test(d.rawHash ?? ""))).toBe(true);
    const known = knownOf(loaded.documents);

    const again = countingParser();
    const unchanged = await loadCorpusFolder(dir, { known, parse: again.parse });
    expect(again.parsed).toEqual([]);
    expect(unchanged.documents).toEqual([]);
    expect(unchanged.errors).toEqual([]);
    expect(unchanged.unchanged).toEqual([
      { id: "kl-hnbch-14-nq17", file: "kl-hnbch-14-nq17.md" },
      { id: "ls-tb-kl-btc-2024", file: "ls-tb-kl-btc-2024.md" },
    ]);

    writeFileSync(
      path.join(dir, "ls-tb-kl-btc-2024.md"),
      `${readFileSync(path.join(CORPUS, "ls-tb-kl-btc-2024.md"), "utf8")}\n9. Mục mới thêm vào văn bản.\n`,
    );
    const changed = countingParser();
    const edited = await loadCorpusFolder(dir, { known, parse: changed.parse });
    expect(changed.parsed).toEqual(["ls-tb-kl-btc-2024.md"]);
    expect(edited.documents.map((d) => d.meta.id)).toEqual(["ls-tb-kl-btc-2024"]);
    expect(edited.documents[0].rawHash).not.toBe(known.get("ls-tb-kl-btc-2024.md")?.rawHash);
    expect(edited.unchanged.map((u) => u.file)).toEqual(["kl-hnbch-14-nq17.md"]);
    // The synchronous Markdown loader skips the same way.
    const sync = countingParser();
    expect(loadCorpus(dir, { known, parse: sync.parse }).unchanged).toHaveLength(1);
    expect(sync.parsed).toEqual(["ls-tb-kl-btc-2024.md"]);
  });

  it("converts an unchanged scan or Word file no more: neither OCR nor the parser runs", async () => {
    const dir = tempDir();
    const canvas = createCanvas(600, 400);
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#f4f1ea";
    ctx.fillRect(0, 0, 600, 400);
    writeFileSync(path.join(dir, "anh-chup.png"), canvas.encodeSync("png"));
    writeFileSync(
      path.join(dir, "ket-luan.docx"),
      await docxOf([
        "KẾT LUẬN",
        "1. Sở Nội vụ chủ trì rà soát vị trí việc làm, hoàn thành trước ngày 30/6/2025.",
      ]),
    );
    const engine = countingEngine();
    const first = await loadCorpusFolder(dir, { ocr: { engine } });
    // The photo reaches the engine (which fails it); the Word file is read.
    expect(engine.calls).toBeGreaterThan(0);
    expect(first.errors.map((e) => e.file)).toEqual(["anh-chup.png"]);
    // Say both are indexed as they are (the photo as if its OCR had worked), then load again.
    const known = knownOf(first.documents);
    const png = readFileSync(path.join(dir, "anh-chup.png"));
    known.set("anh-chup.png", { id: "anh-chup", rawHash: createHash("sha256").update(png).digest("hex") });
    const calls = engine.calls;
    const again = countingParser();
    const second = await loadCorpusFolder(dir, { ocr: { engine }, known, parse: again.parse });
    expect(engine.calls).toBe(calls);
    expect(again.parsed).toEqual([]);
    expect(second.errors).toEqual([]);
    expect(second.unchanged.map((u) => u.file)).toEqual(["anh-chup.png", "ket-luan.docx"]);
  });

  it("still refuses an unchanged file over the size limit, and lets an unchanged owner keep its id", async () => {
    const dir = tempDir();
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(dir, "kl-hnbch-14-nq17.md"));
    const loaded = await loadCorpusFolder(dir);
    const known = knownOf(loaded.documents);
    const owners = new Map([["kl-hnbch-14-nq17", "kl-hnbch-14-nq17.md"]]);
    const big = await loadCorpusFolder(dir, { known, owners, maxFileBytes: 100 });
    expect(big.unchanged).toEqual([]);
    expect(big.errors.map((e) => e.message)).toEqual([expect.stringMatching(/over the .* limit per file/)]);

    // A new file sorting first claims the unchanged file's id: the new file is reported, the owner kept unread.
    const source = readFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), "utf8");
    writeFileSync(path.join(dir, "0-ban-sao.md"), source);
    const claimed = await loadCorpusFolder(dir, { known, owners });
    expect(claimed.documents).toEqual([]);
    expect(claimed.unchanged.map((u) => u.file)).toEqual(["kl-hnbch-14-nq17.md"]);
    expect(claimed.errors.map((e) => [e.file, e.message])).toEqual([
      ["0-ban-sao.md", expect.stringContaining("is already indexed from kl-hnbch-14-nq17.md")],
    ]);
  });
});
