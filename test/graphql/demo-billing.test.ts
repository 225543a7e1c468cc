import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../helpers/manual-clock.js';
import { type DemoWorld, seedDemo } from '../../src/sandbox/demo.js';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';

// The demo organization has a billing past worth showing on the first `npm start`: finalized
// months, a daily series with a rising trend, balances, and forecasts with dates.

const clock = new ManualClock('2026-06-20T15:00:00.000Z');
const harness = useGateway({ sandbox: { clock }, clock: () => clock.now() });
let demo: DemoWorld;

beforeAll(async () => {
  const org = harness.sandboxHarness.sandbox.organization(harness.token);
  if (!org) throw new Error('no organization');
  demo = await seedDemo(harness.sandboxHarness.sandbox, org);
});

const DemoBilling = graphql(`
  query DemoBilling($id: ID!, $metricId: ID!) {
    customer(id: $id) {
      name
      netBalance {
        amount
      }
      monthToDateSpend {
        amount
      }
      invoices {
        edges {
          node {
            status
            startingAt
            subtotal {
              amount
            }
          }
        }
      }
      spendSeries {
        startingAt
        spend {
          amount
        }
      }
      usageSeries(billableMetricId: $metricId) {
        value
      }
      alerts {
        edges {
          node {
            customerStatus
            notification {
              name
            }
            forecast(billableMetricId: $metricId) {
              projectedAt
              reason
            }
          }
        }
      }
    }
  }
`);

describe('the demo organization’s billing picture', () => {
  it('Initech: three finalized months and this month’s draft, a rising daily spend, a dated forecast', async () => {
    const { body } = await harness.execute(DemoBilling, { id: demo.customers.initech ?? '', metricId: demo.metrics.computeHours });
    expect(body.errors).toBeUndefined();
    const customer = body.data?.customer;
    expect(customer?.invoices?.edges.map((e) => [e.node.status, e.node.startingAt])).toEqual([
      ['FINALIZED', '2026-03-01T00:00:00.000Z'],
      ['FINALIZED', '2026-04-01T00:00:00.000Z'],
      ['FINALIZED', '2026-05-01T00:00:00.000Z'],
      ['DRAFT', '2026-06-01T00:00:00.000Z'],
    ]);
    // 265 compute hours at 50 cents drawn from the 20,000 commit.
    expect(customer?.netBalance?.amount).toBe(20_000 - 265 * 50);
    const spend = (customer?.spendSeries ?? []).map((point) => point.spend.amount);
    expect(spend).toHaveLength(8);
    // The last seven full days rise day after day.
    for (let day = 1; day < 7; day += 1) expect(spend[day]).toBeGreaterThanOrEqual(spend[day - 1] ?? 0);
    expect(spend[6]).toBeGreaterThan(spend[0] ?? 0);
    const forecasts = Object.fromEntries((customer?.alerts?.edges ?? []).map((e) => [e.node.notification.name, e.node.forecast]));
    expect(forecasts['Initech commit 75% used']?.reason).toBeNull();
    expect(Date.parse(forecasts['Initech commit 75% used']?.projectedAt ?? '')).toBeGreaterThan(clock.now().getTime());
  });

  it('Acme: usage series and the API-requests forecast have the stream to read', async () => {
    const { body } = await harness.execute(DemoBilling, { id: demo.customers.acme ?? '', metricId: demo.metrics.apiRequests });
    expect(body.errors).toBeUndefined();
    const usage = (body.data?.customer?.usageSeries ?? []).map((point) => point.value ?? 0);
    expect(usage.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0);
    const acmeAlert = body.data?.customer?.alerts?.edges.find((e) => e.node.notification.name === 'Acme API requests over 2,000');
    expect(acmeAlert?.node.forecast?.reason).toBeNull();
    expect(Date.parse(acmeAlert?.node.forecast?.projectedAt ?? '')).toBeGreaterThan(clock.now().getTime());
  });
});
