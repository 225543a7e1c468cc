import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { metricValue } from '../helpers/cache.js';
import { executeOperation } from '../helpers/execute.js';
import { subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { ArchiveAlert, CustomerFeed } from '../helpers/live-documents.js';
import { meteredCustomer } from '../helpers/metered.js';
import { useSandbox } from '../helpers/sandbox.js';
import { gatewayConfig } from '../helpers/config.js';
import { eventually } from '../helpers/wait.js';

// Two gateway instances sharing Redis (127.0.0.1:6379), both polling fast and both receiving
// webhooks: every subscriber, on either instance, sees each transition exactly once.

const SECRET = 'whsec-scale-out';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10, maxDelayMs: 50 } });
let token = '';
let a: RunningGateway;
let b: RunningGateway;
const open: Array<SubscriptionRecorder<unknown>> = [];

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

function watch(gateway: RunningGateway, customerId: string) {
  const subscription = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', { variables: { customerId } });
  open.push(subscription);
  return subscription;
}

async function archive(gateway: RunningGateway, alertId: string): Promise<void> {
  const { body } = await executeOperation(gateway.graphqlUrl, ArchiveAlert, { id: alertId });
  expect(body.errors).toBeUndefined();
}

/** Poll refreshes both instances have run so far (each counted once it has published). */
const polls = async (): Promise<number> =>
  (await metricValue(a.url, 'gateway_status_refreshes_total', { source: 'POLL' })) +
  (await metricValue(b.url, 'gateway_status_refreshes_total', { source: 'POLL' }));

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
      // Both instances keep polling every 200 ms meanwhile: let each watched customer be polled a
      // few more times (counted, not timed), then archive the notification. Its event travels the
      // same Redis channel after whatever those polls published, so each feed must now hold
      // exactly three transitions: still one OK → IN_ALARM each.
      const before = await polls();
      const enough = before + 3 * a.live.poller.watched;
      await eventually(`${enough - before} more polls`, async () => (await polls()) >= enough);
      await archive(a, customer.alertId);
      for (const feed of [onA, onB]) {
        expect((await feed.waitFor(3)).map((event) => [event.previousStatus, event.status])).toEqual([
          [null, 'OK'],
          ['OK', 'IN_ALARM'],
          ['IN_ALARM', 'ARCHIVED'],
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
    await archive(b, customer.alertId);
    // Archived notifications leave the default (enabled) view, but the transition is still news.
    const [, archived] = await again.waitFor(2);
    expect(archived).toMatchObject({ previousStatus: 'IN_ALARM', status: 'ARCHIVED' });
  });
});
