import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../../src/server/gateway.js';
import { gatewayConfig } from '../helpers/config.js';
import { openRawConnection, type RawConnection } from '../helpers/raw-subscriptions.js';
import { useSandbox } from '../helpers/sandbox.js';

// A subscriber that stops reading must neither hold up the others nor make the gateway buffer
// without bound: once its connection holds more unsent bytes than SUBSCRIBER_MAX_BUFFERED_BYTES,
// the gateway closes it with 1013 ("try again later"; a reconnect starts from a fresh snapshot).
// The others get every event meanwhile.

const WEBHOOK_SECRET = 'whsec-slow-consumer';
const NOTIFICATIONS = 200;
/** The slow reader subscribes this many times over, so its backlog outgrows what loopback buffers absorb. */
const SLOW_SUBSCRIPTIONS = 8;
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10, maxDelayMs: 50 } });
let gateway: RunningGateway;
let customerId = '';
const opened: RawConnection[] = [];

/** Big frames (about 4 KB), so that a stalled reader's backlog grows fast: the notification, 30 times over. */
const HEAVY = `subscription Heavy($customerId: ID!) {
  customerAlertStatusChanged(customerId: $customerId) {
    previousStatus status source
    ${Array.from({ length: 30 }, (_, i) => `n${i}: customerAlert { customerStatus triggeredBy notification { id name type threshold } }`).join('\n    ')}
  }
}`;

let ingest: (count: number) => Promise<void> = async () => undefined;

beforeAll(async () => {
  const token = sandboxHarness.newOrganization();
  const sandbox = sandboxHarness.sandbox;
  const org = sandbox.organization(token);
  if (!org) throw new Error('no organization');
  const post = async (path: string, body: unknown): Promise<string> =>
    ((await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;
  const metricId = await post('/v1/billable-metrics/create', {
    name: 'Slow consumer requests',
    aggregation_type: 'COUNT',
    event_type_filter: { in_values: ['request'] },
  });
  await post('/v1/contract-pricing/products/create', { name: 'Slow consumer API', type: 'USAGE', billable_metric_id: metricId });
  customerId = await post('/v1/customers', { name: 'Watched by a slow reader' });
  // Many notifications on one customer: one burst of usage crosses all of them at once.
  for (let threshold = 1; threshold <= NOTIFICATIONS; threshold += 1) {
    await post('/v1/alerts/create', {
      alert_type: 'usage_threshold_reached',
      name: `Requests over ${threshold}`,
      threshold,
      billable_metric_id: metricId,
      customer_id: customerId,
    });
  }
  let sequence = 0;
  ingest = async (count) => {
    for (let sent = 0; sent < count; sent += 100) {
      const batch = Array.from({ length: Math.min(100, count - sent) }, () => ({
        transaction_id: `slow-${(sequence += 1)}`,
        customer_id: customerId,
        event_type: 'request',
        timestamp: sandbox.clock.now().toISOString(),
      }));
      await sandbox.dispatch(org, 'POST', '/v1/ingest', batch);
    }
  };
  gateway = await startGateway(
    gatewayConfig(sandboxHarness.url, token, {
      METRONOME_WEBHOOK_SECRET: WEBHOOK_SECRET,
      POLL_INTERVAL_MS: 600_000,
      SUBSCRIBER_MAX_BUFFERED_BYTES: 64 * 1024,
      RATE_LIMIT_PER_MINUTE: 0,
    }),
  );
  org.webhookDestinations = [{ url: gateway.webhookUrl, secret: WEBHOOK_SECRET }];
});

afterAll(async () => {
  for (const connection of opened) connection.socket.terminate();
  await gateway.close();
});

async function slowConsumersClosed(): Promise<number> {
  const text = await (await fetch(`${gateway.url}/metrics`)).text();
  return Number(/^gateway_slow_consumers_closed_total (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

describe('a subscriber that stops reading', () => {
  it('is closed with 1013 once its backlog passes the bound, while the others get every event', async () => {
    const healthy = await openRawConnection(gateway.graphqlUrl);
    const slow = await openRawConnection(gateway.graphqlUrl);
    opened.push(healthy, slow);
    healthy.subscribe('heavy', HEAVY, { customerId });
    await healthy.until(() => healthy.framesOf('heavy').length >= NOTIFICATIONS, 'the snapshot of every notification');
    for (let i = 0; i < SLOW_SUBSCRIPTIONS; i += 1) {
      slow.subscribe(`heavy-${i}`, HEAVY, { customerId });
      await slow.until(() => slow.framesOf(`heavy-${i}`).length >= NOTIFICATIONS, 'the snapshot of every notification');
    }
    expect(await slowConsumersClosed()).toBe(0);

    // The slow reader stops reading; then every notification goes into alarm.
    slow.socket.pause();
    await ingest(NOTIFICATIONS);
    await healthy.until(() => healthy.framesOf('heavy').length >= 2 * NOTIFICATIONS, 'every transition', 30_000);
    const healthyFrames = healthy.framesOf('heavy');
    expect(healthyFrames.slice(NOTIFICATIONS).every((frame) => frame.includes('"status":"IN_ALARM"'))).toBe(true);
    expect(await slowConsumersClosed()).toBe(1);

    // When it reads again it finds part of the backlog, then the close: 1013 with a reason.
    slow.socket.resume();
    const { code, reason } = await slow.closed;
    expect(code).toBe(1013);
    expect(reason).toMatch(/too slow/i);
    for (let i = 0; i < SLOW_SUBSCRIPTIONS; i += 1) {
      const slowFrames = slow.framesOf(`heavy-${i}`).map((frame) => frame.replace(`"id":"heavy-${i}"`, '"id":"heavy"'));
      expect(slowFrames.length).toBeLessThan(2 * NOTIFICATIONS);
      // What it did get is exactly what the others got, in the same order.
      expect(slowFrames).toEqual(healthyFrames.slice(0, slowFrames.length));
    }
    expect(healthy.socket.readyState).toBe(healthy.socket.OPEN);
  });
});
