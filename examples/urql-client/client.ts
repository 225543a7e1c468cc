import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import type { ExampleAlarmsSubscription, ExampleDashboardQuery } from './gql/graphql.js';
import { AlarmSubscription, DashboardQuery } from './operations.js';

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
      fetchExchange,
      subscriptionExchange({
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
