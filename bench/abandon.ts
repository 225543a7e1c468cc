/**
 * Callers abandoning requests mid-flight (a load generator stopping, browsers navigating away)
 * against a healthy upstream: the circuit breaker must stay closed, and nobody may be told
 * UPSTREAM_UNAVAILABLE. Half of the requests are aborted at a random moment while the gateway
 * waits on upstream; the other half are read to the end and their error codes counted.
 */
import { request } from 'undici';
import { createLogger } from '../src/telemetry/logger.js';
import { startGateway } from '../src/server/gateway.js';
import { Sandbox } from '../src/sandbox/server.js';
import { gatewayConfig } from '../test/helpers/config.js';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WORKERS = 32;
const UPSTREAM_LATENCY_MS = 40;

export async function abandon(): Promise<Record<string, string | number>> {
  const sandbox = new Sandbox({ knobs: { latency: { fixedMs: UPSTREAM_LATENCY_MS, jitterMs: UPSTREAM_LATENCY_MS } } });
  const org = sandbox.createOrganization('bench-abandon-token');
  const customerId = ((await sandbox.dispatch(org, 'POST', '/v1/customers', { name: 'Abandoned' })) as { data: { id: string } }).data.id;
  const sandboxUrl = await sandbox.listen('127.0.0.1', 0);
  let circuitOpenings = 0;
  const logger = createLogger('info', {
    write: (line: string) => {
      const entry = JSON.parse(line) as { msg?: string; state?: string };
      if (entry.msg === 'upstream circuit' && entry.state === 'open') circuitOpenings += 1;
    },
  });
  // Defaults for the breaker (5 failures in a row open a route's circuit for 10 s).
  const gateway = await startGateway(gatewayConfig(sandboxUrl, org.token, { GRAPHIQL: false, RATE_LIMIT_PER_MINUTE: 0 }), logger);
  const body = JSON.stringify({ query: `{ customer(id: "${customerId}") { name } }` });
  const codes = new Map<string, number>();
  let aborted = 0;
  let answered = 0;
  const deadline = Date.now() + DURATION_S * 1000;

  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const controller = new AbortController();
      const abandon = Math.random() < 0.5;
      const timer = abandon ? setTimeout(() => controller.abort(), Math.random() * UPSTREAM_LATENCY_MS * 1.5) : undefined;
      try {
        const response = await request(gateway.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: controller.signal,
        });
        const result = (await response.body.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        answered += 1;
        for (const error of result.errors ?? []) {
          const code = error.extensions?.code ?? 'none';
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
      } catch {
        aborted += 1;
      } finally {
        clearTimeout(timer);
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  await gateway.close();
  await sandbox.close();
  return {
    'duration (s)': DURATION_S,
    'concurrent callers': WORKERS,
    'upstream latency (ms)': `${UPSTREAM_LATENCY_MS} + 0–${UPSTREAM_LATENCY_MS} jitter`,
    'requests abandoned mid-flight': aborted,
    'requests answered': answered,
    'answers with UPSTREAM_UNAVAILABLE': codes.get('UPSTREAM_UNAVAILABLE') ?? 0,
    'answers with any other error': [...codes.entries()]
      .filter(([code]) => code !== 'UPSTREAM_UNAVAILABLE')
      .reduce((sum, [, n]) => sum + n, 0),
    'circuit openings': circuitOpenings,
  };
}
