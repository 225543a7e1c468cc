import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/live/webhook-verify.js';
import { signWebhook } from '../../src/sandbox/webhooks/signature.js';

const SECRET = 'whsec-unit-test';
const NOW = Date.parse('2026-03-01T12:00:00Z');
const DATE = new Date(NOW).toUTCString();
const BODY = JSON.stringify({ id: 'n-1', type: 'alerts.usage_threshold_reached', properties: { customer_id: 'c-1' } });

/** Reads headers from a plain object, as the webhook plugin does from a request. */
const headersOf =
  (headers: Record<string, string>) =>
  (name: string): string | undefined =>
    headers[name];

const signed = (body = BODY, date = DATE, secret = SECRET) =>
  headersOf({ 'metronome-webhook-signature': signWebhook(secret, date, body), date });

describe('webhook verification', () => {
  it('accepts a genuine webhook and hands back its payload', () => {
    const verdict = verifyWebhook(SECRET, signed(), BODY, NOW);
    expect(verdict).toEqual({ ok: true, payload: JSON.parse(BODY) });
  });

  it('prefers X-Metronome-Date over Date and accepts an upper-case signature', () => {
    const headers = headersOf({
      'metronome-webhook-signature': signWebhook(SECRET, DATE, BODY).toUpperCase(),
      'x-metronome-date': DATE,
      date: 'not a date',
    });
    expect(verifyWebhook(SECRET, headers, BODY, NOW).ok).toBe(true);
  });

  it.each([
    ['no_secret', undefined, signed(), BODY],
    ['missing_signature', SECRET, headersOf({ date: DATE }), BODY],
    ['missing_date', SECRET, headersOf({ 'metronome-webhook-signature': 'ab' }), BODY],
    ['invalid_date', SECRET, headersOf({ 'metronome-webhook-signature': 'ab', date: 'yesterday' }), BODY],
    ['bad_signature', SECRET, signed(BODY, DATE, 'another-secret'), BODY],
    ['bad_signature', SECRET, signed(), `${BODY} `],
    ['not_json', SECRET, signed('not json'), 'not json'],
    ['not_json', SECRET, signed('[1,2]'), '[1,2]'],
  ] as const)('refuses with %s', (reason, secret, headers, body) => {
    expect(verifyWebhook(secret, headers, body, NOW)).toEqual({ ok: false, reason });
  });

  it('refuses a date more than five minutes away from now, either way', () => {
    const fiveMinutes = 5 * 60 * 1000;
    expect(verifyWebhook(SECRET, signed(), BODY, NOW + fiveMinutes).ok).toBe(true);
    expect(verifyWebhook(SECRET, signed(), BODY, NOW + fiveMinutes + 1000)).toEqual({ ok: false, reason: 'stale' });
    expect(verifyWebhook(SECRET, signed(), BODY, NOW - fiveMinutes - 1000)).toEqual({ ok: false, reason: 'stale' });
  });
});
