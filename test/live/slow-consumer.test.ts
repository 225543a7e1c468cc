import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../../src/server/gateway.js';
import { gatewayConfig } from '../helpers/config.js';
import { openRawConnection, type RawConnection } from '../helpers/raw-subscriptions.js';
import { meteredCustomer } from '../helpers/metered.js';
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
  const org = sandboxHarness.sandbox.organization(token);
  if (!org) throw new Error('no organization');
  // Many notifications on one customer: one burst of usage crosses all of them at once.
  const thresholds = Array.from({ length: NOTIFICATIONS }, (_, i) => i + 1);
  const customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Watched by a slow reader', thresholds);
  customerId = customer.customerId;
  ingest = customer.ingest;
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
