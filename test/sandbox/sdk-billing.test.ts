import { BadRequestError, NotFoundError } from '@metronome/sdk';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../helpers/manual-clock.js';
import { billingWorld, type BillingWorld } from '../helpers/billing-world.js';
import { countCalls, useSandbox } from '../helpers/sandbox.js';

// The billing picture through the official SDK: balances, invoices, breakdowns and usage. Every
// response is checked against Metronome's OpenAPI spec when the file ends (useSandbox).
//
// The world, 10 cents a request, a 250 credit drawn first and a 100 commit:
//   May 10: 20 requests = 200 → credit 200              → May invoice total 0
//   June 14 10:00: 30 (us), June 15 09:00: 10 (eu) = 400 → credit 50, commit 100 → June draft total 250

const NOW = '2026-06-15T12:00:00.000Z';
const clock = new ManualClock(NOW);
const harness = useSandbox({ clock });

async function history(): Promise<BillingWorld> {
  clock.set('2026-05-10T08:00:00.000Z');
  const world = await billingWorld(harness, clock);
  await world.ingest(20);
  clock.set('2026-06-14T10:00:00.000Z');
  await world.ingest(30, 'us');
  clock.set('2026-06-15T09:00:00.000Z');
  await world.ingest(10, 'eu');
  clock.set(NOW);
  await harness.resetCalls();
  return world;
}

describe('balances', () => {
  it('lists commits and credits in one list, page by page, with balances and ledgers when asked', async () => {
    const w = await history();
    const items = [];
    for await (const item of w.client.v1.contracts.listBalances({
      customer_id: w.customerId,
      include_balance: true,
      include_ledgers: true,
      limit: 1,
    })) {
      items.push(item);
    }
    expect(items.map((item) => [item.id, item.type, item.balance])).toEqual([
      [w.creditId, 'CREDIT', 0],
      [w.commitId, 'PREPAID', 0],
    ]);
    expect(items[0]?.ledger?.map((entry) => entry.amount)).toEqual([250, -200, -50]);
    expect(countCalls(await harness.calls(), 'POST /v1/contracts/customerBalances/list')).toBe(2);

    const unasked = await w.client.v1.contracts.listBalances({ customer_id: w.customerId });
    expect(unasked.data.map((item) => 'balance' in item)).toEqual([false, false]);
    const nonZero = await w.client.v1.contracts.listBalances({ customer_id: w.customerId, exclude_zero_balances: true });
    expect(nonZero.data).toEqual([]);
    const one = await w.client.v1.contracts.listBalances({ customer_id: w.customerId, id: w.commitId });
    expect(one.data.map((item) => item.id)).toEqual([w.commitId]);
  });

  it('nets balances per credit type, with filters OR-ed and draft drawdown optional', async () => {
    const w = await history();
    const net = (body: Omit<Parameters<typeof w.client.v1.contracts.getNetBalance>[0], 'customer_id'>) =>
      w.client.v1.contracts.getNetBalance({ customer_id: w.customerId, ...body }).then((response) => response.data);
    expect(await net({})).toEqual({ balance: 0, credit_type_id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2' });
    // Without June's draft drawdown: credit 250 − 200 (May) = 50, commit 100.
    expect((await net({ invoice_inclusion_mode: 'FINALIZED' })).balance).toBe(150);
    expect((await net({ invoice_inclusion_mode: 'FINALIZED', filters: [{ balance_types: ['CREDIT'] }] })).balance).toBe(50);
    expect(
      (await net({ invoice_inclusion_mode: 'FINALIZED', filters: [{ ids: [w.commitId] }, { balance_types: ['CREDIT'] }] })).balance,
    ).toBe(150);
    expect((await net({ invoice_inclusion_mode: 'FINALIZED', filters: [{ balance_types: ['POSTPAID_COMMIT'] }] })).balance).toBe(0);
    await expect(net({ credit_type_id: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(BadRequestError);
  });

  it('answers 404 for an unknown customer and 400 for an unknown parameter', async () => {
    const w = await history();
    await expect(w.client.v1.contracts.getNetBalance({ customer_id: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      w.client.v1.contracts.listBalances({ customer_id: w.customerId, ...({ colour: 'red' } as object) }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('invoices', () => {
  it('lists a finalized month and the current draft, page by page and filtered', async () => {
    const w = await history();
    const all = [];
    for await (const invoice of w.client.v1.customers.invoices.list({ customer_id: w.customerId, limit: 1 })) all.push(invoice);
    expect(all.map((i) => [i.status, i.start_timestamp, i.end_timestamp, i.subtotal, i.total])).toEqual([
      ['FINALIZED', '2026-05-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z', 200, 0],
      ['DRAFT', '2026-06-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z', 400, 250],
    ]);
    expect(countCalls(await harness.calls(), 'GET /v1/customers/')).toBe(2);

    const list = (query: object) =>
      w.client.v1.customers.invoices.list({ customer_id: w.customerId, ...query }).then((page) => page.data.map((i) => i.status));
    expect(await list({ status: 'DRAFT' })).toEqual(['DRAFT']);
    expect(await list({ status: 'FINALIZED' })).toEqual(['FINALIZED']);
    expect(await list({ starting_on: '2026-06-01T00:00:00Z' })).toEqual(['DRAFT']);
    expect(await list({ ending_before: '2026-06-01T00:00:00Z' })).toEqual(['FINALIZED']);
    expect(await list({ sort: 'date_desc' })).toEqual(['DRAFT', 'FINALIZED']);
    // A customer without usage still has this month's (empty) draft.
    const quiet = await w.client.v1.customers.invoices.list({ customer_id: w.otherCustomerId });
    expect(quiet.data.map((i) => [i.status, i.total, i.line_items.length])).toEqual([['DRAFT', 0, 0]]);
  });

  it('gets one invoice with its usage line and the commit and credit applied to it', async () => {
    const w = await history();
    const drafts = await w.client.v1.customers.invoices.list({ customer_id: w.customerId, status: 'DRAFT' });
    const id = drafts.data[0]?.id ?? '';
    const { data: invoice } = await w.client.v1.customers.invoices.retrieve({ customer_id: w.customerId, invoice_id: id });
    expect(
      invoice.line_items.map((line) => [
        line.type,
        line.name,
        line.quantity ?? null,
        line.total,
        line.applied_commit_or_credit?.id ?? null,
      ]),
    ).toEqual([
      ['usage', 'API', 40, 400, null],
      ['credit', 'Welcome credit', null, -50, w.creditId],
      ['commit', 'Prepaid', null, -100, w.commitId],
    ]);
    expect(invoice.total).toBe(250);
    await expect(
      w.client.v1.customers.invoices.retrieve({ customer_id: w.customerId, invoice_id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.client.v1.customers.invoices.list({ customer_id: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(w.client.v1.customers.invoices.list({ customer_id: w.customerId, status: 'PAID' })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });

  it('breaks usage charges down by day and by hour, 24 hours to a page', async () => {
    const w = await history();
    const days = await w.client.v1.customers.invoices.listBreakdowns({
      customer_id: w.customerId,
      window_size: 'DAY',
      starting_on: '2026-06-13T00:00:00Z',
      ending_before: '2026-06-16T00:00:00Z',
    });
    expect(days.data.map((d) => [d.breakdown_start_timestamp, d.total])).toEqual([
      ['2026-06-13T00:00:00.000Z', 0],
      ['2026-06-14T00:00:00.000Z', 300],
      ['2026-06-15T00:00:00.000Z', 100],
    ]);
    await harness.resetCalls();
    const hours = [];
    for await (const hour of w.client.v1.customers.invoices.listBreakdowns({
      customer_id: w.customerId,
      window_size: 'HOUR',
      starting_on: '2026-06-14T00:00:00Z',
      ending_before: '2026-06-15T12:00:00Z',
    })) {
      hours.push(hour);
    }
    expect(hours).toHaveLength(36);
    expect(hours.filter((h) => h.total > 0).map((h) => [h.breakdown_start_timestamp, h.total])).toEqual([
      ['2026-06-14T10:00:00.000Z', 300],
      ['2026-06-15T09:00:00.000Z', 100],
    ]);
    expect(countCalls(await harness.calls(), 'GET /v1/customers/')).toBe(2);
    await expect(
      w.client.v1.customers.invoices.listBreakdowns({
        customer_id: w.customerId,
        starting_on: '2026-06-16T00:00:00Z',
        ending_before: '2026-06-13T00:00:00Z',
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('usage', () => {
  it('aggregates usage per customer, metric and day for several customers at once, with groups', async () => {
    const w = await history();
    const page = await w.client.v1.usage.list({
      customer_ids: [w.customerId, w.otherCustomerId],
      billable_metrics: [{ id: w.metricId, group_by: { key: 'region' } }],
      window_size: 'DAY',
      starting_on: '2026-06-13T00:00:00Z',
      ending_before: '2026-06-16T00:00:00Z',
    });
    expect(
      page.data.map((row) => [
        row.customer_id === w.customerId ? 'metered' : 'quiet',
        row.start_timestamp.slice(0, 10),
        row.value,
        row.groups,
      ]),
    ).toEqual([
      ['metered', '2026-06-13', 0, {}],
      ['metered', '2026-06-14', 30, { us: 30 }],
      ['metered', '2026-06-15', 10, { eu: 10 }],
      ['quiet', '2026-06-13', 0, {}],
      ['quiet', '2026-06-14', 0, {}],
      ['quiet', '2026-06-15', 0, {}],
    ]);
    const month = await w.client.v1.usage.list({
      customer_ids: [w.customerId],
      window_size: 'NONE',
      starting_on: '2026-05-01T00:00:00Z',
      ending_before: '2026-07-01T00:00:00Z',
    });
    expect(month.data.map((row) => [row.billable_metric_name, row.value])).toEqual([['API requests', 60]]);
  });

  it('pages long series and refuses more than 100 customers in one query', async () => {
    const w = await history();
    let rows = 0;
    for await (const row of w.client.v1.usage.list({
      customer_ids: [w.customerId],
      window_size: 'HOUR',
      starting_on: '2026-05-01T00:00:00Z',
      ending_before: '2026-07-01T00:00:00Z',
    })) {
      rows += row.value ?? 0;
    }
    expect(rows).toBe(60);
    expect(countCalls(await harness.calls(), 'POST /v1/usage')).toBe(2); // 1,464 hours, 1,000 rows a page
    const tooMany = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    await expect(
      w.client.v1.usage.list({
        customer_ids: tooMany,
        window_size: 'DAY',
        starting_on: '2026-06-01T00:00:00Z',
        ending_before: '2026-06-02T00:00:00Z',
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('breaks one customer’s usage down by a group key, filtered and paged', async () => {
    const w = await history();
    const rows = [];
    for await (const row of w.client.v1.usage.listWithGroups({
      customer_id: w.customerId,
      billable_metric_id: w.metricId,
      window_size: 'NONE',
      current_period: true,
      group_key: ['region'],
      limit: 1,
    })) {
      rows.push([row.group, row.value]);
    }
    expect(rows).toEqual([
      [{ region: 'eu' }, 10],
      [{ region: 'us' }, 30],
    ]);
    const us = await w.client.v1.usage.listWithGroups({
      customer_id: w.customerId,
      billable_metric_id: w.metricId,
      window_size: 'DAY',
      starting_on: '2026-06-14T00:00:00Z',
      ending_before: '2026-06-16T00:00:00Z',
      group_key: ['region'],
      group_filters: { region: ['us'] },
    });
    expect(us.data.map((row) => [row.starting_on.slice(0, 10), row.group_value, row.value])).toEqual([
      ['2026-06-14', 'us', 30],
      ['2026-06-15', 'us', 0],
    ]);
    await expect(
      w.client.v1.usage.listWithGroups({
        customer_id: w.customerId,
        billable_metric_id: w.metricId,
        window_size: 'DAY',
        current_period: true,
        group_key: ['plan'],
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('credits list matches the spec', () => {
  it('refuses access_type, which only the commits list takes', async () => {
    const w = await history();
    await expect(
      w.client.v1.customers.credits.list({ customer_id: w.customerId, ...({ access_type: 'SPEND' } as object) }),
    ).rejects.toBeInstanceOf(BadRequestError);
    const credits = await w.client.v1.customers.credits.list({ customer_id: w.customerId, include_balance: true });
    expect(credits.data.map((c) => [c.id, c.balance])).toEqual([[w.creditId, 0]]);
  });
});
