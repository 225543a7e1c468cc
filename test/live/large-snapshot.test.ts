import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../../src/server/gateway.js';
import { gatewayConfig } from '../helpers/config.js';
import { openRawConnection, type RawConnection } from '../helpers/raw-subscriptions.js';
import { meteredCustomer } from '../helpers/metered.js';
import { useSandbox } from '../helpers/sandbox.js';

// A subscriber's stream holds at most 1,024 live events it has not read before it is ended as too
// slow (SLOW_CONSUMER). A snapshot is not a backlog: a customer with more notifications than that
// gets its whole snapshot, however many, when the stream is pulled (sharing off, or SSE).

/** More notifications than a stream may hold unread live events. */
const NOTIFICATIONS = 1_100;
const sandboxHarness = useSandbox();
let gateway: RunningGateway;
let customerId = '';
let connection: RawConnection | undefined;

beforeAll(async () => {
  const token = sandboxHarness.newOrganization();
  const thresholds = Array.from({ length: NOTIFICATIONS }, (_, i) => i + 1);
  ({ customerId } = await meteredCustomer(sandboxHarness.sandbox, token, 'Watched closely', thresholds));
  gateway = await startGateway(
    gatewayConfig(sandboxHarness.url, token, { POLL_INTERVAL_MS: 600_000, SUBSCRIPTION_SHARING: 'off', RATE_LIMIT_PER_MINUTE: 0 }),
  );
});

afterAll(async () => {
  await connection?.close();
  await gateway.close();
});

describe('a snapshot larger than the bound on unread events', () => {
  it('arrives whole, with no SLOW_CONSUMER error', async () => {
    connection = await openRawConnection(gateway.graphqlUrl);
    const opened = connection;
    opened.subscribe('feed', `subscription { customerAlertStatusChanged(customerId: "${customerId}") { status source } }`);
    await opened.until(
      () => opened.framesOf('feed').length >= NOTIFICATIONS || opened.frames.some((frame) => frame.type !== 'next'),
      'the whole snapshot, or the end of the subscription',
      30_000,
    );
    expect(opened.frames.filter((frame) => frame.type !== 'next').map((frame) => frame.raw)).toEqual([]);
    expect(opened.framesOf('feed')).toHaveLength(NOTIFICATIONS);
    expect(opened.framesOf('feed').every((frame) => frame.includes('"source":"SNAPSHOT"'))).toBe(true);
  });
});
