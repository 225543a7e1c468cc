import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuthMode } from '../auth/authenticate.js';

/** The alarm board's static files, read once: `public/board/` and graphql-ws's browser bundle. */
export interface BoardAssets {
  /** The file at a `/board…` path, with its headers; undefined when the path is not the board's. */
  file(path: string): BoardFile | undefined;
}

interface BoardFile {
  body: string;
  headers: Record<string, string>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
};

export function loadBoard(authMode: AuthMode, documentIds: Readonly<Record<string, string>> = {}): BoardAssets {
  // Same relative place from src/server (tsx) and from dist/server (compiled).
  const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'board');
  const require = createRequire(import.meta.url);
  // graphql-ws does not export its UMD bundle as a subpath; find it from the package's entry.
  const graphqlWsDir = join(dirname(require.resolve('graphql-ws')), '..');
  const files = new Map<string, { type: string; body: string }>([
    ['/board', { type: TYPES.html ?? '', body: readFileSync(join(publicDir, 'index.html'), 'utf8') }],
    ['/board/board.js', { type: TYPES.js ?? '', body: readFileSync(join(publicDir, 'board.js'), 'utf8') }],
    ['/board/refresher.js', { type: TYPES.js ?? '', body: readFileSync(join(publicDir, 'refresher.js'), 'utf8') }],
    ['/board/board.css', { type: TYPES.css ?? '', body: readFileSync(join(publicDir, 'board.css'), 'utf8') }],
    ['/board/graphql-ws.js', { type: TYPES.js ?? '', body: readFileSync(join(graphqlWsDir, 'umd', 'graphql-ws.min.js'), 'utf8') }],
    ['/board/favicon.svg', { type: TYPES.svg ?? '', body: readFileSync(join(publicDir, 'favicon.svg'), 'utf8') }],
    ['/board/config.json', { type: TYPES.json ?? '', body: JSON.stringify({ authMode, documentIds }) }],
  ]);
  files.set('/board/', files.get('/board') as { type: string; body: string });
  return {
    file(path) {
      const file = files.get(path);
      if (!file) return undefined;
      return {
        body: file.body,
        headers: {
          'content-type': file.type,
          'content-length': String(Buffer.byteLength(file.body)),
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'self'; connect-src 'self' ws: wss:; style-src 'self'; script-src 'self'",
        },
      };
    },
  };
}
