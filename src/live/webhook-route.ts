import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MetronomeClient } from '../upstream/client.js';
import type { StatusRefresher } from './refresher.js';
import type { LiveStore } from './store.js';
import { verifyWebhook, type WebhookRejection } from './webhook-verify.js';

export const WEBHOOK_PATH = '/webhooks/metronome';

export type WebhookOutcome = 'accepted' | 'duplicate' | WebhookRejection | 'too_large';

export interface WebhookRouteOptions {
  secret: string | undefined;
  tenant: string;
  /** The gateway-held client of the organization the webhooks come from. */
  client: MetronomeClient;
  refresher: StatusRefresher;
  store: LiveStore;
  onOutcome: (outcome: WebhookOutcome, detail: { id?: string; type?: string }) => void;
  onRefreshError: (error: unknown) => void;
}

const BODY_LIMIT = 256 * 1024;
/** Metronome may deliver a notification more than once; remember ids for a day. */
const DEDUPE_MS = 24 * 60 * 60 * 1000;

function reply(response: ServerResponse, status: number, body: Record<string, string>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/**
 * `POST /webhooks/metronome`. Verifies, de-duplicates, answers at once, and only then asks
 * upstream for the customer's current statuses: the webhook says that something changed,
 * upstream says what is true now. Forged, stale or malformed requests never publish anything.
 */
export async function handleWebhook(request: IncomingMessage, response: ServerResponse, options: WebhookRouteOptions): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('allow', 'POST');
    return reply(response, 405, { error: 'Use POST' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) {
      options.onOutcome('too_large', {});
      response.setHeader('connection', 'close');
      return reply(response, 413, { error: 'Body too large' });
    }
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks).toString('utf8');
  const verified = verifyWebhook(options.secret, request.headers, body);
  if (!verified.ok) {
    options.onOutcome(verified.reason, {});
    const status = verified.reason === 'not_json' ? 400 : verified.reason === 'no_secret' ? 503 : 401;
    return reply(response, status, { error: `Webhook rejected: ${verified.reason}` });
  }

  const id = typeof verified.payload.id === 'string' ? verified.payload.id : undefined;
  const type = typeof verified.payload.type === 'string' ? verified.payload.type : undefined;
  if (!id) {
    options.onOutcome('not_json', { ...(type && { type }) });
    return reply(response, 400, { error: 'Webhook rejected: no notification id' });
  }
  if (!(await options.store.firstSighting(id, DEDUPE_MS))) {
    options.onOutcome('duplicate', { id, ...(type && { type }) });
    return reply(response, 200, { status: 'duplicate' });
  }
  options.onOutcome('accepted', { id, ...(type && { type }) });
  reply(response, 200, { status: 'accepted' });

  const properties = verified.payload.properties;
  const customerId =
    properties && typeof properties === 'object' && 'customer_id' in properties && typeof properties.customer_id === 'string'
      ? properties.customer_id
      : undefined;
  const alertId =
    properties && typeof properties === 'object' && 'alert_id' in properties && typeof properties.alert_id === 'string'
      ? properties.alert_id
      : undefined;
  if (customerId) {
    options.refresher.refresh(options.tenant, options.client, customerId, 'WEBHOOK', alertId).catch(options.onRefreshError);
  }
}
