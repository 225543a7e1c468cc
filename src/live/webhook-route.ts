import type { MetronomeClient } from '../upstream/client.js';
import type { StatusRefresher } from './refresher.js';
import type { LiveStore } from './store.js';
import { verifyWebhook, type HeaderReader, type WebhookRejection } from './webhook-verify.js';

export const WEBHOOK_PATH = '/webhooks/metronome';

type WebhookOutcome = 'accepted' | 'duplicate' | WebhookRejection | 'too_large';

export interface WebhookRouteOptions {
  secret: string | undefined;
  tenant: string;
  /** The gateway-held client of the organization the webhooks come from. */
  client: MetronomeClient;
  refresher: StatusRefresher;
  store: LiveStore;
  /**
   * Applied to every verified webhook before it is acknowledged (the read cache retires what it
   * changed); a failure answers 500, so Metronome delivers it again.
   */
  invalidate?: ((payload: Record<string, unknown>) => Promise<void>) | undefined;
  onOutcome: (outcome: WebhookOutcome, detail: { id?: string; type?: string; requestId?: string }) => void;
  onRefreshError: (error: unknown) => void;
}

/** Largest webhook body read; Metronome's notifications are a few kilobytes. */
export const WEBHOOK_BODY_LIMIT = 256 * 1024;
/** Metronome may deliver a notification more than once; remember ids for a day. */
const DEDUPE_MS = 24 * 60 * 60 * 1000;

/** What to answer Metronome: a status and a small JSON body. */
export interface WebhookReply {
  status: number;
  body: Record<string, string>;
}

/** One delivery as it arrived: its headers and its raw body (the signature covers the exact bytes). */
export interface WebhookDelivery {
  header: HeaderReader;
  body: string;
}

/**
 * One `POST /webhooks/metronome` delivery. Verifies, de-duplicates, answers at once, and only
 * then asks upstream for the customer's current statuses: the webhook says that something
 * changed, upstream says what is true now. Forged, stale or malformed deliveries never publish.
 * The refresh starts after the reply is handed back (`afterReply`), so Metronome is never kept
 * waiting on our upstream call.
 */
export async function receiveWebhook(
  delivery: WebhookDelivery,
  options: WebhookRouteOptions,
): Promise<{ reply: WebhookReply; afterReply?: () => void }> {
  const verified = verifyWebhook(options.secret, delivery.header, delivery.body);
  if (!verified.ok) {
    options.onOutcome(verified.reason, {});
    const status = verified.reason === 'not_json' ? 400 : verified.reason === 'no_secret' ? 503 : 401;
    return { reply: { status, body: { error: `Webhook rejected: ${verified.reason}` } } };
  }

  const id = typeof verified.payload.id === 'string' ? verified.payload.id : undefined;
  const type = typeof verified.payload.type === 'string' ? verified.payload.type : undefined;
  if (!id) {
    options.onOutcome('not_json', { ...(type && { type }) });
    return { reply: { status: 400, body: { error: 'Webhook rejected: no notification id' } } };
  }
  // Before the de-duplication: a redelivery after a failed invalidation must invalidate again.
  await options.invalidate?.(verified.payload);
  if (!(await options.store.firstSighting(id, DEDUPE_MS))) {
    options.onOutcome('duplicate', { id, ...(type && { type }) });
    return { reply: { status: 200, body: { status: 'duplicate' } } };
  }
  options.onOutcome('accepted', { id, ...(type && { type }) });

  const properties = verified.payload.properties;
  const customerId =
    properties && typeof properties === 'object' && 'customer_id' in properties && typeof properties.customer_id === 'string'
      ? properties.customer_id
      : undefined;
  const alertId =
    properties && typeof properties === 'object' && 'alert_id' in properties && typeof properties.alert_id === 'string'
      ? properties.alert_id
      : undefined;
  const reply = { status: 200, body: { status: 'accepted' } };
  if (!customerId) return { reply };
  return {
    reply,
    afterReply: () => {
      options.refresher.refresh(options.tenant, options.client, customerId, 'WEBHOOK', alertId).catch(options.onRefreshError);
    },
  };
}
