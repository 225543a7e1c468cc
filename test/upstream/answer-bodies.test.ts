import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { transportOptions } from '../../src/server/services.js';
import { UpstreamBadResponseError } from '../../src/upstream/errors.js';
import { UpstreamTransport } from '../../src/upstream/transport.js';

// What the transport makes of unusual answer bodies from upstream: a byte-order mark, a body too
// large to hold, a body that cannot be decoded. Each call either answers or fails, and never hangs.

let answer: (response: ServerResponse) => void = (response) => response.end();
let requests = 0;
const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
  requests += 1;
  request.resume();
  request.on('end', () => answer(response));
});
let transport: UpstreamTransport;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const config = { ...defaultConfig(), METRONOME_BASE_URL: `http://127.0.0.1:${port}`, UPSTREAM_MAX_ATTEMPTS: 3 };
  transport = new UpstreamTransport({ ...transportOptions(config), maxResponseBytes: 64 * 1024 });
});
afterEach(() => {
  requests = 0;
});
afterAll(async () => {
  await transport.close();
  await new Promise((resolve) => server.close(resolve));
});

const read = () =>
  transport.send({ method: 'GET', path: '/v1/customers/c-1', route: 'GET /v1/customers/{customer_id}', token: 't', safe: true });

function json(body: Buffer | string): (response: ServerResponse) => void {
  return (response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  };
}

describe('upstream answer bodies', () => {
  it('reads a JSON answer that starts with a UTF-8 byte-order mark', async () => {
    answer = json(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"data":{"id":"c-1"}}')]));
    await expect(read()).resolves.toEqual({ data: { id: 'c-1' } });
  });

  it('refuses an answer over the size bound as a bad response, and does not ask again', async () => {
    answer = json(`{"data":{"padding":"${'x'.repeat(100 * 1024)}"}}`);
    const failure = await read().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UpstreamBadResponseError);
    expect((failure as Error).message).toBe('Metronome answered GET /v1/customers/{customer_id} with a body over 65536 bytes');
    expect(requests).toBe(1);
  });

  it('fails as a bad response, instead of hanging or asking again, when an answer cannot be decoded', async () => {
    answer = json('{"data":{"id":"c-1"}}');
    const original = Buffer.prototype.toString;
    // The next UTF-8 decode of a JSON body throws, as it would for a body past V8's longest string.
    Buffer.prototype.toString = function (this: Buffer, ...args: Parameters<Buffer['toString']>): string {
      if (args[0] === 'utf8' && this[0] === 0x7b) {
        Buffer.prototype.toString = original;
        throw new RangeError('Cannot create a string longer than 0x1fffffe8 characters');
      }
      return original.apply(this, args);
    } as Buffer['toString'];
    try {
      const outcome = await Promise.race([
        read().then(
          () => 'answered',
          (error: unknown) => error,
        ),
        new Promise((resolve) => setTimeout(resolve, 5_000, 'still waiting after 5 s')),
      ]);
      expect(outcome).toBeInstanceOf(UpstreamBadResponseError);
      expect((outcome as Error).message).toBe('Metronome answered GET /v1/customers/{customer_id} with a body that could not be read');
      expect(requests).toBe(1);
    } finally {
      Buffer.prototype.toString = original;
    }
  });
});
