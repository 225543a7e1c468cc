import { afterEach, describe, expect, it } from 'vitest';
import { useGateway } from '../helpers/gateway.js';
import { quietPeriod, subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { STATUS_SUBSCRIPTION, meteredCustomer, type StatusEvent } from '../helpers/metered.js';
import { countCalls } from '../helpers/sandbox.js';
import { eventually } from '../helpers/wait.js';

// Without webhooks, the shared poller finds changes: one poll per watched customer per interval,
// however many subscribers watch it.

const INTERVAL_MS = 250;
const harness = useGateway({ gateway: { POLL_INTERVAL_MS: INTERVAL_MS } });
const open: Array<SubscriptionRecorder<StatusEvent>> = [];

/** Subscriptions end on the server a moment after clients leave; wait for the poller to notice. */
async function pollerSettlesAt(count: number): Promise<void> {
  await eventually(`the poller to watch ${count} customers`, () => harness.gateway.live.poller.watched === count, 2_000).catch(
    () => undefined,
  );
  expect(harness.gateway.live.poller.watched).toBe(count);
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.close()));
});

describe('the shared poller', () => {
  it('brings the transition when no webhook comes', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Polled customer');
    const ws = subscribeWs<StatusEvent>(harness.gateway.graphqlUrl, STATUS_SUBSCRIPTION(customer.customerId), 'customerAlertStatusChanged');
    open.push(ws);
    await ws.waitFor(1);
    await customer.ingest(5);
    const [, change] = await ws.waitFor(2);
    expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'POLL' });
  });

  it('polls a customer once per interval for 100 subscribers, and stops when they leave', async () => {
    await pollerSettlesAt(0);
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Popular customer');
    for (let i = 0; i < 100; i += 1) {
      open.push(
        subscribeWs<StatusEvent>(harness.gateway.graphqlUrl, STATUS_SUBSCRIPTION(customer.customerId), 'customerAlertStatusChanged'),
      );
    }
    await Promise.all(open.map((subscription) => subscription.waitFor(1)));
    expect(harness.gateway.live.poller.watched).toBe(1);

    await harness.sandboxHarness.resetCalls();
    const started = Date.now();
    await quietPeriod(INTERVAL_MS * 6);
    const polls = countCalls(await harness.sandboxHarness.calls(), 'POST /v1/customer-alerts/list');
    const elapsed = Date.now() - started;
    // The jittered interval is at least 0.9 × INTERVAL_MS, so at most this many polls fit.
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(polls).toBeLessThanOrEqual(Math.ceil(elapsed / (INTERVAL_MS * 0.9)) + 1);

    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
    await pollerSettlesAt(0);
    await harness.sandboxHarness.resetCalls();
    await quietPeriod(INTERVAL_MS * 3);
    expect(countCalls(await harness.sandboxHarness.calls(), 'POST /v1/customer-alerts/list')).toBe(0);
  });
});
