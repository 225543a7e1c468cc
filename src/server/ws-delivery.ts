import type { ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import { payloadOf } from './shared-payload.js';

/**
 * The close code of a subscriber too slow to read its events: 1013 "Try Again Later". graphql-ws
 * clients retry on it, and a reconnecting subscriber starts again from a fresh snapshot.
 */
const SLOW_CONSUMER_CLOSE_CODE = 1013;
const SLOW_CONSUMER_CLOSE_REASON = 'Too slow: events were not read in time; reconnect for a fresh snapshot';

export interface FrameDelivery {
  socket: WebSocket;
  /** The subscription's id on its connection. */
  id: string;
  /** A socket with more than this many bytes not yet written to the network is dropped. */
  maxBufferedBytes: number;
  onSlowConsumer?: () => void;
}

/**
 * Writes a subscription's `next` frames itself, instead of letting graphql-ws stringify every
 * message: the frame is built around the result's payload, which is serialised once when the
 * result is shared (see shared-payload.ts). graphql-ws gets an iterator that yields nothing and
 * only sees how the stream ends (complete or error), which it reports as usual; frames stay in
 * order because they all go through the one socket.
 *
 * Backpressure: before each write, a socket whose unsent bytes exceed the bound is closed with
 * SLOW_CONSUMER_CLOSE_CODE, so one stalled reader neither delays the others nor holds an
 * ever-growing buffer. Events are not coalesced: a dropped subscriber gets a fresh snapshot when
 * it reconnects, which is what a coalesced backlog would have converged to anyway.
 */
export function deliverAsFrames(results: AsyncIterable<ExecutionResult>, delivery: FrameDelivery): AsyncIterableIterator<never> {
  const source = results[Symbol.asyncIterator]();
  const head = `{"id":${JSON.stringify(delivery.id)},"type":"next","payload":`;
  const { socket } = delivery;
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
        // graphql-ws drops messages for a socket that is no longer open; so do we.
        if (socket.readyState !== socket.OPEN) continue;
        if (socket.bufferedAmount > delivery.maxBufferedBytes) {
          delivery.onSlowConsumer?.();
          socket.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_CLOSE_REASON);
          return stop();
        }
        socket.send(`${head}${payloadOf(step.value)}}`);
      }
    },
    return: stop,
    async throw(error: unknown): Promise<IteratorResult<never>> {
      await source.return?.();
      throw error;
    },
  };
}
