import { afterEach, describe, expect, it } from 'vitest';
import { useGateway } from '../helpers/gateway.js';
import { subscribeSse, subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { CustomerFeed } from '../helpers/live-documents.js';
import { meteredCustomer } from '../helpers/metered.js';
import { eventually } from '../helpers/wait.js';
import { activeSubscriptions as activeSubscriptionsOf } from '../helpers/metrics.js';

// The poller and the refresher are shared by every subscriber of a customer: they must not be
// tied to the request of whoever came first. When that first subscriber (on SSE, whose request
// ends when it leaves) goes away, the others keep getting polled changes.

const harness = useGateway({ gateway: { POLL_INTERVAL_MS: 200 } });
const open: Array<SubscriptionRecorder<unknown>> = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.close()));
});

const activeSubscriptions = () => activeSubscriptionsOf(harness.gateway.url);

describe('shared live services', () => {
  it('keep polling for the others after the first (SSE) subscriber leaves', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Shared poll customer');
    const first = subscribeSse(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: customer.customerId },
    });
    await first.waitFor(1);
    const second = subscribeWs(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: customer.customerId },
    });
    open.push(second);
    await second.waitFor(1);

    await first.close();
    await eventually('the server to end the SSE subscription', async () => (await activeSubscriptions()) === 1);
    expect(await activeSubscriptions()).toBe(1);

    await customer.ingest(5);
    const [, change] = await second.waitFor(2);
    expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'POLL' });
  });
});
