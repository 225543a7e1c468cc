import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { bearer, jwtMode, signViewerToken } from '../helpers/jwt.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';

// What a viewer may not see reads exactly like what does not exist: same data, same code, same
// words (only the id the client sent differs).

const harness = useGateway({ gateway: jwtMode });

const CustomerName = graphql(`
  query CustomerName($id: ID!) {
    customer(id: $id) {
      name
    }
  }
`);

const ResetForWording = graphql(`
  mutation ResetForWording($input: ResetCustomerAlertInput!) {
    resetCustomerAlert(input: $input) {
      customerAlert {
        customerStatus
      }
    }
  }
`);

const NOBODY = '00000000-0000-4000-8000-000000000000';
let a: SeededCustomer;
let b: SeededCustomer;
let admin = '';
let viewerA = '';

/** The body with every id replaced by a placeholder, so two answers can be compared word for word. */
const withoutIds = (body: unknown, ...ids: string[]): string => ids.reduce((text, id) => text.replaceAll(id, '<id>'), JSON.stringify(body));

beforeAll(async () => {
  [a, b] = (await seedCustomers(harness, [
    { name: 'Customer A', alerts: 1 },
    { name: 'Customer B', alerts: 1 },
  ])) as [SeededCustomer, SeededCustomer];
  admin = await signViewerToken({ role: 'admin' });
  viewerA = await signViewerToken({ customer_ids: [a.id] });
});

describe('an unknown customer', () => {
  it('is null with NOT_FOUND for an admin', async () => {
    const { body } = await harness.execute(CustomerName, { id: NOBODY }, bearer(admin));
    expect({ data: body.data, errors: body.errors }).toEqual({
      data: { customer: null },
      errors: [
        expect.objectContaining({ message: `No customer with id ${NOBODY}`, path: ['customer'], extensions: { code: 'NOT_FOUND' } }),
      ],
    });
  });

  it('reads, for a scoped viewer, exactly like a customer it may not see', async () => {
    const hidden = await harness.execute(CustomerName, { id: b.id }, bearer(viewerA));
    const missing = await harness.execute(CustomerName, { id: NOBODY }, bearer(viewerA));
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(withoutIds(hidden.body.errors, b.id)).toBe(withoutIds(missing.body.errors, NOBODY));
    expect(hidden.body.data).toEqual(missing.body.data);
  });
});

describe('resetCustomerAlert', () => {
  it('words another customer’s notification exactly like a notification that does not exist', async () => {
    const theirs = await harness.execute(ResetForWording, { input: { customerId: a.id, alertId: b.alertIds[0] ?? '' } }, bearer(viewerA));
    const nothing = await harness.execute(ResetForWording, { input: { customerId: a.id, alertId: NOBODY } }, bearer(viewerA));
    expect(theirs.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(withoutIds(theirs.body.errors, b.alertIds[0] ?? '')).toBe(withoutIds(nothing.body.errors, NOBODY));
    expect(theirs.body.data).toEqual(nothing.body.data);
    // The viewer's own notification still resets.
    const mine = await harness.execute(ResetForWording, { input: { customerId: a.id, alertId: a.alertIds[0] ?? '' } }, bearer(viewerA));
    expect(mine.body.errors).toBeUndefined();
  });
});
