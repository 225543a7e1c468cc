import { z } from 'zod';
import { netBalance } from '../billing/balances.js';
import { badRequest } from '../http/errors.js';
import { id, parseBody, timestamp } from '../http/validation.js';
import { USD_CENTS_ID } from '../store/organization.js';
import type { RouteModule } from './context.js';
import { listGrants } from './grants.js';

const listBalances = z.strictObject({
  customer_id: id,
  id: id.optional(),
  access_type: z.enum(['SPEND', 'QUANTITY']).optional(),
  covering_date: timestamp.optional(),
  starting_at: timestamp.optional(),
  effective_before: timestamp.optional(),
  include_contract_balances: z.boolean().optional(),
  include_archived: z.boolean().optional(),
  include_ledgers: z.boolean().optional(),
  include_balance: z.boolean().optional(),
  next_page: z.string().optional(),
  limit: z.number().int().min(1).max(25).optional(),
  exclude_zero_balances: z.boolean().optional(),
  webhook_notification_id: z.string().optional(),
});

const balanceFilter = z.strictObject({
  balance_types: z.array(z.enum(['PREPAID_COMMIT', 'POSTPAID_COMMIT', 'CREDIT'])).optional(),
  ids: z.array(id).optional(),
  custom_fields: z.record(z.string(), z.string()).optional(),
});

const getNetBalance = z.strictObject({
  customer_id: id,
  credit_type_id: id.optional(),
  filters: z.array(balanceFilter).optional(),
  invoice_inclusion_mode: z.enum(['FINALIZED', 'FINALIZED_AND_DRAFT']).optional(),
});

/** Commits and credits seen together: one list, and one net figure per credit type. */
export const balanceRoutes: RouteModule = ({ clock }) => [
  {
    method: 'POST',
    path: '/v1/contracts/customerBalances/list',
    handler: ({ org, body }) => {
      const input = parseBody(listBalances, body);
      return listGrants(org, clock, ['commit', 'credit'], input, input.id);
    },
  },
  {
    method: 'POST',
    path: '/v1/contracts/customerBalances/getNetBalance',
    handler: ({ org, body }) => {
      const input = parseBody(getNetBalance, body);
      org.customer(input.customer_id);
      const creditTypeId = input.credit_type_id ?? USD_CENTS_ID;
      if (!org.creditTypes.has(creditTypeId)) throw badRequest(`credit_type_id: no credit type ${creditTypeId}`);
      const balance = netBalance(org, input.customer_id, clock.now(), {
        creditTypeId,
        filters: input.filters,
        mode: input.invoice_inclusion_mode,
      });
      return { body: { data: { balance, credit_type_id: creditTypeId } } };
    },
  },
];
