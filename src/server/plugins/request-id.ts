import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/** Letters, digits and `.:-_`, at most 128: anything else could break a log line or a header. */
const ACCEPTABLE = /^[\w.:-]{1,128}$/;

const ids = new WeakMap<Request, string>();

/** The request id given to this request by `useRequestId` (undefined outside an HTTP request). */
export function requestIdOf(request: Request | undefined): string | undefined {
  return request ? ids.get(request) : undefined;
}

/**
 * Every HTTP request gets an id: the caller's `x-request-id` when it is acceptable, else a new
 * UUID. It is sent back in the response's `x-request-id` and logged with everything the request does.
 */
export function useRequestId(): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      ids.set(request, given !== null && ACCEPTABLE.test(given) ? given : randomUUID());
    },
    onResponse({ request, response }) {
      const id = ids.get(request);
      if (id) response.headers.set('x-request-id', id);
    },
  };
}
