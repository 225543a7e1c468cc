import Metronome from '@metronome/sdk';
import { describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/sandbox/webhooks/signature.js';

// Metronome's published example: secret, date header and body, and the signature they produce.
const SECRET = 'correct-horse-battery-staple';
const DATE = 'Mon, 02 Jan 2006 22:04:05 GMT';
const BODY = `{
  "id": "b2c9e307-624e-4e7d-a5a4-1b74107d78c4",
  "type": "widget_created",
  "properties": {
    "customer_id": "5f794d50-085a-4db6-8d15-286e518b7225",
    "widget_id": "0891458d-b6f0-4fdd-a41e-380aae1a1e38"
  }
}`;

describe('webhook signatures', () => {
  it('reproduces the official test vector', () => {
    expect(signWebhook(SECRET, DATE, BODY)).toBe('b82652fa2246cf1d8a27e591f155c865f68b46c19b9213fd9c052f2419b4742b');
  });

  it('signs fresh webhooks so that the SDK accepts them, and rejects a wrong secret', () => {
    const date = new Date().toUTCString();
    const headers = { 'x-metronome-date': date, 'metronome-webhook-signature': signWebhook(SECRET, date, BODY) };
    const client = new Metronome({ bearerToken: 'unused' });
    expect(client.webhooks.unwrap(BODY, headers, SECRET)).toMatchObject({ type: 'widget_created' });
    expect(() => client.webhooks.unwrap(BODY, headers, 'another-secret')).toThrow(/signature does not match/);
  });
});
