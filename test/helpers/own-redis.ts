import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { eventually } from './wait.js';

/**
 * A Redis server of the test's own, on a free loopback port, without persistence: a test may
 * flush, stop and restart it (never the shared one on 6379).
 */
export interface OwnRedis {
  readonly url: string;
  /** A client for assertions and faults (FLUSHALL, DEL, PTTL…). */
  readonly client: Redis;
  /** Stops the server (the port is then closed: connections are refused). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Stops it for good and closes the client. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until the server answers PING (it has no other way to say it is listening). */
async function untilAnswers(client: Redis): Promise<void> {
  await eventually('the test Redis to answer PING', async () => (await client.ping().catch(() => undefined)) === 'PONG', 5_000);
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let server: ChildProcess | undefined;
  const launch = async (): Promise<void> => {
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await untilAnswers(client);
  };
  const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 50 });
  client.on('error', () => undefined);
  await launch();
  const stop = async (): Promise<void> => {
    const running = server;
    server = undefined;
    if (!running || running.exitCode !== null) return;
    running.kill('SIGKILL');
    await once(running, 'exit');
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    client,
    stop,
    start: launch,
    close: async () => {
      await stop();
      client.disconnect();
    },
  };
}
