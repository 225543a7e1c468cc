import { once } from 'node:events';
import type { DeliveryAttempt, WebhookDispatcher } from '../../src/sandbox/webhooks/dispatcher.js';

/**
 * Every delivery attempt the sandbox's dispatcher makes from now on, in order (start recording
 * before the action whose webhooks the test inspects).
 */
export function recordDeliveries(dispatcher: WebhookDispatcher): DeliveryAttempt[] {
  const attempts: DeliveryAttempt[] = [];
  dispatcher.on('attempt', (attempt) => attempts.push(attempt));
  return attempts;
}

/**
 * Resolves once no webhook delivery is in flight: each one answered (or given up). Deliveries
 * start while the call that caused them (an ingest) is served, so after that call this waits for
 * its webhooks. Bounded by `deadlineMs`, so a destination that never answers fails the test.
 */
export async function webhooksSettled(dispatcher: WebhookDispatcher, deadlineMs = 10_000): Promise<void> {
  if (dispatcher.pending === 0) return;
  await once(dispatcher, 'idle', { signal: AbortSignal.timeout(deadlineMs) }).catch((error: unknown) => {
    throw new Error(`webhook deliveries still pending after ${deadlineMs} ms (${dispatcher.pending} left)`, { cause: error });
  });
}
