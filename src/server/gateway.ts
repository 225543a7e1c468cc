import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type Logger } from '../logger.js';
import { createLiveServices, type LiveServices } from '../live/services.js';
import { WEBHOOK_PATH, handleWebhook } from '../live/webhook-route.js';
import { MetronomeClient } from '../upstream/client.js';
import type { RetryPolicy } from '../upstream/retry.js';
import { UpstreamTransport } from '../upstream/transport.js';
import { attachWebSocket } from './websocket.js';
import { createGatewayYoga, tenantOf } from './yoga.js';

export interface GatewayOptions {
  host: string;
  port: number;
  metronomeBaseUrl: string;
  metronomeToken: string;
  webhookSecret?: string | undefined;
  redisUrl?: string | undefined;
  pollIntervalMs?: number;
  graphiql?: boolean;
  upstreamTimeoutMs?: number;
  upstreamMaxAttempts?: number;
  upstreamMaxConcurrency?: number;
  upstreamConnections?: number;
  /** Fine-tuning of retry delays (tests shorten them). */
  upstreamRetry?: Partial<RetryPolicy>;
  logger?: Logger;
  /** How long in-flight HTTP requests may take to finish on shutdown. */
  drainTimeoutMs?: number;
}

export interface RunningGateway {
  /** e.g. `http://127.0.0.1:4000` */
  url: string;
  /** The GraphQL endpoint (HTTP, SSE and WebSocket). */
  graphqlUrl: string;
  /** Where Metronome should send webhooks. */
  webhookUrl: string;
  live: LiveServices;
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
  const timeout = options.upstreamTimeoutMs ?? 15_000;
  const transport = new UpstreamTransport({
    baseUrl: options.metronomeBaseUrl,
    timeouts: { headersMs: timeout, bodyMs: timeout },
    retry: { maxAttempts: options.upstreamMaxAttempts ?? 3, ...options.upstreamRetry },
    maxConcurrent: options.upstreamMaxConcurrency ?? 64,
    connections: options.upstreamConnections ?? 32,
  });
  const live = createLiveServices({
    redisUrl: options.redisUrl,
    pollIntervalMs: options.pollIntervalMs ?? 30_000,
    onPollError: (error) => logger.warn({ err: error }, 'poll failed'),
    onRedisError: (error) => logger.warn({ err: error }, 'redis connection problem'),
  });
  const yoga = createGatewayYoga({ transport, token: options.metronomeToken, graphiql: options.graphiql ?? true, live });
  const client = new MetronomeClient(transport, options.metronomeToken);
  const tenant = tenantOf(options.metronomeToken);
  let draining = false;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === WEBHOOK_PATH) {
      handleWebhook(request, response, {
        secret: options.webhookSecret,
        tenant,
        client,
        refresher: live.refresher,
        store: live.store,
        onOutcome: (outcome, detail) =>
          logger[outcome === 'accepted' || outcome === 'duplicate' ? 'info' : 'warn']({ outcome, ...detail }, 'metronome webhook'),
        onRefreshError: (error) => logger.warn({ err: error }, 'refresh after webhook failed'),
      }).catch((error: unknown) => {
        logger.error({ err: error }, 'webhook handling failed');
        if (!response.headersSent) response.writeHead(500).end();
      });
      return;
    }
    if (path === '/ready') {
      response.writeHead(draining ? 503 : 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: draining ? 'draining' : 'ready' }));
      return;
    }
    void yoga(request, response);
  });
  const webSocket = attachWebSocket(server, yoga);

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
    webhookUrl: `${url}${WEBHOOK_PATH}`,
    live,
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
      })();
      return closing;
    },
  };
}
