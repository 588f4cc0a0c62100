import { copyFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type PrintBlock,
  printPages,
  scannedPdf,
  scanPage,
  seededRandom,
} from "../../bench/scan-simulator.ts";
import { convertUpload } from "../../src/corpus/convert-upload.ts";
import { loadCorpusFolder } from "../../src/corpus/load-corpus-folder.ts";
import type { OcrEngine } from "../../src/corpus/ocr/ocr-engine.ts";
import { createTesseractEngine } from "../../src/corpus/ocr/tesseract-engine.ts";
import { cliIn } from "../cli/run-cli.ts";
import { CORPUS, tempDir } from "../helpers.ts";

/** A one-page conclusion, printed and scanned (skewed, noisy, JPEG) into an image-only PDF by the test. */
const SCAN: PrintBlock[] = [
  { text: "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", align: "center", bold: true },
  { text: "KẾT LUẬN", align: "center", bold: true },
  { text: "Về công tác chuyển đổi số năm 2025", align: "center" },
  {
    text:
      "1. Sở Thông tin và Truyền thông chủ trì xây dựng cổng dữ liệu dùng chung của tỉnh, " +
      "hoàn thành trước ngày 30/6/2025.",
  },
  {
    text:
      "2. Văn phòng Ủy ban nhân dân tỉnh đôn đốc các sở, ngành báo cáo kết quả số hóa hồ sơ " +
      "thủ tục hành chính trước ngày 15/9/2025.",
  },
];

/** The shared engine, counting the pages it is asked to recognize. */
let calls = 0;
let tesseract: OcrEngine;
const counting: OcrEngine = {
  recognize: (image) => {
    calls++;
    return tesseract.recognize(image);
  },
  close: async () => {},
};

beforeAll(async () => {
  tesseract = await createTesseractEngine({ workers: 1 });
}, 60_000);
afterAll(async () => tesseract?.close());

function blankPhoto(): Uint8Array {
  const canvas = createCanvas(900, 700);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#f4f1ea";
  ctx.fillRect(0, 0, 900, 700);
  return new Uint8Array(canvas.encodeSync("jpeg", 80));
}

describe("ingest of scans (OCR)", () => {
  it("ingests a scanned PDF through the CLI, cites it with its page, and reports broken files in Vietnamese", async () => {
    const corpus = tempDir();
    const troly = cliIn(tempDir(), { OCR_WORKERS: "1" });
    copyFileSync(path.join(CORPUS, "kl-hnbch-14-nq17.md"), path.join(corpus, "kl-hnbch-14-nq17.md"));
    writeFileSync(path.join(corpus, "kl-chuyen-doi-so.pdf"), scannedPdf(SCAN, 3));
    writeFileSync(path.join(corpus, "hong.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nrác\n");
    writeFileSync(path.join(corpus, "trang-trang.jpg"), blankPhoto());

    const first = await troly(["ingest", "--corpus", corpus, "--json"]);
    const report = JSON.parse(first.stdout);
    expect(report.added.sort()).toEqual(["kl-chuyen-doi-so", "kl-hnbch-14-nq17"]);
    expect(report.errors.map((e: { file: string }) => e.file)).toEqual(["hong.pdf", "trang-trang.jpg"]);
    expect(report.errors[0].message).toMatch(/Không đọc được tệp PDF/);
    expect(report.errors[1].message).toMatch(/Không nhận ra chữ nào trong ảnh/);
    expect(readdirSync(corpus)).toHaveLength(4);

    const asked = await troly(["ask", "Ai chủ trì xây dựng cổng dữ liệu dùng chung của tỉnh?", "--json"]);
    const answer = JSON.parse(asked.stdout);
    expect(answer.refused).toBe(false);
    const cited = answer.citations[0];
    expect(cited.documentId).toBe("kl-chuyen-doi-so");
    expect(cited.section).toBe("mục 1, trang 1 (bản quét)");
    expect(cited).toMatchObject({ page: 1, ocr: true });
    expect(cited.text).toContain("30/6/2025");

    // Again: the scan is unchanged (same text from the cache), the broken files are still reported.
    const again = JSON.parse((await troly(["ingest", "--corpus", corpus, "--json"])).stdout);
    expect(again.unchanged.sort()).toEqual(["kl-chuyen-doi-so", "kl-hnbch-14-nq17"]);
    expect(again.errors).toHaveLength(2);
  }, 90_000);

  it("recognizes a scan once: a second load reads the cache instead of the engine", async () => {
    const corpus = tempDir();
    const cacheDir = path.join(tempDir(), "ocr-cache");
    writeFileSync(path.join(corpus, "quet.pdf"), scannedPdf(SCAN, 11));
    const before = calls;
    const first = await loadCorpusFolder(corpus, { ocr: { engine: counting, cacheDir } });
    expect(first.errors).toEqual([]);
    expect(calls - before).toBe(1);
    const passages = first.documents[0].passages;
    expect(passages.map((p) => p.path)).toEqual(expect.arrayContaining(["1", "2"]));
    expect(passages.find((p) => p.path === "2")?.text).toContain("15/9/2025");

    const second = await loadCorpusFolder(corpus, { ocr: { engine: counting, cacheDir } });
    expect(calls - before).toBe(1);
    expect(second.documents[0].hash).toBe(first.documents[0].hash);
    expect(existsSync(cacheDir) && readdirSync(cacheDir)).toHaveLength(1);
  }, 60_000);

  it("reads a photo as one scanned page, with its confidence, and flags it under the threshold", async () => {
    const photo = scanPage(printPages(SCAN.slice(3, 4))[0], seededRandom(5), -1.5);
    const cacheDir = path.join(tempDir(), "ocr-cache");
    const progress: [number, number][] = [];
    const converted = await convertUpload(photo, "anh-chup.jpg", {
      ocr: { engine: counting, cacheDir, minConfidence: 101 },
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(converted.format).toBe("image");
    expect(converted.text).toMatch(/^<!-- trang 1, bản quét -->\n\n1\. Sở Thông tin/);
    expect(converted.ocr?.pages).toEqual([{ page: 1, ocr: true, confidence: expect.any(Number) }]);
    expect(converted.ocr?.pages[0].confidence).toBeGreaterThan(70);
    expect(converted.ocr?.lowConfidencePages).toEqual([1]);
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
    // The same bytes again under the default threshold: from the cache, nothing flagged.
    const before = calls;
    const cached = await convertUpload(photo, "anh-chup.jpg", { ocr: { engine: counting, cacheDir } });
    expect(calls).toBe(before);
    expect(cached.ocr?.lowConfidencePages).toEqual([]);
  }, 60_000);
});
