import { z } from 'zod';
import { periodEnd } from '../billing/periods.js';
import { iso, windowsBetween, type WindowSize } from '../billing/windows.js';
import { badRequest } from '../http/errors.js';
import { paginate } from '../http/pagination.js';
import { id, parseBody, timestamp } from '../http/validation.js';
import type { RouteModule } from './context.js';

/** The sandbox's choice: upstream batches at most this many customers into one usage query. */
const MAX_USAGE_CUSTOMERS = 100;
/** Rows per page of `/v1/usage` (upstream has no `limit` there). */
const USAGE_ROWS_PER_PAGE = 1000;

const windowSize = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(['HOUR', 'DAY', 'NONE'], { error: 'must be HOUR, DAY or NONE' }));

const usageBatch = z.strictObject({
  customer_ids: z
    .array(id)
    .max(MAX_USAGE_CUSTOMERS, { error: `at most ${MAX_USAGE_CUSTOMERS} customers per query` })
    .optional(),
  billable_metrics: z
    .array(
      z.strictObject({
        id,
        group_by: z.strictObject({ key: z.string(), values: z.array(z.string().min(1)).min(1).max(200).optional() }).optional(),
      }),
    )
    .optional(),
  window_size: windowSize,
  starting_on: timestamp,
  ending_before: timestamp,
});

type UsageBatch = z.infer<typeof usageBatch>;

const pagedUsage = z.strictObject({
  customer_id: id,
  billable_metric_id: id,
  window_size: windowSize,
  starting_on: timestamp.optional(),
  ending_before: timestamp.optional(),
  group_by: z.strictObject({ key: z.string(), values: z.array(z.string().min(1)).min(1).optional() }).optional(),
  group_key: z.array(z.string().min(1)).min(1).optional(),
  group_filters: z.record(z.string(), z.array(z.string().min(1))).optional(),
  current_period: z.boolean().optional(),
});

/** Aggregated usage per customer, billable metric and time window, read from the billing engine's running aggregates. */
export const usageRoutes: RouteModule = ({ clock, usageOf }) => [
  {
    method: 'POST',
    path: '/v1/usage',
    handler: ({ org, body, query }) => {
      query.rejectUnknown(['next_page']);
      const input = parseBody(usageBatch, body);
      const book = usageOf(org);
      const customerIds = input.customer_ids ?? [...org.customers.values()].filter((c) => !c.detail.archived_at).map((c) => c.detail.id);
      for (const customerId of customerIds) org.customer(customerId);
      const wanted: NonNullable<UsageBatch['billable_metrics']> =
        input.billable_metrics ?? [...org.billableMetrics.values()].filter((m) => !m.metric.archived_at).map((m) => ({ id: m.metric.id }));
      const metrics = wanted.map((entry) => ({ record: org.billableMetric(entry.id), groupBy: entry.group_by }));
      const windows = windowsBetween(input.starting_on, input.ending_before, input.window_size as WindowSize);
      const rows = customerIds.flatMap((customerId) =>
        metrics.flatMap(({ record, groupBy }) =>
          windows.map((window) => {
            const groups =
              groupBy &&
              Object.fromEntries(
                (groupBy.values ?? book.groupValuesBetween(customerId, record.metric.id, groupBy.key, window.start, window.end)).map(
                  (value) => [value, book.usageBetween(customerId, record, window.start, window.end, `${groupBy.key}=${value}`)],
                ),
              );
            return {
              customer_id: customerId,
              billable_metric_id: record.metric.id,
              billable_metric_name: record.metric.name,
              start_timestamp: iso(window.start),
              end_timestamp: iso(window.end),
              value: book.usageBetween(customerId, record, window.start, window.end),
              ...(groups && { groups }),
            };
          }),
        ),
      );
      const { page, nextPage } = paginate(
        rows.map((row, index) => ({ seq: index + 1, row })),
        { cursor: query.string('next_page'), limit: USAGE_ROWS_PER_PAGE, list: 'usage' },
      );
      return { body: { data: page.map(({ row }) => row), next_page: nextPage } };
    },
  },
  {
    method: 'POST',
    path: '/v1/usage/groups',
    handler: ({ org, body, query }) => {
      query.rejectUnknown(['limit', 'next_page']);
      const input = parseBody(pagedUsage, body);
      org.customer(input.customer_id);
      const metric = org.billableMetric(input.billable_metric_id);
      const keys = input.group_key ?? (input.group_by ? [input.group_by.key] : undefined);
      if (!keys) throw badRequest('group_key is required');
      if (keys.length > 1) throw badRequest('group_key: compound group keys are not supported by the sandbox; pass one key');
      const [key = ''] = keys;
      const known = new Set((metric.metric.group_keys ?? []).flat());
      if (!known.has(key)) throw badRequest(`group_key: ${key} is not a group key of billable metric ${metric.metric.id}`);
      let from = input.starting_on;
      let to = input.ending_before;
      if (input.current_period) {
        const now = clock.now();
        from = iso(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
        to = iso(periodEnd(now).getTime());
      }
      if (from === undefined || to === undefined)
        throw badRequest('starting_on and ending_before are required unless current_period is true');
      const filter = input.group_filters?.[key] ?? input.group_by?.values;
      const book = usageOf(org);
      const rows = windowsBetween(from, to, input.window_size as WindowSize).flatMap((window) =>
        (filter ?? book.groupValuesBetween(input.customer_id, metric.metric.id, key, window.start, window.end)).map((value) => ({
          starting_on: iso(window.start),
          ending_before: iso(window.end),
          group_key: key,
          group_value: value,
          group: { [key]: value },
          value: book.usageBetween(input.customer_id, metric, window.start, window.end, `${key}=${value}`),
        })),
      );
      const { page, nextPage } = paginate(
        rows.map((row, index) => ({ seq: index + 1, row })),
        { cursor: query.string('next_page'), limit: query.integer('limit', 1, 100) ?? 100, list: 'usage-groups' },
      );
      return { body: { data: page.map(({ row }) => row), next_page: nextPage } };
    },
  },
];
