import { createAuthenticator, type Authenticator } from '../auth/authenticate.js';
import { type ExpiryTimers, systemExpiryTimers } from '../auth/expiry-timer.js';
import { tenantOf } from '../upstream/token-key.js';
import { alarmTags, webhookTags } from '../cache/invalidation.js';
import { cacheTtls } from '../cache/policy.js';
import type { ReadCache } from '../cache/read-cache.js';
import { createReadCache } from '../cache/service.js';
import type { Config } from '../config.js';
import type { PollScheduler } from '../live/poller.js';
import { createLiveServices, type LiveServices } from '../live/services.js';
import type { WebhookRouteOptions } from '../live/webhook-route.js';
import type { Logger } from '../telemetry/logger.js';
import { GatewayMetrics } from '../telemetry/metrics.js';
import { Tracing } from '../telemetry/tracing.js';
import { CircuitBreaker } from '../upstream/breaker.js';
import { MetronomeClient } from '../upstream/client.js';
import { UpstreamTransport, type TransportOptions } from '../upstream/transport.js';
import type { GraphQLSchema } from 'graphql';
import type { Paging } from '../schema/context.js';
import { CursorCodec } from '../schema/cursors.js';
import { buildSchema } from '../schema/index.js';
import { loadBoard, type BoardAssets } from './board.js';
import { trustedDocumentsPolicy, type TrustedDocumentsPolicy } from './trusted-documents.js';
import { DisposerStack } from './disposers.js';
import { WindowRateLimiter } from './rate-limit.js';
import { Readiness } from './readiness.js';

/** What the gateway's configuration needs beyond `Config`: the Metronome token is no longer optional. */
export type GatewayConfig = Config & { METRONOME_BEARER_TOKEN: string };

/** Everything the gateway's plugins and endpoints share for the life of the process. */
export interface GatewayServices {
  config: GatewayConfig;
  logger: Logger;
  metrics: GatewayMetrics;
  tracing: Tracing | undefined;
  /** The gateway's own Metronome client (the organization its token belongs to). */
  client: MetronomeClient;
  /** The organization key of the gateway's own token. */
  tenant: string;
  authenticate: Authenticator;
  limiter: WindowRateLimiter;
  live: LiveServices;
  /** The upstream read cache (src/cache); undefined when CACHE=off. */
  cache: ReadCache | undefined;
  readiness: Readiness;
  board: BoardAssets;
  /** The schema served on every transport. */
  schema: GraphQLSchema;
  /** Trusted documents by id, parsed and validated against `schema`; undefined with TRUSTED_DOCUMENTS=off. */
  trustedDocuments: TrustedDocumentsPolicy | undefined;
  /** Webhook intake, bound to the gateway's organization. */
  webhook: WebhookRouteOptions;
  /** Cursor signing and upstream page sizes, for every connection. */
  paging: Paging;
  /** Releases everything above, newest first. */
  disposers: DisposerStack;
  /** "Now" for default series ranges and forecasts: the system clock unless a test injects one. */
  clock: () => Date;
  /** The time credentials expire against: token verification and the live connections' expiry timers. */
  expiryTimers: ExpiryTimers;
}

/** What a gateway can be given besides its configuration (tests inject clocks, and drive the poller). */
export interface ServiceOptions {
  /**
   * "Now" for billing: default series ranges and forecasts. Tests pin it to the sandbox's calendar.
   *
   * @default () => new Date()
   */
  clock?: () => Date;
  /**
   * When the poller's turns run (each customer's next poll, POLL_INTERVAL_MS after the last).
   *
   * @default Node's timers, unreferenced
   */
  pollScheduler?: PollScheduler;
  /**
   * The time credentials expire against: what "now" is when a JWT's `exp` and `nbf` are checked
   * (HTTP, SSE and graphql-ws alike), and the timers that end a live connection at its token's
   * `exp` (a WebSocket closed with 4403, an SSE stream ended with a last UNAUTHENTICATED event).
   * Separate from `clock` on purpose: tests pin `clock` to the sandbox's calendar, months away
   * from the time their tokens are signed at, which would make those tokens expired or not yet
   * valid; expiry follows the issuer's time, billing follows the billing calendar.
   *
   * @default the system clock and Node's timers, unreferenced
   */
  expiryTimers?: ExpiryTimers;
}

/** The upstream transport's settings, from the configuration. */
export function transportOptions(config: Config): Omit<TransportOptions, 'observer' | 'breaker'> {
  return {
    baseUrl: config.METRONOME_BASE_URL,
    timeouts: { connectMs: config.UPSTREAM_CONNECT_TIMEOUT_MS, headersMs: config.UPSTREAM_TIMEOUT_MS, bodyMs: config.UPSTREAM_TIMEOUT_MS },
    retry: {
      maxAttempts: config.UPSTREAM_MAX_ATTEMPTS,
      baseDelayMs: config.UPSTREAM_RETRY_BASE_DELAY_MS,
      maxDelayMs: config.UPSTREAM_RETRY_MAX_DELAY_MS,
      maxRetryAfterMs: config.UPSTREAM_MAX_RETRY_AFTER_MS,
    },
    maxConcurrent: config.UPSTREAM_MAX_CONCURRENCY,
    maxConcurrentPerTenant: config.UPSTREAM_MAX_CONCURRENCY_PER_TENANT,
    connections: config.UPSTREAM_CONNECTIONS,
  };
}

/** Builds the shared services from the configuration, registering each one's disposer as it goes. */
export function createServices(config: GatewayConfig, logger: Logger, options: ServiceOptions = {}): GatewayServices {
  const disposers = new DisposerStack();
  const metrics = new GatewayMetrics();
  const breaker = new CircuitBreaker({
    failureThreshold: config.BREAKER_FAILURE_THRESHOLD,
    cooldownMs: config.BREAKER_COOLDOWN_MS,
    onStateChange: (route, state) => {
      metrics.breakerState.set({ route }, state === 'closed' ? 0 : state === 'half-open' ? 1 : 2);
      logger.warn({ route, state }, 'upstream circuit');
    },
  });
  const transport = new UpstreamTransport({
    breaker,
    observer: (attempt) => {
      metrics.recordUpstream(attempt);
      logger.debug({ upstream: attempt }, 'upstream call');
    },
    ...transportOptions(config),
  });
  disposers.defer('upstream connections', () => transport.close());
  const tracing = config.OTEL_EXPORTER_OTLP_ENDPOINT
    ? new Tracing({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, sampleRatio: config.OTEL_TRACES_SAMPLER_ARG })
    : undefined;
  if (tracing) disposers.defer('tracing', () => tracing.shutdown());
  const cache = createReadCache({
    mode: config.CACHE ?? (config.REDIS_URL ? 'redis' : 'memory'),
    redisUrl: config.REDIS_URL,
    ttls: cacheTtls({
      pollIntervalMs: config.POLL_INTERVAL_MS,
      webhookSecret: config.METRONOME_WEBHOOK_SECRET !== undefined,
      ttlMs: config.CACHE_TTL_MS,
      statusTtlMs: config.CACHE_STATUS_TTL_MS,
    }),
    maxBytes: config.CACHE_MAX_BYTES,
    registry: metrics.registry,
    onRedisState: (state) =>
      state === 'down'
        ? logger.warn({ cacheRedis: 'down' }, 'cache: redis unreachable; reads bypass the cache until it is back')
        : logger.info({ cacheRedis: 'up' }, 'cache: redis reachable again'),
  });
  if (cache) disposers.defer('read cache', () => cache.close());
  const live = createLiveServices({
    redisUrl: config.REDIS_URL,
    pollIntervalMs: config.POLL_INTERVAL_MS,
    pollScheduler: options.pollScheduler,
    // What a transition the refresher found (poll, webhook, mutation) makes stale — statuses and
    // the balances and invoices that moved with them — is retired from the cache before the event
    // goes out, so a query after the event shows what the event showed.
    ...(cache && {
      beforePublish: (tenantKey: string, customerId: string, source: string) =>
        cache
          .invalidate(tenantKey, alarmTags(customerId), source === 'WEBHOOK' ? 'webhook' : source === 'MUTATION' ? 'mutation' : 'poll')
          .catch(() => {
            cache.clearLocal();
            // No error detail: Redis being down is logged once, as a state change.
            logger.warn('cache invalidation could not be recorded (Redis unreachable?); this instance dropped its entries');
          }),
    }),
    onRefresh: (source, transitions) => {
      metrics.refreshes.inc({ source });
      if (transitions > 0) metrics.transitions.inc({ source: source === 'SNAPSHOT' ? 'POLL' : source }, transitions);
    },
    onPollError: (error) => {
      metrics.pollErrors.inc();
      logger.warn({ err: error }, 'poll failed');
    },
    // Once per change of state, not per reconnect attempt.
    onRedisState: (state) =>
      state === 'down'
        ? logger.warn(
            { redis: 'degraded' },
            'redis unreachable: serving on local state (rate limits, live events and statuses per instance) until it is back',
          )
        : logger.info({ redis: 'ok' }, 'redis connected'),
  });
  disposers.defer('live services', () => live.close());
  const client = new MetronomeClient(transport, config.METRONOME_BEARER_TOKEN);
  const tenant = tenantOf(config.METRONOME_BEARER_TOKEN);
  const expiryTimers = options.expiryTimers ?? systemExpiryTimers;
  const authenticate = createAuthenticator({
    mode: config.AUTH_MODE,
    client,
    tenant,
    jwt: {
      secret: config.JWT_SECRET,
      jwksUrl: config.JWT_JWKS_URL,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      roleClaim: config.JWT_ROLE_CLAIM,
      customerIdsClaim: config.JWT_CUSTOMER_IDS_CLAIM,
    },
    timers: expiryTimers,
  });
  const webhook: WebhookRouteOptions = {
    secret: config.METRONOME_WEBHOOK_SECRET,
    tenant,
    client,
    refresher: live.refresher,
    store: live.store,
    ...(cache && { invalidate: (payload: Record<string, unknown>) => cache.invalidate(tenant, webhookTags(payload), 'webhook') }),
    onOutcome: (outcome, detail) => {
      metrics.webhooks.inc({ outcome });
      logger[outcome === 'accepted' || outcome === 'duplicate' ? 'info' : 'warn']({ outcome, ...detail }, 'metronome webhook');
    },
    onRefreshError: (error) => logger.warn({ err: error }, 'refresh after webhook failed'),
  };
  const schema = buildSchema();
  const trustedDocuments = trustedDocumentsPolicy(schema, {
    mode: config.TRUSTED_DOCUMENTS,
    manifestPath: config.TRUSTED_DOCUMENTS_MANIFEST,
    adminArbitrary: config.TRUSTED_DOCUMENTS_ADMIN_ARBITRARY,
    getMaxAgeSeconds: config.TRUSTED_DOCUMENTS_GET_MAX_AGE_S,
  });
  return {
    config,
    logger,
    metrics,
    tracing,
    client,
    tenant,
    authenticate,
    limiter: new WindowRateLimiter(config.RATE_LIMIT_PER_MINUTE, live.redis),
    live,
    cache,
    readiness: new Readiness(client, live, config.REDIS_URL !== undefined),
    board: loadBoard(config.AUTH_MODE, trustedDocuments?.documents.idsByOperationName ?? {}),
    schema,
    trustedDocuments,
    paging: { cursors: new CursorCodec(config.CURSOR_SECRET), customerAlertsPageSize: config.METRONOME_ALERTS_PAGE_SIZE },
    webhook,
    disposers,
    clock: options.clock ?? (() => new Date()),
    expiryTimers,
  };
}
