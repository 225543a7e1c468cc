import type { Organization } from '../store/organization.js';
import type { QueryReader } from './query.js';

/** What a route handler is given. */
interface SandboxRequest {
  org: Organization;
  /** Path parameters, already URL-decoded. */
  params: Record<string, string>;
  query: QueryReader;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

/** What a route handler answers. A missing body means 200 with no content, as Metronome's void endpoints do. */
export interface SandboxResponse {
  status?: number;
  body?: unknown;
}

export type Handler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export interface Route<H = Handler> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template with `{name}` segments, e.g. `/v1/customers/{customer_id}`. */
  path: string;
  handler: H;
}

interface CompiledRoute<H> extends Route<H> {
  segments: string[];
}

export interface RouteMatch<H = Handler> {
  route: Route<H>;
  params: Record<string, string>;
}

/** Matches a method and a path against a fixed table of routes. */
export class Router<H = Handler> {
  private readonly routes: CompiledRoute<H>[];

  constructor(routes: Route<H>[]) {
    this.routes = routes.map((route) => ({ ...route, segments: route.path.split('/') }));
  }

  /** `undefined` when no path matches; `'method'` when the path exists for another method. */
  match(method: string, pathname: string): RouteMatch<H> | 'method' | undefined {
    const segments = pathname.split('/');
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method) return { route, params };
      pathMatched = true;
    }
    return pathMatched ? 'method' : undefined;
  }
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i += 1) {
    const expected = template[i] ?? '';
    const segment = actual[i] ?? '';
    if (expected.startsWith('{') && expected.endsWith('}')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        return undefined;
      }
      params[expected.slice(1, -1)] = decoded;
    } else if (expected !== segment) {
      return undefined;
    }
  }
  return params;
}
