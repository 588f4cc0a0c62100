import { z } from "zod";
import type { ChatAttachment } from "../../bot/chat-message.ts";
import type { Logger } from "../../logger.ts";
import { fetchFile } from "../fetch-file.ts";
import type { ZaloUpdate } from "./zalo-types.ts";

/** Where a Zalo message's file is: a URL on Zalo's CDN, with the name and size when Zalo gives them. */
export interface ZaloFileRef {
  kind: "document" | "photo";
  url: string;
  fileName?: string;
  size?: number;
}

const HttpUrl = z
  .string()
  .trim()
  .refine((url) => /^https?:\/\/[^/\s]/i.test(url) && URL.canParse(url));
/** `{ url | href | file_url, name | file_name, size | file_size }`: the shapes seen for Zalo files, all optional. */
const FileShape = z.looseObject({
  url: HttpUrl.optional(),
  href: HttpUrl.optional(),
  file_url: HttpUrl.optional(),
  name: z.string().optional(),
  file_name: z.string().optional(),
  size: z.coerce.number().optional(),
  file_size: z.coerce.number().optional(),
});
const Attachment = z.looseObject({ type: z.string().optional(), payload: FileShape.optional() });

function fromShape(value: unknown, kind: ZaloFileRef["kind"]): ZaloFileRef | undefined {
  const url = HttpUrl.safeParse(value);
  if (url.success) return { kind, url: url.data };
  const shape = FileShape.safeParse(value);
  if (!shape.success) return undefined;
  const f = shape.data;
  const found = f.url ?? f.href ?? f.file_url;
  return found
    ? { kind, url: found, fileName: f.name ?? f.file_name, size: f.size ?? f.file_size }
    : undefined;
}

/**
 * The file of a Zalo update, read tolerantly. The Bot Platform documents images (`message.image.received` with a
 * `photo` URL; `photo_url` in some clients); files are not documented for bots, so the shapes Zalo uses
 * elsewhere are accepted too: `attachments: [{ type: "file" | "image", payload: { url, name, size } }]` and a
 * `file` or `document` object. Only http(s) URLs count. Undefined when the update carries no file.
 *
 * @example
 * zaloFileRef({ event_name: "message.image.received", message: { …, photo: "https://…/a.jpg" } })
 * // { kind: "photo", url: "https://…/a.jpg" }
 */
export function zaloFileRef(update: ZaloUpdate): ZaloFileRef | undefined {
  const message = update.message as Record<string, unknown> | undefined;
  if (!message) return undefined;
  const photo = fromShape(message.photo, "photo") ?? fromShape(message.photo_url, "photo");
  if (photo) return photo;
  for (const key of ["file", "document"]) {
    const file = fromShape(message[key], "document");
    if (file) return file;
  }
  const attachments = z.array(z.unknown()).safeParse(message.attachments);
  for (const item of attachments.success ? attachments.data : []) {
    const parsed = Attachment.safeParse(item);
    if (!parsed.success) continue;
    const kind = /image|photo/i.test(parsed.data.type ?? "") ? "photo" : "document";
    const file = fromShape(parsed.data.payload, kind);
    if (file) return file;
  }
  return undefined;
}

/** A name for a file Zalo gave without one: the last part of its URL when it has an extension we read. */
function nameFromUrl(url: string): string | undefined {
  let last: string;
  try {
    last = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
  } catch {
    return undefined; // "http://" alone, or a broken %-escape: no name, the bytes still decide the format
  }
  return /\.(pdf|docx|md|markdown|txt)$/i.test(last) ? last : undefined;
}

/**
 * The update's file as a chat attachment, downloaded (at most `maxBytes`) only when the conversation asks.
 *
 * @example
 * const attachment = zaloAttachment(update, { logger }); // undefined for a text message
 */
export function zaloAttachment(
  update: ZaloUpdate,
  options: { logger?: Logger; fetch?: typeof fetch } = {},
): ChatAttachment | undefined {
  const ref = zaloFileRef(update);
  if (!ref) return undefined;
  return {
    kind: ref.kind,
    fileName: ref.fileName ?? (ref.kind === "document" ? nameFromUrl(ref.url) : undefined),
    size: ref.size,
    async download(maxBytes) {
      try {
        return await fetchFile(ref.url, { maxBytes, source: "Zalo", fetch: options.fetch });
      } catch (error) {
        options.logger?.warn({ err: error }, "zalo file download failed");
        throw error;
      }
    },
  };
}
