import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskError } from '../../src/schema/errors.js';
import { UpstreamServerError } from '../../src/upstream/errors.js';

describe('maskError', () => {
  it('hides unexpected errors behind INTERNAL_SERVER_ERROR, keeping only the path', () => {
    const located = new GraphQLError('boom at /srv/app.js:12 with token sk_live_123', {
      path: ['customer'],
      originalError: new Error('boom at /srv/app.js:12 with token sk_live_123'),
    });
    const masked = maskError(located, 'Unexpected error.');
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(masked.path).toEqual(['customer']);
  });

  it('maps upstream failures without their route or status line details leaking', () => {
    const upstream = new UpstreamServerError('Metronome answered 502 to GET /v1/customers', { route: 'GET /v1/customers', status: 502 });
    const masked = maskError(new GraphQLError(upstream.message, { originalError: upstream }), 'Unexpected error.');
    expect(masked.extensions).toEqual({ code: 'UPSTREAM_ERROR' });
    expect(masked.message).not.toContain('/v1/customers');
  });
});
