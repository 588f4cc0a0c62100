/**
 * PDFs and images to corpus text with OCR where needed: the engine is started only when a page has no text
 * layer, results are cached by content hash, and every recognized page reports its confidence, pages under
 * the threshold being flagged for a human to check.
 */
import { availableParallelism } from "node:os";
import { InputError } from "../../errors.ts";
import { pageMarker } from "../page-markers.ts";
import { pdfToText } from "../pdf-text.ts";
import { cachedByContent } from "./ocr-cache.ts";
import { lazyEngine, type OcrEngine } from "./ocr-engine.ts";
import { imageToText, pdfPageReader } from "./scan-reader.ts";
import { createTesseractEngine } from "./tesseract-engine.ts";

export interface OcrSettings {
  /** A running engine to share (the caller closes it); default: tesseract, started on demand, stopped after. */
  engine?: OcrEngine;
  /** Workers of the default engine; default: the machine's cores. */
  workers?: number;
  /** Pages recognized with a lower mean confidence (0–100) are flagged; default 70. */
  minConfidence?: number;
  /** Folder of the OCR cache (`<DATA_DIR>/ocr-cache`); none: no caching. */
  cacheDir?: string;
}

/** OCR facts of a converted file: per page, and the pages a human should check. */
export interface OcrFacts {
  pages: { page: number; confidence: number; ocr: boolean }[];
  lowConfidencePages: number[];
}

export interface ScanText {
  text: string;
  pages: number;
  ocr?: OcrFacts;
}

export const DEFAULT_MIN_CONFIDENCE = 70;

const noText = (what: string) =>
  new InputError(
    `OCR found no text in the ${what}`,
    `Không nhận ra chữ nào trong ${what === "image" ? "ảnh" : "tệp PDF"} này. Hãy chụp hoặc quét lại rõ hơn ` +
      "(đủ sáng, thẳng trang, không bị mờ) rồi gửi lại.",
  );

async function recognize(
  bytes: Uint8Array,
  kind: "pdf" | "image",
  engine: OcrEngine,
  onProgress?: (done: number, total: number) => void,
): Promise<{ text: string; pages: number; facts?: OcrFacts["pages"] }> {
  if (kind === "image") {
    const page = await imageToText(bytes, { engine, onProgress });
    if (!/\p{L}{2}/u.test(page.text)) throw noText("image");
    const confidence = Math.round(page.confidence);
    return {
      text: `${pageMarker(1, true)}\n\n${page.text}\n`,
      pages: 1,
      facts: [{ page: 1, confidence, ocr: true }],
    };
  }
  const pdf = await pdfToText(bytes, pdfPageReader({ engine, onProgress }));
  if (!/\p{L}{2}/u.test(pdf.text.replace(/<!--[^>]*-->/g, ""))) throw noText("pdf");
  return { text: pdf.text, pages: pdf.pages, facts: pdf.pageFacts };
}

/**
 * Reads a PDF (text layer, OCR for pages without one) or a photo/scan image (OCR).
 *
 * @example
 * const { text, ocr } = await readScan(bytes, "pdf", { cacheDir: "data/ocr-cache" });
 * // ocr: { pages: [{ page: 1, confidence: 93, ocr: true }], lowConfidencePages: [] }
 */
export async function readScan(
  bytes: Uint8Array,
  kind: "pdf" | "image",
  settings: OcrSettings = {},
  onProgress?: (done: number, total: number) => void,
): Promise<ScanText> {
  const minConfidence = settings.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const engine =
    settings.engine ??
    lazyEngine(() =>
      createTesseractEngine({ workers: kind === "image" ? 1 : (settings.workers ?? availableParallelism()) }),
    );
  try {
    // Only OCR results are cached: a text-layer PDF is read again in milliseconds.
    const read = await cachedByContent(
      settings.cacheDir,
      bytes,
      () => recognize(bytes, kind, engine, onProgress),
      (r) => Boolean(r.facts),
    );
    if (!read.facts) return { text: read.text, pages: read.pages };
    const lowConfidencePages = read.facts
      .filter((p) => p.ocr && p.confidence < minConfidence)
      .map((p) => p.page);
    return { text: read.text, pages: read.pages, ocr: { pages: read.facts, lowConfidencePages } };
  } finally {
    if (!settings.engine) await engine.close();
  }
}
