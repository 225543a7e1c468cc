import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../../src/server/gateway.js';
import { gatewayConfig } from '../helpers/config.js';
import { type MeteredCustomer, meteredCustomer } from '../helpers/metered.js';
import { openRawConnection, type RawConnection } from '../helpers/raw-subscriptions.js';
import { useSandbox } from '../helpers/sandbox.js';

// With sharing on, a key writes its graphql-ws subscribers' frames itself, after yoga has handed
// the stream over; yoga's error masking never sees those results, so the key masks them as yoga
// would. An event whose execution fails on one field must reach every subscriber exactly as it
// does with sharing off: the same frame, its error coded and masked, nothing internal in it.

const WEBHOOK_SECRET = 'whsec-fanout-errors';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10, maxDelayMs: 50 } });
/** Subscriptions per connection: several subscribers of one key on one socket. */
const PER_CONNECTION = 3;

/** Selects the customer's commits, which the sandbox is told to refuse: one field fails on every event. */
const WITH_COMMITS = (customerId: string) => `subscription {
  customerAlertStatusChanged(customerId: "${customerId}") {
    status source
    customerAlert { customer { name commits(first: 1) { edges { node { id } } } } }
  }
}`;

let customer: MeteredCustomer;
const gateways: Record<'on' | 'off', RunningGateway | undefined> = { on: undefined, off: undefined };
const connections: RawConnection[] = [];

beforeAll(async () => {
  const token = sandboxHarness.newOrganization();
  customer = await meteredCustomer(sandboxHarness.sandbox, token, 'Errors in frames');
  const start = (sharing: 'on' | 'off') =>
    startGateway(
      gatewayConfig(sandboxHarness.url, token, {
        METRONOME_WEBHOOK_SECRET: WEBHOOK_SECRET,
        REDIS_URL,
        POLL_INTERVAL_MS: 600_000,
        SUBSCRIPTION_SHARING: sharing,
        RATE_LIMIT_PER_MINUTE: 0,
      }),
    );
  [gateways.on, gateways.off] = await Promise.all([start('on'), start('off')]);
  const org = sandboxHarness.sandbox.organization(token);
  if (org) org.webhookDestinations = [{ url: gateways.on.webhookUrl, secret: WEBHOOK_SECRET }];
  await sandboxHarness.setKnobs({ faults: [{ route: 'POST /v1/contracts/customerCommits/list', action: 'status', status: 400 }] });
});

afterAll(async () => {
  await sandboxHarness.setKnobs({ faults: [] });
  await Promise.all(connections.map((connection) => connection.close()));
  await Promise.all([gateways.on?.close(), gateways.off?.close()]);
});

/** The frame with the snapshot's own time blanked (each instance stamps its snapshot when taken). */
const comparable = (raw: string) => raw.replace(/"changedAt":"[^"]*"/g, '"changedAt":"(time)"');

describe('an event whose execution fails on one field, sharing on and off', () => {
  it('reaches every subscriber as the same frame, its error masked and coded', async () => {
    const sides = {} as Record<'on' | 'off', RawConnection>;
    for (const side of ['on', 'off'] as const) {
      const gateway = gateways[side];
      if (!gateway) throw new Error('not started');
      const connection = await openRawConnection(gateway.graphqlUrl);
      connections.push(connection);
      sides[side] = connection;
      for (let i = 0; i < PER_CONNECTION; i += 1) connection.subscribe(`s${i}`, WITH_COMMITS(customer.customerId));
    }
    const reach = (count: number, what: string) =>
      Promise.all(
        Object.values(sides).map((connection) =>
          connection.until(
            () => Array.from({ length: PER_CONNECTION }, (_, i) => connection.framesOf(`s${i}`).length).every((n) => n >= count),
            what,
          ),
        ),
      );
    await reach(1, 'every snapshot');
    await customer.ingest(5);
    await reach(2, 'the change on every subscription');

    for (let i = 0; i < PER_CONNECTION; i += 1) {
      const on = sides.on.framesOf(`s${i}`);
      expect(on.map(comparable)).toEqual(sides.off.framesOf(`s${i}`).map(comparable));
      const change = JSON.parse(on[1] as string) as {
        payload: {
          data: { customerAlertStatusChanged: { status: string; customerAlert: { customer: { commits: unknown } } } };
          errors: Array<{ message: string; extensions?: { code?: string } }>;
        };
      };
      expect(change.payload.data.customerAlertStatusChanged.status).toBe('IN_ALARM');
      expect(change.payload.data.customerAlertStatusChanged.customerAlert.customer.commits).toBeNull();
      expect(change.payload.errors).toHaveLength(1);
      expect(change.payload.errors[0]?.extensions?.code).toEqual(expect.any(String));
      expect(on[1]).not.toMatch(/127\.0\.0\.1|https?:|stack/);
    }
  });
});
