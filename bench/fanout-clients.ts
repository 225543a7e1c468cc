/**
 * The client side of the fan-out benchmark, in its own process so that the gateway's figures
 * are not shared with the clients' own work. Talks to its parent over IPC:
 *   parent → { url, customerId, subscribers, connections }   child → { ready }
 *   child → { arrivals: number[] }  (epoch milliseconds at which each subscriber got the change)
 */
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';
import { STATUS_SUBSCRIPTION } from '../test/helpers/metered.js';

interface Job {
  url: string;
  customerId: string;
  subscribers: number;
  connections: number;
}

process.once('message', (message) => {
  void (async () => {
    const job = message as Job;
    const clients: Client[] = Array.from({ length: job.connections }, () =>
      createClient({ url: job.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, onNonLazyError: () => undefined }),
    );
    const arrivals: number[] = [];
    let snapshots = 0;
    await new Promise<void>((ready) => {
      for (let i = 0; i < job.subscribers; i += 1) {
        let events = 0;
        (clients[i % job.connections] as Client).subscribe(
          { query: STATUS_SUBSCRIPTION(job.customerId) },
          {
            next: () => {
              events += 1;
              if (events === 1 && (snapshots += 1) === job.subscribers) ready();
              if (events === 2) {
                arrivals.push(performance.timeOrigin + performance.now());
                if (arrivals.length === job.subscribers) process.send?.({ arrivals });
              }
            },
            error: () => undefined,
            complete: () => undefined,
          },
        );
      }
    });
    process.send?.({ ready: true });
  })();
});
