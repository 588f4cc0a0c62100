import { randomBytes } from "node:crypto";
import type { Platform } from "../obligations/member-registry.ts";
import type { AlbumPage } from "./photo-album.ts";

/** An upload waiting for an admin's confirmation: what will be written, and who sent it. */
export interface PendingUpload {
  /** Short random id carried by the preview's buttons, so an old preview's button cannot confirm a newer one. */
  token: string;
  file: string;
  text: string;
  documentId: string;
  title: string;
  /** "telegram:42": the admin who sent the file. */
  by: string;
  /** For a photo album: its id and the pages read so far (a further photo of it is added as the next page). */
  album?: { id: string; pages: AlbumPage[] };
  at: number;
}

/** Previews are kept this long, as on the web page. */
export const PENDING_UPLOAD_MS = 3_600_000;

/**
 * One pending upload per chat, in memory (the web page keeps its previews in memory too): a new file replaces the
 * chat's previous preview, and a preview older than an hour is forgotten. A restart forgets them all; the admin
 * sends the file again. Nothing is written to the corpus or the database until the upload is confirmed.
 *
 * @example
 * const pending = new PendingUploads(() => new Date());
 * const token = pending.put("telegram", "42", { file, text, documentId, title, by: "telegram:42" });
 * pending.take("telegram", "42", token); // the upload, once; then null
 */
export class PendingUploads {
  private readonly items = new Map<string, PendingUpload>();

  constructor(
    private readonly clock: () => Date,
    private readonly newToken: () => string = () => randomBytes(4).toString("hex"),
    private readonly ttlMs = PENDING_UPLOAD_MS,
  ) {}

  put(platform: Platform, chatId: string, upload: Omit<PendingUpload, "token" | "at">): string {
    this.prune();
    const token = this.newToken();
    this.items.set(`${platform}:${chatId}`, { ...upload, token, at: this.clock().getTime() });
    return token;
  }

  /** The chat's pending upload (any token when `token` is undefined), or null when none or expired. */
  peek(platform: Platform, chatId: string, token?: string): PendingUpload | null {
    this.prune();
    const item = this.items.get(`${platform}:${chatId}`);
    return item && (token === undefined || item.token === token) ? item : null;
  }

  /** Removes and returns the chat's pending upload (only the one named by `token`, when given). */
  take(platform: Platform, chatId: string, token?: string): PendingUpload | null {
    const item = this.peek(platform, chatId, token);
    if (item) this.items.delete(`${platform}:${chatId}`);
    return item;
  }

  private prune(): void {
    const oldest = this.clock().getTime() - this.ttlMs;
    for (const [key, item] of this.items) if (item.at < oldest) this.items.delete(key);
  }
}
