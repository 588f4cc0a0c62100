import { ProviderError } from "../../errors.ts";

export interface ZaloApiErrorInit {
  method: string;
  /** HTTP status; absent when no answer arrived (network failure, timeout). */
  status?: number;
  errorCode?: number;
  description?: string;
  retryAfter?: number;
}

/**
 * A Zalo Bot API call failed. The message names the API method, never the request URL: the URL carries the bot
 * token. `description` is the server's text (or the network failure), already scrubbed of the token by the client.
 *
 * @example
 * catch (error) { if (error instanceof ZaloApiError && error.isRateLimited) await sleep(error.retryAfter! * 1000); }
 */
export class ZaloApiError extends ProviderError {
  readonly method: string;
  readonly status?: number;
  readonly errorCode?: number;
  readonly description?: string;
  /** Seconds the server asked us to wait (429 only). */
  readonly retryAfter?: number;

  constructor(init: ZaloApiErrorInit) {
    super("zalo", describe(init));
    this.method = init.method;
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.description = init.description;
    this.retryAfter = init.retryAfter;
  }

  /** No HTTP answer arrived: connection refused or reset, DNS failure, timeout. */
  get isNetworkError(): boolean {
    return this.status === undefined;
  }

  get isRateLimited(): boolean {
    return this.status === 429 || this.errorCode === 429;
  }

  /** The long poll ended without an update. */
  get isPollTimeout(): boolean {
    return this.status === 408 || this.errorCode === 408;
  }
}

function describe({ method, status, errorCode, description, retryAfter }: ZaloApiErrorInit): string {
  const codes = [status === undefined ? "no response" : `HTTP ${status}`];
  if (errorCode !== undefined && errorCode !== status) codes.push(`error_code ${errorCode}`);
  const wait = retryAfter === undefined ? "" : `; retry after ${retryAfter} s`;
  return `${method} failed (${codes.join(", ")})${description ? `: ${description}` : ""}${wait}`;
}
