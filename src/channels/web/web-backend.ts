import { and, eq, inArray, lt } from "drizzle-orm";
import type { Answer } from "../../answer/answer.ts";
import { recordVote, votedCitations } from "../../answer/answer-feedback.ts";
import type { App } from "../../app.ts";
import { RegistrationCodes } from "../../bot/registration-codes.ts";
import { appUploadDesk, type PreviewObligation } from "../../bot/upload-desk.ts";
import type { DocumentMeta, ParsedDocument, Passage } from "../../corpus/types.ts";
import type { OutboxRow } from "../../db/outbox-repository.ts";
import { chatAnswers, indexMeta, taskEvents, tasks } from "../../db/schema.ts";
import { type AssignedObligation, withAssigned } from "../../obligations/assignment.ts";
import { calendarDay } from "../../obligations/calendar-day.ts";
import { listMembers, type Member } from "../../obligations/member-registry.ts";
import { listObligations } from "../../obligations/obligation-store.ts";
import { listTasks, type TaskFilter, type TaskView } from "../../obligations/task-list.ts";
import { setTaskStatus } from "../../obligations/task-table.ts";
import { importUnits, listUnits, type Unit } from "../../obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../obligations/units-csv.ts";
import type { PlannedMessage } from "../../reminders/reminder-planner.ts";
import type { SecretStore } from "./admin-auth.ts";

export type TaskEvent = typeof taskEvents.$inferSelect;

export type { PreviewObligation } from "../../bot/upload-desk.ts";
export type { OutboxRow } from "../../db/outbox-repository.ts";

/** A task as the page shows it: `inProgress` when someone reported progress, even when it is now overdue. */
export type WebTask = TaskView & { inProgress: boolean };

/** A web answer: the `ask --json` object and the id votes name it by. */
export type WebAnswer = Answer & { answerId: number };

/**
 * Everything the web page reads and changes, and nothing else: the pages are written against this, not against the
 * whole App (its database, index and channels), so they can neither reach past it nor need a full app in a test.
 * `appWebBackend` implements it on the service's App.
 */
export interface WebBackend {
  /** Today in Vietnam (YYYY-MM-DD): the default completion day and the latest one allowed. */
  today(): string;
  secrets: SecretStore;
  /** DEFAULT_PROVINCE: where a document naming no province is assigned. */
  defaultProvince: string;

  ask(
    question: string,
    context: { chatId: string; unitId?: string; noUnitHint?: string },
  ): Promise<WebAnswer>;
  /** Stores a visitor's vote on an answer of their thread; null when the answer is not (or no longer) known. */
  vote(input: {
    visitor: string;
    chatId: string;
    answerId: number;
    value: 1 | -1;
  }): "new" | "changed" | "same" | null;

  documents(): DocumentMeta[];
  document(id: string): DocumentMeta | undefined;
  passages(documentId: string): readonly Passage[];
  passageCounts(): Map<string, number>;
  obligations(documentId?: string): AssignedObligation[];
  /** What ingest would make of a parsed upload; nothing is written. */
  preview(parsed: ParsedDocument): { province: string; obligations: PreviewObligation[] };
  corpusHas(file: string): boolean;
  /** Writes the file into the corpus folder and ingests; the document's id and the tasks created. */
  saveDocument(file: string, text: string, documentId: string): Promise<{ tasksAdded: number }>;

  /** `status: "in_progress"` means started and not done, overdue or not. */
  tasks(filter: TaskFilter): WebTask[];
  taskEvents(taskIds: string[]): TaskEvent[];
  /** Throws NotFoundError for an unknown task. */
  completeTask(id: string, change: { by: string; note?: string; completedOn: string }): void;

  units(): Unit[];
  members(): Member[];
  importUnits(text: string, fileName: string): { added: number; updated: number; tasksAdded: number };
  createCode(unitId: string, role: string, by: string): string;

  /** The outbox, newest first: the shared one in PostgreSQL with DATABASE_URL. */
  outbox(): Promise<OutboxRow[]>;
  /** Puts one dead letter back in the queue; false when there is no dead letter with that id. */
  requeue(id: number): Promise<boolean>;
  /** What the planner would send now, and the unfinished tasks due that nobody can be reminded of. */
  reminderPreview(): { messages: PlannedMessage[]; unreminded: TaskView[] };
}

/** Web answers older than this are forgotten (votes on them are refused); Telegram and Zalo prune per chat. */
const WEB_ANSWER_DAYS = 30;
/** How often answering also forgets the web answers older than that. */
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * The web page's backend on the service's App.
 *
 * @example
 * mountWebPage(http, appWebBackend(app), logger, { adminPassword: config.adminPassword });
 */
export function appWebBackend(app: App, clock: () => Date = () => new Date()): WebBackend {
  const { db, index, config } = app;
  // Preview and save are shared with the chat channels' upload flow.
  const desk = appUploadDesk(app);
  let lastPrune = Number.NEGATIVE_INFINITY;
  return {
    today: () => calendarDay(clock()),
    secrets: {
      get: (key) => db.select().from(indexMeta).where(eq(indexMeta.key, key)).get()?.value ?? null,
      set: (key, value) => {
        db.insert(indexMeta)
          .values({ key, value })
          .onConflictDoUpdate({ target: indexMeta.key, set: { value } })
          .run();
      },
    },
    defaultProvince: config.defaultProvince,

    async ask(question, context) {
      const answer = await app.answerer.answer(question, undefined, {
        chatId: `web:${context.chatId}`,
        unitId: context.unitId ?? null,
        noUnitHint: context.noUnitHint,
      });
      const now = clock();
      const { id } = db.transaction((tx) => {
        // Forgetting old answers scans every web answer: done at most every PRUNE_EVERY_MS, not for each answer.
        if (now.getTime() - lastPrune >= PRUNE_EVERY_MS) {
          lastPrune = now.getTime();
          const stale = new Date(now.getTime() - WEB_ANSWER_DAYS * 86_400_000).toISOString();
          tx.delete(chatAnswers)
            .where(and(eq(chatAnswers.platform, "web"), lt(chatAnswers.at, stale)))
            .run();
        }
        return tx
          .insert(chatAnswers)
          .values({
            platform: "web",
            chatId: context.chatId,
            question: answer.question,
            answer: answer.answer,
            sources: answer.citations.map((c) => c.passageId),
            at: now.toISOString(),
          })
          .returning({ id: chatAnswers.id })
          .get();
      });
      return { ...answer, answerId: id };
    },

    vote({ visitor, chatId, answerId, value }) {
      const stored = db
        .select()
        .from(chatAnswers)
        .where(
          and(eq(chatAnswers.id, answerId), eq(chatAnswers.platform, "web"), eq(chatAnswers.chatId, chatId)),
        )
        .get();
      if (!stored) return null;
      const citations = votedCitations(stored.sources, (id) => index.passage(id));
      return recordVote(
        db,
        {
          platform: "web",
          userId: visitor,
          answerId,
          question: stored.question,
          answer: stored.answer,
          citations,
          value,
        },
        clock(),
      );
    },

    documents: () => [...index.documents.values()],
    document: (id) => index.documents.get(id),
    passages: (documentId) => index.passages.filter((p) => p.documentId === documentId),
    passageCounts() {
      const counts = new Map<string, number>();
      for (const p of index.passages) counts.set(p.documentId, (counts.get(p.documentId) ?? 0) + 1);
      return counts;
    },
    obligations: (documentId) => withAssigned(db, listObligations(db, documentId ? { documentId } : {})),
    preview: (parsed) => desk.preview(parsed),
    corpusHas: (file) => desk.corpusHas(file),
    saveDocument: (file, text, documentId) => desk.saveDocument(file, text, documentId),

    tasks(filter) {
      const started = new Set(
        db
          .select({ id: tasks.id })
          .from(tasks)
          .where(eq(tasks.status, "in_progress"))
          .all()
          .map((t) => t.id),
      );
      const wantsStarted = filter.status === "in_progress";
      const today = filter.today ?? calendarDay(clock());
      return listTasks(db, { ...filter, status: wantsStarted ? undefined : filter.status, today }, clock())
        .map((t) => ({ ...t, inProgress: started.has(t.id) }))
        .filter((t) => !wantsStarted || t.inProgress);
    },
    taskEvents: (taskIds) =>
      taskIds.length === 0
        ? []
        : db.select().from(taskEvents).where(inArray(taskEvents.taskId, taskIds)).all(),
    completeTask(id, change) {
      const { next } = setTaskStatus(db, id, { status: "done", ...change, now: clock() });
      // Written through to PostgreSQL in the background (a failure is logged); the page reads this instance's file.
      void app.publishTasks([id, next?.id]);
    },

    units: () => listUnits(db),
    members: () => listMembers(db),
    importUnits(text, fileName) {
      const known = new Set(listUnits(db).map((u) => u.id));
      const counts = importUnits(db, parseUnitsCsv(text, fileName, known));
      return { ...counts, tasksAdded: app.refresh().tasksAdded };
    },
    createCode: (unitId, role, by) => new RegistrationCodes(db, clock).create(unitId, role, by),

    outbox: () => app.reminderBackend.outbox.list(),
    requeue: async (id) => (await app.reminderBackend.outbox.requeue(id, clock().toISOString())) > 0,
    reminderPreview() {
      const { messages, unreminded } = app.reminders.preview(clock());
      const ids = new Set(unreminded);
      const due =
        ids.size === 0 ? [] : listTasks(db, { notDone: true }, clock()).filter((t) => ids.has(t.id));
      return { messages, unreminded: due };
    },
  };
}
