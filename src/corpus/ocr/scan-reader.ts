/**
 * Reads scans through an `OcrEngine`: the pages of a PDF that have no text layer, or a photo. Each page is
 * rendered (or decoded), straightened and thresholded on this thread, then handed to the engine, whose workers
 * recognize several pages at once while the next page renders.
 */
import type { PageOcrText, PdfPageReader } from "../pdf-text.ts";
import { prepareForOcr } from "./image-ops.ts";
import type { OcrEngine } from "./ocr-engine.ts";
import { ocrPageText } from "./ocr-page-text.ts";

/** Pages are rendered at 300 dpi, the resolution Tesseract is trained for (150 dpi scans are upsampled). */
export const RENDER_DPI = 300;
/** A photo is scaled so its long side is about an A4 page at 300 dpi, at most doubled. */
const PHOTO_LONG_SIDE = 3508;

export interface ScanReadOptions {
  engine: OcrEngine;
  /** Called after each recognized page: (done, total). */
  onProgress?: (done: number, total: number) => void;
  dpi?: number;
}

/**
 * A `PdfPageReader` over the engine, for `pdfToText`.
 *
 * @example
 * const { text, pageFacts } = await pdfToText(bytes, pdfPageReader({ engine, onProgress: bar.update }));
 */
export function pdfPageReader(options: ScanReadOptions): PdfPageReader {
  const dpi = options.dpi ?? RENDER_DPI;
  return async (pages, render) => {
    let done = 0;
    options.onProgress?.(0, pages.length);
    const jobs: Promise<PageOcrText>[] = [];
    for (const page of pages) {
      // Rendering is sequential (pdf.js is single-threaded here); recognition overlaps it in the workers.
      const { image } = prepareForOcr(await render(page, dpi));
      jobs.push(
        options.engine.recognize(image).then((result) => {
          options.onProgress?.(++done, pages.length);
          return { page, text: ocrPageText(result.words), confidence: result.confidence };
        }),
      );
    }
    return Promise.all(jobs);
  };
}

/**
 * Recognizes the text of a photo or scanned image (PNG or JPEG bytes) as one page.
 *
 * @example
 * const { text, confidence } = await imageToText(readFileSync("ket-luan.jpg"), { engine });
 */
export async function imageToText(bytes: Uint8Array, options: ScanReadOptions): Promise<PageOcrText> {
  const { loadImage } = await import("@napi-rs/canvas");
  const image = await loadImage(Buffer.from(bytes));
  const scale = Math.min(2, PHOTO_LONG_SIDE / Math.max(image.width, image.height, 1));
  options.onProgress?.(0, 1);
  const prepared = prepareForOcr(image, scale);
  const result = await options.engine.recognize(prepared.image);
  options.onProgress?.(1, 1);
  return { page: 1, text: ocrPageText(result.words), confidence: result.confidence };
}
