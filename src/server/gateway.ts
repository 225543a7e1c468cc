import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type Logger } from '../telemetry/logger.js';
import { createLiveServices, type LiveServices } from '../live/services.js';
import { WEBHOOK_PATH, handleWebhook } from '../live/webhook-route.js';
import { CircuitBreaker } from '../upstream/breaker.js';
import { MetronomeClient } from '../upstream/client.js';
import type { RetryPolicy } from '../upstream/retry.js';
import { UpstreamTransport } from '../upstream/transport.js';
import { GatewayMetrics } from '../telemetry/metrics.js';
import { Tracing } from '../telemetry/tracing.js';
import { loadBoard } from './board.js';
import { Readiness } from './readiness.js';
import { attachWebSocket } from './websocket.js';
import { createAuthenticator, tenantOf, type AuthMode, type AuthOptions } from '../auth/authenticate.js';
import type { Limits } from './limits-plugin.js';
import { WindowRateLimiter } from './rate-limit.js';
import { createGatewayYoga } from './yoga.js';

export const DEFAULT_LIMITS: Limits = { maxDepth: 12, maxAliases: 30, maxTokens: 3000, maxDirectives: 20, maxUpstreamCalls: 150 };

export interface GatewayOptions {
  host: string;
  port: number;
  metronomeBaseUrl: string;
  metronomeToken: string;
  webhookSecret?: string | undefined;
  /** `none` (default), `jwt` or `passthrough`; see src/auth/authenticate.ts. */
  authMode?: AuthMode;
  jwt?: AuthOptions['jwt'];
  redisUrl?: string | undefined;
  pollIntervalMs?: number;
  graphiql?: boolean;
  upstreamTimeoutMs?: number;
  upstreamMaxAttempts?: number;
  upstreamMaxConcurrency?: number;
  upstreamConnections?: number;
  /** Circuit breaking per upstream route (defaults: open after 5 failures in a row, 10 s cooldown). */
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  /** Fine-tuning of retry delays (tests shorten them). */
  upstreamRetry?: Partial<RetryPolicy>;
  logger?: Logger;
  /** OTLP/HTTP endpoint for traces (e.g. http://collector:4318); tracing is off without one. */
  otlpEndpoint?: string | undefined;
  /** Share of operations traced when the caller sent no `traceparent` (default DEFAULT_TRACE_SAMPLE_RATIO). */
  traceSampleRatio?: number;
  /** Static limits and the upstream-call budget per operation (defaults in DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
  /** Operations per viewer per minute; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  introspection?: boolean;
  corsOrigins?: string[];
  /** Production hardening (no field suggestions); set from NODE_ENV by main. */
  production?: boolean;
  /** Largest request body accepted on /graphql, in bytes (413 above). */
  maxBodyBytes?: number;
  /** How long in-flight HTTP requests may take to finish on shutdown. */
  drainTimeoutMs?: number;
}

export interface RunningGateway {
  /** e.g. `http://127.0.0.1:4000` */
  url: string;
  /** The live alarm board page. */
  boardUrl: string;
  /** The GraphQL endpoint (HTTP, SSE and WebSocket). */
  graphqlUrl: string;
  /** Where Metronome should send webhooks. */
  webhookUrl: string;
  live: LiveServices;
  metrics: GatewayMetrics;
  /** Open WebSocket connections. */
  readonly webSocketClients: number;
  /**
   * Graceful stop: readiness turns 503, WebSocket clients are closed with 1001, in-flight
   * requests finish (bounded), pollers and Redis connections close.
   */
  close(): Promise<void>;
}

/** Starts the gateway: one upstream transport and one set of live services for the process, then HTTP and WebSocket. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('silent');
  const metrics = new GatewayMetrics();
  const timeout = options.upstreamTimeoutMs ?? 15_000;
  const breaker = new CircuitBreaker({
    failureThreshold: options.breaker?.failureThreshold ?? 5,
    cooldownMs: options.breaker?.cooldownMs ?? 10_000,
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
    baseUrl: options.metronomeBaseUrl,
    timeouts: { headersMs: timeout, bodyMs: timeout },
    retry: { maxAttempts: options.upstreamMaxAttempts ?? 3, ...options.upstreamRetry },
    maxConcurrent: options.upstreamMaxConcurrency ?? 128,
    connections: options.upstreamConnections ?? 128,
  });
  const live = createLiveServices({
    redisUrl: options.redisUrl,
    pollIntervalMs: options.pollIntervalMs ?? 30_000,
    onRefresh: (source, transitions) => {
      metrics.refreshes.inc({ source });
      if (transitions > 0) metrics.transitions.inc({ source: source === 'SNAPSHOT' ? 'POLL' : source }, transitions);
    },
    onPollError: (error) => {
      metrics.pollErrors.inc();
      logger.warn({ err: error }, 'poll failed');
    },
    onRedisError: (error) => logger.warn({ err: error }, 'redis connection problem'),
  });
  const tracing = options.otlpEndpoint ? new Tracing({ endpoint: options.otlpEndpoint, sampleRatio: options.traceSampleRatio }) : undefined;
  const client = new MetronomeClient(transport, options.metronomeToken);
  const tenant = tenantOf(options.metronomeToken);
  const authenticate = createAuthenticator({
    mode: options.authMode ?? 'none',
    client,
    tenant,
    ...(options.jwt && { jwt: options.jwt }),
  });
  const yoga = createGatewayYoga({
    authenticate,
    graphiql: options.graphiql ?? true,
    live,
    metrics,
    logger,
    tracing,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    limiter: new WindowRateLimiter(options.rateLimitPerMinute ?? 600, live.redis),
    introspection: options.introspection ?? true,
    corsOrigins: options.corsOrigins ?? [],
    production: options.production ?? false,
  });
  let draining = false;

  const readiness = new Readiness(client, live, options.redisUrl !== undefined);
  const board = loadBoard(options.authMode ?? 'none');

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    // Every request has an id: the caller's x-request-id, or a new one; it is sent back and logged.
    const given = request.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    request.headers['x-request-id'] = requestId;
    response.setHeader('x-request-id', requestId);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > (options.maxBodyBytes ?? 256 * 1024)) {
      response.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      response.end(JSON.stringify({ errors: [{ message: 'Request body too large', extensions: { code: 'BAD_USER_INPUT' } }] }));
      request.resume();
      return;
    }
    if (path === WEBHOOK_PATH) {
      handleWebhook(request, response, {
        secret: options.webhookSecret,
        tenant,
        client,
        refresher: live.refresher,
        store: live.store,
        onOutcome: (outcome, detail) => {
          metrics.webhooks.inc({ outcome });
          logger[outcome === 'accepted' || outcome === 'duplicate' ? 'info' : 'warn'](
            { requestId, outcome, ...detail },
            'metronome webhook',
          );
        },
        onRefreshError: (error) => logger.warn({ err: error }, 'refresh after webhook failed'),
      }).catch((error: unknown) => {
        logger.error({ err: error }, 'webhook handling failed');
        if (!response.headersSent) response.writeHead(500).end();
      });
      return;
    }
    if (path?.startsWith('/board') && request.method === 'GET' && board.serve(path, response)) return;
    if (path === '/ready') {
      void readiness.check(draining).then(({ ready, checks }) => {
        response.writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(JSON.stringify({ status: draining ? 'draining' : ready ? 'ready' : 'unavailable', checks }));
      });
      return;
    }
    if (path === '/metrics') {
      void metrics.registry.metrics().then((text) => {
        response.writeHead(200, { 'content-type': metrics.registry.contentType });
        response.end(text);
      });
      return;
    }
    void yoga(request, response);
  });
  const webSocket = attachWebSocket(server, yoga, authenticate, (open) => metrics.webSockets.set(open));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    boardUrl: `${url}/board`,
    webhookUrl: `${url}${WEBHOOK_PATH}`,
    live,
    metrics,
    get webSocketClients() {
      return webSocket.clients;
    },
    close: () => {
      closing ??= (async () => {
        draining = true;
        await webSocket.dispose();
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), options.drainTimeoutMs ?? 5_000);
          force.unref();
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
        });
        await live.close();
        await yoga.dispose();
        await transport.close();
        await tracing?.shutdown();
      })();
      return closing;
    },
  };
}
