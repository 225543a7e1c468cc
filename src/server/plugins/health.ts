import type { Plugin } from 'graphql-yoga';
import { jsonResponse } from './json-response.js';

/**
 * `/health` (liveness) answers `{"status":"ok"}`. yoga's built-in check answers first, with an
 * empty 200, before any plugin's request hook; its response is given the body here.
 */
export function useHealthBody(): Plugin {
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status !== 200 || response.headers.has('content-type')) return;
      if (new URL(request.url).pathname !== '/health') return;
      setResponse(jsonResponse(fetchAPI, 200, { status: 'ok' }, { 'cache-control': 'no-store' }));
    },
  };
}
