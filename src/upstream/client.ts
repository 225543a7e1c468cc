import { UpstreamBadResponseError, type UpstreamRoute } from './errors.js';
import { allItems } from './pagination.js';
import {
  newIdempotencyKey,
  type QueryValue,
  type UpstreamAnswer,
  type UpstreamAttempt,
  type UpstreamObserver,
  type UpstreamTransport,
} from './transport.js';
import type {
  AlertArchiveParams,
  AlertCreateParams,
  Commit,
  CommitCreateParams,
  CommitListParams,
  CommitUpdateEndDateParams,
  CreditType,
  Customer,
  CustomerAlert,
  CustomerAlertGetParams,
  CustomerAlertListParams,
  CustomerAlertResetParams,
  CustomerCreateParams,
  CustomerDetail,
  CustomerListParams,
  Page,
  Balance,
  BalanceListParams,
  Credit,
  CreditCreateParams,
  CreditListParams,
  CreditUpdateEndDateParams,
  Invoice,
  InvoiceBreakdown,
  InvoiceListBreakdownsParams,
  InvoiceListParams,
  NetBalanceParams,
  NetBalanceResponse,
  UsageListParams,
  UsageListResponse,
} from './types.js';

/** Per-call options shared by every method. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Told about each attempt of this call (used to count one GraphQL operation's upstream calls). */
  onAttempt?: UpstreamObserver;
  /** Serves this call, when it is a safe read, from a cache (src/cache decides which routes, for how long). */
  cache?: ReadThrough;
}

/** A read-through cache of upstream answers (src/cache/read-cache.ts). */
export interface ReadThrough {
  read(
    request: { route: UpstreamRoute; path: string; query?: Record<string, QueryValue> | undefined; body?: unknown },
    fetch: () => Promise<UpstreamAnswer>,
  ): Promise<unknown>;
}

/**
 * Options for calls that change something upstream. Every such call carries an `Idempotency-Key`
 * (generated when not given), which is what makes it safe to retry after a timeout; pass
 * `idempotencyKey: null` to send none, and the call is then never retried.
 */
export interface MutationOptions extends CallOptions {
  idempotencyKey?: string | null;
}

interface CallSpec {
  method: 'GET' | 'POST';
  route: UpstreamRoute;
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  safe: boolean;
  idempotencyKey?: string;
}

/**
 * Typed access to the Metronome endpoints the gateway uses. One instance per bearer token;
 * instances share a transport (and so its connection pool and concurrency cap).
 */
export class MetronomeClient {
  constructor(
    private readonly transport: UpstreamTransport,
    private readonly token: string,
    /** Applied to every call made through this instance (e.g. one GraphQL operation's signal and counter). */
    private readonly defaults: CallOptions = {},
    /** Serves every safe read of this instance through a cache (see `readingThrough`). */
    private readonly reads?: ReadThrough,
  ) {}

  /**
   * The same client, reading through a cache: what the per-request loaders use. Scoped and
   * token-switched copies do not inherit it, so the live refresher and mutations' own look-ups
   * (which get the plain client) always see upstream.
   */
  readingThrough(cache: ReadThrough): MetronomeClient {
    return new MetronomeClient(this.transport, this.token, this.defaults, cache);
  }

  /** The same transport, acting for another organization's token (passthrough auth). */
  withToken(token: string): MetronomeClient {
    return new MetronomeClient(this.transport, token, this.defaults);
  }

  /** The same client, with options applied to every call: used to scope calls to one operation. */
  scoped(defaults: CallOptions): MetronomeClient {
    return new MetronomeClient(this.transport, this.token, defaults);
  }

  // --- customers -------------------------------------------------------------------------

  async getCustomer(customerId: string, options: CallOptions = {}): Promise<CustomerDetail> {
    return this.data<CustomerDetail>(
      { method: 'GET', route: 'GET /v1/customers/{customer_id}', path: `/v1/customers/${enc(customerId)}`, safe: true },
      options,
    );
  }

  /** `customer_ids` (at most 100) travel comma-joined in the query, like the SDK sends them. */
  async listCustomers(params: CustomerListParams = {}, options: CallOptions = {}): Promise<Page<CustomerDetail>> {
    return this.page<CustomerDetail>(
      {
        method: 'GET',
        route: 'GET /v1/customers',
        path: '/v1/customers',
        query: {
          customer_ids: params.customer_ids,
          ingest_alias: params.ingest_alias,
          only_archived: params.only_archived,
          salesforce_account_ids: params.salesforce_account_ids,
          limit: params.limit,
          next_page: params.next_page,
        },
        safe: true,
      },
      options,
    );
  }

  async createCustomer(params: CustomerCreateParams, options: MutationOptions = {}): Promise<Customer> {
    return this.data<Customer>(
      { method: 'POST', route: 'POST /v1/customers', path: '/v1/customers', body: params, ...unsafe(options) },
      options,
    );
  }

  // --- customer alerts (a threshold notification's status for one customer) ---------------

  async getCustomerAlert(params: CustomerAlertGetParams, options: CallOptions = {}): Promise<CustomerAlert> {
    return this.data<CustomerAlert>(
      { method: 'POST', route: 'POST /v1/customer-alerts/get', path: '/v1/customer-alerts/get', body: params, safe: true },
      options,
    );
  }

  /** The cursor goes in the query; the body is re-sent unchanged on every page. */
  async listCustomerAlerts(params: CustomerAlertListParams, options: CallOptions = {}): Promise<Page<CustomerAlert>> {
    const { next_page, ...body } = params;
    return this.page<CustomerAlert>(
      {
        method: 'POST',
        route: 'POST /v1/customer-alerts/list',
        path: '/v1/customer-alerts/list',
        query: { next_page },
        body,
        safe: true,
      },
      options,
    );
  }

  /** Clears the pair's evaluation state; Metronome re-evaluates it in the background. */
  async resetCustomerAlert(params: CustomerAlertResetParams, options: MutationOptions = {}): Promise<void> {
    await this.call(
      { method: 'POST', route: 'POST /v1/customer-alerts/reset', path: '/v1/customer-alerts/reset', body: params, ...unsafe(options) },
      options,
    );
  }

  // --- threshold notifications ("alerts") --------------------------------------------------

  async createAlert(params: AlertCreateParams, options: MutationOptions = {}): Promise<{ id: string }> {
    return this.data<{ id: string }>(
      { method: 'POST', route: 'POST /v1/alerts/create', path: '/v1/alerts/create', body: params, ...unsafe(options) },
      options,
    );
  }

  async archiveAlert(params: AlertArchiveParams, options: MutationOptions = {}): Promise<{ id: string }> {
    return this.data<{ id: string }>(
      { method: 'POST', route: 'POST /v1/alerts/archive', path: '/v1/alerts/archive', body: params, ...unsafe(options) },
      options,
    );
  }

  // --- commits and credits -----------------------------------------------------------------

  async createCommit(params: CommitCreateParams, options: MutationOptions = {}): Promise<{ id: string }> {
    return this.data<{ id: string }>(
      {
        method: 'POST',
        route: 'POST /v1/contracts/customerCommits/create',
        path: '/v1/contracts/customerCommits/create',
        body: params,
        ...unsafe(options),
      },
      options,
    );
  }

  /** The cursor goes in the body next to the filters; `limit` is 1–25. */
  async listCommits(params: CommitListParams, options: CallOptions = {}): Promise<Page<Commit>> {
    return this.page<Commit>(
      {
        method: 'POST',
        route: 'POST /v1/contracts/customerCommits/list',
        path: '/v1/contracts/customerCommits/list',
        body: params,
        safe: true,
      },
      options,
    );
  }

  async updateCommitEndDate(params: CommitUpdateEndDateParams, options: MutationOptions = {}): Promise<{ id: string }> {
    return this.data<{ id: string }>(
      {
        method: 'POST',
        route: 'POST /v1/contracts/customerCommits/updateEndDate',
        path: '/v1/contracts/customerCommits/updateEndDate',
        body: params,
        ...unsafe(options),
      },
      options,
    );
  }

  async listCredits(params: CreditListParams, options: CallOptions = {}): Promise<Page<Credit>> {
    return this.page<Credit>(
      {
        method: 'POST',
        route: 'POST /v1/contracts/customerCredits/list',
        path: '/v1/contracts/customerCredits/list',
        body: params,
        safe: true,
      },
      options,
    );
  }

  async createCredit(params: CreditCreateParams, options: MutationOptions = {}): Promise<{ id: string }> {
    return this.data<{ id: string }>(
      {
        method: 'POST',
        route: 'POST /v1/contracts/customerCredits/create',
        path: '/v1/contracts/customerCredits/create',
        body: params,
        ...unsafe(options),
      },
      options,
    );
  }

  async updateCreditEndDate(params: CreditUpdateEndDateParams, options: MutationOptions = {}): Promise<{ id: string }> {
    return this.data<{ id: string }>(
      {
        method: 'POST',
        route: 'POST /v1/contracts/customerCredits/updateEndDate',
        path: '/v1/contracts/customerCredits/updateEndDate',
        body: params,
        ...unsafe(options),
      },
      options,
    );
  }

  // --- balances, invoices, usage -----------------------------------------------------------

  /** Commits and credits of a customer in one list (cursor in the body). */
  async listBalances(params: BalanceListParams, options: CallOptions = {}): Promise<Page<Balance>> {
    return this.page<Balance>(
      {
        method: 'POST',
        route: 'POST /v1/contracts/customerBalances/list',
        path: '/v1/contracts/customerBalances/list',
        body: params,
        safe: true,
      },
      options,
    );
  }

  async getNetBalance(params: NetBalanceParams, options: CallOptions = {}): Promise<NetBalanceResponse.Data> {
    return this.data<NetBalanceResponse.Data>(
      {
        method: 'POST',
        route: 'POST /v1/contracts/customerBalances/getNetBalance',
        path: '/v1/contracts/customerBalances/getNetBalance',
        body: params,
        safe: true,
      },
      options,
    );
  }

  async listInvoices(params: InvoiceListParams, options: CallOptions = {}): Promise<Page<Invoice>> {
    const { customer_id, ...query } = params;
    return this.page<Invoice>(
      {
        method: 'GET',
        route: 'GET /v1/customers/{customer_id}/invoices',
        path: `/v1/customers/${enc(customer_id)}/invoices`,
        query: { ...query },
        safe: true,
      },
      options,
    );
  }

  async getInvoice(params: { customer_id: string; invoice_id: string }, options: CallOptions = {}): Promise<Invoice> {
    return this.data<Invoice>(
      {
        method: 'GET',
        route: 'GET /v1/customers/{customer_id}/invoices/{invoice_id}',
        path: `/v1/customers/${enc(params.customer_id)}/invoices/${enc(params.invoice_id)}`,
        safe: true,
      },
      options,
    );
  }

  async listInvoiceBreakdowns(params: InvoiceListBreakdownsParams, options: CallOptions = {}): Promise<Page<InvoiceBreakdown>> {
    const { customer_id, ...query } = params;
    return this.page<InvoiceBreakdown>(
      {
        method: 'GET',
        route: 'GET /v1/customers/{customer_id}/invoices/breakdowns',
        path: `/v1/customers/${enc(customer_id)}/invoices/breakdowns`,
        query: { ...query },
        safe: true,
      },
      options,
    );
  }

  /** Usage per customer, metric and window (cursor in the query, query in the body). A read, though a POST. */
  async listUsage(params: UsageListParams, options: CallOptions = {}): Promise<Page<UsageListResponse>> {
    const { next_page, ...body } = params;
    return this.page<UsageListResponse>(
      {
        method: 'POST',
        route: 'POST /v1/usage',
        path: '/v1/usage',
        query: { next_page },
        body,
        safe: true,
      },
      options,
    );
  }

  // --- catalogue -----------------------------------------------------------------------------

  async listCreditTypes(params: { limit?: number; next_page?: string } = {}, options: CallOptions = {}): Promise<Page<CreditType>> {
    return this.page<CreditType>(
      {
        method: 'GET',
        route: 'GET /v1/credit-types/list',
        path: '/v1/credit-types/list',
        query: { limit: params.limit, next_page: params.next_page },
        safe: true,
      },
      options,
    );
  }

  // --- walking every page ------------------------------------------------------------------

  /** Every alert of a customer (cursor in the query, body unchanged). */
  allCustomerAlerts(params: Omit<CustomerAlertListParams, 'next_page'>, options: CallOptions = {}): AsyncGenerator<CustomerAlert> {
    return allItems((cursor) => this.listCustomerAlerts({ ...params, next_page: cursor }, options));
  }

  // --- plumbing --------------------------------------------------------------------------------

  private call(spec: CallSpec, options: CallOptions): Promise<unknown> {
    const own = options.onAttempt;
    const scoped = this.defaults.onAttempt;
    const onAttempt =
      own && scoped
        ? (attempt: UpstreamAttempt) => {
            own(attempt);
            scoped(attempt);
          }
        : (own ?? scoped);
    const signal = options.signal ?? this.defaults.signal;
    const request = {
      ...spec,
      token: this.token,
      ...(signal && { signal }),
      ...(onAttempt && { onAttempt }),
    };
    const cache = options.cache ?? this.reads;
    return spec.safe && cache ? cache.read(spec, () => this.transport.exchange(request)) : this.transport.send(request);
  }

  private async data<T>(spec: CallSpec, options: CallOptions): Promise<T> {
    const body = await this.call(spec, options);
    if (!isObject(body) || !('data' in body) || !isObject(body.data)) {
      throw new UpstreamBadResponseError(`Metronome answered ${spec.route} without a data object`, { route: spec.route });
    }
    return body.data as T;
  }

  private async page<T>(spec: CallSpec, options: CallOptions): Promise<Page<T>> {
    const body = await this.call(spec, options);
    if (!isObject(body) || !Array.isArray(body.data)) {
      throw new UpstreamBadResponseError(`Metronome answered ${spec.route} without a data list`, { route: spec.route });
    }
    const next = body.next_page;
    return { data: body.data as T[], next_page: typeof next === 'string' && next.length > 0 ? next : null };
  }
}

function unsafe(options: MutationOptions): { safe: false; idempotencyKey?: string } {
  if (options.idempotencyKey === null) return { safe: false };
  return { safe: false, idempotencyKey: options.idempotencyKey ?? newIdempotencyKey() };
}

function enc(id: string): string {
  return encodeURIComponent(id);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
