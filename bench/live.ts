/**
 * Live alarms: how long from usage crossing a threshold to the subscriber having the event
 * (webhook → verify → upstream refresh → pub/sub → WebSocket), on one instance and across two
 * instances through Redis; and how one change fans out to 1,000 and 10,000 subscribers.
 * Run: npm run bench -- webhook-latency fanout-1k (see bench/run.ts for every scenario)
 */
import { execSync, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { writeHeapSnapshot } from 'node:v8';
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';
import { startGateway, type RunningGateway } from '../src/server/gateway.js';
import { Sandbox } from '../src/sandbox/server.js';
import { meteredCustomer, STATUS_SUBSCRIPTION } from '../test/helpers/metered.js';
import { percentile } from './stats.js';
import { gatewayConfig } from '../test/helpers/config.js';

const SECRET = 'bench-secret';

async function world(redisUrl?: string, instances = 1) {
  const sandbox = new Sandbox({ webhooks: { baseDelayMs: 10 } });
  const org = sandbox.createOrganization(`bench-live-${Date.now()}`);
  const url = await sandbox.listen('127.0.0.1', 0);
  const gateways: RunningGateway[] = [];
  for (let i = 0; i < instances; i += 1) {
    gateways.push(
      await startGateway(
        gatewayConfig(url, org.token, {
          METRONOME_WEBHOOK_SECRET: SECRET,
          REDIS_URL: redisUrl,
          POLL_INTERVAL_MS: 3_600_000,
          GRAPHIQL: false,
          // Benchmarks measure the gateway, not its per-viewer rate limit.
          RATE_LIMIT_PER_MINUTE: 0,
          // SUBSCRIPTION_SHARING=off measures the per-subscriber path side by side.
          SUBSCRIPTION_SHARING: process.env.SUBSCRIPTION_SHARING === 'off' ? 'off' : 'on',
        }),
      ),
    );
  }
  const first = gateways[0];
  if (!first) throw new Error('no gateway');
  org.webhookDestinations = [{ url: first.webhookUrl, secret: SECRET }];
  return {
    sandbox,
    org,
    gateways,
    close: async () => {
      await Promise.all(gateways.map((gateway) => gateway.close()));
      await sandbox.close();
    },
  };
}

function wsClient(gateway: RunningGateway): Client {
  return createClient({
    url: gateway.graphqlUrl.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
  });
}

/** Subscribes and resolves `ready` after the snapshot; `next(count)` waits for the count-th event. */
function subscribe(client: Client, customerId: string) {
  let events = 0;
  const waiters = new Map<number, () => void>();
  client.subscribe(
    { query: STATUS_SUBSCRIPTION(customerId) },
    {
      next: () => {
        events += 1;
        waiters.get(events)?.();
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  const reach = (count: number) => new Promise<void>((resolve) => (events >= count ? resolve() : waiters.set(count, resolve)));
  return { ready: reach(1), reach };
}

/** Webhook → subscriber latency, one transition at a time. */
async function latency(redisUrl: string | undefined, instances: number, transitions: number): Promise<Record<string, string | number>> {
  const w = await world(redisUrl, instances);
  const subscriberGateway = w.gateways[instances - 1] as RunningGateway;
  const client = wsClient(subscriberGateway);
  const samples: number[] = [];
  for (let i = 0; i < transitions; i += 1) {
    const customer = await meteredCustomer(w.sandbox, w.org.token, `Latency ${i}`, 1);
    const subscription = subscribe(client, customer.customerId);
    await subscription.ready;
    const started = performance.now();
    await customer.ingest(1);
    await subscription.reach(2);
    samples.push(performance.now() - started);
  }
  await client.dispose();
  await w.close();
  return {
    transitions,
    'p50 (ms)': percentile(samples, 50).toFixed(1),
    'p99 (ms)': percentile(samples, 99).toFixed(1),
    'max (ms)': Math.max(...samples).toFixed(1),
  };
}

export const webhookLatencyOne = () => latency(undefined, 1, 200);
export const webhookLatencyTwo = () => latency(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 2, 200);

export interface FanoutShape {
  subscribers: number;
  connections: number;
  /** Distinct subscription documents the subscribers are spread over (1: everyone shares one). */
  documents?: number;
  /** Gateway instances sharing one Redis; connections are spread over them. */
  instances?: number;
}

/**
 * One change delivered to many subscribers of one customer. The subscribers live in a child
 * process (bench/fanout-clients.ts), so the gateway's time and heap are its own. The figures
 * include the CPU time this process (gateways and the in-process sandbox) spent from the usage
 * that crosses the threshold to the last delivery, which is less noisy than wall-clock time on a
 * shared machine.
 */
export async function fanout(shape: FanoutShape): Promise<Record<string, string | number>> {
  const { subscribers, connections, documents = 1, instances = 1 } = shape;
  checkFileLimit(connections);
  const w = await world(instances > 1 ? (process.env.REDIS_URL ?? 'redis://127.0.0.1:6379') : undefined, instances);
  const customer = await meteredCustomer(w.sandbox, w.org.token, 'Popular', 1);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;

  const child = fork(new URL('./fanout-clients.ts', import.meta.url), { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const message = (key: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const listener = (value: unknown): void => {
        const record = value as Record<string, unknown>;
        if (key in record) {
          child.off('message', listener);
          resolve(record);
        }
      };
      child.on('message', listener);
    });
  const setupStarted = performance.now();
  const ready = message('ready');
  child.send({
    urls: w.gateways.map((gateway) => gateway.graphqlUrl),
    customerId: customer.customerId,
    subscribers,
    connections,
    documents,
  });
  await ready;
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  gc?.();
  const heapPerSubscription = (process.memoryUsage().heapUsed - heapBefore) / subscribers;
  // BENCH_HEAP_SNAPSHOT=file.heapsnapshot: what the idle subscriptions hold (open it in Chrome's DevTools).
  if (process.env.BENCH_HEAP_SNAPSHOT) writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT);

  // BENCH_PROFILE=file.cpuprofile records a CPU profile of the delivery phase only.
  const profiler = process.env.BENCH_PROFILE ? new Session() : undefined;
  profiler?.connect();
  await profiler?.post('Profiler.enable');
  await profiler?.post('Profiler.start');
  const arrived = message('arrivals');
  const cpuBefore = process.cpuUsage();
  const started = performance.timeOrigin + performance.now();
  await customer.ingest(1);
  const report = await arrived;
  const cpu = process.cpuUsage(cpuBefore);
  const arrivals = (report.arrivals as number[]).map((at) => at - started);
  if (profiler && process.env.BENCH_PROFILE) {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
  }
  // The child keeps listening a little after the last arrival and reports anything more.
  const { duplicates } = await message('duplicates');
  child.kill();
  await w.close();
  return {
    subscribers,
    'WebSocket connections': connections,
    ...(documents > 1 && { 'distinct documents': documents }),
    ...(instances > 1 && { 'instances (Redis)': instances }),
    'subscription sharing': process.env.SUBSCRIPTION_SHARING === 'off' ? 'off' : 'on',
    'subscribe + snapshot, all (s)': setupSeconds.toFixed(1),
    'first delivered (ms)': Math.min(...arrivals).toFixed(1),
    'delivery p50 (ms)': percentile(arrivals, 50).toFixed(1),
    'delivery p99 (ms)': percentile(arrivals, 99).toFixed(1),
    'all delivered (ms)': Math.max(...arrivals).toFixed(1),
    'events received more than once': Number(duplicates),
    'gateway CPU, usage → last delivery (ms)': ((cpu.user + cpu.system) / 1000).toFixed(0),
    'client process CPU, ready → last arrival (ms)': Number(report.clientCpuMs).toFixed(0),
    'gateway + sandbox heap per subscription (KB)': gc ? (heapPerSubscription / 1024).toFixed(1) : 'run with --expose-gc',
  };
}

/** Each WebSocket is a file descriptor; say so early rather than fail half-way through setup. */
function checkFileLimit(connections: number): void {
  const needed = connections + 1_000;
  const limit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
  if (Number.isFinite(limit) && limit < needed) {
    throw new Error(`ulimit -n is ${limit}; ${connections} connections need about ${needed}: run \`ulimit -n ${needed}\` first`);
  }
}
