import type { CustomerDetail, CustomerAlert as WireCustomerAlert } from '../upstream/types.js';
import { statusOf } from '../live/events.js';
import { builder } from './builder.js';
import { ThresholdNotification } from './notification.js';

/** One threshold notification as it stands for one customer. */
export interface CustomerAlertShape {
  customerId: string;
  wire: WireCustomerAlert;
  /**
   * The customer, when it is already being fetched for everyone: a subscription event fanned out
   * to many subscribers loads its customer once, not once per subscriber.
   */
  sharedCustomer?: () => Promise<CustomerDetail | null>;
}

export const CustomerAlertStatus = builder.enumType('CustomerAlertStatus', {
  description: 'Where a customer stands against one threshold notification.',
  values: {
    OK: { description: 'The condition is not met.' },
    IN_ALARM: { description: 'The condition is met: the threshold has been crossed.' },
    EVALUATING: { description: 'Not evaluated yet (e.g. the notification or the customer is new, or it was reset).' },
    ARCHIVED: { description: 'The notification is archived and no longer evaluated (upstream reports null).' },
  } as const,
});

export const CustomerAlert = builder.objectRef<CustomerAlertShape>('CustomerAlert');

// `customer` is added in customer.ts, next to the Customer type it returns.
CustomerAlert.implement({
  description: "A threshold notification's status for one customer, with the notification's configuration.",
  fields: (t) => ({
    customerStatus: t.field({ type: CustomerAlertStatus, resolve: (item) => statusOf(item.wire) }),
    triggeredBy: t.string({
      nullable: true,
      description: 'What made the notification fire (e.g. "usage"), when upstream says.',
      resolve: (item) => item.wire.triggered_by ?? null,
    }),
    notification: t.field({ type: ThresholdNotification, resolve: (item) => item.wire.alert }),
  }),
});
