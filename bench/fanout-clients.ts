/**
 * The client side of the fan-out benchmark, in its own process so that the gateway's figures
 * are not shared with the clients' own work. Talks to its parent over IPC:
 *   parent → { urls, customerId, subscribers, connections, documents }   child → { ready }
 *   child → { arrivals: number[], clientCpuMs }  (epoch milliseconds at which each subscriber got
 *                                                 the change; this process's CPU from ready to the last)
 *   child → { duplicates: number }  (changes beyond the expected one per subscriber, counted for
 *                                     a while after the last arrival)
 *
 * It speaks graphql-transport-ws by hand and reads only what it counts (a frame's id and whether
 * it is a snapshot) rather than parsing every frame with a graphql-ws client: at 50,000
 * subscribers that parsing took longer than the gateway's delivery, and an arrival is stamped when
 * its frame is read, so the clients' own work would have been measured as delivery.
 */
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
/** A connection closed before its snapshots are in (graphql-ws's 3 s init window, on a loaded machine) is opened again. */
const RECONNECTS = 10;
/** Where a `next` frame's id starts: the gateway writes `{"id":"…","type":"next",…`. */
const ID_START = '{"id":"'.length;
const NEXT_AFTER_ID = '","type":"next"';

process.once('message', (message) => {
  void (async () => {
    const job = message as Job;
    const arrivals: number[] = [];
    let snapshots = 0;
    let extra = 0;
    let cpuAtReady: NodeJS.CpuUsage | undefined;
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

    /** Subscribers by connection: subscriber i is on connection i % connections, with id `s<i>`. */
    const subscribersOf = (connection: number): number[] => {
      const list: number[] = [];
      for (let i = connection; i < job.subscribers; i += job.connections) list.push(i);
      return list;
    };
    /** Per subscriber: whether its snapshot came, and how many changes it got. */
    const snapshotSeen = new Uint8Array(job.subscribers);
    const changes = new Uint32Array(job.subscribers);

    const onFrame = (text: string): void => {
      const idEnd = text.indexOf('"', ID_START);
      if (!text.startsWith('{"id":"s', 0) || !text.startsWith(NEXT_AFTER_ID, idEnd)) {
        if (!text.startsWith('{"type":"connection_ack"') && !text.startsWith('{"type":"ping"') && !text.startsWith('{"type":"pong"')) {
          console.error('unexpected frame', text.slice(0, 300));
        }
        return;
      }
      const subscriber = Number(text.slice(ID_START + 1, idEnd));
      if (text.includes('"source":"SNAPSHOT"')) {
        if (snapshotSeen[subscriber] === 0) {
          snapshotSeen[subscriber] = 1;
          snapshots += 1;
          onSnapshot();
        }
        return;
      }
      changes[subscriber] = (changes[subscriber] ?? 0) + 1;
      if ((changes[subscriber] ?? 0) > 1) {
        extra += 1;
        return;
      }
      arrivals.push(performance.timeOrigin + performance.now());
      if (arrivals.length === job.subscribers) {
        const cpu = process.cpuUsage(cpuAtReady);
        process.send?.({ arrivals, clientCpuMs: (cpu.user + cpu.system) / 1000 });
        setTimeout(() => process.send?.({ duplicates: extra }), AFTERWARDS_MS);
      }
    };

    const open = (connection: number, attempt = 0): void => {
      const url = (job.urls[connection % job.urls.length] as string).replace('http', 'ws');
      const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
      let acknowledged = false;
      socket.on('open', () => socket.send('{"type":"connection_init","payload":{}}'));
      socket.on('message', (data: Buffer) => {
        const text = data.toString();
        if (!acknowledged && text.startsWith('{"type":"connection_ack"')) {
          acknowledged = true;
          for (const i of subscribersOf(connection)) {
            socket.send(
              JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: documentFor(job.customerId, i % job.documents) } }),
            );
          }
          return;
        }
        onFrame(text);
      });
      socket.on('error', () => undefined);
      socket.on('close', (code) => {
        const missing = subscribersOf(connection).some((i) => snapshotSeen[i] === 0);
        if (missing && attempt < RECONNECTS) open(connection, attempt + 1);
        else if (missing) console.error(`connection ${connection} closed (${code}) before its snapshots; giving up`);
      });
    };

    // Connections open in waves (each wave's snapshots in before the next starts): thousands of
    // upgrades at once on a loaded machine outlast Node's 60 s header timeout (HTTP 408).
    for (let first = 0; first < job.connections; first += WAVE) {
      const last = Math.min(job.connections, first + WAVE);
      for (let connection = first; connection < last; connection += 1) open(connection);
      let subscribedSoFar = 0;
      for (let connection = 0; connection < last; connection += 1) subscribedSoFar += subscribersOf(connection).length;
      await snapshotsOf(subscribedSoFar);
    }
    cpuAtReady = process.cpuUsage();
    process.send?.({ ready: true });
  })();
});
