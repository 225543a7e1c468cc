import { createHmac } from 'node:crypto';

/**
 * Metronome's webhook signature: lowercase hex HMAC-SHA256 of the date header, a newline and
 * the exact body, keyed with the destination's secret.
 */
export function signWebhook(secret: string, date: string, body: string): string {
  return createHmac('sha256', secret).update(`${date}\n${body}`, 'utf8').digest('hex');
}
