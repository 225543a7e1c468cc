/** Receives a tapped stream's events synchronously, as they are emitted (see LiveStream.tap). */
export interface LiveSink<T> {
  next(value: T): void;
  /** The stream ended: on its own (no error) or with an error. Called once. */
  end(error?: unknown): void;
}

/** Starts a stream's producer; the answer is called once when the stream ends, for any reason. */
export type LiveProducer<T> = (emit: (value: T) => void, end: (error?: unknown) => void) => () => void;

/**
 * A subscriber's stream of live events, consumed in one of two ways:
 * - pulled, as an async iterator (server-sent events, or graphql-ws without subscription sharing):
 *   events wait in a queue bounded by `maxQueued`; past it the stream ends with `overflow()`, so a
 *   stalled reader cannot make the gateway buffer without bound;
 * - tapped (graphql-ws with subscription sharing, see shared-subscriptions.ts): every event goes
 *   to the sink synchronously as it is emitted, with no queue, promise or iterator step per
 *   subscriber. With thousands of subscribers on one event, that per-subscriber plumbing was most
 *   of the cost of a fan-out.
 * The producer starts on the first `next()` or `tap()` (as a Repeater's executor would): a
 * subscription refused before it is read watches nothing.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: { resolve: (step: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined;
  private sink: LiveSink<T> | undefined;
  private started = false;
  private ended = false;
  private failure: { error: unknown } | undefined;
  private cleanup: (() => void) | undefined;

  constructor(
    private readonly producer: LiveProducer<T>,
    private readonly maxQueued: number,
    private readonly overflow: () => unknown,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Hands every event to `sink` from now on (and whatever is queued, first). */
  tap(sink: LiveSink<T>): void {
    this.sink = sink;
    for (const value of this.queue.splice(0)) sink.next(value);
    if (this.ended) {
      this.notifyEnd();
      return;
    }
    this.start();
  }

  next(): Promise<IteratorResult<T>> {
    this.start();
    if (this.queue.length > 0) return Promise.resolve({ done: false, value: this.queue.shift() as T });
    if (this.failure) {
      const { error } = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    // The consumer leaves: nothing queued or pending is delivered any more.
    this.queue.length = 0;
    this.failure = undefined;
    this.finish(undefined, false);
    return Promise.resolve({ done: true, value: undefined });
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  private start(): void {
    if (this.started || this.ended) return;
    this.started = true;
    const cleanup = this.producer(
      (value) => this.emit(value),
      (error) => this.finish(error, true),
    );
    // The producer may have ended the stream before handing back its cleanup.
    if (this.ended) cleanup();
    else this.cleanup = cleanup;
  }

  private emit(value: T): void {
    if (this.ended) return;
    if (this.sink) {
      this.sink.next(value);
      return;
    }
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting.resolve({ done: false, value });
      return;
    }
    if (this.queue.length >= this.maxQueued) {
      this.finish(this.overflow(), true);
      return;
    }
    this.queue.push(value);
  }

  private finish(error: unknown, hasError: boolean): void {
    if (this.ended) return;
    this.ended = true;
    if (hasError && error !== undefined) this.failure = { error };
    const cleanup = this.cleanup;
    this.cleanup = undefined;
    cleanup?.();
    if (this.sink) {
      this.notifyEnd();
      return;
    }
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    if (this.failure) {
      const { error: failure } = this.failure;
      this.failure = undefined;
      waiting.reject(failure);
    } else {
      waiting.resolve({ done: true, value: undefined });
    }
  }

  private notifyEnd(): void {
    const sink = this.sink;
    if (!sink) return;
    this.sink = undefined;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) sink.end(failure.error);
    else sink.end();
  }
}
