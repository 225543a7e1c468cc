import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { meteredCustomer, type MeteredCustomer } from '../helpers/metered.js';
import { productOf, seedCustomers, type SeededCustomer } from '../helpers/seed.js';
import { YEAR_START } from '../helpers/world.js';

// Every mutation, made through the gateway on a warm cache, is visible to the very next read.
// No webhooks reach this gateway and the TTLs are ten minutes: only the mutation's own
// invalidation can explain a fresh read.

const harness = useGateway({ gateway: { CACHE_TTL_MS: 600_000, CACHE_STATUS_TTL_MS: 600_000 } });
let customer: SeededCustomer;
let metered: MeteredCustomer;

const MutatedCustomerRead = graphql(`
  query MutatedCustomerRead($id: ID!) {
    customer(id: $id) {
      alerts { edges { node { customerStatus notification { id name } } } }
      commits { edges { node { metronomeId name accessSchedule { segments { endingBefore } } } } }
    }
  }
`);
const CacheCreateNotification = graphql(`
  mutation CacheCreateNotification($id: ID!) {
    createThresholdNotification(input: { customerId: $id, type: SPEND_THRESHOLD_REACHED, name: "Fresh one", threshold: 50000 }) {
      thresholdNotificationId
    }
  }
`);
const CacheArchiveNotification = graphql(`
  mutation CacheArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }
`);
const CacheResetAlert = graphql(`
  mutation CacheResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }
`);
const CacheCreateCommit = graphql(`
  mutation CacheCreateCommit($id: ID!, $product: ID!, $segments: [AccessSegmentInput!]!) {
    createCommit(
      input: { customerId: $id, type: PREPAID, priority: 3, productId: $product, name: "Fresh commit", accessSchedule: { segments: $segments } }
    ) { commit { id } }
  }
`);
const CacheUpdateCommitEnd = graphql(`
  mutation CacheUpdateCommitEnd($c: ID!, $commit: ID!) {
    updateCommitEndDate(input: { customerId: $c, commitId: $commit, accessEndingBefore: "2026-09-01T00:00:00Z" }) { commit { id } }
  }
`);

/** Sends a mutation that must succeed, and returns its data. */
async function mutate<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const { body } = await harness.execute(document, variables);
  if (!body.data) throw new Error(`no data: ${JSON.stringify(body)}`);
  return body.data;
}

/** Reads the customer's alerts and commits, and the cache's report on that read. */
async function read(id: string) {
  const { body } = await harness.execute(MutatedCustomerRead, { id });
  const customer = body.data?.customer;
  if (!customer?.alerts || !customer.commits) throw new Error(`no customer in ${JSON.stringify(body)}`);
  return { alerts: customer.alerts, commits: customer.commits, cache: body.extensions?.cache };
}

/** Reads twice, so the second answer comes from the cache, and returns it. */
async function warm(id: string) {
  await read(id);
  const second = await read(id);
  expect(second.cache?.misses).toBe(0);
  return second;
}

beforeAll(async () => {
  [customer] = (await seedCustomers(harness, [{ name: 'Mutated customer', alerts: 1, commits: 1 }])) as [SeededCustomer];
  metered = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Reset customer');
});

describe('mutations on a warm cache', () => {
  it('createThresholdNotification → the next read lists it', async () => {
    await warm(customer.id);
    const created = await mutate(CacheCreateNotification, { id: customer.id });
    const after = await read(customer.id);
    expect(after.alerts.edges.map((edge) => edge.node.notification.id)).toContain(
      created.createThresholdNotification.thresholdNotificationId,
    );
  });

  it('archiveThresholdNotification → the next read no longer lists it', async () => {
    const before = await warm(customer.id);
    const archivedId = before.alerts.edges[0]?.node.notification.id ?? '';
    await mutate(CacheArchiveNotification, { id: archivedId });
    const after = await read(customer.id);
    expect(after.alerts.edges.map((edge) => edge.node.notification.id)).not.toContain(archivedId);
  });

  it('resetCustomerAlert → the next read shows the status as upstream has it after the reset', async () => {
    await metered.ingest(6);
    expect((await warm(metered.customerId)).alerts.edges[0]?.node.customerStatus).toBe('IN_ALARM');
    await mutate(CacheResetAlert, { c: metered.customerId, a: metered.alertId });
    const org = harness.sandboxHarness.sandbox.organization(harness.token);
    if (!org) throw new Error('no organization');
    const upstream = (await harness.sandboxHarness.sandbox.dispatch(org, 'POST', '/v1/customer-alerts/get', {
      customer_id: metered.customerId,
      alert_id: metered.alertId,
    })) as {
      data: { customer_status: string | null };
    };
    const after = await read(metered.customerId);
    expect(after.cache?.misses).toBeGreaterThan(0);
    expect(after.alerts.edges[0]?.node.customerStatus).toBe(
      upstream.data.customer_status === null ? 'EVALUATING' : upstream.data.customer_status.toUpperCase(),
    );
  });

  it('createCommit → the next read lists it', async () => {
    await warm(customer.id);
    await mutate(CacheCreateCommit, {
      id: customer.id,
      product: productOf(harness),
      segments: [{ amount: 500, startingAt: YEAR_START, endingBefore: '2026-12-01T00:00:00Z' }],
    });
    const after = await read(customer.id);
    expect(after.commits.edges.map((edge) => edge.node.name)).toContain('Fresh commit');
  });

  it('updateCommitEndDate → the next read shows the new end', async () => {
    const before = await warm(customer.id);
    const commit = before.commits.edges[0]?.node;
    await mutate(CacheUpdateCommitEnd, { c: customer.id, commit: commit?.metronomeId ?? '' });
    const after = await read(customer.id);
    const updated = after.commits.edges.find((edge) => edge.node.metronomeId === commit?.metronomeId);
    expect(updated?.node.accessSchedule?.segments.at(-1)?.endingBefore).toBe('2026-09-01T00:00:00.000Z');
  });
});
