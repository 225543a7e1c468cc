import { GraphQLError } from 'graphql';
import {
  UpstreamAuthenticationError,
  UpstreamBadRequestError,
  UpstreamConflictError,
  UpstreamError,
  UpstreamNotFoundError,
  UpstreamPermissionError,
  UpstreamRateLimitError,
  UpstreamUnavailableError,
} from '../upstream/errors.js';

/** The `extensions.code` values clients can switch on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_EXPENSIVE'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_UNAVAILABLE'
  | 'SLOW_CONSUMER'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'MAX_DEPTH_EXCEEDED'
  | 'MAX_ALIASES_EXCEEDED'
  | 'MAX_DIRECTIVES_EXCEEDED'
  | 'MAX_TOKENS_EXCEEDED'
  | 'TRUSTED_DOCUMENT_NOT_FOUND'
  | 'TRUSTED_DOCUMENTS_ONLY'
  | 'INTERNAL_SERVER_ERROR'
  // HTTP-level refusals, before any GraphQL runs (see src/server/plugins/).
  | 'BAD_REQUEST'
  | 'CSRF_PREVENTED'
  | 'NOT_ACCEPTABLE'
  | 'UNSUPPORTED_MEDIA_TYPE';

/** A GraphQL error with a code and, optionally, more machine-readable details. */
export function gatewayError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badUserInput = (message: string, field?: string): GraphQLError =>
  gatewayError('BAD_USER_INPUT', message, field === undefined ? {} : { field });

export const notFound = (message: string): GraphQLError => gatewayError('NOT_FOUND', message);

/**
 * Turns an upstream failure into what a client may see: a code, Metronome's own message where it
 * describes the client's input, and never a URL, header or token.
 */
function fromUpstream(error: UpstreamError): GraphQLError {
  if (error instanceof UpstreamBadRequestError) {
    return gatewayError('BAD_USER_INPUT', `Metronome rejected the request: ${error.upstreamMessage ?? 'invalid input'}`);
  }
  if (error instanceof UpstreamNotFoundError) {
    return gatewayError('NOT_FOUND', error.upstreamMessage ?? 'Not found in Metronome');
  }
  if (error instanceof UpstreamConflictError) {
    return gatewayError('CONFLICT', error.upstreamMessage ?? 'Conflicts with an existing Metronome object');
  }
  if (error instanceof UpstreamRateLimitError) {
    return gatewayError('RATE_LIMITED', 'Metronome rate limit reached; retry later', {
      ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
      ...(error.rateLimitType !== undefined && { rateLimitType: error.rateLimitType }),
    });
  }
  if (error instanceof UpstreamAuthenticationError) {
    return gatewayError('UNAUTHENTICATED', 'Metronome did not accept the credentials used for this request');
  }
  if (error instanceof UpstreamPermissionError) {
    return gatewayError('FORBIDDEN', 'Metronome refused access to this resource');
  }
  if (error instanceof UpstreamUnavailableError) {
    return gatewayError('UPSTREAM_UNAVAILABLE', 'Metronome is not reachable right now; retry later');
  }
  return gatewayError('UPSTREAM_ERROR', `Metronome failed to answer (${error.status ?? 'no status'})`);
}

/**
 * What a client reads instead of an unexpected error's own message (yoga's default wording), on
 * every transport: HTTP and SSE through yoga, graphql-ws through websocket.ts.
 */
export const MASKED_ERROR_MESSAGE = 'Unexpected error.';

/**
 * Yoga's `maskError`: every error leaving the gateway gets a code. Upstream failures are mapped,
 * coded GraphQL errors pass, GraphQL's own argument errors become BAD_USER_INPUT, and anything
 * else is hidden behind INTERNAL_SERVER_ERROR (its details go to the logs, not the client).
 */
export function maskError(error: unknown, fallbackMessage: string): GraphQLError {
  const graphQLError = error instanceof GraphQLError ? error : undefined;
  const original = graphQLError ? graphQLError.originalError : error;
  const at = graphQLError ? { nodes: graphQLError.nodes, path: graphQLError.path } : {};

  if (original instanceof UpstreamError) {
    const mapped = fromUpstream(original);
    return new GraphQLError(mapped.message, { ...at, extensions: mapped.extensions });
  }
  if (graphQLError) {
    if (graphQLError.extensions.code !== undefined) return graphQLError;
    // No original error: GraphQL itself refused an argument or variable. A GraphQLError thrown by
    // a library (e.g. Pothos refusing a malformed global ID) is about the input too.
    if (!original || original instanceof GraphQLError) {
      return new GraphQLError(graphQLError.message, { ...at, extensions: { ...graphQLError.extensions, code: 'BAD_USER_INPUT' } });
    }
  }
  return new GraphQLError(fallbackMessage, { ...at, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
