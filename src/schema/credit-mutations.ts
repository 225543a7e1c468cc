import type { CreditCreateParams } from '../upstream/types.js';
import { writeThenRead } from './billing-cost.js';
import { builder } from './builder.js';
import { upstreamCost } from './cost.js';
import { AccessScheduleInput } from './commit-mutations.js';
import type { GatewayContext } from './context.js';
import { Credit, type CreditShape } from './credit.js';
import { badUserInput, notFound } from './errors.js';
import { adminOnly } from './auth-scopes.js';
import { changeUpstream, refreshAfterMutation } from './guards.js';
import { familiesOf } from '../cache/invalidation.js';
import { parseCreditId, parseCustomerId, parseUuid } from './ids.js';

const CreateCreditInput = builder.inputType('CreateCreditInput', {
  description: 'A customer-level credit: a free amount usable during its access segments.',
  fields: (t) => ({
    customerId: t.id({ required: true }),
    priority: t.float({ required: true, description: 'Lower numbers are drawn down first.' }),
    productId: t.id({ required: true }),
    accessSchedule: t.field({ type: AccessScheduleInput, required: true }),
    name: t.string({ required: false }),
    description: t.string({ required: false }),
    applicableProductIds: t.idList({ required: false }),
    applicableProductTags: t.stringList({ required: false }),
    customFields: t.field({ type: 'JSON', required: false, description: 'An object of string values.' }),
    uniquenessKey: t.string({ required: false, description: '1–128 characters; reuse is a CONFLICT.' }),
    idempotencyKey: t.string({ required: false, description: 'Reuse it when you retry this mutation yourself.' }),
  }),
});

type CreateInput = typeof CreateCreditInput.$inferInput;

const iso = (date: Date): string => date.toISOString();

/** Checks Metronome's rules before any upstream call, naming the field at fault. */
function toCreateParams(input: CreateInput, customerId: string): CreditCreateParams {
  const segments = input.accessSchedule.segments;
  if (segments.length === 0) throw badUserInput('accessSchedule.segments needs at least one segment', 'accessSchedule.segments');
  segments.forEach((segment, index) => {
    if (segment.amount < 0) throw badUserInput(`accessSchedule.segments[${index}].amount must be 0 or more`, 'accessSchedule.segments');
    if (segment.endingBefore.getTime() <= segment.startingAt.getTime()) {
      throw badUserInput(`accessSchedule.segments[${index}].endingBefore must be after startingAt`, 'accessSchedule.segments');
    }
  });
  if (input.uniquenessKey != null && (input.uniquenessKey.length < 1 || input.uniquenessKey.length > 128)) {
    throw badUserInput('uniquenessKey must be 1 to 128 characters', 'uniquenessKey');
  }
  const fields = input.customFields;
  if (fields != null && (typeof fields !== 'object' || Array.isArray(fields) || Object.values(fields).some((v) => typeof v !== 'string'))) {
    throw badUserInput('customFields must be an object of string values', 'customFields');
  }
  return {
    customer_id: customerId,
    priority: input.priority,
    product_id: parseUuid(String(input.productId), 'productId'),
    access_schedule: {
      ...(input.accessSchedule.creditTypeId != null && {
        credit_type_id: parseUuid(String(input.accessSchedule.creditTypeId), 'accessSchedule.creditTypeId'),
      }),
      schedule_items: segments.map((s) => ({ amount: s.amount, starting_at: iso(s.startingAt), ending_before: iso(s.endingBefore) })),
    },
    ...(input.name != null && { name: input.name }),
    ...(input.description != null && { description: input.description }),
    ...(input.applicableProductIds != null && {
      applicable_product_ids: input.applicableProductIds.map((id) => parseUuid(String(id), 'applicableProductIds')),
    }),
    ...(input.applicableProductTags != null && { applicable_product_tags: input.applicableProductTags }),
    ...(input.customFields != null && { custom_fields: input.customFields as Record<string, string> }),
    ...(input.uniquenessKey != null && { uniqueness_key: input.uniquenessKey }),
  };
}

/** Reads a credit back after a change; a credit that cannot be read back is NOT_FOUND. */
async function loadCredit(ctx: GatewayContext, customerId: string, creditId: string): Promise<CreditShape> {
  const page = await ctx.upstream.listCredits(
    { customer_id: customerId, credit_id: creditId, include_archived: true, include_balance: true, limit: 1 },
    { signal: ctx.signal },
  );
  const wire = page.data[0];
  if (!wire) throw notFound(`Credit ${creditId} not found for customer ${customerId}`);
  return { customerId, wire };
}

const CreditPayload = builder.objectRef<CreditShape>('CreditPayload').implement({
  description: 'The credit as it stands after the mutation.',
  fields: (t) => ({
    credit: t.field({ type: Credit, description: 'The credit, read back after the change.', resolve: (credit) => credit }),
  }),
});

const UpdateCreditEndDateInput = builder.inputType('UpdateCreditEndDateInput', {
  description: 'Moves a credit’s end earlier (end dates only move earlier).',
  fields: (t) => ({
    customerId: t.id({ required: true }),
    creditId: t.id({ required: true, description: 'Global ID or Metronome UUID.' }),
    accessEndingBefore: t.field({ type: 'DateTime', required: true }),
  }),
});

/** What a credit change may alter: balances (the commits family), invoices, alert statuses. */
const CREDIT_CHANGES = (customerId: string): string[] => familiesOf([customerId], 'commits', 'invoices', 'alerts');

builder.mutationFields((t) => ({
  createCredit: t.field({
    extensions: upstreamCost(writeThenRead),
    type: CreditPayload,
    description: 'Grants a customer-level credit (admin only).',
    ...adminOnly('create credits'),
    args: { input: t.arg({ type: CreateCreditInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const customerId = parseCustomerId(String(input.customerId), 'customerId');
      const created = await changeUpstream(ctx, CREDIT_CHANGES(customerId), () =>
        ctx.upstream.createCredit(toCreateParams(input, customerId), {
          signal: ctx.signal,
          ...(input.idempotencyKey != null && { idempotencyKey: input.idempotencyKey }),
        }),
      );
      refreshAfterMutation(ctx, [customerId]);
      return loadCredit(ctx, customerId, created.id);
    },
  }),
  updateCreditEndDate: t.field({
    extensions: upstreamCost(writeThenRead),
    type: CreditPayload,
    description: 'Shortens a credit (admin only).',
    ...adminOnly('change credits'),
    args: { input: t.arg({ type: UpdateCreditEndDateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const customerId = parseCustomerId(String(input.customerId), 'customerId');
      const creditId = parseCreditId(String(input.creditId), 'creditId');
      await changeUpstream(ctx, CREDIT_CHANGES(customerId), () =>
        ctx.upstream.updateCreditEndDate(
          { customer_id: customerId, credit_id: creditId, access_ending_before: iso(input.accessEndingBefore) },
          { signal: ctx.signal },
        ),
      );
      refreshAfterMutation(ctx, [customerId]);
      return loadCredit(ctx, customerId, creditId);
    },
  }),
}));
