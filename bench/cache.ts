/**
 * The read cache on the dashboard: 20 and 50 customers (alerts and commit balances each), 20 ms
 * of upstream latency, side by side with CACHE=off in the same minutes.
 *  - cold: the first dashboard on a freshly started gateway (its cache empty), repeated;
 *  - repeated load: autocannon at concurrency 1 and 16 for BENCH_DURATION_S, CACHE=off vs a
 *    warm CACHE=memory; req/s, latency, upstream calls per request (sandbox counter) and CPU
 *    time per request of this process (gateway and in-process sandbox together).
 */
import { startGateway } from '../src/server/gateway.js';
import { gatewayConfig } from '../test/helpers/config.js';
import { graphqlRequest, load, world } from './http.js';

const DASHBOARD = `query Dashboard { customers(first: 50) { edges { node { id name
  alerts { edges { node { customerStatus triggeredBy notification { name type threshold } } } }
  commits { edges { node { name type balance } } } } } pageInfo { hasNextPage endCursor } } }`;
const COLD_REPEATS = 5;
/**
 * The cached gateways as deployed with Metronome's webhooks configured: statuses then live up to
 * the poll interval (30 s) unless a webhook retires them. Without a secret they would live 5 s.
 */
const CACHED = { GRAPHIQL: false, RATE_LIMIT_PER_MINUTE: 0, CACHE: 'memory', METRONOME_WEBHOOK_SECRET: 'bench-webhook-secret' } as const;

async function timedRequest(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, graphqlRequest(DASHBOARD));
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`dashboard answered errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return performance.now() - started;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function scenario(customers: number): Promise<Record<string, string | number>> {
  const w = await world(20, customers, { CACHE: 'off' });
  const figures: Record<string, string | number> = {};
  const calls = () => [...w.sandbox.calls.counts.values()].reduce((sum, count) => sum + count, 0);

  // Cold vs warm single requests: a fresh cached gateway per repetition, its first and second dashboard.
  const cold: number[] = [];
  const warm: number[] = [];
  let coldCalls = 0;
  let warmCalls = 0;
  for (let i = 0; i < COLD_REPEATS; i += 1) {
    const cached = await startGateway(gatewayConfig(w.sandboxUrl, 'bench-http-token', CACHED));
    w.sandbox.calls.reset();
    cold.push(await timedRequest(cached.graphqlUrl));
    coldCalls = calls();
    w.sandbox.calls.reset();
    warm.push(await timedRequest(cached.graphqlUrl));
    warmCalls = calls();
    await cached.close();
  }
  figures[`cold dashboard: upstream calls / median ms (${COLD_REPEATS} runs)`] = `${coldCalls} / ${median(cold).toFixed(1)}`;
  figures['warm dashboard (second request): upstream calls / median ms'] = `${warmCalls} / ${median(warm).toFixed(1)}`;

  // Repeated load, uncached and warm-cached, side by side.
  const cached = await startGateway(gatewayConfig(w.sandboxUrl, 'bench-http-token', CACHED));
  await timedRequest(cached.graphqlUrl);
  for (const connections of [1, 16]) {
    for (const [label, url] of [
      ['CACHE=off', w.gateway.graphqlUrl],
      ['CACHE=memory (warm)', cached.graphqlUrl],
    ] as const) {
      w.sandbox.calls.reset();
      const cpuBefore = process.cpuUsage();
      const result = await load({ url, connections, ...graphqlRequest(DASHBOARD) });
      const cpu = process.cpuUsage(cpuBefore);
      const perRequest = (value: number) => (value / Math.max(1, result.requests)).toFixed(2);
      figures[`c=${connections} ${label}: req/s`] = result.requestsPerSecond.toFixed(1);
      figures[`c=${connections} ${label}: p50 / p99 ms`] = `${result.p50} / ${result.p99}`;
      figures[`c=${connections} ${label}: upstream calls per request`] = perRequest(calls());
      figures[`c=${connections} ${label}: CPU ms per request (gateway + sandbox)`] = perRequest((cpu.user + cpu.system) / 1000);
      figures[`c=${connections} ${label}: errors`] = result.errors;
    }
  }
  await cached.close();
  await w.close();
  return figures;
}

export const cacheDashboard20 = (): Promise<Record<string, string | number>> => scenario(20);
export const cacheDashboard50 = (): Promise<Record<string, string | number>> => scenario(50);
