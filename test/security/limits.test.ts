import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { seedCustomers } from '../helpers/seed.js';

// Limits that protect Metronome (and the gateway) from one query: each refusal has its own code
// and happens before any upstream call.

const harness = useGateway({ gateway: { RATE_LIMIT_PER_MINUTE: 1000, CORS_ORIGINS: ['https://app.example.test'] } });

/** Raw text on purpose: these documents are built at run time to be over a limit, or to hold their ids inline. */
const ask = (query: string) => harness.post(JSON.stringify({ query }));

const LimitsDashboard = graphql(`
  query LimitsDashboard { customers(first: 50) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } } }
`);
const LimitsDashboardOfN = graphql(`
  query LimitsDashboardOfN($n: Int) {
    customers(first: $n) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } }
  }
`);

describe('static limits', () => {
  it('refuses over-deep, over-aliased, over-long and over-directed documents with their own codes', async () => {
    await harness.sandboxHarness.resetCalls();
    const deep = `{ customers { edges { node { alerts { edges { node { customer { alerts { edges { node { customer { alerts { edges { node { customerStatus } } } } } } } } } } } } } } }`;
    expect((await ask(deep)).body.errors?.[0]?.extensions?.code).toBe('MAX_DEPTH_EXCEEDED');
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: customer(id: "00000000-0000-4000-8000-000000000000") { name }`).join(' ')} }`;
    expect((await ask(aliases)).body.errors?.[0]?.extensions?.code).toBe('MAX_ALIASES_EXCEEDED');
    const tokens = `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }`;
    expect((await ask(tokens)).body.errors?.[0]?.extensions?.code).toBe('MAX_TOKENS_EXCEEDED');
    const directives = `{ __typename ${Array.from({ length: 21 }, () => '@include(if: true)').join(' ')} }`;
    expect((await ask(directives)).body.errors?.[0]?.extensions?.code).toBe('MAX_DIRECTIVES_EXCEEDED');
    expect(await harness.sandboxHarness.calls()).toEqual({});
  });
});

describe('the upstream-call budget', () => {
  it('lets the 50-customer dashboard through and refuses 100 customers with their alerts and commits', async () => {
    await seedCustomers(harness, [{ name: 'Only' }]);
    const ok = await harness.execute(LimitsDashboard);
    expect(ok.body.errors).toBeUndefined();

    await harness.sandboxHarness.resetCalls();
    const refused = await harness.execute(LimitsDashboardOfN, { n: 100 });
    expect(refused.body.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_EXPENSIVE', estimatedUpstreamCalls: 201, maxUpstreamCalls: 150 },
    });
    expect(refused.body.errors?.[0]?.message).toMatch(/about 201 calls/);
    expect(await harness.sandboxHarness.calls()).toEqual({});
  });

  it('counts batching: 120 customers by id cost two calls, not 120', async () => {
    const ids = Array.from(
      { length: 120 },
      (_, i) => `"${Buffer.from(`Customer:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).toString('base64')}"`,
    );
    const { body } = await ask(`{ nodes(ids: [${ids.join(',')}]) { id } }`);
    expect(body.errors).toBeUndefined();
  });
});

describe('browser protections', () => {
  it('refuses simple cross-site requests (CSRF) and allows only listed origins (CORS)', async () => {
    // What a form or an <img> on another site could send: no custom header, no JSON content type.
    const forgedGet = await fetch(`${harness.gateway.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(forgedGet.status).toBe(403);
    const forgedPost = await fetch(harness.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(forgedPost.status).toBeGreaterThanOrEqual(400);
    const allowed = await fetch(harness.gateway.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.test', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.test');
    const other = await fetch(harness.gateway.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.test', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.test');
  });
});
