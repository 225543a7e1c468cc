import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../helpers/manual-clock.js';
import { graphql } from '../gql/index.js';
import { billingWorld, type BillingWorld } from '../helpers/billing-world.js';
import { useGateway } from '../helpers/gateway.js';

// Forecasts against a usage stream whose every figure is known, with the gateway and the
// sandbox on the same clock. Now is Monday 2026-06-15 12:00 UTC; requests cost 10 cents.
//
// Customer "Steady": 100 requests every day from June 1 to June 14, 50 on June 15.
//   period to date: 1,450 requests = 14,500 cents; trailing 7 full days (June 8–14): 700 → 100 a day
//   one prepaid commit of 20,000 for 2026, drawn to 20,000 − 14,500 = 5,500
// Customer "Stopped": 50 requests on June 2, nothing since. Customer "New": nothing at all.
// Customer "Short": Steady's usage, drawn from a 20,000 commit that ends on 2026-06-18.
// Customer "Drained": Steady's usage, drawn first from a 500 commit ending 2026-06-17 (priority 1,
//   empty since June 1), then from a 20,000 commit for 2026, drawn to 20,000 − 14,000 = 6,000.

const NOW = '2026-06-15T12:00:00.000Z';
const clock = new ManualClock(NOW);
const harness = useGateway({ sandbox: { clock }, gateway: { CACHE: 'off' }, clock: () => clock.now() });

const Forecasts = graphql(`
  query Forecasts($id: ID!, $metricId: ID) {
    customer(id: $id) {
      alerts {
        edges {
          node {
            customerStatus
            notification {
              name
            }
            forecast(billableMetricId: $metricId) {
              projectedAt
              ratePerDay
              basis
              observedFrom
              observedTo
              currentValue
              reason
            }
          }
        }
      }
    }
  }
`);

let steady: BillingWorld;
let stoppedId = '';
let newId = '';
let shortId = '';
let drainedId = '';

async function alert(customerId: string, type: string, name: string, threshold: number): Promise<void> {
  await steady.client.v1.alerts.create({
    alert_type: type as 'spend_threshold_reached',
    name,
    threshold,
    customer_id: customerId,
    ...(type === 'usage_threshold_reached' && { billable_metric_id: steady.metricId }),
  });
}

beforeAll(async () => {
  clock.set('2026-06-01T00:00:00.000Z');
  steady = await billingWorld(harness.sandboxHarness, clock, { credit: 0, commit: 20_000 }, harness.token);
  stoppedId = steady.otherCustomerId;
  newId = (await steady.client.v1.customers.create({ name: 'New' })).data.id;
  shortId = (await steady.client.v1.customers.create({ name: 'Short' })).data.id;
  await steady.client.v1.customers.commits.create({
    customer_id: shortId,
    type: 'PREPAID',
    priority: 1,
    product_id: steady.productId,
    name: 'Ends soon',
    access_schedule: {
      schedule_items: [{ amount: 20_000, starting_at: '2026-06-01T00:00:00.000Z', ending_before: '2026-06-18T00:00:00.000Z' }],
    },
  });
  drainedId = (await steady.client.v1.customers.create({ name: 'Drained' })).data.id;
  for (const [name, priority, amount, endingBefore] of [
    ['Empty early', 1, 500, '2026-06-17T00:00:00.000Z'],
    ['Year', 2, 20_000, '2027-01-01T00:00:00.000Z'],
  ] as const) {
    await steady.client.v1.customers.commits.create({
      customer_id: drainedId,
      type: 'PREPAID',
      priority,
      product_id: steady.productId,
      name,
      access_schedule: { schedule_items: [{ amount, starting_at: '2026-06-01T00:00:00.000Z', ending_before: endingBefore }] },
    });
  }
  for (let day = 1; day <= 14; day += 1) {
    clock.set(`2026-06-${String(day).padStart(2, '0')}T10:00:00.000Z`);
    await steady.ingest(100);
    await steady.ingest(100, 'us', shortId);
    await steady.ingest(100, 'us', drainedId);
    if (day === 2) await steady.ingest(50, 'us', stoppedId);
  }
  clock.set('2026-06-15T09:00:00.000Z');
  await steady.ingest(50);
  await steady.ingest(50, 'us', shortId);
  await steady.ingest(50, 'us', drainedId);
  clock.set(NOW);

  await alert(steady.customerId, 'usage_threshold_reached', 'Usage 2,000', 2000);
  await alert(steady.customerId, 'usage_threshold_reached', 'Usage 1,000', 1000);
  await alert(steady.customerId, 'spend_threshold_reached', 'Spend $250', 25_000);
  await alert(steady.customerId, 'spend_threshold_reached', 'Spend $400', 40_000);
  await alert(steady.customerId, 'low_remaining_commit_balance_reached', 'Commit under $15', 1500);
  await alert(steady.customerId, 'low_remaining_commit_percentage_reached', 'Commit under 20%', 20);
  await alert(steady.customerId, 'low_remaining_days_for_commit_segment_reached', 'Commit ends in 30 days', 30);
  await alert(steady.customerId, 'invoice_total_reached', 'Invoice $100', 10_000);
  await alert(stoppedId, 'usage_threshold_reached', 'Usage 100', 100);
  await alert(newId, 'spend_threshold_reached', 'Spend $1', 100);
  await alert(shortId, 'low_remaining_commit_balance_reached', 'Short commit under $15', 1500);
  await alert(drainedId, 'low_remaining_commit_balance_reached', 'Drained commits under $15', 1500);
});

async function forecasts(customerId: string, metricId: string | null = steady.metricId) {
  const { body } = await harness.execute(Forecasts, { id: customerId, metricId });
  expect(body.errors).toBeUndefined();
  return Object.fromEntries((body.data?.customer?.alerts?.edges ?? []).map((edge) => [edge.node.notification.name, edge.node.forecast]));
}

const OBSERVED = { observedFrom: '2026-06-08T00:00:00.000Z', observedTo: '2026-06-15T00:00:00.000Z' };

describe('forecasts computed by hand', () => {
  it('usage: 2,000 − 1,450 = 550 requests left at 100 a day → 5.5 days after now', async () => {
    expect((await forecasts(steady.customerId))['Usage 2,000']).toEqual({
      projectedAt: '2026-06-21T00:00:00.000Z',
      ratePerDay: 100,
      basis: 'USAGE',
      ...OBSERVED,
      currentValue: 1450,
      reason: null,
    });
  });

  it('spend: 25,000 − 14,500 = 10,500 cents left at 1,000 a day → 10.5 days; 40,000 is not reached before July', async () => {
    const all = await forecasts(steady.customerId);
    expect(all['Spend $250']).toEqual({
      projectedAt: '2026-06-26T00:00:00.000Z',
      ratePerDay: 1000,
      basis: 'SPEND',
      ...OBSERVED,
      currentValue: 14_500,
      reason: null,
    });
    // 25,500 left at 1,000 a day is June 41: the month (and the spend) resets first.
    expect(all['Spend $400']).toMatchObject({ projectedAt: null, reason: 'NOT_THIS_PERIOD', currentValue: 14_500, ratePerDay: 1000 });
  });

  it('balance: 5,500 − 1,500 = 4,000 cents above the line at 1,000 a day → 4 days; 20% of 20,000 is 1.5 days away', async () => {
    const all = await forecasts(steady.customerId);
    expect(all['Commit under $15']).toEqual({
      projectedAt: '2026-06-19T12:00:00.000Z',
      ratePerDay: 1000,
      basis: 'SPEND',
      ...OBSERVED,
      currentValue: 5500,
      reason: null,
    });
    // 27.5% left, 5 points a day: (5,500 − 4,000) / 1,000 = 1.5 days.
    expect(all['Commit under 20%']).toEqual({
      projectedAt: '2026-06-17T00:00:00.000Z',
      ratePerDay: 5,
      basis: 'SPEND',
      ...OBSERVED,
      currentValue: 27.5,
      reason: null,
    });
  });

  it('days left: exactly 30 days before the segment ends on 2027-01-01', async () => {
    expect((await forecasts(steady.customerId))['Commit ends in 30 days']).toMatchObject({
      projectedAt: '2026-12-02T00:00:00.000Z',
      basis: 'SCHEDULE',
      reason: null,
    });
  });
});

describe('forecasts without a date say why', () => {
  it('already in alarm, not forecastable, no burn, no history', async () => {
    const all = await forecasts(steady.customerId);
    expect(all['Usage 1,000']).toMatchObject({ projectedAt: null, reason: 'ALREADY_IN_ALARM' });
    expect(all['Invoice $100']).toMatchObject({ projectedAt: null, reason: 'NOT_FORECASTABLE' });
    expect((await forecasts(steady.customerId, null))['Usage 2,000']).toMatchObject({ projectedAt: null, reason: 'NOT_FORECASTABLE' });
    expect((await forecasts(stoppedId))['Usage 100']).toMatchObject({
      projectedAt: null,
      reason: 'NO_BURN',
      currentValue: 50,
      ratePerDay: 0,
    });
    expect((await forecasts(newId))['Spend $1']).toMatchObject({ projectedAt: null, reason: 'NO_HISTORY' });
  });

  it('a balance that would cross after its commit ends: 4,000 cents above the line at 1,000 a day is June 19 12:00, the commit ends June 18', async () => {
    expect((await forecasts(shortId))['Short commit under $15']).toEqual({
      projectedAt: null,
      ratePerDay: 1000,
      basis: 'SPEND',
      ...OBSERVED,
      currentValue: 5500,
      reason: 'ENDS_FIRST',
    });
  });

  it('an empty commit ending first changes nothing: (0 + 6,000) − 1,500 = 4,500 cents above the line at 1,000 a day → 4.5 days, past the empty one’s end', async () => {
    expect((await forecasts(drainedId))['Drained commits under $15']).toEqual({
      projectedAt: '2026-06-20T00:00:00.000Z',
      ratePerDay: 1000,
      basis: 'SPEND',
      ...OBSERVED,
      currentValue: 6000,
      reason: null,
    });
  });

  it('reads each customer’s data once however many alerts ask: draft invoice, breakdowns, balances, usage', async () => {
    await harness.sandboxHarness.resetCalls();
    await forecasts(steady.customerId);
    const calls = await harness.sandboxHarness.calls();
    const id = steady.customerId;
    expect(calls).toEqual({
      [`GET /v1/customers/${id}`]: 1,
      'POST /v1/customer-alerts/list': 1,
      [`GET /v1/customers/${id}/invoices`]: 1,
      [`GET /v1/customers/${id}/invoices/breakdowns`]: 1,
      'POST /v1/contracts/customerBalances/list': 1,
      'POST /v1/usage': 1,
    });
  });
});
