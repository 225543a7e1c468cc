import { randomUUID } from 'node:crypto';
import { useExtendContextValuePerExecuteSubscriptionEvent } from '@envelop/execute-subscription-event';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { AuthenticationError, type Authenticated } from '../auth/authenticate.js';
import { useCacheExtensions } from '../cache/extensions-plugin.js';
import { requestCache } from '../cache/service.js';
import { createLoaders, type BatchObserver } from '../loaders/index.js';
import type { GatewayContext } from '../schema/context.js';
import { gatewayError, MASKED_ERROR_MESSAGE, maskError } from '../schema/errors.js';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { useErrorCodes } from './error-codes-plugin.js';
import { useCsrfPrevention } from './plugins/csrf.js';
import { useCredentialExpiry } from './plugins/credential-expiry.js';
import { staticLimitPlugins, useOperationGuards, type Limits } from './limits-plugin.js';
import { requestIdOf } from './plugins/request-id.js';
import type { GatewayServices } from './services.js';
import { useSharedSubscriptions } from './shared-subscriptions.js';
import { useTelemetry } from './telemetry-plugin.js';
import { DEFAULT_QUERY } from './graphiql.js';
import { useTrustedDocuments } from './plugins/trusted-documents-plugin.js';

/**
 * What the transport hands the context factory: yoga's `request` for HTTP (and SSE), and for
 * graphql-ws the `connection_init` payload (see websocket.ts).
 */
interface ServerContext {
  request?: Request;
  connectionParams?: Record<string, unknown>;
  /** Set by the WebSocket endpoint, which authenticates once per connection. */
  authenticated?: Authenticated;
}

export type GatewayYoga = YogaServerInstance<ServerContext, GatewayContext>;

/** The static limits and the upstream-call budget, from the configuration. */
function limitsOf(config: GatewayServices['config']): Limits {
  return {
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxTokens: config.MAX_TOKENS,
    maxDirectives: config.MAX_DIRECTIVES,
    maxUpstreamCalls: config.MAX_UPSTREAM_CALLS_PER_OPERATION,
  };
}

/**
 * The graphql-yoga app: schema, per-request context (fresh loaders every time), error policy,
 * GraphiQL. `httpPlugins` answer the gateway's other endpoints and run before GraphQL.
 */
export function createGatewayYoga(services: GatewayServices, httpPlugins: Plugin[]): GatewayYoga {
  const { config, metrics, logger, tracing, live, limiter, authenticate } = services;
  const limits = limitsOf(config);
  const production = config.NODE_ENV === 'production';
  const onBatch: BatchObserver = (loader, size) => metrics.batchSize.observe({ loader }, size);
  // One authentication per HTTP request, whoever asks first (the trusted-documents policy, or the context).
  const authentications = new WeakMap<Request, Promise<Authenticated>>();
  const authenticateRequest = (request: Request | undefined): Promise<Authenticated> => {
    let authenticated = request && authentications.get(request);
    if (!authenticated) {
      authenticated = authenticate(request?.headers.get('authorization') ?? undefined).catch((error: unknown) => {
        if (error instanceof AuthenticationError) throw gatewayError('UNAUTHENTICATED', error.message, { http: { status: 401 } });
        throw error;
      });
      if (request) authentications.set(request, authenticated);
    }
    return authenticated;
  };
  const trusted = services.trustedDocuments;

  return createYoga<ServerContext, GatewayContext>({
    schema: services.schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // MAX_BODY_BYTES is enforced on the Node stream (body-limit.ts); yoga's own limiter would pipe
    // every body through a TransformStream again, at a cost per request.
    maxRequestBodySize: false,
    logging: false,
    maskedErrors: { maskError: (error, message) => maskError(error, message), errorMessage: MASKED_ERROR_MESSAGE },
    graphiql: config.GRAPHIQL ? { title: 'Metronome GraphQL gateway', defaultQuery: DEFAULT_QUERY, subscriptionsProtocol: 'WS' } : false,
    // GraphiQL with its assets bundled in: the default page loads them from a CDN, which a
    // machine without internet (or a strict CSP) cannot reach.
    renderGraphiQL,
    cors: config.CORS_ORIGINS.length > 0 ? { origin: config.CORS_ORIGINS, credentials: true, methods: ['GET', 'POST'] } : false,
    plugins: [
      ...httpPlugins,
      ...(trusted ? [useTrustedDocuments(trusted, async (request) => (await authenticateRequest(request)).viewer)] : []),
      ...staticLimitPlugins(limits),
      // Browsers may only send GraphQL requests a simple form could not forge.
      useCsrfPrevention(),
      ...(config.INTROSPECTION ? [] : [useDisableIntrospection()]),
      ...(production ? [blockFieldSuggestionsPlugin()] : []),
      useErrorCodes(),
      useOperationGuards(limits, limiter),
      useTelemetry(metrics, logger, tracing),
      useCredentialExpiry(services.expiryTimers),
      ...(production ? [] : [useCacheExtensions()]),
      // A subscription's context lives as long as the subscription; each event gets fresh
      // loaders so it never reads what an earlier event cached (one set per sharing key and
      // event with sharing on, one per subscriber and event without).
      config.SUBSCRIPTION_SHARING === 'on'
        ? useSharedSubscriptions(onBatch, (error) => maskError(error, MASKED_ERROR_MESSAGE))
        : useExtendContextValuePerExecuteSubscriptionEvent<GatewayContext>(({ args }) => ({
            contextPartial: { loaders: createLoaders((args.contextValue as GatewayContext).upstream, onBatch) },
          })),
    ],
    context: async ({ request, authenticated }): Promise<GatewayContext> => {
      const signal = request?.signal;
      const auth = authenticated ?? (await authenticateRequest(request));
      // Over HTTP (SSE included) the credentials' expiry ends a subscription; graphql-ws closes the socket itself.
      const credentialsExpireAt = authenticated ? undefined : auth.expiresAt;
      const upstream = auth.client;
      const upstreamCalls = { count: 0 };
      const traceHolder: GatewayContext['trace'] = {};
      // Every upstream call of this operation carries its abort signal, is counted for its log
      // line and, with tracing on, becomes a child span of the operation.
      const scoped = upstream.scoped({
        ...(signal && { signal }),
        onAttempt: (attempt) => {
          upstreamCalls.count += 1;
          tracing?.recordAttempt(attempt, traceHolder.span);
        },
      });
      // No error detail: Redis being down is logged once, as a state change.
      const cache = requestCache(services.cache, auth.viewer.tenant, () =>
        logger.warn('cache invalidation could not be recorded (Redis unreachable?); this instance dropped its entries'),
      );
      return {
        viewer: auth.viewer,
        upstream: scoped,
        liveUpstream: upstream,
        paging: services.paging,
        // A new set per operation; below them, upstream reads go through the organization's cache.
        loaders: createLoaders(cache.reads ? scoped.readingThrough(cache.reads) : scoped, onBatch),
        cache,
        requestId: requestIdOf(request) ?? randomUUID(),
        live,
        metrics,
        upstreamCalls,
        trace: traceHolder,
        ...(credentialsExpireAt !== undefined && { credentialsExpireAt }),
        now: services.clock,
        ...(signal && { signal }),
      };
    },
  });
}
