import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from './clock.js';
import { readBody, parseJsonBody } from './http/body.js';
import { SandboxHttpError } from './http/errors.js';
import { beginIdempotent, finishIdempotent } from './http/idempotency.js';
import { QueryReader } from './http/query.js';
import { Router, type SandboxResponse } from './http/router.js';
import { TokenBucket, applyKnobs, faultMatches, noKnobs, seededRandom, type FaultRule, type KnobSettings, type Knobs } from './knobs.js';
import { BillingEngine } from './billing/engine.js';
import { Organization } from './store/organization.js';
import { WebhookDispatcher, type DispatcherOptions } from './webhooks/dispatcher.js';
import { adminRoutes, type AdminHandler } from './routes/admin.js';
import { alertRoutes } from './routes/alerts.js';
import { catalogRoutes } from './routes/catalog.js';
import type { RouteContext } from './routes/context.js';
import { customerAlertRoutes } from './routes/customer-alerts.js';
import { customerRoutes } from './routes/customers.js';
import { balanceRoutes } from './routes/balances.js';
import { grantRoutes } from './routes/grants.js';
import { invoiceRoutes } from './routes/invoices.js';
import { usageRoutes } from './routes/usage.js';
import type { UsageBook } from './billing/usage-book.js';
import { ingestRoutes } from './routes/ingest.js';

export interface SandboxOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  clock?: Clock;
  /** Knob settings to start with. */
  knobs?: KnobSettings;
  /** Largest request body accepted, in bytes (413 above). */
  bodyLimitBytes?: number;
  /** Page size of `/v1/customer-alerts/list` (upstream has no `limit` there). */
  customerAlertsPageSize?: number;
  /** Called for every organization created, e.g. to seed it or attach the billing engine. */
  onOrganization?: (org: Organization) => void;
  /** Told about every API response sent (not admin routes), e.g. to check it against the OpenAPI spec. */
  onResponse?: (response: ObservedResponse) => void;
  /** Webhook retry pacing (tests shorten it). */
  webhooks?: DispatcherOptions;
  /**
   * How often every customer is re-evaluated regardless of changes (for what only time moves:
   * segments ending, months turning). 0 turns the safety net off, as tests do.
   */
  safetyNetMs?: number;
}

/** An API response as the sandbox sent it, with the route template that produced it. */
export interface ObservedResponse {
  method: string;
  /** The path template, e.g. `/v1/customers/{customer_id}`. */
  route: string;
  status: number;
  body: unknown;
}

/** Counts of calls per `METHOD /path`, and how many were in flight at once. */
export class CallCounter {
  counts = new Map<string, number>();
  inFlight = 0;
  peakInFlight = 0;

  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  reset(): void {
    this.counts.clear();
    this.peakInFlight = this.inFlight;
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/**
 * A Metronome-compatible HTTP server: same paths, envelopes, cursors and errors, with one
 * organization per bearer token, in memory. Test knobs live under `/__sandbox/`.
 */
export class Sandbox {
  readonly clock: Clock;
  readonly calls = new CallCounter();
  private readonly organizations = new Map<string, Organization>();
  private readonly engines = new Map<string, BillingEngine>();
  readonly webhooks: WebhookDispatcher;
  private readonly safetyNetMs: number;
  private knobs: Knobs;
  private random: () => number;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly api: Router;
  private readonly admin: Router<AdminHandler>;
  private readonly bodyLimitBytes: number;
  private readonly onOrganization: ((org: Organization) => void) | undefined;
  private readonly onResponse: ((response: ObservedResponse) => void) | undefined;
  private server: Server | undefined;
  private baseUrl = '';

  constructor(options: SandboxOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.knobs = applyKnobs(noKnobs(), options.knobs ?? {});
    this.random = seededRandom(options.knobs?.seed ?? 1);
    this.bodyLimitBytes = options.bodyLimitBytes ?? 1024 * 1024;
    this.onOrganization = options.onOrganization;
    this.onResponse = options.onResponse;
    this.webhooks = new WebhookDispatcher(options.webhooks);
    this.safetyNetMs = options.safetyNetMs ?? 0;
    const context: RouteContext = {
      clock: this.clock,
      customerAlertsPageSize: options.customerAlertsPageSize ?? 25,
      usageOf: (org) => this.usageOf(org),
    };
    this.api = new Router(
      [
        customerRoutes,
        customerAlertRoutes,
        alertRoutes,
        grantRoutes,
        balanceRoutes,
        invoiceRoutes,
        usageRoutes,
        catalogRoutes,
        ingestRoutes,
      ].flatMap((module) => module(context)),
    );
    this.admin = new Router(adminRoutes(this));
  }

  /** The URL the sandbox listens on, once started. */
  get url(): string {
    return this.baseUrl;
  }

  /** Creates an organization reachable with `token` (a random one when not given). */
  createOrganization(token: string = `sandbox-${randomBytes(12).toString('hex')}`, name = 'Sandbox organization'): Organization {
    const existing = this.organizations.get(token);
    if (existing) return existing;
    const org = new Organization(token, name);
    this.organizations.set(token, org);
    const engine = new BillingEngine(org, this.clock, (target, notification) => this.webhooks.send(target, notification));
    if (this.safetyNetMs > 0) engine.startSafetyNet(this.safetyNetMs);
    this.engines.set(token, engine);
    this.onOrganization?.(org);
    return org;
  }

  /** The billing engine of an organization (tests use it to re-evaluate after moving the clock). */
  engine(token: string): BillingEngine | undefined {
    return this.engines.get(token);
  }

  /** The running usage of an organization, kept by its billing engine. */
  private usageOf(org: Organization): UsageBook {
    const engine = this.engines.get(org.token);
    if (!engine) throw new Error(`No billing engine for organization ${org.name}`);
    return engine.usage;
  }

  organization(token: string): Organization | undefined {
    return this.organizations.get(token);
  }

  get currentKnobs(): Knobs {
    return this.knobs;
  }

  setKnobs(settings: KnobSettings): Knobs {
    this.knobs = applyKnobs(this.knobs, settings);
    if (settings.seed !== undefined) this.random = seededRandom(settings.seed);
    if (settings.rateLimit !== undefined) this.buckets.clear();
    return this.knobs;
  }

  async listen(host = '127.0.0.1', port = 0): Promise<string> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        // A failure while answering (e.g. the client went away) must not take the sandbox down.
        if (!response.headersSent) send(response, 500, { message: 'Internal sandbox error' });
        else response.destroy();
        if (!(error instanceof SandboxHttpError)) console.error('sandbox: unexpected error', error);
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const address = server.address() as AddressInfo;
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    this.baseUrl = `http://${shownHost}:${address.port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    this.webhooks.close();
    for (const engine of this.engines.values()) engine.stopSafetyNet();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://sandbox.local');
    if (url.pathname.startsWith('/__sandbox/')) return this.handleAdmin(request, response, method, url);
    const match = this.api.match(method, url.pathname);
    if (match === undefined) return send(response, 404, { message: `No such endpoint: ${method} ${url.pathname}` });
    if (match === 'method') return send(response, 405, { message: `${method} is not allowed on ${url.pathname}` });

    this.calls.record(`${method} ${url.pathname}`);
    this.calls.inFlight += 1;
    this.calls.peakInFlight = Math.max(this.calls.peakInFlight, this.calls.inFlight);
    try {
      await this.handleApi(request, response, method, url, match);
    } finally {
      this.calls.inFlight -= 1;
    }
  }

  /**
   * Runs one API call in-process, with the same validation and effects as over HTTP but no
   * knobs, counting or idempotency. Used to seed the demo world and by the usage simulator.
   */
  async dispatch(org: Organization, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const url = new URL(path, 'http://sandbox.local');
    const match = this.api.match(method, url.pathname);
    if (match === undefined || match === 'method') throw new SandboxHttpError(404, `No such endpoint: ${method} ${url.pathname}`);
    const result = await match.route.handler({ org, params: match.params, query: new QueryReader(url.searchParams), body, headers: {} });
    return result.body;
  }

  /** Sandbox-only routes: no bearer token, not counted, no knobs applied. */
  private async handleAdmin(request: IncomingMessage, response: ServerResponse, method: string, url: URL): Promise<void> {
    const match = this.admin.match(method, url.pathname);
    if (match === undefined) return send(response, 404, { message: `No such endpoint: ${method} ${url.pathname}` });
    if (match === 'method') return send(response, 405, { message: `${method} is not allowed on ${url.pathname}` });
    const result = await run(async () => {
      const body = parseJsonBody(await readBody(request, this.bodyLimitBytes));
      return match.route.handler({ body, params: match.params });
    });
    send(response, result.status, result.body);
  }

  private async handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
    url: URL,
    match: Exclude<ReturnType<Router['match']>, 'method' | undefined>,
  ): Promise<void> {
    const reply = (status: number, body: unknown, headers?: Record<string, string>): void => {
      this.onResponse?.({ method, route: match.route.path, status, body });
      send(response, status, body, headers);
    };
    const org = this.authenticate(request.headers.authorization);
    if (!org) return reply(401, { message: 'Unauthorized: send a valid bearer token' });

    let text: string;
    try {
      text = await readBody(request, this.bodyLimitBytes);
    } catch (error) {
      const failure = error instanceof SandboxHttpError ? error : new SandboxHttpError(400, 'Could not read the request body');
      response.setHeader('connection', 'close');
      return reply(failure.status, { message: failure.message });
    }

    const limited = this.rateLimited(org);
    if (limited) return reply(429, { message: 'Too many requests' }, limited);

    const { fixedMs, jitterMs } = this.knobs.latency;
    const delay = fixedMs + (jitterMs > 0 ? this.random() * jitterMs : 0);
    if (delay > 0) await sleep(delay);

    const haystack = `${url.pathname}${url.search} ${text}`;
    const faults = this.knobs.faults.filter((rule) => faultMatches(rule, method, url.pathname, haystack) && this.draw(rule));
    const before = faults.filter((rule) => !rule.afterHandler);
    const after = faults.filter((rule) => rule.afterHandler);
    if (await this.applyFaults(before, response, reply)) return;

    const key = method === 'POST' ? headerValue(request.headers['idempotency-key']) : undefined;
    let result: Required<SandboxResponse>;
    try {
      const body = parseJsonBody(text);
      const replay =
        key === undefined ? undefined : beginIdempotent(org, key, `${method} ${url.pathname} ${text}`, this.clock.now().getTime());
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

    if (await this.applyFaults(after, response, reply)) return;
    reply(result.status, result.body);
  }

  private authenticate(header: string | undefined): Organization | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return match?.[1] === undefined ? undefined : this.organizations.get(match[1]);
  }

  /** Headers for a 429 when the organization's bucket is empty, else undefined. */
  private rateLimited(org: Organization): Record<string, string> | undefined {
    const limit = this.knobs.rateLimit;
    if (!limit) return undefined;
    const now = Date.now();
    let bucket = this.buckets.get(org.token);
    if (!bucket) {
      bucket = new TokenBucket(limit.requestsPerSecond, limit.burst, now);
      this.buckets.set(org.token, bucket);
    }
    const waitMs = bucket.take(now);
    if (waitMs === 0) return undefined;
    return {
      'x-metronome-rate-limit-type': 'client',
      'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
      'retry-after-ms': String(waitMs),
    };
  }

  private draw(rule: FaultRule): boolean {
    if (rule.times !== undefined && rule.times <= 0) return false;
    if (rule.probability !== undefined && this.random() >= rule.probability) return false;
    if (rule.times !== undefined) rule.times -= 1;
    return true;
  }

  /** Applies faults in order; answers true when the response was taken over. */
  private async applyFaults(
    rules: FaultRule[],
    response: ServerResponse,
    reply: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): Promise<boolean> {
    for (const rule of rules) {
      if (rule.action === 'delay') {
        await sleep(rule.delayMs ?? 0);
      } else if (rule.action === 'drop') {
        response.socket?.destroy();
        return true;
      } else {
        const status = rule.status ?? 500;
        const headers: Record<string, string> = {};
        if (rule.retryAfterSeconds !== undefined) headers['retry-after'] = String(rule.retryAfterSeconds);
        if (rule.retryAfterMs !== undefined) headers['retry-after-ms'] = String(rule.retryAfterMs);
        if (status === 429) headers['x-metronome-rate-limit-type'] = rule.rateLimitType ?? 'client';
        reply(status, { message: status === 429 ? 'Too many requests' : 'Injected failure' }, headers);
        return true;
      }
    }
    return false;
  }
}

/** Runs a handler, turning thrown `SandboxHttpError`s (and anything else) into responses. */
async function run(handler: () => SandboxResponse | Promise<SandboxResponse>): Promise<Required<SandboxResponse>> {
  try {
    const result = await handler();
    return { status: result.status ?? 200, body: result.body };
  } catch (error) {
    if (error instanceof SandboxHttpError) return { status: error.status, body: { message: error.message } };
    console.error('sandbox: handler failed', error);
    return { status: 500, body: { message: 'Internal sandbox error' } };
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (body === undefined) {
    response.writeHead(status, { 'content-length': '0' });
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
