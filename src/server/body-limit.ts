import type { IncomingMessage, ServerResponse } from 'node:http';

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A body already read here, in the shape @whatwg-node's Node adapter takes from `request.body`
 * instead of re-reading the (consumed) stream: an async iterable with an own property. (A Buffer
 * would do too, but the adapter tests it with `Object.keys`, one string per byte.)
 */
class BufferedBody implements AsyncIterable<Buffer> {
  constructor(readonly bytes: Buffer) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    yield this.bytes;
  }
}

type BufferedRequest = IncomingMessage & { body?: BufferedBody };

/**
 * `MAX_BODY_BYTES` for every route, enforced on the Node stream before anything else (routing,
 * authentication, GraphQL) sees the request: a declared `Content-Length` over the limit is refused
 * at once, and any other body (chunked included) is counted as it arrives and refused the moment
 * it passes the limit, with the rest left unread and the connection closed. A body within the
 * limit is handed on already read, which also spares yoga its own per-request size-limiting
 * stream (its `maxRequestBodySize` is off).
 */
export function limitBodies(maxBytes: number, next: Listener): Listener {
  return (request, response) => {
    const declared = request.headers['content-length'];
    if (declared === undefined ? request.headers['transfer-encoding'] === undefined : declared === '0') {
      next(request, response);
      return;
    }
    if (declared !== undefined && !(Number(declared) <= maxBytes)) {
      refuse(request, response, maxBytes);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', stop);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        refuse(request, response, maxBytes);
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => {
      stop();
      if (size > 0)
        (request as BufferedRequest).body = new BufferedBody(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
      next(request, response);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    // The client went away mid-body: there is no one to answer.
    request.on('error', stop);
  };
}

function refuse(request: IncomingMessage, response: ServerResponse, maxBytes: number): void {
  const body = JSON.stringify({
    errors: [
      {
        message: `Request body too large: at most ${maxBytes} bytes are accepted`,
        extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', maxBytes },
      },
    ],
  });
  response.writeHead(413, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  // Once the answer is out, the unread rest of the body is dropped with the connection.
  response.end(body, () => request.destroy());
}
