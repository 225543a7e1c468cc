import type { Redis } from 'ioredis';

/** Answers how long to wait (ms) when a key is over its allowance, or 0 to proceed. */
export interface RateLimiter {
  take(key: string): Promise<number>;
}

/**
 * Fixed one-minute windows per viewer. In memory for one instance; in Redis (INCR + PEXPIRE,
 * atomic per key) when instances share the allowance.
 */
export class WindowRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly redis?: Redis,
    private readonly windowMs = 60_000,
  ) {}

  async take(key: string): Promise<number> {
    if (this.perMinute <= 0) return 0;
    const now = Date.now();
    const start = now - (now % this.windowMs);
    const retry = start + this.windowMs - now;
    if (this.redis) {
      const redisKey = `metronome-gateway:rate:${key}:${start}`;
      const [[, count]] = (await this.redis.multi().incr(redisKey).pexpire(redisKey, this.windowMs).exec()) as [[unknown, number]];
      return count > this.perMinute ? retry : 0;
    }
    const window = this.windows.get(key);
    if (!window || window.start !== start) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { start, count: 1 });
      return 0;
    }
    window.count += 1;
    return window.count > this.perMinute ? retry : 0;
  }
}
