/**
 * HTTP throughput and latency with autocannon against the sandbox:
 *  - overhead: `customer(id) { name }` through the gateway in its own process against a canned
 *    upstream, with the gateway's CPU per request (as text, by trusted documentId, tracing on, and
 *    from a new caller every request, whose reads all miss the cache, as in the head-to-head);
 *  - dashboard: 50 customers with alerts and commits (balances), 20 ms of upstream latency,
 *    at concurrency 1 and 16, with the upstream calls each request costs.
 */
import type autocannon from 'autocannon';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startCannedUpstream, startGatewayProcess, startSpanSink, type GatewayProcess } from './gateway-process.js';
import { startGateway, type GatewayConfig } from '../src/server/gateway.js';
import { Sandbox } from '../src/sandbox/server.js';
import { printTable } from './report.js';
import { gatewayConfig } from '../test/helpers/config.js';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
/** Alternating runs per overhead variant. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const run = promisify(execFile);
const require = createRequire(import.meta.url);

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

/**
 * Runs autocannon in its own process (its CLI, JSON output), so the load generator does not
 * share the gateway's event loop.
 */
export async function load(options: {
  url: string;
  connections: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  durationS?: number;
  /** Every request with a token never sent before (`Authorization: Bearer bench-<pid>-<n>`). */
  newCaller?: boolean;
}): Promise<Load> {
  if (options.newCaller) return loadAsNewCallers(options);
  const args = [
    require.resolve('autocannon/autocannon.js'),
    '-j',
    '-c',
    String(options.connections),
    '-d',
    String(options.durationS ?? DURATION_S),
  ];
  if (options.method) args.push('-m', options.method);
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  if (options.body) args.push('-b', options.body);
  args.push(options.url);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return summary(JSON.parse(stdout) as autocannon.Result);
}

function summary(result: autocannon.Result): Load {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

/**
 * autocannon's CLI cannot vary a header per request, so this load runs its API in a child
 * process (still apart from the gateway's event loop), giving each request a token of its own.
 */
const NEW_CALLERS = `
import autocannon from 'autocannon';
const o = JSON.parse(process.env.BENCH_LOAD);
let n = 0;
const requests = [{ setupRequest: (r) => ({ ...r, headers: { ...r.headers, authorization: 'Bearer bench-' + process.pid + '-' + ++n } }) }];
const result = await autocannon({ ...o, requests });
process.stdout.write(JSON.stringify(result));
`;

async function loadAsNewCallers(options: Parameters<typeof load>[0]): Promise<Load> {
  const { newCaller: _, durationS, ...rest } = options;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', NEW_CALLERS], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, BENCH_LOAD: JSON.stringify({ ...rest, duration: durationS ?? DURATION_S }) },
    maxBuffer: 16 * 1024 * 1024,
  });
  return summary(JSON.parse(stdout) as autocannon.Result);
}

export async function world(latencyMs: number, customers: number, settings: Partial<GatewayConfig> = {}) {
  const sandbox = new Sandbox({ knobs: { latency: { fixedMs: latencyMs, jitterMs: 0 } } });
  const org = sandbox.createOrganization('bench-http-token');
  const post = async (path: string, body: unknown) =>
    ((await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;
  const product = await post('/v1/contract-pricing/products/create', { name: 'Platform', type: 'FIXED' });
  const ids: string[] = [];
  for (let i = 0; i < customers; i += 1) {
    const id = await post('/v1/customers', { name: `Customer ${i}` });
    ids.push(id);
    await post('/v1/alerts/create', { alert_type: 'spend_threshold_reached', name: 'Spend', threshold: 1000, customer_id: id });
    await post('/v1/alerts/create', { alert_type: 'low_remaining_commit_balance_reached', name: 'Low', threshold: 100, customer_id: id });
    await post('/v1/contracts/customerCommits/create', {
      customer_id: id,
      type: 'PREPAID',
      priority: 1,
      product_id: product,
      access_schedule: {
        schedule_items: [{ amount: 10_000, starting_at: '2020-01-01T00:00:00.000Z', ending_before: '2100-01-01T00:00:00.000Z' }],
      },
    });
  }
  const sandboxUrl = await sandbox.listen('127.0.0.1', 0);
  const gateway = await startGateway(
    gatewayConfig(sandboxUrl, org.token, {
      GRAPHIQL: false,
      RATE_LIMIT_PER_MINUTE: 0,
      ...settings,
    }),
  );
  return {
    sandbox,
    sandboxUrl,
    gateway,
    ids,
    close: async () => {
      await gateway.close();
      await sandbox.close();
    },
  };
}

export const graphqlRequest = (query: string): { method: string; headers: Record<string, string>; body: string } => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});

interface Measured extends Load {
  cpuMsPerRequest: number;
}

/** One measured load on a gateway process: throughput, latency, and the gateway's CPU per request. */
async function measure(gateway: GatewayProcess, options: Parameters<typeof load>[0]): Promise<Measured> {
  const before = gateway.cpuMs();
  const result = await load(options);
  return { ...result, cpuMsPerRequest: (gateway.cpuMs() - before) / Math.max(1, result.requests) };
}

/** The run with the median CPU per request. */
const median = (runs: Measured[]): Measured =>
  [...runs].sort((a, b) => a.cpuMsPerRequest - b.cpuMsPerRequest)[Math.floor(runs.length / 2)] as Measured;

const CUSTOMER_QUERY = 'query Customer($id: ID!) { customer(id: $id) { name } }';

/**
 * The gateway alone: its own process (as `npm start` runs it), a canned upstream stand-in that
 * costs next to nothing, and CPU per request read from the gateway's process. Variants: the
 * document sent as text, the same document by trusted-document id, and tracing on (default
 * sample rate, spans to a sink). The stand-in's own throughput is shown for scale only.
 */
export async function overhead(): Promise<Record<string, string | number>> {
  // Capture what Metronome (the sandbox) answers for one customer, then serve it canned.
  const w = await world(0, 1);
  const id = w.ids[0] ?? '';
  const auth = { authorization: 'Bearer bench-http-token' };
  const list = await (await fetch(`${w.sandboxUrl}/v1/customers?customer_ids=${id}`, { headers: auth })).text();
  const detail = await (await fetch(`${w.sandboxUrl}/v1/customers/${id}`, { headers: auth })).text();
  await w.close();
  const upstream = await startCannedUpstream((url) => (url.includes('?') ? list : detail));
  const manifestPath = join(mkdtempSync(join(tmpdir(), 'bench-trusted-')), 'persisted-documents.json');
  writeFileSync(manifestPath, JSON.stringify({ 'sha256:bench-customer': CUSTOMER_QUERY }));
  const base = { METRONOME_BASE_URL: upstream.url, METRONOME_BEARER_TOKEN: 'bench-token', TRUSTED_DOCUMENTS_MANIFEST: manifestPath };
  const connections = 10;
  const post = (payload: unknown, newCaller = false) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
    newCaller,
  });

  const direct = await load({ url: `${upstream.url}/v1/customers/${id}`, connections });
  const sink = await startSpanSink();
  const plain = await startGatewayProcess(base);
  const traced = await startGatewayProcess({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: sink.url });
  // Every request from a caller never seen before (passthrough, a new token each time), as the
  // head-to-head sends them: no read is served from the cache, every one goes upstream.
  const passthrough = await startGatewayProcess({ ...base, AUTH_MODE: 'passthrough' });
  const variants: Array<[string, GatewayProcess, unknown, boolean?]> = [
    ['text', plain, { query: CUSTOMER_QUERY, variables: { id } }],
    ['byId', plain, { documentId: 'sha256:bench-customer', variables: { id } }],
    ['tracing', traced, { query: CUSTOMER_QUERY, variables: { id } }],
    ['newCaller', passthrough, { query: CUSTOMER_QUERY, variables: { id } }, true],
  ];
  // Warm-up (JIT, connection pools), not counted; then the variants take turns, so that a change
  // in the machine's load weighs on all of them alike, and each reports its median run.
  for (const [, gateway, payload, newCaller] of variants)
    await load({ url: gateway.graphqlUrl, connections, durationS: 3, ...post(payload, newCaller) });
  const runs = new Map<string, Measured[]>(variants.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, gateway, payload, newCaller] of variants)
      runs.get(name)?.push(await measure(gateway, { url: gateway.graphqlUrl, connections, ...post(payload, newCaller) }));
  }
  await plain.stop();
  await traced.stop();
  await passthrough.stop();
  await sink.close();
  await upstream.close();
  const text = median(runs.get('text') ?? []);
  const byId = median(runs.get('byId') ?? []);
  const tracing = median(runs.get('tracing') ?? []);
  const fresh = median(runs.get('newCaller') ?? []);

  const row = (result: Load & { cpuMsPerRequest: number }) =>
    `${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} / p99 ${result.p99} ms, gateway CPU ${result.cpuMsPerRequest.toFixed(3)} ms/req, ${result.errors} errors`;
  return {
    connections,
    'runs per variant (median shown) × duration (s)': `${ROUNDS} × ${DURATION_S}`,
    'customer(id) { name }, document as text': row(text),
    'same, by trusted documentId': row(byId),
    'same as text, tracing on (default sample rate)': row(tracing),
    'same as text, a new caller every request (passthrough: every read misses the cache)': row(fresh),
    'canned upstream alone (for scale)': `${Math.round(direct.requestsPerSecond)} req/s, p50 ${direct.p50} ms`,
    'load average (1 min) at the end': loadavg()[0]?.toFixed(1) ?? '?',
  };
}

const DASHBOARD = `query Dashboard { customers(first: 50) { edges { node { name
  alerts { edges { node { customerStatus notification { name threshold } } } }
  commits(includeBalance: true) { edges { node { name balance } } } } } } }`;

export async function dashboard(): Promise<Record<string, string | number>> {
  // Uncached: what each dashboard costs when it has to go upstream (bench/cache.ts compares).
  const w = await world(20, 50, { CACHE: 'off' });
  const figures: Record<string, string | number> = { 'upstream latency (ms)': 20, customers: 50 };
  for (const connections of [1, 16]) {
    w.sandbox.calls.reset();
    const result = await load({ url: w.gateway.graphqlUrl, connections, ...graphqlRequest(DASHBOARD) });
    const upstream = [...w.sandbox.calls.counts.values()].reduce((sum, count) => sum + count, 0);
    figures[`concurrency ${connections}: req/s`] = result.requestsPerSecond.toFixed(1);
    figures[`concurrency ${connections}: p50 / p99 (ms)`] = `${result.p50} / ${result.p99}`;
    // Requests still in flight when the run stops made calls too: count over completed requests.
    figures[`concurrency ${connections}: upstream calls per request`] = (upstream / Math.max(1, result.requests)).toFixed(1);
    figures[`concurrency ${connections}: errors`] = result.errors;
  }
  await w.close();
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable('Overhead', await overhead());
  printTable('Dashboard', await dashboard());
}
