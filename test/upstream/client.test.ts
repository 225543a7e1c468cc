import { afterEach, describe, expect, it } from 'vitest';
import { MetronomeClient } from '../../src/upstream/client.js';
import {
  UpstreamAuthenticationError,
  UpstreamBadRequestError,
  UpstreamConflictError,
  UpstreamNotFoundError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from '../../src/upstream/errors.js';
import { allItems } from '../../src/upstream/pagination.js';
import { defaultConfig } from '../../src/config.js';
import { transportOptions } from '../../src/server/services.js';
import type { RetryPolicy } from '../../src/upstream/retry.js';
import { UpstreamTransport, type UpstreamAttempt, type UpstreamTimeouts } from '../../src/upstream/transport.js';
import { countCalls, useSandbox } from '../helpers/sandbox.js';
import { YEAR_END, YEAR_START, createWorld } from '../helpers/world.js';

const harness = useSandbox({ customerAlertsPageSize: 2 });
const transports: UpstreamTransport[] = [];

afterEach(async () => {
  await harness.setKnobs({ faults: [], latency: { fixedMs: 0, jitterMs: 0 }, rateLimit: null });
  await Promise.all(transports.splice(0).map((transport) => transport.close()));
});

/** A client on its own transport, with fast retries so tests stay quick. */
function clientFor(
  token: string,
  options: {
    retry?: Partial<RetryPolicy>;
    timeouts?: Partial<UpstreamTimeouts>;
    maxConcurrent?: number;
    maxConcurrentPerTenant?: number;
  } = {},
) {
  const attempts: UpstreamAttempt[] = [];
  const defaults = transportOptions({ ...defaultConfig(), METRONOME_BASE_URL: harness.url });
  const transport = new UpstreamTransport({
    ...defaults,
    // Fast retries unless the test sets its own policy.
    retry: { ...defaults.retry, ...(options.retry ?? { baseDelayMs: 5, maxDelayMs: 20 }) },
    timeouts: { ...defaults.timeouts, ...options.timeouts },
    maxConcurrent: options.maxConcurrent ?? defaults.maxConcurrent,
    maxConcurrentPerTenant: options.maxConcurrentPerTenant ?? defaults.maxConcurrentPerTenant,
    observer: (attempt) => attempts.push(attempt),
  });
  transports.push(transport);
  return { client: new MetronomeClient(transport, token), attempts, transport };
}

describe('pagination, in each of Metronome’s three styles', () => {
  it('walks GET lists with the cursor in the query', async () => {
    const token = harness.newOrganization();
    for (let i = 0; i < 5; i += 1) await createWorld(harness.sandbox, token, `Customer ${i}`);
    const { client } = clientFor(token);
    await harness.resetCalls();
    const names: string[] = [];
    for await (const customer of allItems((cursor) => client.listCustomers({ limit: 2, next_page: cursor }))) names.push(customer.name);
    expect(names).toEqual(['Customer 0', 'Customer 1', 'Customer 2', 'Customer 3', 'Customer 4']);
    expect(countCalls(await harness.calls(), 'GET /v1/customers')).toBe(3);
  });

  it('walks customer-alerts/list with the cursor in the query and the body unchanged', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token);
    const created: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      created.push((await client.createAlert({ alert_type: 'spend_threshold_reached', name: `Spend ${i}`, threshold: i })).id);
    }
    await harness.resetCalls();
    const seen: string[] = [];
    for await (const item of client.allCustomerAlerts({ customer_id: world.customerId })) seen.push(item.alert.id);
    expect(seen).toEqual(created);
    expect(countCalls(await harness.calls(), 'POST /v1/customer-alerts/list')).toBe(3);
  });

  it('walks commits with the cursor in the body', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token);
    const access = { schedule_items: [{ amount: 10, starting_at: YEAR_START, ending_before: YEAR_END }] };
    for (let i = 0; i < 3; i += 1) {
      await client.createCommit({
        customer_id: world.customerId,
        type: 'PREPAID',
        priority: i,
        product_id: world.productId,
        access_schedule: access,
      });
    }
    await harness.resetCalls();
    const priorities: Array<number | undefined> = [];
    for await (const commit of allItems((cursor) => client.listCommits({ customer_id: world.customerId, limit: 2, next_page: cursor }))) {
      priorities.push(commit.priority);
    }
    expect(priorities).toEqual([0, 1, 2]);
    expect(countCalls(await harness.calls(), 'POST /v1/contracts/customerCommits/list')).toBe(2);
  });
});

describe('error mapping', () => {
  it('maps statuses to error classes carrying Metronome’s message and never the token', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token);

    const missing = await client.getCustomer('00000000-0000-4000-8000-000000000000').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(UpstreamNotFoundError);
    expect(missing).toMatchObject({
      status: 404,
      route: 'GET /v1/customers/{customer_id}',
      upstreamMessage: 'Customer 00000000-0000-4000-8000-000000000000 not found',
    });

    const invalid = await client
      .createAlert({ alert_type: 'usage_threshold_reached', name: 'x', threshold: 1 })
      .catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(UpstreamBadRequestError);
    expect((invalid as Error).message).toContain('billable_metric_id is required');

    const unauthenticated = await clientFor('wrong-token-123')
      .client.listCustomers()
      .catch((error: unknown) => error);
    expect(unauthenticated).toBeInstanceOf(UpstreamAuthenticationError);
    for (const error of [missing, invalid, unauthenticated]) {
      expect(JSON.stringify(error) + String(error)).not.toContain(world.token);
      expect(String(error)).not.toContain(harness.url);
    }
  });

  it('reports an unreachable upstream as unavailable', async () => {
    const defaults = transportOptions({ ...defaultConfig(), METRONOME_BASE_URL: 'http://127.0.0.1:9' });
    const transport = new UpstreamTransport({ ...defaults, retry: { ...defaults.retry, maxAttempts: 1 } });
    transports.push(transport);
    const error = await new MetronomeClient(transport, 't').listCustomers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
  });
});

describe('retries', () => {
  it('retries a read on 503 and succeeds, counting every attempt upstream', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client, attempts } = clientFor(world.token);
    await harness.setKnobs({ faults: [{ route: 'GET /v1/customers', action: 'status', status: 503, times: 2 }] });
    await harness.resetCalls();
    const page = await client.listCustomers();
    expect(page.data).toHaveLength(1);
    expect(countCalls(await harness.calls(), 'GET /v1/customers')).toBe(3);
    expect(attempts.map((a) => a.status)).toEqual([503, 503, 200]);
  });

  it('waits as long as Retry-After / retry-after-ms say on a 429', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client, attempts } = clientFor(world.token);
    await harness.setKnobs({
      faults: [
        { route: 'GET /v1/customers', action: 'status', status: 429, retryAfterMs: 120, times: 1 },
        { route: 'POST /v1/customer-alerts/list', action: 'status', status: 429, retryAfterSeconds: 1, times: 1 },
      ],
    });
    await client.listCustomers();
    await client.listCustomerAlerts({ customer_id: world.customerId });
    expect(attempts.filter((a) => a.status === 429).map((a) => a.retryInMs)).toEqual([120, 1000]);
  });

  it('gives up with RATE_LIMITED details when the wait asked for is too long', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token, { retry: { maxRetryAfterMs: 500 } });
    await harness.setKnobs({
      faults: [{ route: 'GET /v1/customers', action: 'status', status: 429, retryAfterSeconds: 30, rateLimitType: 'customer', times: 1 }],
    });
    await harness.resetCalls();
    const error = await client.listCustomers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 30_000, rateLimitType: 'customer' });
    expect(countCalls(await harness.calls(), 'GET /v1/customers')).toBe(1);
  });

  it('gives up after the configured attempts', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token, { retry: { maxAttempts: 2, baseDelayMs: 1 } });
    await harness.setKnobs({ faults: [{ route: 'GET /v1/customers', action: 'status', status: 500 }] });
    await harness.resetCalls();
    const error = await client.listCustomers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamServerError);
    expect(error).toMatchObject({ attempts: 2 });
    expect(countCalls(await harness.calls(), 'GET /v1/customers')).toBe(2);
  });

  it('never retries a 409', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token);
    await client.createAlert({ alert_type: 'spend_threshold_reached', name: 'x', threshold: 1, uniqueness_key: 'k' });
    await harness.resetCalls();
    const error = await client
      .createAlert({ alert_type: 'spend_threshold_reached', name: 'x', threshold: 1, uniqueness_key: 'k' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamConflictError);
    expect(countCalls(await harness.calls(), 'POST /v1/alerts/create')).toBe(1);
  });

  it('never retries a create sent without an Idempotency-Key', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token);
    await harness.setKnobs({ faults: [{ route: 'POST /v1/alerts/create', action: 'status', status: 503, times: 1 }] });
    await harness.resetCalls();
    const error = await client
      .createAlert({ alert_type: 'spend_threshold_reached', name: 'x', threshold: 1 }, { idempotencyKey: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamServerError);
    expect(countCalls(await harness.calls(), 'POST /v1/alerts/create')).toBe(1);
  });

  it('retries a keyed create whose answer was lost, without creating twice', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token);
    // The first attempt is carried out upstream, then its connection is dropped before the answer.
    await harness.setKnobs({ faults: [{ route: 'POST /v1/alerts/create', action: 'drop', afterHandler: true, times: 1 }] });
    await harness.resetCalls();
    const created = await client.createAlert({ alert_type: 'spend_threshold_reached', name: 'once', threshold: 1 });
    expect(countCalls(await harness.calls(), 'POST /v1/alerts/create')).toBe(2);
    const alerts = [...(harness.sandbox.organization(world.token)?.alerts.values() ?? [])];
    expect(alerts.map((alert) => alert.alert.id)).toEqual([created.id]);
  });
});

describe('timeouts and the concurrency cap', () => {
  it('times out when the upstream is slower than the headers deadline', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token, { timeouts: { headersMs: 100 }, retry: { maxAttempts: 1 } });
    await harness.setKnobs({ faults: [{ route: 'GET /v1/customers', action: 'delay', delayMs: 1_000, times: 1 }] });
    const error = await client.listCustomers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    await harness.waitForIdle();
  });

  it('keeps no more calls in flight than the cap', async () => {
    const world = await createWorld(harness.sandbox, harness.newOrganization());
    const { client } = clientFor(world.token, { maxConcurrent: 2 });
    await harness.setKnobs({ latency: { fixedMs: 30, jitterMs: 0 } });
    await harness.waitForIdle();
    await harness.resetCalls();
    await Promise.all(Array.from({ length: 8 }, () => client.getCustomer(world.customerId)));
    const inflight = (await (await fetch(`${harness.url}/__sandbox/inflight`)).json()) as { peak: number };
    expect(inflight.peak).toBe(2);
    expect(countCalls(await harness.calls(), 'GET /v1/customers/')).toBe(8);
  });

  it("keeps one organization's calls under its own cap, while another organization's go straight through", async () => {
    const busy = await createWorld(harness.sandbox, harness.newOrganization());
    const other = await createWorld(harness.sandbox, harness.newOrganization());
    const { client, transport } = clientFor(busy.token, { maxConcurrent: 8, maxConcurrentPerTenant: 2 });
    const otherClient = new MetronomeClient(transport, other.token);
    await harness.setKnobs({ latency: { fixedMs: 30, jitterMs: 0 } });
    await harness.waitForIdle();
    await harness.resetCalls();
    const finished: string[] = [];
    const call = (who: string, read: () => Promise<unknown>) => read().then(() => finished.push(who));
    await Promise.all([
      ...Array.from({ length: 8 }, () => call('busy', () => client.getCustomer(busy.customerId))),
      ...Array.from({ length: 2 }, () => call('other', () => otherClient.getCustomer(other.customerId))),
    ]);
    const inflight = (await (await fetch(`${harness.url}/__sandbox/inflight`)).json()) as { peak: number };
    // Two of the busy organization's calls at a time, plus the other organization's two: never the process's 8.
    expect(inflight.peak).toBe(4);
    expect(countCalls(await harness.calls(), 'GET /v1/customers/')).toBe(10);
    // The other organization was not queued behind the busy one's backlog: its calls ended in the first wave.
    expect(finished.slice(0, 4).filter((who) => who === 'other')).toHaveLength(2);
  });
});
