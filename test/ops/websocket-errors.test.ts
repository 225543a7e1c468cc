import { once } from 'node:events';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { useGateway } from '../helpers/gateway.js';

// Errors on a WebSocket itself (here a frame above the size limit) are logged as JSON lines by
// the gateway, never printed raw (with a stack) by graphql-ws, and the client gets no error text.

const harness = useGateway({ gateway: { MAX_BODY_BYTES: 16 * 1024 } });
const consoleError = vi.spyOn(console, 'error');
afterAll(() => consoleError.mockRestore());

describe('WebSocket errors', () => {
  it('a frame above the limit closes that socket, with a JSON log line and nothing printed', async () => {
    const socket = new WebSocket(harness.gateway.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(64 * 1024) } }));
    const [code, reason] = (await once(socket, 'close')) as [number, Buffer];
    expect(code).toBe(1009);
    expect(reason.toString()).not.toMatch(/payload|exceeded|RangeError/i);
    expect(consoleError).not.toHaveBeenCalled();
    const logged = harness.logLines.map((line) => JSON.parse(line) as { msg?: string }).filter((line) => line.msg === 'websocket error');
    expect(logged).toHaveLength(1);
  });
});
