import { expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { addCommit } from '../helpers/cache.js';
import { useGateway } from '../helpers/gateway.js';
import { subscribeWs } from '../helpers/live-clients.js';
import { CustomerFeed } from '../helpers/live-documents.js';
import { meteredCustomer } from '../helpers/metered.js';

// An alarm means usage or spend moved, so balances cached before it are stale, whichever way the
// gateway learned of the alarm. Here there is no webhook secret: the poller finds the crossing,
// and a read after the event must show the drawn-down balance, not the cached one (the board
// re-reads a customer's billing exactly then). The cache lifetime is long so only invalidation
// can make the second read fresh.

const harness = useGateway({ gateway: { POLL_INTERVAL_MS: 300, CACHE_TTL_MS: 600_000 } });

const NetBalance = graphql(`
  query AlarmNetBalance($id: ID!) {
    customer(id: $id) {
      netBalance {
        amount
      }
    }
  }
`);

it('an alarm the poller finds retires the customer’s cached balances: the next read shows what upstream now holds', async () => {
  const { sandbox } = harness.sandboxHarness;
  const customer = await meteredCustomer(sandbox, harness.token, 'Polled customer');
  await addCommit(sandbox, harness.token, customer.customerId, 'Polled commit');
  const before = await harness.execute(NetBalance, { id: customer.customerId });
  expect(before.body.data?.customer?.netBalance?.amount).toBe(1000);
  // Cached now: the same read again costs no upstream call.
  expect((await harness.execute(NetBalance, { id: customer.customerId })).body.extensions?.cache).toMatchObject({ misses: 0 });

  const feed = subscribeWs(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
    variables: { customerId: customer.customerId },
  });
  try {
    await feed.waitFor(1);
    await customer.ingest(6);
    const [, alarm] = await feed.waitFor(2);
    expect(alarm).toMatchObject({ status: 'IN_ALARM', source: 'POLL' });

    const org = sandbox.organization(harness.token);
    if (!org) throw new Error('no organization');
    const upstream = (await sandbox.dispatch(org, 'POST', '/v1/contracts/customerBalances/getNetBalance', {
      customer_id: customer.customerId,
    })) as { data: { balance: number } };
    expect(upstream.data.balance).toBeLessThan(1000);
    const after = await harness.execute(NetBalance, { id: customer.customerId });
    expect(after.body.data?.customer?.netBalance?.amount).toBe(upstream.data.balance);
  } finally {
    await feed.close();
  }
});
