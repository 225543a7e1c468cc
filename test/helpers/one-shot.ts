import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';

/** A GraphQL request payload as a client sends it: a document's text, or a trusted document's id. */
export interface Payload {
  query?: string;
  documentId?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** The first result a transport delivered: data, or coded errors. */
export interface OneResult {
  status?: number;
  headers?: Headers;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const auth = (bearer: string | undefined): Record<string, string> => (bearer ? { authorization: `Bearer ${bearer}` } : {});

/** POST with a JSON body. */
export async function postOnce(url: string, payload: Payload, bearer?: string): Promise<OneResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...auth(bearer) },
    body: JSON.stringify(payload),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as OneResult) };
}

/** GET with the payload in the query string (a CSRF-safe header, as browsers' fetch would send). */
export async function getOnce(url: string, payload: Payload, bearer?: string): Promise<OneResult> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(payload))
    if (value !== undefined) search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  const response = await fetch(`${url}?${search}`, {
    headers: { accept: 'application/graphql-response+json', 'x-graphql-yoga-csrf': '1', ...auth(bearer) },
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as OneResult) };
}

/** POST asking for server-sent events; the first `next` event's payload. */
async function sseOnce(url: string, payload: Payload, bearer?: string): Promise<OneResult> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...auth(bearer) },
    body: JSON.stringify(payload),
    signal: controller.signal,
  });
  if (!response.body) throw new Error(`no stream (status ${response.status})`);
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      const data = /(?:^|\n)event: next\ndata: (.*)\n/.exec(buffer)?.[1];
      if (data) return { status: response.status, ...(JSON.parse(data) as OneResult) };
    }
  } finally {
    controller.abort();
  }
  throw new Error(`the stream ended without an event: ${buffer}`);
}

/** Over graphql-ws: connects, sends one subscribe message, returns its first result (or the errors it was refused with). */
async function wsOnce(url: string, payload: Payload, bearer?: string): Promise<OneResult> {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: auth(bearer),
  });
  try {
    return await new Promise<OneResult>((resolve, reject) => {
      // graphql-ws's client insists on a `query` string; a trusted document's is empty.
      client.subscribe({ query: '', ...payload } as { query: string }, {
        next: (result) => resolve(result as OneResult),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error as OneResult['errors'] }) : reject(error as Error)),
        complete: () => reject(new Error('completed without a result')),
      });
    });
  } finally {
    await client.dispose();
  }
}

export const transports = { 'HTTP POST': postOnce, 'HTTP GET': getOnce, SSE: sseOnce, 'graphql-ws': wsOnce } as const;
