import { request } from 'node:http';

/** What a chunked upload got back, and how much of its body it managed to send. */
export interface ChunkedOutcome {
  status: number | undefined;
  body: string;
  sentBytes: number;
}

/**
 * POSTs a JSON body of about `totalBytes` with `Transfer-Encoding: chunked` (no Content-Length),
 * 64 KiB at a time, as a streaming client would; stops sending when the server answers or closes.
 */
export function postChunked(url: string, totalBytes: number, headers: Record<string, string> = {}): Promise<ChunkedOutcome> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let status: number | undefined;
    let body = '';
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      resolve({ status, body, sentBytes });
    };
    const client = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } });
    client.on('response', (response) => {
      status = response.statusCode;
      response.setEncoding('utf8');
      response.on('data', (text: string) => (body += text));
      response.on('end', done);
      response.on('error', done);
    });
    client.on('error', (error) => (status === undefined ? (sentBytes > 0 ? done() : reject(error)) : done()));
    client.on('close', () => setImmediate(done));
    const head = '{"query":"{ __typename }","variables":{"pad":"';
    const tail = '"}}';
    const chunk = 'x'.repeat(64 * 1024);
    const pump = () => {
      if (sentBytes === 0) sentBytes += client.write(head) ? head.length : head.length;
      while (status === undefined && !client.destroyed && sentBytes + chunk.length + tail.length <= totalBytes) {
        sentBytes += chunk.length;
        if (!client.write(chunk)) {
          client.once('drain', pump);
          return;
        }
      }
      if (status === undefined && !client.destroyed) {
        sentBytes += tail.length;
        client.end(tail);
      }
    };
    pump();
  });
}
