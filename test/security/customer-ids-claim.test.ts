import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { bearer, jwtMode, signViewerToken } from '../helpers/jwt.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';

// The customer-ids claim holds Metronome customer UUIDs. A frontend holding a Customer's global ID
// (`Customer.id`) may put that there instead: it names the same customer and grants it. An entry
// that names no customer refuses the token rather than silently granting nothing.

const harness = useGateway({ gateway: jwtMode });

const ClaimedCustomers = graphql(`
  query ClaimedCustomers {
    customers(first: 10) {
      edges {
        node {
          name
        }
      }
    }
  }
`);

let acme: SeededCustomer;

beforeAll(async () => {
  [acme] = (await seedCustomers(harness, [{ name: 'Acme' }, { name: 'Globex' }])) as [SeededCustomer];
});

describe('the customer_ids claim', () => {
  it('grants a customer named by its global ID exactly as by its UUID', async () => {
    for (const id of [acme.id, acme.id.toUpperCase(), encodeGlobalID('Customer', acme.id)]) {
      const { body } = await harness.execute(ClaimedCustomers, {}, bearer(await signViewerToken({ customer_ids: [id] })));
      expect(body.errors, id).toBeUndefined();
      expect(body.data, id).toEqual({ customers: { edges: [{ node: { name: 'Acme' } }] } });
    }
  });

  it('refuses a token listing something that is no customer id, saying what the claim must hold', async () => {
    for (const id of ['acme', encodeGlobalID('CustomerAlert', acme.id), '']) {
      const { status, body } = await harness.execute(ClaimedCustomers, {}, bearer(await signViewerToken({ customer_ids: [acme.id, id] })));
      expect(status, id).toBe(401);
      expect(body.errors, id).toEqual([
        expect.objectContaining({
          message: "The token's customer_ids claim must list Metronome customer UUIDs or Customer global IDs",
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ]);
    }
  });
});
