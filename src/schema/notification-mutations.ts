import { UpstreamNotFoundError } from '../upstream/errors.js';
import type { AlertCreateParams } from '../upstream/types.js';
import { builder } from './builder.js';
import { perParent, upstreamCost } from './cost.js';
import type { GatewayContext } from './context.js';
import { CustomerAlert } from './customer-alert.js';
import { GroupValueInput, loadCustomerAlert } from './customer.js';
import { notFound } from './errors.js';
import { familiesOf } from '../cache/invalidation.js';
import { tags } from '../cache/tags.js';
import { adminOnly } from './auth-scopes.js';
import { changeUpstream, refreshAfterMutation } from './guards.js';
import { parseCustomerId, parseUuid } from './ids.js';
import { inputRule, nonBlank, nonNegative, uniquenessKeyRule } from './input-rules.js';
import { CustomFieldEntity, ThresholdNotificationType } from './notification.js';

type NotificationType = AlertCreateParams['alert_type'];

const PLAN_ONLY: readonly NotificationType[] = [
  'low_credit_balance_reached',
  'low_remaining_days_in_plan_reached',
  'low_remaining_credit_percentage_reached',
];
const PERCENTAGE: readonly NotificationType[] = [
  'low_remaining_commit_percentage_reached',
  'low_remaining_contract_credit_percentage_reached',
];

/** Input fields that belong to one notification type only: `field → type`. */
const TYPE_BOUND: ReadonlyArray<[keyof CreateInput, NotificationType]> = [
  ['billableMetricId', 'usage_threshold_reached'],
  ['seatFilter', 'low_remaining_seat_balance_reached'],
  ['groupValues', 'spend_threshold_reached'],
  ['groupKeyFilter', 'spend_threshold_reached'],
  ['invoiceTypesFilter', 'invoice_total_reached'],
];

const GroupValueFilterInput = builder.inputType('GroupValueFilterInput', {
  description: 'A usage dimension a spend notification is scoped to; leave `value` out for one evaluation per value.',
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: false }) }),
});

const SeatFilterCreateInput = builder.inputType('SeatFilterCreateInput', {
  description: 'The seat group a seat-balance notification watches.',
  fields: (t) => ({ seatGroupKey: t.string({ required: true }), seatGroupValue: t.string({ required: false }) }),
});

const CustomFieldFilterInput = builder.inputType('CustomFieldFilterInput', {
  description: 'Restricts a notification to objects whose custom field has this value.',
  fields: (t) => ({
    entity: t.field({ type: CustomFieldEntity, required: true }),
    key: t.string({ required: true }),
    value: t.string({ required: true }),
  }),
});

const CreateThresholdNotificationInput = builder.inputType('CreateThresholdNotificationInput', {
  description: 'A new threshold notification. Leave `customerId` out to watch every customer, including future ones.',
  fields: (t) => ({
    type: t.field({ type: ThresholdNotificationType, required: true }),
    name: t.string({ required: true, validate: nonBlank('name') }),
    threshold: t.float({
      required: true,
      description: 'Money in the credit type’s unit, a count, days or a percentage (0–100), by type.',
      validate: nonNegative('threshold'),
    }),
    customerId: t.id({ required: false }),
    billableMetricId: t.id({ required: false, description: 'Required for USAGE_THRESHOLD_REACHED.' }),
    creditTypeId: t.id({ required: false, description: 'Defaults to USD (cents).' }),
    uniquenessKey: t.string({
      required: false,
      description: '1–128 characters; a second create with the same key is a CONFLICT.',
      validate: uniquenessKeyRule,
    }),
    evaluateOnCreate: t.boolean({ required: false, description: 'Default true: customers already over the threshold fire at once.' }),
    groupValues: t.field({ type: [GroupValueFilterInput], required: false }),
    groupKeyFilter: t.field({ type: GroupValueInput, required: false }),
    invoiceTypesFilter: t.stringList({ required: false }),
    seatFilter: t.field({ type: SeatFilterCreateInput, required: false, description: 'Required for LOW_REMAINING_SEAT_BALANCE_REACHED.' }),
    customFieldFilters: t.field({ type: [CustomFieldFilterInput], required: false }),
    idempotencyKey: t.string({
      required: false,
      description:
        'Send the same value when retrying this mutation yourself: Metronome then answers the first attempt again instead of creating twice.',
    }),
  }),
});

type CreateInput = typeof CreateThresholdNotificationInput.$inferInput;

/**
 * The rules across fields that Metronome enforces, checked here first so the error names the
 * GraphQL field (single-field rules are declared on the fields above).
 */
function notificationProblem(input: CreateInput): { message: string; field: string } | undefined {
  const type = input.type;
  if (PLAN_ONLY.includes(type))
    return { message: `type ${type.toUpperCase()} applies to plan-based billing and cannot be created here`, field: 'type' };
  if (PERCENTAGE.includes(type) && input.threshold > 100)
    return { message: 'threshold is a percentage here: 0 to 100', field: 'threshold' };
  for (const [field, allowed] of TYPE_BOUND) {
    if (input[field] != null && type !== allowed)
      return { message: `${field} applies only to ${allowed.toUpperCase()} notifications`, field };
  }
  if (type === 'usage_threshold_reached' && input.billableMetricId == null) {
    return { message: 'billableMetricId is required for USAGE_THRESHOLD_REACHED', field: 'billableMetricId' };
  }
  if (type === 'low_remaining_seat_balance_reached' && input.seatFilter == null) {
    return { message: 'seatFilter is required for LOW_REMAINING_SEAT_BALANCE_REACHED', field: 'seatFilter' };
  }
  return undefined;
}

function toCreateParams(input: CreateInput, customerId: string | undefined): AlertCreateParams {
  return {
    alert_type: input.type,
    name: input.name,
    threshold: input.threshold,
    ...(customerId !== undefined && { customer_id: customerId }),
    ...(input.billableMetricId != null && { billable_metric_id: parseUuid(String(input.billableMetricId), 'billableMetricId') }),
    ...(input.creditTypeId != null && { credit_type_id: parseUuid(String(input.creditTypeId), 'creditTypeId') }),
    ...(input.uniquenessKey != null && { uniqueness_key: input.uniquenessKey }),
    ...(input.evaluateOnCreate != null && { evaluate_on_create: input.evaluateOnCreate }),
    ...(input.groupValues != null && {
      group_values: input.groupValues.map((group) => ({ key: group.key, ...(group.value != null && { value: group.value }) })),
    }),
    ...(input.invoiceTypesFilter != null && { invoice_types_filter: input.invoiceTypesFilter }),
    ...(input.seatFilter != null && {
      seat_filter: {
        seat_group_key: input.seatFilter.seatGroupKey,
        ...(input.seatFilter.seatGroupValue != null && { seat_group_value: input.seatFilter.seatGroupValue }),
      },
    }),
    ...(input.customFieldFilters != null && { custom_field_filters: input.customFieldFilters }),
    ...(input.groupKeyFilter != null && { group_key_filter: input.groupKeyFilter }),
  } as AlertCreateParams;
}

const CreateThresholdNotificationPayload = builder
  .objectRef<{ id: string; customerId: string | undefined }>('CreateThresholdNotificationPayload')
  .implement({
    description: 'The new notification.',
    fields: (t) => ({
      thresholdNotificationId: t.exposeID('id', { description: 'Metronome id of the new notification.' }),
      customerAlert: t.field({
        extensions: upstreamCost(perParent(1)),
        type: CustomerAlert,
        nullable: true,
        description: 'The notification as it stands for its customer, when it was created for one.',
        resolve: (payload, _args, ctx) =>
          payload.customerId === undefined ? null : loadCustomerAlert(ctx, payload.customerId, payload.id, null, null),
      }),
    }),
  });

const ArchiveThresholdNotificationInput = builder.inputType('ArchiveThresholdNotificationInput', {
  description: 'Which notification to archive. Archiving cannot be undone.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Metronome id of the notification.' }),
    releaseUniquenessKey: t.boolean({ required: false, description: 'Free its uniqueness key for a new notification.' }),
  }),
});

const ArchiveThresholdNotificationPayload = builder.objectRef<{ id: string }>('ArchiveThresholdNotificationPayload').implement({
  description: 'The archived notification.',
  fields: (t) => ({ thresholdNotificationId: t.exposeID('id') }),
});

const ResetCustomerAlertInput = builder.inputType('ResetCustomerAlertInput', {
  description: 'The customer and notification whose evaluation state to clear.',
  fields: (t) => ({
    customerId: t.id({ required: true, description: 'Global ID or Metronome UUID.' }),
    alertId: t.id({ required: true, description: 'Metronome id of the notification.' }),
  }),
});

const ResetCustomerAlertPayload = builder.objectRef<{ customerId: string; alertId: string }>('ResetCustomerAlertPayload').implement({
  description: 'The customer alert after its reset.',
  fields: (t) => ({
    customerAlert: t.field({
      extensions: upstreamCost(perParent(1)),
      type: CustomerAlert,
      nullable: true,
      description: 'The status right after the reset: EVALUATING until Metronome has re-evaluated the pair.',
      resolve: (payload, _args, ctx) => loadCustomerAlert(ctx, payload.customerId, payload.alertId, null, null),
    }),
  }),
});

function mutationOptions(ctx: GatewayContext, idempotencyKey: string | null | undefined) {
  return { signal: ctx.signal, ...(idempotencyKey != null && { idempotencyKey }) };
}

builder.mutationFields((t) => ({
  createThresholdNotification: t.field({
    extensions: upstreamCost(perParent(2)),
    type: CreateThresholdNotificationPayload,
    description: 'Creates a threshold notification (admin only).',
    ...adminOnly('create threshold notifications'),
    args: { input: t.arg({ type: CreateThresholdNotificationInput, required: true }) },
    validate: inputRule<{ input: CreateInput }>(({ input }) => notificationProblem(input)),
    resolve: async (_root, { input }, ctx) => {
      const customerId = input.customerId == null ? undefined : parseCustomerId(String(input.customerId), 'customerId');
      // A notification for every customer changes every customer's alert list.
      const retire = customerId === undefined ? [tags.allAlerts] : familiesOf([customerId], 'alerts');
      const created = await changeUpstream(ctx, retire, () =>
        ctx.upstream.createAlert(toCreateParams(input, customerId), mutationOptions(ctx, input.idempotencyKey)),
      );
      refreshAfterMutation(ctx, customerId === undefined ? ctx.live.poller.watchedCustomers(ctx.viewer.tenant) : [customerId]);
      return { id: created.id, customerId };
    },
  }),
  archiveThresholdNotification: t.field({
    extensions: upstreamCost(perParent(1)),
    type: ArchiveThresholdNotificationPayload,
    description: 'Archives a threshold notification for good (admin only).',
    ...adminOnly('archive threshold notifications'),
    args: { input: t.arg({ type: ArchiveThresholdNotificationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = parseUuid(String(input.id), 'id');
      const archived = await changeUpstream(ctx, [tags.allAlerts, tags.notification(id)], () =>
        ctx.upstream.archiveAlert(
          { id, ...(input.releaseUniquenessKey != null && { release_uniqueness_key: input.releaseUniquenessKey }) },
          mutationOptions(ctx, undefined),
        ),
      );
      refreshAfterMutation(ctx, ctx.live.poller.watchedCustomers(ctx.viewer.tenant));
      return { id: archived.id };
    },
  }),
  resetCustomerAlert: t.field({
    extensions: upstreamCost(perParent(2)),
    type: ResetCustomerAlertPayload,
    description: "Clears a customer's evaluation state for one notification; Metronome re-evaluates it, and may notify again.",
    args: { input: t.arg({ type: ResetCustomerAlertInput, required: true }) },
    authScopes: (_root, { input }) => ({ customer: String(input.customerId) }),
    resolve: async (_root, { input }, ctx) => {
      const customerId = parseCustomerId(String(input.customerId), 'customerId');
      const alertId = parseUuid(String(input.alertId), 'alertId');
      try {
        await changeUpstream(ctx, familiesOf([customerId], 'alerts'), () =>
          ctx.upstream.resetCustomerAlert({ customer_id: customerId, alert_id: alertId }, mutationOptions(ctx, undefined)),
        );
      } catch (error) {
        // Upstream words "no such notification" and "another customer's notification" apart;
        // the client gets one wording for both, so a reset cannot probe what exists.
        if (error instanceof UpstreamNotFoundError) throw notFound(`No alert ${alertId} for customer ${customerId}`);
        throw error;
      }
      refreshAfterMutation(ctx, [customerId]);
      return { customerId, alertId };
    },
  }),
}));
