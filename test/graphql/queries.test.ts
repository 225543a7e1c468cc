import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { YEAR_END, YEAR_START } from '../helpers/world.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';

// Upstream pages are small in this file (2 customer alerts per page) so connections must walk them.
// The read cache is off: tests here change upstream behind the gateway's back (no webhook, no
// mutation), which only the cache's TTL would catch; test/cache/ covers caching.
const harness = useGateway({ sandbox: { customerAlertsPageSize: 2 }, gateway: { METRONOME_ALERTS_PAGE_SIZE: 2, CACHE: 'off' } });

const CustomerById = graphql(`
  query CustomerById($id: ID!) {
    customer(id: $id) {
      id
      metronomeId
      name
      externalId
      ingestAliases
      customFields
      createdAt
      archivedAt
    }
  }
`);

const CustomersPage = graphql(`
  query CustomersPage($first: Int, $after: String) {
    customers(first: $first, after: $after) {
      edges {
        cursor
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);

const AlertsPage = graphql(`
  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {
    customer(id: $id) {
      alerts(first: $first, after: $after, statuses: $statuses) {
        edges {
          node {
            customerStatus
            notification {
              id
              name
              type
              status
              threshold
              creditType {
                name
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

const CommitsPage = graphql(`
  query CommitsPage($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      commits(first: $first, after: $after) {
        edges {
          node {
            id
            metronomeId
            name
            type
            priority
            product {
              name
            }
            accessSchedule {
              segments {
                amount
                startingAt
                endingBefore
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

const CommitsWithLedger = graphql(`
  query CommitsWithLedger($id: ID!) {
    customer(id: $id) {
      commits {
        edges {
          node {
            name
            balance
            ledger {
              __typename
              type
              amount
              timestamp
              ... on SegmentLedgerEntry {
                segmentId
              }
            }
          }
        }
      }
    }
  }
`);

const NodeLookup = graphql(`
  query NodeLookup($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Customer {
        name
      }
      ... on Commit {
        commitName: name
        customer {
          name
        }
      }
    }
  }
`);

const OneCustomerAlert = graphql(`
  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {
    customerAlert(customerId: $customerId, alertId: $alertId) {
      customerStatus
      triggeredBy
      customer {
        name
      }
      notification {
        id
        name
      }
    }
  }
`);

let acme: SeededCustomer;

describe('reading customers', () => {
  it('finds a customer by global ID and by Metronome UUID alike', async () => {
    [acme] = (await seedCustomers(harness, [{ name: 'Acme', alias: 'acme', alerts: 5, commits: 3 }])) as [SeededCustomer];
    const byUuid = await harness.execute(CustomerById, { id: acme.id });
    expect(byUuid.body.errors).toBeUndefined();
    const customer = byUuid.body.data?.customer;
    expect(customer).toMatchObject({
      metronomeId: acme.id,
      name: 'Acme',
      externalId: 'acme',
      ingestAliases: ['acme'],
      customFields: {},
      archivedAt: null,
    });
    const byGlobalId = await harness.execute(CustomerById, { id: customer?.id ?? '' });
    expect(byGlobalId.body.data?.customer).toEqual(customer);
  });

  it('answers null and NOT_FOUND for a customer that does not exist, and BAD_USER_INPUT for a malformed id', async () => {
    const missing = await harness.execute(CustomerById, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.body).toEqual({
      data: { customer: null },
      errors: [
        expect.objectContaining({ message: 'No customer with id 00000000-0000-4000-8000-000000000000', extensions: { code: 'NOT_FOUND' } }),
      ],
    });
    const malformed = await harness.execute(CustomerById, { id: 'not-an-id' });
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through customers with resumable cursors', async () => {
    await seedCustomers(harness, [{ name: 'B' }, { name: 'C' }, { name: 'D' }, { name: 'E' }]);
    const names: string[] = [];
    let after: string | null | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const { body } = await harness.execute(CustomersPage, { first: 2, after });
      const connection = body.data?.customers;
      names.push(...(connection?.edges.map((edge) => edge.node.name) ?? []));
      expect(connection?.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(names).toEqual(['Acme', 'B', 'C', 'D', 'E']);

    // Any edge's cursor resumes right after that edge.
    const { body } = await harness.execute(CustomersPage, { first: 5 });
    const third = body.data?.customers.edges[2]?.cursor;
    const resumed = await harness.execute(CustomersPage, { first: 1, after: third });
    expect(resumed.body.data?.customers.edges.map((edge) => edge.node.name)).toEqual(['D']);
  });
});

describe("reading a customer's threshold notifications", () => {
  it('slices alerts across upstream pages (which have no limit) without losing any', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const { body } = await harness.execute(AlertsPage, { id: acme.id, first: 3, after });
      const connection = body.data?.customer?.alerts;
      seen.push(...(connection?.edges.map((edge) => edge.node.notification.name) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Alert 0', 'Alert 1', 'Alert 2', 'Alert 3', 'Alert 4']);
  });

  it('maps statuses to enums, with archived notifications shown as ARCHIVED only when asked for', async () => {
    const { body } = await harness.execute(AlertsPage, { id: acme.id, first: 1 });
    expect(body.data?.customer?.alerts?.edges[0]?.node).toMatchObject({
      customerStatus: 'OK',
      notification: { type: 'SPEND_THRESHOLD_REACHED', status: 'ENABLED', threshold: 1000, creditType: { name: 'USD (cents)' } },
    });
    const archivedId = acme.alertIds[4] ?? '';
    const organization = harness.sandboxHarness.sandbox.organization(harness.token);
    if (!organization) throw new Error('the test token names no sandbox organization');
    await harness.sandboxHarness.sandbox.dispatch(organization, 'POST', '/v1/alerts/archive', { id: archivedId });
    const enabled = await harness.execute(AlertsPage, { id: acme.id, first: 10 });
    expect(enabled.body.data?.customer?.alerts?.edges.map((e) => e.node.notification.id)).not.toContain(archivedId);
    const archived = await harness.execute(AlertsPage, { id: acme.id, first: 10, statuses: ['ARCHIVED'] });
    expect(
      archived.body.data?.customer?.alerts?.edges.map((e) => [e.node.notification.id, e.node.customerStatus, e.node.notification.status]),
    ).toEqual([[archivedId, 'ARCHIVED', 'ARCHIVED']]);
  });

  it('reads one customer alert, with its customer', async () => {
    const { body } = await harness.execute(OneCustomerAlert, { customerId: acme.id, alertId: acme.alertIds[1] ?? '' });
    expect(body.data?.customerAlert).toEqual({
      customerStatus: 'OK',
      triggeredBy: null,
      customer: { name: 'Acme' },
      notification: { id: acme.alertIds[1], name: 'Alert 1' },
    });
    const unknown = await harness.execute(OneCustomerAlert, { customerId: acme.id, alertId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body).toEqual({ data: { customerAlert: null } });
  });
});

describe("reading a customer's commits", () => {
  it('pages commits with the cursor in the upstream body', async () => {
    const first = await harness.execute(CommitsPage, { id: acme.id, first: 2 });
    const connection = first.body.data?.customer?.commits;
    expect(connection?.edges.map((edge) => edge.node.name)).toEqual(['Commit 0', 'Commit 1']);
    expect(connection?.pageInfo.hasNextPage).toBe(true);
    const rest = await harness.execute(CommitsPage, { id: acme.id, first: 2, after: connection?.pageInfo.endCursor });
    expect(rest.body.data?.customer?.commits?.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        name: 'Commit 2',
        type: 'PREPAID',
        priority: 2,
        product: { name: 'Platform' },
        accessSchedule: { segments: [{ amount: 300, startingAt: YEAR_START, endingBefore: YEAR_END }] },
      }),
    ]);
    expect(rest.body.data?.customer?.commits?.pageInfo.hasNextPage).toBe(false);
  });

  it('asks upstream for balances and ledgers only when the query selects them', async () => {
    const commitLists = () =>
      harness.sandboxHarness.responses
        .filter((r) => r.route === '/v1/contracts/customerCommits/list')
        .map((r) => (r.body as { data: object[] }).data[0]);
    await harness.execute(CommitsPage, { id: acme.id, first: 1 });
    expect(commitLists().at(-1)).not.toHaveProperty('balance');
    expect(commitLists().at(-1)).not.toHaveProperty('ledger');

    const { body } = await harness.execute(CommitsWithLedger, { id: acme.id });
    expect(commitLists().at(-1)).toHaveProperty('balance');
    expect(commitLists().at(-1)).toHaveProperty('ledger');
    expect(body.data?.customer?.commits?.edges[0]?.node).toMatchObject({
      name: 'Commit 0',
      balance: 100,
      ledger: [{ __typename: 'SegmentLedgerEntry', type: 'PREPAID_COMMIT_SEGMENT_START', amount: 100, timestamp: YEAR_START }],
    });
  });

  it('fetches customers and commits again by global ID through node and nodes', async () => {
    const { body } = await harness.execute(CommitsPage, { id: acme.id, first: 1 });
    const commitId = body.data?.customer?.commits?.edges[0]?.node.id ?? '';
    const customer = await harness.execute(CustomerById, { id: acme.id });
    const customerId = customer.body.data?.customer?.id ?? '';
    const unknownCustomer = Buffer.from('Customer:00000000-0000-4000-8000-000000000000').toString('base64');
    const nodes = await harness.execute(NodeLookup, { ids: [customerId, commitId, unknownCustomer] });
    expect(nodes.body.data?.nodes).toEqual([
      { __typename: 'Customer', id: customerId, name: 'Acme' },
      { __typename: 'Commit', id: commitId, commitName: 'Commit 0', customer: { name: 'Acme' } },
      null,
    ]);
    const malformed = await harness.execute(NodeLookup, { ids: ['definitely not an id'] });
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
