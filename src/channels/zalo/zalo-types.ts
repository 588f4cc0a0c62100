import { z } from "zod";

/**
 * Shapes of the Zalo Bot Platform API (https://bot.zaloplatforms.com/docs), parsed tolerantly: unknown fields are
 * kept, fields the docs show only sometimes are optional, and ids are accepted as strings or numbers and kept as
 * strings. Zalo documents ids as strings and `date` as epoch milliseconds.
 */
const Id = z.union([z.string().min(1), z.number()]).transform(String);

/** Every answer: `{ ok: true, result }` or `{ ok: false, error_code, description }`. */
export const ZaloEnvelopeSchema = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
  /** Telegram-style rate-limit hint; Zalo does not document it, so it is read when present. */
  parameters: z.looseObject({ retry_after: z.number().optional() }).optional(),
});
export type ZaloEnvelope = z.infer<typeof ZaloEnvelopeSchema>;

/** `getMe`: `{ id, account_name, account_type: "BASIC", can_join_groups }`. */
export const ZaloBotInfoSchema = z.looseObject({
  id: Id,
  account_name: z.string().optional(),
  account_type: z.string().optional(),
  can_join_groups: z.boolean().optional(),
});
export type ZaloBotInfo = z.infer<typeof ZaloBotInfoSchema>;

/** The sender of a message. Zalo has shown `display_name`, `first_name` and `name` in different places. */
export const ZaloUserSchema = z.looseObject({
  id: Id,
  display_name: z.string().optional(),
  first_name: z.string().optional(),
  name: z.string().optional(),
  is_bot: z.boolean().optional(),
});

/** `chat_type` is "PRIVATE" or "GROUP" (groups are in beta); kept as a string so a new type does not break parsing. */
export const ZaloChatSchema = z.looseObject({ id: Id, chat_type: z.string().optional() });

export const ZaloMessageSchema = z.looseObject({
  message_id: Id,
  from: ZaloUserSchema,
  chat: ZaloChatSchema,
  /** Epoch milliseconds. */
  date: z.number().optional(),
  text: z.string().optional(),
  /**
   * Image events carry a URL; docs and clients disagree on `photo` vs `photo_url`, and on a string vs an object
   * with `url`. Left unchecked here so an unexpected shape never loses the update; `zaloFileRef` reads them.
   */
  photo: z.unknown().optional(),
  photo_url: z.unknown().optional(),
  caption: z.string().optional(),
  sticker: z.string().optional(),
});
export type ZaloMessage = z.infer<typeof ZaloMessageSchema>;

/** Event names Zalo documents; others may appear and are passed through. */
export const ZALO_TEXT_EVENT = "message.text.received";
export const ZALO_EVENT_NAMES = [
  ZALO_TEXT_EVENT,
  "message.image.received",
  "message.sticker.received",
  "message.unsupported.received",
] as const;

/** One update: `getUpdates` returns one per call; a webhook POST carries one. */
export const ZaloUpdateSchema = z
  .looseObject({ event_name: z.string().optional(), message: ZaloMessageSchema.optional() })
  .refine((update) => update.event_name !== undefined || update.message !== undefined, {
    message: "an update needs event_name or message",
  });
export type ZaloUpdate = z.infer<typeof ZaloUpdateSchema>;

/** `setWebhook` / `getWebhookInfo` / `deleteWebhook`: `{ url, updated_at }` (url is "" once deleted). */
export const ZaloWebhookInfoSchema = z.looseObject({
  url: z.string().optional(),
  updated_at: z.number().optional(),
});
export type ZaloWebhookInfo = z.infer<typeof ZaloWebhookInfoSchema>;

/** `sendMessage`: `{ message_id, date }`. */
export const ZaloSentMessageSchema = z.looseObject({
  message_id: Id.optional(),
  date: z.number().optional(),
});
export type ZaloSentMessage = z.infer<typeof ZaloSentMessageSchema>;

/**
 * Reads an update from a webhook body or a `getUpdates` result. Webhook bodies have been seen both bare
 * (`{ event_name, message }`) and wrapped like API answers (`{ ok: true, result: { … } }`); both are accepted.
 *
 * @example
 * parseZaloUpdate({ ok: true, result: { event_name: "message.text.received", message } })?.message?.text
 */
export function parseZaloUpdate(value: unknown): ZaloUpdate | null {
  const envelope = ZaloEnvelopeSchema.safeParse(value);
  const body =
    envelope.success && envelope.data.ok && envelope.data.result !== undefined ? envelope.data.result : value;
  const update = ZaloUpdateSchema.safeParse(body);
  return update.success ? update.data : null;
}

/**
 * The text of a text message, or undefined for images, stickers and other events.
 *
 * @example
 * const text = zaloUpdateText(update); if (text !== undefined) await answer(update.message!.chat.id, text);
 */
export function zaloUpdateText(update: ZaloUpdate): string | undefined {
  if (update.event_name !== undefined && update.event_name !== ZALO_TEXT_EVENT) return undefined;
  return update.message?.text;
}
