import Metronome from '@metronome/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../helpers/manual-clock.js';
import { useSandbox } from '../helpers/sandbox.js';
import { startReceiver, type WebhookReceiver } from '../helpers/receiver.js';
import { recordDeliveries, webhooksSettled } from '../helpers/webhook-deliveries.js';

// The billing engine, driven the way an integrator would: through the SDK, with usage arriving
// by ingest and notifications arriving as signed webhooks at a real local receiver. Time moves
// only when a test moves the clock.

const START = '2026-06-15T12:00:00.000Z';
const clock = new ManualClock(START);
const harness = useSandbox({ clock, webhooks: { baseDelayMs: 10, maxDelayMs: 50 } });
const SECRET = 'whsec-engine-tests';
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
});

interface World {
  token: string;
  client: Metronome;
  customerId: string;
  metricId: string;
  productId: string;
  /** Ingests `count` API requests for the customer (10 cents each), in the region given. */
  ingest(count: number, region?: string, customer?: string): Promise<void>;
  status(alertId: string, customerId?: string): Promise<string | null>;
  webhooksFor(alertId: string): Array<{ id: string; type: string; properties: Record<string, unknown> }>;
  commit(amount: number, options?: { priority?: number; endingBefore?: string; type?: 'PREPAID' | 'POSTPAID' }): Promise<string>;
  balances(): Promise<Record<string, number | undefined>>;
}

let transaction = 0;

async function world(options: { sendResolved?: boolean } = {}): Promise<World> {
  clock.set(START);
  const token = harness.newOrganization();
  const client = harness.sdk(token);
  const { data: metric } = await client.v1.billableMetrics.create({
    name: 'API requests',
    aggregation_type: 'COUNT',
    event_type_filter: { in_values: ['api_request'] },
    group_keys: [['region']],
  });
  const { data: product } = await client.v1.contracts.products.create({ name: 'API', type: 'USAGE', billable_metric_id: metric.id });
  const { data: customer } = await client.v1.customers.create({ name: 'Metered', ingest_aliases: [`metered-${token}`] });
  const admin = async (path: string, body: unknown) => {
    const response = await fetch(`${harness.url}/__sandbox/organizations/${token}/${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(await response.text());
  };
  await admin('rate-card', { rates: [{ product_id: product.id, unit_price: 10 }] });
  await admin('webhooks', { destinations: [{ url: receiver.url, secret: SECRET }], send_resolved: options.sendResolved ?? false });

  return {
    token,
    client,
    customerId: customer.id,
    metricId: metric.id,
    productId: product.id,
    async ingest(count, region = 'us', customerId = customer.id) {
      const events = Array.from({ length: count }, () => ({
        transaction_id: `t-${(transaction += 1)}`,
        customer_id: customerId,
        event_type: 'api_request',
        timestamp: clock.now().toISOString(),
        properties: { region },
      }));
      for (let i = 0; i < events.length; i += 100) await client.v1.usage.ingest({ usage: events.slice(i, i + 100) });
    },
    async status(alertId, customerId = customer.id) {
      return (await client.v1.customers.alerts.retrieve({ customer_id: customerId, alert_id: alertId })).data.customer_status;
    },
    webhooksFor(alertId) {
      return receiver.received.map((r) => r.json).filter((json) => json.properties.alert_id === alertId);
    },
    async commit(amount, commitOptions = {}) {
      const type = commitOptions.type ?? 'PREPAID';
      const { data } = await client.v1.customers.commits.create({
        customer_id: customer.id,
        type,
        priority: commitOptions.priority ?? 1,
        product_id: product.id,
        access_schedule: {
          schedule_items: [
            { amount, starting_at: '2026-01-01T00:00:00.000Z', ending_before: commitOptions.endingBefore ?? '2027-01-01T00:00:00.000Z' },
          ],
        },
        ...(type === 'POSTPAID' && {
          invoice_contract_id: '00000000-0000-4000-8000-000000000001',
          invoice_schedule: { schedule_items: [{ amount, timestamp: '2027-01-01T00:00:00.000Z' }] },
        }),
      });
      return data.id;
    },
    async balances() {
      const { data } = await client.v1.customers.commits.list({ customer_id: customer.id, include_balance: true });
      return Object.fromEntries(data.map((commit) => [commit.id, commit.balance]));
    },
  };
}

async function settle(): Promise<void> {
  await webhooksSettled(harness.sandbox.webhooks);
}

describe('usage and spend thresholds', () => {
  it('flips usage_threshold_reached on the exact event that reaches it, and sends one signed webhook', async () => {
    const w = await world();
    const { data } = await w.client.v1.alerts.create({
      alert_type: 'usage_threshold_reached',
      name: '5 requests',
      threshold: 5,
      billable_metric_id: w.metricId,
      customer_id: w.customerId,
    });
    await w.ingest(4);
    expect(await w.status(data.id)).toBe('ok');
    await w.ingest(1);
    expect(await w.status(data.id)).toBe('in_alarm');
    await settle();
    const hooks = w.webhooksFor(data.id);
    expect(hooks.map((h) => [h.type, h.properties.current_usage, h.properties.triggered_by])).toEqual([
      ['alerts.usage_threshold_reached', 5, 'usage'],
    ]);

    const delivered = receiver.received.find((r) => r.json.id === hooks[0]?.id);
    const verified = new Metronome({ bearerToken: 'unused', webhookSecret: SECRET }).webhooks.unwrap(
      delivered?.body ?? '',
      delivered?.headers as Record<string, string>,
    );
    expect(verified).toMatchObject({ id: hooks[0]?.id, type: 'alerts.usage_threshold_reached' });
    expect(delivered?.headers['x-metronome-date']).toBe(delivered?.headers.date);

    await w.ingest(10);
    await settle();
    expect(w.webhooksFor(data.id)).toHaveLength(1); // no repeat while it stays in alarm
  });

  it('evaluates spend for one group value only when the notification says so', async () => {
    const w = await world();
    const { data } = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: 'EU spend $1',
      threshold: 100,
      customer_id: w.customerId,
      group_values: [{ key: 'region', value: 'eu' }],
    });
    await w.ingest(20, 'us');
    const euStatus = async () =>
      (
        await w.client.v1.customers.alerts.retrieve({
          customer_id: w.customerId,
          alert_id: data.id,
          group_values: [{ key: 'region', value: 'eu' }],
        })
      ).data.customer_status;
    expect(await euStatus()).toBe('ok');
    await w.ingest(10, 'eu');
    expect(await euStatus()).toBe('in_alarm');
  });

  it('resolves when a new billing period starts, and says so when the organization opts in', async () => {
    const w = await world({ sendResolved: true });
    const { data } = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: '$1',
      threshold: 100,
      customer_id: w.customerId,
    });
    await w.ingest(10);
    expect(await w.status(data.id)).toBe('in_alarm');
    clock.set('2026-07-01T00:00:01.000Z');
    harness.sandbox.engine(w.token)?.tick();
    expect(await w.status(data.id)).toBe('ok');
    await settle();
    expect(w.webhooksFor(data.id).map((h) => h.type)).toEqual(['alerts.spend_threshold_reached', 'alerts.spend_threshold_resolved']);
  });

  it('evaluates the draft invoice for invoice_total_reached and monthly totals, after commits are drawn', async () => {
    const w = await world();
    await w.commit(50);
    const invoice = await w.client.v1.alerts.create({
      alert_type: 'invoice_total_reached',
      name: 'Invoice $1',
      threshold: 100,
      customer_id: w.customerId,
    });
    const monthly = await w.client.v1.alerts.create({
      alert_type: 'monthly_invoice_total_spend_threshold_reached',
      name: 'Month $1',
      threshold: 100,
      customer_id: w.customerId,
    });
    await w.ingest(14); // $1.40 of usage, 50 cents covered by the commit: 90 cents on the invoice
    expect(await w.status(invoice.data.id)).toBe('ok');
    expect(await w.status(monthly.data.id)).toBe('ok');
    await w.ingest(1);
    expect(await w.status(invoice.data.id)).toBe('in_alarm');
    expect(await w.status(monthly.data.id)).toBe('in_alarm');
  });
});

describe('commits, credits and drawdown', () => {
  it('draws down in the documented order: priority, then earlier end', async () => {
    const w = await world();
    const later = await w.commit(1000, { priority: 2 });
    const second = await w.commit(500, { priority: 1 });
    const first = await w.commit(300, { priority: 1, endingBefore: '2026-12-01T00:00:00.000Z' });
    const postpaid = await w.commit(5000, { priority: 0, type: 'POSTPAID' });
    await w.ingest(60); // 600 cents
    expect(await w.balances()).toEqual({ [later]: 1000, [second]: 200, [first]: 0, [postpaid]: 5000 });
    await w.ingest(100); // 1000 more: second is emptied, then later takes 800
    expect(await w.balances()).toEqual({ [later]: 200, [second]: 0, [first]: 0, [postpaid]: 5000 });
    await w.ingest(100); // later empties; postpaid comes last whatever its priority
    expect(await w.balances()).toEqual({ [later]: 0, [second]: 0, [first]: 0, [postpaid]: 4200 });

    const { data } = await w.client.v1.customers.commits.list({ customer_id: w.customerId, commit_id: second, include_ledgers: true });
    expect(data[0]?.ledger?.map((entry) => [entry.type, entry.amount])).toEqual([
      ['PREPAID_COMMIT_SEGMENT_START', 500],
      ['PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', -500],
    ]);
  });

  it('fires low_remaining_commit_balance_reached and the percentage variant as the balance drains', async () => {
    const w = await world();
    await w.commit(1000);
    const balance = await w.client.v1.alerts.create({
      alert_type: 'low_remaining_commit_balance_reached',
      name: '≤ $5',
      threshold: 500,
      customer_id: w.customerId,
    });
    const percent = await w.client.v1.alerts.create({
      alert_type: 'low_remaining_commit_percentage_reached',
      name: '≤ 25%',
      threshold: 25,
      customer_id: w.customerId,
    });
    await w.ingest(49);
    expect([await w.status(balance.data.id), await w.status(percent.data.id)]).toEqual(['ok', 'ok']);
    await w.ingest(1);
    expect([await w.status(balance.data.id), await w.status(percent.data.id)]).toEqual(['in_alarm', 'ok']);
    await w.ingest(26);
    expect([await w.status(balance.data.id), await w.status(percent.data.id)]).toEqual(['in_alarm', 'in_alarm']);
    await settle();
    expect(w.webhooksFor(balance.data.id)[0]?.properties).toMatchObject({ remaining_balance: 500, threshold: 500 });
  });

  it('evaluates credits alone, and commits and credits together', async () => {
    const w = await world();
    await w.client.v1.customers.credits.create({
      customer_id: w.customerId,
      priority: 1,
      product_id: w.productId,
      access_schedule: {
        schedule_items: [{ amount: 200, starting_at: '2026-01-01T00:00:00.000Z', ending_before: '2027-01-01T00:00:00.000Z' }],
      },
    });
    await w.commit(300, { priority: 5 });
    const credit = await w.client.v1.alerts.create({
      alert_type: 'low_remaining_contract_credit_balance_reached',
      name: 'credit ≤ $1',
      threshold: 100,
      customer_id: w.customerId,
    });
    const creditPct = await w.client.v1.alerts.create({
      alert_type: 'low_remaining_contract_credit_percentage_reached',
      name: 'credit ≤ 10%',
      threshold: 10,
      customer_id: w.customerId,
    });
    const both = await w.client.v1.alerts.create({
      alert_type: 'low_remaining_contract_credit_and_commit_balance_reached',
      name: 'all ≤ $2',
      threshold: 200,
      customer_id: w.customerId,
    });
    await w.ingest(10); // credit drawn first (priority 1): 100 left
    expect([await w.status(credit.data.id), await w.status(creditPct.data.id), await w.status(both.data.id)]).toEqual([
      'in_alarm',
      'ok',
      'ok',
    ]);
    await w.ingest(20); // credit empty, commit 100 left
    expect([await w.status(credit.data.id), await w.status(creditPct.data.id), await w.status(both.data.id)]).toEqual([
      'in_alarm',
      'in_alarm',
      'in_alarm',
    ]);
  });

  it('counts days left on the active segment, and reports expired commits at zero', async () => {
    const w = await world();
    const commitId = await w.commit(1000, { endingBefore: '2026-07-01T00:00:00.000Z' });
    const days = await w.client.v1.alerts.create({
      alert_type: 'low_remaining_days_for_commit_segment_reached',
      name: '≤ 10 days',
      threshold: 10,
      customer_id: w.customerId,
    });
    const low = await w.client.v1.alerts.create({
      alert_type: 'low_remaining_commit_balance_reached',
      name: 'low',
      threshold: 10,
      customer_id: w.customerId,
    });
    expect(await w.status(days.data.id)).toBe('ok');
    clock.set('2026-06-22T00:00:00.000Z');
    harness.sandbox.engine(w.token)?.tick();
    expect(await w.status(days.data.id)).toBe('in_alarm');

    clock.set('2026-07-02T00:00:00.000Z');
    harness.sandbox.engine(w.token)?.tick();
    expect(await w.balances()).toEqual({ [commitId]: 0 });
    const { data } = await w.client.v1.customers.commits.list({ customer_id: w.customerId, include_ledgers: true });
    expect(data[0]?.ledger?.map((entry) => [entry.type, entry.amount])).toEqual([
      ['PREPAID_COMMIT_SEGMENT_START', 1000],
      ['PREPAID_COMMIT_EXPIRATION', -1000],
    ]);
    // No active commit left: nothing can run low, so the balance notification is OK.
    expect(await w.status(low.data.id)).toBe('ok');
  });
});

describe('notification lifecycle', () => {
  it('reports archived notifications as null and stops evaluating them', async () => {
    const w = await world();
    const { data } = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: '$1',
      threshold: 100,
      customer_id: w.customerId,
    });
    await w.client.v1.alerts.archive({ id: data.id });
    await w.ingest(20);
    expect(await w.status(data.id)).toBeNull();
    await settle();
    expect(w.webhooksFor(data.id)).toEqual([]);
  });

  it('notifies again after a reset when the customer is still over the threshold', async () => {
    const w = await world();
    const { data } = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: '$1',
      threshold: 100,
      customer_id: w.customerId,
    });
    await w.ingest(10);
    await settle();
    expect(w.webhooksFor(data.id)).toHaveLength(1);
    await w.client.v1.customers.alerts.reset({ customer_id: w.customerId, alert_id: data.id });
    await new Promise((resolve) => setImmediate(resolve));
    await settle();
    expect(w.webhooksFor(data.id).map((h) => h.properties.triggered_by)).toEqual(['usage', 'reset']);
    expect(await w.status(data.id)).toBe('in_alarm');
  });

  it('with evaluate_on_create false, takes the initial state silently', async () => {
    const w = await world();
    await w.ingest(10);
    const quiet = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: 'quiet',
      threshold: 50,
      customer_id: w.customerId,
      evaluate_on_create: false,
    });
    const loud = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: 'loud',
      threshold: 50,
      customer_id: w.customerId,
    });
    await settle();
    expect(await w.status(quiet.data.id)).toBe('in_alarm');
    expect(w.webhooksFor(quiet.data.id)).toEqual([]);
    expect(w.webhooksFor(loud.data.id)).toHaveLength(1);
  });

  it('applies an all-customers notification to a customer created afterwards', async () => {
    const w = await world();
    const { data } = await w.client.v1.alerts.create({
      alert_type: 'usage_threshold_reached',
      name: 'any 3',
      threshold: 3,
      billable_metric_id: w.metricId,
    });
    const { data: late } = await w.client.v1.customers.create({ name: 'Latecomer' });
    expect(await w.status(data.id, late.id)).toBe('ok');
    await w.ingest(3, 'us', late.id);
    expect(await w.status(data.id, late.id)).toBe('in_alarm');
    await settle();
    expect(w.webhooksFor(data.id).map((h) => h.properties.customer_id)).toEqual([late.id]);
  });
});

describe('webhook delivery', () => {
  it('retries a failing receiver with the same notification id until it accepts', async () => {
    const w = await world();
    const { data } = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: '$1',
      threshold: 100,
      customer_id: w.customerId,
    });
    receiver.respondWith([500, 503]);
    await w.ingest(10);
    await settle();
    const deliveries = w.webhooksFor(data.id);
    expect(deliveries).toHaveLength(3);
    expect(new Set(deliveries.map((d) => d.id)).size).toBe(1);
  });

  it('does not hold evaluation up while a receiver is slow', async () => {
    const w = await world();
    const { data } = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: '$1',
      threshold: 100,
      customer_id: w.customerId,
    });
    const other = await w.client.v1.customers.create({ name: 'Other' });
    const second = await w.client.v1.alerts.create({
      alert_type: 'spend_threshold_reached',
      name: '$1 other',
      threshold: 100,
      customer_id: other.data.id,
    });
    receiver.delayBy(1_000);
    const attempts = recordDeliveries(harness.sandbox.webhooks);
    try {
      await w.ingest(10);
      await w.ingest(10, 'us', other.data.id);
      // Both customers are already in alarm while the first webhook is still being answered.
      expect(await w.status(data.id)).toBe('in_alarm');
      expect(await w.status(second.data.id, other.data.id)).toBe('in_alarm');
      const sent = new Set([...w.webhooksFor(data.id), ...w.webhooksFor(second.data.id)].map((hook) => hook.id));
      const answered = attempts.filter((attempt) => sent.has(attempt.notificationId));
      expect(answered).toEqual([]);
    } finally {
      receiver.delayBy(0);
      await settle();
    }
  });
});
