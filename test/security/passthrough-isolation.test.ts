import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { quietPeriod, subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { STATUS_SUBSCRIPTION, meteredCustomer, type MeteredCustomer, type StatusEvent } from '../helpers/metered.js';
import { useSandbox } from '../helpers/sandbox.js';
import { withoutCacheReport } from '../helpers/cache-report.js';
import { gatewayConfig } from '../helpers/config.js';

// Passthrough: each caller brings its own Metronome token. Two organizations using one gateway
// at the same time never see each other's data, cache entries, polls or events.

const sandboxHarness = useSandbox();
let gateway: RunningGateway;
let first: { token: string; customer: MeteredCustomer };
let second: { token: string; customer: MeteredCustomer };
const open: Array<SubscriptionRecorder<StatusEvent>> = [];

beforeAll(async () => {
  const tokenOne = sandboxHarness.newOrganization();
  const tokenTwo = sandboxHarness.newOrganization();
  first = { token: tokenOne, customer: await meteredCustomer(sandboxHarness.sandbox, tokenOne, 'Org one customer') };
  second = { token: tokenTwo, customer: await meteredCustomer(sandboxHarness.sandbox, tokenTwo, 'Org two customer') };
  gateway = await startGateway(
    gatewayConfig(sandboxHarness.url, 'gateway-has-no-token-of-its-own', {
      AUTH_MODE: 'passthrough',
      POLL_INTERVAL_MS: 150,
    }),
  );
});

afterAll(async () => {
  await Promise.all(open.map((subscription) => subscription.close()));
  await gateway.close();
});

async function names(token: string, query = '{ customers(first: 10) { edges { node { name } } } }'): Promise<unknown> {
  const response = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('passthrough mode', () => {
  it('asks for a token and passes Metronome’s refusal on as UNAUTHENTICATED', async () => {
    const none = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ customers { edges { cursor } } }"}',
    });
    expect(none.status).toBe(401);
    const wrong = (await names('not-a-real-metronome-token')) as { errors: Array<{ extensions: { code: string } }> };
    expect(wrong.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps two organizations apart under interleaved concurrent requests', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? first : second));
    const answers = await Promise.all(requests.map((org) => names(org.token).then((body) => ({ org, body }))));
    for (const { org, body } of answers) {
      expect(withoutCacheReport(body)).toEqual({
        data: {
          customers: {
            edges: [{ node: { name: org.customer.customerId === first.customer.customerId ? 'Org one customer' : 'Org two customer' } }],
          },
        },
      });
    }
    // One organization's customer, asked for by UUID with the other's token, does not exist.
    expect(await names(first.token, `{ customer(id: "${second.customer.customerId}") { name } }`)).toMatchObject({
      data: { customer: null },
      errors: [{ message: `No customer with id ${second.customer.customerId}`, extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('keeps live events apart: organization one never hears of organization two', async () => {
    const one = subscribeWs<StatusEvent>(gateway.graphqlUrl, STATUS_SUBSCRIPTION(first.customer.customerId), 'customerAlertStatusChanged', {
      connectionParams: { authorization: `Bearer ${first.token}` },
    });
    const board = subscribeWs<StatusEvent>(
      gateway.graphqlUrl,
      'subscription { alertStatusChanges { status customerAlert { customer { name } } } }',
      'alertStatusChanges',
      {
        connectionParams: { authorization: `Bearer ${first.token}` },
      },
    );
    const two = subscribeWs<StatusEvent>(
      gateway.graphqlUrl,
      STATUS_SUBSCRIPTION(second.customer.customerId),
      'customerAlertStatusChanged',
      {
        connectionParams: { authorization: `Bearer ${second.token}` },
      },
    );
    open.push(one, board, two);
    await Promise.all([one.waitFor(1), two.waitFor(1)]);
    await second.customer.ingest(5); // found by organization two's poller
    await two.waitFor(2);
    await quietPeriod(500);
    expect(one.events).toHaveLength(1);
    expect(board.events).toEqual([]);

    const crossed = subscribeWs<StatusEvent>(
      gateway.graphqlUrl,
      STATUS_SUBSCRIPTION(second.customer.customerId),
      'customerAlertStatusChanged',
      {
        connectionParams: { authorization: `Bearer ${first.token}` },
      },
    );
    open.push(crossed);
    await crossed.ended();
    expect(JSON.stringify(crossed.errors)).toContain('NOT_FOUND');
  });
});
