import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CorpusParseError, TrolyError } from "../errors.ts";
import { parseDocument } from "./parse-document.ts";
import type { ParsedDocument, Passage } from "./types.ts";

export interface CorpusLoadOptions {
  /** Files larger than this are reported without being read (MAX_FILE_MB). */
  maxFileBytes?: number;
  /**
   * Which file each indexed document came from. A file that already owns an id keeps it: a new file claiming
   * the same id is reported, even when it sorts first.
   */
  owners?: ReadonlyMap<string, string>;
  /**
   * The indexed document of each file and the sha256 of the file's bytes when it was indexed
   * (`PassageIndex.storedFiles`): a file whose bytes hash the same is neither parsed nor converted again, and is
   * listed in `unchanged`.
   */
  known?: ReadonlyMap<string, StoredFile>;
  /** Parses a document's text (`parseDocument`); injectable so tests can count what is parsed. */
  parse?: (source: string, file: string) => ParsedDocument;
}

/** An indexed file: its document id and the sha256 of its bytes when it was indexed. */
export interface StoredFile {
  id: string;
  rawHash: string;
}

/** A file skipped because its bytes are the ones indexed: its document stays as it is. */
export interface UnchangedFile {
  id: string;
  file: string;
}

export interface CorpusLoadResult {
  documents: ParsedDocument[];
  /** One entry per file that could not be read; the other files still load. Sorted by file. */
  errors: CorpusParseError[];
  /** Every corpus file found (.md/.txt; for `loadCorpusFolder` also .pdf/.docx/.png/.jpg), read or not, sorted. */
  files: string[];
  /** Files whose bytes are the ones indexed (see `known`): not parsed, their documents unchanged. Sorted by file. */
  unchanged: UnchangedFile[];
}

/** sha256 of a file's raw bytes, as `documents.raw_hash` stores it. */
export const rawHashOf = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Text files, read as they are. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([".md", ".txt"]);
/** Files converted to text first (`convertUpload`): Word, PDF (OCR for scanned pages), photos and scans. */
export const CONVERTED_EXTENSIONS: ReadonlySet<string> = new Set([".docx", ".pdf", ".png", ".jpg", ".jpeg"]);
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");
/** How much of a file is sniffed for binary content. */
const SNIFF_BYTES = 8192;
/** Share of control characters (other than tab, line and page breaks) above which a file is not text. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Decodes strictly, so a file saved in another encoding is reported instead of indexed as garbage; composes
 * Vietnamese letters (NFC), since a file saved with decomposed accents (NFD) reads the same to an officer.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return strictUtf8
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .normalize("NFC");
  } catch {
    const text = lenientUtf8.decode(bytes);
    const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    throw new CorpusParseError(file, line, "file is not valid UTF-8; save it as UTF-8 and ingest again");
  }
}

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "a PDF file"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (DOCX, XLSX, ODT…)"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Office file (DOC, XLS)"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0xff, 0xfe], "UTF-16 text"],
  [[0xfe, 0xff], "UTF-16 text"],
];

/**
 * Why the first bytes of a file show it is not text (a PDF, an image, a Word file renamed `.md`…), or null.
 * NUL bytes or a high share of control characters in the first 8 KB mean binary.
 *
 * @example
 * binaryReason(readFileSync("scan.md").subarray(0, 8192)) // "it is a PDF file, not text; …"
 */
export function binaryReason(head: Uint8Array): string | null {
  const signature = SIGNATURES.find(([magic]) => magic.every((b, i) => head[i] === b));
  const hint =
    "give it its own extension (.pdf, .docx, .png, .jpg: converted on ingest) or convert it to UTF-8 text";
  if (signature) return `it is ${signature[1]}, not UTF-8 text; ${hint}`;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return `it contains NUL bytes, so it is a binary file, not text; ${hint}`;
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) controls++;
  }
  if (head.length > 0 && controls / head.length > MAX_CONTROL_SHARE)
    return `${Math.round((100 * controls) / head.length)}% of its first bytes are control characters, so it is a binary file, not text; ${hint}`;
  return null;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;

/** Lists the corpus files (by default .md/.txt) under a folder, recursively, sorted for a stable order. */
export function listCorpusFiles(dir: string, extensions: ReadonlySet<string> = TEXT_EXTENSIONS): string[] {
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
    .filter((f) => extensions.has(path.extname(f).toLowerCase()) && isFileOrUnreadable(dir, f))
    .sort();
}

/** A broken link or unreadable entry is listed, so reading it reports the file instead of failing the folder. */
function isFileOrUnreadable(dir: string, file: string): boolean {
  try {
    return statSync(path.join(dir, file)).isFile();
  } catch {
    return true;
  }
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split("\n").length;

/** The line of the `id:` key in the front matter, else 1: where a duplicate id is fixed. */
function idLine(source: string): number {
  if (!source.startsWith("---")) return 1;
  const lines = source.split("\n", 200);
  for (let i = 1; i < lines.length && !/^---\s*$/.test(lines[i]); i++)
    if (/^id\s*:/.test(lines[i])) return i + 1;
  return 1;
}

/**
 * The first passage whose id an earlier passage of the same document already has, with that earlier one. The
 * parser should never produce one; the index refuses such a document rather than fail on the database's unique key.
 */
export function duplicatePassage(passages: readonly Passage[]): [Passage, Passage] | null {
  const seen = new Map<string, Passage>();
  for (const passage of passages) {
    const earlier = seen.get(passage.id);
    if (earlier) return [earlier, passage];
    seen.set(passage.id, passage);
  }
  return null;
}

/** Refuses a file over the size limit before it is read. */
export function checkFileSize(dir: string, file: string, maxFileBytes: number): void {
  const { size } = statSync(path.join(dir, file));
  if (size > maxFileBytes)
    throw new CorpusParseError(
      file,
      1,
      `file is ${megabytes(size)}, over the ${megabytes(maxFileBytes)} limit per file (MAX_FILE_MB); split it or raise MAX_FILE_MB`,
    );
}

/**
 * Reads a file's bytes after checking its size, and hashes them; the file is `unchanged` when `known` holds the
 * same hash for it (then the caller parses nothing).
 */
export function readRaw(
  dir: string,
  file: string,
  maxFileBytes: number,
  known?: ReadonlyMap<string, StoredFile>,
): { bytes: Uint8Array; rawHash: string; unchanged?: UnchangedFile } {
  checkFileSize(dir, file, maxFileBytes);
  const bytes = readFileSync(path.join(dir, file));
  const rawHash = rawHashOf(bytes);
  const stored = known?.get(file);
  return { bytes, rawHash, unchanged: stored?.rawHash === rawHash ? { id: stored.id, file } : undefined };
}

/** Parses a text file's bytes after checking its first bytes, so a binary file is never parsed. */
export function parseText(
  bytes: Uint8Array,
  file: string,
  parse: (source: string, file: string) => ParsedDocument = parseDocument,
): { doc: ParsedDocument; source: string } {
  const binary = binaryReason(bytes.subarray(0, SNIFF_BYTES));
  if (binary) throw new CorpusParseError(file, 1, `not indexed: ${binary}`);
  return parseChecked(decodeUtf8(bytes, file), file, parse);
}

/** Reads one file after checking its size and its first bytes, so a huge or binary file is never parsed. */
export function readDocument(
  dir: string,
  file: string,
  maxFileBytes: number,
): { doc: ParsedDocument; source: string } {
  const { bytes, rawHash } = readRaw(dir, file, maxFileBytes);
  const read = parseText(bytes, file);
  return { ...read, doc: { ...read.doc, rawHash } };
}

/** Parses a document's text and refuses it when two passages share an id. */
export function parseChecked(
  source: string,
  file: string,
  parse: (source: string, file: string) => ParsedDocument = parseDocument,
): { doc: ParsedDocument; source: string } {
  const doc = parse(source, file);
  const duplicate = duplicatePassage(doc.passages);
  if (duplicate) {
    const [earlier, later] = duplicate;
    throw new CorpusParseError(
      file,
      lineAt(source, later.start),
      `passage id "${later.id}" is given to two passages (lines ${lineAt(source, earlier.start)} and ` +
        `${lineAt(source, later.start)}); the document is not indexed`,
    );
  }
  return { doc, source };
}

/**
 * Reads and parses every document in a folder; a file that fails is reported and the others still load.
 * Two files claiming one document id (front matter `id:` or the same file-name slug): the file that already owns
 * the id in the index keeps it, else the first in sort order; every other claimant is reported, naming the owner.
 * A file whose bytes are the ones indexed (`known`) is not parsed: it is listed in `unchanged`.
 *
 * @example
 * const { documents, errors } = loadCorpus("corpus", { maxFileBytes: 5 * 1024 * 1024 });
 */
export function loadCorpus(dir: string, options: CorpusLoadOptions = {}): CorpusLoadResult {
  const maxFileBytes = options.maxFileBytes ?? Number.POSITIVE_INFINITY;
  const files = listCorpusFiles(dir);
  const loaded: { doc: ParsedDocument; source: string }[] = [];
  const unchanged: UnchangedFile[] = [];
  const errors: CorpusParseError[] = [];
  for (const file of files) {
    try {
      const raw = readRaw(dir, file, maxFileBytes, options.known);
      if (raw.unchanged) {
        unchanged.push(raw.unchanged);
        continue;
      }
      const read = parseText(raw.bytes, file, options.parse);
      loaded.push({ ...read, doc: { ...read.doc, rawHash: raw.rawHash } });
    } catch (error) {
      if (error instanceof CorpusParseError) errors.push(error);
      else errors.push(new CorpusParseError(file, 1, (error as Error).message));
    }
  }
  return resolveClaims(files, loaded, errors, options.owners, unchanged);
}

/**
 * Settles which file owns each document id and sorts the result: the read documents, the files that failed
 * (`errors`), the files skipped as unchanged and every file found. An unchanged file claims its indexed id.
 */
export function resolveClaims(
  files: string[],
  loaded: { doc: ParsedDocument; source: string }[],
  errors: CorpusParseError[],
  owners?: ReadonlyMap<string, string>,
  unchanged: UnchangedFile[] = [],
): CorpusLoadResult {
  const failed = new Set(errors.map((e) => e.file));
  type Claimant = { file: string; read?: { doc: ParsedDocument; source: string }; skipped?: UnchangedFile };
  const claims = new Map<string, Claimant[]>();
  const claim = (id: string, claimant: Claimant) => claims.set(id, [...(claims.get(id) ?? []), claimant]);
  // In sort order, so that without an owner the first file in sort order keeps the id.
  const byName = new Map<string, Claimant & { id: string }>();
  for (const l of loaded) byName.set(l.doc.file, { id: l.doc.meta.id, file: l.doc.file, read: l });
  for (const u of unchanged) byName.set(u.file, { id: u.id, file: u.file, skipped: u });
  for (const file of files) {
    const c = byName.get(file);
    if (c) claim(c.id, c);
  }
  const documents: ParsedDocument[] = [];
  const kept: UnchangedFile[] = [];
  for (const [id, claimants] of claims) {
    const owner = owners?.get(id);
    // An owner that failed to read this time keeps its indexed version, so nobody else may take the id.
    const winner =
      owner && failed.has(owner) ? undefined : (claimants.find((c) => c.file === owner) ?? claimants[0]);
    if (winner?.read) documents.push(winner.read.doc);
    if (winner?.skipped) kept.push(winner.skipped);
    for (const loser of claimants) {
      if (loser === winner) continue;
      const holder = winner?.file ?? (owner as string);
      const indexed = holder === owner ? "already indexed from" : "already used by";
      errors.push(
        new CorpusParseError(
          loser.file,
          loser.read ? idLine(loser.read.source) : 1,
          `document id "${id}" is ${indexed} ${holder}; this file is not indexed. ` +
            `Give it another "id:" in its front matter or rename it`,
        ),
      );
    }
  }
  const byFile = (a: { file: string }, b: { file: string }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  documents.sort(byFile);
  errors.sort(byFile);
  kept.sort(byFile);
  return { documents, errors, files, unchanged: kept };
}
