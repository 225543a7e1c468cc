import type { Duplex } from 'node:stream';
import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { KeyFrames, type SharedKey } from '../../src/server/key-frames.js';
import type { FrameConnection } from '../../src/server/ws-delivery.js';
import { PushedStream } from '../helpers/pushed-stream.js';

// When a sharing key cannot build or write an event's frames (masking throws, a socket's send
// throws), every subscriber of that event must still learn how its subscription ended — with the
// error — instead of waiting forever, and nothing may escape as an unhandled rejection (fatal
// under Node's default).

function connection(send: (text: string) => void = () => undefined): FrameConnection {
  const socket = { OPEN: 1, readyState: 1, bufferedAmount: 0, send, close() {} };
  const transport = { cork() {}, uncork() {} };
  return { socket: socket as unknown as WebSocket, transport: transport as unknown as Duplex, maxBufferedBytes: 1 << 20 };
}

function sharedKey(masked: (result: ExecutionResult) => ExecutionResult): SharedKey {
  return { resultFor: async (event) => ({ data: { event } }), masked, leave: () => undefined };
}

/** Collects unhandled rejections while `run` and the turns after it execute. */
async function unhandledDuring(run: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await run();
    for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}

describe('a sharing key whose frames cannot be built or written', () => {
  it('ends every subscriber of the event with the error when its payload cannot be built', async () => {
    const frames = new KeyFrames(
      sharedKey(() => {
        throw new Error('cannot mask');
      }),
    );
    const streams = [new PushedStream(), new PushedStream()];
    const subscriptions = streams.map((stream, i) => frames.subscribe(stream, connection(), String(i)));
    const unhandled = await unhandledDuring(async () => {
      const ends = subscriptions.map((subscription) => subscription.next());
      for (const stream of streams) stream.push('change');
      for (const end of ends) await expect(end).rejects.toThrow('cannot mask');
    });
    expect(unhandled).toEqual([]);
  });

  it('ends the subscriber whose socket threw, and still writes the others', async () => {
    const frames = new KeyFrames(sharedKey((result) => result));
    const written: string[] = [];
    const broken = connection(() => {
      throw new Error('socket gone');
    });
    const healthy = connection((text) => written.push(text));
    const brokenStream = new PushedStream();
    const healthyStream = new PushedStream();
    const brokenSubscription = frames.subscribe(brokenStream, broken, 'broken');
    frames.subscribe(healthyStream, healthy, 'healthy');
    const unhandled = await unhandledDuring(async () => {
      const end = brokenSubscription.next();
      brokenStream.push('change');
      healthyStream.push('change');
      await expect(end).rejects.toThrow('socket gone');
    });
    expect(unhandled).toEqual([]);
    expect(written).toHaveLength(1);
  });
});
