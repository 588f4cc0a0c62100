import { createHash } from "node:crypto";
import { Bm25Builder } from "./bm25-builder.ts";
import { loadBm25, saveBm25 } from "./bm25-file.ts";
import type { Bm25Index } from "./bm25-index.ts";

/** A stored passage as the snapshot's key sees it: its `label` changes whenever it is rewritten. */
export interface SnapshotPassage {
  label: number;
  id: string;
}

/** What passage `i` is indexed from: its text and its context (title, number, headings: the BM25F context field). */
export type SnapshotFields = (i: number) => { text: string; context: string };

export interface LexicalSnapshot {
  index: Bm25Index;
  /** True when the index came from the file, false when it was built (and the file written). */
  loaded: boolean;
}

/**
 * The BM25 index for these passages, in this order: read from `file` when it was saved for exactly them (same
 * labels and ids — a rewritten passage gets a new label), else built from their text and saved there, so a restart
 * on an unchanged corpus reads the postings instead of analysing every passage again. A file that cannot be
 * written costs the next start a rebuild, never this one.
 *
 * @example
 * const { index, loaded } = lexicalSnapshot("data/lexical.bin", passages, (i) => ({ text: texts[i], context: "" }));
 */
export function lexicalSnapshot(
  file: string,
  passages: readonly SnapshotPassage[],
  fields: SnapshotFields,
  onSaveError: (error: unknown) => void = () => {},
): LexicalSnapshot {
  const hash = createHash("sha256");
  for (const p of passages) hash.update(`${p.label}:${p.id}\n`);
  const key = hash.digest("hex");
  const saved = loadBm25(file, key);
  if (saved && saved.size === passages.length) return { index: saved, loaded: true };
  const builder = new Bm25Builder();
  // Fields are asked for only here: a warm start builds no context strings.
  for (let i = 0; i < passages.length; i++) {
    const { text, context } = fields(i);
    builder.addText(text, context);
  }
  const index = builder.build();
  try {
    saveBm25(file, index, key);
  } catch (error) {
    onSaveError(error);
  }
  return { index, loaded: false };
}
