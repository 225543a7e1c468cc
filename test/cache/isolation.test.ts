import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { bearer, jwtMode, signViewerToken } from '../helpers/jwt.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';

// The cache is shared by every viewer of an organization: two viewers scoped to different
// customers, asking the same queries interleaved on warm caches, each see only their own.

const harness = useGateway({ gateway: jwtMode });
let one: SeededCustomer;
let two: SeededCustomer;
let viewerOne = '';
let viewerTwo = '';
let admin = '';

const IsolationDashboard = graphql(`
  query IsolationDashboard {
    customers(first: 50) {
      edges {
        node {
          id
          name
          alerts { edges { node { customerStatus notification { name } } } }
          commits { edges { node { name balance } } }
        }
      }
    }
  }
`);
const IsolationCustomer = graphql(`
  query IsolationCustomer($id: ID!) {
    customer(id: $id) { name alerts { edges { node { notification { name } } } } commits { edges { node { name } } } }
  }
`);
const IsolationPurge = graphql(`
  mutation IsolationPurge($customerId: ID!) { purgeCustomerCache(customerId: $customerId) { customerId } }
`);

/** Sends a typed operation as the viewer `token` and returns the answer's body. */
async function ask<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, token: string) {
  return (await harness.execute(document, variables, bearer(token))).body;
}
const byId = (id: string, token: string) => ask(IsolationCustomer, { id }, token);

beforeAll(async () => {
  [one, two] = (await seedCustomers(harness, [
    { name: 'Viewer one customer', alerts: 2, commits: 1 },
    { name: 'Viewer two customer (private)', alerts: 1, commits: 2 },
  ])) as [SeededCustomer, SeededCustomer];
  viewerOne = await signViewerToken({ customer_ids: [one.id] });
  viewerTwo = await signViewerToken({ customer_ids: [two.id] });
  admin = await signViewerToken({ role: 'admin' });
});

describe('two scoped viewers on warm caches', () => {
  it('each sees only their own customer, however the requests interleave', async () => {
    // Warm every entry either viewer could touch, as the admin (who sees both customers).
    await ask(IsolationDashboard, {}, admin);
    await byId(one.id, admin);
    await byId(two.id, admin);

    const rounds = Array.from({ length: 12 }, (_, i) => i);
    const answers = await Promise.all(
      rounds.flatMap((i) => {
        const [viewer, own, other] = i % 2 === 0 ? [viewerOne, one, two] : [viewerTwo, two, one];
        return [
          ask(IsolationDashboard, {}, viewer).then((body) => ({ viewer, own, other, body, kind: 'dashboard' })),
          byId(other.id, viewer).then((body) => ({ viewer, own, other, body, kind: 'other' })),
          byId(own.id, viewer).then((body) => ({ viewer, own, other, body, kind: 'own' })),
        ];
      }),
    );
    let hits = 0;
    for (const { own, other, body, kind } of answers) {
      const text = JSON.stringify(body.data);
      const otherName = other === one ? 'Viewer one customer' : 'Viewer two customer (private)';
      const ownName = own === one ? 'Viewer one customer' : 'Viewer two customer (private)';
      expect(text).not.toContain(otherName);
      expect(text).not.toContain(other.id);
      if (kind === 'other') expect(body.data).toEqual({ customer: null });
      else expect(text).toContain(ownName);
      hits += body.extensions?.cache?.hits ?? 0;
    }
    // The caches were warm: the viewers were answered from them, and still saw only their own.
    expect(hits).toBeGreaterThan(0);
  });

  it('purging is for admins: a customer viewer is refused, an admin’s purge makes the next read go upstream', async () => {
    const refused = await ask(IsolationPurge, { customerId: one.id }, viewerOne);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await byId(one.id, viewerOne);
    expect((await byId(one.id, viewerOne)).extensions?.cache).toEqual({ hits: 3, misses: 0 });
    const purged = await ask(IsolationPurge, { customerId: one.id }, admin);
    expect(purged).toMatchObject({ data: { purgeCustomerCache: { customerId: one.id } } });
    expect((await byId(one.id, viewerOne)).extensions?.cache).toEqual({ hits: 0, misses: 3 });
  });
});
