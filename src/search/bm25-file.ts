import { closeSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { Bm25Index, type Bm25Options, type Bm25Parts, DEFAULT_BM25 } from "./bm25-index.ts";

/** Bumped whenever the layout or the analyzer changes, so an old file is rebuilt rather than misread. */
const FORMAT = "troly-bm25/1";

interface Header {
  format: string;
  /** What the index was built from (see PassageIndex): a file for other passages is never loaded. */
  key: string;
  options: Bm25Options;
  size: number;
  terms: number;
  postings: number;
  termBytes: number;
}

/** Arrays start on 8-byte boundaries so they can be viewed in place, without copying. */
const pad8 = (n: number) => (n + 7) & ~7;

/**
 * Writes the index's postings to `file` (typed arrays as they are in memory, terms as UTF-8 lines), atomically: a
 * crash mid-write leaves the previous file.
 *
 * @example
 * saveBm25("data/lexical.bin", index, fingerprint);
 * loadBm25("data/lexical.bin", fingerprint) // the same index, or null
 */
export function saveBm25(file: string, index: Bm25Index, key: string): void {
  const parts = index.parts;
  const terms = Buffer.from([...parts.termIds.keys()].join("\n"), "utf8");
  const header: Header = {
    format: FORMAT,
    key,
    options: index.options,
    size: parts.size,
    terms: parts.termIds.size,
    postings: parts.docs.length,
    termBytes: terms.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const prefix = Buffer.alloc(pad8(4 + headerBytes.length));
  prefix.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(prefix, 4);
  const chunks: Uint8Array[] = [prefix, terms, new Uint8Array(pad8(terms.length) - terms.length)];
  for (const array of [parts.offsets, parts.docs, parts.weights, parts.idfs, parts.maxWeights]) {
    chunks.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    chunks.push(new Uint8Array(pad8(array.byteLength) - array.byteLength));
  }
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/**
 * The index saved in `file` when it was saved under `key` with these options and in this format; null when the
 * file is missing, stale or unreadable (the caller rebuilds).
 */
export function loadBm25(file: string, key: string, options: Bm25Options = DEFAULT_BM25): Bm25Index | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString("utf8", 4, 4 + headerLength)) as Header;
    if (header.format !== FORMAT || header.key !== key) return null;
    if (JSON.stringify(header.options) !== JSON.stringify(options)) return null;
    let at = pad8(4 + headerLength);
    const termText = bytes.toString("utf8", at, at + header.termBytes);
    at += pad8(header.termBytes);
    const view = <T>(
      make: (buffer: ArrayBuffer, offset: number, length: number) => T,
      length: number,
      width: number,
    ) => {
      if (at + length * width > bytes.length) throw new Error("truncated");
      // A copy when the buffer is not 8-byte aligned (small files come from Node's shared pool).
      const aligned = (bytes.byteOffset + at) % 8 === 0;
      const source = aligned ? bytes : Buffer.from(bytes.subarray(at, at + length * width));
      const result = make(
        source.buffer as ArrayBuffer,
        aligned ? bytes.byteOffset + at : source.byteOffset,
        length,
      );
      at += pad8(length * width);
      return result;
    };
    const offsets = view((b, o, n) => new Int32Array(b, o, n), header.terms + 1, 4);
    const docs = view((b, o, n) => new Int32Array(b, o, n), header.postings, 4);
    const weights = view((b, o, n) => new Float32Array(b, o, n), header.postings, 4);
    const idfs = view((b, o, n) => new Float64Array(b, o, n), header.terms, 8);
    const maxWeights = view((b, o, n) => new Float32Array(b, o, n), header.terms, 4);
    const termIds = new Map<string, number>();
    if (header.terms > 0) for (const term of termText.split("\n")) termIds.set(term, termIds.size);
    if (termIds.size !== header.terms || offsets[header.terms] !== header.postings) return null;
    const parts: Bm25Parts = { termIds, offsets, docs, weights, idfs, maxWeights, size: header.size };
    return Bm25Index.fromParts(parts, options);
  } catch {
    return null;
  }
}
