import { createServer } from 'node:http';

export interface FloorServerOptions {
  /** Logged once listening: "<name> listening". */
  name: string;
  /** Used when `PORT` is not set. */
  defaultPort: number;
  /** The status of an answer that failed. */
  failureStatus: number;
  /** Turns a request's `Authorization` and body into the JSON text answered with 200. */
  answer: (authorization: string | undefined, body: string) => Promise<string>;
}

/**
 * The bare `node:http` shell both floors run in (bench/floor-server.ts, bench/rest-floor.ts): read
 * the whole body, answer with what `answer` returns, nothing else. Exits on SIGINT/SIGTERM so that
 * a profile (`node --cpu-prof`), written only on a normal exit, is kept.
 */
export function serveFloor(options: FloorServerOptions): void {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      options.answer(request.headers.authorization, Buffer.concat(chunks).toString('utf8')).then(
        (body) => {
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          response.end(body);
        },
        (error: unknown) => {
          response.writeHead(options.failureStatus, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : 'failed' }] }));
        },
      );
    });
  });
  server.listen(Number(process.env.PORT ?? options.defaultPort), '127.0.0.1', () => console.log(`${options.name} listening`));
  process.once('SIGINT', () => process.exit(0));
  process.once('SIGTERM', () => process.exit(0));
}
