import { createHmac } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useGateway } from '../helpers/gateway.js';
import { metricValue } from '../helpers/cache.js';
import { subscribeSse, subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { ArchiveAlert, BoardFeed, CustomerFeed, ResetAlert } from '../helpers/live-documents.js';
import { meteredCustomer } from '../helpers/metered.js';
import { activeSubscriptions } from '../helpers/metrics.js';
import { eventually } from '../helpers/wait.js';
import { recordDeliveries, webhooksSettled } from '../helpers/webhook-deliveries.js';

// Alarms pushed the moment they fire: usage crosses a threshold in the sandbox, the sandbox's
// engine sends a signed webhook, the gateway verifies it, asks upstream for the truth, and
// subscribers over graphql-ws and SSE see one transition each. The poller is slowed to a crawl
// here, so only webhooks (and mutations) can explain what arrives.

const SECRET = 'whsec-live-feed';
const harness = useGateway({
  sandbox: { webhooks: { baseDelayMs: 10, maxDelayMs: 50 } },
  gateway: { METRONOME_WEBHOOK_SECRET: SECRET, POLL_INTERVAL_MS: 600_000 },
});
const open: Array<SubscriptionRecorder<unknown>> = [];

beforeAll(() => {
  const org = harness.sandboxHarness.sandbox.organization(harness.token);
  if (!org) throw new Error('no organization');
  org.webhookDestinations = [{ url: harness.gateway.webhookUrl, secret: SECRET }];
  org.sendResolvedWebhooks = true;
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.close()));
});

function track<T>(subscription: SubscriptionRecorder<T>): SubscriptionRecorder<T> {
  open.push(subscription as SubscriptionRecorder<unknown>);
  return subscription;
}

const feedOf = (customerId: string, alertId?: string) =>
  track(subscribeWs(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', { variables: { customerId, alertId } }));

/**
 * Archives the notification through the gateway, to end a "nothing more arrives" check: the
 * archive is refreshed in the same per-customer lane as any webhook before it (one customer's
 * refreshes run in order) and its event travels the same channel, so whatever those refreshes
 * published reaches a subscriber before the ARCHIVED event does.
 */
async function archive(alertId: string): Promise<void> {
  const { body } = await harness.execute(ArchiveAlert, { id: alertId });
  expect(body.errors).toBeUndefined();
}

const transitions = (events: Array<{ previousStatus: string | null; status: string }>) =>
  events.map((event) => [event.previousStatus, event.status]);

describe('alarms by webhook', () => {
  it('delivers exactly one OK → IN_ALARM over graphql-ws and over SSE', async () => {
    const sandbox = harness.sandboxHarness.sandbox;
    const customer = await meteredCustomer(sandbox, harness.token, 'Webhook customer');
    const ws = feedOf(customer.customerId);
    const sse = track(
      subscribeSse(harness.gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
        variables: { customerId: customer.customerId },
      }),
    );
    for (const feed of [ws, sse]) {
      const [snapshot] = await feed.waitFor(1);
      expect(snapshot).toMatchObject({
        previousStatus: null,
        status: 'OK',
        source: 'SNAPSHOT',
        customerAlert: { customer: { name: 'Webhook customer' } },
      });
    }

    await customer.ingest(5);
    for (const feed of [ws, sse]) {
      const events = await feed.waitFor(2);
      expect(events[1]).toMatchObject({
        previousStatus: 'OK',
        status: 'IN_ALARM',
        source: 'WEBHOOK',
        customerAlert: { customerStatus: 'IN_ALARM', triggeredBy: 'usage', notification: { id: customer.alertId } },
      });
    }
    const deliveries = recordDeliveries(sandbox.webhooks);
    await customer.ingest(3); // still over: no webhook, no event
    await webhooksSettled(sandbox.webhooks);
    expect(deliveries.filter((attempt) => attempt.alertId === customer.alertId)).toEqual([]);
    await archive(customer.alertId);
    for (const feed of [ws, sse]) {
      expect(transitions(await feed.waitFor(3))).toEqual([
        [null, 'OK'],
        ['OK', 'IN_ALARM'],
        ['IN_ALARM', 'ARCHIVED'],
      ]);
    }
  });

  it('shows the way back: the gateway’s own archive mutation refreshes the customer at once', async () => {
    const sandbox = harness.sandboxHarness.sandbox;
    const customer = await meteredCustomer(sandbox, harness.token, 'Archived customer');
    await customer.ingest(6);
    const ws = feedOf(customer.customerId, customer.alertId);
    expect((await ws.waitFor(1))[0]).toMatchObject({ status: 'IN_ALARM', source: 'SNAPSHOT' });
    await archive(customer.alertId);
    const [, archived] = await ws.waitFor(2);
    expect(archived).toMatchObject({ previousStatus: 'IN_ALARM', status: 'ARCHIVED', source: 'MUTATION' });
  });

  it('after resetCustomerAlert, Metronome notifies again and the feed stays truthful (no spurious events)', async () => {
    const sandbox = harness.sandboxHarness.sandbox;
    const customer = await meteredCustomer(sandbox, harness.token, 'Reset customer');
    const attempts = recordDeliveries(sandbox.webhooks);
    await customer.ingest(5);
    await webhooksSettled(sandbox.webhooks);
    const ws = feedOf(customer.customerId);
    await ws.waitFor(1);
    const { body } = await harness.execute(ResetAlert, { customerId: customer.customerId, alertId: customer.alertId });
    expect(body.errors).toBeUndefined();
    await webhooksSettled(sandbox.webhooks);
    const delivered = attempts.filter((attempt) => attempt.alertId === customer.alertId && attempt.status === 200);
    expect(delivered).toHaveLength(2);
    // Every refresh those webhooks started is published before the archive's event (see `archive`).
    await archive(customer.alertId);
    const events = await ws.waitUntil((seen) => seen.some((event) => event.status === 'ARCHIVED'), 'the archive');
    expect(events.at(-1)?.status).toBe('ARCHIVED');
    // Whatever passed through EVALUATING on the way, the feed was in alarm again before the
    // archive, and each event it sent was a real transition from the one before.
    const statuses = events.slice(0, -1).map((event) => event.status);
    expect(statuses.at(-1)).toBe('IN_ALARM');
    for (let i = 1; i < events.length; i += 1) expect(events[i]?.previousStatus).toBe(events[i - 1]?.status);
  });

  it('feeds a board watching every customer through alertStatusChanges', async () => {
    const sandbox = harness.sandboxHarness.sandbox;
    const customer = await meteredCustomer(sandbox, harness.token, 'Board customer');
    const before = await activeSubscriptions(harness.gateway.url);
    const board = track(subscribeWs(harness.gateway.graphqlUrl, BoardFeed, 'alertStatusChanges'));
    // Nobody watches this customer: the webhook alone brings the news to the board (with no
    // previous status, since the gateway had never seen the customer).
    await eventually('the board’s subscription to be in place', async () => (await activeSubscriptions(harness.gateway.url)) > before);
    await customer.ingest(5);
    const [event] = await board.waitFor(1);
    expect(event).toMatchObject({
      previousStatus: null,
      status: 'IN_ALARM',
      source: 'WEBHOOK',
      customerAlert: { customer: { name: 'Board customer' } },
    });
  });

  it('ends with a clear NOT_FOUND error for a customer that does not exist', async () => {
    const ws = feedOf('00000000-0000-4000-8000-00000000abcd');
    await ws.ended();
    expect(JSON.stringify(ws.errors)).toContain('NOT_FOUND');
    expect(ws.events).toEqual([]);
  });
});

describe('webhook intake', () => {
  async function post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
    const response = await fetch(harness.gateway.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, text: await response.text() };
  }
  const sign = (secret: string, date: string, body: string) => createHmac('sha256', secret).update(`${date}\n${body}`).digest('hex');

  it('rejects forged, wrongly keyed, stale, unsigned and malformed webhooks without publishing; accepts a genuine one once', async () => {
    const sandbox = harness.sandboxHarness.sandbox;
    const customer = await meteredCustomer(sandbox, harness.token, 'Target customer');
    const ws = feedOf(customer.customerId);
    expect((await ws.waitFor(1))[0]?.status).toBe('OK');

    // The customer goes into alarm upstream, but Metronome's own webhook is switched off: any
    // request that got through the gateway's checks would now surface the change.
    const org = sandbox.organization(harness.token);
    const destinations = org?.webhookDestinations ?? [];
    if (org) org.webhookDestinations = [];
    await customer.ingest(5);
    if (org) org.webhookDestinations = destinations;

    const body = JSON.stringify({
      id: 'forged-1',
      type: 'alerts.usage_threshold_reached',
      properties: { customer_id: customer.customerId },
    });
    // Counted from here on, once earlier tests' webhooks (e.g. after an archive) are all answered.
    await webhooksSettled(sandbox.webhooks);
    const accepted = () => metricValue(harness.gateway.url, 'gateway_webhooks_total', { outcome: 'accepted' });
    const acceptedBefore = await accepted();
    const now = new Date().toUTCString();
    const stale = new Date(Date.now() - 10 * 60 * 1000).toUTCString();
    expect((await post(body, { 'x-metronome-date': now, 'metronome-webhook-signature': 'a'.repeat(64) })).status).toBe(401);
    expect((await post(body, { 'x-metronome-date': now, 'metronome-webhook-signature': sign('not-the-secret', now, body) })).status).toBe(
      401,
    );
    expect((await post(body, { 'x-metronome-date': stale, 'metronome-webhook-signature': sign(SECRET, stale, body) })).status).toBe(401);
    expect((await post(body, { 'x-metronome-date': now })).status).toBe(401);
    expect((await post('not json', { 'x-metronome-date': now, 'metronome-webhook-signature': sign(SECRET, now, 'not json') })).status).toBe(
      400,
    );
    // Only an accepted webhook starts a refresh (and so could publish): none of these was.
    expect(await accepted()).toBe(acceptedBefore);
    expect(ws.events).toHaveLength(1);

    // A genuine one (signed over the Date header, the older scheme) gets through once; its replay
    // is acknowledged as a duplicate.
    const genuine = JSON.stringify({
      id: 'genuine-1',
      type: 'alerts.usage_threshold_reached',
      properties: { customer_id: customer.customerId },
    });
    expect(await post(genuine, { date: now, 'metronome-webhook-signature': sign(SECRET, now, genuine) })).toEqual({
      status: 200,
      text: '{"status":"accepted"}',
    });
    const [, change] = await ws.waitFor(2);
    expect(change).toMatchObject({ previousStatus: 'OK', status: 'IN_ALARM', source: 'WEBHOOK' });
    expect(await accepted()).toBe(acceptedBefore + 1);
    expect(await post(genuine, { date: now, 'metronome-webhook-signature': sign(SECRET, now, genuine) })).toEqual({
      status: 200,
      text: '{"status":"duplicate"}',
    });
    await archive(customer.alertId);
    expect(transitions(await ws.waitFor(3))).toEqual([
      [null, 'OK'],
      ['OK', 'IN_ALARM'],
      ['IN_ALARM', 'ARCHIVED'],
    ]);
  });
});
