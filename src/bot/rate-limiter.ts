import { type Limiter, type RateLimitOptions, takeToken } from "../db/rate-limit.ts";

export type { Limiter, RateLimitOptions } from "../db/rate-limit.ts";

/**
 * A token bucket per key: `capacity` messages at once, refilled at `perMinute`. In memory on purpose: a restart
 * forgiving everyone is harmless, and it keeps the hot path off the database.
 *
 * @example
 * const limiter = new RateLimiter({ capacity: 5, perMinute: 10 });
 * limiter.allow("telegram:42") // true
 */
export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: RateLimitOptions = { capacity: 6, perMinute: 12 },
    private readonly clock: () => number = () => Date.now(),
  ) {}

  allow(key: string): boolean {
    const now = this.clock();
    const bucket = this.buckets.get(key);
    const { tokens, allowed } = takeToken(bucket, now - (bucket?.at ?? now), this.options);
    this.buckets.set(key, { tokens, at: now });
    return allowed;
  }
}
