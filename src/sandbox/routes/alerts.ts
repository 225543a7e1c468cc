import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { UNIQUENESS_KEY_USED, badRequest, conflict } from '../http/errors.js';
import { id, parseBody } from '../http/validation.js';
import { ALERT_TYPES, NON_MONETARY_ALERT_TYPES, PERCENTAGE_ALERT_TYPES, PLAN_ONLY_ALERT_TYPES } from '../store/alert-types.js';
import { USD_CENTS_ID, type Organization } from '../store/organization.js';
import type { AlertRecord } from '../store/records.js';
import type { RouteModule } from './context.js';

const entity = z.enum(['Contract', 'Commit', 'ContractCredit', 'ContractCreditOrCommit']);
const customFieldFilter = z.strictObject({ entity, key: z.string().min(1), value: z.string() });

const createAlert = z.strictObject({
  alert_type: z.enum(ALERT_TYPES),
  name: z.string().min(1),
  threshold: z.number(),
  uniqueness_key: z.string().min(1).max(128).optional(),
  customer_id: id.optional(),
  plan_id: id.optional(),
  credit_type_id: id.optional(),
  billable_metric_id: id.optional(),
  evaluate_on_create: z.boolean().optional(),
  credit_grant_type_filters: z.array(z.string()).optional(),
  custom_field_filters: z.array(customFieldFilter).optional(),
  group_key_filter: z.strictObject({ key: z.string().min(1), value: z.string() }).optional(),
  group_values: z
    .array(z.strictObject({ key: z.string().min(1), value: z.string().optional() }))
    .min(1)
    .optional(),
  invoice_types_filter: z.array(z.string().min(1)).min(1).optional(),
  seat_filter: z.strictObject({ seat_group_key: z.string().min(1), seat_group_value: z.string().optional() }).optional(),
  alert_specifiers: z
    .array(
      z.strictObject({
        custom_field_filters: z.array(z.strictObject({ entity, key: z.string().min(1), value: z.string().optional() })).optional(),
        exclude: z.array(z.strictObject({ custom_field_filters: z.array(customFieldFilter).optional() })).optional(),
      }),
    )
    .optional(),
});

type CreateAlert = z.infer<typeof createAlert>;

const archiveAlert = z.strictObject({ id, release_uniqueness_key: z.boolean().optional() });

/** Fields that only make sense for one alert type: `field → the type that allows it`. */
const TYPE_BOUND_FIELDS: ReadonlyArray<[keyof CreateAlert, CreateAlert['alert_type']]> = [
  ['billable_metric_id', 'usage_threshold_reached'],
  ['seat_filter', 'low_remaining_seat_balance_reached'],
  ['group_values', 'spend_threshold_reached'],
  ['group_key_filter', 'spend_threshold_reached'],
  ['invoice_types_filter', 'invoice_total_reached'],
  ['alert_specifiers', 'low_remaining_contract_credit_and_commit_balance_reached'],
];

/** The rules Metronome applies per alert type, checked before anything is stored. */
function checkTypeRules(org: Organization, input: CreateAlert): void {
  const type = input.alert_type;
  if (PLAN_ONLY_ALERT_TYPES.includes(type)) {
    throw badRequest(`alert_type: ${type} applies to plan-based billing, which this sandbox does not model`);
  }
  if (input.plan_id !== undefined) throw badRequest('plan_id: plan-based notifications are not supported by this sandbox');
  if (input.credit_grant_type_filters !== undefined) {
    throw badRequest('credit_grant_type_filters: only allowed for plan credit-balance notifications');
  }
  for (const [field, allowedType] of TYPE_BOUND_FIELDS) {
    if (input[field] !== undefined && type !== allowedType) {
      throw badRequest(`${field}: only allowed for ${allowedType} notifications`);
    }
  }
  if (type === 'usage_threshold_reached' && input.billable_metric_id === undefined) {
    throw badRequest('billable_metric_id is required for usage_threshold_reached notifications');
  }
  if (type === 'low_remaining_seat_balance_reached' && input.seat_filter === undefined) {
    throw badRequest('seat_filter is required for low_remaining_seat_balance_reached notifications');
  }
  if (!Number.isFinite(input.threshold) || input.threshold < 0) throw badRequest('threshold must be a number of at least 0');
  if (PERCENTAGE_ALERT_TYPES.includes(type) && input.threshold > 100) {
    throw badRequest('threshold: percentage notifications take a value from 0 to 100');
  }
  if (input.customer_id !== undefined) org.customer(input.customer_id);
  if (input.billable_metric_id !== undefined) org.billableMetric(input.billable_metric_id);
  if (input.credit_type_id !== undefined) org.creditType(input.credit_type_id);
  if (input.uniqueness_key !== undefined && org.alertKeys.has(input.uniqueness_key)) throw conflict(UNIQUENESS_KEY_USED);
}

export const alertRoutes: RouteModule = ({ clock }) => [
  {
    method: 'POST',
    path: '/v1/alerts/create',
    handler: ({ org, body }) => {
      const input = parseBody(createAlert, body);
      checkTypeRules(org, input);
      const alertId = randomUUID();
      const creditType = NON_MONETARY_ALERT_TYPES.includes(input.alert_type) ? null : org.creditType(input.credit_type_id ?? USD_CENTS_ID);
      const record: AlertRecord = {
        seq: org.nextSeq(),
        alert: {
          id: alertId,
          name: input.name,
          type: input.alert_type,
          status: 'enabled',
          threshold: input.threshold,
          credit_type: creditType ? { id: creditType.id, name: creditType.name } : null,
          ...(input.uniqueness_key !== undefined && { uniqueness_key: input.uniqueness_key }),
          ...(input.custom_field_filters !== undefined && { custom_field_filters: input.custom_field_filters }),
          ...(input.group_key_filter !== undefined && { group_key_filter: input.group_key_filter }),
          ...(input.group_values !== undefined && { group_values: input.group_values }),
          ...(input.invoice_types_filter !== undefined && { invoice_types_filter: input.invoice_types_filter }),
          ...(input.seat_filter !== undefined && { seat_filter: input.seat_filter }),
          ...(input.alert_specifiers !== undefined && { alert_specifiers: input.alert_specifiers }),
        },
        ...(input.customer_id !== undefined && { customerId: input.customer_id }),
        ...(input.billable_metric_id !== undefined && { billableMetricId: input.billable_metric_id }),
        evaluateOnCreate: input.evaluate_on_create ?? true,
        createdAt: clock.now().toISOString(),
        params: input,
      };
      org.addAlert(record);
      if (input.uniqueness_key !== undefined) org.alertKeys.set(input.uniqueness_key, alertId);
      org.changed({ kind: 'alert', alertId });
      return { body: { data: { id: alertId } } };
    },
  },
  {
    method: 'POST',
    path: '/v1/alerts/archive',
    handler: ({ org, body }) => {
      const input = parseBody(archiveAlert, body);
      const record = org.alert(input.id);
      const key = record.alert.uniqueness_key;
      if (input.release_uniqueness_key && key !== undefined && org.alertKeys.get(key) === record.alert.id) {
        org.alertKeys.delete(key);
      }
      if (record.alert.status !== 'archived') {
        record.alert = { ...record.alert, status: 'archived' };
        org.changed({ kind: 'alert', alertId: input.id });
      }
      return { body: { data: { id: input.id } } };
    },
  },
];
