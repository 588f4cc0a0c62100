import { desc, eq } from "drizzle-orm";
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
  constructor(
    private readonly db: Db,
    private readonly turns = 6,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  append(chatKey: string, role: Turn["role"], text: string): void {
    this.db
      .insert(chatTurns)
      .values({ chatKey, role, text: text.slice(0, 4000), at: this.clock().toISOString() })
      .run();
  }

  recent(chatKey: string): Turn[] {
    return this.db
      .select()
      .from(chatTurns)
      .where(eq(chatTurns.chatKey, chatKey))
      .orderBy(desc(chatTurns.id))
      .limit(this.turns)
      .all()
      .reverse()
      .map((t) => ({ role: t.role as Turn["role"], text: t.text }));
  }
}
