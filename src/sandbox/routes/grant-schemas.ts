import { z } from 'zod';
import { customFields, id, timestamp } from '../http/validation.js';

/** Request shapes shared by customer commits and customer credits. */

const accessSchedule = z.strictObject({
  schedule_items: z.array(z.strictObject({ amount: z.number().nonnegative(), starting_at: timestamp, ending_before: timestamp })).min(1),
  credit_type_id: id.optional(),
  access_type: z.enum(['SPEND', 'QUANTITY']).optional(),
});

const invoiceSchedule = z.strictObject({
  credit_type_id: id.optional(),
  do_not_invoice: z.boolean().optional(),
  schedule_items: z
    .array(
      z.strictObject({
        timestamp,
        amount: z.number().nonnegative().optional(),
        quantity: z.number().nonnegative().optional(),
        unit_price: z.number().nonnegative().optional(),
      }),
    )
    .optional(),
  recurring_schedule: z
    .strictObject({
      amount_distribution: z.enum(['DIVIDED', 'DIVIDED_ROUNDED', 'EACH']),
      frequency: z.enum(['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL']),
      starting_at: timestamp,
      ending_before: timestamp,
      amount: z.number().nonnegative().optional(),
      quantity: z.number().nonnegative().optional(),
      unit_price: z.number().nonnegative().optional(),
    })
    .optional(),
});

const specifier = z.strictObject({
  product_id: id.optional(),
  product_tags: z.array(z.string()).optional(),
  pricing_group_values: z.record(z.string(), z.string()).optional(),
  presentation_group_values: z.record(z.string(), z.string()).optional(),
  exclude: z.array(z.strictObject({ product_tags: z.array(z.string()).optional() })).optional(),
});

/** Fields a commit and a credit both take on create. */
const grantFields = {
  customer_id: id,
  priority: z.number(),
  product_id: id,
  access_schedule: accessSchedule,
  applicable_contract_ids: z.array(id).optional(),
  applicable_product_ids: z.array(id).optional(),
  applicable_product_tags: z.array(z.string()).optional(),
  specifiers: z.array(specifier).optional(),
  custom_fields: customFields.optional(),
  description: z.string().optional(),
  name: z.string().optional(),
  netsuite_sales_order_id: z.string().optional(),
  salesforce_opportunity_id: z.string().optional(),
  rate_type: z.enum(['COMMIT_RATE', 'LIST_RATE']).optional(),
  uniqueness_key: z.string().min(1).max(128).optional(),
};

/** Metronome's own example sends `"type": "prepaid"`: any case is accepted and stored upper-case. */
const commitType = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(['PREPAID', 'POSTPAID'], { error: 'must be PREPAID or POSTPAID' }));

export const createCommit = z.strictObject({
  ...grantFields,
  type: commitType,
  invoice_contract_id: id.optional(),
  invoice_schedule: invoiceSchedule.optional(),
});

export const createCredit = z.strictObject(grantFields);

const listFields = {
  customer_id: id,
  covering_date: timestamp.optional(),
  starting_at: timestamp.optional(),
  effective_before: timestamp.optional(),
  include_archived: z.boolean().optional(),
  include_balance: z.boolean().optional(),
  include_ledgers: z.boolean().optional(),
  next_page: z.string().optional(),
  limit: z.number().int().min(1).max(25).optional(),
};

export const listCommits = z.strictObject({
  ...listFields,
  commit_id: id.optional(),
  access_type: z.enum(['SPEND', 'QUANTITY']).optional(),
  include_contract_commits: z.boolean().optional(),
});

export const listCredits = z.strictObject({
  ...listFields,
  credit_id: id.optional(),
  include_contract_credits: z.boolean().optional(),
});

export const updateCommitEndDate = z.strictObject({
  customer_id: id,
  commit_id: id,
  access_ending_before: timestamp.optional(),
  invoices_ending_before: timestamp.optional(),
});

export const updateCreditEndDate = z.strictObject({
  customer_id: id,
  credit_id: id,
  access_ending_before: timestamp,
});

export type CreateCommit = z.infer<typeof createCommit>;
export type CreateCredit = z.infer<typeof createCredit>;
export type InvoiceScheduleInput = z.infer<typeof invoiceSchedule>;
