import type { Platform } from "../obligations/member-registry.ts";

/**
 * A file or photo sent in the chat, not yet downloaded: the conversation checks who sent it (and the size the
 * platform reports) before anything is fetched. `download` stops past `maxBytes` with an InputError.
 */
export interface ChatAttachment {
  kind: "document" | "photo";
  /** The name the sender's file had; absent for photos. */
  fileName?: string;
  /** Bytes, when the platform says so before the download. */
  size?: number;
  /** Photos sent together as one album (Telegram's media_group_id): the pages of one document. */
  albumId?: string;
  download(maxBytes: number): Promise<Uint8Array>;
}

/** An incoming message as every channel reports it; the core never sees a platform's own update shape. */
export interface ChatMessage {
  platform: Platform;
  chatId: string;
  chatType: "private" | "group";
  userId: string;
  displayName: string;
  /** Undefined for stickers, photos, files…: they get a short help reply (or, with an attachment, the upload flow). */
  text?: string;
  /** A document or photo; admins upload documents this way. */
  attachment?: ChatAttachment;
  /** In a group: the bot was mentioned or replied to, so plain text is meant for it. */
  addressed?: boolean;
  /** A platform-unique key of the update; a redelivered update with the same key is answered once. */
  updateKey?: string;
  /** Sends a reply at once, before the final ones (a long OCR job says it started); absent where not needed. */
  sendNow?: (reply: Reply) => Promise<void>;
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
