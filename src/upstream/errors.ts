/**
 * Errors raised by the upstream client. Each carries what a caller needs to decide
 * what to tell a GraphQL client (status, Metronome's own message, retry hints) and
 * nothing it must not repeat: no base URL, no query string, no headers, no token.
 */

/** `"POST /v1/customer-alerts/list"`: the method and path template of an upstream call. */
export type UpstreamRoute = string;

/** Which limit Metronome says was hit on a 429 (`X-Metronome-Rate-Limit-Type`). */
export type RateLimitType = 'client' | 'customer';

export interface UpstreamErrorDetails {
  route: UpstreamRoute;
  status?: number;
  upstreamMessage?: string;
  retryAfterMs?: number;
  rateLimitType?: RateLimitType;
  /** How many attempts were made before giving up. */
  attempts?: number;
  cause?: unknown;
}

/** Base class: anything that went wrong talking to Metronome. */
export class UpstreamError extends Error {
  readonly route: UpstreamRoute;
  readonly status: number | undefined;
  /** Metronome's `message` field, when it sent one. Safe to show: it describes the caller's input. */
  readonly upstreamMessage: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly rateLimitType: RateLimitType | undefined;
  attempts: number;

  constructor(message: string, details: UpstreamErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.route = details.route;
    this.status = details.status;
    this.upstreamMessage = details.upstreamMessage;
    this.retryAfterMs = details.retryAfterMs;
    this.rateLimitType = details.rateLimitType;
    this.attempts = details.attempts ?? 1;
  }
}

/** 400 / 422: the request was rejected as invalid. */
export class UpstreamBadRequestError extends UpstreamError {}
/** 401: the bearer token was missing or not accepted. */
export class UpstreamAuthenticationError extends UpstreamError {}
/** 403: the token may not touch this resource. */
export class UpstreamPermissionError extends UpstreamError {}
/** 404: the customer, alert or commit does not exist in this organization. */
export class UpstreamNotFoundError extends UpstreamError {}
/** 409: a uniqueness key or Idempotency-Key was reused, or an ingest alias is taken. */
export class UpstreamConflictError extends UpstreamError {}
/** 429: a Metronome rate limit tripped; `retryAfterMs` says when to come back, if known. */
export class UpstreamRateLimitError extends UpstreamError {}
/** 5xx: Metronome failed. */
export class UpstreamServerError extends UpstreamError {}
/** A 2xx whose body was not the JSON we expected. */
export class UpstreamBadResponseError extends UpstreamError {}
/** No answer: connection refused or reset, DNS, TLS, or the circuit is open. */
export class UpstreamUnavailableError extends UpstreamError {}
/** No answer in time (connect, headers or body timeout). */
export class UpstreamTimeoutError extends UpstreamUnavailableError {}

/** Builds the error for a non-2xx response. */
export function errorForStatus(details: UpstreamErrorDetails & { status: number }): UpstreamError {
  const { status, route, upstreamMessage } = details;
  const text = `Metronome answered ${status} to ${route}${upstreamMessage ? `: ${upstreamMessage}` : ''}`;
  if (status === 400 || status === 422) return new UpstreamBadRequestError(text, details);
  if (status === 401) return new UpstreamAuthenticationError(text, details);
  if (status === 403) return new UpstreamPermissionError(text, details);
  if (status === 404) return new UpstreamNotFoundError(text, details);
  if (status === 409) return new UpstreamConflictError(text, details);
  if (status === 429) return new UpstreamRateLimitError(text, details);
  if (status >= 500) return new UpstreamServerError(text, details);
  return new UpstreamError(text, details);
}
