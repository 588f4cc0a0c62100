import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { App } from "../app.ts";
import type { OcrSettings } from "../corpus/ocr/read-scan.ts";
import type { ParsedDocument } from "../corpus/types.ts";
import type { AssignedObligation } from "../obligations/assignment.ts";
import { extractObligations } from "../obligations/obligation-extractor.ts";
import { listTasks } from "../obligations/task-list.ts";
import { listUnits, unitsForParties } from "../obligations/unit-registry.ts";

/** An upload's obligations as ingest would assign them, with the names of the units they would go to. */
export type PreviewObligation = AssignedObligation & { unitNames: string[] };

/**
 * What every upload surface (the web page, Telegram, Zalo) needs of the service to preview and then ingest an
 * uploaded document: nothing is written before `saveDocument`.
 */
export interface UploadDesk {
  /** DEFAULT_PROVINCE: where a document naming no province is assigned. */
  defaultProvince: string;
  /** How uploads are read by OCR: the same workers, threshold and cache as `troly ingest`. */
  ocr?: OcrSettings;
  /** What ingest would make of a parsed upload; nothing is written. */
  preview(parsed: ParsedDocument): { province: string; obligations: PreviewObligation[] };
  /** The corpus folder already has a file of this name (the upload would replace it). */
  corpusHas(file: string): boolean;
  /** Writes the file into the corpus folder and ingests it: answerable at once; the tasks it created. */
  saveDocument(file: string, text: string, documentId: string): Promise<{ tasksAdded: number }>;
}

/**
 * The upload desk on the service's App: the preview assigns obligations exactly as ingest would (the document's
 * province, else DEFAULT_PROVINCE), and saving runs the same ingest as `troly ingest` (under its lock), so the
 * search index, obligations and tasks are all updated before it resolves.
 *
 * @example
 * const desk = appUploadDesk(app);
 * const { obligations } = desk.preview(parseDocument(text, "ket-luan.md"));
 * await desk.saveDocument("ket-luan.md", text, "ket-luan");
 */
export function appUploadDesk(app: Pick<App, "db" | "config" | "ingest">): UploadDesk {
  const { db, config } = app;
  return {
    defaultProvince: config.defaultProvince,
    // The cache is keyed by the file's bytes: a photo sent twice is recognized once.
    ocr: { ...config.ocr, cacheDir: path.join(config.dataDir, "ocr-cache") },
    preview(parsed) {
      const province = parsed.meta.province || config.defaultProvince;
      const registry = listUnits(db);
      const obligations = extractObligations(parsed).map((o) => {
        const units = province ? unitsForParties(o.responsible, province, registry) : [];
        return { ...o, assigned: units.length, unitNames: units.map((u) => u.name) };
      });
      return { province, obligations };
    },
    corpusHas: (file) => existsSync(path.join(config.corpusDir, file)),
    async saveDocument(file, text, documentId) {
      writeFileSync(path.join(config.corpusDir, file), text, "utf8");
      const before = new Set(listTasks(db).map((t) => t.id));
      await app.ingest({ uploaded: file });
      const tasksAdded = listTasks(db).filter((t) => t.documentId === documentId && !before.has(t.id)).length;
      return { tasksAdded };
    },
  };
}
