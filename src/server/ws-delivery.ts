import type { Duplex } from 'node:stream';
import type { ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import { payloadOf } from './shared-payload.js';

/**
 * The close code of a subscriber too slow to read its events: 1013 "Try Again Later". graphql-ws
 * clients retry on it, and a reconnecting subscriber starts again from a fresh snapshot.
 */
const SLOW_CONSUMER_CLOSE_CODE = 1013;
const SLOW_CONSUMER_CLOSE_REASON = 'Too slow: events were not read in time; reconnect for a fresh snapshot';

/** One graphql-ws connection, as the frame writers see it. */
export interface FrameConnection {
  socket: WebSocket;
  /** The TCP socket under the WebSocket: corked while one event's frames are written to it. */
  transport: Duplex;
  /** A socket with more than this many bytes not yet written to the network is dropped. */
  maxBufferedBytes: number;
  onSlowConsumer?: (() => void) | undefined;
}

/**
 * Where one graphql-ws subscription's `next` frames go. websocket.ts puts it on the subscription's
 * execution arguments (under `frameTargetKey`); a subscription whose key writes the frames itself
 * (see shared-subscriptions.ts) marks it `written`, and graphql-ws then only sees how it ends.
 */
export interface FrameTarget {
  connection: FrameConnection;
  /** The subscription's id on its connection. */
  id: string;
  written?: boolean;
}

export const frameTargetKey: unique symbol = Symbol('graphql-ws frame target');
export type WithFrameTarget = { [frameTargetKey]?: FrameTarget };

/** The start of a `next` frame, exactly as graphql-ws would write it, up to the payload. */
export function frameHead(id: string): string {
  return `{"id":${JSON.stringify(id)},"type":"next","payload":`;
}

/**
 * Writes the frames of one event (or of several events flushed together) to many connections. A
 * connection that gets several frames is corked at its first and uncorked at its last (`last`),
 * so a connection carrying ten subscriptions gets one system call, not ten, and goes out as soon
 * as its own frames are written; `end()` uncorks whatever is left.
 *
 * Backpressure: before a connection's first frame, a socket whose unsent bytes exceed the bound is closed with
 * SLOW_CONSUMER_CLOSE_CODE, so one stalled reader neither delays the others nor holds an
 * ever-growing buffer. Events are not coalesced: a dropped subscriber gets a fresh snapshot when
 * it reconnects, which is what a coalesced backlog would have converged to anyway.
 */
export class FrameWriter {
  private readonly corked = new Set<Duplex>();

  /**
   * Writes one frame; `last`: the connection gets no other frame from this writer before `end()`.
   * 'skipped': the socket is no longer open (graphql-ws drops messages for such a socket; so do
   * we); 'dropped': the socket was just closed as too slow, and its subscription should end.
   */
  write(connection: FrameConnection, head: string, payload: string, last = true): 'written' | 'skipped' | 'dropped' {
    const { socket, transport } = connection;
    if (socket.readyState !== socket.OPEN) return 'skipped';
    // Judged once, at the connection's first frame from this writer: once corked, ws counts this
    // writer's own frames as unsent, and a fast reader with many subscriptions would be dropped
    // by its own batch.
    if (!this.corked.has(transport) && socket.bufferedAmount > connection.maxBufferedBytes) {
      connection.onSlowConsumer?.();
      socket.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_CLOSE_REASON);
      return 'dropped';
    }
    if (!last && !this.corked.has(transport)) {
      transport.cork();
      this.corked.add(transport);
    }
    socket.send(`${head}${payload}}`);
    if (last && this.corked.delete(transport)) transport.uncork();
    return 'written';
  }

  /** Lets every connection still corked send what it was given. */
  end(): void {
    for (const transport of this.corked) transport.uncork();
    this.corked.clear();
  }
}

/**
 * The frame writer for a subscription whose key cannot write its frames (its source is not a
 * live stream): pulls its results one by one and writes each frame around the result's payload,
 * serialised once when the result is shared (see shared-payload.ts). graphql-ws gets an iterator
 * that yields nothing and only sees how the stream ends (complete or error), which it reports as
 * usual; frames stay in order because they all go through the one socket.
 */
export function deliverAsFrames(results: AsyncIterable<ExecutionResult>, target: FrameTarget): AsyncIterableIterator<never> {
  const source = results[Symbol.asyncIterator]();
  const head = frameHead(target.id);
  const stop = async (): Promise<IteratorResult<never>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<never>> {
      for (;;) {
        const step = await source.next();
        if (step.done) return { done: true, value: undefined };
        const writer = new FrameWriter();
        const outcome = writer.write(target.connection, head, payloadOf(step.value));
        writer.end();
        if (outcome === 'dropped') return stop();
      }
    },
    return: stop,
    async throw(error: unknown): Promise<IteratorResult<never>> {
      await source.return?.();
      throw error;
    },
  };
}
