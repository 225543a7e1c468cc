import type { Plugin } from 'graphql-yoga';
import { jsonResponse } from './json-response.js';

/**
 * Refuses a request whose declared body is larger than `maxBytes` with 413, before anything
 * (authentication included) reads it.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        endResponse(
          jsonResponse(
            fetchAPI,
            413,
            { errors: [{ message: 'Request body too large', extensions: { code: 'BAD_USER_INPUT' } }] },
            { connection: 'close' },
          ),
        );
      }
    },
  };
}
