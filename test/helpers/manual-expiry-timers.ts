import { type ExpiryTimers, LONGEST_TIMER_DELAY_MS } from '../../src/auth/expiry-timer.js';

interface Pending {
  due: number;
  run: () => void;
}

/**
 * The gateway's expiry time, moving only when the test says so: a token valid for an hour expires
 * when the test advances past its `exp`, not an hour later. It starts at the system time, so
 * tokens signed "now" are valid on it; sign relative to `now()` once it has moved. Like a Node
 * timer, it refuses a delay longer than a signed 32-bit one, so code that skips the stepping of
 * far expiries fails here instead of firing at once.
 */
export class ManualExpiryTimers implements ExpiryTimers {
  private current: number;
  private readonly timers = new Set<Pending>();

  constructor(start: number = Date.now()) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  /** `now()` in epoch seconds, as a JWT's `exp` is written. */
  nowSeconds(): number {
    return Math.floor(this.current / 1000);
  }

  schedule(delayMs: number, run: () => void): () => void {
    if (delayMs > LONGEST_TIMER_DELAY_MS) throw new RangeError(`A Node timer cannot hold ${delayMs} ms (it would fire after 1 ms)`);
    const timer = { due: this.current + delayMs, run };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  /** Timers scheduled and not run yet (a cancelled one is not counted). */
  get pending(): number {
    return this.timers.size;
  }

  /**
   * Moves time `ms` forward, running each timer that falls due by then at its own time, in order
   * (one a timer schedules runs too when it falls due within the move); answers how many ran.
   */
  advance(ms: number): number {
    const target = this.current + ms;
    let ran = 0;
    for (;;) {
      const next = [...this.timers].filter((timer) => timer.due <= target).sort((x, y) => x.due - y.due)[0];
      if (!next) break;
      this.timers.delete(next);
      this.current = Math.max(this.current, next.due);
      next.run();
      ran += 1;
    }
    this.current = target;
    return ran;
  }
}
