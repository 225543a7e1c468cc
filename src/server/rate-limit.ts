import type { RedisLink } from '../live/redis-link.js';

/** Answers how long to wait (ms) when a key is over its allowance, or 0 to proceed. */
export interface RateLimiter {
  take(key: string): Promise<number>;
}

/**
 * Fixed one-minute windows per viewer. In memory for one instance; in Redis (INCR + PEXPIRE,
 * atomic per key) when instances share the allowance. While Redis is unreachable (or a command
 * fails) each instance counts on its own: the limit then holds per instance rather than per
 * deployment, and no operation fails because Redis is down.
 */
export class WindowRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly redis?: RedisLink,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string): Promise<number> {
    if (this.perMinute <= 0) return 0;
    const now = this.now();
    const start = now - (now % this.windowMs);
    const retry = start + this.windowMs - now;
    // Counted locally as well, so that falling back mid-window starts from a fair count.
    const local = this.takeLocally(key, start);
    if (this.redis?.up) {
      try {
        const redisKey = `metronome-gateway:rate:${key}:${start}`;
        const replies = await this.redis.commands.multi().incr(redisKey).pexpire(redisKey, this.windowMs).exec();
        const count = replies?.[0]?.[1];
        if (typeof count === 'number') return count > this.perMinute ? retry : 0;
      } catch {
        // Fall through to the local count.
      }
    }
    return local > this.perMinute ? retry : 0;
  }

  private takeLocally(key: string, start: number): number {
    const window = this.windows.get(key);
    if (!window || window.start !== start) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { start, count: 1 });
      return 1;
    }
    window.count += 1;
    return window.count;
  }
}
