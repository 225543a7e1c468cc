import type { Duplex } from 'node:stream';
import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { KeyFrames, type SharedKey } from '../../src/server/key-frames.js';
import type { FrameConnection } from '../../src/server/ws-delivery.js';
import { PushedStream } from '../helpers/pushed-stream.js';

// A sharing key writes its graphql-ws subscribers' frames in one loop per event. Executions end
// in any order (an upstream read per event), and a subscriber that was taking its snapshot replays
// the events it held afterwards: each subscriber must still get its frames in the order its own
// stream emitted them, and learn of its end only after them. The timing is driven by hand here,
// which a test over real sockets cannot do.

/** One connection whose frames are kept as `<subscription id>:<event>`. */
function connection(): { frames: string[]; connection: FrameConnection } {
  const frames: string[] = [];
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send(text: string) {
      const frame = JSON.parse(text) as { id: string; payload: { data: { event: string } } };
      frames.push(`${frame.id}:${frame.payload.data.event}`);
    },
    close() {},
  };
  const transport = { cork() {}, uncork() {} };
  return {
    frames,
    connection: { socket: socket as unknown as WebSocket, transport: transport as unknown as Duplex, maxBufferedBytes: 1 << 20 },
  };
}

/** An execution the test ends by hand. */
class Execution {
  resolve: (result: ExecutionResult) => void = () => undefined;
  reject: (error: unknown) => void = () => undefined;
  readonly promise = new Promise<ExecutionResult>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });
}

/** A key whose executions the test settles by hand, event by event. */
function key() {
  const pending = new Map<string, Execution>();
  let left = 0;
  const shared: SharedKey = {
    // One execution per event, as the real key remembers it for as long as the event lives.
    resultFor: (event) => {
      let execution = pending.get(String(event));
      if (!execution) {
        execution = new Execution();
        pending.set(String(event), execution);
      }
      return execution.promise;
    },
    masked: (result) => result,
    leave: () => {
      left += 1;
    },
  };
  const settle = async (event: string, error?: Error) => {
    const execution = pending.get(event);
    if (!execution) throw new Error(`${event} is not executing`);
    if (error) execution.reject(error);
    else execution.resolve({ data: { event } });
    // Let the flush that follows the execution run.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { frames: new KeyFrames(shared), settle, executing: () => [...pending.keys()], left: () => left };
}

describe('a sharing key writing its subscribers’ frames', () => {
  it('gives a subscriber replaying held events its snapshot first, however the executions end', async () => {
    const { frames, settle, executing } = key();
    const { frames: written, connection: socket } = connection();
    const a = new PushedStream();
    const b = new PushedStream();
    frames.subscribe(a, socket, 'a');
    frames.subscribe(b, socket, 'b');

    a.push('change'); // a is live: the change reaches it at once
    b.push('snapshot-b'); // b is still taking its snapshot, then replays the change it held
    b.push('change');
    expect(executing()).toEqual(['change', 'snapshot-b']);

    await settle('change');
    expect(written).toEqual(['a:change']);
    await settle('snapshot-b');
    expect(written).toEqual(['a:change', 'b:snapshot-b', 'b:change']);
  });

  it('shares one execution among the subscribers an event reaches together', async () => {
    const { frames, settle, executing } = key();
    const { frames: written, connection: socket } = connection();
    const streams = ['a', 'b', 'c'].map((id) => {
      const stream = new PushedStream();
      frames.subscribe(stream, socket, id);
      return stream;
    });
    for (const stream of streams) stream.push('change');
    expect(executing()).toEqual(['change']);
    await settle('change');
    expect(written).toEqual(['a:change', 'b:change', 'c:change']);
  });

  it('ends a subscription only after the frames of what its stream emitted, and with its error last', async () => {
    const { frames, settle, left } = key();
    const { frames: written, connection: socket } = connection();
    const ended = new PushedStream();
    const failed = new PushedStream();
    const endedSubscription = frames.subscribe(ended, socket, 'ended');
    const failedSubscription = frames.subscribe(failed, socket, 'failed');
    let settled = 0;
    const endedNext = endedSubscription.next().finally(() => (settled += 1));
    const failedNext = expect(failedSubscription.next().finally(() => (settled += 1))).rejects.toThrow('the feed failed');

    ended.push('last');
    ended.finish();
    failed.push('last');
    failed.finish(new Error('the feed failed'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(0);

    await settle('last');
    expect(written).toEqual(['ended:last', 'failed:last']);
    await expect(endedNext).resolves.toEqual({ done: true, value: undefined });
    await failedNext;
    expect(settled).toBe(2);
    expect(left()).toBe(2);
  });

  it('fails the subscribers of an event whose execution fails, after their earlier frames', async () => {
    const { frames, settle } = key();
    const { frames: written, connection: socket } = connection();
    const stream = new PushedStream();
    const subscription = frames.subscribe(stream, socket, 'a');
    const failed = expect(subscription.next()).rejects.toThrow('execution failed');
    stream.push('first');
    stream.push('second');
    await settle('second', new Error('execution failed'));
    expect(written).toEqual([]);
    await settle('first');
    expect(written).toEqual(['a:first']);
    await failed;
  });
});
