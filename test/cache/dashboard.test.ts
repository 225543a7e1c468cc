import { beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../src/server/gateway.js';
import { addCommit, metricValue, readmeOperation, totalCalls, waitForMetric } from '../helpers/cache.js';
import { graphql } from '../gql/index.js';
import { gatewayConfig } from '../helpers/config.js';
import { type OperationResponse, postGraphql } from '../helpers/execute.js';
import { useGateway } from '../helpers/gateway.js';
import { CustomerFeed } from '../helpers/live-documents.js';
import { subscribeWs } from '../helpers/live-clients.js';
import { meteredCustomer, type MeteredCustomer } from '../helpers/metered.js';
import { seedCustomers } from '../helpers/seed.js';

// The read cache as a dashboard user meets it: the README's dashboard costs its upstream calls
// once, then nothing, until Metronome's own signed webhook says something changed; then exactly
// the changed customer's statuses are fetched again. The poller is slowed to a crawl, so only the
// webhook can explain the fresh status.

const SECRET = 'whsec-cache-dashboard';
const harness = useGateway({
  sandbox: { webhooks: { baseDelayMs: 10, maxDelayMs: 50 } },
  gateway: { METRONOME_WEBHOOK_SECRET: SECRET, POLL_INTERVAL_MS: 600_000 },
});
const DASHBOARD = readmeOperation('Dashboard');
const DrawnDown = graphql(`
  query DrawnDown($id: ID!) {
    customer(id: $id) {
      netBalance {
        amount
      }
      commits {
        edges {
          node {
            balance
          }
        }
      }
    }
  }
`);
let metered: MeteredCustomer;

interface DashboardData {
  customers: {
    edges: Array<{
      node: { id: string; name: string; alerts: { edges: Array<{ node: { customerStatus: string; notification: { name: string } } }> } };
    }>;
  };
}
type Answer = OperationResponse<DashboardData>['body'];

/** The README's Dashboard, sent as its text on purpose: the README's operation as printed is what is measured. */
async function dashboardAt(graphqlUrl: string): Promise<Answer> {
  return (await postGraphql<DashboardData>(graphqlUrl, JSON.stringify({ query: DASHBOARD }))).body;
}
const dashboard = () => dashboardAt(harness.gateway.graphqlUrl);

const WatchedStatus = graphql(`
  query WatchedStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }
`);

function statusOf(answer: Answer, customerName: string): string | undefined {
  return answer.data?.customers.edges.find((edge) => edge.node.name === customerName)?.node.alerts.edges[0]?.node.customerStatus;
}

beforeAll(async () => {
  const org = harness.sandboxHarness.sandbox.organization(harness.token);
  if (!org) throw new Error('no organization');
  org.webhookDestinations = [{ url: harness.gateway.webhookUrl, secret: SECRET }];
  await seedCustomers(
    harness,
    Array.from({ length: 19 }, (_, i) => ({ name: `Customer ${i}`, alerts: 2, commits: 2 })),
  );
  metered = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Metered customer');
});

describe('the README dashboard through the cache', () => {
  it('costs 1 + 2 × 20 upstream calls cold, and none the second time, with the same answer', async () => {
    await harness.sandboxHarness.resetCalls();
    const cold = await dashboard();
    expect(cold.errors).toBeUndefined();
    expect(cold.data?.customers.edges).toHaveLength(20);
    expect(totalCalls(await harness.sandboxHarness.calls())).toBe(41);
    expect(cold.extensions?.cache).toEqual({ hits: 0, misses: 41 });

    await harness.sandboxHarness.resetCalls();
    const warm = await dashboard();
    expect(await harness.sandboxHarness.calls()).toEqual({});
    expect(warm.data).toEqual(cold.data);
    expect(warm.extensions?.cache).toEqual({ hits: 41, misses: 0 });

    const url = harness.gateway.url;
    expect(await metricValue(url, 'gateway_cache_hits_total')).toBeGreaterThanOrEqual(41);
    expect(await metricValue(url, 'gateway_cache_hits_total', { route: 'POST /v1/customer-alerts/list' })).toBeGreaterThanOrEqual(20);
    expect(await metricValue(url, 'gateway_cache_misses_total')).toBeGreaterThanOrEqual(41);
    expect(await metricValue(url, 'gateway_cache_entries')).toBeGreaterThanOrEqual(41);
  });

  it('usage crosses a threshold → the webhook is acknowledged → the next dashboard shows IN_ALARM, refetching only that customer’s statuses and commits', async () => {
    const url = harness.gateway.url;
    expect(statusOf(await dashboard(), 'Metered customer')).toBe('OK');
    const accepted = await metricValue(url, 'gateway_webhooks_total', { outcome: 'accepted' });
    const refreshed = await metricValue(url, 'gateway_status_refreshes_total', { source: 'WEBHOOK' });

    await metered.ingest(6);
    // The acknowledgement is sent only after the invalidation is applied.
    await waitForMetric(url, 'gateway_webhooks_total', { outcome: 'accepted' }, accepted + 1);
    // Let the live refresh that follows the webhook finish, so its own upstream read is not counted below.
    await waitForMetric(url, 'gateway_status_refreshes_total', { source: 'WEBHOOK' }, refreshed + 1);
    expect(await metricValue(url, 'gateway_cache_invalidations_total', { source: 'webhook' })).toBeGreaterThanOrEqual(1);

    await harness.sandboxHarness.resetCalls();
    const after = await dashboard();
    expect(statusOf(after, 'Metered customer')).toBe('IN_ALARM');
    // That customer's statuses and commits (usage moved its balances: the webhook retires them
    // too); every other customer and the customer list still come from the cache.
    expect(await harness.sandboxHarness.calls()).toEqual({
      'POST /v1/customer-alerts/list': 1,
      'POST /v1/contracts/customerCommits/list': 1,
    });
    expect(after.extensions?.cache).toEqual({ hits: 39, misses: 2 });
  });

  it('a threshold webhook also retires that customer’s cached balances: the next read shows the usage it was about', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Drawn-down customer');
    await addCommit(harness.sandboxHarness.sandbox, harness.token, customer.customerId, 'Drawn-down commit');
    const read = async () => {
      const { body } = await harness.execute(DrawnDown, { id: customer.customerId });
      expect(body.errors).toBeUndefined();
      return { ...body.data?.customer, cache: body.extensions?.cache };
    };
    const url = harness.gateway.url;
    expect((await read()).netBalance?.amount).toBe(1000);
    const warm = await read();
    expect(warm.commits?.edges[0]?.node.balance).toBe(1000);
    expect(warm.cache).toMatchObject({ misses: 0 }); // now served from the cache
    const accepted = await metricValue(url, 'gateway_webhooks_total', { outcome: 'accepted' });

    // 6 requests cross the 5-request notification and are drawn from the commit (at 1 cent per
    // request metric that counts them: this file's metered customers each brought one).
    await customer.ingest(6);
    await waitForMetric(url, 'gateway_webhooks_total', { outcome: 'accepted' }, accepted + 1);
    const org = harness.sandboxHarness.sandbox.organization(harness.token);
    if (!org) throw new Error('no organization');
    const upstream = (await harness.sandboxHarness.sandbox.dispatch(org, 'POST', '/v1/contracts/customerBalances/getNetBalance', {
      customer_id: customer.customerId,
    })) as { data: { balance: number } };
    expect(upstream.data.balance).toBeLessThan(1000);
    const after = await read();
    expect(after.netBalance?.amount).toBe(upstream.data.balance);
    expect(after.commits?.edges[0]?.node.balance).toBe(upstream.data.balance);
  });

  it('agrees with the live feed: a query right after an event shows the event’s status', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Watched customer');
    const feed = subscribeWs(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: customer.customerId },
    });
    try {
      await feed.waitFor(1);
      const read = async () =>
        (await harness.execute(WatchedStatus, { customerId: customer.customerId, alertId: customer.alertId })).body.data?.customerAlert
          ?.customerStatus;
      expect(await read()).toBe('OK');
      expect(await read()).toBe('OK'); // now served from the cache

      await customer.ingest(6);
      const [, event] = await feed.waitFor(2);
      expect(event?.status).toBe('IN_ALARM');
      expect(await read()).toBe(event?.customerAlert.customerStatus);
    } finally {
      await feed.close();
    }
  });
});

describe('a memory bound', () => {
  it('evicts the least recently used entries to stay under CACHE_MAX_BYTES, and counts them', async () => {
    const small = await startGateway(gatewayConfig(harness.sandboxHarness.url, harness.token, { CACHE_MAX_BYTES: 8_000 }));
    try {
      const body = await dashboardAt(small.graphqlUrl);
      expect(body.data?.customers.edges.length).toBeGreaterThanOrEqual(20);
      expect(await metricValue(small.url, 'gateway_cache_evictions_total')).toBeGreaterThan(0);
      const entries = await metricValue(small.url, 'gateway_cache_entries');
      expect(entries).toBeGreaterThan(0);
      expect(entries).toBeLessThan(41);
    } finally {
      await small.close();
    }
  });
});

describe('concurrent misses', () => {
  it('five dashboards at once on a cold cache share one set of upstream reads', async () => {
    const cold = await startGateway(gatewayConfig(harness.sandboxHarness.url, harness.token));
    // Slow upstream answers, so the five requests' reads overlap.
    await harness.sandboxHarness.setKnobs({ latency: { fixedMs: 50, jitterMs: 0 } });
    try {
      await harness.sandboxHarness.resetCalls();
      const answers = await Promise.all(Array.from({ length: 5 }, () => dashboardAt(cold.graphqlUrl)));
      for (const answer of answers) expect(answer.data).toEqual(answers[0]?.data);
      const customers = answers[0]?.data?.customers.edges.length ?? 0;
      expect(totalCalls(await harness.sandboxHarness.calls())).toBe(1 + 2 * customers);
    } finally {
      await harness.sandboxHarness.setKnobs({ latency: { fixedMs: 0, jitterMs: 0 } });
      await cold.close();
    }
  });
});
