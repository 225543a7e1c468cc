import { describe, expect, it } from 'vitest';
import { LiveStream } from '../../src/live/live-stream.js';

// A pulled live stream bounds what waits unread: a stalled reader ends with the overflow error
// instead of making the gateway buffer without bound. A snapshot (every notification of a
// customer, asked for in one go) does not count towards the bound; live events after it do.

const BOUND = 4;

class Feed extends LiveStream<string> {
  constructor() {
    super(BOUND, () => new Error('SLOW_CONSUMER'));
  }
  protected open(): void {}
  protected close(): void {}
  snapshot(count: number): void {
    for (let i = 0; i < count; i += 1) this.emit(`snapshot ${i}`, false);
  }
  live(value: string): void {
    this.emit(value);
  }
  finish(): void {
    this.end();
  }
}

async function drain(feed: Feed): Promise<{ read: string[]; error?: string }> {
  const read: string[] = [];
  try {
    for (;;) {
      const step = await feed.next();
      if (step.done) return { read };
      read.push(step.value);
    }
  } catch (error) {
    return { read, error: (error as Error).message };
  }
}

describe('a pulled live stream’s bound', () => {
  it('delivers a snapshot larger than the bound, and the live events after it, when only the live ones count', async () => {
    const feed = new Feed();
    feed.snapshot(BOUND * 3);
    for (let i = 0; i < BOUND; i += 1) feed.live(`live ${i}`);
    feed.finish();
    const { read, error } = await drain(feed);
    expect(error).toBeUndefined();
    expect(read).toHaveLength(BOUND * 4);
    expect(read.at(-1)).toBe(`live ${BOUND - 1}`);
  });

  it('ends with the overflow error once more live events than the bound wait unread', async () => {
    const feed = new Feed();
    feed.snapshot(2);
    for (let i = 0; i <= BOUND; i += 1) feed.live(`live ${i}`);
    const { read, error } = await drain(feed);
    expect(error).toBe('SLOW_CONSUMER');
    // What was queued before the overflow is still handed over, then the error.
    expect(read).toEqual(['snapshot 0', 'snapshot 1', 'live 0', 'live 1', 'live 2', 'live 3']);
  });

  it('counts only live events still unread: reading frees room', async () => {
    const feed = new Feed();
    for (let i = 0; i < BOUND; i += 1) feed.live(`live ${i}`);
    await feed.next();
    feed.live('one more');
    feed.finish();
    const { read, error } = await drain(feed);
    expect(error).toBeUndefined();
    expect(read).toHaveLength(BOUND);
  });
});
