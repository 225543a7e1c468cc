import { randomUUID } from 'node:crypto';
import pLimit, { type LimitFunction } from 'p-limit';
import { Pool, errors as undiciErrors } from 'undici';
import { dispatchText, type TextResponse, UndecodableBodyError } from './dispatch-text.js';
import {
  UpstreamBadResponseError,
  UpstreamError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
  errorForStatus,
  type RateLimitType,
  type UpstreamRoute,
} from './errors.js';
import { CircuitOpenError, type CircuitBreaker } from './breaker.js';
import { tenantOf } from './token-key.js';
import { backoffDelayMs, isRetryableStatus, retryAfterFromHeaders, sleep, type RetryPolicy } from './retry.js';

/** Deadlines for one attempt of one upstream call. */
export interface UpstreamTimeouts {
  connectMs: number;
  /** From sending the request to receiving the response headers. */
  headersMs: number;
  /** Longest silence while reading the response body. */
  bodyMs: number;
}

export interface TransportOptions {
  /** Origin of the Metronome API, e.g. `https://api.metronome.com` or the sandbox's URL. */
  baseUrl: string;
  /** Keep-alive connections held open to the upstream. */
  connections: number;
  /** Upstream calls allowed in flight at once across the whole process; the rest queue. */
  maxConcurrent: number;
  /**
   * Upstream calls allowed in flight at once for one organization (one token), within
   * `maxConcurrent`: in passthrough mode one busy organization then cannot take every slot, and
   * each organization's pressure on Metronome is bounded. Off when not below `maxConcurrent`.
   */
  maxConcurrentPerTenant?: number;
  timeouts: UpstreamTimeouts;
  retry: RetryPolicy;
  userAgent?: string;
  /** Told about every attempt, for metrics and logs. */
  observer?: UpstreamObserver;
  /** Circuit breaking per route; off when not given. */
  breaker?: CircuitBreaker;
  /**
   * The largest answer body read from upstream, in bytes; a larger one fails the call as a bad
   * response (not retried) instead of growing memory without bound.
   * @default 67_108_864 (64 MiB: Metronome's pages are a few kilobytes to a few megabytes)
   */
  maxResponseBytes?: number;
}

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** One attempt of one upstream call, as reported to the observer. */
export interface UpstreamAttempt {
  route: UpstreamRoute;
  attempt: number;
  durationMs: number;
  /** The HTTP status, or undefined when no response arrived. */
  status: number | undefined;
  /** Set when the attempt failed, with the error's class name. */
  error?: string;
  /** When another attempt follows: how long the transport waits before it. */
  retryInMs?: number;
}

export type UpstreamObserver = (attempt: UpstreamAttempt) => void;

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

export interface UpstreamRequest {
  method: 'GET' | 'POST';
  /** The concrete path, ids already encoded. */
  path: string;
  /** The route label used in errors and metrics, e.g. `GET /v1/customers/{customer_id}`. */
  route: UpstreamRoute;
  token: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * Whether repeating the call cannot change anything upstream (reads, and POSTs that only
   * read). Unsafe calls are retried only when they carry an Idempotency-Key.
   */
  safe: boolean;
  /** Sent as `Idempotency-Key`; makes an unsafe call retryable. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Told about each attempt of this call only (e.g. to count one GraphQL operation's calls). */
  onAttempt?: UpstreamObserver;
}

/** Metronome answers some mutations with 200 and no body. */
export type UpstreamBody = unknown;

/** A successful answer: the parsed body, and the JSON text it was parsed from (undefined when empty). */
export interface UpstreamAnswer {
  body: UpstreamBody;
  text: string | undefined;
}

/**
 * The HTTP layer under `MetronomeClient`: one undici Pool (keep-alive, bounded), a process-wide
 * cap on calls in flight, per-attempt timeouts, and retries for calls that are safe to repeat.
 * It knows nothing of Metronome's resources; it turns responses into data or `UpstreamError`s.
 */
export class UpstreamTransport {
  readonly baseUrl: string;
  private readonly pool: Pool;
  private readonly limit: LimitFunction;
  private readonly timeouts: UpstreamTimeouts;
  private readonly retry: RetryPolicy;
  private readonly userAgent: string;
  private readonly observer: UpstreamObserver | undefined;
  private readonly pathPrefix: string;
  private readonly breaker: CircuitBreaker | undefined;
  private readonly perTenant: number | undefined;
  private readonly maxResponseBytes: number;
  /** Per-organization caps of organizations with calls in flight or queued (dropped when idle). */
  private readonly tenantLimits = new Map<string, LimitFunction>();

  constructor(options: TransportOptions) {
    const url = new URL(options.baseUrl);
    this.baseUrl = url.origin;
    this.pathPrefix = url.pathname.replace(/\/+$/, '');
    this.timeouts = options.timeouts;
    this.retry = options.retry;
    this.userAgent = options.userAgent ?? 'metronome-graphql-gateway';
    this.observer = options.observer;
    this.breaker = options.breaker;
    this.limit = pLimit(options.maxConcurrent);
    const perTenant = options.maxConcurrentPerTenant;
    this.perTenant = perTenant !== undefined && perTenant < options.maxConcurrent ? perTenant : undefined;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.pool = new Pool(url.origin, {
      connections: options.connections,
      maxResponseSize: this.maxResponseBytes,
      keepAliveTimeout: 30_000,
      connect: { timeout: this.timeouts.connectMs },
      headersTimeout: this.timeouts.headersMs,
      bodyTimeout: this.timeouts.bodyMs,
    });
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Sends the request, retrying where allowed, and returns the parsed JSON body (or undefined). */
  send(request: UpstreamRequest): Promise<UpstreamBody> {
    return this.exchange(request).then((answer) => answer.body);
  }

  /**
   * As `send`, also giving upstream's JSON text as it came: a cache can keep that text instead of
   * serialising the parsed body again.
   */
  async exchange(request: UpstreamRequest): Promise<UpstreamAnswer> {
    const retryable = request.safe || request.idempotencyKey !== undefined;
    // Circuits are per organization: the token's tenant key (remembered, not rehashed per call).
    const scope = this.breaker ? tenantOf(request.token) : '';
    let attempt = 0;
    for (;;) {
      attempt += 1;
      const started = performance.now();
      try {
        this.breaker?.beforeCall(request.route, scope);
        const result = await this.limited(request);
        this.breaker?.succeeded(request.route, scope);
        this.report(request, { attempt, durationMs: performance.now() - started, status: result.status });
        return result;
      } catch (error) {
        const failure = error instanceof UpstreamError ? error : this.wrapUnexpected(request.route, error);
        failure.attempts = attempt;
        // A call its caller abandoned (client gone, operation cancelled) says nothing about
        // upstream's health: only upstream's own failures count against the circuit.
        if (request.signal?.aborted) this.breaker?.abandoned(request.route, scope);
        else if (!(failure instanceof CircuitOpenError) && countsAgainstCircuit(failure)) this.breaker?.failed(request.route, scope);
        const delay = retryable ? this.retryDelay(failure, attempt) : undefined;
        this.report(request, {
          attempt,
          durationMs: performance.now() - started,
          status: failure.status,
          error: failure.name,
          ...(delay !== undefined && { retryInMs: delay }),
        });
        if (delay === undefined || request.signal?.aborted) throw failure;
        await sleep(delay, request.signal);
      }
    }
  }

  /**
   * One attempt, once the organization's cap and then the process's cap let it through: an
   * organization's queued calls wait outside the process's cap, holding none of its slots.
   */
  private limited(request: UpstreamRequest): Promise<UpstreamAnswer & { status: number }> {
    const attempt = () => this.limit(() => this.attemptOnce(request));
    if (this.perTenant === undefined) return attempt();
    const tenant = tenantOf(request.token);
    let limit = this.tenantLimits.get(tenant);
    if (!limit) {
      limit = pLimit(this.perTenant);
      this.tenantLimits.set(tenant, limit);
    }
    const own = limit;
    return own(attempt).finally(() => {
      if (own.activeCount === 0 && own.pendingCount === 0 && this.tenantLimits.get(tenant) === own) this.tenantLimits.delete(tenant);
    });
  }

  private report(request: UpstreamRequest, outcome: Omit<UpstreamAttempt, 'route'>): void {
    const event: UpstreamAttempt = { route: request.route, ...outcome };
    this.observer?.(event);
    request.onAttempt?.(event);
  }

  /** The wait before the next attempt, or undefined when the failure is final. */
  private retryDelay(error: UpstreamError, attemptsDone: number): number | undefined {
    if (attemptsDone >= this.retry.maxAttempts || error instanceof CircuitOpenError) return undefined;
    const transient = error instanceof UpstreamUnavailableError || (error.status !== undefined && isRetryableStatus(error.status));
    if (!transient) return undefined;
    if (error.retryAfterMs !== undefined) {
      return error.retryAfterMs <= this.retry.maxRetryAfterMs ? error.retryAfterMs : undefined;
    }
    return backoffDelayMs(this.retry, attemptsDone - 1);
  }

  private async attemptOnce(request: UpstreamRequest): Promise<UpstreamAnswer & { status: number }> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${request.token}`,
      accept: 'application/json',
      'user-agent': this.userAgent,
    };
    let payload: string | undefined;
    if (request.body !== undefined) {
      payload = JSON.stringify(request.body);
      headers['content-type'] = 'application/json';
    }
    if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;

    let response: TextResponse;
    try {
      response = await dispatchText(
        this.pool,
        { method: request.method, path: this.pathPrefix + request.path + encodeQuery(request.query), headers, body: payload },
        request.signal,
      );
    } catch (error) {
      throw this.wrapNetworkError(request.route, error);
    }

    const { status, text } = response;
    const contentType = String(response.headers['content-type'] ?? '');
    const isJson = /\bjson\b/i.test(contentType);
    if (status >= 200 && status < 300) {
      if (text.length === 0) return { status, body: undefined, text: undefined };
      if (!isJson) {
        throw new UpstreamBadResponseError(`Metronome answered ${request.route} with a non-JSON body`, {
          route: request.route,
          status,
        });
      }
      try {
        return { status, body: JSON.parse(text) as unknown, text };
      } catch (error) {
        throw new UpstreamBadResponseError(`Metronome answered ${request.route} with malformed JSON`, {
          route: request.route,
          status,
          cause: error,
        });
      }
    }

    const rateLimitHeader = response.headers['x-metronome-rate-limit-type'];
    const rateLimitType = rateLimitHeader === 'client' || rateLimitHeader === 'customer' ? (rateLimitHeader as RateLimitType) : undefined;
    throw errorForStatus({
      route: request.route,
      status,
      upstreamMessage: isJson ? messageOf(text) : undefined,
      retryAfterMs: retryAfterFromHeaders(response.headers),
      rateLimitType,
    });
  }

  private wrapNetworkError(route: UpstreamRoute, error: unknown): UpstreamError {
    if (error instanceof UpstreamError) return error;
    if (error instanceof UndecodableBodyError) {
      return new UpstreamBadResponseError(`Metronome answered ${route} with a body that could not be read`, { route, cause: error });
    }
    if (error instanceof undiciErrors.ResponseExceededMaxSizeError) {
      return new UpstreamBadResponseError(`Metronome answered ${route} with a body over ${this.maxResponseBytes} bytes`, {
        route,
        cause: error,
      });
    }
    if (
      error instanceof undiciErrors.HeadersTimeoutError ||
      error instanceof undiciErrors.BodyTimeoutError ||
      error instanceof undiciErrors.ConnectTimeoutError
    ) {
      return new UpstreamTimeoutError(`Metronome did not answer ${route} in time`, { route, cause: error });
    }
    if (error instanceof Error && error.name === 'AbortError') {
      return new UpstreamUnavailableError(`The call to ${route} was cancelled`, { route, cause: error });
    }
    return new UpstreamUnavailableError(`Metronome could not be reached for ${route}`, { route, cause: error });
  }

  private wrapUnexpected(route: UpstreamRoute, error: unknown): UpstreamError {
    return this.wrapNetworkError(route, error);
  }
}

/** Upstream trouble (not the caller's fault, not a rate limit) is what trips a circuit. */
function countsAgainstCircuit(error: UpstreamError): boolean {
  return error instanceof UpstreamUnavailableError || (error.status !== undefined && error.status >= 500);
}

/** A fresh key for a create that the caller did not key itself. */
export function newIdempotencyKey(): string {
  return randomUUID();
}

/** Query strings the way Metronome's SDK writes them: arrays comma-joined, absent values left out. */
function encodeQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.append(key, value.join(','));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function messageOf(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') {
      return parsed.message;
    }
  } catch {
    // Not JSON after all: say nothing rather than echo an arbitrary body.
  }
  return undefined;
}
