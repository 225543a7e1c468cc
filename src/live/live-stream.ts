/** Receives a tapped stream's events synchronously, as they are emitted (see LiveStream.tap). */
export interface LiveSink<T> {
  receive(value: T): void;
  /** The stream ended: on its own (no error) or with an error. Called once. */
  ended(error?: unknown): void;
}

/**
 * A subscriber's stream of live events, consumed in one of two ways:
 * - pulled, as an async iterator (server-sent events, or graphql-ws without subscription sharing):
 *   events wait in a queue bounded by `maxQueued`; past it the stream ends with `overflow()`, so a
 *   stalled reader cannot make the gateway buffer without bound;
 * - tapped (graphql-ws with subscription sharing, see shared-subscriptions.ts): every event goes
 *   to the sink synchronously as it is emitted, with no queue, promise or iterator step per
 *   subscriber. With thousands of subscribers on one event, that per-subscriber plumbing was most
 *   of the cost of a fan-out.
 * A feed extends it: `open()` starts producing (`emit`, `end`), `close()` stops, once, whatever
 * ended the stream. It opens on the first `next()` or `tap()` (as a Repeater's executor would): a
 * subscription refused before it is read watches nothing.
 *
 * Its own state is in #private fields, so that a feed's names cannot clash with it. Feeds are
 * objects with methods rather than closures because one lives per subscriber: under tsx
 * (how the gateway runs) every named closure also gets its own property dictionary, which cost a
 * few hundred bytes per closure per subscription.
 */
export abstract class LiveStream<T> implements AsyncIterableIterator<T> {
  readonly #queue: Array<{ value: T; bounded: boolean }> = [];
  /** Queued events that count towards `maxQueued` (live ones; a snapshot's do not). */
  #queuedLive = 0;
  #waiting: { resolve: (step: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined;
  #sink: LiveSink<T> | undefined;
  #started = false;
  #closed = false;
  #failure: { error: unknown } | undefined;

  readonly #maxQueued: number;
  readonly #overflow: () => unknown;

  constructor(maxQueued: number, overflow: () => unknown) {
    this.#maxQueued = maxQueued;
    this.#overflow = overflow;
  }

  /** Starts producing events. */
  protected abstract open(): void;
  /** Stops producing events: called once when the stream ends, for any reason. */
  protected abstract close(): void;

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Hands every event to `sink` from now on (and whatever is queued, first). */
  tap(sink: LiveSink<T>): void {
    this.#sink = sink;
    this.#queuedLive = 0;
    for (const entry of this.#queue.splice(0)) sink.receive(entry.value);
    if (this.#closed) {
      this.#notifyEnd();
      return;
    }
    this.#start();
  }

  next(): Promise<IteratorResult<T>> {
    this.#start();
    const entry = this.#queue.shift();
    if (entry) {
      if (entry.bounded) this.#queuedLive -= 1;
      return Promise.resolve({ done: false, value: entry.value });
    }
    if (this.#failure) {
      const { error } = this.#failure;
      this.#failure = undefined;
      return Promise.reject(error);
    }
    if (this.#closed) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    // The consumer leaves: nothing queued or pending is delivered any more.
    this.#queue.length = 0;
    this.#queuedLive = 0;
    this.#failure = undefined;
    this.#finish(undefined, false);
    return Promise.resolve({ done: true, value: undefined });
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  /**
   * Hands on an event. `bounded: false` for what the consumer asked for in one go (a snapshot of
   * every notification, however many): only live events count towards `maxQueued`.
   */
  protected emit(value: T, bounded = true): void {
    if (this.#closed) return;
    if (this.#sink) {
      this.#sink.receive(value);
      return;
    }
    const waiting = this.#waiting;
    if (waiting) {
      this.#waiting = undefined;
      waiting.resolve({ done: false, value });
      return;
    }
    if (bounded && this.#queuedLive >= this.#maxQueued) {
      this.#finish(this.#overflow(), true);
      return;
    }
    this.#queue.push({ value, bounded });
    if (bounded) this.#queuedLive += 1;
  }

  /** Ends the stream, after the events already emitted; with an error, the consumer gets it last. */
  protected end(error?: unknown): void {
    this.#finish(error, error !== undefined);
  }

  #start(): void {
    if (this.#started || this.#closed) return;
    this.#started = true;
    this.open();
  }

  #finish(error: unknown, hasError: boolean): void {
    if (this.#closed) return;
    this.#closed = true;
    if (hasError) this.#failure = { error };
    if (this.#started) this.close();
    if (this.#sink) {
      this.#notifyEnd();
      return;
    }
    const waiting = this.#waiting;
    if (!waiting) return;
    this.#waiting = undefined;
    if (this.#failure) {
      const { error: failure } = this.#failure;
      this.#failure = undefined;
      waiting.reject(failure);
    } else {
      waiting.resolve({ done: true, value: undefined });
    }
  }

  #notifyEnd(): void {
    const sink = this.#sink;
    if (!sink) return;
    this.#sink = undefined;
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure) sink.ended(failure.error);
    else sink.ended();
  }
}
