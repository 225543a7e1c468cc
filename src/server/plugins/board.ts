import type { Plugin } from 'graphql-yoga';
import type { BoardAssets } from '../board.js';

/** `GET /board…`: the alarm board's static files (see src/server/board.ts). */
export function useBoard(assets: BoardAssets): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || !url.pathname.startsWith('/board')) return;
      const file = assets.file(url.pathname);
      if (file) endResponse(new fetchAPI.Response(file.body, { status: 200, headers: file.headers }));
    },
  };
}
