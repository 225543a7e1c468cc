import type { Plugin } from 'graphql-yoga';
import { receiveWebhook, WEBHOOK_BODY_LIMIT, WEBHOOK_PATH, type WebhookRouteOptions } from '../../live/webhook-route.js';
import type { Logger } from '../../telemetry/logger.js';
import { jsonResponse } from './json-response.js';
import { requestIdOf } from './request-id.js';

type OnRequest = NonNullable<Plugin['onRequest']>;

/** Reads a body up to `limit` bytes; undefined when it is longer (the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `POST /webhooks/metronome`: the HTTP side of webhook intake (method, body size, JSON reply);
 * verification, de-duplication and the refresh that follows are in src/live/webhook-route.ts.
 */
export function useMetronomeWebhook(options: WebhookRouteOptions, logger: Logger): Plugin {
  const receive: OnRequest = async ({ request, endResponse, fetchAPI }) => {
    if (request.method !== 'POST') {
      endResponse(jsonResponse(fetchAPI, 405, { error: 'Use POST' }, { allow: 'POST' }));
      return;
    }
    const requestId = requestIdOf(request);
    // Every outcome of this delivery is logged with its request id.
    const delivery: WebhookRouteOptions = {
      ...options,
      onOutcome: (outcome, detail) => options.onOutcome(outcome, { ...detail, ...(requestId && { requestId }) }),
    };
    try {
      const body = await readLimited(request, WEBHOOK_BODY_LIMIT);
      if (body === undefined) {
        delivery.onOutcome('too_large', {});
        endResponse(jsonResponse(fetchAPI, 413, { error: 'Body too large' }, { connection: 'close' }));
        return;
      }
      const { reply, afterReply } = await receiveWebhook({ header: (name) => request.headers.get(name) ?? undefined, body }, delivery);
      endResponse(jsonResponse(fetchAPI, reply.status, reply.body));
      if (afterReply) setImmediate(afterReply);
    } catch (error) {
      logger.error({ err: error }, 'webhook handling failed');
      endResponse(jsonResponse(fetchAPI, 500, { error: 'Webhook handling failed' }));
    }
  };
  return {
    // Synchronous for every other path: an async hook would cost every request a promise.
    onRequest: (payload) => (payload.url.pathname === WEBHOOK_PATH ? receive(payload) : undefined),
  };
}
