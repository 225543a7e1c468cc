import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CustomerDetail } from '@metronome/sdk/resources/v1/customers/customers';
import { badRequest, conflict } from '../http/errors.js';
import { paginate } from '../http/pagination.js';
import { customFields, id, parseBody } from '../http/validation.js';
import type { RouteModule } from './context.js';

const alias = z.string().min(1).max(128);

const createCustomer = z.strictObject({
  name: z.string().min(1),
  ingest_aliases: z.array(alias).max(2000).optional(),
  external_id: alias.optional(),
  custom_fields: customFields.optional(),
  // Billing-provider wiring is accepted and ignored: the sandbox invoices nothing.
  billing_config: z.record(z.string(), z.unknown()).optional(),
  customer_billing_provider_configurations: z.array(z.record(z.string(), z.unknown())).optional(),
  customer_revenue_system_configurations: z.array(z.record(z.string(), z.unknown())).optional(),
});

const archiveCustomer = z.strictObject({ id });

const LIST_QUERY = ['limit', 'next_page', 'ingest_alias', 'customer_ids', 'only_archived', 'salesforce_account_ids'] as const;

export const customerRoutes: RouteModule = ({ clock }) => [
  {
    method: 'GET',
    path: '/v1/customers',
    handler: ({ org, query }) => {
      query.rejectUnknown(LIST_QUERY);
      const limit = query.integer('limit', 1, 100) ?? 100;
      const ids = query.list('customer_ids');
      if (ids && ids.length > 100) throw badRequest('customer_ids: at most 100 ids may be given');
      for (const customerId of ids ?? []) {
        if (!id.safeParse(customerId).success) throw badRequest(`customer_ids: ${customerId} is not a UUID`);
      }
      const salesforce = query.list('salesforce_account_ids');
      if (salesforce && salesforce.length > 100) throw badRequest('salesforce_account_ids: at most 100 ids may be given');
      const ingestAlias = query.string('ingest_alias');
      const onlyArchived = query.boolean('only_archived') ?? false;
      const wanted = ids ? new Set(ids) : undefined;
      const matching = [...org.customers.values()].filter(({ detail }) => {
        if (onlyArchived !== Boolean(detail.archived_at)) return false;
        if (wanted && !wanted.has(detail.id)) return false;
        if (ingestAlias !== undefined && !detail.ingest_aliases.includes(ingestAlias)) return false;
        if (salesforce && !salesforce.includes(detail.customer_config.salesforce_account_id ?? '')) return false;
        return true;
      });
      const { page, nextPage } = paginate(matching, { cursor: query.string('next_page'), limit, list: 'customers' });
      return { body: { data: page.map((record) => record.detail), next_page: nextPage } };
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/{customer_id}',
    handler: ({ org, params, query }) => {
      query.rejectUnknown([]);
      const customerId = params.customer_id ?? '';
      if (!id.safeParse(customerId).success) throw badRequest('customer_id must be a UUID');
      return { body: { data: org.customer(customerId).detail } };
    },
  },
  {
    method: 'POST',
    path: '/v1/customers',
    handler: ({ org, body }) => {
      const input = parseBody(createCustomer, body);
      const aliases = [...new Set([...(input.external_id ? [input.external_id] : []), ...(input.ingest_aliases ?? [])])];
      for (const taken of aliases) {
        if (org.aliases.has(taken)) throw conflict('A customer with this ID already exists');
      }
      const now = clock.now().toISOString();
      const customerId = randomUUID();
      const detail: CustomerDetail = {
        id: customerId,
        name: input.name.slice(0, 160),
        external_id: aliases[0] ?? customerId,
        ingest_aliases: aliases,
        custom_fields: input.custom_fields ?? {},
        customer_config: { salesforce_account_id: null },
        created_at: now,
        updated_at: now,
        archived_at: null,
      };
      org.customers.set(customerId, { seq: org.nextSeq(), detail });
      for (const taken of aliases) org.aliases.set(taken, customerId);
      org.changed({ kind: 'customer', customerId });
      const { id: newId, external_id, ingest_aliases, name, custom_fields } = detail;
      return { body: { data: { id: newId, external_id, ingest_aliases, name, custom_fields } } };
    },
  },
  {
    method: 'POST',
    path: '/v1/customers/archive',
    handler: ({ org, body }) => {
      const input = parseBody(archiveCustomer, body);
      const record = org.customer(input.id);
      if (!record.detail.archived_at) {
        const now = clock.now().toISOString();
        record.detail = { ...record.detail, archived_at: now, updated_at: now };
        org.changed({ kind: 'customer', customerId: input.id });
      }
      return { body: { data: { id: input.id } } };
    },
  },
];
