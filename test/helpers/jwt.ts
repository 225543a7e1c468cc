import { SignJWT } from 'jose';
import type { GatewayConfig } from '../../src/server/gateway.js';

/** The HS256 secret the jwt-mode test gateways verify with. */
const TEST_JWT_SECRET = 'a-test-secret-long-enough-for-hs256-0000';

/** Gateway settings for `AUTH_MODE=jwt` with the test secret (and the default claim names). */
export const jwtMode: Pick<GatewayConfig, 'AUTH_MODE' | 'JWT_SECRET'> = { AUTH_MODE: 'jwt', JWT_SECRET: TEST_JWT_SECRET };

export interface TokenOptions {
  /** `sub`; null leaves the claim out. Default: a fresh subject per token. */
  subject?: string | null;
  /** Expiry, in epoch seconds. Default: five minutes from now. */
  expiresAt?: number;
  /** `nbf`, in epoch seconds: the token is not valid before it. Default: left out. */
  notBefore?: number;
}

let subjects = 0;

/** Signs a viewer's JWT as an identity provider would. */
export async function signViewerToken(claims: { role?: string; customer_ids?: string[] }, options: TokenOptions = {}): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  const subject = options.subject === undefined ? `user-${(subjects += 1)}` : options.subject;
  if (subject !== null) jwt.setSubject(subject);
  jwt.setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300);
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/** The `Authorization` header of a token. */
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
