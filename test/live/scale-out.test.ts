import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { quietPeriod, subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { STATUS_SUBSCRIPTION, meteredCustomer, type StatusEvent } from '../helpers/metered.js';
import { useSandbox } from '../helpers/sandbox.js';
import { gatewayConfig } from '../helpers/config.js';

// Two gateway instances sharing Redis (127.0.0.1:6379), both polling fast and both receiving
// webhooks: every subscriber, on either instance, sees each transition exactly once.

const SECRET = 'whsec-scale-out';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10, maxDelayMs: 50 } });
let token = '';
let a: RunningGateway;
let b: RunningGateway;
const open: Array<SubscriptionRecorder<StatusEvent>> = [];

const start = () =>
  startGateway(
    gatewayConfig(sandboxHarness.url, token, {
      METRONOME_WEBHOOK_SECRET: SECRET,
      REDIS_URL: REDIS_URL,
      POLL_INTERVAL_MS: 200,
      UPSTREAM_RETRY_BASE_DELAY_MS: 5,
      UPSTREAM_RETRY_MAX_DELAY_MS: 20,
      DRAIN_TIMEOUT_MS: 1_000,
    }),
  );

beforeAll(async () => {
  token = sandboxHarness.newOrganization();
  [a, b] = await Promise.all([start(), start()]);
});

afterAll(async () => {
  await Promise.all(open.map((subscription) => subscription.close()));
  await Promise.all([a.close(), b.close()]);
});

function watch(gateway: RunningGateway, customerId: string): SubscriptionRecorder<StatusEvent> {
  const subscription = subscribeWs<StatusEvent>(gateway.graphqlUrl, STATUS_SUBSCRIPTION(customerId), 'customerAlertStatusChanged');
  open.push(subscription);
  return subscription;
}

function sendWebhooksTo(gateway: RunningGateway): void {
  const org = sandboxHarness.sandbox.organization(token);
  if (org) org.webhookDestinations = [{ url: gateway.webhookUrl, secret: SECRET }];
}

describe('two instances and Redis', () => {
  for (const target of ['A', 'B'] as const) {
    it(`delivers each transition once to subscribers on both instances when the webhook reaches ${target}`, async () => {
      sendWebhooksTo(target === 'A' ? a : b);
      const customer = await meteredCustomer(sandboxHarness.sandbox, token, `Shared customer ${target}`);
      const onA = watch(a, customer.customerId);
      const onB = watch(b, customer.customerId);
      await Promise.all([onA.waitFor(1), onB.waitFor(1)]);

      await customer.ingest(5);
      await Promise.all([onA.waitFor(2), onB.waitFor(2)]);
      // Both instances keep polling every 200 ms meanwhile: still one event each.
      await quietPeriod(800);
      for (const feed of [onA, onB]) {
        expect(feed.events.map((event) => [event.previousStatus, event.status])).toEqual([
          [null, 'OK'],
          ['OK', 'IN_ALARM'],
        ]);
      }
      // The transition was published once, by whichever instance saw it first.
      expect(onA.events[1]?.changedAt).toBe(onB.events[1]?.changedAt);
      expect(onA.events[1]?.source).toBe(onB.events[1]?.source);
    });
  }

  it('on shutdown closes clients with 1001; they reconnect to the other instance and miss nothing', async () => {
    sendWebhooksTo(b);
    const customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Drained customer');
    const onA = watch(a, customer.customerId);
    await onA.waitFor(1);
    await customer.ingest(5);
    await onA.waitFor(2);

    await a.close();
    await onA.ended();
    expect(onA.closeCode).toBe(1001);

    const again = watch(b, customer.customerId);
    const [snapshot] = await again.waitFor(1);
    expect(snapshot).toMatchObject({ status: 'IN_ALARM', source: 'SNAPSHOT' });
    await fetch(b.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { archiveThresholdNotification(input: { id: "${customer.alertId}" }) { thresholdNotificationId } }`,
      }),
    });
    // Archived notifications leave the default (enabled) view, but the transition is still news.
    const [, archived] = await again.waitFor(2);
    expect(archived).toMatchObject({ previousStatus: 'IN_ALARM', status: 'ARCHIVED' });
  });
});
