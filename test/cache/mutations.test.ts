import { beforeAll, describe, expect, it } from 'vitest';
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

interface Read {
  data: {
    customer: {
      alerts: { edges: Array<{ node: { customerStatus: string; notification: { id: string; name: string } } }> };
      commits: {
        edges: Array<{ node: { metronomeId: string; name: string; accessSchedule: { segments: Array<{ endingBefore: string }> } } }>;
      };
    };
  };
  errors?: unknown[];
  extensions: { cache: { hits: number; misses: number } };
}

async function post<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(harness.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as T;
}

const read = (id: string): Promise<Read> =>
  post<Read>(`{ customer(id: "${id}") {
    alerts { edges { node { customerStatus notification { id name } } } }
    commits { edges { node { metronomeId name accessSchedule { segments { endingBefore } } } } } } }`);

/** Reads twice, so the second answer comes from the cache, and returns it. */
async function warm(id: string): Promise<Read> {
  await read(id);
  const second = await read(id);
  expect(second.extensions.cache.misses).toBe(0);
  return second;
}

beforeAll(async () => {
  [customer] = (await seedCustomers(harness, [{ name: 'Mutated customer', alerts: 1, commits: 1 }])) as [SeededCustomer];
  metered = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Reset customer');
});

describe('mutations on a warm cache', () => {
  it('createThresholdNotification → the next read lists it', async () => {
    await warm(customer.id);
    const created = await post<{ data: { createThresholdNotification: { thresholdNotificationId: string } } }>(
      `mutation($id: ID!) { createThresholdNotification(input: { customerId: $id, type: SPEND_THRESHOLD_REACHED, name: "Fresh one", threshold: 50000 }) { thresholdNotificationId } }`,
      { id: customer.id },
    );
    const after = await read(customer.id);
    expect(after.data.customer.alerts.edges.map((edge) => edge.node.notification.id)).toContain(
      created.data.createThresholdNotification.thresholdNotificationId,
    );
  });

  it('archiveThresholdNotification → the next read no longer lists it', async () => {
    const before = await warm(customer.id);
    const archivedId = before.data.customer.alerts.edges[0]?.node.notification.id ?? '';
    await post(`mutation($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }`, { id: archivedId });
    const after = await read(customer.id);
    expect(after.data.customer.alerts.edges.map((edge) => edge.node.notification.id)).not.toContain(archivedId);
  });

  it('resetCustomerAlert → the next read shows the status as upstream has it after the reset', async () => {
    await metered.ingest(6);
    expect((await warm(metered.customerId)).data.customer.alerts.edges[0]?.node.customerStatus).toBe('IN_ALARM');
    await post(
      `mutation($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }`,
      {
        c: metered.customerId,
        a: metered.alertId,
      },
    );
    const org = harness.sandboxHarness.sandbox.organization(harness.token);
    if (!org) throw new Error('no organization');
    const upstream = (await harness.sandboxHarness.sandbox.dispatch(org, 'POST', '/v1/customer-alerts/get', {
      customer_id: metered.customerId,
      alert_id: metered.alertId,
    })) as {
      data: { customer_status: string | null };
    };
    const after = await read(metered.customerId);
    expect(after.extensions.cache.misses).toBeGreaterThan(0);
    expect(after.data.customer.alerts.edges[0]?.node.customerStatus).toBe(
      upstream.data.customer_status === null ? 'EVALUATING' : upstream.data.customer_status.toUpperCase(),
    );
  });

  it('createCommit → the next read lists it', async () => {
    await warm(customer.id);
    await post(
      `mutation($id: ID!, $product: ID!) { createCommit(input: { customerId: $id, type: PREPAID, priority: 3, productId: $product, name: "Fresh commit",
        accessSchedule: { segments: [{ amount: 500, startingAt: "${YEAR_START}", endingBefore: "2026-12-01T00:00:00Z" }] } }) { commit { id } } }`,
      { id: customer.id, product: productOf(harness) },
    );
    const after = await read(customer.id);
    expect(after.data.customer.commits.edges.map((edge) => edge.node.name)).toContain('Fresh commit');
  });

  it('updateCommitEndDate → the next read shows the new end', async () => {
    const before = await warm(customer.id);
    const commit = before.data.customer.commits.edges[0]?.node;
    await post(
      `mutation($c: ID!, $commit: ID!) { updateCommitEndDate(input: { customerId: $c, commitId: $commit, accessEndingBefore: "2026-09-01T00:00:00Z" }) { commit { id } } }`,
      {
        c: customer.id,
        commit: commit?.metronomeId,
      },
    );
    const after = await read(customer.id);
    const updated = after.data.customer.commits.edges.find((edge) => edge.node.metronomeId === commit?.metronomeId);
    expect(updated?.node.accessSchedule.segments.at(-1)?.endingBefore).toBe('2026-09-01T00:00:00.000Z');
  });
});
