import { hash } from 'node:crypto';

/** Tokens whose tenant key is remembered; past this the oldest is forgotten (a token is rehashed, never misfiled). */
const TENANT_MEMO_SIZE = 1024;
const tenantMemo = new Map<string, string>();

/**
 * A stable, non-reversible key for a Metronome token: caches, pollers and topics are keyed by it.
 * In passthrough mode it is asked on every request, so recent tokens' keys are remembered rather
 * than hashed again (bounded, oldest first out).
 */
export function tenantOf(token: string): string {
  const known = tenantMemo.get(token);
  if (known !== undefined) return known;
  // The one-shot `hash` builds no Hash object: in passthrough mode a new token is hashed per request.
  const tenant = hash('sha256', token, 'hex').slice(0, 16);
  if (tenantMemo.size >= TENANT_MEMO_SIZE) {
    const oldest = tenantMemo.keys().next();
    if (!oldest.done) tenantMemo.delete(oldest.value);
  }
  tenantMemo.set(token, tenant);
  return tenant;
}
