import type { ExecutionResult } from 'graphql';
import type { LiveSink, LiveStream } from '../live/live-stream.js';
import { payloadOf } from './shared-payload.js';
import { FrameWriter, frameHead, type FrameConnection } from './ws-delivery.js';

/** One event on its way to the subscribers of a key that were handed it. */
interface Batch {
  /** Increases with every batch of the key: the order frames are written in. */
  sequence: number;
  event: unknown;
  subscribers: FramedSubscription[];
  outcome?: { result: ExecutionResult } | { error: unknown };
}

/** What a framed subscription needs of its live stream. */
type TappedStream = Pick<LiveStream<unknown>, 'tap' | 'return'>;

/** A sharing key, as the frames of its subscribers need it (see shared-subscriptions.ts). */
export interface SharedKey {
  /** The event's result, executed once for the key. */
  resultFor(event: unknown): Promise<ExecutionResult>;
  /** The result as yoga would hand it on (errors masked): these frames are written before yoga sees it. */
  masked(result: ExecutionResult): ExecutionResult;
  /** One of the key's subscribers is gone. */
  leave(): void;
}

/**
 * The graphql-ws subscribers of one sharing key, whose `next` frames the key writes itself.
 *
 * Each subscriber's live stream is tapped (see live-stream.ts): an event reaches the key
 * synchronously, subscriber after subscriber, and joins that event's batch. The batch is executed
 * once (`resultFor`), serialised once, and written in one synchronous loop over its subscribers,
 * a connection with several frames in the batch corked from its first to its last (see
 * FrameWriter). Nothing per subscriber is queued or awaited per event: with 10,000 subscribers,
 * that plumbing (a Repeater push, an iterator step and a few promises each) was most of the cost
 * of one change.
 *
 * Order: batches are written in the order they were opened. A subscriber joins an event's open
 * batch only if that batch is newer than the last one it joined (a subscriber replaying events
 * held during its snapshot gets a batch of its own), so every subscriber's frames go out in the
 * order its stream emitted them. A batch still executing holds back the later batches of its key
 * (the same event holds back every subscriber it reaches anyway).
 */
export class KeyFrames {
  private sequence = 0;
  /** The newest batch of each event not yet written. */
  private readonly open = new Map<unknown, Batch>();
  private readonly queue: Batch[] = [];

  constructor(readonly key: SharedKey) {}

  /** Writes the frames of `source`'s events for a graphql-ws subscription; graphql-ws iterates the answer to learn how it ends. */
  subscribe(source: TappedStream, connection: FrameConnection, id: string): FramedSubscription {
    return new FramedSubscription(this, source, connection, frameHead(id));
  }

  offer(event: unknown, subscriber: FramedSubscription): void {
    let batch = this.open.get(event);
    if (!batch || batch.sequence <= subscriber.lastSequence) {
      const opened: Batch = { sequence: (this.sequence += 1), event, subscribers: [] };
      batch = opened;
      this.open.set(event, opened);
      this.queue.push(opened);
      this.key.resultFor(event).then(
        (result) => {
          opened.outcome = { result };
          this.flush();
        },
        (error: unknown) => {
          opened.outcome = { error };
          this.flush();
        },
      );
    }
    subscriber.lastSequence = batch.sequence;
    subscriber.pending += 1;
    batch.subscribers.push(subscriber);
  }

  /** Writes every batch at the head of the queue whose execution is done. */
  private flush(): void {
    const writer = new FrameWriter();
    try {
      for (let batch = this.queue[0]; batch?.outcome; batch = this.queue[0]) {
        this.queue.shift();
        if (this.open.get(batch.event) === batch) this.open.delete(batch.event);
        this.write(batch, batch.outcome, writer);
      }
    } finally {
      writer.end();
    }
  }
  /**
   * Writes one batch's frames. Nothing thrown here may escape: flush runs from an execution's
   * `then`, where a throw is an unhandled rejection, and the batch's subscribers would never
   * learn how they ended. A payload that cannot be built ends them all with the error; a socket
   * whose write throws ends its own subscriber and the others still get their frames.
   */
  private write(batch: Batch, outcome: NonNullable<Batch['outcome']>, writer: FrameWriter): void {
    let payload: string;
    try {
      if ('error' in outcome) throw outcome.error;
      payload = payloadOf(this.key.masked(outcome.result));
    } catch (error) {
      for (const subscriber of batch.subscribers) subscriber.fail(error);
      return;
    }
    // Each connection's last frame of the batch uncorks it (see FrameWriter).
    const lastOf = new Map<FrameConnection, FramedSubscription>();
    for (const subscriber of batch.subscribers) lastOf.set(subscriber.connection, subscriber);
    for (const subscriber of batch.subscribers) subscriber.deliver(writer, payload, lastOf.get(subscriber.connection) === subscriber);
  }
}

type Settled = { failed: false } | { failed: true; error: unknown };

/**
 * One graphql-ws subscription whose frames its key writes. To graphql-ws it is an iterator that
 * yields nothing: its `next()` settles when the subscription ends — done when the stream ends
 * (after the frames of every event it emitted before), rejected with the stream's or the
 * execution's error — and graphql-ws reports that as usual (complete, or error).
 */
export class FramedSubscription implements AsyncIterableIterator<never>, LiveSink<unknown> {
  /** The sequence of the last batch this subscriber joined. */
  lastSequence = 0;
  /** Batches joined and not yet written. */
  pending = 0;
  /** No more frames: graphql-ws returned it, it failed, or its socket was dropped. */
  private closed = false;
  /** The stream ended (with this error, if any); settles once the pending frames are out. */
  private ending: Settled | undefined;
  private settled: Settled | undefined;
  private waiter: { resolve: (step: IteratorResult<never>) => void; reject: (error: unknown) => void } | undefined;

  constructor(
    private readonly frames: KeyFrames,
    private readonly source: TappedStream,
    readonly connection: FrameConnection,
    private readonly head: string,
  ) {
    source.tap(this);
  }

  /** An event of its stream (see LiveStream.tap). */
  receive(event: unknown): void {
    this.frames.offer(event, this);
  }

  /** Its stream ended (see LiveStream.tap): settles once the frames of what it emitted are out. */
  ended(error?: unknown): void {
    this.ending = error === undefined ? { failed: false } : { failed: true, error };
    if (this.pending === 0) this.settle(this.ending);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  deliver(writer: FrameWriter, payload: string, last: boolean): void {
    this.pending -= 1;
    if (!this.closed) {
      let outcome: ReturnType<FrameWriter['write']>;
      try {
        outcome = writer.write(this.connection, this.head, payload, last);
      } catch (error) {
        // This socket could not take the frame: end this subscription with the error, not the batch.
        this.stop({ failed: true, error });
        return;
      }
      if (outcome === 'dropped') this.stop({ failed: false });
    }
    if (this.pending === 0 && this.ending) this.settle(this.ending);
  }

  fail(error: unknown): void {
    this.pending -= 1;
    if (!this.closed) this.stop({ failed: true, error });
  }

  next(): Promise<IteratorResult<never>> {
    const settled = this.settled;
    if (settled) {
      if (!settled.failed) return Promise.resolve({ done: true, value: undefined });
      // The error is reported once; graphql-ws stops iterating after it.
      this.settled = { failed: false };
      return Promise.reject(settled.error);
    }
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<never>> {
    this.stop({ failed: false });
    return Promise.resolve({ done: true, value: undefined });
  }

  async throw(error: unknown): Promise<IteratorResult<never>> {
    this.stop({ failed: false });
    throw error;
  }

  private stop(outcome: Settled): void {
    this.closed = true;
    this.settle(outcome);
    void this.source.return();
  }

  private settle(outcome: Settled): void {
    this.closed = true;
    if (this.settled) return;
    this.settled = outcome;
    this.frames.key.leave();
    const waiter = this.waiter;
    if (!waiter) return;
    this.waiter = undefined;
    this.settled = { failed: false };
    if (outcome.failed) waiter.reject(outcome.error);
    else waiter.resolve({ done: true, value: undefined });
  }
}
