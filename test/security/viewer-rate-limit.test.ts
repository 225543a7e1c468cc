import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { bearer, jwtMode, signViewerToken } from '../helpers/jwt.js';
import { seedCustomers } from '../helpers/seed.js';

// Each viewer has its own allowance, also when its token carries no `sub`.

const harness = useGateway({ gateway: { ...jwtMode, RATE_LIMIT_PER_MINUTE: 3 } });

const Ping = graphql(`
  query Ping {
    __typename
  }
`);

describe('per-viewer rate limit', () => {
  it('counts two customer viewers without sub apart: one viewer’s burst does not lock out the other', async () => {
    const [a, b] = await seedCustomers(harness, [{ name: 'A' }, { name: 'B' }]);
    const viewerA = await signViewerToken({ customer_ids: [a?.id ?? ''] }, { subject: null });
    const viewerB = await signViewerToken({ customer_ids: [b?.id ?? ''] }, { subject: null });

    // A spends its allowance (bounded: even across a window boundary, 3 + 3 calls exhaust it).
    let limited = false;
    for (let i = 0; i < 10 && !limited; i += 1) {
      const { body } = await harness.execute(Ping, {}, bearer(viewerA));
      limited = body.errors?.[0]?.extensions?.code === 'RATE_LIMITED';
    }
    expect(limited).toBe(true);

    const { body } = await harness.execute(Ping, {}, bearer(viewerB));
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ __typename: 'Query' });
  });
});
