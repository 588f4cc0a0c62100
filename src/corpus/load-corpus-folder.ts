/**
 * Loads a corpus folder with every format an office holds: Markdown and text as they are, Word files, PDFs
 * (text layer, or OCR for scanned pages) and photos or scans (.png, .jpg). One OCR engine serves the whole
 * folder and is started only when a page needs it, so a Markdown-only corpus loads as fast as before.
 */
import path from "node:path";
import { CorpusParseError, InputError } from "../errors.ts";
import { convertUpload } from "./convert-upload.ts";
import {
  CONVERTED_EXTENSIONS,
  type CorpusLoadOptions,
  type CorpusLoadResult,
  listCorpusFiles,
  parseChecked,
  parseText,
  readRaw,
  resolveClaims,
  TEXT_EXTENSIONS,
  type UnchangedFile,
} from "./load-corpus.ts";
import { lazyEngine } from "./ocr/ocr-engine.ts";
import type { OcrSettings } from "./ocr/read-scan.ts";
import { createTesseractEngine } from "./ocr/tesseract-engine.ts";
import type { ParsedDocument } from "./types.ts";

export interface FolderLoadOptions extends CorpusLoadOptions {
  /** OCR engine, cache folder (`<DATA_DIR>/ocr-cache`), workers and confidence threshold. */
  ocr?: OcrSettings;
  /** OCR progress of one file, in pages. */
  onOcrProgress?: (file: string, done: number, total: number) => void;
  /** Only these files of the folder (an upload), not all of it. */
  only?: readonly string[];
}

const ALL_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...CONVERTED_EXTENSIONS]);

/**
 * Office formats a folder of documents often holds that are not read: each is reported with what to do, rather than
 * skipped in silence, so an officer who drops a ".doc" in the folder learns why it is not answered from.
 */
const UNREAD_FORMATS: ReadonlyMap<string, string> = new Map([
  [".doc", "tệp Word 97–2003 (.doc)"],
  [".rtf", "tệp RTF"],
  [".odt", "tệp OpenDocument (.odt)"],
  [".html", "trang web (.html)"],
  [".htm", "trang web (.htm)"],
  [".xls", "bảng tính Excel"],
  [".xlsx", "bảng tính Excel"],
  [".ppt", "tệp trình chiếu"],
  [".pptx", "tệp trình chiếu"],
  [".zip", "tệp nén"],
  [".rar", "tệp nén"],
]);

/** One error per file of a format that is not read, naming the format and the formats that are. */
function unreadFiles(dir: string, only: ReadonlySet<string> | undefined): CorpusParseError[] {
  return listCorpusFiles(dir, new Set(UNREAD_FORMATS.keys()))
    .filter((file) => !only || only.has(file))
    .map((file) => {
      const format = UNREAD_FORMATS.get(path.extname(file).toLowerCase()) ?? "định dạng này";
      return new CorpusParseError(
        file,
        1,
        `Chưa đọc được ${format}. Hãy lưu văn bản thành .docx, .pdf hoặc .md rồi nạp lại.`,
      );
    });
}

async function readConverted(
  bytes: Uint8Array,
  file: string,
  maxFileBytes: number,
  options: FolderLoadOptions,
): Promise<{ doc: ParsedDocument; source: string }> {
  try {
    // A plain Uint8Array, not the Buffer read: pdf.js refuses Buffers.
    const { text } = await convertUpload(new Uint8Array(bytes), file, {
      maxBytes: maxFileBytes,
      ocr: options.ocr,
      onProgress: (done, total) => options.onOcrProgress?.(file, done, total),
    });
    return parseChecked(text, file, options.parse);
  } catch (error) {
    // The Vietnamese message: it says what is wrong with the file and what to do, for the officer who put it there.
    if (error instanceof InputError) throw new CorpusParseError(file, 1, error.userMessage);
    throw error;
  }
}

/**
 * Reads and parses every document in a folder, .md/.txt/.docx/.pdf/.png/.jpg; a file that fails is reported
 * (scans and photos with a Vietnamese message) and the others still load. Ids are settled as in `loadCorpus`.
 * Each file's bytes are hashed first: a file whose bytes are the ones indexed (`known`) is neither converted nor
 * parsed, only listed in `unchanged`.
 *
 * @example
 * const { documents, errors } = await loadCorpusFolder("corpus", { ocr: { cacheDir: "data/ocr-cache" } });
 */
export async function loadCorpusFolder(
  dir: string,
  options: FolderLoadOptions = {},
): Promise<CorpusLoadResult> {
  const maxFileBytes = options.maxFileBytes ?? Number.POSITIVE_INFINITY;
  const only = options.only && new Set(options.only);
  const files = listCorpusFiles(dir, ALL_EXTENSIONS).filter((file) => !only || only.has(file));
  const engine =
    options.ocr?.engine ?? lazyEngine(() => createTesseractEngine({ workers: options.ocr?.workers }));
  const settings = { ...options, ocr: { ...options.ocr, engine } };
  const loaded: { doc: ParsedDocument; source: string }[] = [];
  const unchanged: UnchangedFile[] = [];
  const errors: CorpusParseError[] = unreadFiles(dir, only);
  try {
    for (const file of files) {
      try {
        const raw = readRaw(dir, file, maxFileBytes, options.known);
        if (raw.unchanged) {
          unchanged.push(raw.unchanged);
          continue;
        }
        const converted = CONVERTED_EXTENSIONS.has(path.extname(file).toLowerCase());
        const read = converted
          ? await readConverted(raw.bytes, file, maxFileBytes, settings)
          : parseText(raw.bytes, file, options.parse);
        loaded.push({ ...read, doc: { ...read.doc, rawHash: raw.rawHash } });
      } catch (error) {
        if (error instanceof CorpusParseError) errors.push(error);
        else errors.push(new CorpusParseError(file, 1, (error as Error).message));
      }
    }
  } finally {
    if (!options.ocr?.engine) await engine.close();
  }
  return resolveClaims(files, loaded, errors, options.owners, unchanged);
}
