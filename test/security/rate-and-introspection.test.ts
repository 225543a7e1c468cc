import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';

const harness = useGateway({ gateway: { RATE_LIMIT_PER_MINUTE: 5, INTROSPECTION: false, NODE_ENV: 'production' } });

const RateProbe = graphql(`
  query RateProbe { __typename }
`);

describe('per-viewer rate limit and production hardening', () => {
  it('answers RATE_LIMITED with retryAfterMs once a viewer is over its allowance', async () => {
    const codes: unknown[] = [];
    let retryAfterMs: unknown;
    for (let i = 0; i < 7; i += 1) {
      const { body } = await harness.execute(RateProbe);
      const error = body.errors?.[0];
      codes.push(error?.extensions?.code ?? 'ok');
      retryAfterMs ??= error?.extensions?.retryAfterMs;
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(retryAfterMs).toEqual(expect.any(Number));
  });
});

describe('production switches', () => {
  const other = useGateway({ gateway: { RATE_LIMIT_PER_MINUTE: 0, INTROSPECTION: false, NODE_ENV: 'production', MAX_BODY_BYTES: 2048 } });

  it('refuses introspection and does not suggest field names', async () => {
    // Raw on purpose, here and below: introspection as any client tool sends it, a misspelt field, an oversized body.
    const introspection = await other.post(JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await other.post(JSON.stringify({ query: '{ custmer(id: "x") { name } }' }));
    expect(JSON.stringify(typo.body)).not.toContain('Did you mean');
  });

  it('refuses bodies over the limit with 413', async () => {
    const { status } = await other.post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(4096)}` }));
    expect(status).toBe(413);
  });
});
