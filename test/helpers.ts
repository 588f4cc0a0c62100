import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DocumentMeta } from "../src/corpus/types.ts";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const CORPUS = path.join(ROOT, "corpus");

export const tempDir = (prefix = "troly-test-") => mkdtempSync(path.join(tmpdir(), prefix));

export const corpusFile = (id: string) => readFileSync(path.join(CORPUS, `${id}.md`), "utf8");

/** A document's metadata with every field empty but those given: what a unit test of one field needs. */
export const documentMeta = (fields: Partial<DocumentMeta> & Pick<DocumentMeta, "id">): DocumentMeta => ({
  title: "",
  kind: "",
  number: "",
  issuer: "",
  province: "",
  issuedDate: "",
  meetingDate: "",
  signer: "",
  signerTitle: "",
  recipients: [],
  ...fields,
});

/** The body of a corpus file without its front matter, as a file from the field would arrive. */
export const bodyOf = (id: string) => corpusFile(id).replace(/^---\n[\s\S]*?\n---\n/, "");

/**
 * An app over the seed corpus (or `env.CORPUS_DIR`) in a fresh data folder, with the example unit registry imported
 * and tasks built: what most integration tests start from.
 */
export async function appWithUnits(env: Record<string, string> = {}, dataDir = tempDir()) {
  const { createApp } = await import("../src/app.ts");
  const { loadConfig } = await import("../src/config/config.ts");
  const { createLogger } = await import("../src/logger.ts");
  const { importUnits } = await import("../src/obligations/unit-registry.ts");
  const { parseUnitsCsv } = await import("../src/obligations/units-csv.ts");
  const config = loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: CORPUS, LOG_LEVEL: "silent", ...env });
  const app = await createApp(config, createLogger("silent"));
  const registry = readFileSync(path.join(CORPUS, "units.example.csv"), "utf8");
  importUnits(app.db, parseUnitsCsv(registry, "units.example.csv"));
  app.refresh();
  return app;
}
