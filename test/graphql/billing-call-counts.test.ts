import { parse, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../helpers/manual-clock.js';
import { estimateUpstreamCalls } from '../../src/schema/cost.js';
import { buildSchema } from '../../src/schema/index.js';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';

// Exact upstream calls of the billing picture for a page of customers, read from the sandbox's
// counter, next to the budget's estimate for the same document.

const clock = new ManualClock('2026-06-15T12:00:00.000Z');
const harness = useGateway({ sandbox: { clock }, gateway: { CACHE: 'off' }, clock: () => clock.now() });

const BillingOverview = graphql(`
  query CountedBillingOverview($metricId: ID!) {
    customers(first: 50) {
      edges {
        node {
          name
          netBalance {
            amount
            creditType {
              name
            }
          }
          monthToDateSpend {
            amount
          }
          usageSeries(billableMetricId: $metricId) {
            startingAt
            value
          }
        }
      }
    }
  }
`);

const OverviewWithSpend = graphql(`
  query CountedOverviewWithSpend($metricId: ID!) {
    customers(first: 50) {
      edges {
        node {
          monthToDateSpend {
            amount
          }
          spendSeries {
            startingAt
          }
          usageSeries(billableMetricId: $metricId) {
            value
          }
          weekly: usageSeries(billableMetricId: $metricId, window: DAY) {
            value
          }
        }
      }
    }
  }
`);

const UsageOfNodes = graphql(`
  query CountedUsageOfNodes($ids: [ID!]!, $metricId: ID!) {
    nodes(ids: $ids) {
      ... on Customer {
        usageSeries(billableMetricId: $metricId) {
          value
        }
      }
    }
  }
`);

let customers: SeededCustomer[];
let metricId = '';

beforeAll(async () => {
  customers = await seedCustomers(
    harness,
    Array.from({ length: 120 }, (_, i) => ({ name: `Billing ${String(i).padStart(3, '0')}` })),
  );
  const org = harness.sandboxHarness.sandbox.organization(harness.token);
  if (!org) throw new Error('organization missing');
  metricId = (
    (await harness.sandboxHarness.sandbox.dispatch(org, 'POST', '/v1/billable-metrics/create', {
      name: 'Requests',
      aggregation_type: 'COUNT',
    })) as {
      data: { id: string };
    }
  ).data.id;
});

async function countedCalls(run: () => Promise<unknown>): Promise<Record<string, number>> {
  await harness.sandboxHarness.resetCalls();
  await run();
  return harness.sandboxHarness.calls();
}

/** Calls per route template: per-customer paths are folded into `{customer_id}`. */
function byRoute(calls: Record<string, number>): Record<string, number> {
  const folded: Record<string, number> = {};
  for (const [key, count] of Object.entries(calls)) {
    const route = key.replace(/\/v1\/customers\/[0-9a-f-]{36}\//, '/v1/customers/{customer_id}/');
    folded[route] = (folded[route] ?? 0) + count;
  }
  return folded;
}

const estimate = (document: Parameters<typeof print>[0], variables: Record<string, unknown>) =>
  estimateUpstreamCalls(buildSchema(), parse(print(document)), undefined, variables);

describe('the 50-customer billing overview', () => {
  it('costs 1 + 50 + 50 + 1 calls: net balance and draft invoice per customer, usage batched into one call', async () => {
    const calls = await countedCalls(async () => {
      const { body } = await harness.execute(BillingOverview, { metricId });
      expect(body.errors).toBeUndefined();
      expect(body.data?.customers.edges).toHaveLength(50);
      expect(body.data?.customers.edges[0]?.node.usageSeries).toHaveLength(8);
    });
    expect(byRoute(calls)).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/contracts/customerBalances/getNetBalance': 50,
      'GET /v1/customers/{customer_id}/invoices': 50,
      'POST /v1/usage': 1,
    });
    expect(estimate(BillingOverview, { metricId })).toBe(102);
  });

  it('adds one breakdowns call per customer for spendSeries, and asks once for two usage series of the same range', async () => {
    const calls = await countedCalls(async () => {
      const { body } = await harness.execute(OverviewWithSpend, { metricId });
      expect(body.errors).toBeUndefined();
    });
    expect(byRoute(calls)).toEqual({
      'GET /v1/customers': 1,
      'GET /v1/customers/{customer_id}/invoices': 50,
      'GET /v1/customers/{customer_id}/invoices/breakdowns': 50,
      'POST /v1/usage': 1,
    });
    // The estimate counts each usage field's batch (an upper bound): 1 + 50 + 50 + 1 + 1.
    expect(estimate(OverviewWithSpend, { metricId })).toBe(103);
  });

  it('puts at most 100 customers in one usage call', async () => {
    const globalId = (uuid: string) => Buffer.from(`Customer:${uuid}`).toString('base64');
    const ids = customers.map((customer) => globalId(customer.id));
    const calls = await countedCalls(async () => {
      const { body } = await harness.execute(UsageOfNodes, { ids, metricId });
      expect(body.errors).toBeUndefined();
    });
    expect(calls).toEqual({ 'GET /v1/customers': 2, 'POST /v1/usage': 2 });
    // Customers by id are estimated at two calls per hundred (active, then archived ones): 4 + 2.
    expect(estimate(UsageOfNodes, { ids, metricId })).toBe(6);
  });
});
