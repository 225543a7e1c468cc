import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.js';
import type { Organization } from '../store/organization.js';
import { parseJsonBody, readBody } from './body.js';
import type { CallCounter } from './call-counter.js';
import { SandboxHttpError } from './errors.js';
import { beginIdempotent, finishIdempotent } from './idempotency.js';
import { applyFaults, type KnobState } from './knob-state.js';
import { QueryReader } from './query.js';
import { headerValue, run, send } from './respond.js';
import type { RouteMatch, Router, SandboxResponse } from './router.js';

/** An API response as the sandbox sent it, with the route template that produced it. */
export interface ObservedResponse {
  method: string;
  /** The path template, e.g. `/v1/customers/{customer_id}`. */
  route: string;
  status: number;
  body: unknown;
}

export interface ApiHandlerOptions {
  router: Router;
  /** The organization a bearer token names, if any. */
  organization: (token: string) => Organization | undefined;
  knobs: KnobState;
  calls: CallCounter;
  clock: Clock;
  bodyLimitBytes: number;
  onResponse?: ((response: ObservedResponse) => void) | undefined;
}

/**
 * The Metronome-compatible API over HTTP: counts the call, authenticates the bearer token, reads
 * the body, applies the knobs (rate limit, latency, faults), replays idempotent POSTs, and answers
 * in Metronome's envelope.
 */
export class ApiHandler {
  constructor(private readonly options: ApiHandlerOptions) {}

  async handle(request: IncomingMessage, response: ServerResponse, method: string, url: URL): Promise<void> {
    const match = this.options.router.match(method, url.pathname);
    if (match === undefined) return send(response, 404, { message: `No such endpoint: ${method} ${url.pathname}` });
    if (match === 'method') return send(response, 405, { message: `${method} is not allowed on ${url.pathname}` });

    const calls = this.options.calls;
    calls.record(`${method} ${url.pathname}`);
    calls.inFlight += 1;
    calls.peakInFlight = Math.max(calls.peakInFlight, calls.inFlight);
    try {
      await this.answer(request, response, method, url, match);
    } finally {
      calls.inFlight -= 1;
    }
  }

  private async answer(request: IncomingMessage, response: ServerResponse, method: string, url: URL, match: RouteMatch): Promise<void> {
    const { knobs, clock, onResponse } = this.options;
    const reply = (status: number, body: unknown, headers?: Record<string, string>): void => {
      onResponse?.({ method, route: match.route.path, status, body });
      send(response, status, body, headers);
    };
    const org = this.authenticate(request.headers.authorization);
    if (!org) return reply(401, { message: 'Unauthorized: send a valid bearer token' });

    let text: string;
    try {
      text = await readBody(request, this.options.bodyLimitBytes);
    } catch (error) {
      const failure = error instanceof SandboxHttpError ? error : new SandboxHttpError(400, 'Could not read the request body');
      response.setHeader('connection', 'close');
      return reply(failure.status, { message: failure.message });
    }

    const limited = knobs.rateLimited(org.token);
    if (limited) return reply(429, { message: 'Too many requests' }, limited);

    await knobs.delay();

    const faults = knobs.faultsFor(method, url.pathname, `${url.pathname}${url.search} ${text}`);
    if (await applyFaults(faults.before, response, reply)) return;

    const key = method === 'POST' ? headerValue(request.headers['idempotency-key']) : undefined;
    let result: Required<SandboxResponse>;
    try {
      const body = parseJsonBody(text);
      const replay = key === undefined ? undefined : beginIdempotent(org, key, `${method} ${url.pathname} ${text}`, clock.now().getTime());
      if (replay?.kind === 'replay') {
        result = { status: replay.status, body: replay.body };
      } else {
        result = await run(() =>
          match.route.handler({ org, params: match.params, query: new QueryReader(url.searchParams), body, headers: request.headers }),
        );
        if (key !== undefined) finishIdempotent(org, key, result.status, result.body);
      }
    } catch (error) {
      result = await run(() => {
        throw error;
      });
    }

    if (await applyFaults(faults.after, response, reply)) return;
    reply(result.status, result.body);
  }

  private authenticate(header: string | undefined): Organization | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return match?.[1] === undefined ? undefined : this.options.organization(match[1]);
  }
}
