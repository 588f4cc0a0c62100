import { sql } from "drizzle-orm";
import { blob, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * One row per ingested file. `rawHash` (sha256 of the file's bytes) lets re-ingestion skip an unchanged file without
 * reading it as text or converting it; `hash` (of the parsed text) skips a re-saved file whose text did not change.
 */
export const documents = sqliteTable("documents", {
  id: text("id").primaryKey(),
  file: text("file").notNull(),
  hash: text("hash").notNull(),
  /** Null for documents stored before it existed or not read from a file: they are parsed once more. */
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

/** Obligations read out of the passages; rebuilt per document on ingest, ids stable for unchanged passages. */
export const obligations = sqliteTable(
  "obligations",
  {
    id: text("id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    passageId: text("passage_id").notNull(),
    ordinal: integer("ordinal").notNull(),
    section: text("section").notNull(),
    responsible: text("responsible", { mode: "json" }).$type<string[]>().notNull(),
    action: text("action").notNull(),
    deadlineKind: text("deadline_kind").notNull(),
    deadlineDue: text("deadline_due"),
    deadlineRecurrence: text("deadline_recurrence"),
    deadlineText: text("deadline_text").notNull(),
    sourceText: text("source_text").notNull(),
  },
  (t) => [index("obligations_document_idx").on(t.documentId)],
);

/** The registry of units (party committees, boards, departments…), imported from CSV. */
export const units = sqliteTable(
  "units",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    parentId: text("parent_id"),
    aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull(),
    head: text("head").notNull(),
    successorId: text("successor_id"),
    province: text("province").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("units_parent_idx").on(t.parentId)],
);

/** Chat users tied to a unit; heads receive the unit's reminders. */
export const members = sqliteTable(
  "members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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

/**
 * One row per obligation × unit × occurrence, the unit being the one that holds the work today: a dissolved unit's
 * task moves to its successor (`formerUnitIds`), so a merged unit sees each obligation once. Rows outlive their
 * obligation (`removedAt`) so history is kept when a document changes; `obligationId` is therefore not a foreign key.
 */
export const tasks = sqliteTable(
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
    /** The day the work was finished (YYYY-MM-DD, Vietnam), as the user gave it; judged against `due`. */
    completedOn: text("completed_on"),
    note: text("note"),
    /** Dissolved units whose task for the same obligation this one took over (successor links), oldest first. */
    formerUnitIds: text("former_unit_ids", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
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

/** Audit trail: every status change of a task, who made it and when. */
export const taskEvents = sqliteTable(
  "task_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    taskId: text("task_id").notNull(),
    at: text("at").notNull(),
    actor: text("actor").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    note: text("note"),
  },
  (t) => [index("task_events_task_idx").on(t.taskId)],
);

/** One-time codes an admin creates so a chat user can join a unit with `/dangky <mã>`. */
export const registrationCodes = sqliteTable("registration_codes", {
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

/** Per-chat memory that must survive a restart: the last answer's sources and the last task listing. */
export const chatState = sqliteTable(
  "chat_state",
  {
    platform: text("platform").notNull(),
    chatId: text("chat_id").notNull(),
    lastQuestion: text("last_question").notNull(),
    lastSources: text("last_sources", { mode: "json" }).$type<string[]>().notNull(),
    lastTasks: text("last_tasks", { mode: "json" }).$type<string[]>().notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("chat_state_chat_idx").on(t.platform, t.chatId)],
);

/**
 * Answers given in each chat, with the passages they cite: a button under an older answer names its row, so
 * "📄 Nguồn [1]" opens that answer's source, not the newest one's. The last 100 per chat are kept.
 */
export const chatAnswers = sqliteTable(
  "chat_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    platform: text("platform").notNull(),
    chatId: text("chat_id").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    sources: text("sources", { mode: "json" }).$type<string[]>().notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("chat_answers_chat_idx").on(t.platform, t.chatId, t.id)],
);

/** A cited passage as it was when an answer was voted on (passages change when documents are re-ingested). */
export interface VotedCitation {
  n: number;
  passageId: string;
  documentId: string;
  section: string;
  text: string;
}

/**
 * 👍/👎 on answers, kept with the question, the answer and its citations so the eval set can grow from real use.
 * One vote per user and answer (`answerId`, the `chat_answers` id; not a foreign key, since old chat answers are
 * pruned): voting again changes it. Rows from before answers were stored have no `answerId`.
 */
export const feedback = sqliteTable(
  "feedback",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    platform: text("platform").notNull(),
    userId: text("user_id").notNull(),
    question: text("question").notNull(),
    value: integer("value").notNull(),
    at: text("at").notNull(),
    answerId: integer("answer_id"),
    answer: text("answer"),
    citations: text("citations", { mode: "json" }).$type<VotedCitation[]>(),
  },
  (t) => [uniqueIndex("feedback_user_answer_idx").on(t.platform, t.userId, t.answerId)],
);

/** Updates already handled, so a redelivered webhook or poll result is answered once. */
export const inboundUpdates = sqliteTable("inbound_updates", {
  key: text("key").primaryKey(),
  receivedAt: text("received_at").notNull(),
});

/**
 * Durable outbox of reminders, escalations and digests. The planner inserts rows with a unique `dedupeKey`
 * (task, occurrence, stage, recipient, channel) in one transaction, so re-planning after a crash adds nothing
 * twice; the dispatcher claims rows with a lease and sends outside any transaction.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    dedupeKey: text("dedupe_key").notNull().unique(),
    kind: text("kind").notNull(),
    taskId: text("task_id"),
    platform: text("platform").notNull(),
    chatId: text("chat_id").notNull(),
    text: text("text").notNull(),
    buttons: text("buttons", { mode: "json" }).$type<{ label: string; action: string }[][]>().notNull(),
    hints: text("hints", { mode: "json" }).$type<string[]>().notNull(),
    notBefore: text("not_before").notNull(),
    status: text("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    leaseUntil: text("lease_until"),
    /** The dispatcher run holding the lease; it re-checks this before each send, so a row taken over is not sent twice. */
    leaseOwner: text("lease_owner"),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: text("created_at").notNull(),
    sentAt: text("sent_at"),
  },
  (t) => [index("outbox_status_idx").on(t.status, t.notBefore), index("outbox_task_idx").on(t.taskId)],
);

/** Conversation memory per chat ("telegram:42", "cli:default"): the last turns feed follow-up rewriting. */
export const chatTurns = sqliteTable(
  "chat_turns",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    chatKey: text("chat_key").notNull(),
    role: text("role").notNull(),
    text: text("text").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("chat_turns_chat_idx").on(t.chatKey, t.id)],
);
