import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { graphql } from '../gql/index.js';
import { executeOperation } from '../helpers/execute.js';
import { subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { BoardFeed, CustomerFeed } from '../helpers/live-documents.js';
import { meteredCustomer, type MeteredCustomer } from '../helpers/metered.js';
import { activeSubscriptions } from '../helpers/metrics.js';
import { useSandbox } from '../helpers/sandbox.js';
import { withoutCacheReport } from '../helpers/cache-report.js';
import { gatewayConfig } from '../helpers/config.js';
import { eventually } from '../helpers/wait.js';

// Passthrough: each caller brings its own Metronome token. Two organizations using one gateway
// at the same time never see each other's data, cache entries, polls or events.

const sandboxHarness = useSandbox();
let gateway: RunningGateway;
let first: { token: string; customer: MeteredCustomer };
let second: { token: string; customer: MeteredCustomer };
const open: Array<SubscriptionRecorder<unknown>> = [];

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

const CustomerNames = graphql(`
  query PassthroughCustomerNames {
    customers(first: 10) {
      edges {
        node {
          name
        }
      }
    }
  }
`);
const OneCustomerName = graphql(`
  query PassthroughCustomerName($id: ID!) {
    customer(id: $id) {
      name
    }
  }
`);

const asOrganization = (token: string) => ({ authorization: `Bearer ${token}` });
const names = async (token: string) => (await executeOperation(gateway.graphqlUrl, CustomerNames, {}, asOrganization(token))).body;

function feed(token: string, customerId: string) {
  const subscription = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
    variables: { customerId },
    connectionParams: asOrganization(token),
  });
  open.push(subscription);
  return subscription;
}

describe('passthrough mode', () => {
  it('asks for a token and passes Metronome’s refusal on as UNAUTHENTICATED', async () => {
    const none = await executeOperation(gateway.graphqlUrl, CustomerNames);
    expect(none.status).toBe(401);
    const wrong = await names('not-a-real-metronome-token');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
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
    const crossed = await executeOperation(
      gateway.graphqlUrl,
      OneCustomerName,
      { id: second.customer.customerId },
      asOrganization(first.token),
    );
    expect(crossed.body).toMatchObject({
      data: { customer: null },
      errors: [{ message: `No customer with id ${second.customer.customerId}`, extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('keeps live events apart: organization one never hears of organization two', async () => {
    const one = feed(first.token, first.customer.customerId);
    const board = subscribeWs(gateway.graphqlUrl, BoardFeed, 'alertStatusChanges', { connectionParams: asOrganization(first.token) });
    open.push(board);
    const two = feed(second.token, second.customer.customerId);
    await Promise.all([one.waitFor(1), two.waitFor(1)]);
    // The board sends no snapshot: wait until the gateway counts it, so it is listening.
    await eventually('three active subscriptions', async () => (await activeSubscriptions(gateway.url)) >= 3);
    await second.customer.ingest(5); // found by organization two's poller
    await two.waitFor(2);
    // Sentinel: organization one's own transition, published after two's, travels one's channels;
    // had two's change leaked onto them, it would have arrived first.
    await first.customer.ingest(5);
    const ownEvents = await one.waitFor(2);
    const [ownBoardEvent] = await board.waitFor(1);
    expect(ownEvents.map((event) => [event.status, event.customerAlert.customer?.name])).toEqual([
      ['OK', 'Org one customer'],
      ['IN_ALARM', 'Org one customer'],
    ]);
    expect(ownBoardEvent?.customerAlert.customer?.name).toBe('Org one customer');
    expect(board.events).toHaveLength(1);

    const crossed = feed(first.token, second.customer.customerId);
    await crossed.ended();
    expect(JSON.stringify(crossed.errors)).toContain('NOT_FOUND');
  });
});
