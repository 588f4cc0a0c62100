import { and, desc, eq, lte } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { chatAnswers, chatState } from "../db/schema.ts";

export interface ChatMemory {
  lastQuestion: string;
  /** Passage ids of the last answer's citations, in marker order: `/nguon 2` shows the second. */
  lastSources: string[];
  /** Task ids of the last `/nhiemvu` listing, all pages: `/xong 3` marks the third. */
  lastTasks: string[];
}

/** One answer given in a chat; its `id` goes into the buttons under it. */
export interface StoredAnswer {
  id: number;
  question: string;
  answer: string;
  /** Passage ids of its citations in marker order: source [n] is `sources[n - 1]`. */
  sources: string[];
}

const EMPTY: ChatMemory = { lastQuestion: "", lastSources: [], lastTasks: [] };
/** Answers kept per chat; a button under an older one says the answer is too old. */
const ANSWERS_PER_CHAT = 100;

/**
 * What the conversation remembers per chat, the answers it gave, and which updates were already handled —
 * in SQLite so a restart or a second process does not answer a redelivered update twice.
 *
 * @example
 * const id = store.saveAnswer("telegram", "42", { question: "…", answer: "… [1]", sources: ["hy#3.3"] });
 * store.answer("telegram", "42", id)?.sources // ["hy#3.3"]
 */
export class ChatStore {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  recall(platform: string, chatId: string): ChatMemory {
    const row = this.db
      .select()
      .from(chatState)
      .where(and(eq(chatState.platform, platform), eq(chatState.chatId, chatId)))
      .get();
    return row
      ? { lastQuestion: row.lastQuestion, lastSources: row.lastSources, lastTasks: row.lastTasks }
      : EMPTY;
  }

  remember(platform: string, chatId: string, change: Partial<ChatMemory>): void {
    const next = { ...this.recall(platform, chatId), ...change, updatedAt: this.clock().toISOString() };
    this.db
      .insert(chatState)
      .values({ platform, chatId, ...next })
      .onConflictDoUpdate({ target: [chatState.platform, chatState.chatId], set: next })
      .run();
  }

  /** Stores an answer given in a chat and returns its id; only the chat's last 100 answers are kept. */
  saveAnswer(platform: string, chatId: string, answer: Omit<StoredAnswer, "id">): number {
    const chat = and(eq(chatAnswers.platform, platform), eq(chatAnswers.chatId, chatId));
    return this.db.transaction((tx) => {
      const { id } = tx
        .insert(chatAnswers)
        .values({ platform, chatId, ...answer, at: this.clock().toISOString() })
        .returning({ id: chatAnswers.id })
        .get();
      const oldest = tx
        .select({ id: chatAnswers.id })
        .from(chatAnswers)
        .where(chat)
        .orderBy(desc(chatAnswers.id))
        .limit(1)
        .offset(ANSWERS_PER_CHAT)
        .get();
      if (oldest)
        tx.delete(chatAnswers)
          .where(and(chat, lte(chatAnswers.id, oldest.id)))
          .run();
      return id;
    });
  }

  /** An answer given in this chat by id, or the chat's newest answer when `id` is undefined; null when gone. */
  answer(platform: string, chatId: string, id?: number): StoredAnswer | null {
    const chat = and(eq(chatAnswers.platform, platform), eq(chatAnswers.chatId, chatId));
    const row = this.db
      .select()
      .from(chatAnswers)
      .where(id === undefined ? chat : and(chat, eq(chatAnswers.id, id)))
      .orderBy(desc(chatAnswers.id))
      .limit(1)
      .get();
    return row ? { id: row.id, question: row.question, answer: row.answer, sources: row.sources } : null;
  }
}
