import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a webhook was refused; each is also a metrics label. */
export type WebhookRejection = 'missing_signature' | 'missing_date' | 'invalid_date' | 'stale' | 'bad_signature' | 'not_json' | 'no_secret';

export type Verification =
  | { ok: true; payload: { id?: unknown; type?: unknown; properties?: unknown } }
  | { ok: false; reason: WebhookRejection };

const TOLERANCE_MS = 5 * 60 * 1000;

/** Reads one request header by its lower-case name (undefined when absent). */
export type HeaderReader = (name: string) => string | undefined;

/**
 * Checks a Metronome webhook: HMAC-SHA256 over `X-Metronome-Date` (or `Date`), a newline and the
 * raw body, compared in constant time; the date within five minutes of now; the body JSON.
 */
export function verifyWebhook(secret: string | undefined, header: HeaderReader, body: string, now = Date.now()): Verification {
  if (!secret) return { ok: false, reason: 'no_secret' };
  const signature = header('metronome-webhook-signature');
  if (!signature) return { ok: false, reason: 'missing_signature' };
  const date = header('x-metronome-date') ?? header('date');
  if (!date) return { ok: false, reason: 'missing_date' };
  const sentAt = new Date(date).getTime();
  if (Number.isNaN(sentAt)) return { ok: false, reason: 'invalid_date' };
  if (Math.abs(now - sentAt) > TOLERANCE_MS) return { ok: false, reason: 'stale' };

  const expected = Buffer.from(createHmac('sha256', secret).update(`${date}\n${body}`, 'utf8').digest('hex'), 'utf8');
  const given = Buffer.from(signature.trim().toLowerCase(), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };

  try {
    const payload: unknown = JSON.parse(body);
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return { ok: false, reason: 'not_json' };
    return { ok: true, payload: payload as { id?: unknown; type?: unknown; properties?: unknown } };
  } catch {
    return { ok: false, reason: 'not_json' };
  }
}
