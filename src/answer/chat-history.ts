import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { chatTurns } from "../db/schema.ts";

export interface Turn {
  role: "user" | "assistant";
  text: string;
}

/**
 * The last turns of each chat, in SQLite so a restart keeps the thread. `user` turns store the standalone
 * (rewritten) question, so a chain of follow-ups keeps its topic.
 *
 * @example
 * history.append("telegram:42", "user", "Hạn rà soát quy hoạch cán bộ trẻ?"); history.recent("telegram:42")
 */
export class ChatHistory {
  /** Prepared once: these run twice for every answer. */
  private readonly insertTurn;
  private readonly selectRecent;

  constructor(
    db: Db,
    private readonly turns = 6,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.insertTurn = db
      .insert(chatTurns)
      .values({
        chatKey: sql.placeholder("chatKey"),
        role: sql.placeholder("role"),
        text: sql.placeholder("text"),
        at: sql.placeholder("at"),
      })
      .prepare();
    this.selectRecent = db
      .select({ role: chatTurns.role, text: chatTurns.text })
      .from(chatTurns)
      .where(eq(chatTurns.chatKey, sql.placeholder("chatKey")))
      .orderBy(desc(chatTurns.id))
      .limit(sql.placeholder("limit"))
      .prepare();
  }

  append(chatKey: string, role: Turn["role"], text: string): void {
    this.insertTurn.run({ chatKey, role, text: text.slice(0, 4000), at: this.clock().toISOString() });
  }

  recent(chatKey: string): Turn[] {
    return this.selectRecent
      .all({ chatKey, limit: this.turns })
      .reverse()
      .map((t) => ({ role: t.role as Turn["role"], text: t.text }));
  }
}
