import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGateway } from '../helpers/gateway.js';
import { seedCustomers } from '../helpers/seed.js';

// Property-based fuzzing: 10,000 generated documents, variables and mutation inputs. Whatever
// arrives, the gateway answers with coded errors — never a 500, never an uncoded error, never a
// crash — and its memory stays bounded.

const harness = useGateway({ gateway: { RATE_LIMIT_PER_MINUTE: 0 } });
let pool: Pool;
let customerId = '';

beforeAll(async () => {
  pool = new Pool(harness.gateway.url, { connections: 8 });
  const [seeded] = await seedCustomers(harness, [{ name: 'Fuzzed', alerts: 2, commits: 1 }]);
  customerId = seeded?.id ?? '';
});

afterAll(async () => {
  await pool.close();
});

/** A full garbage collection, to measure what is really retained. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const ALLOWED_STATUSES = new Set([200, 400, 401, 403, 405, 406, 413, 415]);

async function send(body: string): Promise<void> {
  const response = await pool.request({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  const text = await response.body.text();
  expect(ALLOWED_STATUSES.has(response.statusCode), `status ${response.statusCode} for ${body.slice(0, 200)}: ${text.slice(0, 200)}`).toBe(
    true,
  );
  const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
  for (const error of parsed.errors ?? []) {
    expect(typeof error.extensions?.code, `uncoded error for ${body.slice(0, 200)}: ${text.slice(0, 300)}`).toBe('string');
    expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  }
}

const FIELDS = [
  'name',
  'metronomeId',
  'ingestAliases',
  'customFields',
  'createdAt',
  'archivedAt',
  'id',
  'alerts(first: $n) { edges { cursor node { customerStatus triggeredBy notification { id name type threshold status } } } pageInfo { hasNextPage endCursor } }',
  'commits(first: $n) { edges { node { id name type balance ledger { type amount } } } }',
  'alert(alertId: $s) { customerStatus }',
];
const value = fc.oneof(
  fc.integer({ min: -5, max: 500 }),
  fc.string({ maxLength: 40 }),
  fc.constant(null),
  fc.boolean(),
  fc.constant(customerId),
  fc.double({ noNaN: false }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

const structured = fc
  .record({
    root: fc.constantFrom(
      'customer(id: $s)',
      'customers(first: $n, after: $t)',
      'node(id: $s) { ... on Customer',
      'customerAlert(customerId: $s, alertId: $t)',
    ),
    fields: fc.subarray(FIELDS, { minLength: 1 }),
    alias: fc.option(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/)),
    variables: fc.record({ s: value, t: value, n: value }),
  })
  .map(({ root, fields, alias, variables }) => {
    const selection = root.startsWith('customers')
      ? `{ edges { node { ${fields.join(' ')} } } }`
      : root.startsWith('customerAlert')
        ? '{ customerStatus notification { name } }'
        : `{ ${fields.join(' ')} }`;
    const close = root.includes('... on Customer') ? ' } }' : '';
    const query = `query Q($s: ID, $t: String, $n: Int) { ${alias ? `${alias}: ` : ''}${root.replace('$s', root.startsWith('customer(') || root.startsWith('node') ? '$s' : '$s')} ${close ? `{ ${fields.join(' ')} }${close}` : selection} }`;
    return JSON.stringify({ query, variables });
  });

const garbage = fc.oneof(
  fc.string({ maxLength: 300 }).map((query) => JSON.stringify({ query })),
  fc.jsonValue().map((json) => JSON.stringify(json)),
  fc.string({ maxLength: 200 }),
  fc
    .tuple(
      fc.constantFrom(
        '{ customers { edges { node { name } } } }',
        'mutation { resetCustomerAlert(input: {}) { customerAlert { customerStatus } } }',
      ),
      fc.nat(60),
      fc.string({ maxLength: 3 }),
    )
    .map(([query, at, insert]) => JSON.stringify({ query: query.slice(0, at) + insert + query.slice(at) })),
  fc
    .record({ query: fc.constant('{ __typename }'), variables: fc.jsonValue(), operationName: fc.option(fc.string()) })
    .map((body) => JSON.stringify(body)),
);

const mutationInputs = fc
  .record(
    {
      type: fc.oneof(
        fc.constantFrom(
          'SPEND_THRESHOLD_REACHED',
          'USAGE_THRESHOLD_REACHED',
          'LOW_REMAINING_SEAT_BALANCE_REACHED',
          'INVOICE_TOTAL_REACHED',
        ),
        fc.string({ maxLength: 10 }),
      ),
      name: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()),
      threshold: fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 5 })),
      customerId: fc.oneof(fc.constant(customerId), fc.string({ maxLength: 40 })),
      uniquenessKey: fc.string({ maxLength: 140 }),
      groupValues: fc.array(fc.record({ key: fc.string({ maxLength: 5 }), value: fc.option(fc.string({ maxLength: 5 })) }), {
        maxLength: 3,
      }),
      seatFilter: fc.record({ seatGroupKey: fc.string({ maxLength: 5 }) }),
    },
    { requiredKeys: [] },
  )
  .map((input) =>
    JSON.stringify({
      query:
        'mutation M($input: CreateThresholdNotificationInput!) { createThresholdNotification(input: $input) { thresholdNotificationId } }',
      variables: { input },
    }),
  );

describe('fuzzing', () => {
  it('answers 10,000 generated requests with coded errors only, and its memory levels off', { timeout: 240_000 }, async () => {
    const gc = exposeGc();
    // Two rounds of 5,000 (2,000 structured queries, 2,000 malformed bodies, 1,000 mutation
    // inputs each). Bounded caches (parse and validation LRUs) fill during the first round; the
    // second must not keep growing the heap.
    const round = async (seed: number): Promise<number> => {
      await fc.assert(fc.asyncProperty(structured, send), { numRuns: 2_000, seed });
      await fc.assert(fc.asyncProperty(garbage, send), { numRuns: 2_000, seed: seed + 1 });
      await fc.assert(fc.asyncProperty(mutationInputs, send), { numRuns: 1_000, seed: seed + 2 });
      // The harness's own copy of the log lines is checked for credentials, then let go.
      expect(harness.logLines.filter((line) => line.includes(harness.token))).toEqual([]);
      harness.logLines.length = 0;
      gc();
      return process.memoryUsage().heapUsed;
    };
    const afterFirst = await round(1);
    const afterSecond = await round(100);
    expect(afterSecond - afterFirst).toBeLessThan(32 * 1024 * 1024);
    expect((await fetch(`${harness.gateway.url}/health`)).status).toBe(200);
  });
});
