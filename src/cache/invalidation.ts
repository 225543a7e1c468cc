import { everythingAbout, tags, type CustomerFamily } from './tags.js';

/**
 * What a verified Metronome webhook invalidates, by its `type`:
 * - `alerts.*` (threshold notifications, `_reached` and `_resolved`): the customer's alert
 *   statuses, that notification wherever it is read, and the customer's commits/credits and
 *   invoices — a threshold is crossed because usage, spend or balances moved, so the balances
 *   and draft invoice cached before it are known to be stale (a board re-reading them after the
 *   alarm must not get the old figures next to the new status);
 * - `commit.*` / `credit.*`: the customer's commits and credits (balances and ledgers included);
 * - `invoice.*`: the customer's invoices;
 * - anything else naming a customer (contracts, offsets, payment gates, types added later):
 *   everything cached about that customer, lists included.
 * A webhook naming no customer invalidates nothing: there is nothing it could have changed that
 * we cache per customer (catalog reads expire by TTL).
 */
export function webhookTags(payload: Record<string, unknown>): string[] {
  const type = typeof payload.type === 'string' ? payload.type : '';
  const properties = isRecord(payload.properties) ? payload.properties : {};
  // Alert webhooks carry the ids under `properties`; contract, commit and credit ones are flat.
  const customerId = stringField(properties, 'customer_id') ?? stringField(payload, 'customer_id');
  if (customerId === undefined) return [];
  if (type.startsWith('alerts.')) {
    const alertId = stringField(properties, 'alert_id');
    return [...alarmTags(customerId), ...(alertId ? [tags.notification(alertId)] : [])];
  }
  if (type.startsWith('commit.') || type.startsWith('credit.')) return [tags.family(customerId, 'commits')];
  if (type.startsWith('invoice.')) return [tags.family(customerId, 'invoices')];
  return everythingAbout(customerId);
}

/**
 * What any alarm transition retires, however the gateway learned of it (webhook, poll or
 * mutation): the customer's statuses, and its commits/credits and invoices — a threshold moves
 * because usage, spend or balances moved, so figures cached before it are stale.
 */
export function alarmTags(customerId: string): string[] {
  return [tags.family(customerId, 'alerts'), tags.family(customerId, 'commits'), tags.family(customerId, 'invoices')];
}

/** Families of the named customers (for mutations). */
export function familiesOf(customerIds: readonly string[], ...families: CustomerFamily[]): string[] {
  return customerIds.flatMap((customerId) => families.map((family) => tags.family(customerId, family)));
}

function stringField(record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
