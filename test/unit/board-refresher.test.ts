import { describe, expect, it } from 'vitest';
import { foldedRunner } from '../../public/board/refresher.js';

// The board re-reads a customer's billing when its alarms change. Reads never overlap, changes
// during a read fold into one more read, and the last change is always followed by a read — the
// case a burst of alarms hits: a change arriving during the folded read itself.

/** A read that stays open until the test lets it finish. */
function controlledReads() {
  const pending: Array<() => void> = [];
  let started = 0;
  return {
    read: () =>
      new Promise<void>((resolve) => {
        started += 1;
        pending.push(resolve);
      }),
    started: () => started,
    open: () => pending.length,
    async finishOne(): Promise<void> {
      pending.shift()?.();
      // Let the runner's continuation start the next read, if any.
      for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
    },
  };
}

describe('the board’s per-customer refresher', () => {
  it('folds changes during a read into one more read', async () => {
    const reads = controlledReads();
    const refresh = foldedRunner(reads.read);
    refresh();
    refresh();
    refresh();
    expect(reads.started()).toBe(1);
    await reads.finishOne();
    expect(reads.started()).toBe(2);
    await reads.finishOne();
    expect(reads.started()).toBe(2);
    expect(reads.open()).toBe(0);
  });

  it('reads again for a change that arrives during the folded read', async () => {
    const reads = controlledReads();
    const refresh = foldedRunner(reads.read);
    refresh();
    refresh(); // during read 1: folded into read 2
    await reads.finishOne();
    expect(reads.started()).toBe(2);
    refresh(); // during read 2: must cause read 3
    await reads.finishOne();
    expect(reads.started()).toBe(3);
    await reads.finishOne();
    expect(reads.open()).toBe(0);
  });

  it('keeps going after a read fails', async () => {
    let calls = 0;
    const refresh = foldedRunner(async () => {
      calls += 1;
      if (calls === 1) throw new Error('upstream hiccup');
    });
    await expect(refresh()).rejects.toThrow('upstream hiccup');
    await refresh();
    expect(calls).toBe(2);
  });
});
