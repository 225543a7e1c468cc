import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../helpers/manual-clock.js';
import { graphql } from '../gql/index.js';
import { billingWorld, type BillingWorld } from '../helpers/billing-world.js';
import { useGateway } from '../helpers/gateway.js';

// The billing picture through the gateway, over HTTP, on scenario data whose every figure is
// known (10 cents a request, a 250 credit drawn first, a 100 commit):
//   May 10: 20 requests = 200 → credit 200                → May invoice: subtotal 200, total 0
//   June 14 10:00: 30 (us), June 15 09:00: 10 (eu) = 400  → credit 50, commit 100 → June draft: 400, total 250

const NOW = '2026-06-15T12:00:00.000Z';
const clock = new ManualClock(NOW);
const harness = useGateway({ sandbox: { clock }, gateway: { CACHE: 'off' }, clock: () => clock.now() });
let w: BillingWorld;

beforeAll(async () => {
  clock.set('2026-05-10T08:00:00.000Z');
  w = await billingWorld(harness.sandboxHarness, clock, undefined, harness.token);
  await w.ingest(20);
  clock.set('2026-06-14T10:00:00.000Z');
  await w.ingest(30, 'us');
  clock.set('2026-06-15T09:00:00.000Z');
  await w.ingest(10, 'eu');
  clock.set(NOW);
});

const Picture = graphql(`
  query BillingPicture($id: ID!, $metricId: ID!) {
    customer(id: $id) {
      netBalance {
        amount
        creditType {
          id
          name
        }
      }
      monthToDateSpend {
        amount
        creditType {
          name
        }
      }
      credits {
        edges {
          node {
            name
            balance
            ledger {
              type
              amount
            }
          }
        }
      }
      balances {
        edges {
          node {
            __typename
            ... on Commit {
              name
              type
              balance
            }
            ... on Credit {
              name
              balance
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
      usageSeries(billableMetricId: $metricId, window: DAY, startingOn: "2026-06-13T00:00:00Z", endingBefore: "2026-06-16T00:00:00Z") {
        startingAt
        endingBefore
        value
      }
    }
  }
`);

const Invoices = graphql(`
  query BillingInvoices($id: ID!, $status: InvoiceStatus, $startingOn: DateTime, $first: Int, $after: String) {
    customer(id: $id) {
      invoices(status: $status, startingOn: $startingOn, first: $first, after: $after) {
        edges {
          node {
            id
            metronomeId
            status
            startingAt
            endingBefore
            subtotal {
              amount
            }
            total {
              amount
              creditType {
                name
              }
            }
            lineItems {
              type
              name
              quantity
              total {
                amount
              }
              appliedCommitOrCredit {
                id
                type
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const OneInvoice = graphql(`
  query BillingOneInvoice($id: ID!, $invoiceId: ID!, $node: ID!) {
    customer(id: $id) {
      invoice(invoiceId: $invoiceId) {
        status
        total {
          amount
        }
      }
    }
    node(id: $node) {
      ... on Invoice {
        status
      }
    }
  }
`);

const HourlySpend = graphql(`
  query BillingHourlySpend($id: ID!, $startingOn: DateTime, $endingBefore: DateTime) {
    customer(id: $id) {
      spendSeries(window: HOUR, startingOn: $startingOn, endingBefore: $endingBefore) {
        startingAt
        spend {
          amount
        }
      }
    }
  }
`);

const CreateCredit = graphql(`
  mutation BillingCreateCredit($input: CreateCreditInput!) {
    createCredit(input: $input) {
      credit {
        id
        metronomeId
        name
        balance
        accessSchedule {
          segments {
            amount
            startingAt
            endingBefore
          }
        }
      }
    }
  }
`);

const UpdateCreditEnd = graphql(`
  mutation BillingUpdateCreditEnd($input: UpdateCreditEndDateInput!) {
    updateCreditEndDate(input: $input) {
      credit {
        accessSchedule {
          segments {
            endingBefore
          }
        }
      }
    }
  }
`);

describe('balances, spend and series of one customer', () => {
  it('shows net balance, month-to-date spend, credits, balances and both series', async () => {
    const { body } = await harness.execute(Picture, { id: w.customerId, metricId: w.metricId });
    expect(body.errors).toBeUndefined();
    const customer = body.data?.customer;
    expect(customer?.netBalance).toEqual({ amount: 0, creditType: { id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)' } });
    expect(customer?.monthToDateSpend).toEqual({ amount: 250, creditType: { name: 'USD (cents)' } });
    expect(customer?.credits?.edges.map((e) => [e.node.name, e.node.balance, e.node.ledger?.map((l) => l.amount)])).toEqual([
      ['Welcome credit', 0, [250, -200, -50]],
    ]);
    expect(customer?.balances?.edges.map((e) => e.node)).toEqual([
      { __typename: 'Credit', name: 'Welcome credit', balance: 0 },
      { __typename: 'Commit', name: 'Prepaid', type: 'PREPAID', balance: 0 },
    ]);
    // Default range: the last 7 full days and today.
    expect(customer?.spendSeries?.map((p) => [p.startingAt, p.spend.amount])).toEqual([
      ['2026-06-08T00:00:00.000Z', 0],
      ['2026-06-09T00:00:00.000Z', 0],
      ['2026-06-10T00:00:00.000Z', 0],
      ['2026-06-11T00:00:00.000Z', 0],
      ['2026-06-12T00:00:00.000Z', 0],
      ['2026-06-13T00:00:00.000Z', 0],
      ['2026-06-14T00:00:00.000Z', 300],
      ['2026-06-15T00:00:00.000Z', 100],
    ]);
    expect(customer?.usageSeries?.map((p) => [p.startingAt, p.value])).toEqual([
      ['2026-06-13T00:00:00.000Z', 0],
      ['2026-06-14T00:00:00.000Z', 30],
      ['2026-06-15T00:00:00.000Z', 10],
    ]);
  });

  it('reads an hourly spend series across breakdown pages (24 hours a page)', async () => {
    await harness.sandboxHarness.resetCalls();
    const { body } = await harness.execute(HourlySpend, {
      id: w.customerId,
      startingOn: '2026-06-14T00:00:00Z',
      endingBefore: '2026-06-15T12:00:00Z',
    });
    expect(body.errors).toBeUndefined();
    const points = body.data?.customer?.spendSeries ?? [];
    expect(points).toHaveLength(36);
    expect(points.filter((p) => p.spend.amount > 0).map((p) => [p.startingAt, p.spend.amount])).toEqual([
      ['2026-06-14T10:00:00.000Z', 300],
      ['2026-06-15T09:00:00.000Z', 100],
    ]);
    expect(await harness.sandboxHarness.calls()).toEqual({
      [`GET /v1/customers/${w.customerId}`]: 1,
      [`GET /v1/customers/${w.customerId}/invoices/breakdowns`]: 2,
    });
  });

  it('refuses a series range that is not on window boundaries or too long, before any upstream call', async () => {
    await harness.sandboxHarness.resetCalls();
    const unaligned = await harness.execute(HourlySpend, {
      id: w.customerId,
      startingOn: '2026-06-14T00:30:00Z',
      endingBefore: '2026-06-15T00:00:00Z',
    });
    expect(unaligned.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startingOn' });
    const long = await harness.execute(HourlySpend, {
      id: w.customerId,
      startingOn: '2026-06-01T00:00:00Z',
      endingBefore: '2026-06-15T00:00:00Z',
    });
    expect(long.body.errors?.[0]?.message).toMatch(/at most 72 windows/);
    const calls = await harness.sandboxHarness.calls();
    expect(Object.keys(calls).filter((key) => key.includes('breakdowns'))).toEqual([]);
  });
});

describe('invoices', () => {
  it('lists the finalized month and the draft with line items, filtered and paged', async () => {
    const { body } = await harness.execute(Invoices, { id: w.customerId });
    expect(body.errors).toBeUndefined();
    const invoices = body.data?.customer?.invoices?.edges.map((e) => e.node) ?? [];
    expect(
      invoices.map((i) => [i.status, i.startingAt, i.endingBefore, i.subtotal?.amount, i.total.amount, i.total.creditType.name]),
    ).toEqual([
      ['FINALIZED', '2026-05-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z', 200, 0, 'USD (cents)'],
      ['DRAFT', '2026-06-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z', 400, 250, 'USD (cents)'],
    ]);
    expect(invoices[1]?.lineItems.map((l) => [l.type, l.name, l.quantity, l.total.amount, l.appliedCommitOrCredit?.id ?? null])).toEqual([
      ['usage', 'API', 40, 400, null],
      ['credit', 'Welcome credit', null, -50, w.creditId],
      ['commit', 'Prepaid', null, -100, w.commitId],
    ]);

    const drafts = await harness.execute(Invoices, { id: w.customerId, status: 'DRAFT' });
    expect(drafts.body.data?.customer?.invoices?.edges.map((e) => e.node.status)).toEqual(['DRAFT']);
    const june = await harness.execute(Invoices, { id: w.customerId, startingOn: '2026-06-01T00:00:00Z' });
    expect(june.body.data?.customer?.invoices?.edges.map((e) => e.node.startingAt)).toEqual(['2026-06-01T00:00:00.000Z']);

    const page1 = await harness.execute(Invoices, { id: w.customerId, first: 1 });
    const connection = page1.body.data?.customer?.invoices;
    expect(connection?.pageInfo.hasNextPage).toBe(true);
    const page2 = await harness.execute(Invoices, { id: w.customerId, first: 1, after: connection?.pageInfo.endCursor ?? null });
    expect(page2.body.data?.customer?.invoices?.edges.map((e) => e.node.status)).toEqual(['DRAFT']);
  });

  it('fetches one invoice by Metronome id or global id; an unknown one is null', async () => {
    const listed = await harness.execute(Invoices, { id: w.customerId, status: 'FINALIZED' });
    const invoice = listed.body.data?.customer?.invoices?.edges[0]?.node;
    const { body } = await harness.execute(OneInvoice, {
      id: w.customerId,
      invoiceId: invoice?.metronomeId ?? '',
      node: invoice?.id ?? '',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.customer?.invoice).toEqual({ status: 'FINALIZED', total: { amount: 0 } });
    expect(body.data?.node).toEqual({ status: 'FINALIZED' });
    const missing = await harness.execute(OneInvoice, {
      id: w.customerId,
      invoiceId: '00000000-0000-4000-8000-000000000000',
      node: invoice?.id ?? '',
    });
    expect(missing.body.errors).toBeUndefined();
    expect(missing.body.data?.customer?.invoice).toBeNull();
    const bad = await harness.execute(OneInvoice, { id: w.customerId, invoiceId: 'not-a-uuid', node: invoice?.id ?? '' });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invoiceId' });
  });
});

describe('credit mutations', () => {
  it('grants a credit and shortens it; its end only moves earlier', async () => {
    const { body } = await harness.execute(CreateCredit, {
      input: {
        customerId: w.otherCustomerId,
        priority: 1,
        productId: w.productId,
        name: 'Make-good',
        accessSchedule: { segments: [{ amount: 5000, startingAt: '2026-06-01T00:00:00Z', endingBefore: '2026-09-01T00:00:00Z' }] },
      },
    });
    expect(body.errors).toBeUndefined();
    const credit = body.data?.createCredit.credit;
    expect(credit).toMatchObject({ name: 'Make-good', balance: 5000 });

    const shortened = await harness.execute(UpdateCreditEnd, {
      input: { customerId: w.otherCustomerId, creditId: credit?.id ?? '', accessEndingBefore: '2026-08-01T00:00:00Z' },
    });
    expect(shortened.body.errors).toBeUndefined();
    expect(shortened.body.data?.updateCreditEndDate.credit.accessSchedule?.segments.map((s) => s.endingBefore)).toEqual([
      '2026-08-01T00:00:00.000Z',
    ]);

    const later = await harness.execute(UpdateCreditEnd, {
      input: { customerId: w.otherCustomerId, creditId: credit?.metronomeId ?? '', accessEndingBefore: '2026-12-01T00:00:00Z' },
    });
    expect(later.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(later.body.errors?.[0]?.message).toMatch(/only be moved earlier/);
  });

  it('checks the input before any upstream call', async () => {
    await harness.sandboxHarness.resetCalls();
    const { body } = await harness.execute(CreateCredit, {
      input: {
        customerId: w.otherCustomerId,
        priority: 1,
        productId: w.productId,
        accessSchedule: { segments: [{ amount: 10, startingAt: '2026-07-01T00:00:00Z', endingBefore: '2026-06-01T00:00:00Z' }] },
      },
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accessSchedule.segments' });
    expect(await harness.sandboxHarness.calls()).toEqual({});
  });
});
