import { beforeAll, describe, expect, it } from 'vitest';
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

/** The edges of `customers` in an answer (none when it carries no data). */
const customerEdges = (body: Measured['body']): Array<{ cursor: string }> =>
  (body.data?.customers as { edges: Array<{ cursor: string }> } | undefined)?.edges ?? [];

interface Measured {
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  /** Calls the sandbox counted while the operation ran. */
  calls: number;
  /** What the gateway estimated before running it (from its operation log line, or its refusal). */
  estimate: number;
}

async function measured(query: string, variables: Record<string, unknown>, token: string): Promise<Measured> {
  await harness.sandboxHarness.resetCalls();
  const requestId = `budget-${(requests += 1)}`;
  const { body } = await harness.post(JSON.stringify({ query, variables }), { ...bearer(token), 'x-request-id': requestId });
  const calls = Object.values(await harness.sandboxHarness.calls()).reduce((sum, count) => sum + count, 0);
  const line = harness.logLines.find((logged) => logged.includes(`"requestId":"${requestId}"`) && logged.includes('"graphql operation"'));
  const logged = line ? (JSON.parse(line) as { estimatedUpstreamCalls?: number }).estimatedUpstreamCalls : undefined;
  const refused = (body.errors?.[0]?.extensions as { estimatedUpstreamCalls?: number } | undefined)?.estimatedUpstreamCalls;
  const estimate = logged ?? refused;
  if (estimate === undefined) throw new Error(`no estimate for ${query}: ${JSON.stringify(body)}`);
  return { body: body as Measured['body'], calls, estimate };
}

/** Runs a document and checks the sandbox saw no more calls than the gateway estimated. */
async function withinEstimate(query: string, variables: Record<string, unknown> = {}, token = admin): Promise<Measured> {
  const result = await measured(query, variables, token);
  expect(result.calls, `${query} made ${result.calls} calls against an estimate of ${result.estimate}`).toBeLessThanOrEqual(
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
    const { body, calls } = await withinEstimate(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Commit { name balance ledger { amount } customer { name } } } }',
      { ids },
    );
    expect(body.errors).toBeUndefined();
    expect(calls).toBeGreaterThanOrEqual(30);
  });

  it('refuses forged and edited cursors before any upstream call', async () => {
    const oldStyle = `mg1:${Buffer.from(JSON.stringify({ c: null, l: 1, o: 0 })).toString('base64url')}`;
    const { body: genuine } = await measured('{ customers(first: 1) { edges { cursor } } }', {}, admin);
    const cursor = customerEdges(genuine)[0]?.cursor ?? '';
    const [prefix, payload, signature] = cursor.split('.');
    const edited = `${prefix}.${Buffer.from(JSON.stringify({ c: 'next-page-of-my-choosing', o: 0 })).toString('base64url')}.${signature}`;
    expect(payload).toBeDefined();
    for (const after of [oldStyle, edited, `${cursor}x`, 'not a cursor']) {
      const { body, calls } = await withinEstimate('query ($after: String) { customers(first: 100, after: $after) { edges { cursor } } }', {
        after,
      });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(calls).toBe(0);
    }
    // A genuine cursor of one list is refused by another.
    const { body } = await withinEstimate(
      'query ($id: ID!, $after: String) { customer(id: $id) { alerts(after: $after) { edges { cursor } } } }',
      { id: acme.id, after: cursor },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('bounds a genuine cursor from a one-item page reused with first: 100', async () => {
    const { body: small } = await measured('{ customers(first: 1) { edges { cursor } } }', {}, admin);
    const after = customerEdges(small)[0]?.cursor;
    const { body } = await withinEstimate('query ($after: String) { customers(first: 100, after: $after) { edges { cursor } } }', {
      after,
    });
    expect(customerEdges(body)).toHaveLength(100);
  });

  it('counts every 25-item page of a long alert list, also resumed mid-page and with a default in a variable', async () => {
    const all = await withinEstimate('query ($id: ID!) { customer(id: $id) { alerts(first: 100) { edges { cursor } } } }', { id: acme.id });
    const edges = (all.body.data?.customer as { alerts: { edges: Array<{ cursor: string }> } } | undefined)?.alerts.edges ?? [];
    expect(edges).toHaveLength(60);
    expect(all.calls).toBe(1 + 3);
    await withinEstimate(
      'query ($id: ID!, $after: String) { customer(id: $id) { alerts(first: 100, after: $after) { edges { cursor } } } }',
      {
        id: acme.id,
        after: edges[10]?.cursor,
      },
    );
    await withinEstimate('query ($id: ID!, $n: Int = 100) { customer(id: $id) { alerts(first: $n) { edges { cursor } } } }', {
      id: acme.id,
    });
  });

  it('fetches balance and ledger with the page even when told not to, rather than once per commit', async () => {
    const { calls } = await withinEstimate(
      'query ($id: ID!) { customer(id: $id) { commits(includeBalance: false, includeLedgers: false) { edges { node { balance ledger { amount } } } } } }',
      { id: acme.id },
    );
    expect(calls).toBe(2);
  });

  it('counts the customer loads behind customerAlert.customer, an unknown customer, and alert(alertId) beyond the first page', async () => {
    await withinEstimate(
      'query ($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } notification { name } } }',
      {
        c: acme.id,
        a: acme.alertIds[0],
      },
    );
    await withinEstimate('query ($id: ID!) { customer(id: $id) { name } }', { id: NOBODY });
    const { body } = await withinEstimate(
      'query ($id: ID!, $a: ID!) { customer(id: $id) { alerts(first: 1) { edges { cursor } } alert(alertId: $a) { customerStatus } } }',
      {
        id: acme.id,
        a: acme.alertIds[59],
      },
    );
    expect(body.errors).toBeUndefined();
  });

  it('counts a customer viewer’s list of 130 customers as two filtered calls, first page and next', async () => {
    const first = await withinEstimate('{ customers(first: 100) { edges { cursor } pageInfo { endCursor } } }', {}, manager);
    const after = (first.body.data?.customers as { pageInfo: { endCursor: string } } | undefined)?.pageInfo.endCursor;
    await withinEstimate('query ($after: String) { customers(first: 100, after: $after) { edges { cursor } } }', { after }, manager);
  });

  it('keeps the 50-customer dashboard at its estimate of 101', async () => {
    const { estimate } = await withinEstimate(
      '{ customers(first: 50) { edges { node { alerts { edges { node { customerStatus } } } commits { edges { node { balance } } } } } } }',
    );
    expect(estimate).toBe(101);
  });
});

describe('a customer viewer with more than 100 customers', () => {
  it('pages through all 130 of them: 100, then 30, then no next page', async () => {
    const page = async (after: string | null) => {
      const { body } = await measured(
        'query ($after: String) { customers(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
        { after },
        manager,
      );
      expect(body.errors).toBeUndefined();
      return body.data?.customers as {
        edges: Array<{ node: { name: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
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
