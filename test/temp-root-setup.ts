import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * One temp folder per vitest run (globalSetup), deleted at the end: every `tempDir()` of a test, and every temp
 * folder the code under test makes with `os.tmpdir()`, lands inside it because workers inherit `TMPDIR`. Before,
 * each run left a thousand data folders (indexes, SQLite files) behind in /tmp.
 */
export default function setup() {
  const root = mkdtempSync(path.join(tmpdir(), "troly-vitest-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
