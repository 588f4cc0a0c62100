/**
 * The OCR port: what the corpus needs from a text recognizer, so the tesseract implementation can be swapped
 * (or wrapped, e.g. to count calls in tests) without touching the PDF and image readers.
 */

/** One recognized word, in pixels of the image it was read from (y grows downwards). */
export interface OcrWord {
  text: string;
  /** 0–100. */
  confidence: number;
  left: number;
  right: number;
  /** The y of the line's baseline under this word: words of one printed line share it. */
  baseline: number;
  /** Height of the printed line (ascender to descender), the same for every word of the line. */
  lineHeight: number;
}

export interface OcrResult {
  words: OcrWord[];
  /** Mean word confidence of the page, 0–100 (0 when nothing was read). */
  confidence: number;
}

/**
 * Recognizes printed Vietnamese text in an image (PNG, JPEG or PBM bytes). Calls may overlap: an engine with a
 * worker pool runs them in parallel.
 *
 * @example
 * const { words, confidence } = await engine.recognize(pngBytes);
 * await engine.close();
 */
export interface OcrEngine {
  recognize(image: Uint8Array): Promise<OcrResult>;
  /** Stops the engine's workers; it cannot be used afterwards. */
  close(): Promise<void>;
}

/**
 * An engine created only when the first image arrives, so a corpus with no scan never loads the recognizer
 * (a tesseract worker costs seconds and ~100 MB). `close` is free when it was never started.
 *
 * @example
 * const engine = lazyEngine(() => createTesseractEngine({ workers: 2 }));
 */
export function lazyEngine(create: () => Promise<OcrEngine>): OcrEngine & { started(): boolean } {
  let engine: Promise<OcrEngine> | null = null;
  return {
    started: () => engine !== null,
    recognize(image) {
      engine ??= create();
      return engine.then((e) => e.recognize(image));
    },
    async close() {
      const started = engine;
      engine = null;
      if (started) await (await started).close();
    },
  };
}
