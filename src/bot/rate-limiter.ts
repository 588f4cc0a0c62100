/**
 * A token bucket per key: `capacity` messages at once, refilled at `perMinute`. In memory on purpose: a restart
 * forgiving everyone is harmless, and it keeps the hot path off the database.
 *
 * @example
 * const limiter = new RateLimiter({ capacity: 5, perMinute: 10 });
 * limiter.allow("telegram:42") // true
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: { capacity: number; perMinute: number } = { capacity: 6, perMinute: 12 },
    private readonly clock: () => number = () => Date.now(),
  ) {}

  allow(key: string): boolean {
    const now = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: this.options.capacity, at: now };
    const refill = ((now - bucket.at) / 60_000) * this.options.perMinute;
    bucket.tokens = Math.min(this.options.capacity, bucket.tokens + refill);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
