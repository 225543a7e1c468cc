import { type DocumentNode, print } from 'graphql';
import { WebSocket } from 'ws';

/**
 * Subscription clients that keep every frame exactly as the gateway wrote it, for tests that
 * compare bytes (sharing on vs off) or drive the socket by hand (a reader that stops reading).
 */

interface RawFrame {
  id?: string;
  type: string;
  /** The frame's text as received. */
  raw: string;
}

/** One graphql-transport-ws connection, spoken by hand. */
export interface RawConnection {
  readonly socket: WebSocket;
  readonly frames: RawFrame[];
  /** Sends a subscribe frame: a typed document from `test/gql` (printed as a client sends it), or raw text. */
  subscribe(id: string, document: DocumentNode | string, variables?: Record<string, unknown>): void;
  /** Raw texts of the frames of one subscription, in order. */
  framesOf(id: string): string[];
  /** Resolves when `check` holds (re-checked on every frame); rejects after `timeoutMs`. */
  until(check: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  /** The close code and reason, once the connection closed. */
  readonly closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export async function openRawConnection(graphqlUrl: string, connectionParams: Record<string, unknown> = {}): Promise<RawConnection> {
  const socket = new WebSocket(graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const frames: RawFrame[] = [];
  const waiters = new Set<() => void>();
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.once('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const waiter of waiters) waiter();
    });
  });
  const acknowledged = new Promise<void>((resolve, reject) => {
    socket.on('message', (data) => {
      const raw = data.toString();
      const { id, type } = JSON.parse(raw) as { id?: string; type: string };
      if (type === 'connection_ack') resolve();
      else frames.push({ ...(id !== undefined && { id }), type, raw });
      for (const waiter of waiters) waiter();
    });
    socket.once('error', reject);
    void closed.then(({ code, reason }) => reject(new Error(`closed before acknowledgement: ${code} ${reason}`)));
  });
  socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
  await acknowledged;
  return {
    socket,
    frames,
    closed,
    subscribe(id, document, variables = {}) {
      const query = typeof document === 'string' ? document : print(document);
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    },
    framesOf: (id) => frames.filter((frame) => frame.id === id).map((frame) => frame.raw),
    until: (check, what, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const attempt = (): void => {
          if (!check()) return;
          clearTimeout(timer);
          waiters.delete(attempt);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(attempt);
          reject(new Error(`timed out waiting for ${what}; frames: ${frames.length}`));
        }, timeoutMs);
        waiters.add(attempt);
        attempt();
      }),
    close: async () => {
      if (socket.readyState === WebSocket.CLOSED) return;
      socket.close(1000);
      await closed;
    },
  };
}

/** One GraphQL-over-SSE subscription (distinct connections mode), keeping each `data:` line as sent. */
export interface RawSse {
  /** The `data` of every `next` event, as sent. */
  readonly payloads: string[];
  until(check: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): void;
}

export function openRawSse(
  graphqlUrl: string,
  document: DocumentNode | string,
  headers: Record<string, string> = {},
  variables: Record<string, unknown> = {},
): RawSse {
  const query = typeof document === 'string' ? document : print(document);
  const payloads: string[] = [];
  const waiters = new Set<() => void>();
  const controller = new AbortController();
  void (async () => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let boundary = buffer.indexOf('\n\n');
      while (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        if (block.startsWith('event: next\n')) payloads.push(block.slice('event: next\ndata: '.length));
        for (const waiter of waiters) waiter();
        boundary = buffer.indexOf('\n\n');
      }
    }
  })().catch(() => undefined);
  return {
    payloads,
    until: (check, what, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const attempt = (): void => {
          if (!check()) return;
          clearTimeout(timer);
          waiters.delete(attempt);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(attempt);
          reject(new Error(`timed out waiting for ${what}; payloads: ${payloads.length}`));
        }, timeoutMs);
        waiters.add(attempt);
        attempt();
      }),
    close: () => controller.abort(),
  };
}
