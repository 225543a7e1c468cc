/**
 * Sandbox load sanity: 100,000 usage events (1,000 batches of 100, over HTTP) across 1,000
 * customers with 20 threshold notifications each, evaluated as they arrive.
 * Run: npm run bench -- sandbox-ingest   (or: npx tsx bench/sandbox-ingest.ts)
 */
import { Pool } from 'undici';
import { Sandbox } from '../src/sandbox/server.js';
import { printTable } from './report.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000);
const ALERTS_PER_CUSTOMER = 20;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 1_000);
const BATCH_SIZE = 100;
const CONCURRENCY = 4;

const ALERT_MIX = [
  { alert_type: 'spend_threshold_reached', threshold: 5_000 },
  { alert_type: 'low_remaining_commit_balance_reached', threshold: 1_000 },
  { alert_type: 'low_remaining_commit_percentage_reached', threshold: 10 },
  { alert_type: 'invoice_total_reached', threshold: 20_000 },
] as const;

export async function run(): Promise<Record<string, string | number>> {
  const sandbox = new Sandbox();
  const org = sandbox.createOrganization('bench-ingest-token');
  const post = async (path: string, body: unknown) =>
    ((await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;

  const setupStarted = performance.now();
  const metric = await post('/v1/billable-metrics/create', {
    name: 'Requests',
    aggregation_type: 'COUNT',
    event_type_filter: { in_values: ['request'] },
  });
  const usageProduct = await post('/v1/contract-pricing/products/create', { name: 'API', type: 'USAGE', billable_metric_id: metric });
  const fixed = await post('/v1/contract-pricing/products/create', { name: 'Commit', type: 'FIXED' });
  const customers: string[] = [];
  for (let c = 0; c < CUSTOMERS; c += 1) {
    const customer = await post('/v1/customers', { name: `Customer ${c}` });
    customers.push(customer);
    await post('/v1/contracts/customerCommits/create', {
      customer_id: customer,
      type: 'PREPAID',
      priority: 1,
      product_id: fixed,
      access_schedule: {
        schedule_items: [{ amount: 10_000, starting_at: '2020-01-01T00:00:00.000Z', ending_before: '2100-01-01T00:00:00.000Z' }],
      },
    });
    for (let a = 0; a < ALERTS_PER_CUSTOMER; a += 1) {
      const mix = ALERT_MIX[a % ALERT_MIX.length] ?? ALERT_MIX[0];
      await post('/v1/alerts/create', { ...mix, name: `Alert ${a}`, threshold: mix.threshold + a, customer_id: customer });
    }
  }
  void usageProduct;
  const setupSeconds = (performance.now() - setupStarted) / 1000;

  const url = await sandbox.listen('127.0.0.1', 0);
  const pool = new Pool(url, { connections: CONCURRENCY });
  const now = new Date().toISOString();
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (;;) {
      const batch = next;
      next += 1;
      if (batch >= BATCHES) return;
      const events = Array.from({ length: BATCH_SIZE }, (_, i) => ({
        transaction_id: `b${batch}-${i}`,
        customer_id: customers[(batch * BATCH_SIZE + i) % customers.length],
        event_type: 'request',
        timestamp: now,
      }));
      const response = await pool.request({
        method: 'POST',
        path: '/v1/ingest',
        headers: { authorization: 'Bearer bench-ingest-token', 'content-type': 'application/json' },
        body: JSON.stringify(events),
      });
      await response.body.dump();
      if (response.statusCode !== 200) throw new Error(`ingest answered ${response.statusCode}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  await sandbox.close();

  const events = BATCHES * BATCH_SIZE;
  const inAlarm = [...org.pairs.values()].filter((pair) => pair.status === 'in_alarm').length;
  return {
    customers: CUSTOMERS,
    'notifications (pairs)': CUSTOMERS * ALERTS_PER_CUSTOMER,
    events,
    'setup (s)': setupSeconds.toFixed(1),
    'ingest + evaluation (s)': seconds.toFixed(2),
    'events/s': Math.round(events / seconds),
    'batches/s': Math.round(BATCHES / seconds),
    'pairs in alarm at the end': inAlarm,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable('Sandbox ingest and evaluation', await run());
}
