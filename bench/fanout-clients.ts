/**
 * The client side of the fan-out benchmark, in its own process so that the gateway's figures
 * are not shared with the clients' own work. Talks to its parent over IPC:
 *   parent → { urls, customerId, subscribers, connections, documents }   child → { ready }
 *   child → { arrivals: number[] }  (epoch milliseconds at which each subscriber got the change)
 *   child → { duplicates: number }  (changes beyond the expected one per subscriber, counted for
 *                                     a while after the last arrival)
 */
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';
import { STATUS_SUBSCRIPTION } from '../test/helpers/metered.js';

interface Job {
  /** One GraphQL URL per gateway instance; connection i goes to urls[i % urls.length]. */
  urls: string[];
  customerId: string;
  subscribers: number;
  connections: number;
  /** Subscriber i uses document variant i % documents. */
  documents: number;
}

/** Variant 0 is the shared test document; others differ by one alias, so they cannot share. */
function documentFor(customerId: string, variant: number): string {
  return variant === 0
    ? STATUS_SUBSCRIPTION(customerId)
    : STATUS_SUBSCRIPTION(customerId).replace('source\n', `source\n    variant${variant}: status\n`);
}

const AFTERWARDS_MS = 1_000;
/** Connections opened at once during setup. */
const WAVE = 500;

process.once('message', (message) => {
  void (async () => {
    const job = message as Job;
    const clients: Client[] = Array.from({ length: job.connections }, (_, i) =>
      createClient({
        url: (job.urls[i % job.urls.length] as string).replace('http', 'ws'),
        webSocketImpl: WebSocket,
        // On a loaded machine a connection may miss graphql-ws's 3 s initialisation window; it
        // then reconnects and starts again from a snapshot, which is not counted twice.
        retryAttempts: 10,
        onNonLazyError: () => undefined,
      }),
    );
    const arrivals: number[] = [];
    let snapshots = 0;
    let extra = 0;
    // Connections open in waves (each wave's snapshots in before the next starts): thousands of
    // upgrades at once on a loaded machine outlast Node's 60 s header timeout (HTTP 408).
    const waiters: Array<{ count: number; resolve: () => void }> = [];
    const snapshotsOf = (count: number) =>
      new Promise<void>((resolve) => {
        if (snapshots >= count) resolve();
        else waiters.push({ count, resolve });
      });
    const onSnapshot = (): void => {
      for (const waiter of waiters.splice(0)) {
        if (snapshots >= waiter.count) waiter.resolve();
        else waiters.push(waiter);
      }
    };
    for (let first = 0; first < job.connections; first += WAVE) {
      const last = Math.min(job.connections, first + WAVE);
      for (let i = 0; i < job.subscribers; i += 1) {
        const connection = i % job.connections;
        if (connection < first || connection >= last) continue;
        subscribeOne(i);
      }
      const subscribedSoFar = Array.from({ length: job.subscribers }, (_, i) => i % job.connections < last).filter(Boolean).length;
      await snapshotsOf(subscribedSoFar);
    }

    function subscribeOne(i: number): void {
      let snapshot = false;
      let changes = 0;
      (clients[i % job.connections] as Client).subscribe<{ customerAlertStatusChanged: { source: string } }>(
        { query: documentFor(job.customerId, i % job.documents) },
        {
          next: (value) => {
            if (value.data?.customerAlertStatusChanged.source === 'SNAPSHOT') {
              if (!snapshot) {
                snapshots += 1;
                onSnapshot();
              }
              snapshot = true;
              return;
            }
            changes += 1;
            if (changes > 1) {
              extra += 1;
              return;
            }
            arrivals.push(performance.timeOrigin + performance.now());
            if (arrivals.length === job.subscribers) {
              process.send?.({ arrivals });
              setTimeout(() => process.send?.({ duplicates: extra }), AFTERWARDS_MS);
            }
          },
          error: (error) => console.error('subscription failed', error),
          complete: () => undefined,
        },
      );
    }
    process.send?.({ ready: true });
  })();
});
