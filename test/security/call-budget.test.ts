import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { bearer, jwtMode, signViewerToken } from '../helpers/jwt.js';
import { type SeededCustomer, seedCustomers } from '../helpers/seed.js';

// The upstream-call estimate is an upper bound of what execution does, whatever the client sends:
// adversarial documents (batches of commit ids, cursors forged, edited or reused with a bigger
// page, long alert lists, unselected extras, defaults in variables) never make more calls to
// Metronome than the estimate the budget was checked against.

// No read cache: the estimate bounds what execution asks of Metronome when nothing is cached.
const harness = useGateway({ gateway: { ...jwtMode, RATE_LIMIT_PER_MINUTE: 0, CACHE: 'off' } });
const NOBODY = '00000000-0000-4000-8000-000000000000';
let acme: SeededCustomer;
let others: SeededCustomer[];
let admin = '';
/** A customer viewer of all 130 customers: more than one upstream `customer_ids` filter holds. */
let manager = '';
let requests = 0;

const globalId = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString('base64');

const BudgetCommitNodes = graphql(`
  query BudgetCommitNodes($ids: [ID!]!) {
    nodes(ids: $ids) { ... on Commit { name balance ledger { amount } customer { name } } }
  }
`);
const BudgetFirstCustomer = graphql(`
  query BudgetFirstCustomer { customers(first: 1) { edges { cursor } } }
`);
const BudgetCustomersAfter = graphql(`
  query BudgetCustomersAfter($after: String) { customers(first: 100, after: $after) { edges { cursor } } }
`);
const BudgetAlertsAfter = graphql(`
  query BudgetAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(after: $after) { edges { cursor } } } }
`);
const BudgetHundredAlerts = graphql(`
  query BudgetHundredAlerts($id: ID!) { customer(id: $id) { alerts(first: 100) { edges { cursor } } } }
`);
const BudgetHundredAlertsAfter = graphql(`
  query BudgetHundredAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(first: 100, after: $after) { edges { cursor } } } }
`);
const BudgetAlertsDefaultFirst = graphql(`
  query BudgetAlertsDefaultFirst($id: ID!, $n: Int = 100) { customer(id: $id) { alerts(first: $n) { edges { cursor } } } }
`);
const BudgetCommitsToldNot = graphql(`
  query BudgetCommitsToldNot($id: ID!) {
    customer(id: $id) { commits(includeBalance: false, includeLedgers: false) { edges { node { balance ledger { amount } } } } }
  }
`);
const BudgetAlertCustomer = graphql(`
  query BudgetAlertCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } notification { name } } }
`);
const BudgetCustomerName = graphql(`
  query BudgetCustomerName($id: ID!) { customer(id: $id) { name } }
`);
const BudgetAlertBeyondFirstPage = graphql(`
  query BudgetAlertBeyondFirstPage($id: ID!, $a: ID!) {
    customer(id: $id) { alerts(first: 1) { edges { cursor } } alert(alertId: $a) { customerStatus } }
  }
`);
const BudgetViewerCustomers = graphql(`
  query BudgetViewerCustomers { customers(first: 100) { edges { cursor } pageInfo { endCursor } } }
`);
const BudgetDashboard = graphql(`
  query BudgetDashboard {
    customers(first: 50) { edges { node { alerts { edges { node { customerStatus } } } commits { edges { node { balance } } } } } }
  }
`);
const BudgetCustomerPages = graphql(`
  query BudgetCustomerPages($after: String) {
    customers(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } }
  }
`);

interface Measured<TResult> {
  body: ExecutionResult<TResult>;
  /** Calls the sandbox counted while the operation ran. */
  calls: number;
  /** What the gateway estimated before running it (from its operation log line, or its refusal). */
  estimate: number;
}

async function measured<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string,
): Promise<Measured<TResult>> {
  await harness.sandboxHarness.resetCalls();
  const requestId = `budget-${(requests += 1)}`;
  const { body } = await harness.execute(document, variables, { ...bearer(token), 'x-request-id': requestId });
  const calls = Object.values(await harness.sandboxHarness.calls()).reduce((sum, count) => sum + count, 0);
  const line = harness.logLines.find((logged) => logged.includes(`"requestId":"${requestId}"`) && logged.includes('"graphql operation"'));
  const logged = line ? (JSON.parse(line) as { estimatedUpstreamCalls?: number }).estimatedUpstreamCalls : undefined;
  const refused = body.errors?.[0]?.extensions?.estimatedUpstreamCalls as number | undefined;
  const estimate = logged ?? refused;
  if (estimate === undefined) throw new Error(`no estimate for ${print(document)}: ${JSON.stringify(body)}`);
  return { body, calls, estimate };
}

/** Runs a document and checks the sandbox saw no more calls than the gateway estimated. */
async function withinEstimate<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token = admin,
): Promise<Measured<TResult>> {
  const result = await measured(document, variables, token);
  expect(result.calls, `${print(document)} made ${result.calls} calls against an estimate of ${result.estimate}`).toBeLessThanOrEqual(
    result.estimate,
  );
  return result;
}

beforeAll(async () => {
  [acme] = (await seedCustomers(harness, [{ name: 'Acme', alerts: 60, commits: 30 }])) as [SeededCustomer];
  others = await seedCustomers(
    harness,
    Array.from({ length: 129 }, (_, i) => ({ name: `Customer ${String(i).padStart(3, '0')}` })),
  );
  admin = await signViewerToken({ role: 'admin' });
  manager = await signViewerToken({ customer_ids: [acme.id, ...others.map((customer) => customer.id)] });
}, 60_000);

describe('the upstream-call estimate against adversarial documents', () => {
  it('counts nodes(ids:) of commits one call each, not one per hundred', async () => {
    const ids = acme.commitIds.map((commitId) => globalId('Commit', `${acme.id}:${commitId}`));
    const { body, calls } = await withinEstimate(BudgetCommitNodes, { ids });
    expect(body.errors).toBeUndefined();
    expect(calls).toBeGreaterThanOrEqual(30);
  });

  it('refuses forged and edited cursors before any upstream call', async () => {
    const oldStyle = `mg1:${Buffer.from(JSON.stringify({ c: null, l: 1, o: 0 })).toString('base64url')}`;
    const { body: genuine } = await measured(BudgetFirstCustomer, {}, admin);
    const cursor = genuine.data?.customers?.edges[0]?.cursor ?? '';
    const [prefix, payload, signature] = cursor.split('.');
    const edited = `${prefix}.${Buffer.from(JSON.stringify({ c: 'next-page-of-my-choosing', o: 0 })).toString('base64url')}.${signature}`;
    expect(payload).toBeDefined();
    for (const after of [oldStyle, edited, `${cursor}x`, 'not a cursor']) {
      const { body, calls } = await withinEstimate(BudgetCustomersAfter, { after });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(calls).toBe(0);
    }
    // A genuine cursor of one list is refused by another.
    const { body } = await withinEstimate(BudgetAlertsAfter, { id: acme.id, after: cursor });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('bounds a genuine cursor from a one-item page reused with first: 100', async () => {
    const { body: small } = await measured(BudgetFirstCustomer, {}, admin);
    const after = small.data?.customers?.edges[0]?.cursor;
    const { body } = await withinEstimate(BudgetCustomersAfter, { after });
    expect(body.data?.customers?.edges).toHaveLength(100);
  });

  it('counts every 25-item page of a long alert list, also resumed mid-page and with a default in a variable', async () => {
    const all = await withinEstimate(BudgetHundredAlerts, { id: acme.id });
    const edges = all.body.data?.customer?.alerts?.edges ?? [];
    expect(edges).toHaveLength(60);
    expect(all.calls).toBe(1 + 3);
    await withinEstimate(BudgetHundredAlertsAfter, { id: acme.id, after: edges[10]?.cursor });
    await withinEstimate(BudgetAlertsDefaultFirst, { id: acme.id });
  });

  it('fetches balance and ledger with the page even when told not to, rather than once per commit', async () => {
    const { calls } = await withinEstimate(BudgetCommitsToldNot, { id: acme.id });
    expect(calls).toBe(2);
  });

  it('counts the customer loads behind customerAlert.customer, an unknown customer, and alert(alertId) beyond the first page', async () => {
    await withinEstimate(BudgetAlertCustomer, { c: acme.id, a: acme.alertIds[0] ?? '' });
    await withinEstimate(BudgetCustomerName, { id: NOBODY });
    const { body } = await withinEstimate(BudgetAlertBeyondFirstPage, { id: acme.id, a: acme.alertIds[59] ?? '' });
    expect(body.errors).toBeUndefined();
  });

  it('counts a customer viewer’s list of 130 customers as two filtered calls, first page and next', async () => {
    const first = await withinEstimate(BudgetViewerCustomers, {}, manager);
    const after = first.body.data?.customers?.pageInfo.endCursor;
    await withinEstimate(BudgetCustomersAfter, { after }, manager);
  });

  it('keeps the 50-customer dashboard at its estimate of 101', async () => {
    const { estimate } = await withinEstimate(BudgetDashboard, {});
    expect(estimate).toBe(101);
  });
});

const BudgetLongSpend = graphql(`
  query BudgetLongSpend($id: ID!, $ds: DateTime!, $de: DateTime!, $hs: DateTime!, $he: DateTime!) {
    customer(id: $id) {
      days: spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { startingAt spend { amount } }
      hours: spendSeries(window: HOUR, startingOn: $hs, endingBefore: $he) { startingAt spend { amount } }
    }
  }
`);
const BudgetLongSpendOf40 = graphql(`
  query BudgetLongSpendOf40($ds: DateTime!, $de: DateTime!) {
    customers(first: 40) { edges { node { spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { spend { amount } } } } }
  }
`);
const BudgetUsageOf100 = graphql(`
  query BudgetUsageOf100($m: ID!, $w: SeriesWindow!, $s: DateTime, $e: DateTime) {
    customers(first: 100) { edges { node {
      usageSeries(billableMetricId: $m, window: $w, startingOn: $s, endingBefore: $e) { startingAt value }
      again: usageSeries(billableMetricId: $m, window: $w) { value }
    } } }
  }
`);
const BudgetBillingOf10 = graphql(`
  query BudgetBillingOf10($m: ID!) {
    customers(first: 10) { edges { node {
      netBalance { amount } monthToDateSpend { amount }
      invoices(first: 100) { edges { node { total { amount } lineItems { name } } } }
      balances(first: 25) { edges { cursor } } credits { edges { cursor } }
      alerts(first: 5) { edges { node { forecast(billableMetricId: $m) { projectedAt reason } } } }
    } } }
  }
`);

describe('the billing fields against the estimate, whatever their arguments', () => {
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  let metricId = '';
  /** 93 whole UTC days ending tomorrow (the longest DAY range: three pages of breakdowns) and 72 whole hours. */
  let days = { startingOn: '', endingBefore: '' };
  let hours = { startingOn: '', endingBefore: '' };

  beforeAll(async () => {
    const sandbox = harness.sandboxHarness.sandbox;
    const org = sandbox.organization(harness.token);
    if (!org) throw new Error('no organization');
    const create = async (path: string, body: unknown): Promise<string> =>
      ((await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;
    metricId = await create('/v1/billable-metrics/create', {
      name: 'Budget requests',
      aggregation_type: 'COUNT',
      event_type_filter: { in_values: ['budget_request'] },
    });
    await create('/v1/contract-pricing/products/create', { name: 'Budget API', type: 'USAGE', billable_metric_id: metricId });
    const now = Date.now();
    const endOfToday = Math.floor(now / DAY) * DAY + DAY;
    const endOfHour = Math.floor(now / HOUR) * HOUR + HOUR;
    days = { startingOn: new Date(endOfToday - 93 * DAY).toISOString(), endingBefore: new Date(endOfToday).toISOString() };
    hours = { startingOn: new Date(endOfHour - 72 * HOUR).toISOString(), endingBefore: new Date(endOfHour).toISOString() };
    // Usage every day of the range and every hour of the last three days, for Acme and 39 others:
    // several finalized invoices and a draft, so every series has pages of real rows to read.
    const customers = [acme.id, ...others.slice(0, 39).map((customer) => customer.id)];
    const stamps = [
      ...Array.from({ length: 93 }, (_, i) => endOfToday - 93 * DAY + i * DAY + 12 * HOUR),
      ...Array.from({ length: 72 }, (_, i) => endOfHour - 72 * HOUR + i * HOUR + 60_000),
    ].filter((stamp) => stamp < now);
    let sequence = 0;
    const events = customers.flatMap((customerId) =>
      stamps.map((stamp) => ({
        transaction_id: `budget-${(sequence += 1)}`,
        customer_id: customerId,
        event_type: 'budget_request',
        timestamp: new Date(stamp).toISOString(),
      })),
    );
    for (let i = 0; i < events.length; i += 100) await sandbox.dispatch(org, 'POST', '/v1/ingest', events.slice(i, i + 100));
  }, 60_000);

  it('pages a long DAY and HOUR spend series no more than estimated, for one customer and for 40', async () => {
    const one = await withinEstimate(BudgetLongSpend, {
      id: acme.id,
      ds: days.startingOn,
      de: days.endingBefore,
      hs: hours.startingOn,
      he: hours.endingBefore,
    });
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data?.customer?.days).toHaveLength(93);
    expect(one.body.data?.customer?.hours).toHaveLength(72);
    // Three pages each (35 days or 24 hours a page), so the paging was really exercised.
    expect(one.calls).toBeGreaterThanOrEqual(1 + 3 + 3);
    const many = await withinEstimate(BudgetLongSpendOf40, { ds: days.startingOn, de: days.endingBefore });
    expect(many.body.errors).toBeUndefined();
  });

  it('batches usage series across customers within the estimate, for DAY, HOUR and the default range, also aliased twice', async () => {
    for (const [window, range] of [
      ['DAY', days],
      ['HOUR', hours],
    ] as const) {
      const { body, calls } = await withinEstimate(BudgetUsageOf100, {
        m: metricId,
        w: window,
        s: range.startingOn,
        e: range.endingBefore,
      });
      expect(body.errors).toBeUndefined();
      expect(calls).toBeGreaterThan(1);
    }
  });

  it('keeps forecasts, invoices, balances and net balances of 10 customers within the estimate', async () => {
    const { body } = await withinEstimate(BudgetBillingOf10, { m: metricId });
    expect(body.errors).toBeUndefined();
  });
});

describe('a customer viewer with more than 100 customers', () => {
  it('pages through all 130 of them: 100, then 30, then no next page', async () => {
    const page = async (after: string | null) => {
      const { body } = await measured(BudgetCustomerPages, { after }, manager);
      expect(body.errors).toBeUndefined();
      const customers = body.data?.customers;
      if (!customers) throw new Error('no customers page');
      return customers;
    };
    const first = await page(null);
    expect(first.edges).toHaveLength(100);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges).toHaveLength(30);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const names = new Set([...first.edges, ...second.edges].map((edge) => edge.node.name));
    expect(names.size).toBe(130);
    expect(names).toContain('Acme');
  });
});
