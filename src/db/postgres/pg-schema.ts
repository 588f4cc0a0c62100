import { sql } from "drizzle-orm";
import {
  bigint,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { VotedCitation } from "../schema.ts";

/**
 * The PostgreSQL twin of `../schema.ts`: same tables, columns and JS types, so rows move between the backends
 * unchanged (`troly db migrate-to-postgres`) and the repository implementations return the same shapes. Instants
 * stay ISO text as in SQLite (they compare the same way); JSON columns are jsonb; SQLite's autoincrement ids are
 * `serial`, which still accepts the ids copied from SQLite.
 */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const documents = pgTable("documents", {
  id: text("id").primaryKey(),
  file: text("file").notNull(),
  hash: text("hash").notNull(),
  rawHash: text("raw_hash"),
  title: text("title").notNull(),
  kind: text("kind").notNull(),
  number: text("number").notNull(),
  issuer: text("issuer").notNull(),
  province: text("province").notNull(),
  issuedDate: text("issued_date").notNull(),
  meetingDate: text("meeting_date").notNull(),
  signer: text("signer").notNull(),
  signerTitle: text("signer_title").notNull(),
  recipients: jsonb("recipients").$type<string[]>().notNull(),
  references: jsonb("references").$type<unknown[]>().notNull(),
  indexedAt: text("indexed_at").notNull(),
});

export const passages = pgTable(
  "passages",
  {
    label: serial("label").primaryKey(),
    id: text("id").notNull().unique(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    ordinal: integer("ordinal").notNull(),
    path: text("path").notNull(),
    section: text("section").notNull(),
    headings: jsonb("headings").$type<string[]>().notNull(),
    text: text("text").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    references: jsonb("references").$type<unknown[]>().notNull(),
    textTerms: jsonb("text_terms").$type<string[]>().notNull(),
    contextTerms: jsonb("context_terms").$type<string[]>().notNull(),
    vector: bytea("vector"),
  },
  (t) => [index("passages_document_idx").on(t.documentId)],
);

export const indexMeta = pgTable("index_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const obligations = pgTable(
  "obligations",
  {
    id: text("id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    passageId: text("passage_id").notNull(),
    ordinal: integer("ordinal").notNull(),
    section: text("section").notNull(),
    responsible: jsonb("responsible").$type<string[]>().notNull(),
    action: text("action").notNull(),
    deadlineKind: text("deadline_kind").notNull(),
    deadlineDue: text("deadline_due"),
    deadlineRecurrence: text("deadline_recurrence"),
    deadlineText: text("deadline_text").notNull(),
    sourceText: text("source_text").notNull(),
  },
  (t) => [index("obligations_document_idx").on(t.documentId)],
);

export const units = pgTable(
  "units",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    parentId: text("parent_id"),
    aliases: jsonb("aliases").$type<string[]>().notNull(),
    head: text("head").notNull(),
    successorId: text("successor_id"),
    province: text("province").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("units_parent_idx").on(t.parentId)],
);

export const members = pgTable(
  "members",
  {
    id: serial("id").primaryKey(),
    platform: text("platform").notNull(),
    userId: text("user_id").notNull(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    role: text("role").notNull(),
    displayName: text("display_name").notNull().default(""),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("members_platform_user_idx").on(t.platform, t.userId)],
);

export const tasks = pgTable(
  "tasks",
  {
    id: text("id").primaryKey(),
    obligationId: text("obligation_id").notNull(),
    unitId: text("unit_id").notNull(),
    occurrence: integer("occurrence").notNull(),
    due: text("due"),
    status: text("status").notNull(),
    doneAt: text("done_at"),
    doneBy: text("done_by"),
    completedOn: text("completed_on"),
    note: text("note"),
    formerUnitIds: jsonb("former_unit_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    removedAt: text("removed_at"),
  },
  (t) => [
    index("tasks_unit_idx").on(t.unitId),
    index("tasks_due_idx").on(t.due),
    uniqueIndex("tasks_obligation_unit_occurrence_idx").on(t.obligationId, t.unitId, t.occurrence),
  ],
);

export const taskEvents = pgTable(
  "task_events",
  {
    id: serial("id").primaryKey(),
    taskId: text("task_id").notNull(),
    at: text("at").notNull(),
    actor: text("actor").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    note: text("note"),
  },
  (t) => [index("task_events_task_idx").on(t.taskId)],
);

export const registrationCodes = pgTable("registration_codes", {
  code: text("code").primaryKey(),
  unitId: text("unit_id")
    .notNull()
    .references(() => units.id),
  role: text("role").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
  expiresAt: text("expires_at").notNull(),
  usedBy: text("used_by"),
  usedAt: text("used_at"),
});

export const chatState = pgTable(
  "chat_state",
  {
    platform: text("platform").notNull(),
    chatId: text("chat_id").notNull(),
    lastQuestion: text("last_question").notNull(),
    lastSources: jsonb("last_sources").$type<string[]>().notNull(),
    lastTasks: jsonb("last_tasks").$type<string[]>().notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("chat_state_chat_idx").on(t.platform, t.chatId)],
);

export const chatAnswers = pgTable(
  "chat_answers",
  {
    id: serial("id").primaryKey(),
    platform: text("platform").notNull(),
    chatId: text("chat_id").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    sources: jsonb("sources").$type<string[]>().notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("chat_answers_chat_idx").on(t.platform, t.chatId, t.id)],
);

export const feedback = pgTable(
  "feedback",
  {
    id: serial("id").primaryKey(),
    platform: text("platform").notNull(),
    userId: text("user_id").notNull(),
    question: text("question").notNull(),
    value: integer("value").notNull(),
    at: text("at").notNull(),
    answerId: integer("answer_id"),
    answer: text("answer"),
    citations: jsonb("citations").$type<VotedCitation[]>(),
  },
  (t) => [uniqueIndex("feedback_user_answer_idx").on(t.platform, t.userId, t.answerId)],
);

export const inboundUpdates = pgTable("inbound_updates", {
  key: text("key").primaryKey(),
  receivedAt: text("received_at").notNull(),
});

export const outbox = pgTable(
  "outbox",
  {
    id: serial("id").primaryKey(),
    dedupeKey: text("dedupe_key").notNull().unique(),
    kind: text("kind").notNull(),
    taskId: text("task_id"),
    platform: text("platform").notNull(),
    chatId: text("chat_id").notNull(),
    text: text("text").notNull(),
    buttons: jsonb("buttons").$type<{ label: string; action: string }[][]>().notNull(),
    hints: jsonb("hints").$type<string[]>().notNull(),
    notBefore: text("not_before").notNull(),
    status: text("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    leaseUntil: text("lease_until"),
    leaseOwner: text("lease_owner"),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: text("created_at").notNull(),
    sentAt: text("sent_at"),
  },
  (t) => [index("outbox_status_idx").on(t.status, t.notBefore), index("outbox_task_idx").on(t.taskId)],
);

export const chatTurns = pgTable(
  "chat_turns",
  {
    id: serial("id").primaryKey(),
    chatKey: text("chat_key").notNull(),
    role: text("role").notNull(),
    text: text("text").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("chat_turns_chat_idx").on(t.chatKey, t.id)],
);

/**
 * PostgreSQL only. One row per shared data set ("corpus"): bumped in the same transaction as every write of the
 * tables instances keep a working copy of, so an instance that sees another number reloads its copy and index.
 */
export const corpusVersion = pgTable("corpus_version", {
  key: text("key").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull(),
});

/**
 * PostgreSQL only: the web page's admin sessions, shared so a login on one instance holds on the others. Keyed by
 * the SHA-256 of the cookie's value, so the table never holds a usable session id.
 */
export const adminSessions = pgTable(
  "admin_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    csrf: text("csrf").notNull(),
    expires: bigint("expires", { mode: "number" }).notNull(),
  },
  (t) => [index("admin_sessions_expires_idx").on(t.expires)],
);

/** PostgreSQL only: token buckets of the rate limits ("ask:<address>", "chat:<actor>"…) shared by every instance. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    tokens: doublePrecision("tokens").notNull(),
    at: bigint("at", { mode: "number" }).notNull(),
  },
  (t) => [index("rate_limits_at_idx").on(t.at)],
);
