import { createHash } from 'node:crypto';
import { conflict } from './errors.js';
import type { Organization } from '../store/organization.js';

const RETENTION_MS = 24 * 60 * 60 * 1000;

export type IdempotencyOutcome = { kind: 'new' } | { kind: 'replay'; status: number; body: unknown };

/**
 * Metronome's `Idempotency-Key` contract: the same key with the same request replays the first
 * answer; with a different request it is a 409; a request still running under the key is a 409.
 */
export function beginIdempotent(org: Organization, key: string, request: string, now: number): IdempotencyOutcome {
  const fingerprint = createHash('sha256').update(request).digest('hex');
  const existing = org.idempotency.get(key);
  if (existing && now - existing.storedAt < RETENTION_MS) {
    if (existing.fingerprint !== fingerprint) {
      throw conflict('This Idempotency-Key has already been used with different request parameters.');
    }
    if (!existing.response) throw conflict('A request with this Idempotency-Key is still being processed.');
    return { kind: 'replay', ...existing.response };
  }
  org.idempotency.set(key, { fingerprint, storedAt: now });
  return { kind: 'new' };
}

/**
 * Records the answer. Requests rejected as invalid (400) never began executing, so they are not
 * remembered and the key stays free, as Metronome documents.
 */
export function finishIdempotent(org: Organization, key: string, status: number, body: unknown): void {
  const entry = org.idempotency.get(key);
  if (!entry) return;
  if (status === 400 || status === 401 || status === 429) {
    org.idempotency.delete(key);
    return;
  }
  entry.response = { status, body };
}
