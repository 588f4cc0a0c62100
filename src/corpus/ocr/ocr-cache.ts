/**
 * OCR results cached by content: the SHA-256 of a file's bytes names a JSON file in the cache folder, so
 * ingesting the same scan again (or uploading it twice) does not recognize it again. The key also holds the
 * pipeline version: a change to preprocessing or layout invalidates old entries.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Bump when preprocessing, the model or the page layout changes what OCR produces. */
const PIPELINE_VERSION = "ocr-2";

export const contentHash = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Returns the cached value for these bytes, else computes, stores and returns it. Without a cache folder it
 * just computes; an unreadable or corrupt entry is computed again, and a failed write is not an error.
 *
 * @example
 * const converted = await cachedByContent(path.join(dataDir, "ocr-cache"), bytes, () => ocrIt(bytes));
 */
export async function cachedByContent<T>(
  cacheDir: string | undefined,
  bytes: Uint8Array,
  compute: () => Promise<T>,
  shouldStore: (value: T) => boolean = () => true,
): Promise<T> {
  if (!cacheDir) return compute();
  const file = path.join(cacheDir, `${contentHash(bytes)}.${PIPELINE_VERSION}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // Missing or unreadable: recognize again.
  }
  const value = await compute();
  if (!shouldStore(value)) return value;
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written beside, then renamed: a reader never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, file);
  } catch {
    // A read-only data folder only costs the next ingest another OCR run.
  }
  return value;
}
