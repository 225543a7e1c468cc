import type { CustomerAlert as WireCustomerAlert } from '../upstream/types.js';

/** Where a status change was learnt from. */
export type StatusSource = 'SNAPSHOT' | 'WEBHOOK' | 'POLL' | 'MUTATION';

/** A customer alert status as the schema names it (upstream's null is ARCHIVED). */
export type AlertStatus = 'OK' | 'IN_ALARM' | 'EVALUATING' | 'ARCHIVED';

/**
 * One transition of one (customer, notification) pair, as published to subscribers. Plain JSON,
 * because it may travel through Redis between instances.
 */
export interface StatusChangeEvent {
  tenant: string;
  customerId: string;
  alertId: string;
  previousStatus: AlertStatus | null;
  status: AlertStatus;
  /** ISO timestamp of when the gateway saw the change. */
  changedAt: string;
  source: StatusSource;
  /** The customer alert as upstream reported it after the change. */
  customerAlert: WireCustomerAlert;
}

/** Pub/sub channels: one per customer, and one per organization for boards that watch everyone. */
export type LiveTopics = {
  'alert-status': [key: string, event: StatusChangeEvent];
};

export const customerChannel = (tenant: string, customerId: string): string => `${tenant}:${customerId}`;
export const tenantChannel = (tenant: string): string => `${tenant}:*`;

export function statusOf(wire: WireCustomerAlert): AlertStatus {
  switch (wire.customer_status) {
    case 'ok':
      return 'OK';
    case 'in_alarm':
      return 'IN_ALARM';
    case 'evaluating':
      return 'EVALUATING';
    default:
      return 'ARCHIVED';
  }
}
