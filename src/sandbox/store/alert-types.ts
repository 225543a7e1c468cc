import type { AlertType } from './records.js';

/** Every alert type Metronome reports, in the SDK's order. */
export const ALERT_TYPES = [
  'low_credit_balance_reached',
  'spend_threshold_reached',
  'monthly_invoice_total_spend_threshold_reached',
  'low_remaining_days_in_plan_reached',
  'low_remaining_credit_percentage_reached',
  'usage_threshold_reached',
  'low_remaining_days_for_commit_segment_reached',
  'low_remaining_commit_balance_reached',
  'low_remaining_commit_percentage_reached',
  'low_remaining_days_for_contract_credit_segment_reached',
  'low_remaining_contract_credit_balance_reached',
  'low_remaining_contract_credit_percentage_reached',
  'low_remaining_contract_credit_and_commit_balance_reached',
  'low_remaining_seat_balance_reached',
  'invoice_total_reached',
] as const satisfies readonly AlertType[];

/** Types that only exist for plan-based billing, which the sandbox does not model. */
export const PLAN_ONLY_ALERT_TYPES: readonly AlertType[] = [
  'low_credit_balance_reached',
  'low_remaining_days_in_plan_reached',
  'low_remaining_credit_percentage_reached',
];

export const PERCENTAGE_ALERT_TYPES: readonly AlertType[] = [
  'low_remaining_commit_percentage_reached',
  'low_remaining_contract_credit_percentage_reached',
  'low_remaining_credit_percentage_reached',
];

/** Types whose threshold is not money, and so carry no credit type. */
export const NON_MONETARY_ALERT_TYPES: readonly AlertType[] = [
  'usage_threshold_reached',
  'low_remaining_days_for_commit_segment_reached',
  'low_remaining_days_for_contract_credit_segment_reached',
  'low_remaining_days_in_plan_reached',
];
