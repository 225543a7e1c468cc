import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBHOOK_PATH } from '../live/webhook-route.js';
import type { LiveServices } from '../live/services.js';
import { createLogger, type Logger } from '../telemetry/logger.js';
import type { GatewayMetrics } from '../telemetry/metrics.js';
import { useBoard } from './plugins/board.js';
import { useCodedHttpErrors } from './plugins/coded-http-errors.js';
import { useFrontPage } from './plugins/front-page.js';
import { useHealthBody } from './plugins/health.js';
import { useMetricsEndpoint } from './plugins/metrics-endpoint.js';
import { useReadiness } from './plugins/readiness.js';
import { useRequestId } from './plugins/request-id.js';
import { useMetronomeWebhook } from './plugins/webhook.js';
import { createServices, type GatewayConfig, type ServiceOptions } from './services.js';
import { limitBodies } from './body-limit.js';
import { attachWebSocket } from './websocket.js';
import { createGatewayYoga } from './yoga.js';

export type { GatewayConfig } from './services.js';

export interface RunningGateway {
  /** e.g. `http://127.0.0.1:4000` */
  url: string;
  /** The live alarm board page. */
  boardUrl: string;
  /** The GraphQL endpoint (HTTP, SSE and WebSocket). */
  graphqlUrl: string;
  /** Where Metronome should send webhooks. */
  webhookUrl: string;
  /** The configuration the gateway runs with. */
  config: GatewayConfig;
  live: LiveServices;
  metrics: GatewayMetrics;
  /** Open WebSocket connections. */
  readonly webSocketClients: number;
  /**
   * Graceful stop: readiness turns 503, WebSocket clients are closed with 1001, in-flight
   * requests finish (bounded by DRAIN_TIMEOUT_MS), then everything else is released.
   */
  close(): Promise<void>;
}

/**
 * Starts the gateway: the shared services, the yoga app with one plugin per HTTP endpoint, the
 * graphql-ws endpoint on the same port, and a disposer stack that stops them in reverse order.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('silent'),
  options: ServiceOptions = {},
): Promise<RunningGateway> {
  const services = createServices(config, logger, options);
  const { disposers, metrics, live } = services;
  if (live.redis) {
    // Start in step with the other instances when Redis is there; degraded (and said once) when not.
    await live.redis.connected(2_000);
    if (!live.redis.up) logger.warn({ redis: 'degraded' }, 'redis unreachable at startup: serving on local state until it is reachable');
  }
  let draining = false;
  const yoga = createGatewayYoga(services, [
    useRequestId(),
    useCodedHttpErrors(),
    useFrontPage(),
    useHealthBody(),
    useMetronomeWebhook(services.webhook, logger),
    useBoard(services.board),
    useReadiness(services.readiness, () => draining),
    useMetricsEndpoint(metrics),
  ]);
  disposers.defer('yoga', () => yoga.dispose());

  // Bodies are counted on the Node stream, before any plugin (or authentication) runs.
  const server = createServer(limitBodies(config.MAX_BODY_BYTES, yoga));
  // Listening first: the WebSocket server re-emits the HTTP server's errors, and graphql-ws would
  // print a failed listen (a busy port) as a raw stack. A failed start releases what it built.
  await listen(server, config.PORT, config.HOST).catch(async (error: unknown) => {
    await disposers.disposeAll();
    throw error;
  });
  const webSocket = attachWebSocket(server, yoga, services.authenticate, (open) => metrics.webSockets.set(open), {
    trustedDocuments: services.trustedDocuments,
    maxPayloadBytes: config.MAX_BODY_BYTES,
    expiryTimers: services.expiryTimers,
    ownFrames: config.SUBSCRIPTION_SHARING === 'on',
    maxBufferedBytes: config.SUBSCRIBER_MAX_BUFFERED_BYTES,
    onSlowConsumer: () => metrics.slowConsumers.inc(),
    onError: (error) => logger.error({ err: error }, 'websocket error'),
  });
  disposers.defer('http server', () => drain(server, config.DRAIN_TIMEOUT_MS));
  disposers.defer('websocket clients', () => webSocket.dispose());

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    graphqlUrl: `${url}${yoga.graphqlEndpoint}`,
    boardUrl: `${url}/board`,
    webhookUrl: `${url}${WEBHOOK_PATH}`,
    config,
    live,
    metrics,
    get webSocketClients() {
      return webSocket.clients;
    },
    close: () => {
      closing ??= (async () => {
        draining = true;
        await disposers.disposeAll();
      })();
      return closing;
    },
  };
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting connections and lets in-flight requests finish, cutting them off after `timeoutMs`. */
function drain(server: ReturnType<typeof createServer>, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
