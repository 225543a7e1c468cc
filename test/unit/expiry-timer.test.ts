import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atExpiry } from '../../src/auth/expiry-timer.js';

const DAY = 24 * 60 * 60 * 1000;

describe('atExpiry', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits out an expiry 30 days away (past the 24.8 days a Node timer holds) and fires once, then', () => {
    const fired = vi.fn();
    atExpiry(Date.now() + 30 * DAY, fired);
    vi.advanceTimersByTime(29 * DAY);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DAY - 1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * DAY);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('fires at once for a past expiry, and never once cancelled', () => {
    const past = vi.fn();
    atExpiry(Date.now() - 1, past);
    expect(past).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    const cancel = atExpiry(Date.now() + 40 * DAY, cancelled);
    vi.advanceTimersByTime(30 * DAY);
    cancel();
    vi.advanceTimersByTime(30 * DAY);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
