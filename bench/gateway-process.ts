/**
 * The gateway in a process of its own, as `npm start` runs it, plus what a benchmark needs to
 * judge its cost: its pid, and the CPU time it has used (Linux /proc), so that CPU per request is
 * the gateway's alone, not the load generator's or the upstream's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const root = new URL('..', import.meta.url).pathname;
const CLOCK_TICKS_PER_S = 100;

export interface GatewayProcess {
  graphqlUrl: string;
  pid: number;
  /** User + system CPU milliseconds the process has used so far. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Starts `src/main.ts` with `env` (on top of a quiet, unthrottled base) and waits for its GraphQL URL. */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn', GRAPHIQL: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /^(http:\/\/\S+\/graphql)$/m.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code}):\n${output}`)));
  });
  const pid = child.pid ?? 0;
  return {
    graphqlUrl,
    pid,
    cpuMs: () => {
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime and stime, in clock ticks.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A cheap upstream stand-in: answers with canned Metronome responses (captured from the sandbox),
 * so that the upstream costs next to nothing and the gateway is what is measured.
 */
export async function startCannedUpstream(bodyFor: (url: string) => string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    request.resume();
    const body = bodyFor(request.url ?? '/');
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An OTLP/HTTP sink that accepts and drops spans (tracing is measured, not a collector). */
export async function startSpanSink(): Promise<{ url: string; close(): Promise<void> }> {
  return startCannedUpstream(() => '{}');
}
