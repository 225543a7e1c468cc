import type { RetryPolicy } from '../upstream/retry.js';
import { UpstreamTransport } from '../upstream/transport.js';
import { listen, type RunningServer } from './http.js';
import { createGatewayYoga } from './yoga.js';

export interface GatewayOptions {
  host: string;
  port: number;
  metronomeBaseUrl: string;
  metronomeToken: string;
  graphiql?: boolean;
  upstreamTimeoutMs?: number;
  upstreamMaxAttempts?: number;
  upstreamMaxConcurrency?: number;
  upstreamConnections?: number;
  /** Fine-tuning of retry delays (tests shorten them). */
  upstreamRetry?: Partial<RetryPolicy>;
}

export interface RunningGateway extends RunningServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  graphqlUrl: string;
}

/** Starts the gateway: one upstream transport for the process, the yoga app, the HTTP server. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const timeout = options.upstreamTimeoutMs ?? 15_000;
  const transport = new UpstreamTransport({
    baseUrl: options.metronomeBaseUrl,
    timeouts: { headersMs: timeout, bodyMs: timeout },
    retry: { maxAttempts: options.upstreamMaxAttempts ?? 3, ...options.upstreamRetry },
    maxConcurrent: options.upstreamMaxConcurrency ?? 64,
    connections: options.upstreamConnections ?? 32,
  });
  const yoga = createGatewayYoga({ transport, token: options.metronomeToken, graphiql: options.graphiql ?? true });
  const running = await listen(yoga, options.host, options.port);
  return {
    ...running,
    graphqlUrl: `${running.url}/graphql`,
    close: async () => {
      await running.close();
      await yoga.dispose();
      await transport.close();
    },
  };
}
