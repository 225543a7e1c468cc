import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGateway } from '../helpers/gateway.js';
import { CustomerFeed } from '../helpers/live-documents.js';
import { bearer, jwtMode, signViewerToken } from '../helpers/jwt.js';
import { type SubscriptionRecorder, subscribeSse, subscribeWs } from '../helpers/live-clients.js';
import { type MeteredCustomer, meteredCustomer } from '../helpers/metered.js';

// Live connections live exactly as long as their token: an SSE stream ends at expiry like a
// WebSocket does, and a token valid for weeks keeps its WebSocket for weeks.

const WEBHOOK_SECRET = 'whsec-token-expiry';
const harness = useGateway({
  sandbox: { webhooks: { baseDelayMs: 10 } },
  gateway: { ...jwtMode, METRONOME_WEBHOOK_SECRET: WEBHOOK_SECRET, POLL_INTERVAL_MS: 600_000 },
});
const DAY_S = 24 * 60 * 60;
const open: Array<SubscriptionRecorder<unknown>> = [];

let customer: MeteredCustomer;

beforeAll(async () => {
  customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Expiry customer');
  const org = harness.sandboxHarness.sandbox.organization(harness.token);
  if (org) org.webhookDestinations = [{ url: harness.gateway.webhookUrl, secret: WEBHOOK_SECRET }];
});

afterAll(async () => {
  await Promise.all(open.map((subscription) => subscription.close()));
});

describe('token expiry on live connections', () => {
  it('ends an SSE subscription with a last UNAUTHENTICATED event when its token expires, then closes the stream', async () => {
    const token = await signViewerToken({ customer_ids: [customer.customerId] }, { expiresAt: Math.floor(Date.now() / 1000) + 3 });
    const stream = subscribeSse(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: customer.customerId },
      headers: bearer(token),
    });
    open.push(stream);
    await stream.waitFor(1);
    await stream.closed(15_000);
    expect(stream.errors).toEqual([
      [expect.objectContaining({ message: 'The token has expired', extensions: { code: 'UNAUTHENTICATED' } })],
    ]);
  });

  it('keeps a WebSocket whose token expires in 30 days (beyond a Node timer’s reach) open and delivering', async () => {
    const token = await signViewerToken({ customer_ids: [customer.customerId] }, { expiresAt: Math.floor(Date.now() / 1000) + 30 * DAY_S });
    const socket = subscribeWs(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: customer.customerId },
      connectionParams: { authorization: `Bearer ${token}` },
    });
    open.push(socket);
    const [snapshot] = await socket.waitFor(1);
    expect(snapshot?.status).toBe('OK');
    await customer.ingest(5);
    const events = await socket.waitFor(2);
    expect(events[1]).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM' });
    expect(socket.closeCode).toBeUndefined();
  });
});
