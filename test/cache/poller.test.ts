import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { metricValue } from '../helpers/cache.js';
import { useGateway } from '../helpers/gateway.js';
import { CustomerFeed } from '../helpers/live-documents.js';
import { subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { meteredCustomer } from '../helpers/metered.js';

// No webhook secret: Metronome's webhooks cannot be verified, so the shared poller is what
// notices changes. Its transitions retire the cached statuses before the event goes out. The
// status TTL is ten minutes here, so only the poller's invalidation can explain a fresh read.

const harness = useGateway({ gateway: { POLL_INTERVAL_MS: 200, CACHE_STATUS_TTL_MS: 600_000, CACHE_TTL_MS: 600_000 } });
const open: Array<SubscriptionRecorder<unknown>> = [];

afterAll(async () => {
  await Promise.all(open.map((subscription) => subscription.close()));
});

const PolledStatus = graphql(`
  query PolledStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }
`);

/** The customer's status as the gateway answers it, and how many reads missed its cache. */
async function status(customerId: string, alertId: string) {
  const { body } = await harness.execute(PolledStatus, { customerId, alertId });
  return { status: body.data?.customerAlert?.customerStatus, misses: body.extensions?.cache?.misses };
}

describe('without a webhook secret', () => {
  it('a transition the poller finds invalidates the cached status before its event is published', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Polled customer');
    const feed = subscribeWs(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: customer.customerId },
    });
    open.push(feed);
    await feed.waitFor(1);
    await status(customer.customerId, customer.alertId);
    expect(await status(customer.customerId, customer.alertId)).toEqual({ status: 'OK', misses: 0 });

    await customer.ingest(6);
    const [, event] = await feed.waitFor(2);
    expect(event).toMatchObject({ source: 'POLL', status: 'IN_ALARM' });
    expect(await status(customer.customerId, customer.alertId)).toEqual({ status: 'IN_ALARM', misses: 1 });
    expect(await metricValue(harness.gateway.url, 'gateway_cache_invalidations_total', { source: 'poll' })).toBeGreaterThanOrEqual(1);
  });
});
