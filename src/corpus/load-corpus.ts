import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CorpusParseError, TrolyError } from "../errors.ts";
import { parseDocument } from "./parse-document.ts";
import type { ParsedDocument } from "./types.ts";

export interface CorpusLoadResult {
  documents: ParsedDocument[];
  /** One entry per file that could not be read; the other files still load. */
  errors: CorpusParseError[];
}

const EXTENSIONS = new Set([".md", ".txt"]);
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/** Decodes strictly, so a file saved in another encoding is reported instead of indexed as garbage. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const text = lenientUtf8.decode(bytes);
    const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    throw new CorpusParseError(file, line, "file is not valid UTF-8; save it as UTF-8 and ingest again");
  }
}

/** Lists the .md/.txt files under a folder, recursively, sorted for a stable order. */
export function listCorpusFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch (error) {
    throw new TrolyError(
      `corpus folder ${dir} cannot be read: ${(error as Error).message}`,
      "corpus_missing",
    );
  }
  return entries
    .filter((f) => EXTENSIONS.has(path.extname(f).toLowerCase()) && statSync(path.join(dir, f)).isFile())
    .sort();
}

/**
 * Reads and parses every document in a folder. Duplicate ids are reported for the later file.
 *
 * @example
 * const { documents, errors } = loadCorpus("corpus");
 */
export function loadCorpus(dir: string): CorpusLoadResult {
  const documents: ParsedDocument[] = [];
  const errors: CorpusParseError[] = [];
  const seen = new Map<string, string>();
  for (const file of listCorpusFiles(dir)) {
    try {
      const doc = parseDocument(decodeUtf8(readFileSync(path.join(dir, file)), file), file);
      const other = seen.get(doc.meta.id);
      if (other)
        throw new CorpusParseError(file, 1, `document id "${doc.meta.id}" is already used by ${other}`);
      seen.set(doc.meta.id, file);
      documents.push(doc);
    } catch (error) {
      if (error instanceof CorpusParseError) errors.push(error);
      else errors.push(new CorpusParseError(file, 1, (error as Error).message));
    }
  }
  return { documents, errors };
}
