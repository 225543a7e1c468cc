import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/**
 * `GET /`: a small static page saying what this is and linking GraphiQL, the board, the README's
 * example operations and the operator endpoints. Read once; `public/front/index.html`.
 */
export function useFrontPage(): Plugin {
  // Same relative place from src/server/plugins (tsx) and dist/server/plugins (compiled).
  const page = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'public', 'front', 'index.html'), 'utf8');
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'self'; script-src 'none'",
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : page, { status: 200, headers }));
    },
  };
}
