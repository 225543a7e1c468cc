import type { CustomerAlert as WireCustomerAlert } from '../upstream/types.js';
import { builder } from './builder.js';

/** A threshold notification's configuration, as upstream reports it inside a customer alert. */
export type NotificationShape = WireCustomerAlert['alert'];

const upper = (value: string): string => value.toUpperCase();

/** Every upstream alert type, in upstream's order. */
const NOTIFICATION_TYPES = [
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
] as const satisfies ReadonlyArray<NotificationShape['type']>;

const TYPE_DESCRIPTIONS: Record<(typeof NOTIFICATION_TYPES)[number], string> = {
  low_credit_balance_reached: 'Plan-based billing: credit grant balance at or below the threshold.',
  spend_threshold_reached: 'Usage spend in the current billing period (before commits and credits) at or above the threshold.',
  monthly_invoice_total_spend_threshold_reached: "The month's invoice total at or above the threshold.",
  low_remaining_days_in_plan_reached: 'Plan-based billing: days left in the plan at or below the threshold.',
  low_remaining_credit_percentage_reached: 'Plan-based billing: share of credit left at or below the threshold (percent).',
  usage_threshold_reached: 'Usage of one billable metric in the current billing period at or above the threshold.',
  low_remaining_days_for_commit_segment_reached: "Days left in a commit's current segment at or below the threshold.",
  low_remaining_commit_balance_reached: 'Remaining balance across active commits at or below the threshold.',
  low_remaining_commit_percentage_reached: 'Share of active commits left at or below the threshold (percent).',
  low_remaining_days_for_contract_credit_segment_reached: "Days left in a credit's current segment at or below the threshold.",
  low_remaining_contract_credit_balance_reached: 'Remaining balance across active credits at or below the threshold.',
  low_remaining_contract_credit_percentage_reached: 'Share of active credits left at or below the threshold (percent).',
  low_remaining_contract_credit_and_commit_balance_reached:
    'Remaining balance across commits and credits together at or below the threshold.',
  low_remaining_seat_balance_reached: "A seat group's remaining balance at or below the threshold.",
  invoice_total_reached: "An active invoice's total at or above the threshold.",
};

export const ThresholdNotificationType = builder.enumType('ThresholdNotificationType', {
  description: 'What a threshold notification measures. Plan-only types exist for older plan-based billing.',
  values: Object.fromEntries(
    NOTIFICATION_TYPES.map((type) => [upper(type), { value: type, description: TYPE_DESCRIPTIONS[type] }]),
  ) as Record<Uppercase<(typeof NOTIFICATION_TYPES)[number]>, { value: (typeof NOTIFICATION_TYPES)[number]; description: string }>,
});

export const ThresholdNotificationStatus = builder.enumType('ThresholdNotificationStatus', {
  description: 'Whether a threshold notification is being evaluated.',
  values: {
    ENABLED: { value: 'enabled', description: 'Evaluated as usage and balances change.' },
    DISABLED: { value: 'disabled', description: 'Kept, but not evaluated.' },
    ARCHIVED: { value: 'archived', description: 'Permanently stopped; still readable.' },
  } as const,
});

export const CustomFieldEntity = builder.enumType('CustomFieldEntity', {
  description: 'Which kind of object a custom-field filter looks at.',
  values: {
    CONTRACT: { value: 'Contract' },
    COMMIT: { value: 'Commit' },
    CONTRACT_CREDIT: { value: 'ContractCredit' },
    CONTRACT_CREDIT_OR_COMMIT: { value: 'ContractCreditOrCommit' },
  } as const,
});

export const CreditType = builder.objectRef<{ id: string; name: string }>('CreditType').implement({
  description: 'The unit money is counted in, e.g. "USD (cents)" or a custom pricing unit.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Metronome id of the credit type.' }),
    name: t.exposeString('name', { description: 'Display name, e.g. "USD (cents)".' }),
  }),
});

const CustomFieldFilter = builder.objectRef<{ entity: string; key: string; value?: string }>('CustomFieldFilter').implement({
  description: 'Restricts a notification to objects whose custom field matches.',
  fields: (t) => ({
    entity: t.field({ type: CustomFieldEntity, resolve: (filter) => filter.entity as 'Contract' }),
    key: t.exposeString('key'),
    value: t.exposeString('value', { nullable: true, description: 'Null means any value of the key.' }),
  }),
});

const GroupValue = builder.objectRef<{ key: string; value?: string }>('GroupValue').implement({
  description: 'A dimension of usage (e.g. region = "eu") a spend notification is scoped to.',
  fields: (t) => ({
    key: t.exposeString('key'),
    value: t.exposeString('value', { nullable: true, description: 'Null means one evaluation per value of the key.' }),
  }),
});

const SeatFilter = builder.objectRef<{ seat_group_key: string; seat_group_value?: string }>('SeatFilter').implement({
  description: 'The seat group a seat-balance notification watches.',
  fields: (t) => ({
    seatGroupKey: t.exposeString('seat_group_key'),
    seatGroupValue: t.exposeString('seat_group_value', { nullable: true }),
  }),
});

interface SpecifierShape {
  custom_field_filters?: Array<{ entity: string; key: string; value?: string }>;
  exclude?: Array<{ custom_field_filters?: Array<{ entity: string; key: string; value?: string }> }>;
}

const AlertSpecifier = builder.objectRef<SpecifierShape>('AlertSpecifier').implement({
  description: 'Which commits and credits a combined balance notification counts: filters to include, and to exclude.',
  fields: (t) => ({
    customFieldFilters: t.field({ type: [CustomFieldFilter], resolve: (spec) => spec.custom_field_filters ?? [] }),
    exclude: t.field({
      type: [CustomFieldFilter],
      description: 'Objects matching any of these are left out.',
      resolve: (spec) => (spec.exclude ?? []).flatMap((item) => item.custom_field_filters ?? []),
    }),
  }),
});

export const ThresholdNotification = builder.objectRef<NotificationShape>('ThresholdNotification').implement({
  description:
    'A threshold notification ("alert" in Metronome\'s API): a condition evaluated per customer, which fires a webhook when a customer crosses it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Metronome id of the notification.' }),
    name: t.exposeString('name'),
    type: t.field({ type: ThresholdNotificationType, resolve: (alert) => alert.type }),
    status: t.field({ type: ThresholdNotificationStatus, resolve: (alert) => alert.status }),
    threshold: t.exposeFloat('threshold', {
      description: 'Money in the credit type’s unit (10000 = $100 in USD cents), a count, days, or a percentage — by type.',
    }),
    creditType: t.field({ type: CreditType, nullable: true, resolve: (alert) => alert.credit_type ?? null }),
    updatedAt: t.field({
      type: 'DateTime',
      description: "When this customer's status for the notification last changed.",
      resolve: (alert) => alert.updated_at,
    }),
    uniquenessKey: t.exposeString('uniqueness_key', { nullable: true }),
    creditGrantTypeFilters: t.stringList({ nullable: true, resolve: (alert) => alert.credit_grant_type_filters ?? null }),
    customFieldFilters: t.field({ type: [CustomFieldFilter], nullable: true, resolve: (alert) => alert.custom_field_filters ?? null }),
    groupKeyFilter: t.field({ type: GroupValue, nullable: true, resolve: (alert) => alert.group_key_filter ?? null }),
    groupValues: t.field({ type: [GroupValue], nullable: true, resolve: (alert) => alert.group_values ?? null }),
    invoiceTypesFilter: t.stringList({ nullable: true, resolve: (alert) => alert.invoice_types_filter ?? null }),
    seatFilter: t.field({ type: SeatFilter, nullable: true, resolve: (alert) => alert.seat_filter ?? null }),
    alertSpecifiers: t.field({ type: [AlertSpecifier], nullable: true, resolve: (alert) => alert.alert_specifiers ?? null }),
  }),
});
