import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** One row per ingested file; `hash` lets re-ingestion skip unchanged files. */
export const documents = sqliteTable("documents", {
  id: text("id").primaryKey(),
  file: text("file").notNull(),
  hash: text("hash").notNull(),
  title: text("title").notNull(),
  kind: text("kind").notNull(),
  number: text("number").notNull(),
  issuer: text("issuer").notNull(),
  province: text("province").notNull(),
  issuedDate: text("issued_date").notNull(),
  meetingDate: text("meeting_date").notNull(),
  signer: text("signer").notNull(),
  signerTitle: text("signer_title").notNull(),
  recipients: text("recipients", { mode: "json" }).$type<string[]>().notNull(),
  references: text("references", { mode: "json" }).$type<unknown[]>().notNull(),
  indexedAt: text("indexed_at").notNull(),
});

/**
 * Passages with everything the search indexes need, so loading never re-parses or re-analyzes:
 * `label` is the integer key shared with the HNSW file.
 */
export const passages = sqliteTable(
  "passages",
  {
    label: integer("label").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    ordinal: integer("ordinal").notNull(),
    path: text("path").notNull(),
    section: text("section").notNull(),
    headings: text("headings", { mode: "json" }).$type<string[]>().notNull(),
    text: text("text").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    references: text("references", { mode: "json" }).$type<unknown[]>().notNull(),
    textTerms: text("text_terms", { mode: "json" }).$type<string[]>().notNull(),
    contextTerms: text("context_terms", { mode: "json" }).$type<string[]>().notNull(),
    vector: blob("vector", { mode: "buffer" }),
  },
  (t) => [index("passages_document_idx").on(t.documentId)],
);

/** Small key/value facts about the index, e.g. which embedder produced the stored vectors. */
export const indexMeta = sqliteTable("index_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
