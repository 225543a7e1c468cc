import { createHash, randomUUID } from 'node:crypto';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { anonymousAdmin } from '../auth/viewer.js';
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
}

type ServerContext = Record<string, unknown>;

/** A stable, non-reversible key for an organization's token. */
export function tenantOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

/** The graphql-yoga app: schema, per-request context (fresh loaders every time), error policy, GraphiQL. */
export function createGatewayYoga(options: YogaOptions): YogaServerInstance<ServerContext, GatewayContext> {
  const upstream = new MetronomeClient(options.transport, options.token);
  const tenant = tenantOf(options.token);
  return createYoga<ServerContext, GatewayContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    graphiql: options.graphiql
      ? { title: 'Metronome GraphQL gateway', defaultQuery: DEFAULT_QUERY, subscriptionsProtocol: 'WS' }
      : false,
    plugins: [useErrorCodes()],
    context: ({ request }): GatewayContext => {
      const signal = request.signal;
      return {
        viewer: anonymousAdmin(tenant),
        upstream,
        // A new set per operation: nothing cached here outlives the request.
        loaders: createLoaders(upstream, { signal }),
        requestId: request.headers.get('x-request-id') ?? randomUUID(),
        signal,
      };
    },
  });
}
