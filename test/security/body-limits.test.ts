import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { postChunked } from '../helpers/chunked.js';
import { useGateway } from '../helpers/gateway.js';
import { bearer, jwtMode, signViewerToken } from '../helpers/jwt.js';

// MAX_BODY_BYTES holds for every route and every way of sending a body: a chunked body (no
// Content-Length) is counted as it arrives and refused once past the limit, before
// authentication; WebSocket frames (connection_init and subscribe alike) are held to it too.

const LIMIT = 256 * 1024;
const harness = useGateway({ gateway: { ...jwtMode, MAX_BODY_BYTES: LIMIT, RATE_LIMIT_PER_MINUTE: 0 } });
const MB = 1024 * 1024;

/** Opens a graphql-transport-ws socket, sends `messages`, and resolves with the close code. */
function wsCloseCode(messages: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(harness.gateway.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    socket.on('open', () => {
      for (const message of messages) socket.send(message);
    });
    socket.on('close', (code) => resolve(code));
    socket.on('error', () => undefined);
    setTimeout(() => reject(new Error('the socket stayed open')), 20_000).unref();
  });
}

describe('request body limits', () => {
  it('refuses a chunked 20 MB body with 413 and a coded JSON body, before authentication, without reading it all', async () => {
    const outcome = await postChunked(harness.gateway.graphqlUrl, 20 * MB);
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toEqual({
      errors: [
        {
          message: `Request body too large: at most ${LIMIT} bytes are accepted`,
          extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', maxBytes: LIMIT },
        },
      ],
    });
    // The connection is dropped once the answer is out; only what was already in flight got through.
    expect(outcome.sentBytes).toBeLessThan(10 * MB);
  });

  it('holds every route to the limit, not only /graphql', async () => {
    const origin = harness.gateway.url;
    for (const path of ['/webhooks/metronome', '/health', '/board', '/nowhere']) {
      const outcome = await postChunked(`${origin}${path}`, 2 * MB);
      expect([path, outcome.status]).toEqual([path, 413]);
    }
  });

  it('refuses a declared Content-Length over the limit at once', async () => {
    const { status, body } = await harness.post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(LIMIT)}` }));
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('serves a chunked body within the limit as usual', async () => {
    const admin = await signViewerToken({ role: 'admin' });
    const outcome = await postChunked(harness.gateway.graphqlUrl, 100 * 1024, bearer(admin));
    expect(outcome.status).toBe(200);
    expect(JSON.parse(outcome.body)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('WebSocket frame limit', () => {
  it('closes a connection whose connection_init carries a 30 MB bearer with 1009 (message too big)', async () => {
    const init = JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${'x'.repeat(30 * MB)}` } });
    expect(await wsCloseCode([init])).toBe(1009);
  });

  it('closes a connection that sends a 30 MB subscribe with 1009', async () => {
    const admin = await signViewerToken({ role: 'admin' });
    const init = JSON.stringify({ type: 'connection_init', payload: bearer(admin) });
    const subscribe = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ __typename }${' '.repeat(30 * MB)}` } });
    expect(await wsCloseCode([init, subscribe])).toBe(1009);
  });
});
