/**
 * The OCR port over tesseract.js (Tesseract 5 compiled to WebAssembly, run in worker threads) with the
 * Vietnamese LSTM model of `@tesseract.js-data/vie`. Everything is read from node_modules: the model path is
 * given explicitly and caching is off, so nothing is downloaded and nothing is written beside the process.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Line, Page } from "tesseract.js";
import type { OcrEngine, OcrResult, OcrWord } from "./ocr-engine.ts";

const require = createRequire(import.meta.url);
/** The integer-quantized "best" LSTM model: as accurate as the float one on our scans, smaller and faster. */
export const VIE_MODEL_DIR = path.join(
  path.dirname(require.resolve("@tesseract.js-data/vie/package.json")),
  "4.0.0_best_int",
);

export interface TesseractEngineOptions {
  /** Worker threads (parallel pages); default: the machine's cores. */
  workers?: number;
}

function wordsOf(page: Page): OcrWord[] {
  const lines: Line[] = (page.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  return lines.flatMap((line) => {
    const { x0, y0, x1, y1 } = line.baseline;
    const slope = x1 === x0 ? 0 : (y1 - y0) / (x1 - x0);
    const lineHeight = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
    return line.words
      .filter((w) => w.text.trim() !== "")
      .map((w) => ({
        text: w.text.trim(),
        confidence: w.confidence,
        left: w.bbox.x0,
        right: w.bbox.x1,
        baseline: y0 + slope * (w.bbox.x0 - x0),
        lineHeight,
      }));
  });
}

/**
 * Starts `workers` tesseract workers behind one scheduler: `recognize` calls queue and run in parallel.
 *
 * @example
 * const engine = await createTesseractEngine({ workers: 2 });
 * const { words, confidence } = await engine.recognize(png);
 * await engine.close();
 */
export async function createTesseractEngine(options: TesseractEngineOptions = {}): Promise<OcrEngine> {
  const { createScheduler, createWorker, OEM } = await import("tesseract.js");
  const count = Math.max(1, options.workers ?? availableParallelism());
  const scheduler = createScheduler();
  const workers = await Promise.all(
    Array.from({ length: count }, () =>
      createWorker("vie", OEM.LSTM_ONLY, { langPath: VIE_MODEL_DIR, gzip: true, cacheMethod: "none" }),
    ),
  );
  for (const worker of workers) scheduler.addWorker(worker);
  return {
    async recognize(image: Uint8Array): Promise<OcrResult> {
      const { data } = await scheduler.addJob(
        "recognize",
        Buffer.from(image),
        {},
        { blocks: true, text: false },
      );
      const words = wordsOf(data);
      const confidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
      return { words, confidence };
    },
    close: () => scheduler.terminate() as Promise<void>,
  };
}
