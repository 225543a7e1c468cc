import type { FetchAPI } from 'graphql-yoga';

/** A JSON response, for the endpoints that answer before (or instead of) GraphQL. */
export function jsonResponse(fetchAPI: FetchAPI, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
