import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GatewayContext } from '../schema/context.js';

export interface RunningServer {
  server: Server;
  /** e.g. `http://127.0.0.1:4000` */
  url: string;
  close(): Promise<void>;
}

/** Serves the yoga app on node:http. */
export async function listen(
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>,
  host: string,
  port: number,
): Promise<RunningServer> {
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}
