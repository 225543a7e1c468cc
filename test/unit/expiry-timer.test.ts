import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atExpiry } from '../../src/auth/expiry-timer.js';
import { ManualExpiryTimers } from '../helpers/manual-expiry-timers.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('atExpiry on manual timers (which refuse a delay a Node timer cannot hold)', () => {
  it('waits out an expiry 30 days away (past the 24.8 days a Node timer holds) in steps, and fires once, then', () => {
    const timers = new ManualExpiryTimers();
    const fired = vi.fn();
    atExpiry(timers.now() + 30 * DAY, fired, timers);
    expect(timers.pending).toBe(1);
    timers.advance(29 * DAY);
    expect(fired).not.toHaveBeenCalled();
    timers.advance(DAY - 1);
    expect(fired).not.toHaveBeenCalled();
    timers.advance(1);
    expect(fired).toHaveBeenCalledTimes(1);
    timers.advance(60 * DAY);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(timers.pending).toBe(0);
  });

  it('fires at once for a past expiry, and never once cancelled (between steps too)', () => {
    const timers = new ManualExpiryTimers();
    const past = vi.fn();
    atExpiry(timers.now() - 1, past, timers);
    expect(past).toHaveBeenCalledTimes(1);
    expect(timers.pending).toBe(0);
    const cancelled = vi.fn();
    const cancel = atExpiry(timers.now() + 40 * DAY, cancelled, timers);
    timers.advance(30 * DAY);
    cancel();
    expect(timers.pending).toBe(0);
    timers.advance(30 * DAY);
    expect(cancelled).not.toHaveBeenCalled();
  });
});

// The stepping above is what matters for far expiries; here, only that the default runs on the
// system clock and Node's timers (fake ones: they would loop, not fail, on a delay too long).
describe('atExpiry on the default timers (the system clock and Node timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once at an expiry an hour away, at once for a past one, and never once cancelled', () => {
    const fired = vi.fn();
    atExpiry(Date.now() + HOUR, fired);
    vi.advanceTimersByTime(HOUR - 1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
    const past = vi.fn();
    atExpiry(Date.now() - 1, past);
    expect(past).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    const cancel = atExpiry(Date.now() + HOUR, cancelled);
    vi.advanceTimersByTime(HOUR / 2);
    cancel();
    vi.advanceTimersByTime(HOUR);
    expect(cancelled).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
