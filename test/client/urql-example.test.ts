import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayClient, loadDashboard, watchAlarms } from '../../examples/urql-client/client.js';
import type { ExampleAlarmsSubscription } from '../../examples/urql-client/gql/graphql.js';
import { useGateway } from '../helpers/gateway.js';
import { meteredCustomer, type MeteredCustomer } from '../helpers/metered.js';

// The README's frontend example (urql + graphql-ws, typed by GraphQL Code Generator), run against
// the gateway as a frontend would.

const SECRET = 'whsec-urql';
// A gateway that accepts trusted documents only: the example sends every operation by its id.
const harness = useGateway({ gateway: { METRONOME_WEBHOOK_SECRET: SECRET, POLL_INTERVAL_MS: 600_000, TRUSTED_DOCUMENTS: 'only' } });
let customer: MeteredCustomer;
let session: ReturnType<typeof createGatewayClient>;

beforeAll(async () => {
  customer = await meteredCustomer(harness.sandboxHarness.sandbox, harness.token, 'Frontend customer');
  const org = harness.sandboxHarness.sandbox.organization(harness.token);
  if (org) org.webhookDestinations = [{ url: harness.gateway.webhookUrl, secret: SECRET }];
  session = createGatewayClient(harness.gateway.graphqlUrl);
});

afterAll(async () => {
  await session.close();
});

describe('the urql example', () => {
  it('sends its queries by documentId, which a gateway refusing documents as text serves', async () => {
    // Raw text on purpose: a document sent as text is what this gateway refuses.
    const { body: refused } = await harness.post(JSON.stringify({ query: 'query ExampleDashboard { __typename }' }));
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['TRUSTED_DOCUMENTS_ONLY']);

    const edges = await loadDashboard(session.client);
    expect(edges.map((edge) => edge.node.name)).toContain('Frontend customer');
  });

  it('loads the typed dashboard', async () => {
    const edges = await loadDashboard(session.client);
    const mine = edges.find((edge) => edge.node.name === 'Frontend customer');
    expect(mine?.node.alerts?.edges.map((edge) => [edge.node.customerStatus, edge.node.notification.name])).toEqual([['OK', '5 requests']]);
  });

  it('receives the alarm through the subscription exchange', async () => {
    const changes: Array<ExampleAlarmsSubscription['customerAlertStatusChanged']> = [];
    const inAlarm = new Promise<void>((resolve) => {
      const unsubscribe = watchAlarms(session.client, customer.customerId, (change) => {
        changes.push(change);
        if (change.status === 'OK' && change.source === 'SNAPSHOT') void customer.ingest(5);
        if (change.status === 'IN_ALARM') {
          unsubscribe();
          resolve();
        }
      });
    });
    await inAlarm;
    expect(changes.map((change) => [change.previousStatus, change.status, change.source])).toEqual([
      [null, 'OK', 'SNAPSHOT'],
      ['OK', 'IN_ALARM', 'WEBHOOK'],
    ]);
  });
});
