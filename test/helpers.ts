import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const CORPUS = path.join(ROOT, "corpus");

export const tempDir = (prefix = "troly-test-") => mkdtempSync(path.join(tmpdir(), prefix));

export const corpusFile = (id: string) => readFileSync(path.join(CORPUS, `${id}.md`), "utf8");

/** The body of a corpus file without its front matter, as a file from the field would arrive. */
export const bodyOf = (id: string) => corpusFile(id).replace(/^---\n[\s\S]*?\n---\n/, "");
