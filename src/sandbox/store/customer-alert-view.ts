import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import { groupValuesKey, pairKey, type Organization } from './organization.js';
import type { AlertRecord, CustomerRecord, PairState } from './records.js';

/** The state of a pair that has not been evaluated yet. */
function initialPairState(alert: AlertRecord, customer: CustomerRecord): PairState {
  const since = alert.createdAt > customer.detail.created_at ? alert.createdAt : customer.detail.created_at;
  return { status: 'evaluating', triggeredBy: null, updatedAt: since };
}

/** The wire `CustomerAlert` for one pair: archived notifications report `customer_status: null`. */
export function customerAlertView(
  org: Organization,
  alert: AlertRecord,
  customer: CustomerRecord,
  groupValues?: ReadonlyArray<{ key: string; value?: string }>,
): CustomerAlert {
  const state =
    org.pairs.get(pairKey(alert.alert.id, customer.detail.id, groupValuesKey(groupValues))) ?? initialPairState(alert, customer);
  const archived = alert.alert.status === 'archived';
  return {
    customer_status: archived ? null : state.status,
    triggered_by: archived ? null : state.triggeredBy,
    alert: { ...alert.alert, updated_at: state.updatedAt },
  };
}
