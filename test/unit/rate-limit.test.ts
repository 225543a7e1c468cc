import { describe, expect, it } from 'vitest';
import { WindowRateLimiter } from '../../src/server/rate-limit.js';

const MINUTE = 60_000;

describe('per-viewer rate limiter (one instance)', () => {
  it('allows the allowance in a window, then answers the wait until the window ends', async () => {
    let now = 10 * MINUTE + 15_000;
    const limiter = new WindowRateLimiter(3, undefined, MINUTE, () => now);
    expect([await limiter.take('viewer'), await limiter.take('viewer'), await limiter.take('viewer')]).toEqual([0, 0, 0]);
    expect(await limiter.take('viewer')).toBe(45_000);
    now += 44_999;
    expect(await limiter.take('viewer')).toBe(1);
    now += 1;
    expect(await limiter.take('viewer')).toBe(0);
  });

  it('counts each viewer apart', async () => {
    const limiter = new WindowRateLimiter(1, undefined, MINUTE, () => 5 * MINUTE);
    expect(await limiter.take('a')).toBe(0);
    expect(await limiter.take('a')).toBeGreaterThan(0);
    expect(await limiter.take('b')).toBe(0);
  });

  it('0 per minute means no limit', async () => {
    const limiter = new WindowRateLimiter(0, undefined, MINUTE, () => 0);
    for (let i = 0; i < 100; i += 1) expect(await limiter.take('viewer')).toBe(0);
  });
});
