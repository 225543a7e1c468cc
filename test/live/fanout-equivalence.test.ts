import type { DocumentNode } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../../src/server/gateway.js';
import { graphql } from '../gql/index.js';
import { executeOperation } from '../helpers/execute.js';
import { ArchiveAlert, CreateAlert, CustomerFeed } from '../helpers/live-documents.js';
import { type MeteredCustomer, meteredCustomer } from '../helpers/metered.js';
import { openRawConnection, openRawSse, type RawConnection, type RawSse } from '../helpers/raw-subscriptions.js';
import { useSandbox } from '../helpers/sandbox.js';
import { gatewayConfig } from '../helpers/config.js';

// The same viewers, with the same subscriptions, on two instances that share Redis: one shares
// executions and payloads between subscribers (SUBSCRIPTION_SHARING=on), the other executes every
// subscriber on its own (off). Each transition is published once for both (same changedAt), so
// every subscriber must receive exactly the same frames from either instance — including the
// customer-scoped viewers, who must never receive a payload meant for another scope.

const SECRET = 'a-long-enough-secret-for-hs256-signing-fan-out';
const WEBHOOK_SECRET = 'whsec-fanout-equivalence';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10, maxDelayMs: 50 } });

const BOARD = graphql(`
  subscription FanoutBoard {
    alertStatusChanges {
      previousStatus
      status
      source
      changedAt
      customerAlert {
        customerStatus
        notification {
          id
          name
        }
        customer {
          id
          name
        }
      }
    }
  }
`);
const ONE_ALERT = graphql(`
  subscription FanoutOneAlert($customerId: ID!, $alertId: ID) {
    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {
      status
      source
      customerAlert {
        notification {
          name
        }
        customer {
          name
        }
      }
    }
  }
`);

let orgToken = '';
let a: MeteredCustomer;
let b: MeteredCustomer;
let c: MeteredCustomer;
const instances: Record<'on' | 'off', RunningGateway | undefined> = { on: undefined, off: undefined };
const connections: Record<'on' | 'off', Map<string, RawConnection>> = { on: new Map(), off: new Map() };
const streams: Record<'on' | 'off', Map<string, RawSse>> = { on: new Map(), off: new Map() };

interface Subscription {
  id: string;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  /**
   * The frame this subscription ends on: the last change of the scenario it may see (or its
   * error). Changes reach a subscription in the order they were published, so once this frame
   * is in, everything published before it that this subscriber was (wrongly) sent is in too.
   */
  last: RegExp;
}

interface Viewer {
  name: string;
  claims: () => Record<string, unknown>;
  subscriptions: () => Subscription[];
}

const ARCHIVED_A = /"status":"ARCHIVED".*Equivalence A/;
const ARCHIVED_B = /"status":"ARCHIVED".*Equivalence B/;
/**
 * A's last change, published after B's archive: the frame A's viewers end on, so that B's archive
 * (the last change of B) reaching a viewer scoped to A would be in before it and be caught.
 */
const MARKER_A = /"name":"Equivalence A marker"/;
const feedA = (last: RegExp): Subscription => ({ id: 'feed-a', document: CustomerFeed, variables: { customerId: a.customerId }, last });
const board = (last: RegExp): Subscription => ({ id: 'board', document: BOARD, last });
const oneB = (): Subscription => ({
  id: 'one-b',
  document: ONE_ALERT,
  variables: { customerId: b.customerId, alertId: b.alertId },
  last: ARCHIVED_B,
});

/**
 * Who connects, with which claims, and what each subscribes to (same ids on both instances).
 * Scoped viewers come first, so that a key shared across scopes would execute admins' events
 * as a scoped viewer (and hide customers from them) — which the comparison would catch.
 */
const viewers: Viewer[] = [
  ...['only-a-1', 'only-a-2'].map((name) => ({
    name,
    claims: () => ({ customer_ids: [a.customerId] }),
    subscriptions: () => [feedA(MARKER_A), board(MARKER_A)],
  })),
  {
    name: 'a-and-b',
    claims: () => ({ customer_ids: [b.customerId, a.customerId] }),
    subscriptions: () => [feedA(MARKER_A), board(MARKER_A), oneB()],
  },
  {
    name: 'only-b',
    claims: () => ({ customer_ids: [b.customerId] }),
    // Not visible to this viewer: an error, worded as for a customer that does not exist, and the end.
    subscriptions: () => [feedA(/"type":"complete"/), board(ARCHIVED_B), oneB()],
  },
  ...['admin-1', 'admin-2'].map((name) => ({
    name,
    claims: () => ({ role: 'admin' }),
    subscriptions: () => [feedA(MARKER_A), board(MARKER_A), oneB()],
  })),
];

const tokens = new Map<string, string>();
async function sign(name: string, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(name)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));
}

const start = (sharing: boolean) =>
  startGateway(
    gatewayConfig(sandboxHarness.url, orgToken, {
      METRONOME_WEBHOOK_SECRET: WEBHOOK_SECRET,
      REDIS_URL,
      AUTH_MODE: 'jwt',
      JWT_SECRET: SECRET,
      POLL_INTERVAL_MS: 600_000,
      SUBSCRIPTION_SHARING: sharing ? 'on' : 'off',
      UPSTREAM_RETRY_BASE_DELAY_MS: 5,
      UPSTREAM_RETRY_MAX_DELAY_MS: 20,
      DRAIN_TIMEOUT_MS: 1_000,
    }),
  );

beforeAll(async () => {
  orgToken = sandboxHarness.newOrganization();
  a = await meteredCustomer(sandboxHarness.sandbox, orgToken, 'Equivalence A');
  b = await meteredCustomer(sandboxHarness.sandbox, orgToken, 'Equivalence B');
  c = await meteredCustomer(sandboxHarness.sandbox, orgToken, 'Equivalence C');
  [instances.on, instances.off] = await Promise.all([start(true), start(false)]);
  const org = sandboxHarness.sandbox.organization(orgToken);
  if (org) org.webhookDestinations = [{ url: instances.on.webhookUrl, secret: WEBHOOK_SECRET }];
  for (const viewer of viewers) tokens.set(viewer.name, await sign(viewer.name, viewer.claims()));
});

afterAll(async () => {
  for (const side of ['on', 'off'] as const) {
    for (const stream of streams[side].values()) stream.close();
    await Promise.all([...connections[side].values()].map((connection) => connection.close()));
  }
  await Promise.all([instances.on?.close(), instances.off?.close()]);
});

const gatewayOf = (side: 'on' | 'off'): RunningGateway => {
  const gateway = instances[side];
  if (!gateway) throw new Error('not started');
  return gateway;
};

/** The frame with a snapshot's own time blanked: each instance stamps its snapshot when taken. */
function comparable(raw: string): string {
  const frame = JSON.parse(raw) as { payload?: { data?: Record<string, { source?: string; changedAt?: string } | null> } };
  for (const value of Object.values(frame.payload?.data ?? {})) {
    if (value?.source === 'SNAPSHOT' && typeof value.changedAt === 'string') {
      expect(Number.isNaN(Date.parse(value.changedAt))).toBe(false);
      value.changedAt = '(snapshot time)';
    }
  }
  return JSON.stringify(frame);
}

const adminBoard = (side: 'on' | 'off') => (connections[side].get('admin-1') as RawConnection).framesOf('board');

async function boardsReach(count: number): Promise<void> {
  await Promise.all(
    (['on', 'off'] as const).map((side) =>
      (connections[side].get('admin-1') as RawConnection).until(() => adminBoard(side).length >= count, `${count} board events (${side})`),
    ),
  );
}

describe('subscription sharing on and off', () => {
  it('gives every subscriber, scoped viewers included, exactly the same messages', async () => {
    for (const side of ['on', 'off'] as const) {
      for (const viewer of viewers) {
        const connection = await openRawConnection(gatewayOf(side).graphqlUrl, { authorization: `Bearer ${tokens.get(viewer.name)}` });
        connections[side].set(viewer.name, connection);
        for (const subscription of viewer.subscriptions())
          connection.subscribe(subscription.id, subscription.document, subscription.variables);
      }
      const headers = (name: string) => ({ authorization: `Bearer ${tokens.get(name)}` });
      streams[side].set('admin-1 board (SSE)', openRawSse(gatewayOf(side).graphqlUrl, BOARD, headers('admin-1')));
      streams[side].set(
        'only-a-1 feed-a (SSE)',
        openRawSse(gatewayOf(side).graphqlUrl, CustomerFeed, headers('only-a-1'), { customerId: a.customerId }),
      );
    }
    // Everyone has a first frame on its customer feeds (a snapshot, or the error) before changes start.
    for (const side of ['on', 'off'] as const) {
      for (const [name, connection] of connections[side]) {
        await connection.until(() => connection.framesOf('feed-a').length >= 1, `${name}'s feed-a snapshot`);
      }
      await (streams[side].get('only-a-1 feed-a (SSE)') as RawSse).until(
        () => (streams[side].get('only-a-1 feed-a (SSE)') as RawSse).payloads.length >= 1,
        'the SSE snapshot',
      );
    }

    await a.ingest(5);
    await boardsReach(1);
    await b.ingest(5);
    await boardsReach(2);
    await c.ingest(5);
    await boardsReach(3);
    // A's notification archived through the gateway: a MUTATION event, IN_ALARM → ARCHIVED.
    const archive = async (alertId: string) =>
      executeOperation(gatewayOf('on').graphqlUrl, ArchiveAlert, { id: alertId }, { authorization: `Bearer ${tokens.get('admin-1')}` });
    const archivedA = await archive(a.alertId);
    expect(archivedA.status).toBe(200);
    await boardsReach(4);
    // Then B's: the last change of B. Each subscription is complete once its own last frame is in
    // (see `Subscription.last`), on both instances. The scenario's very last change (the marker
    // below) is the one a viewer not allowed to see it could receive unnoticed: it is A's, and the
    // only viewer scoped away from A is only-b, whose feed of A ended with NOT_FOUND.
    expect((await archive(b.alertId)).status).toBe(200);
    await boardsReach(5);
    // Last, a new notification of A's (a MUTATION event): the frame A's viewers end on.
    const marker = await executeOperation(
      gatewayOf('on').graphqlUrl,
      CreateAlert,
      { input: { customerId: a.customerId, type: 'SPEND_THRESHOLD_REACHED', name: 'Equivalence A marker', threshold: 1_000_000 } },
      { authorization: `Bearer ${tokens.get('admin-1')}` },
    );
    expect(marker.body.errors).toBeUndefined();
    await boardsReach(6);
    for (const side of ['on', 'off'] as const) {
      for (const viewer of viewers) {
        const connection = connections[side].get(viewer.name) as RawConnection;
        for (const { id, last } of viewer.subscriptions()) {
          await connection.until(
            () => connection.framesOf(id).some((frame) => last.test(frame)),
            `${viewer.name} ${id} (${side}): ${last}`,
          );
          expect(connection.framesOf(id).at(-1), `${viewer.name} ${id} (${side})`).toMatch(last);
        }
      }
      for (const [name, last] of [
        ['admin-1 board (SSE)', MARKER_A],
        ['only-a-1 feed-a (SSE)', MARKER_A],
      ] as const) {
        const stream = streams[side].get(name) as RawSse;
        await stream.until(() => stream.payloads.some((payload) => last.test(payload)), `${name} (${side}): ${last}`);
        expect(stream.payloads.at(-1), `${name} (${side})`).toMatch(last);
      }
    }

    // Identical frames, subscriber by subscriber.
    for (const viewer of viewers) {
      for (const { id } of viewer.subscriptions()) {
        const on = (connections.on.get(viewer.name) as RawConnection).framesOf(id);
        const off = (connections.off.get(viewer.name) as RawConnection).framesOf(id);
        expect(on.length, `${viewer.name} ${id}`).toBeGreaterThan(0);
        expect(on.map(comparable), `${viewer.name} ${id}`).toEqual(off.map(comparable));
      }
    }
    for (const name of streams.on.keys()) {
      const on = (streams.on.get(name) as RawSse).payloads.map((payload) => comparable(`{"payload":${payload}}`));
      const off = (streams.off.get(name) as RawSse).payloads.map((payload) => comparable(`{"payload":${payload}}`));
      expect(on.length, name).toBeGreaterThan(1);
      expect(on, name).toEqual(off);
    }

    // And what they are: the board of a scoped viewer carries its own customers only.
    const seen = (name: string, id: string) => (connections.on.get(name) as RawConnection).framesOf(id).join('\n');
    expect(adminBoard('on').length).toBe(6);
    expect(adminBoard('on')[3]).toMatch(/"status":"ARCHIVED","source":"MUTATION".*Equivalence A/);
    expect(adminBoard('on')[4]).toMatch(/"status":"ARCHIVED","source":"MUTATION".*Equivalence B/);
    for (const name of ['only-a-1', 'only-a-2']) {
      expect(seen(name, 'board')).toMatch(ARCHIVED_A);
      expect(seen(name, 'board')).not.toMatch(/Equivalence [BC]/);
      expect(seen(name, 'feed-a')).not.toMatch(/Equivalence [BC]/);
    }
    expect(seen('a-and-b', 'board')).toMatch(/Equivalence A[\s\S]*Equivalence B/);
    expect(seen('a-and-b', 'board')).not.toContain('Equivalence C');
    expect(seen('only-b', 'board')).toContain('Equivalence B');
    expect(seen('only-b', 'board')).not.toMatch(/Equivalence [AC]/);
    expect(seen('only-b', 'feed-a')).toContain('NOT_FOUND');
    expect(seen('only-b', 'feed-a')).not.toContain('Equivalence A');
  });
});
