import { createHash, randomUUID } from 'node:crypto';
import { useExtendContextValuePerExecuteSubscriptionEvent } from '@envelop/execute-subscription-event';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { anonymousAdmin, type Viewer } from '../auth/viewer.js';
import type { LiveServices } from '../live/services.js';
import { createLoaders } from '../loaders/index.js';
import type { GatewayContext } from '../schema/context.js';
import { maskError } from '../schema/errors.js';
import { buildSchema } from '../schema/index.js';
import { MetronomeClient } from '../upstream/client.js';
import type { UpstreamTransport } from '../upstream/transport.js';
import { useErrorCodes } from './error-codes-plugin.js';
import { DEFAULT_QUERY } from './graphiql.js';

export interface YogaOptions {
  transport: UpstreamTransport;
  /** The Metronome token the gateway acts with. */
  token: string;
  graphiql: boolean;
  live: LiveServices;
}

/**
 * What the transport hands the context factory: yoga's `request` for HTTP (and SSE), and for
 * graphql-ws the `connection_init` payload (see websocket.ts).
 */
export interface ServerContext {
  request?: Request;
  connectionParams?: Record<string, unknown>;
}

export type GatewayYoga = YogaServerInstance<ServerContext, GatewayContext>;

/** A stable, non-reversible key for an organization's token. */
export function tenantOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

/** The graphql-yoga app: schema, per-request context (fresh loaders every time), error policy, GraphiQL. */
export function createGatewayYoga(options: YogaOptions): GatewayYoga {
  const upstream = new MetronomeClient(options.transport, options.token);
  const viewerFor = (): Viewer => anonymousAdmin(tenantOf(options.token));

  return createYoga<ServerContext, GatewayContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    graphiql: options.graphiql ? { title: 'Metronome GraphQL gateway', defaultQuery: DEFAULT_QUERY, subscriptionsProtocol: 'WS' } : false,
    plugins: [
      useErrorCodes(),
      // A subscription's context lives as long as the subscription; each event gets fresh
      // loaders so it never reads what an earlier event cached.
      useExtendContextValuePerExecuteSubscriptionEvent<GatewayContext>(({ args }) => ({
        contextPartial: { loaders: createLoaders((args.contextValue as GatewayContext).upstream) },
      })),
    ],
    context: ({ request }): GatewayContext => {
      const signal = request?.signal;
      return {
        viewer: viewerFor(),
        upstream,
        // A new set per operation: nothing cached here outlives the request.
        loaders: createLoaders(upstream, signal ? { signal } : {}),
        requestId: request?.headers.get('x-request-id') ?? randomUUID(),
        live: options.live,
        ...(signal && { signal }),
      };
    },
  });
}
