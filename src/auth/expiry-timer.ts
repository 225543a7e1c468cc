/** Node's timers hold a signed 32-bit delay: anything longer fires after 1 ms (with a warning). */
export const LONGEST_TIMER_DELAY_MS = 2 ** 31 - 1;

/**
 * The time credentials expire against: what "now" is when a token is verified, and the timers
 * that end a live connection at its token's `exp`. One seam for both, so a test that moves it
 * past `exp` sees every transport refuse the token at once, without waiting for a real expiry.
 */
export interface ExpiryTimers {
  /** Epoch milliseconds. */
  now(): number;
  /**
   * Calls `run` once after `delayMs` (at most `LONGEST_TIMER_DELAY_MS`; `atExpiry` steps through
   * longer waits); answers a function that cancels it. A pending call never keeps the process alive.
   */
  schedule(delayMs: number, run: () => void): () => void;
}

/** The system clock and Node's timers, unreferenced. */
export const systemExpiryTimers: ExpiryTimers = {
  now: () => Date.now(),
  schedule(delayMs, run) {
    const timer = setTimeout(run, delayMs);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/**
 * Calls `onExpired` once at the epoch time `expiresAt` (at once when it is already past), however
 * far away that is: a delay beyond what a Node timer holds is waited out in steps. Returns a
 * function that cancels it.
 */
export function atExpiry(expiresAt: number, onExpired: () => void, timers: ExpiryTimers = systemExpiryTimers): () => void {
  let cancel: (() => void) | undefined;
  const arm = (): void => {
    const remaining = expiresAt - timers.now();
    if (remaining <= 0) {
      cancel = undefined;
      onExpired();
      return;
    }
    cancel = timers.schedule(Math.min(remaining, LONGEST_TIMER_DELAY_MS), arm);
  };
  arm();
  return () => cancel?.();
}
