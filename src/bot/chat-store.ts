import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { chatState, feedback, inboundUpdates } from "../db/schema.ts";

export interface ChatMemory {
  lastQuestion: string;
  /** Passage ids of the last answer's citations, in marker order: `/nguon 2` shows the second. */
  lastSources: string[];
  /** Task ids of the last `/nhiemvu` listing: `/xong 3` marks the third. */
  lastTasks: string[];
}

const EMPTY: ChatMemory = { lastQuestion: "", lastSources: [], lastTasks: [] };

/**
 * What the conversation remembers per chat, feedback, and which updates were already handled — in SQLite so a
 * restart or a second process does not answer a redelivered update twice.
 *
 * @example
 * store.remember("telegram", "42", { lastSources: ["hy#3.3"] });
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

  /** True the first time a key is seen; false for a redelivery. Keys older than a week are forgotten. */
  firstDelivery(key: string): boolean {
    const now = this.clock();
    const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
    this.db.delete(inboundUpdates).where(lt(inboundUpdates.receivedAt, weekAgo)).run();
    const inserted = this.db
      .insert(inboundUpdates)
      .values({ key, receivedAt: now.toISOString() })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  }

  saveFeedback(platform: string, userId: string, question: string, value: 1 | -1): void {
    this.db
      .insert(feedback)
      .values({ platform, userId, question, value, at: this.clock().toISOString() })
      .run();
  }
}
