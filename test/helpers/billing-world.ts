import type Metronome from '@metronome/sdk';
import type { ManualClock } from './manual-clock.js';
import type { SandboxHarness } from './sandbox.js';

/** A customer with metered usage, a credit and a prepaid commit, built through the SDK. */
export interface BillingWorld {
  token: string;
  client: Metronome;
  customerId: string;
  otherCustomerId: string;
  metricId: string;
  productId: string;
  creditId: string;
  commitId: string;
  /** Ingests `count` API requests for a customer at the clock's current time. */
  ingest(count: number, region?: string, customerId?: string): Promise<void>;
}

let transaction = 0;

/**
 * Builds the world at the clock's time: a COUNT metric grouped by region, a USAGE product at
 * 10 cents a request, a credit of `credit` (priority 1) and a prepaid commit of `commit`
 * (priority 2), both covering 2026.
 */
export async function billingWorld(
  harness: SandboxHarness,
  clock: ManualClock,
  amounts: { credit: number; commit: number } = { credit: 250, commit: 100 },
  /** An existing organization (e.g. the one a gateway serves); a new one when not given. */
  existingToken?: string,
): Promise<BillingWorld> {
  const token = existingToken ?? harness.newOrganization();
  const client = harness.sdk(token);
  const { data: metric } = await client.v1.billableMetrics.create({
    name: 'API requests',
    aggregation_type: 'COUNT',
    event_type_filter: { in_values: ['api_request'] },
    group_keys: [['region']],
  });
  const { data: product } = await client.v1.contracts.products.create({ name: 'API', type: 'USAGE', billable_metric_id: metric.id });
  const response = await fetch(`${harness.url}/__sandbox/organizations/${token}/rate-card`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rates: [{ product_id: product.id, unit_price: 10 }] }),
  });
  if (!response.ok) throw new Error(await response.text());
  const { data: customer } = await client.v1.customers.create({ name: 'Metered' });
  const { data: other } = await client.v1.customers.create({ name: 'Quiet' });
  const schedule = (amount: number) => ({
    schedule_items: [{ amount, starting_at: '2026-01-01T00:00:00.000Z', ending_before: '2027-01-01T00:00:00.000Z' }],
  });
  const { data: credit } = await client.v1.customers.credits.create({
    customer_id: customer.id,
    priority: 1,
    product_id: product.id,
    name: 'Welcome credit',
    access_schedule: schedule(amounts.credit),
  });
  const { data: commit } = await client.v1.customers.commits.create({
    customer_id: customer.id,
    type: 'PREPAID',
    priority: 2,
    product_id: product.id,
    name: 'Prepaid',
    access_schedule: schedule(amounts.commit),
  });
  return {
    token,
    client,
    customerId: customer.id,
    otherCustomerId: other.id,
    metricId: metric.id,
    productId: product.id,
    creditId: credit.id,
    commitId: commit.id,
    async ingest(count, region = 'us', customerId = customer.id) {
      const events = Array.from({ length: count }, () => ({
        transaction_id: `billing-${(transaction += 1)}`,
        customer_id: customerId,
        event_type: 'api_request',
        timestamp: clock.now().toISOString(),
        properties: { region },
      }));
      for (let i = 0; i < events.length; i += 100) await client.v1.usage.ingest({ usage: events.slice(i, i + 100) });
    },
  };
}
