import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';

/** What a subscription client saw: data events, errors, and how the connection ended. */
export interface SubscriptionRecorder<T> {
  events: T[];
  errors: unknown[];
  /** The WebSocket close code, once closed (graphql-ws only). */
  closeCode: number | undefined;
  /** The WebSocket close reason, once closed (graphql-ws only). */
  closeReason: string | undefined;
  /** Resolves once `count` events arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves once `check` holds for the events so far (asked again on each event); rejects after `timeoutMs`. */
  waitUntil(check: (events: T[]) => boolean, what: string, timeoutMs?: number): Promise<T[]>;
  /** Resolves once the subscription errored or completed. */
  ended(timeoutMs?: number): Promise<void>;
  /** Resolves once the transport itself closed (the socket, or the SSE response stream). */
  closed(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

class Recorder<T> {
  events: T[] = [];
  errors: unknown[] = [];
  closeCode: number | undefined;
  closeReason: string | undefined;
  finished = false;
  transportClosed = false;
  private waiters: Array<() => void> = [];

  push(event: T): void {
    this.events.push(event);
    this.wake();
  }

  fail(error: unknown): void {
    this.errors.push(error);
    this.finish();
  }

  finish(): void {
    this.finished = true;
    this.wake();
  }

  closeTransport(): void {
    this.transportClosed = true;
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`timed out waiting for ${what} (have ${this.events.length} events, errors: ${JSON.stringify(this.errors)})`)),
        timeoutMs,
      );
      const attempt = (): void => {
        if (check()) {
          clearTimeout(timer);
          resolve();
        } else {
          this.waiters.push(attempt);
        }
      };
      attempt();
    });
  }
}

/** How to subscribe: the operation's variables, and for graphql-ws the connection's settings. */
export interface SubscribeOptions<TVariables> {
  variables?: TVariables;
  connectionParams?: Record<string, unknown>;
  retryAttempts?: number;
}

/** The operation's text: typed documents (from `test/gql`) are printed as a frontend sends them. */
const textOf = (document: TypedDocumentNode<unknown, never> | string): string =>
  typeof document === 'string' ? document : print(document);

/**
 * Subscribes over graphql-ws (the protocol frontends use), collecting `data[field]` of each event.
 * Give it a typed document from `test/gql` and the events are typed; a plain string is for
 * documents a typed one cannot express on purpose.
 */
export function subscribeWs<TResult, TVariables, K extends keyof TResult & string>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  field: K,
  options?: SubscribeOptions<TVariables>,
): SubscriptionRecorder<TResult[K]>;
export function subscribeWs<T>(
  url: string,
  document: TypedDocumentNode<unknown, never> | string,
  field: string,
  options: SubscribeOptions<unknown> = {},
): SubscriptionRecorder<T> {
  const recorder = new Recorder<T>();
  const client: Client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: options.retryAttempts ?? 0,
    lazy: false,
    // Connection problems reach the recorder through the subscription sinks; no console noise.
    onNonLazyError: () => undefined,
    ...(options.connectionParams && { connectionParams: options.connectionParams }),
    on: {
      closed: (event) => {
        recorder.closeCode = (event as { code?: number }).code;
        recorder.closeReason = (event as { reason?: string }).reason;
        recorder.closeTransport();
      },
    },
  });
  const unsubscribe = client.subscribe<Record<string, T>>(
    { query: textOf(document), ...(options.variables !== undefined && { variables: options.variables as Record<string, unknown> }) },
    {
      next: (value) => {
        if (value.errors) recorder.fail(value.errors);
        else if (value.data) recorder.push(value.data[field] as T);
      },
      error: (error) => recorder.fail(error),
      complete: () => recorder.finish(),
    },
  );
  return {
    get events() {
      return recorder.events;
    },
    get errors() {
      return recorder.errors;
    },
    get closeCode() {
      return recorder.closeCode;
    },
    get closeReason() {
      return recorder.closeReason;
    },
    waitFor: async (count, timeoutMs = 10_000) => {
      await recorder.until(() => recorder.events.length >= count, timeoutMs, `${count} events`);
      return recorder.events.slice();
    },
    waitUntil: async (check, what, timeoutMs = 10_000) => {
      await recorder.until(() => check(recorder.events), timeoutMs, what);
      return recorder.events.slice();
    },
    ended: (timeoutMs = 10_000) => recorder.until(() => recorder.finished, timeoutMs, 'the end of the subscription'),
    closed: (timeoutMs = 10_000) => recorder.until(() => recorder.transportClosed, timeoutMs, 'the transport to close'),
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** Subscribes over server-sent events (GraphQL over SSE, distinct connections mode); typed as `subscribeWs`. */
export function subscribeSse<TResult, TVariables, K extends keyof TResult & string>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  field: K,
  options?: { variables?: TVariables; headers?: Record<string, string> },
): SubscriptionRecorder<TResult[K]>;
export function subscribeSse<T>(
  url: string,
  document: TypedDocumentNode<unknown, never> | string,
  field: string,
  options: { variables?: unknown; headers?: Record<string, string> } = {},
): SubscriptionRecorder<T> {
  const recorder = new Recorder<T>();
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...options.headers },
        body: JSON.stringify({ query: textOf(document), variables: options.variables ?? {} }),
        signal: controller.signal,
      });
      if (!response.body) throw new Error(`no stream (status ${response.status})`);
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let boundary = buffer.indexOf('\n\n');
        while (boundary >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (data) {
            const payload = JSON.parse(data) as { data?: Record<string, T>; errors?: unknown };
            if (payload.errors) recorder.fail(payload.errors);
            else if (payload.data) recorder.push(payload.data[field] as T);
          }
          if (block.startsWith('event: complete')) recorder.finish();
          boundary = buffer.indexOf('\n\n');
        }
      }
      recorder.finish();
    } catch (error) {
      if (!controller.signal.aborted) recorder.fail(error);
    } finally {
      recorder.closeTransport();
    }
  })();
  return {
    get events() {
      return recorder.events;
    },
    get errors() {
      return recorder.errors;
    },
    closeCode: undefined,
    closeReason: undefined,
    waitFor: async (count, timeoutMs = 10_000) => {
      await recorder.until(() => recorder.events.length >= count, timeoutMs, `${count} events`);
      return recorder.events.slice();
    },
    waitUntil: async (check, what, timeoutMs = 10_000) => {
      await recorder.until(() => check(recorder.events), timeoutMs, what);
      return recorder.events.slice();
    },
    ended: (timeoutMs = 10_000) => recorder.until(() => recorder.finished, timeoutMs, 'the end of the subscription'),
    closed: (timeoutMs = 10_000) => recorder.until(() => recorder.transportClosed, timeoutMs, 'the transport to close'),
    close: async () => {
      controller.abort();
    },
  };
}
