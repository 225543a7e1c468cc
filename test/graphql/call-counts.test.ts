import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';

// Exact upstream call counts, read from the sandbox's call counter: what batching and
// de-duplication buy, and a regression alarm for N+1s.

// The read cache is off here: these counts are what one request costs on a cold cache, which is
// what batching and de-duplication decide (test/cache/ shows what the cache saves on top).
const harness = useGateway({ gateway: { CACHE: 'off' } });

const Dashboard = graphql(`
  query CountedDashboard {
    customers(first: 50) {
      edges {
        node {
          name
          alerts {
            edges {
              node {
                customerStatus
                notification {
                  name
                  threshold
                }
              }
            }
          }
          commits {
            edges {
              node {
                name
                balance
              }
            }
          }
        }
      }
    }
  }
`);

const SameCustomerThrice = graphql(`
  query SameCustomerThrice($id: ID!) {
    a: customer(id: $id) {
      name
    }
    b: customer(id: $id) {
      name
      ingestAliases
    }
    c: customer(id: $id) {
      metronomeId
    }
  }
`);

const AlertListAndOne = graphql(`
  query AlertListAndOne($id: ID!, $alertId: ID!) {
    customer(id: $id) {
      alerts {
        edges {
          node {
            customerStatus
          }
        }
      }
      alert(alertId: $alertId) {
        customerStatus
        notification {
          name
        }
      }
    }
  }
`);

const Nodes = graphql(`
  query CountedNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);

const AlertCustomers = graphql(`
  query AlertCustomers($id: ID!) {
    customer(id: $id) {
      alerts {
        edges {
          node {
            customer {
              name
            }
          }
        }
      }
    }
  }
`);

const OneCustomerById = graphql(`
  query OneCustomerById($id: ID!) {
    customer(id: $id) {
      name
      archivedAt
    }
  }
`);

let customers: SeededCustomer[];

beforeAll(async () => {
  customers = await seedCustomers(
    harness,
    Array.from({ length: 50 }, (_, i) => ({ name: `Customer ${String(i).padStart(2, '0')}`, alerts: 2, commits: 1 })),
  );
});

async function countedCalls(run: () => Promise<unknown>): Promise<Record<string, number>> {
  await harness.sandboxHarness.resetCalls();
  await run();
  return harness.sandboxHarness.calls();
}

describe('upstream calls per query', () => {
  it('serves the 50-customer dashboard with exactly 1 + 50 + 50 calls', async () => {
    const calls = await countedCalls(async () => {
      const { body } = await harness.execute(Dashboard);
      expect(body.errors).toBeUndefined();
      expect(body.data?.customers.edges).toHaveLength(50);
    });
    expect(calls).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/customer-alerts/list': 50,
      'POST /v1/contracts/customerCommits/list': 50,
    });
  });

  it('asks once for a customer requested under three aliases', async () => {
    const id = customers[0]?.id ?? '';
    const calls = await countedCalls(() => harness.execute(SameCustomerThrice, { id }));
    expect(calls).toEqual({ [`GET /v1/customers/${id}`]: 1 });
  });

  it('answers alert(alertId) from the alert list loaded in the same request', async () => {
    const customer = customers[1];
    const calls = await countedCalls(() =>
      harness.execute(AlertListAndOne, { id: customer?.id ?? '', alertId: customer?.alertIds[1] ?? '' }),
    );
    expect(calls).toEqual({ [`GET /v1/customers/${customer?.id}`]: 1, 'POST /v1/customer-alerts/list': 1 });
  });

  it('reads one customer by id with one call, archived or not, and finds an unknown id missing with one call', async () => {
    // A customer of its own: archiving one of the shared ones would change what the others see.
    const [own] = await seedCustomers(harness, [{ name: 'Archived customer', alerts: 0, commits: 0 }]);
    const archived = own?.id ?? '';
    const archiving = await fetch(`${harness.sandboxHarness.url}/v1/customers/archive`, {
      method: 'POST',
      headers: { authorization: `Bearer ${harness.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: archived }),
    });
    expect(archiving.status).toBe(200);
    let found: unknown;
    const archivedCalls = await countedCalls(async () => {
      found = (await harness.execute(OneCustomerById, { id: archived })).body;
    });
    expect(found).toEqual({ data: { customer: { name: 'Archived customer', archivedAt: expect.any(String) } } });
    expect(archivedCalls).toEqual({ [`GET /v1/customers/${archived}`]: 1 });

    const unknown = '00000000-0000-4000-8000-000000000001';
    let missing: unknown;
    const unknownCalls = await countedCalls(async () => {
      missing = (await harness.execute(OneCustomerById, { id: unknown })).body;
    });
    expect(missing).toMatchObject({
      data: { customer: null },
      errors: [{ message: `No customer with id ${unknown}`, extensions: { code: 'NOT_FOUND' } }],
    });
    expect(unknownCalls).toEqual({ [`GET /v1/customers/${unknown}`]: 1 });
  });

  it('batches nodes(ids) into one customers call, and splits above 100 ids', async () => {
    const globalId = (uuid: string) => Buffer.from(`Customer:${uuid}`).toString('base64');
    const three = customers.slice(0, 3).map((c) => globalId(c.id));
    expect(await countedCalls(() => harness.execute(Nodes, { ids: three }))).toEqual({ 'GET /v1/customers': 1 });

    // 50 real ids plus 70 unknown ones: two batches (100 + 20), and the unknown ones are then
    // looked for among archived customers, one call per batch.
    const unknown = Array.from({ length: 70 }, (_, i) => globalId(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
    const many = [...customers.map((c) => globalId(c.id)), ...unknown];
    const calls = await countedCalls(async () => {
      const { body } = await harness.execute(Nodes, { ids: many });
      expect(body.data?.nodes.filter((node) => node !== null)).toHaveLength(50);
    });
    expect(calls).toEqual({ 'GET /v1/customers': 4 });
  });

  it('does not reload the customer for each of its alerts', async () => {
    const id = customers[2]?.id ?? '';
    const calls = await countedCalls(() => harness.execute(AlertCustomers, { id }));
    expect(calls).toEqual({ [`GET /v1/customers/${id}`]: 1, 'POST /v1/customer-alerts/list': 1 });
  });

  it('shares nothing between two requests: the same query costs the same twice', async () => {
    const first = await countedCalls(() => harness.execute(SameCustomerThrice, { id: customers[3]?.id ?? '' }));
    const second = await countedCalls(() => harness.execute(SameCustomerThrice, { id: customers[3]?.id ?? '' }));
    expect(second).toEqual(first);
  });
});
