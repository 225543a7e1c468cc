import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { CustomerFeed } from '../helpers/live-documents.js';
import { subscribeWs } from '../helpers/live-clients.js';
import { meteredCustomer } from '../helpers/metered.js';
import { eventually } from '../helpers/wait.js';

// What an operator sees: liveness, readiness, Prometheus metrics, and one JSON log line per operation.

// The read cache is off, so each operation's logged upstreamCalls are its cold-cache cost.
const harness = useGateway({ gateway: { METRONOME_WEBHOOK_SECRET: 'whsec-ops', POLL_INTERVAL_MS: 600_000, CACHE: 'off' } });

afterEach(async () => {
  await harness.sandboxHarness.setKnobs({ faults: [] });
  await harness.sandboxHarness.waitForIdle();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${harness.gateway.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

// Operation names are what the metrics and logs are labelled with.
const MeasuredDashboard = graphql(`
  query MeasuredDashboard {
    customers(first: 5) { edges { node { name alerts { edges { cursor } } } } }
  }
`);
const Broken = graphql(`
  query Broken($id: ID!) {
    customer(id: $id) { name }
  }
`);
const Retried = graphql(`
  query Retried {
    customers(first: 1) { edges { cursor } }
  }
`);
const LoggedOne = graphql(`
  query LoggedOne {
    customers(first: 2) { edges { node { name } } }
  }
`);
const LoggedTwo = graphql(`
  query LoggedTwo($badId: ID!) {
    customers(first: 1) { edges { cursor } }
    nope: customer(id: $badId) { name }
  }
`);

/** The value of one sample in Prometheus text, or undefined. */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (!(rest.startsWith('{') || rest.startsWith(' '))) continue;
    if (Object.entries(labels).every(([key, value]) => rest.includes(`${key}="${value}"`))) return Number(line.split(' ').at(-1));
  }
  return undefined;
}

describe('health and readiness', () => {
  it('answers /health, and /ready with what it checked', async () => {
    expect((await get('/health')).status).toBe(200);
    const ready = await get('/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready', checks: { upstream: 'ok' } });
  });

  it('is not ready while the upstream fails, and says nothing internal about why', async () => {
    await harness.sandboxHarness.setKnobs({ faults: [{ route: 'GET /v1/credit-types/list', action: 'status', status: 503 }] });
    // Readiness caches its answer for a moment: wait until it has asked upstream again.
    const ready = await eventually('/ready to report the failing upstream', async () => {
      const answer = await get('/ready');
      return answer.status === 503 && answer;
    });
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text)).toEqual({ status: 'unavailable', checks: { upstream: 'failing' } });
    expect(ready.text).not.toContain(harness.sandboxHarness.url);
  });
});

describe('metrics', () => {
  it('counts operations, errors, upstream calls, batches, webhooks, subscriptions and connections', async () => {
    const [customer] = await Promise.all([meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Measured')]);
    await harness.execute(MeasuredDashboard);
    await harness.execute(Broken, { id: 'nope' });
    await fetch(harness.gateway.webhookUrl, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    const watcher = subscribeWs(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: customer?.customerId ?? '' },
    });
    await watcher.waitFor(1);

    const metrics = (await get('/metrics')).text;
    expect(sample(metrics, 'gateway_graphql_operations_total', { operation: 'MeasuredDashboard', type: 'query', outcome: 'ok' })).toBe(1);
    expect(sample(metrics, 'gateway_graphql_operations_total', { operation: 'Broken', outcome: 'error' })).toBe(1);
    expect(sample(metrics, 'gateway_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'gateway_graphql_operation_duration_seconds_count', { operation: 'MeasuredDashboard' })).toBe(1);
    expect(sample(metrics, 'gateway_upstream_requests_total', { route: 'GET /v1/customers', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(
      sample(metrics, 'gateway_upstream_request_duration_seconds_count', { route: 'POST /v1/customer-alerts/list' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'gateway_dataloader_batch_size_count', { loader: 'alertsPage' })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'gateway_webhooks_total', { outcome: 'missing_signature' })).toBe(1);
    expect(sample(metrics, 'gateway_active_subscriptions')).toBe(1);
    expect(sample(metrics, 'gateway_websocket_connections')).toBe(1);
    expect(sample(metrics, 'gateway_status_refreshes_total', { source: 'SNAPSHOT' })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    await watcher.close();
  });

  it('counts retries and their outcome', async () => {
    await harness.sandboxHarness.setKnobs({ faults: [{ route: 'GET /v1/customers', action: 'status', status: 503, times: 1 }] });
    await harness.execute(Retried);
    const metrics = (await get('/metrics')).text;
    expect(sample(metrics, 'gateway_upstream_requests_total', { route: 'GET /v1/customers', status: '503' })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'gateway_upstream_retries_total', { route: 'GET /v1/customers' })).toBeGreaterThanOrEqual(1);
  });
});

describe('logs', () => {
  it('writes one JSON line per operation with its name, duration, upstream calls, error codes and request id', async () => {
    const answer = await harness.execute(LoggedOne, {}, { 'x-request-id': 'req-from-the-client-1' });
    expect(answer.headers['x-request-id']).toBe('req-from-the-client-1');
    await harness.execute(LoggedTwo, { badId: 'x' });

    const lines = harness.logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'graphql operation');
    expect(lines.find((line) => line.operation === 'LoggedOne')).toMatchObject({
      requestId: 'req-from-the-client-1',
      type: 'query',
      outcome: 'ok',
      upstreamCalls: 1,
      durationMs: expect.any(Number),
    });
    const second = lines.find((line) => line.operation === 'LoggedTwo');
    expect(second).toMatchObject({ outcome: 'partial', upstreamCalls: 1, errorCodes: ['BAD_USER_INPUT'] });
    expect(second?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs each upstream call at debug level, without credentials', () => {
    const upstream = harness.logLines.filter((line) => line.includes('"msg":"upstream call"'));
    expect(upstream.length).toBeGreaterThan(0);
    expect(upstream.join('\n')).not.toContain(harness.token);
  });
});
