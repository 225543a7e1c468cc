import { z } from 'zod';
import { badRequest } from '../http/errors.js';
import { parseBody, timestamp } from '../http/validation.js';
import type { UsageEvent } from '../store/records.js';
import type { RouteModule } from './context.js';

const event = z.strictObject({
  transaction_id: z.string().min(1).max(128),
  customer_id: z.string().min(1),
  event_type: z.string().min(1),
  timestamp,
  properties: z.record(z.string(), z.unknown()).optional(),
});

const ingestBody = z.array(event).min(1, { error: 'send between 1 and 100 events' }).max(100, { error: 'send between 1 and 100 events' });

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `POST /v1/ingest`. A batch is all or nothing: if any event is malformed, none is stored, and
 * the 400 names the first bad event's index and field. Duplicate `transaction_id`s are accepted
 * and ignored, as Metronome does.
 */
export const ingestRoutes: RouteModule = ({ clock }) => [
  {
    method: 'POST',
    path: '/v1/ingest',
    handler: ({ org, body }) => {
      if (!Array.isArray(body)) throw badRequest('The body must be a JSON array of usage events');
      const events = parseBody(ingestBody, body);
      const now = clock.now().getTime();
      events.forEach((item, index) => {
        if (Date.parse(item.timestamp) > now + DAY_MS) {
          throw badRequest(`[${index}].timestamp: more than 24 hours in the future`);
        }
      });
      const accepted: UsageEvent[] = [];
      const batchIds = new Set<string>();
      for (const item of events) {
        if (org.transactionIds.has(item.transaction_id) || batchIds.has(item.transaction_id)) continue;
        batchIds.add(item.transaction_id);
        const customer = org.resolveCustomer(item.customer_id);
        const stored: UsageEvent = {
          transactionId: item.transaction_id,
          // Events for unknown customers are kept, as Metronome keeps them, but match nobody.
          customerId: customer?.detail.id ?? item.customer_id,
          eventType: item.event_type,
          timestamp: item.timestamp,
          properties: item.properties ?? {},
        };
        org.events.push(stored);
        org.transactionIds.add(item.transaction_id);
        if (customer) accepted.push(stored);
      }
      if (accepted.length > 0) org.changed({ kind: 'usage', events: accepted });
      return {};
    },
  },
];
