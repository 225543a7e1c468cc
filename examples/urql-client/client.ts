import { Client, fetchExchange, makeOperation, mapExchange, subscriptionExchange, type PersistedDocument } from '@urql/core';
import { Kind } from 'graphql';
import { createClient as createWsClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import type { ExampleAlarmsSubscription, ExampleDashboardQuery } from './gql/graphql.js';
import { AlarmSubscription, DashboardQuery } from './operations.js';

/**
 * Sends each document the code generator gave an id (`__meta__.hash`, the id in the gateway's
 * trusted-documents manifest) by that id instead of its text: urql sends `documentId` for a
 * document that carries one and no definitions. The gateway then skips parsing and validation,
 * and with `TRUSTED_DOCUMENTS=only` it accepts nothing else.
 */
const byDocumentId = mapExchange({
  onOperation: (operation) => {
    const id = (operation.query as { __meta__?: { hash?: unknown } }).__meta__?.hash;
    if (typeof id !== 'string') return operation;
    const persisted: PersistedDocument = { kind: Kind.DOCUMENT, definitions: [], documentId: id };
    return makeOperation(operation.kind, { ...operation, query: persisted }, operation.context);
  },
});

/**
 * A minimal frontend client for the gateway: urql for queries and mutations over HTTP, and
 * graphql-ws for subscriptions, with the same bearer token on both. (In a browser, drop the `ws`
 * import: graphql-ws uses the global WebSocket.)
 */
export function createGatewayClient(graphqlUrl: string, token?: string) {
  const ws = createWsClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  const client = new Client({
    url: graphqlUrl,
    // The gateway refuses GET requests that a cross-site page could forge (CSRF prevention);
    // POST with JSON, as here, or an `x-graphql-yoga-csrf` header, passes.
    preferGetMethod: false,
    fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    exchanges: [
      byDocumentId,
      fetchExchange,
      subscriptionExchange({
        // graphql-ws requires a `query` string; with a `documentId` it is empty.
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, close: () => ws.dispose() };
}

/** Every customer with its alerts, typed end to end. */
export async function loadDashboard(client: Client, first = 10): Promise<ExampleDashboardQuery['customers']['edges']> {
  const result = await client.query(DashboardQuery, { first }).toPromise();
  if (result.error) throw result.error;
  return result.data?.customers.edges ?? [];
}

/** Calls `onChange` with each status change of one customer's alerts; answers an unsubscribe function. */
export function watchAlarms(
  client: Client,
  customerId: string,
  onChange: (change: ExampleAlarmsSubscription['customerAlertStatusChanged']) => void,
): () => void {
  const { unsubscribe } = client.subscription(AlarmSubscription, { customerId }).subscribe((result) => {
    if (result.data) onChange(result.data.customerAlertStatusChanged);
  });
  return unsubscribe;
}
