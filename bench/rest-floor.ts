/**
 * The floor under any Node gateway for the head-to-head's queries: no GraphQL at all. A bare
 * `node:http` server that, for each request, makes the same upstream calls the query needs with a
 * bare undici Pool (dispatch, body gathered whole, as the gateway's transport does), parses each
 * answer and writes one JSON document back. No schema, validation, auth, cache, limits, metrics or
 * error handling: what making the calls and answering costs on this machine.
 *
 *   PORT=4831 METRONOME_BASE_URL=http://127.0.0.1:4611 node --import tsx bench/rest-floor.ts
 *
 * A body naming `customers(` is answered like the dashboard (GET /v1/customers, then each of the
 * first 20 customers' alerts and commits in parallel: 41 calls); anything else like `customer(id)`
 * (GET /v1/customers/{id} for the `id` variable: 1 call). Each request forwards its caller's
 * `Authorization`, as passthrough does.
 */
import { Pool } from 'undici';
import { dispatchText } from '../src/upstream/dispatch-text.js';
import { serveFloor } from './floor-http.js';

const upstream = new Pool(process.env.METRONOME_BASE_URL ?? 'http://127.0.0.1:4611', { connections: 128 });

async function call(authorization: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { authorization, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const answer = await dispatchText(upstream, { method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  // A failed call fails the request (counted as a failure by the harness), not a 200 with its error inside.
  if (answer.status >= 300) throw new Error(`upstream answered ${method} ${path} with ${answer.status}`);
  return JSON.parse(answer.text) as unknown;
}

interface Listed {
  data: Array<{ id: string; name: string }>;
}

async function dashboard(authorization: string): Promise<unknown> {
  const customers = (await call(authorization, 'GET', '/v1/customers?limit=20')) as Listed;
  return Promise.all(
    customers.data.slice(0, 20).map(async (customer) => {
      const [alerts, commits] = await Promise.all([
        call(authorization, 'POST', '/v1/customer-alerts/list', { customer_id: customer.id }),
        call(authorization, 'POST', '/v1/contracts/customerCommits/list', { customer_id: customer.id, limit: 25 }),
      ]);
      return { id: customer.id, name: customer.name, alerts, commits };
    }),
  );
}

async function answer(authorization: string | undefined, text: string): Promise<string> {
  const { query, variables } = JSON.parse(text) as { query: string; variables?: { id?: string } };
  if (query.includes('customers(')) return JSON.stringify({ data: { customers: await dashboard(authorization ?? '') } });
  const id = encodeURIComponent(variables?.id ?? '');
  return JSON.stringify({ data: { customer: await call(authorization ?? '', 'GET', `/v1/customers/${id}`) } });
}

serveFloor({ name: 'rest floor', defaultPort: 4831, failureStatus: 500, answer });
