import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGateway } from '../helpers/gateway.js';
import { jwtMode, signViewerToken } from '../helpers/jwt.js';
import { documentedErrorCodes } from '../helpers/readme-errors.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';

// Every code in the README's error table, produced the way a client meets it, over HTTP: each
// answer has a JSON body whose first error carries that code, at a status the table lists. The
// table is read from the README, so the two cannot drift apart.

const harness = useGateway({
  gateway: {
    ...jwtMode,
    TRUSTED_DOCUMENTS: 'only',
    TRUSTED_DOCUMENTS_ADMIN_ARBITRARY: true,
    RATE_LIMIT_PER_MINUTE: 20,
    UPSTREAM_MAX_ATTEMPTS: 1,
    BREAKER_FAILURE_THRESHOLD: 1,
  },
});

const NOBODY = '00000000-0000-4000-8000-000000000000';
let admin: Record<string, string>;
let customerViewer: Record<string, string>;
let acme: SeededCustomer;

interface Answer {
  status: number;
  contentType: string | null;
  body: { errors?: { message?: string; extensions?: { code?: string } }[] };
}

/** Sends a raw HTTP request to the gateway (path relative to its origin) and reads the JSON body. */
async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${harness.gateway.url}${path}`, init);
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    throw new Error(
      `${init.method ?? 'GET'} ${path} answered ${response.status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 200))}`,
    );
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}

/** The id, in the bundled trusted-documents manifest, of the document that starts with `start`. */
function documentIdOf(start: string): string {
  const manifest = JSON.parse(readFileSync(new URL('../../trusted-documents/gql/persisted-documents.json', import.meta.url), 'utf8'));
  const found = Object.entries(manifest as Record<string, string>).find(([, text]) => text.startsWith(start));
  if (!found) throw new Error(`No trusted document starts with ${start}`);
  return found[0];
}

/**
 * A GraphQL POST as a client sends it. Raw on purpose (not typed documents): each scenario is the
 * exact request a client meets the code with — most are malformed, invalid or over a limit, and
 * the status a code comes with depends on the request's headers, which this test controls.
 */
const post = (body: unknown, headers: Record<string, string> = admin) =>
  send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** How to meet each code; codes that only an internal fault can produce are listed apart. */
const SCENARIOS: Record<string, (() => Promise<Answer>)[]> = {
  BAD_REQUEST: [
    () => post([{ query: '{ __typename }' }]),
    () => send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: '{"query": ' }),
    () => post({ query: '{ __typename }', colour: 'blue' }),
  ],
  OPERATION_RESOLUTION_FAILURE: [() => post({ query: 'query A { __typename } query B { __typename }' })],
  GRAPHQL_PARSE_FAILED: [() => post({ query: '{ customers(' })],
  GRAPHQL_VALIDATION_FAILED: [() => post({ query: '{ noSuchField }' })],
  BAD_USER_INPUT: [() => post({ query: '{ customer(id: "not-an-id") { name } }' })],
  NOT_FOUND: [() => post({ query: `{ customer(id: "${NOBODY}") { name } }` }), () => send('/no-such-page')],
  UNAUTHENTICATED: [() => post({ query: '{ __typename }' }, {})],
  FORBIDDEN: [
    // The README's Archive mutation by its documentId (this gateway takes trusted documents only).
    () => post({ documentId: documentIdOf('mutation Archive'), variables: { id: NOBODY } }, customerViewer),
  ],
  CONFLICT: [
    async () => {
      const create = {
        query: `mutation { createThresholdNotification(input: { customerId: "${acme.id}", type: SPEND_THRESHOLD_REACHED, name: "Twice", threshold: 100, uniquenessKey: "error-table-conflict" }) { thresholdNotificationId } }`,
      };
      await post(create);
      return post(create);
    },
  ],
  RATE_LIMITED: [
    async () => {
      const viewer = { authorization: `Bearer ${await signViewerToken({ role: 'admin' }, { subject: 'rate-limit-probe' })}` };
      let answer = await post({ query: '{ __typename }' }, viewer);
      for (let sent = 1; sent <= 21 && answer.body.errors === undefined; sent += 1)
        answer = await post({ query: '{ __typename }' }, viewer);
      return answer;
    },
  ],
  QUERY_TOO_EXPENSIVE: [
    () => post({ query: '{ customers(first: 100) { edges { node { alerts { edges { cursor } } commits { edges { cursor } } } } } }' }),
  ],
  MAX_DEPTH_EXCEEDED: [
    () =>
      post({
        query:
          '{ customers { edges { node { alerts { edges { node { customer { alerts { edges { node { customer { alerts { edges { node { customerStatus } } } } } } } } } } } } } } }',
      }),
  ],
  MAX_ALIASES_EXCEEDED: [
    () => post({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: customer(id: "${NOBODY}") { name }`).join(' ')} }` }),
  ],
  MAX_TOKENS_EXCEEDED: [() => post({ query: `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }` })],
  MAX_DIRECTIVES_EXCEEDED: [() => post({ query: `{ __typename ${Array.from({ length: 21 }, () => '@include(if: true)').join(' ')} }` })],
  TRUSTED_DOCUMENT_NOT_FOUND: [() => post({ documentId: 'sha256:0000' })],
  TRUSTED_DOCUMENTS_ONLY: [() => post({ query: '{ __typename }' }, customerViewer)],
  CSRF_PREVENTED: [
    () => send(`/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: {} }),
    () => send('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }),
  ],
  NOT_ACCEPTABLE: [
    () =>
      send('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/xml', ...admin },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
  ],
  UNSUPPORTED_MEDIA_TYPE: [
    () => send('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain', ...admin }, body: '{"query":"{ __typename }"}' }),
  ],
  REQUEST_ENTITY_TOO_LARGE: [() => post({ query: '{ __typename }', variables: { padding: 'x'.repeat(300_000) } })],
  // Upstream failures last: they open the circuit of the customers route.
  UPSTREAM_ERROR: [
    async () => {
      await harness.sandboxHarness.setKnobs({ faults: [{ route: 'GET /v1/customers', action: 'status', status: 500 }] });
      return post({ query: '{ customers(first: 1) { edges { cursor } } }' });
    },
  ],
  UPSTREAM_UNAVAILABLE: [() => post({ query: '{ customers(first: 1) { edges { cursor } } }' })],
};

/** Codes this test does not produce, and why (each still needs its README row). */
const NOT_PRODUCED_HERE: Record<string, string> = {
  INTERNAL_SERVER_ERROR: 'needs a fault in the gateway itself; test/graphql/mask-error.test.ts shows the masking',
  SLOW_CONSUMER: 'needs a subscription reader stalled for 1,024 events, not an HTTP request',
};

beforeAll(async () => {
  [acme] = (await seedCustomers(harness, [{ name: 'Acme' }])) as [SeededCustomer];
  admin = { authorization: `Bearer ${await signViewerToken({ role: 'admin' })}` };
  customerViewer = { authorization: `Bearer ${await signViewerToken({ customer_ids: [acme.id] })}` };
});

afterAll(async () => {
  await harness.sandboxHarness.setKnobs({ faults: [] });
});

describe('the README’s error-code table', () => {
  const documented = documentedErrorCodes();

  it('lists every code this test can produce, and nothing else', () => {
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.map((row) => row.code).sort()).toEqual([...Object.keys(SCENARIOS), ...Object.keys(NOT_PRODUCED_HERE)].sort());
  });

  it('is right about each code: the request answers it, with a JSON body, at a status the table lists', async () => {
    const wrong: string[] = [];
    for (const [code, scenarios] of Object.entries(SCENARIOS)) {
      const statuses = documented.find((entry) => entry.code === code)?.statuses ?? [];
      for (const [index, scenario] of scenarios.entries()) {
        const { status, contentType, body } = await scenario();
        const error = body.errors?.[0];
        const json = /^application\/(graphql-response\+)?json/.test(contentType ?? '');
        if (!json || error?.extensions?.code !== code || !error.message || !statuses.includes(status)) {
          wrong.push(`${code} #${index + 1}: HTTP ${status}, ${contentType}, ${JSON.stringify(body).slice(0, 300)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
