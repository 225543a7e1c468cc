import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { gatewayConfig } from '../helpers/config.js';
import { useGateway } from '../helpers/gateway.js';
import { subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { BoardFeed, CreateAlert, CustomerFeed } from '../helpers/live-documents.js';
import { ManualScheduler } from '../helpers/manual-scheduler.js';
import { meteredCustomer } from '../helpers/metered.js';
import { activeSubscriptions } from '../helpers/metrics.js';
import { startOwnRedis, type OwnRedis } from '../helpers/own-redis.js';
import { eventually } from '../helpers/wait.js';

// A missing history (a customer never looked at, or Redis having lost its keys) must never eat a
// real transition. No webhooks here: only the gateway's own mutations and polls can tell. The
// instance with Redis polls when the test turns its scheduler, once per customer per turn.

const POLL_INTERVAL_MS = 200;
const harness = useGateway({ gateway: { POLL_INTERVAL_MS } });
const polls = new ManualScheduler();
const open: Array<SubscriptionRecorder<unknown>> = [];
let redis: OwnRedis;
let withRedis: RunningGateway;

beforeAll(async () => {
  redis = await startOwnRedis();
  withRedis = await startGateway(
    gatewayConfig(harness.sandboxHarness.url, harness.token, { REDIS_URL: redis.url, POLL_INTERVAL_MS }),
    undefined,
    {
      pollScheduler: polls,
    },
  );
});

afterAll(async () => {
  await withRedis?.close();
  await redis?.close();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.close()));
});

/** One poll of every customer the instance with Redis watches (each test polls its own customer once). */
async function pollOnce(): Promise<void> {
  expect(await polls.advance(POLL_INTERVAL_MS * 1.1)).toBeGreaterThan(0);
}

/** Waits until the gateway counts `count` active subscriptions (the board sends no snapshot to wait on). */
async function untilSubscribed(gateway: RunningGateway, count: number): Promise<void> {
  await eventually(`${count} active subscriptions`, async () => (await activeSubscriptions(gateway.url)) >= count);
  expect(await activeSubscriptions(gateway.url)).toBe(count);
}

function watchBoard(gateway: RunningGateway) {
  const subscription = subscribeWs(gateway.graphqlUrl, BoardFeed, 'alertStatusChanges');
  open.push(subscription);
  return subscription;
}

function watchCustomer(gateway: RunningGateway, customerId: string) {
  const subscription = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', { variables: { customerId } });
  open.push(subscription);
  return subscription;
}

describe('transitions without a known previous status', () => {
  it('a notification created already in alarm for a never-watched customer reaches the board feed', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Never watched');
    await customer.ingest(10);
    const board = watchBoard(harness.gateway);
    await untilSubscribed(harness.gateway, 1);

    const { body } = await harness.execute(CreateAlert, {
      input: { customerId: customer.customerId, type: 'SPEND_THRESHOLD_REACHED', name: 'Any spend', threshold: 1 },
    });
    expect(body.data?.createThresholdNotification.customerAlert?.customerStatus).toBe('IN_ALARM');
    const created = body.data?.createThresholdNotification.thresholdNotificationId;

    const events = await board.waitUntil(
      (seen) => seen.some((event) => event.customerAlert.notification.id === created),
      'the created notification on the board',
    );
    expect(events.find((event) => event.customerAlert.notification.id === created)).toMatchObject({
      previousStatus: null,
      status: 'IN_ALARM',
      source: 'MUTATION',
    });
  });

  it('after Redis loses every key (FLUSHALL), the next transition of a watched customer is still delivered', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Flushed');
    const feed = watchCustomer(withRedis, customer.customerId);
    await feed.waitFor(1);
    await redis.client.flushall();
    await customer.ingest(5);
    await pollOnce();
    const [, change] = await feed.waitFor(2);
    expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'POLL' });
  });

  it('after a customer’s keys expire, its next transition is still delivered', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Expired');
    const feed = watchCustomer(withRedis, customer.customerId);
    await feed.waitFor(1);
    // What a week without a change did to the keys: gone (removed here as their expiry would).
    const keys = await redis.client.keys(`metronome-gateway:status:*${customer.customerId}*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.client.del(...keys);
    await customer.ingest(5);
    await pollOnce();
    const [, change] = await feed.waitFor(2);
    expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'POLL' });
  });

  it('keys of a watched customer do not expire: each refresh starts their lifetime again', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Long watched');
    const feed = watchCustomer(withRedis, customer.customerId);
    await feed.waitFor(1);
    const key = `metronome-gateway:status:${(await redis.client.keys(`metronome-gateway:status:*${customer.customerId}:${customer.alertId}`))[0]?.split('status:')[1]}`;
    await redis.client.pexpire(key, 60_000);
    // The next poll finds the status unchanged and refreshes it: its lifetime starts again.
    await pollOnce();
    expect(await redis.client.pttl(key)).toBeGreaterThan(24 * 60 * 60 * 1000);
  });
});
