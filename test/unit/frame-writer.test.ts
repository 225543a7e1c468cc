import type { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { FrameWriter, frameHead, type FrameConnection } from '../../src/server/ws-delivery.js';

// A connection carrying many subscriptions of one key gets all their frames of an event corked
// together. While corked, ws counts those frames as unsent (bufferedAmount), so the slow-consumer
// bound must judge a connection by what it had not sent *before* this event's frames, not by the
// frames the event itself is writing — or a fast reader with many subscriptions is dropped by its
// own batch, again on every reconnect.

const MIB = 1 << 20;

/** A socket whose unsent bytes grow as frames are written while corked and drain on uncork (a fast reader). */
function fastReader(unsentAtStart = 0): { connection: FrameConnection; sent: () => number; closedWith: () => number | undefined } {
  let corked = false;
  let sent = 0;
  let closedWith: number | undefined;
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: unsentAtStart,
    send(text: string) {
      sent += 1;
      if (corked) socket.bufferedAmount += Buffer.byteLength(text);
    },
    close(code: number) {
      closedWith = code;
      socket.readyState = 3;
    },
  };
  const transport = {
    cork() {
      corked = true;
    },
    uncork() {
      corked = false;
      socket.bufferedAmount = 0;
    },
  };
  return {
    connection: { socket: socket as unknown as WebSocket, transport: transport as unknown as Duplex, maxBufferedBytes: MIB },
    sent: () => sent,
    closedWith: () => closedWith,
  };
}

describe('the slow-consumer bound when a connection’s frames are corked together', () => {
  it('writes twenty 60 KB frames of one event to a fast reader without dropping it', () => {
    const reader = fastReader();
    const writer = new FrameWriter();
    const payload = JSON.stringify({ data: { blob: 'x'.repeat(60_000) } });
    const outcomes = Array.from({ length: 20 }, (_, i) => writer.write(reader.connection, frameHead(String(i)), payload, i === 19));
    writer.end();
    expect(outcomes.filter((outcome) => outcome !== 'written')).toEqual([]);
    expect(reader.sent()).toBe(20);
    expect(reader.closedWith()).toBeUndefined();
  });

  it('still drops a connection that had more than the bound unsent before the event', () => {
    const reader = fastReader(2 * MIB);
    const writer = new FrameWriter();
    expect(writer.write(reader.connection, frameHead('1'), '{"data":{}}', false)).toBe('dropped');
    writer.end();
    expect(reader.closedWith()).toBe(1013);
    expect(reader.sent()).toBe(0);
  });
});
