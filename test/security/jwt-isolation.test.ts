import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.js';
import { executeOperation } from '../helpers/execute.js';
import { subscribeWs, type SubscriptionRecorder } from '../helpers/live-clients.js';
import { ArchiveAlert, BoardFeed, CreateAlert, CustomerFeed, ResetAlert } from '../helpers/live-documents.js';
import { ManualExpiryTimers } from '../helpers/manual-expiry-timers.js';
import { meteredCustomer, type MeteredCustomer } from '../helpers/metered.js';
import { useSandbox } from '../helpers/sandbox.js';
import { gatewayConfig } from '../helpers/config.js';

// A viewer scoped to customer A never receives anything of customer B, whatever it asks and
// however it asks (aliases, node/nodes, filters, mutations, subscriptions).

const SECRET = 'a-long-enough-secret-for-hs256-signing-0001';
const ISSUER = 'https://auth.example.test';
const AUDIENCE = 'metronome-gateway';
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10 } });
// Tokens expire when a test moves this past their `exp`. It starts at the system time, so the
// tokens signed with a relative expiry ('5m') below are valid on it.
const expiry = new ManualExpiryTimers();
let gateway: RunningGateway;
let a: MeteredCustomer;
let b: MeteredCustomer;
let bName = '';
const open: Array<SubscriptionRecorder<unknown>> = [];
const bodiesSeenByA: string[] = [];

async function token(claims: Record<string, unknown>, options: { expiresIn?: string | number; secret?: string } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('user-1')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

let viewerA = '';
let orgToken = '';
let admin = '';

/** Sends a typed operation with `bearer`'s token; what viewer A is answered is kept for the final check. */
async function ask<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  bearer: string | undefined,
) {
  const response = await executeOperation(gateway.graphqlUrl, document, variables, bearer ? { authorization: `Bearer ${bearer}` } : {});
  if (bearer === viewerA) bodiesSeenByA.push(JSON.stringify(response.body));
  return response;
}

const FirstCursor = graphql(`
  query IsoFirstCursor {
    customers(first: 1) {
      edges {
        cursor
      }
    }
  }
`);
const CustomerName = graphql(`
  query IsoCustomerName($id: ID!) {
    customer(id: $id) {
      name
    }
  }
`);
const CustomerNames = graphql(`
  query IsoCustomerNames($first: Int, $customerIds: [ID!]) {
    customers(first: $first, customerIds: $customerIds) {
      edges {
        node {
          name
        }
      }
    }
  }
`);
const Aliased = graphql(`
  query IsoAliased($mine: ID!, $theirs: ID!) {
    mine: customer(id: $mine) {
      name
    }
    theirs: customer(id: $theirs) {
      name
      alerts {
        edges {
          cursor
        }
      }
    }
  }
`);
const NodeIds = graphql(`
  query IsoNodeIds($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);
const NodeId = graphql(`
  query IsoNodeId($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const OneAlert = graphql(`
  query IsoOneAlert($customerId: ID!, $alertId: ID!) {
    customerAlert(customerId: $customerId, alertId: $alertId) {
      customerStatus
    }
  }
`);
const CreateCommit = graphql(`
  mutation IsoCreateCommit($input: CreateCommitInput!) {
    createCommit(input: $input) {
      commit {
        id
      }
    }
  }
`);
const BillingPicture = graphql(`
  query IsoBillingPicture($id: ID!) {
    customer(id: $id) {
      netBalance {
        amount
      }
      monthToDateSpend {
        amount
      }
      invoices {
        edges {
          node {
            id
            status
          }
        }
      }
      credits {
        edges {
          node {
            id
          }
        }
      }
      balances {
        edges {
          cursor
        }
      }
      spendSeries {
        startingAt
      }
    }
  }
`);
const InvoiceIds = graphql(`
  query IsoInvoiceIds($id: ID!) {
    customer(id: $id) {
      invoices {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
const CreateCredit = graphql(`
  mutation IsoCreateCredit($input: CreateCreditInput!) {
    createCredit(input: $input) {
      credit {
        id
      }
    }
  }
`);
const UpdateCreditEnd = graphql(`
  mutation IsoUpdateCreditEnd($input: UpdateCreditEndDateInput!) {
    updateCreditEndDate(input: $input) {
      credit {
        id
      }
    }
  }
`);
const SeriesById = graphql(`
  query IsoSeriesById($id: ID!, $metric: ID!) {
    customer(id: $id) {
      usageSeries(billableMetricId: $metric) {
        startingAt
        value
      }
      spendSeries {
        startingAt
        spend {
          amount
        }
      }
      alerts {
        edges {
          node {
            forecast(billableMetricId: $metric) {
              reason
              projectedAt
            }
          }
        }
      }
    }
  }
`);
const SeriesBatched = graphql(`
  query IsoSeriesBatched($ids: [ID!]!, $metric: ID!) {
    customers(customerIds: $ids, first: 2) {
      edges {
        node {
          name
          usageSeries(billableMetricId: $metric) {
            startingAt
            value
          }
          spendSeries {
            startingAt
            spend {
              amount
            }
          }
          alerts {
            edges {
              node {
                forecast(billableMetricId: $metric) {
                  reason
                  projectedAt
                }
              }
            }
          }
        }
      }
    }
  }
`);
const SeriesThroughAlert = graphql(`
  query IsoSeriesThroughAlert($id: ID!, $alert: ID!, $metric: ID!) {
    customerAlert(customerId: $id, alertId: $alert) {
      customer {
        usageSeries(billableMetricId: $metric) {
          startingAt
          value
        }
        spendSeries {
          startingAt
          spend {
            amount
          }
        }
        alerts {
          edges {
            node {
              forecast(billableMetricId: $metric) {
                reason
                projectedAt
              }
            }
          }
        }
      }
    }
  }
`);
const InvoiceMetronomeIds = graphql(`
  query IsoInvoiceMetronomeIds($id: ID!) {
    customer(id: $id) {
      invoices {
        edges {
          node {
            metronomeId
          }
        }
      }
    }
  }
`);
const InvoiceUnderCustomer = graphql(`
  query IsoInvoiceUnderCustomer($id: ID!, $invoice: ID!) {
    customer(id: $id) {
      invoice(invoiceId: $invoice) {
        id
      }
    }
  }
`);
const Typename = graphql(`
  query IsoTypename {
    __typename
  }
`);

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  orgToken = sandboxHarness.newOrganization();
  a = await meteredCustomer(sandboxHarness.sandbox, orgToken, 'Customer A');
  bName = 'Customer B (secret name)';
  b = await meteredCustomer(sandboxHarness.sandbox, orgToken, bName);
  const org = sandboxHarness.sandbox.organization(orgToken);
  gateway = await startGateway(
    gatewayConfig(sandboxHarness.url, orgToken, {
      AUTH_MODE: 'jwt',
      JWT_SECRET: SECRET,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
      METRONOME_WEBHOOK_SECRET: 'whsec-iso',
      POLL_INTERVAL_MS: 600_000,
    }),
    undefined,
    { expiryTimers: expiry },
  );
  if (org) org.webhookDestinations = [{ url: gateway.webhookUrl, secret: 'whsec-iso' }];
  viewerA = await token({ customer_ids: [a.customerId] });
  admin = await token({ role: 'admin' });
});

afterAll(async () => {
  await Promise.all(open.map((subscription) => subscription.close()));
  await gateway.close();
  // Nothing viewer A received, in any test, carries customer B's data. (B's id may come back
  // inside an error that echoes what A itself sent, worded as for any unknown id.)
  for (const body of bodiesSeenByA) {
    expect(JSON.stringify((JSON.parse(body) as { data?: unknown }).data ?? null)).not.toContain(b.customerId);
    expect(body).not.toContain(bName);
  }
});

describe('credentials', () => {
  it('refuses missing, malformed, wrongly signed, expired and wrong-audience tokens with UNAUTHENTICATED (HTTP 401)', async () => {
    // Expired on the gateway's clock (the manual one), however long this file has been running.
    const expired = await token({ role: 'admin' }, { expiresIn: expiry.nowSeconds() - 60 });
    const forged = await token({ role: 'admin' }, { secret: 'another-secret-that-is-long-enough-000000' });
    const otherAudience = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience('someone-else')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    for (const bearer of [undefined, 'not-a-jwt', forged, expired, otherAudience]) {
      const { status, body } = await ask(FirstCursor, {}, bearer);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const { body } = await ask(FirstCursor, {}, expired);
    expect(body.errors?.[0]?.message).toBe('The token has expired');
  });
});

describe('a viewer scoped to customer A', () => {
  it('reads A, and B reads exactly like a customer that does not exist', async () => {
    const mine = await ask(CustomerName, { id: a.customerId }, viewerA);
    expect(mine.body.data).toEqual({ customer: { name: 'Customer A' } });
    const theirs = await ask(CustomerName, { id: b.customerId }, viewerA);
    const nobody = await ask(CustomerName, { id: '00000000-0000-4000-8000-000000000000' }, viewerA);
    const withoutId = (body: unknown, id: string) => JSON.stringify(body).replaceAll(id, '<id>');
    expect(withoutId(theirs.body, b.customerId)).toEqual(withoutId(nobody.body, '00000000-0000-4000-8000-000000000000'));
    expect(theirs.body).toMatchObject({ data: { customer: null }, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('lists only A, even when asking for B by id', async () => {
    const all = await ask(CustomerNames, { first: 100 }, viewerA);
    expect(all.body.data).toEqual({ customers: { edges: [{ node: { name: 'Customer A' } }] } });
    const both = await ask(CustomerNames, { customerIds: [a.customerId, b.customerId] }, viewerA);
    expect(both.body.data).toEqual({ customers: { edges: [{ node: { name: 'Customer A' } }] } });
    const onlyB = await ask(CustomerNames, { customerIds: [b.customerId] }, viewerA);
    expect(onlyB.body.data).toEqual({ customers: { edges: [] } });
  });

  it('gets null for B through aliases, node and nodes, and for B’s alerts and commits', async () => {
    const aliased = await ask(Aliased, { mine: a.customerId, theirs: b.customerId }, viewerA);
    expect(aliased.body.data).toEqual({ mine: { name: 'Customer A' }, theirs: null });
    const nodes = await ask(
      NodeIds,
      {
        ids: [
          globalId('Customer', a.customerId),
          globalId('Customer', b.customerId),
          globalId('Commit', `${b.customerId}:00000000-0000-4000-8000-000000000000`),
        ],
      },
      viewerA,
    );
    expect((nodes.body.data?.nodes ?? []).map((node) => node !== null)).toEqual([true, false, false]);
    const node = await ask(NodeId, { id: globalId('Customer', b.customerId) }, viewerA);
    expect(node.body.data).toEqual({ node: null });
    const alert = await ask(OneAlert, { customerId: b.customerId, alertId: b.alertId }, viewerA);
    expect(alert.body.data).toEqual({ customerAlert: null });
  });

  it('cannot run admin mutations, and cannot reset B’s alerts (which read as missing)', async () => {
    const create = await ask(CreateAlert, { input: { type: 'SPEND_THRESHOLD_REACHED', name: 'x', threshold: 1 } }, viewerA);
    expect(create.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const archive = await ask(ArchiveAlert, { id: b.alertId }, viewerA);
    expect(archive.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const commit = await ask(
      CreateCommit,
      {
        input: {
          customerId: a.customerId,
          type: 'PREPAID',
          priority: 1,
          productId: '00000000-0000-4000-8000-000000000000',
          accessSchedule: { segments: [{ amount: 1, startingAt: '2026-01-01T00:00:00Z', endingBefore: '2027-01-01T00:00:00Z' }] },
        },
      },
      viewerA,
    );
    expect(commit.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resetTheirs = await ask(ResetAlert, { customerId: b.customerId, alertId: b.alertId }, viewerA);
    expect(resetTheirs.body.errors?.[0]).toMatchObject({
      message: `No customer with id ${b.customerId}`,
      extensions: { code: 'NOT_FOUND' },
    });
    const resetMine = await ask(ResetAlert, { customerId: a.customerId, alertId: a.alertId }, viewerA);
    expect(resetMine.body.errors).toBeUndefined();
  });

  it('reads its own billing picture; B’s invoices, credits and billing mutations read as missing or forbidden', async () => {
    const org = sandboxHarness.sandbox.organization(orgToken);
    if (!org) throw new Error('organization missing');
    const post = async (path: string, body: unknown): Promise<string> =>
      ((await sandboxHarness.sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;
    const productId = await post('/v1/contract-pricing/products/create', { name: 'Credits product', type: 'FIXED' });
    const schedule = {
      schedule_items: [{ amount: 100, starting_at: '2026-01-01T00:00:00.000Z', ending_before: '2030-01-01T00:00:00.000Z' }],
    };
    const creditB = await post('/v1/contracts/customerCredits/create', {
      customer_id: b.customerId,
      priority: 1,
      product_id: productId,
      access_schedule: schedule,
    });

    const mine = await ask(BillingPicture, { id: a.customerId }, viewerA);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data?.customer).toMatchObject({ netBalance: { amount: 0 }, invoices: { edges: [{ node: { status: 'DRAFT' } }] } });
    const theirs = await ask(BillingPicture, { id: b.customerId }, viewerA);
    expect(theirs.body.data).toEqual({ customer: null });
    expect(theirs.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);

    const asAdmin = await ask(InvoiceIds, { id: b.customerId }, admin);
    const invoiceB = asAdmin.body.data?.customer?.invoices?.edges[0]?.node.id ?? '';
    expect(invoiceB).not.toBe('');
    const nodes = await ask(NodeIds, { ids: [invoiceB, globalId('Credit', `${b.customerId}:${creditB}`)] }, viewerA);
    expect(nodes.body.data).toEqual({ nodes: [null, null] });

    const create = await ask(
      CreateCredit,
      {
        input: {
          customerId: a.customerId,
          priority: 1,
          productId,
          accessSchedule: { segments: [{ amount: 1, startingAt: '2026-01-01T00:00:00Z', endingBefore: '2027-01-01T00:00:00Z' }] },
        },
      },
      viewerA,
    );
    expect(create.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shorten = await ask(
      UpdateCreditEnd,
      { input: { customerId: b.customerId, creditId: creditB, accessEndingBefore: '2028-01-01T00:00:00Z' } },
      viewerA,
    );
    expect(shorten.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads its own spend and usage series and forecasts; B’s series, forecasts and invoices read as missing, however asked', async () => {
    const org = sandboxHarness.sandbox.organization(orgToken);
    if (!org) throw new Error('organization missing');
    const metricOf = (alertId: string) => org.alerts.get(alertId)?.billableMetricId ?? '';
    expect(metricOf(a.alertId)).not.toBe('');
    await a.ingest(2);
    await b.ingest(3);

    const mine = await ask(SeriesById, { id: a.customerId, metric: metricOf(a.alertId) }, viewerA);
    expect(mine.body.errors).toBeUndefined();
    const own = mine.body.data?.customer;
    expect((own?.usageSeries ?? []).reduce((sum, point) => sum + (point.value ?? 0), 0)).toBeGreaterThanOrEqual(2);

    const theirs = await ask(SeriesById, { id: b.customerId, metric: metricOf(b.alertId) }, viewerA);
    expect(theirs.body.data).toEqual({ customer: null });
    expect(theirs.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);

    // Asking for both in one batched usage call yields A's row only.
    const both = await ask(SeriesBatched, { ids: [a.customerId, b.customerId], metric: metricOf(b.alertId) }, viewerA);
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data?.customers.edges.map((edge) => edge.node.name)).toEqual(['Customer A']);
    const viaAlert = await ask(SeriesThroughAlert, { id: b.customerId, alert: b.alertId, metric: metricOf(b.alertId) }, viewerA);
    expect(viaAlert.body.data).toEqual({ customerAlert: null });

    // B's invoice id under A's own customer reads as missing.
    const asAdmin = await ask(InvoiceMetronomeIds, { id: b.customerId }, admin);
    const invoiceB = asAdmin.body.data?.customer?.invoices?.edges[0]?.node.metronomeId;
    expect(invoiceB).toBeDefined();
    const crossed = await ask(InvoiceUnderCustomer, { id: a.customerId, invoice: invoiceB ?? '' }, viewerA);
    // A's own customer answers; only B's invoice under it reads as missing (not a failed request).
    expect(crossed.body.errors).toBeUndefined();
    expect(crossed.body.data?.customer).not.toBeNull();
    expect(crossed.body.data?.customer?.invoice).toBeNull();
  });

  it('subscribes to A but not to B, and a board feed carries only A’s changes', async () => {
    const theirs = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: b.customerId },
      connectionParams: { authorization: `Bearer ${viewerA}` },
    });
    open.push(theirs);
    await theirs.ended();
    expect(JSON.stringify(theirs.errors)).toContain('NOT_FOUND');

    const board = subscribeWs(gateway.graphqlUrl, BoardFeed, 'alertStatusChanges', {
      connectionParams: { authorization: `Bearer ${viewerA}` },
    });
    open.push(board);
    // Admin watchers establish both customers' baselines; then both go into alarm.
    const watchers = [a, b].map((customer) => {
      const watcher = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
        variables: { customerId: customer.customerId },
        connectionParams: { authorization: `Bearer ${admin}` },
      });
      open.push(watcher);
      return watcher;
    });
    await Promise.all(watchers.map((watcher) => watcher.waitFor(1)));
    await b.ingest(5);
    await a.ingest(5);
    const [event] = await board.waitFor(1);
    expect(event?.customerAlert.notification.id).toBe(a.alertId);
    // Sentinel for "and nothing of B": once both transitions are out (the admin watchers saw
    // them), a third change, on A, travels the same board channel after them; when it reaches
    // the viewer, B's change would have arrived before it.
    await Promise.all(watchers.map((watcher) => watcher.waitFor(2)));
    const { body } = await executeOperation(
      gateway.graphqlUrl,
      CreateAlert,
      { input: { customerId: a.customerId, type: 'SPEND_THRESHOLD_REACHED', name: 'Sentinel: any spend', threshold: 1 } },
      { authorization: `Bearer ${admin}` },
    );
    const sentinel = body.data?.createThresholdNotification.thresholdNotificationId;
    expect(sentinel).toBeDefined();
    const events = await board.waitFor(2);
    expect(events.map((seen) => seen.customerAlert.notification.id)).toEqual([a.alertId, sentinel]);
    expect(JSON.stringify(board.events)).not.toContain(bName);
  });
});

describe('live connections', () => {
  it('closes a WebSocket without valid credentials with 4403', async () => {
    const anonymous = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: a.customerId },
    });
    open.push(anonymous);
    await anonymous.ended();
    expect(anonymous.closeCode).toBe(4403);
  });

  it('closes a WebSocket with 4403 when its token expires', async () => {
    // A minute, not more: tokens signed later in this file for five minutes of system time stay valid.
    const shortLived = await token({ customer_ids: [a.customerId] }, { expiresIn: expiry.nowSeconds() + 60 });
    const subscription = subscribeWs(gateway.graphqlUrl, CustomerFeed, 'customerAlertStatusChanged', {
      variables: { customerId: a.customerId },
      connectionParams: { authorization: `Bearer ${shortLived}` },
    });
    open.push(subscription);
    await subscription.waitFor(1);
    expect(subscription.closeCode).toBeUndefined();
    expiry.advance(60_000);
    await subscription.ended(5_000);
    // 4403 is also graphql-ws's code for a refused connection: the reason says which.
    expect([subscription.closeCode, subscription.closeReason]).toEqual([4403, 'Token expired']);
  });
});

describe('JWKS keys', () => {
  it('accepts ES256 tokens signed by a key of the configured JWKS, and refuses others', async () => {
    const { generateKeyPair, exportJWK } = await import('jose');
    const { createServer } = await import('node:http');
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'ES256', use: 'sig' };
    const jwks = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json`;
    const withJwks = await startGateway(
      gatewayConfig(sandboxHarness.url, 'unused-by-this-test', {
        AUTH_MODE: 'jwt',
        JWT_JWKS_URL: jwksUrl,
      }),
    );
    try {
      const sign = async (key: CryptoKey | Uint8Array, kid: string) =>
        new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'ES256', kid }).setExpirationTime('5m').sign(key);
      const good = await sign(privateKey, 'key-1');
      const { privateKey: stranger } = await generateKeyPair('ES256');
      const bad = await sign(stranger, 'key-1');
      const status = async (bearer: string) =>
        (await executeOperation(withJwks.graphqlUrl, Typename, {}, { authorization: `Bearer ${bearer}` })).status;
      expect(await status(good)).toBe(200);
      expect(await status(bad)).toBe(401);
    } finally {
      await withJwks.close();
      await new Promise<void>((resolve) => jwks.close(() => resolve()));
    }
  });
});
