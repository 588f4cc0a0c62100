import type { z } from "zod";
import { ZaloApiError } from "./zalo-api-error.ts";
import { ZaloEnvelopeSchema } from "./zalo-types.ts";

/** One Bot API call: POST JSON, unwrap `{ ok, result }`, check the result's shape. */
export type ZaloCall = <T>(
  method: string,
  body: object,
  schema: z.ZodType<T>,
  options?: { timeoutMs?: number; signal?: AbortSignal },
) => Promise<T>;

/**
 * Makes the function that performs Bot API calls: POST `${apiRoot}/bot${token}/${method}` with a JSON body. Any
 * failure (no answer, HTTP error, `ok: false`, a result of the wrong shape) throws a {@link ZaloApiError} naming the
 * method. The token lives only in this closure, and is scrubbed from every text that could carry it out: the
 * server's description and the network error's message. The network error itself is not kept as `cause`, since its
 * stack or its own causes may quote the URL.
 *
 * @example
 * const call = zaloApiCaller({ token, apiRoot: "https://bot-api.zaloplatforms.com", fetch, timeoutMs: 15_000 });
 * const me = await call("getMe", {}, ZaloBotInfoSchema);
 */
export function zaloApiCaller(options: {
  token: string;
  apiRoot: string;
  fetch: typeof fetch;
  timeoutMs: number;
}): ZaloCall {
  const { token, apiRoot, fetch: fetchImpl } = options;
  const scrub = (text: string) =>
    [token, encodeURIComponent(token)].reduce((out, secret) => out.split(secret).join("<token>"), text);

  return async (method, body, schema, { timeoutMs = options.timeoutMs, signal } = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(`${apiRoot}/bot${token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      });
      text = await response.text();
    } catch (error) {
      throw new ZaloApiError({ method, description: scrub(networkReason(error)) });
    }
    const envelope = ZaloEnvelopeSchema.safeParse(parseJson(text));
    if (!response.ok || !envelope.success || !envelope.data.ok) {
      const data = envelope.success ? envelope.data : undefined;
      const rateLimited = response.status === 429 || data?.error_code === 429;
      throw new ZaloApiError({
        method,
        status: response.status,
        errorCode: data?.error_code,
        description: scrub(data?.description ?? (response.statusText || "malformed answer")),
        retryAfter: rateLimited
          ? retryAfterSeconds(data?.parameters?.retry_after, response.headers)
          : undefined,
      });
    }
    const result = schema.safeParse(envelope.data.result);
    if (!result.success) {
      throw new ZaloApiError({
        method,
        status: response.status,
        description: "the result has an unexpected shape",
      });
    }
    return result.data;
  };
}

/** Why a request got no answer, for the error description. */
function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return "network error";
  if (error.name === "TimeoutError") return "timed out";
  if (error.name === "AbortError") return "aborted";
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}

/** The wait a 429 asks for: the body's `parameters.retry_after`, else `Retry-After` (seconds or an HTTP date). */
function retryAfterSeconds(fromBody: number | undefined, headers: Headers): number | undefined {
  if (fromBody !== undefined) return fromBody;
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
