import type { Sandbox } from './server.js';
import { USD_CENTS_ID, type Organization } from './store/organization.js';

/** The demo organization's token unless `SANDBOX_DEMO_TOKEN` says otherwise. */
export const DEFAULT_DEMO_TOKEN = 'sandbox-demo-token';

const DAY_MS = 24 * 60 * 60 * 1000;

interface DemoCustomer {
  name: string;
  alias: string;
  tier: string;
}

const CUSTOMERS: DemoCustomer[] = [
  { name: 'Acme Corporation', alias: 'acme', tier: 'enterprise' },
  { name: 'Globex', alias: 'globex', tier: 'enterprise' },
  { name: 'Initech', alias: 'initech', tier: 'growth' },
  { name: 'Umbrella Labs', alias: 'umbrella', tier: 'growth' },
  { name: 'Hooli', alias: 'hooli', tier: 'startup' },
  { name: 'Stark Industries', alias: 'stark', tier: 'enterprise' },
];

/** The ids of what the demo seed created, for the simulator and for docs/examples. */
export interface DemoWorld {
  org: Organization;
  customers: Record<string, string>;
  metrics: { apiRequests: string; computeHours: string };
  products: { api: string; compute: string; platform: string };
}

async function create(sandbox: Sandbox, org: Organization, path: string, body: unknown): Promise<string> {
  const result = (await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } };
  return result.data.id;
}

/**
 * Seeds an organization with a small, believable billing world: customers with ingest aliases,
 * billable metrics, products, prepaid and postpaid commits, a credit, and threshold notifications.
 */
export async function seedDemo(sandbox: Sandbox, org: Organization): Promise<DemoWorld> {
  const now = sandbox.clock.now();
  const yearStart = new Date(Date.UTC(now.getUTCFullYear(), 0, 1)).toISOString();
  const yearEnd = new Date(Date.UTC(now.getUTCFullYear() + 1, 0, 1)).toISOString();
  const quarterEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 1)).toISOString();

  const apiRequests = await create(sandbox, org, '/v1/billable-metrics/create', {
    name: 'API requests',
    aggregation_type: 'COUNT',
    event_type_filter: { in_values: ['api_request'] },
    group_keys: [['region']],
  });
  const computeHours = await create(sandbox, org, '/v1/billable-metrics/create', {
    name: 'Compute hours',
    aggregation_type: 'SUM',
    aggregation_key: 'cpu_hours',
    event_type_filter: { in_values: ['compute'] },
    property_filters: [{ name: 'cpu_hours', exists: true }],
    group_keys: [['region']],
  });
  const api = await create(sandbox, org, '/v1/contract-pricing/products/create', {
    name: 'API usage',
    type: 'USAGE',
    billable_metric_id: apiRequests,
    tags: ['usage'],
  });
  const compute = await create(sandbox, org, '/v1/contract-pricing/products/create', {
    name: 'Compute',
    type: 'USAGE',
    billable_metric_id: computeHours,
    tags: ['usage', 'compute'],
  });
  const platform = await create(sandbox, org, '/v1/contract-pricing/products/create', { name: 'Platform commitment', type: 'FIXED' });

  const customers: Record<string, string> = {};
  for (const customer of CUSTOMERS) {
    const result = (await sandbox.dispatch(org, 'POST', '/v1/customers', {
      name: customer.name,
      ingest_aliases: [customer.alias, `${customer.alias}@example.com`],
      custom_fields: { tier: customer.tier },
    })) as { data: { id: string } };
    customers[customer.alias] = result.data.id;
  }
  const id = (alias: string): string => customers[alias] ?? '';

  const prepaid = (customer: string, amount: number, priority: number, name: string, endingBefore = yearEnd) =>
    create(sandbox, org, '/v1/contracts/customerCommits/create', {
      customer_id: id(customer),
      type: 'PREPAID',
      name,
      priority,
      product_id: platform,
      access_schedule: { schedule_items: [{ amount, starting_at: yearStart, ending_before: endingBefore }] },
    });
  await prepaid('acme', 50_000, 10, 'Acme annual prepaid commit');
  await prepaid('acme', 5_000, 1, 'Acme launch bonus', quarterEnd);
  await prepaid('initech', 20_000, 10, 'Initech prepaid commit');
  await prepaid('stark', 200_000, 10, 'Stark enterprise commit');
  await create(sandbox, org, '/v1/contracts/customerCommits/create', {
    customer_id: id('globex'),
    type: 'POSTPAID',
    name: 'Globex minimum spend',
    priority: 20,
    product_id: platform,
    invoice_contract_id: '00000000-0000-4000-8000-000000000001',
    access_schedule: { schedule_items: [{ amount: 100_000, starting_at: yearStart, ending_before: yearEnd }] },
    invoice_schedule: { schedule_items: [{ amount: 100_000, timestamp: yearEnd }] },
  });
  await create(sandbox, org, '/v1/contracts/customerCredits/create', {
    customer_id: id('hooli'),
    name: 'Hooli startup credit',
    priority: 1,
    product_id: platform,
    access_schedule: { schedule_items: [{ amount: 10_000, starting_at: yearStart, ending_before: yearEnd }] },
  });

  // Prices: an API request costs 1 cent, a compute hour 50 cents. Resolved webhooks are on, so
  // dashboards see customers leave alarm as promptly as they enter it.
  org.rateCard.set(api, { unitPrice: 1, creditTypeId: USD_CENTS_ID });
  org.rateCard.set(compute, { unitPrice: 50, creditTypeId: USD_CENTS_ID });
  org.sendResolvedWebhooks = true;

  // This month's usage so far: Hooli has burned most of its credit, Acme is near its API quota,
  // Initech has used two thirds of its commit, Umbrella is over the spend line.
  const history: Array<[string, string, number, Record<string, string | number>]> = [
    ['acme', 'api_request', 1_850, { region: 'us' }],
    ['hooli', 'compute', 170, { cpu_hours: 1, region: 'eu' }],
    ['initech', 'compute', 265, { cpu_hours: 1, region: 'us' }],
    ['umbrella', 'api_request', 26_000, { region: 'eu' }],
    ['globex', 'compute', 80, { cpu_hours: 1, region: 'us' }],
  ];
  let sequence = 0;
  const ingest = async (
    events: Array<{ customer_id: string; event_type: string; timestamp: string; properties: Record<string, string | number> }>,
  ) => {
    const numbered = events.map((event) => ({ transaction_id: `demo-history-${(sequence += 1)}`, ...event }));
    for (let i = 0; i < numbered.length; i += 100) await sandbox.dispatch(org, 'POST', '/v1/ingest', numbered.slice(i, i + 100));
  };

  // Three finalized months of compute, one event a day per customer, growing through each month,
  // so invoices and spend series have a past to show.
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const past: Array<{ customer_id: string; event_type: string; timestamp: string; properties: Record<string, string | number> }> = [];
  for (let day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1); day < monthStart; day += DAY_MS) {
    const dayOfMonth = new Date(day).getUTCDate();
    CUSTOMERS.forEach((customer, index) => {
      past.push({
        customer_id: customer.alias,
        event_type: 'compute',
        timestamp: new Date(day + 12 * 60 * 60 * 1000).toISOString(),
        properties: { cpu_hours: (index + 1) * (2 + dayOfMonth / 10), region: index % 2 === 0 ? 'us' : 'eu' },
      });
    });
  }
  await ingest(past);

  // This month's totals are spread over the days so far with a rising trend (day d gets a share
  // proportional to d), today's share arriving now: daily series and forecasts see a pace.
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const days = Math.round((today - monthStart) / DAY_MS) + 1;
  const weights = (days * (days + 1)) / 2;
  for (const [alias, eventType, count, properties] of history) {
    let given = 0;
    const events = [];
    for (let d = 1; d <= days; d += 1) {
      const share = d === days ? count - given : Math.floor((count * d) / weights);
      given += share;
      const at = d === days ? now.getTime() : monthStart + (d - 1) * DAY_MS + 12 * 60 * 60 * 1000;
      for (let i = 0; i < share; i += 1) {
        events.push({ customer_id: alias, event_type: eventType, timestamp: new Date(at).toISOString(), properties });
      }
    }
    await ingest(events);
  }

  const alert = (body: Record<string, unknown>) => create(sandbox, org, '/v1/alerts/create', body);
  await alert({ alert_type: 'spend_threshold_reached', name: 'Monthly spend over $250', threshold: 25_000 });
  await alert({
    alert_type: 'usage_threshold_reached',
    name: 'Acme API requests over 2,000',
    threshold: 2_000,
    customer_id: id('acme'),
    billable_metric_id: apiRequests,
  });
  await alert({ alert_type: 'low_remaining_commit_balance_reached', name: 'Commit balance under $100', threshold: 10_000 });
  await alert({ alert_type: 'low_remaining_contract_credit_balance_reached', name: 'Credit balance under $20', threshold: 2_000 });
  await alert({
    alert_type: 'low_remaining_commit_percentage_reached',
    name: 'Initech commit 75% used',
    threshold: 25,
    customer_id: id('initech'),
  });
  await alert({
    alert_type: 'low_remaining_days_for_commit_segment_reached',
    name: 'Commit ends within 30 days',
    threshold: 30,
  });

  return { org, customers, metrics: { apiRequests, computeHours }, products: { api, compute, platform } };
}
