import { z } from 'zod';
import { notFound } from '../http/errors.js';
import { paginate } from '../http/pagination.js';
import { id, parseBody } from '../http/validation.js';
import { customerAlertView } from '../store/customer-alert-view.js';
import { pairKey, type Organization } from '../store/organization.js';
import type { AlertRecord, CustomerRecord } from '../store/records.js';
import type { RouteModule } from './context.js';

const entity = z.enum(['Contract', 'Commit', 'ContractCredit', 'ContractCreditOrCommit']);
const filter = z.strictObject({ entity, key: z.string().min(1), value: z.string() });

const getCustomerAlert = z.strictObject({
  customer_id: id,
  alert_id: id,
  group_values: z.array(z.strictObject({ key: z.string().min(1), value: z.string() })).optional(),
  seat_filter: z.strictObject({ seat_group_key: z.string().min(1), seat_group_value: z.string() }).optional(),
  alert_specifiers: z
    .array(
      z.strictObject({
        custom_field_filters: z.array(filter),
        exclude: z.array(z.strictObject({ custom_field_filters: z.array(filter).optional() })).optional(),
      }),
    )
    .optional(),
  plans_or_contracts: z.enum(['PLANS', 'CONTRACTS']).optional(),
});

const alertStatus = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(['ENABLED', 'DISABLED', 'ARCHIVED'], { error: 'must be ENABLED, DISABLED or ARCHIVED' }));

const listCustomerAlerts = z.strictObject({
  customer_id: id,
  alert_statuses: z.array(alertStatus).min(1).optional(),
});

const resetCustomerAlert = z.strictObject({ customer_id: id, alert_id: id });

/** The customer and the notification of a pair; 404 when either is missing or the notification targets another customer. */
function pairOf(org: Organization, customerId: string, alertId: string): { customer: CustomerRecord; alert: AlertRecord } {
  const customer = org.customer(customerId);
  const alert = org.alert(alertId);
  if (alert.customerId !== undefined && alert.customerId !== customerId) {
    throw notFound(`Alert ${alertId} does not apply to customer ${customerId}`);
  }
  return { customer, alert };
}

export const customerAlertRoutes: RouteModule = ({ customerAlertsPageSize, clock }) => [
  {
    method: 'POST',
    path: '/v1/customer-alerts/get',
    handler: ({ org, body }) => {
      const input = parseBody(getCustomerAlert, body);
      const { customer, alert } = pairOf(org, input.customer_id, input.alert_id);
      return { body: { data: customerAlertView(org, alert, customer, input.group_values) } };
    },
  },
  {
    method: 'POST',
    path: '/v1/customer-alerts/list',
    handler: ({ org, body, query }) => {
      query.rejectUnknown(['next_page']);
      const input = parseBody(listCustomerAlerts, body);
      const customer = org.customer(input.customer_id);
      const statuses = new Set((input.alert_statuses ?? ['ENABLED']).map((status) => status.toLowerCase()));
      const matching = org.alertsFor(customer.detail.id).filter((alert) => statuses.has(alert.alert.status));
      const { page, nextPage } = paginate(matching, {
        cursor: query.string('next_page'),
        limit: customerAlertsPageSize,
        list: 'customer-alerts',
      });
      return { body: { data: page.map((alert) => customerAlertView(org, alert, customer)), next_page: nextPage } };
    },
  },
  {
    method: 'POST',
    path: '/v1/customer-alerts/reset',
    handler: ({ org, body }) => {
      const input = parseBody(resetCustomerAlert, body);
      const { customer, alert } = pairOf(org, input.customer_id, input.alert_id);
      // Forget every evaluated state of the pair (all group values); the engine re-evaluates.
      const prefix = pairKey(alert.alert.id, customer.detail.id);
      for (const key of [...org.pairs.keys()]) {
        if (key.startsWith(prefix)) {
          org.pairs.set(key, { status: 'evaluating', triggeredBy: null, updatedAt: clock.now().toISOString() });
        }
      }
      org.changed({ kind: 'reset', alertId: alert.alert.id, customerId: customer.detail.id });
      return {};
    },
  },
];
