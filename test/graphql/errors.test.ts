import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';
import { gatewayConfig } from '../helpers/config.js';
import { executeOperation } from '../helpers/execute.js';

// The error contract: every error has extensions.code, one failing customer does not erase the
// others, and nothing internal (upstream URL, token, stack) reaches the client.

const harness = useGateway({ gateway: { UPSTREAM_TIMEOUT_MS: 300, UPSTREAM_MAX_ATTEMPTS: 2 } });

const Alerts = graphql(`
  query AlertsOfAll {
    customers(first: 10) {
      edges {
        node {
          name
          alerts {
            edges {
              node {
                notification {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

const ConnectionArgs = graphql(`
  query ConnectionArgs($first: Int, $last: Int, $after: String, $before: String) {
    customers(first: $first, last: $last, after: $after, before: $before) {
      edges {
        cursor
      }
    }
  }
`);

const OneCustomer = graphql(`
  query ErrorOneCustomer($id: ID!) {
    customer(id: $id) {
      name
    }
  }
`);

let customers: SeededCustomer[];

beforeAll(async () => {
  customers = await seedCustomers(harness, [
    { name: 'Fine One', alerts: 1 },
    { name: 'Broken', alerts: 1 },
    { name: 'Fine Two', alerts: 1 },
  ]);
});

afterEach(async () => {
  await harness.sandboxHarness.setKnobs({ faults: [] });
  await harness.sandboxHarness.waitForIdle();
});

/** Every error must be coded, and must not mention upstream internals. */
function expectSafeErrors(errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> | undefined): void {
  for (const error of errors ?? []) {
    expect(error.extensions?.code).toEqual(expect.any(String));
    const text = JSON.stringify(error);
    expect(text).not.toContain(harness.sandboxHarness.url);
    expect(text).not.toContain(harness.token);
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  }
}

describe('partial results and upstream failures', () => {
  it('keeps the other customers when one customer’s alerts fail upstream', async () => {
    const broken = customers[1]?.id ?? '';
    await harness.sandboxHarness.setKnobs({
      faults: [{ route: 'POST /v1/customer-alerts/list', match: broken, action: 'status', status: 500 }],
    });
    const { status, body } = await harness.execute(Alerts);
    expect(status).toBe(200);
    const byName = Object.fromEntries(body.data?.customers.edges.map((edge) => [edge.node.name, edge.node.alerts]) ?? []);
    expect(byName['Fine One']?.edges).toHaveLength(1);
    expect(byName['Fine Two']?.edges).toHaveLength(1);
    expect(byName.Broken).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_ERROR' }, path: ['customers', 'edges', 1, 'node', 'alerts'] });
    expectSafeErrors(body.errors);
  });

  it('answers RATE_LIMITED with retryAfterMs when Metronome asks to wait too long', async () => {
    await harness.sandboxHarness.setKnobs({
      faults: [{ route: 'GET /v1/customers/*', action: 'status', status: 429, retryAfterSeconds: 60 }],
    });
    const { body } = await harness.execute(OneCustomer, { id: customers[0]?.id ?? '' });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterMs: 60_000, rateLimitType: 'client' });
    expectSafeErrors(body.errors);
  });

  it('answers UPSTREAM_UNAVAILABLE when Metronome does not answer in time', async () => {
    await harness.sandboxHarness.setKnobs({ faults: [{ route: 'GET /v1/customers/*', action: 'delay', delayMs: 1_000 }] });
    const { body } = await harness.execute(OneCustomer, { id: customers[0]?.id ?? '' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expectSafeErrors(body.errors);
  });

  it('answers UPSTREAM_ERROR after retries on a sustained 503', async () => {
    await harness.sandboxHarness.setKnobs({ faults: [{ route: 'GET /v1/customers/*', action: 'status', status: 503 }] });
    const { body } = await harness.execute(OneCustomer, { id: customers[0]?.id ?? '' });
    expect(body.errors?.[0]).toMatchObject({ message: 'Metronome failed to answer (503)', extensions: { code: 'UPSTREAM_ERROR' } });
  });
});

describe('bad requests', () => {
  it('refuses last/before, an oversized first and a forged cursor with BAD_USER_INPUT', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ last: 2 }, /only page forwards/],
      [{ before: 'x' }, /only page forwards/],
      [{ first: 101 }, /first must be between 0 and 100/],
      [{ first: 1, after: 'forged' }, /not a cursor this connection gave out/],
    ];
    for (const [variables, message] of cases) {
      const { body } = await harness.execute(ConnectionArgs, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(message);
    }
  });

  it('codes parse errors, validation errors and bad variables', async () => {
    // Raw on purpose: a typed document cannot be unparseable, invalid or given a variable of the wrong type.
    const parse = await harness.post(JSON.stringify({ query: '{ customers(' }));
    expect(parse.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const validation = await harness.post(JSON.stringify({ query: '{ customers { nope } }' }));
    expect(validation.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variables = await harness.post(
      JSON.stringify({ query: 'query ($id: ID!) { customer(id: $id) { name } }', variables: { id: 5.5 } }),
    );
    expect(variables.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expectSafeErrors([...(parse.body.errors ?? []), ...(validation.body.errors ?? []), ...(variables.body.errors ?? [])]);
  });
});

describe('credentials and permissions upstream', () => {
  it('answers UNAUTHENTICATED when Metronome refuses the token, and FORBIDDEN on a 403', async () => {
    await harness.sandboxHarness.setKnobs({ faults: [{ route: 'GET /v1/customers/*', action: 'status', status: 403, times: 1 }] });
    const forbidden = await harness.execute(OneCustomer, { id: customers[0]?.id ?? '' });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { startGateway } = await import('../../src/server/gateway.js');
    const wrongToken = await startGateway(gatewayConfig(harness.sandboxHarness.url, 'revoked-token-123'));
    try {
      const { body } = await executeOperation(wrongToken.graphqlUrl, ConnectionArgs, { first: 1 });
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(body)).not.toContain('revoked-token-123');
    } finally {
      await wrongToken.close();
    }
  });
});
