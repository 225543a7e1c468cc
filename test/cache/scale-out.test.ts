import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { addCommit, metricValue, postSignedWebhook, waitForMetric } from '../helpers/cache.js';
import { graphql } from '../gql/index.js';
import { gatewayConfig } from '../helpers/config.js';
import { executeOperation } from '../helpers/execute.js';
import { meteredCustomer } from '../helpers/metered.js';
import { useSandbox } from '../helpers/sandbox.js';

// Two instances sharing Redis (127.0.0.1:6379), each with its own in-process entries and the
// generations in Redis. Metronome's webhooks reach instance A only; instance B must never serve
// what A was told is out of date. Polling is slowed to a crawl, so only the webhook can explain it.

const SECRET = 'whsec-cache-scale-out';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10, maxDelayMs: 50 } });
let token = '';
let a: RunningGateway;
let b: RunningGateway;

const start = () =>
  startGateway(gatewayConfig(sandboxHarness.url, token, { REDIS_URL, METRONOME_WEBHOOK_SECRET: SECRET, POLL_INTERVAL_MS: 600_000 }));

beforeAll(async () => {
  token = sandboxHarness.newOrganization();
  [a, b] = await Promise.all([start(), start()]);
  const org = sandboxHarness.sandbox.organization(token);
  if (org) org.webhookDestinations = [{ url: a.webhookUrl, secret: SECRET }];
});

afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

const ScaledCustomer = graphql(`
  query ScaledCustomer($id: ID!) { customer(id: $id) { alerts { edges { node { customerStatus } } } commits { edges { node { name } } } } }
`);

/** The customer's statuses and commits as `gateway` answers them, and its cache's report on that read. */
async function read(gateway: RunningGateway, customerId: string) {
  const { body } = await executeOperation(gateway.graphqlUrl, ScaledCustomer, { id: customerId });
  const customer = body.data?.customer;
  if (!customer?.alerts || !customer.commits) throw new Error(`no customer in ${JSON.stringify(body)}`);
  return { alerts: customer.alerts, commits: customer.commits, cache: body.extensions?.cache };
}

describe('the cache across two instances with Redis', () => {
  it('a webhook acknowledged by A: the next read on B is fresh', async () => {
    const customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Scaled customer');
    await read(b, customer.customerId);
    const warm = await read(b, customer.customerId);
    expect(warm.alerts.edges[0]?.node.customerStatus).toBe('OK');
    expect(warm.cache?.misses).toBe(0);

    const accepted = await metricValue(a.url, 'gateway_webhooks_total', { outcome: 'accepted' });
    await customer.ingest(6);
    await waitForMetric(a.url, 'gateway_webhooks_total', { outcome: 'accepted' }, accepted + 1);
    expect(await metricValue(b.url, 'gateway_webhooks_total')).toBe(0);

    const after = await read(b, customer.customerId);
    expect(after.alerts.edges[0]?.node.customerStatus).toBe('IN_ALARM');
    // The customer's statuses and commits were retired (usage crossed the line, so its balances
    // moved too); its record still comes from B's cache.
    expect(after.cache).toEqual({ hits: 1, misses: 2 });
  });

  it('a commit webhook (flat payload) on A retires the customer’s commits on B, and only those', async () => {
    const customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Committed customer');
    await read(b, customer.customerId);
    expect((await read(b, customer.customerId)).commits.edges).toEqual([]);

    await addCommit(sandboxHarness.sandbox, token, customer.customerId, 'Top-up');
    expect(
      await postSignedWebhook(a.webhookUrl, SECRET, { type: 'commit.create', customer_id: customer.customerId, commit_id: 'c-1' }),
    ).toBe(200);

    const after = await read(b, customer.customerId);
    expect(after.commits.edges.map((edge) => edge.node.name)).toEqual(['Top-up']);
    expect(after.cache).toEqual({ hits: 2, misses: 1 });
  });
});
