import { BadRequestError, ConflictError, NotFoundError, AuthenticationError } from '@metronome/sdk';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../helpers/manual-clock.js';
import { countCalls, useSandbox } from '../helpers/sandbox.js';
import { YEAR_END, YEAR_START } from '../helpers/world.js';

// Every call here goes through the official SDK: if the sandbox drifts from Metronome's wire
// protocol (paths, envelopes, cursors, error statuses), these tests fail.

const clock = new ManualClock('2026-06-15T12:00:00.000Z');
const harness = useSandbox({ clock, customerAlertsPageSize: 2 });

async function setup() {
  const token = harness.newOrganization();
  const client = harness.sdk(token);
  const { data: metric } = await client.v1.billableMetrics.create({ name: 'Requests', aggregation_type: 'COUNT' });
  const org = harness.sandbox.organization(token);
  if (!org) throw new Error('organization missing');
  const { data: product } = (await harness.sandbox.dispatch(org, 'POST', '/v1/contract-pricing/products/create', {
    name: 'Platform',
    type: 'FIXED',
  })) as { data: { id: string } };
  const { data: customer } = await client.v1.customers.create({ name: 'Acme', ingest_aliases: ['acme'] });
  return { token, client, metricId: metric.id, productId: product.id, customerId: customer.id };
}

describe('customers through the SDK', () => {
  it('creates customers and lists them across several pages with auto-pagination', async () => {
    const { client } = await setup();
    for (let i = 0; i < 6; i += 1) await client.v1.customers.create({ name: `Customer ${i}`, ingest_aliases: [`c-${i}`] });
    await harness.resetCalls();

    const names: string[] = [];
    for await (const customer of client.v1.customers.list({ limit: 3 })) names.push(customer.name);

    expect(names).toEqual(['Acme', ...Array.from({ length: 6 }, (_, i) => `Customer ${i}`)]);
    expect(countCalls(await harness.calls(), 'GET /v1/customers')).toBe(3);
  });

  it('filters by customer_ids (comma-joined by the SDK) and by ingest alias, and retrieves one', async () => {
    const { client, customerId } = await setup();
    const other = await client.v1.customers.create({ name: 'Other' });
    const page = await client.v1.customers.list({ customer_ids: [customerId, other.data.id] });
    expect(page.data.map((c) => c.id).sort()).toEqual([customerId, other.data.id].sort());
    const byAlias = await client.v1.customers.list({ ingest_alias: 'acme' });
    expect(byAlias.data.map((c) => c.id)).toEqual([customerId]);
    const one = await client.v1.customers.retrieve({ customer_id: customerId });
    expect(one.data).toMatchObject({ id: customerId, name: 'Acme', ingest_aliases: ['acme'], archived_at: null });
  });

  it('archives a customer, which then only shows up with only_archived', async () => {
    const { client, customerId } = await setup();
    await client.v1.customers.archive({ id: customerId });
    expect((await client.v1.customers.list()).data).toEqual([]);
    const archived = await client.v1.customers.list({ only_archived: true });
    expect(archived.data.map((c) => c.id)).toEqual([customerId]);
  });

  it('answers 409 for an ingest alias already in use and 404 for an unknown customer', async () => {
    const { client } = await setup();
    await expect(client.v1.customers.create({ name: 'Copy', ingest_aliases: ['acme'] })).rejects.toBeInstanceOf(ConflictError);
    await expect(client.v1.customers.retrieve({ customer_id: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses an unknown token with 401', async () => {
    await expect(harness.sdk('no-such-token').v1.customers.list()).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('commits through the SDK', () => {
  const access = (amount: number) => ({ schedule_items: [{ amount, starting_at: YEAR_START, ending_before: YEAR_END }] });

  it('creates PREPAID (lower-case type accepted) and POSTPAID commits and lists them with balance and ledger', async () => {
    const { client, customerId, productId } = await setup();
    const prepaid = await client.v1.customers.commits.create({
      customer_id: customerId,
      type: 'prepaid' as 'PREPAID',
      priority: 1,
      product_id: productId,
      name: 'Prepaid',
      access_schedule: access(10_000),
    });
    const postpaid = await client.v1.customers.commits.create({
      customer_id: customerId,
      type: 'POSTPAID',
      priority: 2,
      product_id: productId,
      invoice_contract_id: '00000000-0000-4000-8000-000000000001',
      access_schedule: access(5_000),
      invoice_schedule: { schedule_items: [{ unit_price: 5_000, quantity: 1, timestamp: YEAR_END }] },
    });

    const plain = await client.v1.customers.commits.list({ customer_id: customerId });
    expect(plain.data.map((c) => [c.id, c.type])).toEqual([
      [prepaid.data.id, 'PREPAID'],
      [postpaid.data.id, 'POSTPAID'],
    ]);
    expect(plain.data[0]).not.toHaveProperty('balance');
    expect(plain.data[0]).not.toHaveProperty('ledger');

    const rich = await client.v1.customers.commits.list({ customer_id: customerId, include_balance: true, include_ledgers: true });
    expect(rich.data.map((c) => c.balance)).toEqual([10_000, 5_000]);
    expect(rich.data[0]?.ledger?.map((entry) => entry.type)).toEqual(['PREPAID_COMMIT_SEGMENT_START']);
    expect(rich.data[1]?.ledger?.map((entry) => entry.type)).toEqual(['POSTPAID_COMMIT_INITIAL_BALANCE']);
  });

  it('pages commits with the cursor in the body (limit 1)', async () => {
    const { client, customerId, productId } = await setup();
    for (let i = 0; i < 3; i += 1) {
      await client.v1.customers.commits.create({
        customer_id: customerId,
        type: 'PREPAID',
        priority: i,
        product_id: productId,
        access_schedule: access(100 * (i + 1)),
      });
    }
    await harness.resetCalls();
    const amounts: number[] = [];
    for await (const commit of client.v1.customers.commits.list({ customer_id: customerId, limit: 1 })) {
      amounts.push(commit.access_schedule?.schedule_items[0]?.amount ?? -1);
    }
    expect(amounts).toEqual([100, 200, 300]);
    expect(countCalls(await harness.calls(), 'POST /v1/contracts/customerCommits/list')).toBe(3);
  });

  it('rejects commits that break the rules with a BadRequestError naming the problem', async () => {
    const { client, customerId, productId } = await setup();
    const base = { customer_id: customerId, priority: 1, product_id: productId };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [
        { ...base, type: 'POSTPAID', access_schedule: access(100), invoice_contract_id: '00000000-0000-4000-8000-000000000001' },
        /invoice_schedule is required/,
      ],
      [
        {
          ...base,
          type: 'POSTPAID',
          invoice_contract_id: '00000000-0000-4000-8000-000000000001',
          access_schedule: access(100),
          invoice_schedule: { schedule_items: [{ amount: 90, timestamp: YEAR_END }] },
        },
        /must equal the access_schedule amount/,
      ],
      [
        {
          ...base,
          type: 'POSTPAID',
          access_schedule: access(100),
          invoice_schedule: { schedule_items: [{ amount: 100, timestamp: YEAR_END }] },
        },
        /invoice_contract_id is required/,
      ],
      [
        { ...base, type: 'PREPAID', access_schedule: access(100), specifiers: [{ product_tags: ['x'] }], applicable_product_tags: ['y'] },
        /specifiers cannot be combined/,
      ],
      [{ ...base, type: 'LOANED', access_schedule: access(100) }, /^400 type: must be PREPAID or POSTPAID/],
      [
        {
          ...base,
          type: 'PREPAID',
          access_schedule: { schedule_items: [{ amount: 1, starting_at: YEAR_END, ending_before: YEAR_START }] },
        },
        /ending_before must be later than starting_at/,
      ],
    ];
    for (const [body, message] of cases) {
      const failure = client.v1.customers.commits.create(body as never);
      await expect(failure).rejects.toBeInstanceOf(BadRequestError);
      await expect(failure).rejects.toThrow(message);
    }
  });

  it('moves a PREPAID end date earlier, and refuses POSTPAID or later dates', async () => {
    const { client, customerId, productId } = await setup();
    const { data: commit } = await client.v1.customers.commits.create({
      customer_id: customerId,
      type: 'PREPAID',
      priority: 1,
      product_id: productId,
      access_schedule: access(1_000),
    });
    await client.v1.customers.commits.updateEndDate({
      customer_id: customerId,
      commit_id: commit.id,
      access_ending_before: '2026-07-01T00:00:00.000Z',
    });
    const listed = await client.v1.customers.commits.list({ customer_id: customerId, commit_id: commit.id });
    expect(listed.data[0]?.access_schedule?.schedule_items[0]?.ending_before).toBe('2026-07-01T00:00:00.000Z');

    await expect(
      client.v1.customers.commits.updateEndDate({ customer_id: customerId, commit_id: commit.id, access_ending_before: YEAR_END }),
    ).rejects.toThrow(/can only be moved earlier/);

    const { data: postpaid } = await client.v1.customers.commits.create({
      customer_id: customerId,
      type: 'POSTPAID',
      priority: 1,
      product_id: productId,
      invoice_contract_id: '00000000-0000-4000-8000-000000000001',
      access_schedule: access(500),
      invoice_schedule: { schedule_items: [{ amount: 500, timestamp: YEAR_END }] },
    });
    await expect(
      client.v1.customers.commits.updateEndDate({
        customer_id: customerId,
        commit_id: postpaid.id,
        access_ending_before: '2026-07-01T00:00:00.000Z',
      }),
    ).rejects.toThrow(/Only PREPAID commits/);
  });
});

describe('credits through the SDK', () => {
  it('creates, lists with balance, and shortens a credit', async () => {
    const { client, customerId, productId } = await setup();
    const { data: credit } = await client.v1.customers.credits.create({
      customer_id: customerId,
      priority: 1,
      product_id: productId,
      name: 'Welcome credit',
      access_schedule: { schedule_items: [{ amount: 2_500, starting_at: YEAR_START, ending_before: YEAR_END }] },
    });
    const listed = await client.v1.customers.credits.list({ customer_id: customerId, include_balance: true, include_ledgers: true });
    expect(listed.data.map((c) => [c.id, c.type, c.balance])).toEqual([[credit.id, 'CREDIT', 2_500]]);
    expect(listed.data[0]?.ledger?.map((entry) => entry.type)).toEqual(['CREDIT_SEGMENT_START']);

    await client.v1.customers.credits.updateEndDate({
      customer_id: customerId,
      credit_id: credit.id,
      access_ending_before: '2026-06-01T00:00:00.000Z',
    });
    const after = await client.v1.customers.credits.list({ customer_id: customerId, include_balance: true, include_ledgers: true });
    // The clock is in mid-June: the shortened segment has ended, so nothing is left to use.
    expect(after.data[0]?.balance).toBe(0);
    expect(after.data[0]?.ledger?.map((entry) => entry.type)).toEqual(['CREDIT_SEGMENT_START', 'CREDIT_EXPIRATION']);
  });
});

describe('threshold notifications and customer alerts through the SDK', () => {
  it('creates notifications, lists a customer’s alerts across pages, gets one, and resets it', async () => {
    const { client, customerId, metricId } = await setup();
    const ids: string[] = [];
    ids.push((await client.v1.alerts.create({ alert_type: 'spend_threshold_reached', name: 'Spend', threshold: 10_000 })).data.id);
    ids.push(
      (
        await client.v1.alerts.create({
          alert_type: 'usage_threshold_reached',
          name: 'Usage',
          threshold: 100,
          billable_metric_id: metricId,
          customer_id: customerId,
        })
      ).data.id,
    );
    ids.push((await client.v1.alerts.create({ alert_type: 'low_remaining_commit_balance_reached', name: 'Low', threshold: 500 })).data.id);

    await harness.resetCalls();
    const seen: string[] = [];
    for await (const customerAlert of client.v1.customers.alerts.list({ customer_id: customerId })) {
      seen.push(customerAlert.alert.id);
      expect(customerAlert.customer_status).toBe('ok');
    }
    expect(seen).toEqual(ids);
    // Page size 2 in this sandbox: two pages, cursor in the query, body re-sent unchanged.
    expect(countCalls(await harness.calls(), 'POST /v1/customer-alerts/list')).toBe(2);

    const one = await client.v1.customers.alerts.retrieve({ customer_id: customerId, alert_id: ids[1] ?? '' });
    expect(one.data.alert).toMatchObject({ id: ids[1], type: 'usage_threshold_reached', status: 'enabled', threshold: 100 });

    await client.v1.customers.alerts.reset({ customer_id: customerId, alert_id: ids[1] ?? '' });
  });

  it('answers 409 ConflictError for a reused uniqueness_key, until archive releases it', async () => {
    const { client } = await setup();
    const body = { alert_type: 'spend_threshold_reached' as const, name: 'Spend', threshold: 1, uniqueness_key: 'spend-1' };
    const { data: first } = await client.v1.alerts.create(body);
    const reuse = client.v1.alerts.create(body);
    await expect(reuse).rejects.toBeInstanceOf(ConflictError);
    await expect(reuse).rejects.toThrow('This uniqueness key has already been used.');

    await client.v1.alerts.archive({ id: first.id, release_uniqueness_key: true });
    await expect(client.v1.alerts.create(body)).resolves.toHaveProperty('data.id');
  });

  it('reports archived notifications with customer_status null, and only when asked for', async () => {
    const { client, customerId } = await setup();
    const { data } = await client.v1.alerts.create({ alert_type: 'spend_threshold_reached', name: 'Spend', threshold: 1 });
    await client.v1.alerts.archive({ id: data.id });
    expect((await client.v1.customers.alerts.list({ customer_id: customerId })).data).toEqual([]);
    const archived = await client.v1.customers.alerts.list({ customer_id: customerId, alert_statuses: ['ARCHIVED'] });
    expect(archived.data.map((a) => [a.alert.id, a.alert.status, a.customer_status])).toEqual([[data.id, 'archived', null]]);
  });

  it('enforces type-specific requirements', async () => {
    const { client } = await setup();
    await expect(client.v1.alerts.create({ alert_type: 'usage_threshold_reached', name: 'U', threshold: 1 })).rejects.toThrow(
      /billable_metric_id is required/,
    );
    await expect(client.v1.alerts.create({ alert_type: 'low_remaining_seat_balance_reached', name: 'S', threshold: 1 })).rejects.toThrow(
      /seat_filter is required/,
    );
    await expect(
      client.v1.alerts.create({ alert_type: 'invoice_total_reached', name: 'I', threshold: 1, group_values: [{ key: 'region' }] }),
    ).rejects.toThrow(/group_values: only allowed for spend_threshold_reached/);
    await expect(
      client.v1.alerts.create({ alert_type: 'spend_threshold_reached', name: 'S', threshold: 1, uniqueness_key: '' }),
    ).rejects.toThrow(/uniqueness_key/);
  });
});

describe('catalogue and ingest through the SDK', () => {
  it('gets and lists billable metrics and credit types', async () => {
    const { client, metricId } = await setup();
    const metric = await client.v1.billableMetrics.retrieve({ billable_metric_id: metricId });
    expect(metric.data).toMatchObject({ id: metricId, name: 'Requests', aggregation_type: 'COUNT' });
    const metrics = await client.v1.billableMetrics.list();
    expect(metrics.data.map((m) => m.id)).toEqual([metricId]);
    const creditTypes = await client.v1.pricingUnits.list();
    expect(creditTypes.data).toContainEqual({ id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)', is_currency: true });
  });

  it('ingests usage by customer id and by alias, ignoring repeated transaction ids', async () => {
    const { client, customerId, token } = await setup();
    const events = [
      { transaction_id: 't1', customer_id: customerId, event_type: 'api_request', timestamp: '2026-06-15T10:00:00Z' },
      {
        transaction_id: 't2',
        customer_id: 'acme',
        event_type: 'api_request',
        timestamp: '2026-06-15T10:00:01Z',
        properties: { region: 'eu' },
      },
    ];
    await client.v1.usage.ingest({ usage: events });
    await client.v1.usage.ingest({ usage: events });
    const org = harness.sandbox.organization(token);
    expect(org?.events.map((e) => [e.transactionId, e.customerId])).toEqual([
      ['t1', customerId],
      ['t2', customerId],
    ]);
  });

  it('rejects a whole batch when one event is bad, naming the event and field', async () => {
    const { client, customerId, token } = await setup();
    const failure = client.v1.usage.ingest({
      usage: [
        { transaction_id: 'ok', customer_id: customerId, event_type: 'x', timestamp: '2026-06-15T10:00:00Z' },
        { transaction_id: 'late', customer_id: customerId, event_type: 'x', timestamp: '2026-06-20T10:00:00Z' },
      ],
    });
    await expect(failure).rejects.toBeInstanceOf(BadRequestError);
    await expect(failure).rejects.toThrow('[1].timestamp: more than 24 hours in the future');
    expect(harness.sandbox.organization(token)?.events).toEqual([]);
  });
});
