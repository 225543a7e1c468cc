import type { Plugin } from 'graphql-yoga';
import type { Readiness } from '../readiness.js';
import { jsonResponse } from './json-response.js';

/**
 * `/ready`: 200 when the upstream answers and the gateway is not draining, else 503; the body
 * names each check `ok` or `failing` (Redis: `ok` or `degraded`, which does not make the instance
 * unready), never an error text.
 *
 * Matched on the path alone: yoga's `useReadinessCheck` also tests a URLPattern against every
 * request it does not match at once, which was a measurable share of a GraphQL request's cost.
 */
export function useReadiness(readiness: Readiness, isDraining: () => boolean, path = '/ready'): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const draining = isDraining();
      return readiness.check(draining).then(({ ready, checks }) => {
        endResponse(
          jsonResponse(
            fetchAPI,
            ready ? 200 : 503,
            { status: draining ? 'draining' : ready ? 'ready' : 'unavailable', checks },
            { 'cache-control': 'no-store' },
          ),
        );
      });
    },
  };
}
