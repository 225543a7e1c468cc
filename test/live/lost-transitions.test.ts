import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { gatewayConfig } from '../helpers/config.js';
import { useGateway } from '../helpers/gateway.js';
import { quietPeriod, subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { STATUS_SUBSCRIPTION, meteredCustomer, type StatusEvent } from '../helpers/metered.js';
import { startOwnRedis, type OwnRedis } from '../helpers/own-redis.js';

// A missing history (a customer never looked at, or Redis having lost its keys) must never eat a
// real transition. No webhooks here: only the gateway's own mutations and polls can tell.

const harness = useGateway({ gateway: { POLL_INTERVAL_MS: 200 } });
const open: Array<SubscriptionRecorder<StatusEvent>> = [];
let redis: OwnRedis;
let withRedis: RunningGateway;

beforeAll(async () => {
  redis = await startOwnRedis();
  withRedis = await startGateway(gatewayConfig(harness.sandboxHarness.url, harness.token, { REDIS_URL: redis.url, POLL_INTERVAL_MS: 200 }));
});

afterAll(async () => {
  await withRedis?.close();
  await redis?.close();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.close()));
});

const BOARD = 'subscription { alertStatusChanges { previousStatus status source customerAlert { notification { id } } } }';

async function activeSubscriptions(gateway: RunningGateway): Promise<number> {
  const text = await (await fetch(`${gateway.url}/metrics`)).text();
  return Number(/^gateway_active_subscriptions (\d+)/m.exec(text)?.[1]);
}

async function untilSubscribed(gateway: RunningGateway, count: number): Promise<void> {
  for (let tries = 0; tries < 200 && (await activeSubscriptions(gateway)) < count; tries += 1) await quietPeriod(20);
  expect(await activeSubscriptions(gateway)).toBe(count);
}

function watch(
  gateway: RunningGateway,
  query: string,
  field: string,
): SubscriptionRecorder<StatusEvent & { customerAlert: { notification: { id: string } } }> {
  const subscription = subscribeWs<StatusEvent & { customerAlert: { notification: { id: string } } }>(gateway.graphqlUrl, query, field);
  open.push(subscription);
  return subscription;
}

describe('transitions without a known previous status', () => {
  it('a notification created already in alarm for a never-watched customer reaches the board feed', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Never watched');
    await customer.ingest(10);
    const board = watch(harness.gateway, BOARD, 'alertStatusChanges');
    await untilSubscribed(harness.gateway, 1);

    const response = await fetch(harness.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { createThresholdNotification(input: { customerId: "${customer.customerId}", type: SPEND_THRESHOLD_REACHED, name: "Any spend", threshold: 1 }) { thresholdNotificationId customerAlert { customerStatus } } }`,
      }),
    });
    const { data } = (await response.json()) as {
      data: { createThresholdNotification: { thresholdNotificationId: string; customerAlert: { customerStatus: string } } };
    };
    expect(data.createThresholdNotification.customerAlert.customerStatus).toBe('IN_ALARM');
    const created = data.createThresholdNotification.thresholdNotificationId;

    await board.waitFor(1);
    for (let tries = 0; tries < 100 && !board.events.some((event) => event.customerAlert.notification.id === created); tries += 1)
      await quietPeriod(20);
    expect(board.events.find((event) => event.customerAlert.notification.id === created)).toMatchObject({
      previousStatus: null,
      status: 'IN_ALARM',
      source: 'MUTATION',
    });
  });

  it('after Redis loses every key (FLUSHALL), the next transition of a watched customer is still delivered', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Flushed');
    const feed = watch(withRedis, STATUS_SUBSCRIPTION(customer.customerId), 'customerAlertStatusChanged');
    await feed.waitFor(1);
    await redis.client.flushall();
    await customer.ingest(5);
    const [, change] = await feed.waitFor(2);
    expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'POLL' });
  });

  it('after a customer’s keys expire, its next transition is still delivered', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Expired');
    const feed = watch(withRedis, STATUS_SUBSCRIPTION(customer.customerId), 'customerAlertStatusChanged');
    await feed.waitFor(1);
    // What a week without a change did to the keys: gone (removed here as their expiry would).
    const keys = await redis.client.keys(`metronome-gateway:status:*${customer.customerId}*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.client.del(...keys);
    await customer.ingest(5);
    const [, change] = await feed.waitFor(2);
    expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'POLL' });
  });

  it('keys of a watched customer do not expire: each refresh starts their lifetime again', async () => {
    const customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Long watched');
    const feed = watch(withRedis, STATUS_SUBSCRIPTION(customer.customerId), 'customerAlertStatusChanged');
    await feed.waitFor(1);
    const key = `metronome-gateway:status:${(await redis.client.keys(`metronome-gateway:status:*${customer.customerId}:${customer.alertId}`))[0]?.split('status:')[1]}`;
    await redis.client.pexpire(key, 60_000);
    // Within a few polls (every 200 ms) the unchanged status is refreshed.
    for (let tries = 0; tries < 100 && (await redis.client.pttl(key)) <= 60_000; tries += 1) await quietPeriod(50);
    expect(await redis.client.pttl(key)).toBeGreaterThan(24 * 60 * 60 * 1000);
  });
});
