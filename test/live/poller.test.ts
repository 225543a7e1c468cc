import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { gatewayConfig } from '../helpers/config.js';
import { subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { CustomerFeed } from '../helpers/live-documents.js';
import { ManualScheduler } from '../helpers/manual-scheduler.js';
import { meteredCustomer } from '../helpers/metered.js';
import { countCalls, useSandbox } from '../helpers/sandbox.js';
import { eventually } from '../helpers/wait.js';

// Without webhooks, the shared poller finds changes: one poll per watched customer per interval,
// however many subscribers watch it. The poller's turns come from a scheduler the test moves by
// hand, so polls are counted per interval, not guessed from wall time.

const INTERVAL_MS = 250;
const POLL = 'POST /v1/customer-alerts/list';
const sandboxHarness = useSandbox();
const scheduler = new ManualScheduler();
let token = '';
let gateway: RunningGateway;
const open: Array<SubscriptionRecorder<unknown>> = [];

beforeAll(async () => {
  token = sandboxHarness.newOrganization();
  gateway = await startGateway(gatewayConfig(sandboxHarness.url, token, { POLL_INTERVAL_MS: INTERVAL_MS }), undefined, {
    pollScheduler: scheduler,
  });
});

afterAll(async () => {
  await gateway?.close();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.close()));
});

function watch(customerId: string) {
  const subscription = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', { variables: { customerId } });
  open.push(subscription);
  return subscription;
}

/** Subscriptions end on the server a moment after clients leave; wait for the poller to notice. */
async function pollerSettlesAt(count: number): Promise<void> {
  await eventually(`the poller to watch ${count} customers`, () => gateway.live.poller.watched === count, 2_000).catch(() => undefined);
  expect(gateway.live.poller.watched).toBe(count);
}

const polls = async (): Promise<number> => countCalls(await sandboxHarness.calls(), POLL);

describe('the shared poller', () => {
  it('brings the transition when no webhook comes', async () => {
    const customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Polled customer');
    const ws = watch(customer.customerId);
    await ws.waitFor(1);
    await pollerSettlesAt(1);
    await customer.ingest(5);
    expect(await scheduler.advance(INTERVAL_MS * 1.1)).toBe(1);
    const [, change] = await ws.waitFor(2);
    expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'POLL' });
  });

  it('polls a customer once per interval for 100 subscribers, and stops when they leave', async () => {
    await pollerSettlesAt(0);
    const customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Popular customer');
    const subscribers = Array.from({ length: 100 }, () => watch(customer.customerId));
    await Promise.all(subscribers.map((subscription) => subscription.waitFor(1)));
    await pollerSettlesAt(1);
    expect(scheduler.pending).toBe(1);

    await sandboxHarness.resetCalls();
    for (let interval = 1; interval <= 3; interval += 1) {
      // The jittered interval is at least 0.9 × INTERVAL_MS: no turn before that…
      expect(await scheduler.advance(INTERVAL_MS * 0.85)).toBe(0);
      expect(await polls()).toBe(interval - 1);
      // …and one turn, one upstream read, by 1.1 × INTERVAL_MS, for all 100 subscribers.
      expect(await scheduler.advance(INTERVAL_MS * 0.3)).toBe(1);
      expect(await polls()).toBe(interval);
    }

    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
    await pollerSettlesAt(0);
    expect(scheduler.pending).toBe(0);
    await sandboxHarness.resetCalls();
    expect(await scheduler.advance(INTERVAL_MS * 10)).toBe(0);
    expect(await polls()).toBe(0);
  });
});
