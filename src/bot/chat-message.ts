import type { Platform } from "../obligations/member-registry.ts";

/** An incoming message as every channel reports it; the core never sees a platform's own update shape. */
export interface ChatMessage {
  platform: Platform;
  chatId: string;
  chatType: "private" | "group";
  userId: string;
  displayName: string;
  /** Undefined for stickers, photos, files…: they get a short help reply. */
  text?: string;
  /** In a group: the bot was mentioned or replied to, so plain text is meant for it. */
  addressed?: boolean;
  /** A platform-unique key of the update; a redelivered update with the same key is answered once. */
  updateKey?: string;
}

/**
 * A button under a reply; `action` comes back through `Conversation.handleAction` and must fit Telegram's 64 bytes
 * of callback data ("src:<answer id>:<n>", "done:<task id>", "tasks:<page>").
 */
export interface ReplyButton {
  label: string;
  action: string;
}

/**
 * One message to send back. `text` is plain text (channels escape it); `hints` are the text commands that do what
 * the buttons do, for channels without buttons (Zalo).
 */
export interface Reply {
  text: string;
  /**
   * The text is a list whose items are separated by blank lines (a task listing): a channel that must split it
   * splits only between items, never inside one.
   */
  itemized?: boolean;
  buttons?: ReplyButton[][];
  hints?: string[];
}
