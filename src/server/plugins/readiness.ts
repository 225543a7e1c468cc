import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Readiness } from '../readiness.js';
import { jsonResponse } from './json-response.js';

/**
 * `/ready`: 200 when the upstream answers and the gateway is not draining, else 503; the body
 * names each check `ok` or `failing` (Redis: `ok` or `degraded`, which does not make the instance
 * unready), never an error text.
 */
export function useReadiness(readiness: Readiness, isDraining: () => boolean): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    check: async ({ fetchAPI }) => {
      const draining = isDraining();
      const { ready, checks } = await readiness.check(draining);
      return jsonResponse(
        fetchAPI,
        ready ? 200 : 503,
        { status: draining ? 'draining' : ready ? 'ready' : 'unavailable', checks },
        { 'cache-control': 'no-store' },
      );
    },
  });
}
