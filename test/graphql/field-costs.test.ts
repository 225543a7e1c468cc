import { AsyncLocalStorage } from 'node:async_hooks';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isObjectType, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { declaredCost } from '../../src/schema/cost.js';
import { buildSchema } from '../../src/schema/index.js';
import { UpstreamTransport } from '../../src/upstream/transport.js';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { subscribeWs } from '../helpers/live-clients.js';
import { productOf, type SeededCustomer, seedCustomers } from '../helpers/seed.js';
import { YEAR_END, YEAR_START } from '../helpers/world.js';

// Every field whose resolver calls upstream declares its cost next to it. Each resolver of the
// gateway's schema runs here inside a context naming its field, and every upstream call is traced
// back to the field that made it; then operations touching every upstream-backed field run.

const resolving = new AsyncLocalStorage<string>();
const callers = new Set<string>();
const schema = buildSchema();
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || type.name.startsWith('__')) continue;
  for (const field of Object.values(type.getFields())) {
    const coordinate = `${type.name}.${field.name}`;
    for (const key of ['resolve', 'subscribe'] as const) {
      const original = field[key];
      if (original) field[key] = (...args) => resolving.run(coordinate, () => original(...args));
    }
  }
}

// No read cache, so every field that reads upstream does so here.
const harness = useGateway({ gateway: { RATE_LIMIT_PER_MINUTE: 0, CACHE: 'off' } });
const send = UpstreamTransport.prototype.send;
let customer: SeededCustomer;

beforeAll(async () => {
  vi.spyOn(UpstreamTransport.prototype, 'send').mockImplementation(function (this: UpstreamTransport, request) {
    const caller = resolving.getStore();
    if (caller) callers.add(caller);
    return send.call(this, request);
  });
  [customer] = (await seedCustomers(harness, [{ name: 'Costed', alerts: 2, commits: 1 }])) as [SeededCustomer];
});

afterAll(() => {
  vi.restoreAllMocks();
});

const CostedCustomers = graphql(`
  query CostedCustomers {
    customers(first: 2) {
      edges {
        node {
          name
          alerts { edges { node { customerStatus customer { name } } } }
          commits { edges { node { balance ledger { amount } customer { name } } } }
        }
      }
    }
  }
`);
// One root field per operation: a loader batch shared by two fields is traced to the first.
const CostedCustomerAlert = graphql(`
  query CostedCustomerAlert($c: ID!, $a: ID!) { customer(id: $c) { name alert(alertId: $a) { customerStatus } } }
`);
const CostedAlertOfCustomer = graphql(`
  query CostedAlertOfCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } } }
`);
const CostedNode = graphql(`
  query CostedNode($node: ID!) { node(id: $node) { id } }
`);
const CostedCommitNodes = graphql(`
  query CostedCommitNodes($commit: ID!) { nodes(ids: [$commit]) { ... on Commit { name balance customer { name } } } }
`);
const CostedCreateNotification = graphql(`
  mutation CostedCreateNotification($c: ID!) {
    createThresholdNotification(input: { customerId: $c, type: SPEND_THRESHOLD_REACHED, name: "Costed", threshold: 500 }) {
      thresholdNotificationId
      customerAlert { customerStatus }
    }
  }
`);
const CostedResetAlert = graphql(`
  mutation CostedResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }
`);
const CostedArchiveNotification = graphql(`
  mutation CostedArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }
`);
const CostedCreateCommit = graphql(`
  mutation CostedCreateCommit($c: ID!, $p: ID!, $segments: [AccessSegmentInput!]!) {
    createCommit(input: { customerId: $c, type: PREPAID, priority: 1, productId: $p, accessSchedule: { segments: $segments } }) {
      commit { id ledger { amount } customer { name } }
    }
  }
`);
const CostedUpdateCommitEnd = graphql(`
  mutation CostedUpdateCommitEnd($c: ID!, $id: ID!) {
    updateCommitEndDate(input: { customerId: $c, commitId: $id, accessEndingBefore: "2026-09-01T00:00:00Z" }) { commit { id } }
  }
`);
const CostedAlertFeed = graphql(`
  subscription CostedAlertFeed($c: ID!) { customerAlertStatusChanged(customerId: $c) { status customerAlert { customer { name } } } }
`);

/** Runs a typed operation that must succeed, and returns its data. */
async function run<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  const { body } = await harness.execute(document, variables);
  expect(body.errors, print(document)).toBeUndefined();
  if (!body.data) throw new Error(`No data for ${print(document)}`);
  return body.data;
}

const globalId = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString('base64');

describe('upstream-call costs declared on fields', () => {
  it('are declared by every field that called upstream while queries, mutations and subscriptions ran', async () => {
    const ids = { c: customer.id, a: customer.alertIds[0] ?? '', commit: globalId('Commit', `${customer.id}:${customer.commitIds[0]}`) };
    await run(CostedCustomers);
    await run(CostedCustomerAlert, { c: ids.c, a: ids.a });
    await run(CostedAlertOfCustomer, { c: ids.c, a: ids.a });
    await run(CostedNode, { node: globalId('Customer', customer.id) });
    await run(CostedCommitNodes, { commit: ids.commit });
    const created = await run(CostedCreateNotification, { c: ids.c });
    const notificationId = created.createThresholdNotification.thresholdNotificationId;
    await run(CostedResetAlert, { c: ids.c, a: notificationId });
    await run(CostedArchiveNotification, { id: notificationId });
    const commit = await run(CostedCreateCommit, {
      c: ids.c,
      p: productOf(harness),
      segments: [{ amount: 100, startingAt: YEAR_START, endingBefore: YEAR_END }],
    });
    await run(CostedUpdateCommitEnd, { c: ids.c, id: commit.createCommit.commit.id });
    const live = subscribeWs(harness.gateway.graphqlUrl, CostedAlertFeed, 'customerAlertStatusChanged', {
      variables: { c: ids.c },
    });
    try {
      await live.waitFor(1);
    } finally {
      await live.close();
    }

    // The run reached what it set out to cover.
    expect([...callers].sort()).toEqual(
      expect.arrayContaining([
        'Commit.customer',
        'Commit.ledger',
        'CreateThresholdNotificationPayload.customerAlert',
        'Customer.alert',
        'Customer.alerts',
        'Customer.commits',
        'CustomerAlert.customer',
        'Mutation.archiveThresholdNotification',
        'Mutation.createCommit',
        'Mutation.createThresholdNotification',
        'Mutation.resetCustomerAlert',
        'Mutation.updateCommitEndDate',
        'Query.customer',
        'Query.customerAlert',
        'Query.customers',
        'Query.node',
        'Query.nodes',
        'ResetCustomerAlertPayload.customerAlert',
        'Subscription.customerAlertStatusChanged',
      ]),
    );
    const undeclared = [...callers].filter((coordinate) => {
      const [typeName = '', fieldName = ''] = coordinate.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      return !field || !declaredCost(field);
    });
    expect(undeclared).toEqual([]);
  });
});
