import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { BillableMetricListResponse } from '@metronome/sdk/resources/v1/billable-metrics';
import { badRequest } from '../http/errors.js';
import { paginate } from '../http/pagination.js';
import { customFields, id, parseBody } from '../http/validation.js';
import type { RouteModule } from './context.js';

const createBillableMetric = z.strictObject({
  name: z.string().min(1),
  aggregation_type: z.enum(['COUNT', 'LATEST', 'MAX', 'SUM', 'UNIQUE']).optional(),
  aggregation_key: z.string().min(1).optional(),
  event_type_filter: z
    .strictObject({ in_values: z.array(z.string()).optional(), not_in_values: z.array(z.string()).optional() })
    .optional(),
  property_filters: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        exists: z.boolean().optional(),
        in_values: z.array(z.string()).optional(),
        not_in_values: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  group_keys: z.array(z.array(z.string())).optional(),
  custom_fields: customFields.optional(),
  sql: z.string().optional(),
});

const createProduct = z.strictObject({
  name: z.string().min(1),
  type: z.enum(['FIXED', 'USAGE', 'COMPOSITE', 'SUBSCRIPTION', 'PROFESSIONAL_SERVICE', 'PRO_SERVICE']),
  billable_metric_id: id.optional(),
  tags: z.array(z.string()).optional(),
  custom_fields: customFields.optional(),
  composite_product_ids: z.array(id).optional(),
  composite_tags: z.array(z.string()).optional(),
  exclude_free_usage: z.boolean().optional(),
  is_refundable: z.boolean().optional(),
  netsuite_internal_item_id: z.string().optional(),
  netsuite_overage_item_id: z.string().optional(),
  presentation_group_key: z.array(z.string()).optional(),
  pricing_group_key: z.array(z.string()).optional(),
});

export const catalogRoutes: RouteModule = () => [
  {
    method: 'POST',
    path: '/v1/billable-metrics/create',
    handler: ({ org, body }) => {
      const input = parseBody(createBillableMetric, body);
      const aggregation = input.aggregation_type ?? 'COUNT';
      if (input.sql === undefined && aggregation !== 'COUNT' && input.aggregation_key === undefined) {
        throw badRequest(`aggregation_key is required for ${aggregation} aggregation`);
      }
      const metricId = randomUUID();
      const metric: BillableMetricListResponse = {
        id: metricId,
        name: input.name,
        aggregation_type: aggregation,
        ...(input.aggregation_key !== undefined && { aggregation_key: input.aggregation_key }),
        ...(input.event_type_filter !== undefined && { event_type_filter: input.event_type_filter }),
        ...(input.property_filters !== undefined && { property_filters: input.property_filters }),
        group_keys: input.group_keys ?? [],
        custom_fields: input.custom_fields ?? {},
        ...(input.sql !== undefined && { sql: input.sql }),
      };
      org.billableMetrics.set(metricId, { seq: org.nextSeq(), metric });
      return { body: { data: { id: metricId } } };
    },
  },
  {
    method: 'GET',
    path: '/v1/billable-metrics/{billable_metric_id}',
    handler: ({ org, params, query }) => {
      query.rejectUnknown([]);
      const metricId = params.billable_metric_id ?? '';
      if (!id.safeParse(metricId).success) throw badRequest('billable_metric_id must be a UUID');
      return { body: { data: org.billableMetric(metricId).metric } };
    },
  },
  {
    method: 'GET',
    path: '/v1/billable-metrics',
    handler: ({ org, query }) => {
      query.rejectUnknown(['limit', 'next_page', 'include_archived']);
      const includeArchived = query.boolean('include_archived') ?? false;
      const metrics = [...org.billableMetrics.values()].filter((record) => includeArchived || !record.metric.archived_at);
      const { page, nextPage } = paginate(metrics, {
        cursor: query.string('next_page'),
        limit: query.integer('limit', 1, 100) ?? 100,
        list: 'billable-metrics',
      });
      return { body: { data: page.map((record) => record.metric), next_page: nextPage } };
    },
  },
  {
    method: 'GET',
    path: '/v1/credit-types/list',
    handler: ({ org, query }) => {
      query.rejectUnknown(['limit', 'next_page']);
      const { page, nextPage } = paginate([...org.creditTypes.values()], {
        cursor: query.string('next_page'),
        limit: query.integer('limit', 1, 100) ?? 100,
        list: 'credit-types',
      });
      return {
        body: { data: page.map((type) => ({ id: type.id, name: type.name, is_currency: type.isCurrency })), next_page: nextPage },
      };
    },
  },
  {
    method: 'POST',
    path: '/v1/contract-pricing/products/create',
    handler: ({ org, body }) => {
      const input = parseBody(createProduct, body);
      if (input.type === 'USAGE' && input.billable_metric_id === undefined) {
        throw badRequest('billable_metric_id is required for USAGE products');
      }
      if (input.billable_metric_id !== undefined) org.billableMetric(input.billable_metric_id);
      const productId = randomUUID();
      const type = input.type === 'PROFESSIONAL_SERVICE' ? 'PRO_SERVICE' : input.type;
      org.products.set(productId, {
        seq: org.nextSeq(),
        id: productId,
        name: input.name,
        type,
        tags: input.tags ?? [],
        ...(input.billable_metric_id !== undefined && { billableMetricId: input.billable_metric_id }),
      });
      return { body: { data: { id: productId } } };
    },
  },
];
