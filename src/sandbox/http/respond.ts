import type { ServerResponse } from 'node:http';
import { asHttpError } from './errors.js';
import type { SandboxResponse } from './router.js';

/** Runs a handler, turning what it throws (HTTP or domain errors, or anything else) into a response. */
export async function run(handler: () => SandboxResponse | Promise<SandboxResponse>): Promise<Required<SandboxResponse>> {
  try {
    const result = await handler();
    return { status: result.status ?? 200, body: result.body };
  } catch (error) {
    const known = asHttpError(error);
    if (known) return { status: known.status, body: { message: known.message } };
    console.error('sandbox: handler failed', error);
    return { status: 500, body: { message: 'Internal sandbox error' } };
  }
}

/** Writes a JSON answer (or an empty one when `body` is undefined). */
export function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (body === undefined) {
    response.writeHead(status, { 'content-length': '0' });
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
