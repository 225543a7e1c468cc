import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { CustomerFeed } from '../helpers/live-documents.js';
import { bearer, jwtMode, signViewerToken } from '../helpers/jwt.js';
import { type SubscriptionRecorder, subscribeSse, subscribeWs } from '../helpers/live-clients.js';
import { ManualExpiryTimers } from '../helpers/manual-expiry-timers.js';
import { type MeteredCustomer, meteredCustomer } from '../helpers/metered.js';

// Live connections live exactly as long as their token: an SSE stream ends at expiry like a
// WebSocket does, a token valid for weeks keeps its WebSocket for weeks, and once expired the
// token is refused on every transport. The gateway's expiry time is manual: tokens expire when
// the test moves it past their `exp`, never by waiting.

const WEBHOOK_SECRET = 'whsec-token-expiry';
const expiry = new ManualExpiryTimers();
const harness = useGateway({
  sandbox: { webhooks: { baseDelayMs: 10 } },
  gateway: { ...jwtMode, METRONOME_WEBHOOK_SECRET: WEBHOOK_SECRET, POLL_INTERVAL_MS: 600_000 },
  expiryTimers: expiry,
});
const HOUR_S = 60 * 60;
const DAY_S = 24 * HOUR_S;
const open: Array<SubscriptionRecorder<unknown>> = [];

const ExpiryCustomerName = graphql(`
  query ExpiryCustomerName($id: ID!) {
    customer(id: $id) {
      name
    }
  }
`);

// One customer per test: each moves its customer into alarm as its sentinel.
let sseCustomer: MeteredCustomer;
let wsCustomer: MeteredCustomer;

beforeAll(async () => {
  sseCustomer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'SSE expiry customer');
  wsCustomer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'WebSocket expiry customer');
  const org = harness.sandboxHarness.sandbox.organization(harness.token);
  if (org) org.webhookDestinations = [{ url: harness.gateway.webhookUrl, secret: WEBHOOK_SECRET }];
});

afterAll(async () => {
  await Promise.all(open.map((subscription) => subscription.close()));
});

describe('token expiry on live connections', () => {
  it('ends an SSE subscription with a last UNAUTHENTICATED event when its token expires, then closes the stream, and refuses the token over HTTP from then on', async () => {
    const token = await signViewerToken({ customer_ids: [sseCustomer.customerId] }, { expiresAt: expiry.nowSeconds() + HOUR_S });
    const askName = () => harness.execute(ExpiryCustomerName, { id: sseCustomer.customerId }, bearer(token));
    expect((await askName()).body.data?.customer?.name).toBe('SSE expiry customer');
    const stream = subscribeSse(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: sseCustomer.customerId },
      headers: bearer(token),
    });
    open.push(stream);
    await stream.waitFor(1);

    // A second short of `exp`, the stream is still delivering: the next change reaches it.
    expiry.advance((HOUR_S - 1) * 1000);
    await sseCustomer.ingest(5);
    const events = await stream.waitFor(2);
    expect(events[1]).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM' });
    expect((await askName()).status).toBe(200);

    expiry.advance(1000);
    await stream.closed(5_000);
    expect(stream.events).toHaveLength(2);
    expect(stream.errors).toEqual([
      [expect.objectContaining({ message: 'The token has expired', extensions: { code: 'UNAUTHENTICATED' } })],
    ]);
    const refused = await askName();
    expect(refused.status).toBe(401);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: 'The token has expired', extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
  });

  it('keeps a WebSocket whose token expires in 30 days (beyond a Node timer’s reach) open and delivering for 29 days, then closes it with 4403', async () => {
    const token = await signViewerToken({ customer_ids: [wsCustomer.customerId] }, { expiresAt: expiry.nowSeconds() + 30 * DAY_S });
    const socket = subscribeWs(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: wsCustomer.customerId },
      connectionParams: { authorization: `Bearer ${token}` },
    });
    open.push(socket);
    const [snapshot] = await socket.waitFor(1);
    expect(snapshot?.status).toBe('OK');

    expiry.advance(29 * DAY_S * 1000);
    await wsCustomer.ingest(5);
    const events = await socket.waitFor(2);
    expect(events[1]).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM' });
    expect(socket.closeCode).toBeUndefined();

    expiry.advance(DAY_S * 1000);
    await socket.ended(5_000);
    expect([socket.closeCode, socket.closeReason]).toEqual([4403, 'Token expired']);
  });

  it('refuses a token before its nbf and accepts it from then on, by the same clock as expiry', async () => {
    const token = await signViewerToken(
      { customer_ids: [wsCustomer.customerId] },
      { notBefore: expiry.nowSeconds() + 60, expiresAt: expiry.nowSeconds() + HOUR_S },
    );
    const askName = () => harness.execute(ExpiryCustomerName, { id: wsCustomer.customerId }, bearer(token));
    const early = await askName();
    expect(early.status).toBe(401);
    expect(early.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expiry.advance(60_000);
    const onTime = await askName();
    expect(onTime.status).toBe(200);
    expect(onTime.body.data?.customer?.name).toBe('WebSocket expiry customer');
  });
});
