import { eq, lt } from "drizzle-orm";
import type { PgDb } from "./postgres/open-postgres.ts";
import { rateLimits } from "./postgres/pg-schema.ts";

/** A token bucket's size and refill rate. */
export interface RateLimitOptions {
  capacity: number;
  perMinute: number;
}

/**
 * What callers of a rate limit need: whether one more message from `key` is allowed now (taking a token if so).
 * RateLimiter answers from memory; with DATABASE_URL the buckets are shared through PostgreSQL (PgRateLimiter), so a
 * client spreading requests over instances behind a load balancer gets no more than from one.
 */
export interface Limiter {
  allow(key: string): boolean | Promise<boolean>;
}

/**
 * The time-refilled bucket both implementations share: the tokens left after `elapsedMs`, and whether one is taken.
 */
export function takeToken(
  bucket: { tokens: number } | undefined,
  elapsedMs: number,
  options: RateLimitOptions,
): { tokens: number; allowed: boolean } {
  const refill = (Math.max(0, elapsedMs) / 60_000) * options.perMinute;
  const tokens = Math.min(options.capacity, (bucket?.tokens ?? options.capacity) + refill);
  return tokens < 1 ? { tokens, allowed: false } : { tokens: tokens - 1, allowed: true };
}

/** Buckets untouched this long are full again whatever their rate: they are deleted now and then. */
const IDLE_MS = 3_600_000;

/**
 * A rate limit shared by every instance: each key's token bucket is a row (`rate_limits`, keys prefixed with the
 * limit's name), read and written under a row lock, so two instances taking tokens at once never both take the last.
 * Same arithmetic as the in-memory RateLimiter.
 *
 * @example
 * const ask = new PgRateLimiter(pg, "ask", { capacity: 10, perMinute: 30 });
 * if (!(await ask.allow(address))) return tooMany();
 */
export class PgRateLimiter implements Limiter {
  private calls = 0;

  constructor(
    private readonly pg: PgDb,
    private readonly name: string,
    private readonly options: RateLimitOptions,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  async allow(key: string): Promise<boolean> {
    const id = `${this.name}:${key}`;
    const now = this.clock();
    if (++this.calls % 1000 === 0) await this.pg.delete(rateLimits).where(lt(rateLimits.at, now - IDLE_MS));
    return this.pg.transaction(async (tx) => {
      await tx
        .insert(rateLimits)
        .values({ key: id, tokens: this.options.capacity, at: now })
        .onConflictDoNothing();
      const [bucket] = await tx.select().from(rateLimits).where(eq(rateLimits.key, id)).for("update");
      const { tokens, allowed } = takeToken(bucket, now - (bucket?.at ?? now), this.options);
      await tx
        .update(rateLimits)
        .set({ tokens, at: Math.max(now, bucket?.at ?? now) })
        .where(eq(rateLimits.key, id));
      return allowed;
    });
  }
}
