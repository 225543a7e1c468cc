import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BillingEngine } from './billing/engine.js';
import { systemClock, type Clock } from './clock.js';
import { ApiHandler, type ObservedResponse } from './http/api.js';
import { parseJsonBody, readBody } from './http/body.js';
import { CallCounter } from './http/call-counter.js';
import { SandboxHttpError, asHttpError } from './http/errors.js';
import { KnobState } from './http/knob-state.js';
import { QueryReader } from './http/query.js';
import { run, send } from './http/respond.js';
import { Router } from './http/router.js';
import type { KnobSettings, Knobs } from './knobs.js';
import { Organizations } from './organizations.js';
import { adminRoutes, type AdminHandler } from './routes/admin.js';
import { alertRoutes } from './routes/alerts.js';
import { balanceRoutes } from './routes/balances.js';
import { catalogRoutes } from './routes/catalog.js';
import type { RouteContext } from './routes/context.js';
import { customerAlertRoutes } from './routes/customer-alerts.js';
import { customerRoutes } from './routes/customers.js';
import { grantRoutes } from './routes/grants.js';
import { ingestRoutes } from './routes/ingest.js';
import { invoiceRoutes } from './routes/invoices.js';
import { usageRoutes } from './routes/usage.js';
import type { Organization } from './store/organization.js';
import { WebhookDispatcher, type DispatcherOptions } from './webhooks/dispatcher.js';

export type { ObservedResponse } from './http/api.js';

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

/**
 * A Metronome-compatible HTTP server: same paths, envelopes, cursors and errors, with one
 * organization per bearer token, in memory. Test knobs live under `/__sandbox/`.
 * This class wires the parts together: the organizations (and their billing engines), the API
 * and admin route tables, the knobs, the call counter and the webhook dispatcher.
 */
export class Sandbox {
  readonly clock: Clock;
  readonly calls = new CallCounter();
  readonly webhooks: WebhookDispatcher;
  private readonly organizations: Organizations;
  private readonly knobs: KnobState;
  private readonly routes: Router;
  private readonly api: ApiHandler;
  private readonly admin: Router<AdminHandler>;
  private readonly bodyLimitBytes: number;
  private server: Server | undefined;
  private baseUrl = '';

  constructor(options: SandboxOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.knobs = new KnobState(options.knobs);
    this.bodyLimitBytes = options.bodyLimitBytes ?? 1024 * 1024;
    this.webhooks = new WebhookDispatcher(options.webhooks);
    this.organizations = new Organizations({
      clock: this.clock,
      safetyNetMs: options.safetyNetMs ?? 0,
      notify: (target, notification) => this.webhooks.send(target, notification),
      onOrganization: options.onOrganization,
    });
    const context: RouteContext = {
      clock: this.clock,
      customerAlertsPageSize: options.customerAlertsPageSize ?? 25,
      usageOf: (org) => this.organizations.usageOf(org),
    };
    this.routes = new Router(
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
    this.api = new ApiHandler({
      router: this.routes,
      organization: (token) => this.organizations.get(token),
      knobs: this.knobs,
      calls: this.calls,
      clock: this.clock,
      bodyLimitBytes: this.bodyLimitBytes,
      onResponse: options.onResponse,
    });
    this.admin = new Router(adminRoutes({ calls: this.calls, knobs: this.knobs, organizations: this.organizations }));
  }

  /** The URL the sandbox listens on, once started. */
  get url(): string {
    return this.baseUrl;
  }

  /** Creates an organization reachable with `token` (a random one when not given). */
  createOrganization(token?: string, name?: string): Organization {
    return this.organizations.create(token, name);
  }

  /** The billing engine of an organization (tests use it to re-evaluate after moving the clock). */
  engine(token: string): BillingEngine | undefined {
    return this.organizations.engine(token);
  }

  organization(token: string): Organization | undefined {
    return this.organizations.get(token);
  }

  get currentKnobs(): Knobs {
    return this.knobs.current;
  }

  setKnobs(settings: KnobSettings): Knobs {
    return this.knobs.set(settings);
  }

  async listen(host = '127.0.0.1', port = 0): Promise<string> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        // A failure while answering (e.g. the client went away) must not take the sandbox down.
        if (!response.headersSent) send(response, 500, { message: 'Internal sandbox error' });
        else response.destroy();
        if (!asHttpError(error)) console.error('sandbox: unexpected error', error);
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
    this.organizations.stop();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /**
   * Runs one API call in-process, with the same validation and effects as over HTTP but no
   * knobs, counting or idempotency. Used to seed the demo world and by the usage simulator.
   */
  async dispatch(org: Organization, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const url = new URL(path, 'http://sandbox.local');
    const match = this.routes.match(method, url.pathname);
    if (match === undefined || match === 'method') throw new SandboxHttpError(404, `No such endpoint: ${method} ${url.pathname}`);
    const result = await match.route.handler({ org, params: match.params, query: new QueryReader(url.searchParams), body, headers: {} });
    return result.body;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://sandbox.local');
    if (url.pathname.startsWith('/__sandbox/')) return this.handleAdmin(request, response, method, url);
    return this.api.handle(request, response, method, url);
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
}
