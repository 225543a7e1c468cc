import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { specViolations } from '../helpers/openapi.js';
import { useSandbox } from '../helpers/sandbox.js';
import { createWorld } from '../helpers/world.js';

// Whatever a client sends, the sandbox answers with a 4xx `{ message }` and keeps serving.

const harness = useSandbox({ bodyLimitBytes: 64 * 1024 });

async function call(token: string | undefined, method: 'GET' | 'POST', path: string, body?: string) {
  const response = await request(`${harness.url}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), 'content-type': 'application/json' },
    body,
  });
  const text = await response.body.text();
  return { status: response.statusCode, json: text ? (JSON.parse(text) as { message?: string }) : undefined };
}

describe('bad input', () => {
  it('answers malformed JSON with 400', async () => {
    const { token } = await createWorld(harness.sandbox, harness.newOrganization());
    const result = await call(token, 'POST', '/v1/alerts/create', '{"alert_type": ');
    expect(result).toEqual({ status: 400, json: { message: 'Request body is not valid JSON' } });
  });

  it('names the parameter on wrong types and unknown fields', async () => {
    const { token, customerId } = await createWorld(harness.sandbox, harness.newOrganization());
    const wrongType = await call(
      token,
      'POST',
      '/v1/alerts/create',
      JSON.stringify({ alert_type: 'spend_threshold_reached', name: 'x', threshold: '10' }),
    );
    expect(wrongType.status).toBe(400);
    expect(wrongType.json?.message).toMatch(/^threshold: expected number/);

    const unknown = await call(token, 'POST', '/v1/customer-alerts/list', JSON.stringify({ customer_id: customerId, colour: 'red' }));
    expect(unknown).toEqual({ status: 400, json: { message: 'unknown parameter colour' } });

    const nested = await call(token, 'POST', '/v1/contracts/customerCommits/list', JSON.stringify({ customer_id: customerId, limit: 26 }));
    expect(nested.status).toBe(400);
    expect(nested.json?.message).toMatch(/^limit: /);

    const missing = await call(token, 'POST', '/v1/customer-alerts/get', JSON.stringify({ customer_id: customerId }));
    expect(missing).toEqual({ status: 400, json: { message: 'alert_id is required' } });
  });

  it('validates query parameters: limits, booleans, array sizes, unknown names, cursors', async () => {
    const { token } = await createWorld(harness.sandbox, harness.newOrganization());
    expect((await call(token, 'GET', '/v1/customers?limit=0')).json).toEqual({ message: 'limit must be between 1 and 100' });
    expect((await call(token, 'GET', '/v1/customers?limit=101')).status).toBe(400);
    expect((await call(token, 'GET', '/v1/customers?only_archived=maybe')).json).toEqual({
      message: 'only_archived must be true or false',
    });
    const ids = Array.from({ length: 101 }, () => crypto.randomUUID()).join(',');
    expect((await call(token, 'GET', `/v1/customers?customer_ids=${ids}`)).json).toEqual({
      message: 'customer_ids: at most 100 ids may be given',
    });
    expect((await call(token, 'GET', '/v1/customers?customer_ids=not-a-uuid')).status).toBe(400);
    expect((await call(token, 'GET', '/v1/customers?sort=name')).json).toEqual({ message: 'Unknown query parameter: sort' });
    expect((await call(token, 'GET', '/v1/customers?next_page=garbage')).json).toEqual({
      message: 'next_page: not a valid cursor for this list',
    });
  });

  it('accepts array query parameters comma-joined and repeated alike', async () => {
    const token = harness.newOrganization();
    const a = await createWorld(harness.sandbox, token, 'A');
    const b = await createWorld(harness.sandbox, token, 'B');
    const joined = await call(token, 'GET', `/v1/customers?customer_ids=${a.customerId},${b.customerId}`);
    const repeated = await call(token, 'GET', `/v1/customers?customer_ids=${a.customerId}&customer_ids=${b.customerId}`);
    expect(joined.json).toEqual(repeated.json);
    expect((joined.json as { data: unknown[] }).data).toHaveLength(2);
  });

  it('refuses bodies over the limit with 413', async () => {
    const { token } = await createWorld(harness.sandbox, harness.newOrganization());
    const huge = JSON.stringify({ name: 'x'.repeat(100 * 1024) });
    const result = await call(token, 'POST', '/v1/customers', huge);
    expect(result.status).toBe(413);
    expect(result.json?.message).toMatch(/larger than the 65536-byte limit/);
  });

  it('treats path traversal in ids as a bad id, never as a path', async () => {
    const { token } = await createWorld(harness.sandbox, harness.newOrganization());
    expect(await call(token, 'GET', '/v1/customers/..%2F..%2Fetc%2Fpasswd')).toEqual({
      status: 400,
      json: { message: 'customer_id must be a UUID' },
    });
    expect((await call(token, 'GET', '/v1/customers/../../etc/passwd')).status).toBe(404);
    expect((await call(token, 'GET', '/v1/billable-metrics/%E0%A4%A')).status).toBe(404);
  });

  it('answers 401 without a known token, 404 for unknown paths and 405 for wrong methods', async () => {
    expect(await call(undefined, 'GET', '/v1/customers')).toEqual({
      status: 401,
      json: { message: 'Unauthorized: send a valid bearer token' },
    });
    expect((await call('made-up-token', 'GET', '/v1/customers')).status).toBe(401);
    expect((await call(harness.newOrganization(), 'GET', '/v1/nothing-here')).status).toBe(404);
    expect((await call(harness.newOrganization(), 'GET', '/v1/alerts/create')).status).toBe(405);
  });

  it('still serves normal requests after all of the above', async () => {
    const { token, customerId } = await createWorld(harness.sandbox, harness.newOrganization());
    const result = await call(token, 'GET', `/v1/customers/${customerId}`);
    expect(result.status).toBe(200);
  });
});

describe('the OpenAPI check itself', () => {
  it('flags a response that does not match the spec', () => {
    const problems = specViolations([
      { method: 'GET', route: '/v1/customers/{customer_id}', status: 200, body: { data: { id: 'x', name: 3 } } },
      { method: 'POST', route: '/v1/alerts/create', status: 400, body: { error: 'no message field' } },
    ]);
    expect(problems).toHaveLength(2);
  });
});
