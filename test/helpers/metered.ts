import type { Sandbox } from '../../src/sandbox/server.js';

/** A customer with usage notifications (one, "5 requests", by default) and a way to send it usage. */
export interface MeteredCustomer {
  customerId: string;
  alertId: string;
  /** Ingests `count` requests through the sandbox's ingest endpoint (as Metronome would receive them). */
  ingest(count: number): Promise<void>;
}

let sequence = 0;

/**
 * Creates a metered customer in the organization of `token`, in-process, with one usage
 * notification per threshold (`alertId` is the first one's).
 */
export async function meteredCustomer(
  sandbox: Sandbox,
  token: string,
  name = 'Metered customer',
  thresholds: number | readonly number[] = 5,
): Promise<MeteredCustomer> {
  const org = sandbox.organization(token);
  if (!org) throw new Error('no such organization');
  const post = async (path: string, body: unknown): Promise<string> =>
    ((await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;
  const metricId = await post('/v1/billable-metrics/create', {
    name: `Requests ${(sequence += 1)}`,
    aggregation_type: 'COUNT',
    event_type_filter: { in_values: ['request'] },
  });
  await post('/v1/contract-pricing/products/create', { name: `API ${sequence}`, type: 'USAGE', billable_metric_id: metricId });
  const customerId = await post('/v1/customers', { name });
  const alertIds: string[] = [];
  for (const threshold of typeof thresholds === 'number' ? [thresholds] : thresholds) {
    alertIds.push(
      await post('/v1/alerts/create', {
        alert_type: 'usage_threshold_reached',
        name: `${threshold} requests`,
        threshold,
        billable_metric_id: metricId,
        customer_id: customerId,
      }),
    );
  }
  const alertId = alertIds[0];
  if (alertId === undefined) throw new Error('a metered customer needs at least one threshold');
  return {
    customerId,
    alertId,
    async ingest(count) {
      // Metronome takes at most 100 events per ingest call.
      for (let sent = 0; sent < count; sent += 100) {
        const events = Array.from({ length: Math.min(100, count - sent) }, () => ({
          transaction_id: `metered-${(sequence += 1)}`,
          customer_id: customerId,
          event_type: 'request',
          timestamp: sandbox.clock.now().toISOString(),
        }));
        await sandbox.dispatch(org, 'POST', '/v1/ingest', events);
      }
    },
  };
}

/** The status subscription as text, for the fan-out benchmark's clients (they send it raw, as many clients would). */
export const STATUS_SUBSCRIPTION = (customerId: string, extra = ''): string => `subscription {
  customerAlertStatusChanged(customerId: "${customerId}"${extra}) {
    previousStatus
    status
    source
    changedAt
    customerAlert { customerStatus triggeredBy notification { id name } customer { name } }
  }
}`;
