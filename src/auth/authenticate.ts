import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { MetronomeClient } from '../upstream/client.js';
import { tenantOf } from '../upstream/token-key.js';
import { customerUuidOf } from './customer-ids.js';
import { type ExpiryTimers, systemExpiryTimers } from './expiry-timer.js';
import { anonymousAdmin, type Viewer } from './viewer.js';

export type AuthMode = 'none' | 'jwt' | 'passthrough';

export interface AuthOptions {
  mode: AuthMode;
  /** The gateway's own Metronome client (none and jwt modes act with it). */
  client: MetronomeClient;
  /** The organization key of the gateway's own token. */
  tenant: string;
  jwt?: {
    secret?: string | undefined;
    jwksUrl?: string | undefined;
    issuer?: string | undefined;
    audience?: string | undefined;
    roleClaim: string;
    customerIdsClaim: string;
  };
  /**
   * What "now" is when a token's `exp` and `nbf` are checked: the same time the live connections'
   * expiry timers run on, so a token refused here is also one whose connections were closed.
   *
   * @default the system clock
   */
  timers?: ExpiryTimers;
}

/** Who is asking, with the client that acts for them and, for JWTs, when that stops. */
export interface Authenticated {
  viewer: Viewer;
  client: MetronomeClient;
  /** Epoch ms at which the credentials expire (live connections are closed then). */
  expiresAt?: number;
}

export type Authenticator = (authorization: string | undefined) => Promise<Authenticated>;

/** Missing or invalid credentials; the message is safe to show the caller. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

const unauthenticated = (message: string) => new AuthenticationError(message);

function bearer(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

/**
 * The customers a token grants, as UUIDs. An entry that names no customer (neither a UUID nor a
 * Customer global ID) refuses the token: it would otherwise grant nothing, silently.
 */
function customerIdsOf(claim: unknown, claimName: string): string[] {
  if (claim === undefined) return [];
  const entries: unknown[] = Array.isArray(claim) ? claim : [claim];
  return entries.map((entry) => {
    const uuid = customerUuidOf(entry);
    if (uuid === undefined)
      throw unauthenticated(`The token's ${claimName} claim must list Metronome customer UUIDs or Customer global IDs`);
    return uuid;
  });
}

/**
 * Turns the `Authorization` value of a request (or a graphql-ws `connection_init` payload) into a
 * viewer, per `AUTH_MODE`:
 * - `none`: everyone is an admin of the configured organization (loopback or sandbox only);
 * - `jwt`: a token signed by `JWT_SECRET` (HS256) or a key of `JWT_JWKS_URL`, with `exp`, `nbf`,
 *   and when configured `iss`/`aud` checked; `role: "admin"` sees everything, otherwise the
 *   viewer sees only the customers listed in the customer-ids claim;
 * - `passthrough`: the bearer is the caller's own Metronome token, used upstream as is.
 */
export function createAuthenticator(options: AuthOptions): Authenticator {
  if (options.mode === 'none') {
    const authenticated: Authenticated = { viewer: anonymousAdmin(options.tenant), client: options.client };
    return async () => authenticated;
  }
  if (options.mode === 'passthrough') {
    return async (authorization) => {
      const token = bearer(authorization);
      if (!token) throw unauthenticated('Send your Metronome API token as "Authorization: Bearer <token>"');
      const tenant = tenantOf(token);
      return {
        viewer: { kind: 'admin', tenant, customerIds: new Set(), subject: `token:${tenant}`, key: `token:${tenant}` },
        client: options.client.withToken(token),
      };
    };
  }

  const jwt = options.jwt;
  if (!jwt || (!jwt.secret && !jwt.jwksUrl)) throw new Error('AUTH_MODE=jwt needs JWT_SECRET or JWT_JWKS_URL');
  // JWKS keys are fetched once and cached (jose refreshes them on an unknown key id, rate limited).
  const key: Uint8Array | JWTVerifyGetKey = jwt.jwksUrl ? createRemoteJWKSet(new URL(jwt.jwksUrl)) : new TextEncoder().encode(jwt.secret);
  const algorithms = jwt.jwksUrl ? ['RS256', 'ES256'] : ['HS256'];
  const timers = options.timers ?? systemExpiryTimers;
  return async (authorization) => {
    const token = bearer(authorization);
    if (!token) throw unauthenticated('Send a JWT as "Authorization: Bearer <token>"');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        currentDate: new Date(timers.now()),
        ...(jwt.issuer && { issuer: jwt.issuer }),
        ...(jwt.audience && { audience: jwt.audience }),
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired');
      throw unauthenticated('The token is not valid for this gateway');
    }
    const role = payload[jwt.roleClaim];
    const customerIds = customerIdsOf(payload[jwt.customerIdsClaim], jwt.customerIdsClaim);
    // Tokens without `sub` are told apart by the token itself: two such viewers never share a key.
    const viewerKey = typeof payload.sub === 'string' && payload.sub !== '' ? `sub:${payload.sub}` : `token:${tenantOf(token)}`;
    const viewer: Viewer =
      role === 'admin'
        ? { kind: 'admin', tenant: options.tenant, customerIds: new Set(), subject: String(payload.sub ?? 'admin'), key: viewerKey }
        : {
            kind: 'customer',
            tenant: options.tenant,
            customerIds: new Set(customerIds),
            subject: String(payload.sub ?? 'customer'),
            key: viewerKey,
          };
    return { viewer, client: options.client, ...(typeof payload.exp === 'number' && { expiresAt: payload.exp * 1000 }) };
  };
}
