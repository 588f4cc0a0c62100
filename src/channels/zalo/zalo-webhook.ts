import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { TrolyError } from "../../errors.ts";
import { parseZaloUpdate, type ZaloUpdate } from "./zalo-types.ts";

export const ZALO_SECRET_HEADER = "x-bot-api-secret-token";
const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface ZaloWebhookResult {
  /** The HTTP status to answer Zalo with. */
  status: number;
  update?: ZaloUpdate;
  /** Why the request was refused; safe to log and to send back. */
  error?: string;
}

/**
 * Checks and reads one Zalo webhook request. In order: POST only (405); the `X-Bot-Api-Secret-Token` header must
 * equal `secretToken`, compared in constant time whatever the lengths (401, body left unread); the content type must
 * be `application/json` (415); the body may not exceed `maxBytes` (413, default 1 MiB); it must be JSON holding an
 * update, bare or wrapped in `{ ok, result }` (400). On success the status is 200 and `update` is set.
 * The caller writes the response; on a refusal it should add `connection: close`, since the body may be unread.
 *
 * @example
 * const { status, update, error } = await readZaloWebhook(req, { secretToken: config.zaloWebhookSecret });
 * res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status === 200, error }));
 * if (update) void handleUpdate(update);
 */
export async function readZaloWebhook(
  req: IncomingMessage,
  options: { secretToken: string; maxBytes?: number },
): Promise<ZaloWebhookResult> {
  if (options.secretToken.length < 8) {
    throw new TrolyError("zalo webhook: the secret token must be at least 8 characters", "config_invalid");
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (req.method !== "POST") return { status: 405, error: "method not allowed" };
  if (!secretMatches(req.headers[ZALO_SECRET_HEADER], options.secretToken)) {
    return { status: 401, error: "wrong or missing secret token" };
  }
  const mediaType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json")
    return { status: 415, error: "content type must be application/json" };
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) return { status: 413, error: "body too large" };

  const body = await readBody(req, maxBytes);
  if (body === "too_large") return { status: 413, error: "body too large" };
  if (body === "aborted") return { status: 400, error: "request aborted" };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return { status: 400, error: "body is not valid JSON" };
  }
  const update = parseZaloUpdate(json);
  return update ? { status: 200, update } : { status: 400, error: "body is not a Zalo update" };
}

/** Constant time for any input: both sides are hashed to 32 bytes before the comparison. */
function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string") return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(header), digest(secret));
}

/** Collects the body, stopping (and letting the rest drain) once it exceeds `maxBytes`. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | "too_large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | "too_large" | "aborted") => {
      req.off("data", onData).off("end", onEnd).off("error", onAbort).off("close", onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish("too_large");
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    const onAbort = () => finish("aborted");
    req.on("data", onData).on("end", onEnd).on("error", onAbort).on("close", onAbort);
  });
}
