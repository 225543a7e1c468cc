import { randomUUID } from 'node:crypto';
import { useExtendContextValuePerExecuteSubscriptionEvent } from '@envelop/execute-subscription-event';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { AuthenticationError, type Authenticated, type Authenticator } from '../auth/authenticate.js';
import type { LiveServices } from '../live/services.js';
import { createLoaders, type BatchObserver } from '../loaders/index.js';
import type { GatewayContext } from '../schema/context.js';
import { gatewayError, maskError } from '../schema/errors.js';
import { buildSchema } from '../schema/index.js';
import type { Logger } from '../telemetry/logger.js';
import type { GatewayMetrics } from '../telemetry/metrics.js';
import type { Tracing } from '../telemetry/tracing.js';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { useErrorCodes } from './error-codes-plugin.js';
import { staticLimitPlugins, useOperationGuards, type Limits } from './limits-plugin.js';
import type { RateLimiter } from './rate-limit.js';
import { useTelemetry } from './telemetry-plugin.js';
import { DEFAULT_QUERY } from './graphiql.js';

export interface YogaOptions {
  /** Who is asking, from the Authorization header (HTTP) or the connection_init payload (WebSocket). */
  authenticate: Authenticator;
  graphiql: boolean;
  live: LiveServices;
  metrics: GatewayMetrics;
  logger: Logger;
  tracing?: Tracing | undefined;
  limits: Limits;
  limiter: RateLimiter;
  introspection: boolean;
  /** Origins allowed by CORS; none means same-origin only. */
  corsOrigins: string[];
  /** Production hides GraphQL's "did you mean" field suggestions. */
  production: boolean;
}

/**
 * What the transport hands the context factory: yoga's `request` for HTTP (and SSE), and for
 * graphql-ws the `connection_init` payload (see websocket.ts).
 */
export interface ServerContext {
  request?: Request;
  connectionParams?: Record<string, unknown>;
  /** Set by the WebSocket endpoint, which authenticates once per connection. */
  authenticated?: Authenticated;
}

export type GatewayYoga = YogaServerInstance<ServerContext, GatewayContext>;

/** The graphql-yoga app: schema, per-request context (fresh loaders every time), error policy, GraphiQL. */
export function createGatewayYoga(options: YogaOptions): GatewayYoga {
  const onBatch: BatchObserver = (loader, size) => options.metrics.batchSize.observe({ loader }, size);

  return createYoga<ServerContext, GatewayContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    graphiql: options.graphiql ? { title: 'Metronome GraphQL gateway', defaultQuery: DEFAULT_QUERY, subscriptionsProtocol: 'WS' } : false,
    // GraphiQL with its assets bundled in: the default page loads them from a CDN, which a
    // machine without internet (or a strict CSP) cannot reach.
    renderGraphiQL,
    cors: options.corsOrigins.length > 0 ? { origin: options.corsOrigins, credentials: true, methods: ['GET', 'POST'] } : false,
    plugins: [
      ...staticLimitPlugins(options.limits),
      // Browsers may only send GraphQL requests a simple form could not forge.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization'] }),
      ...(options.introspection ? [] : [useDisableIntrospection()]),
      ...(options.production ? [blockFieldSuggestionsPlugin()] : []),
      useErrorCodes(),
      useOperationGuards(options.limits, options.limiter),
      useTelemetry(options.metrics, options.logger, options.tracing),
      // A subscription's context lives as long as the subscription; each event gets fresh
      // loaders so it never reads what an earlier event cached.
      useExtendContextValuePerExecuteSubscriptionEvent<GatewayContext>(({ args }) => ({
        contextPartial: { loaders: createLoaders((args.contextValue as GatewayContext).upstream, {}, onBatch) },
      })),
    ],
    context: async ({ request, authenticated }): Promise<GatewayContext> => {
      const signal = request?.signal;
      let auth = authenticated;
      if (!auth) {
        try {
          auth = await options.authenticate(request?.headers.get('authorization') ?? undefined);
        } catch (error) {
          if (error instanceof AuthenticationError) throw gatewayError('UNAUTHENTICATED', error.message, { http: { status: 401 } });
          throw error;
        }
      }
      const upstream = auth.client;
      const upstreamCalls = { count: 0 };
      const traceHolder: GatewayContext['trace'] = {};
      const tracing = options.tracing;
      // Every upstream call of this operation carries its abort signal, is counted for its log
      // line and, with tracing on, becomes a child span of the operation.
      const scoped = upstream.scoped({
        ...(signal && { signal }),
        onAttempt: (attempt) => {
          upstreamCalls.count += 1;
          tracing?.recordAttempt(attempt, traceHolder.span);
        },
      });
      return {
        viewer: auth.viewer,
        upstream: scoped,
        liveUpstream: upstream,
        // A new set per operation: nothing cached here outlives the request.
        loaders: createLoaders(scoped, {}, onBatch),
        requestId: request?.headers.get('x-request-id') ?? randomUUID(),
        live: options.live,
        metrics: options.metrics,
        upstreamCalls,
        trace: traceHolder,
        ...(signal && { signal }),
      };
    },
  });
}
