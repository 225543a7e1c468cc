import type { PollScheduler } from '../../src/live/poller.js';

interface Turn {
  due: number;
  run: () => Promise<void>;
}

/**
 * A poll scheduler whose time moves only when the test says so: `advance` runs the turns that
 * fall due and waits for each to finish (its upstream read and what it published), so a test
 * counts polls per turn instead of per second of wall time.
 */
export class ManualScheduler implements PollScheduler {
  private now = 0;
  private readonly turns = new Set<Turn>();

  schedule(delayMs: number, run: () => Promise<void>): () => void {
    const turn = { due: this.now + delayMs, run };
    this.turns.add(turn);
    return () => this.turns.delete(turn);
  }

  /** Turns scheduled and not run yet (a cancelled one is not counted). */
  get pending(): number {
    return this.turns.size;
  }

  /**
   * Moves time `ms` forward and runs every turn due by then, answering how many ran. Turns they
   * schedule are due later than now, so each watched customer polls at most once per call.
   */
  async advance(ms: number): Promise<number> {
    this.now += ms;
    const due = [...this.turns].filter((turn) => turn.due <= this.now);
    for (const turn of due) this.turns.delete(turn);
    await Promise.all(due.map((turn) => turn.run()));
    return due.length;
  }
}
