import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateUpstreamCalls } from '../../src/schema/cost.js';
import { buildSchema } from '../../src/schema/index.js';

const schema = buildSchema();
const estimate = (document: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  estimateUpstreamCalls(schema, parse(document), operationName, variables);

describe('upstream-call estimate', () => {
  it('multiplies what sits under a connection by its page size: the 50-customer dashboard is 1 + 50 + 50', () => {
    const dashboard = `{ customers(first: 50) { edges { node { name
      alerts { edges { node { customerStatus } } }
      commits { edges { node { name } } } } } } }`;
    expect(estimate(dashboard)).toBe(101);
  });

  it('reads page sizes from variables, and uses the default page size when none is given', () => {
    const query = 'query Q($n: Int) { customers(first: $n) { edges { node { alerts { edges { node { customerStatus } } } } } } }';
    expect(estimate(query, { n: 2 })).toBe(1 + 2);
    expect(estimate(query)).toBe(1 + 25);
  });

  it('costs nothing for a document that names no operation it holds', () => {
    expect(estimate('query A { customers { edges { node { name } } } }', {}, 'B')).toBe(0);
  });
});
