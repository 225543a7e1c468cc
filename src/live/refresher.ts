import type { PubSub } from 'graphql-yoga';
import type { MetronomeClient } from '../upstream/client.js';
import type { CustomerAlert as WireCustomerAlert } from '../upstream/types.js';
import { customerChannel, statusOf, tenantChannel, type LiveTopics, type StatusChangeEvent, type StatusSource } from './events.js';
import { UNCHANGED, type LiveStore } from './store.js';

/** Every notification, whatever its status, so that archiving and disabling are noticed too. */
const ALL_STATUSES: Array<'ENABLED' | 'DISABLED' | 'ARCHIVED'> = ['ENABLED', 'DISABLED', 'ARCHIVED'];

/**
 * Asks upstream for a customer's current alert statuses, compares them with the last known ones
 * and publishes only the transitions. Whoever calls it (webhook, poller, mutation, a new
 * subscriber), the shared store makes each transition publish once.
 */
export class StatusRefresher {
  /**
   * Per customer: the last refresh started or queued, and the queued one not started yet.
   * Refreshes of one customer run one after the other (so an older read never overwrites a newer
   * one), and triggers arriving while one waits share it (a burst costs one more upstream walk).
   */
  private readonly lanes = new Map<string, { tail: Promise<WireCustomerAlert[]>; queued: Promise<WireCustomerAlert[]> | undefined }>();

  constructor(
    private readonly store: LiveStore,
    private readonly pubsub: PubSub<LiveTopics>,
    private readonly onRefresh?: (source: StatusSource, transitions: number) => void,
    /** Awaited before a customer's transitions are published (the read cache retires its statuses). */
    private readonly beforePublish?: (tenant: string, customerId: string, source: StatusSource) => Promise<void>,
  ) {}

  /**
   * Refreshes one customer; answers the customer's alerts as upstream reported them.
   * `announcedAlertId`: the notification a webhook was about; its status is news even when no
   * previous status is known.
   */
  refresh(
    tenant: string,
    client: MetronomeClient,
    customerId: string,
    source: StatusSource,
    announcedAlertId?: string,
  ): Promise<WireCustomerAlert[]> {
    const key = `${tenant}:${customerId}`;
    const lane = this.lanes.get(key) ?? { tail: Promise.resolve([]), queued: undefined };
    if (lane.queued) return lane.queued;
    const next: Promise<WireCustomerAlert[]> = lane.tail
      .catch(() => [])
      .then(() => {
        if (lane.queued === next) lane.queued = undefined;
        return this.run(tenant, client, customerId, source, announcedAlertId);
      });
    lane.queued = next;
    lane.tail = next;
    this.lanes.set(key, lane);
    next
      .finally(() => {
        if (lane.tail === next) this.lanes.delete(key);
      })
      .catch(() => undefined);
    return next;
  }

  private async run(
    tenant: string,
    client: MetronomeClient,
    customerId: string,
    source: StatusSource,
    announcedAlertId: string | undefined,
  ): Promise<WireCustomerAlert[]> {
    const alerts: WireCustomerAlert[] = [];
    for await (const alert of client.allCustomerAlerts({ customer_id: customerId, alert_statuses: ALL_STATUSES })) alerts.push(alert);

    // Whether this customer was looked at before (and the store still knows it): then a pair with
    // no history is a new notification, news whatever its status.
    const customerKnown = (await this.store.swapStatus(`${tenant}:${customerId}:baseline`, 'seen')) !== null;
    const events: StatusChangeEvent[] = [];
    for (const wire of alerts) {
      const status = statusOf(wire);
      const previous = await this.store.swapStatus(`${tenant}:${customerId}:${wire.alert.id}`, status);
      if (previous === UNCHANGED) continue;
      if (previous === null && !customerKnown && !isNewsWithoutHistory(status, wire.alert.id === announcedAlertId)) continue;
      const event: StatusChangeEvent = {
        tenant,
        customerId,
        alertId: wire.alert.id,
        previousStatus: previous as StatusChangeEvent['previousStatus'],
        status,
        changedAt: new Date().toISOString(),
        source: source === 'SNAPSHOT' ? 'POLL' : source,
        customerAlert: wire,
      };
      events.push(event);
    }
    // A query made after an event must not read a status older than the event's.
    if (events.length > 0) await this.beforePublish?.(tenant, customerId, source);
    for (const event of events) {
      this.pubsub.publish('alert-status', customerChannel(tenant, customerId), event);
      this.pubsub.publish('alert-status', tenantChannel(tenant), event);
    }
    this.onRefresh?.(source, events.length);
    return alerts;
  }
}

/**
 * Whether a status is published when nothing is known of its customer: never looked at before, or
 * its history lost (Redis flushed or restarted, keys expired) and not remembered by this instance.
 * A missing history must never eat a real transition, so an alarm (anything but OK or ARCHIVED) is
 * published, with previous status null. OK and ARCHIVED are resting states: announcing them for
 * every pair of every customer looked at for the first time would be noise. A pair a webhook
 * announced is news whatever its status.
 */
function isNewsWithoutHistory(status: string, announced: boolean): boolean {
  return announced || (status !== 'OK' && status !== 'ARCHIVED');
}
