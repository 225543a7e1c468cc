import { print } from 'graphql';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { startGateway } from '../../src/server/gateway.js';
import { graphql } from '../gql/index.js';
import { executeOperation } from '../helpers/execute.js';
import { useGateway } from '../helpers/gateway.js';
import { countCalls } from '../helpers/sandbox.js';
import { gatewayConfig } from '../helpers/config.js';
import { eventually } from '../helpers/wait.js';

// Only upstream's own failures count against a circuit: callers who give up on their requests (a
// load generator stopping, a browser navigating away) say nothing about upstream's health, and one
// organization's failing calls say nothing about another's.

const THRESHOLD = 3;
const harness = useGateway({ gateway: { UPSTREAM_MAX_ATTEMPTS: 1, BREAKER_FAILURE_THRESHOLD: THRESHOLD, BREAKER_COOLDOWN_MS: 60_000 } });
const FirstCustomer = graphql(`
  query CircuitFirstCustomer {
    customers(first: 1) {
      edges {
        cursor
      }
    }
  }
`);
const CustomerName = graphql(`
  query CircuitCustomerName($id: ID!) {
    customer(id: $id) {
      name
    }
  }
`);

/** Sends the query and abandons it once the sandbox is serving its upstream call. */
async function abandonMidFlight(): Promise<string | undefined> {
  await harness.sandboxHarness.resetCalls();
  const controller = new AbortController();
  let answered = false;
  const answer = request(harness.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(FirstCustomer) }),
    signal: controller.signal,
  })
    .then(async (response) => (await response.body.json()) as { errors?: Array<{ extensions?: { code?: string } }> })
    .catch(() => undefined)
    .finally(() => (answered = true));
  // An open circuit answers at once without calling upstream: stop waiting then.
  await eventually(
    'the upstream call to be under way (or an answer)',
    async () => answered || countCalls(await harness.sandboxHarness.calls(), 'GET /v1/customers') > 0,
  );
  controller.abort();
  return (await answer)?.errors?.[0]?.extensions?.code;
}

describe('the circuit breaker and abandoned requests', () => {
  it(`stays closed after ${THRESHOLD * 3} requests abandoned mid-flight`, async () => {
    // Slow enough that every request is still waiting on upstream when its caller leaves.
    await harness.sandboxHarness.setKnobs({ faults: [{ route: 'GET /v1/customers', action: 'delay', delayMs: 3_000 }] });
    const answers: Array<string | undefined> = [];
    try {
      for (let i = 0; i < THRESHOLD * 3; i += 1) answers.push(await abandonMidFlight());
    } finally {
      await harness.sandboxHarness.setKnobs({ faults: [] });
    }
    // Every caller left before an answer came: none was told the upstream is unavailable.
    expect(answers.filter((code) => code === 'UPSTREAM_UNAVAILABLE')).toEqual([]);

    const metrics = await (await fetch(`${harness.gateway.url}/metrics`)).text();
    expect(metrics).not.toMatch(/gateway_upstream_circuit_state\{route="GET \/v1\/customers"\} [12]/);
    const { body } = await harness.execute(FirstCustomer);
    expect(body.errors).toBeUndefined();
  });
});

describe('circuits per organization (passthrough)', () => {
  it("one organization's persistent 5xx opens its own circuit, not the other's", async () => {
    const sandbox = harness.sandboxHarness.sandbox;
    const organization = () => {
      const token = harness.sandboxHarness.newOrganization();
      const org = sandbox.organization(token);
      if (!org) throw new Error('no organization');
      return { token, org };
    };
    const failing = organization();
    const healthy = organization();
    const customerOf = async (org: NonNullable<ReturnType<typeof sandbox.organization>>) =>
      ((await sandbox.dispatch(org, 'POST', '/v1/customers', { name: 'Circuit customer' })) as { data: { id: string } }).data.id;
    const failingCustomer = await customerOf(failing.org);
    const healthyCustomer = await customerOf(healthy.org);
    const gateway = await startGateway(
      gatewayConfig(harness.sandboxHarness.url, 'gateway-has-no-token-of-its-own', {
        AUTH_MODE: 'passthrough',
        UPSTREAM_MAX_ATTEMPTS: 1,
        BREAKER_FAILURE_THRESHOLD: THRESHOLD,
        BREAKER_COOLDOWN_MS: 60_000,
      }),
    );
    const ask = async (token: string, customerId: string) => {
      const { body } = await executeOperation(gateway.graphqlUrl, CustomerName, { id: customerId }, { authorization: `Bearer ${token}` });
      return body.errors?.[0]?.extensions?.code ?? body.data?.customer?.name;
    };
    await harness.sandboxHarness.setKnobs({ faults: [{ match: failingCustomer, action: 'status', status: 503 }] });
    try {
      for (let i = 0; i < THRESHOLD; i += 1) expect(await ask(failing.token, failingCustomer)).toBe('UPSTREAM_ERROR');
      expect(await ask(failing.token, failingCustomer)).toBe('UPSTREAM_UNAVAILABLE');
      expect(await ask(healthy.token, healthyCustomer)).toBe('Circuit customer');
    } finally {
      await harness.sandboxHarness.setKnobs({ faults: [] });
      await gateway.close();
    }
  });
});
