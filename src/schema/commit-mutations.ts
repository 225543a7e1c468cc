import { z } from 'zod';
import { loadCommit } from '../loaders/index.js';
import type { CommitCreateParams } from '../upstream/types.js';
import { familiesOf } from '../cache/invalidation.js';
import { builder } from './builder.js';
import { perParent, upstreamCost } from './cost.js';
import { inputRule, uniquenessKeyRule } from './input-rules.js';
import { Commit, CommitType, RateType, type CommitShape } from './commit.js';
import type { GatewayContext } from './context.js';
import { badUserInput, notFound } from './errors.js';
import { adminOnly } from './auth-scopes.js';
import { changeUpstream, refreshAfterMutation } from './guards.js';
import { parseCommitId, parseCustomerId, parseUuid } from './ids.js';

const AccessSegmentInput = builder.inputType('AccessSegmentInput', {
  description: 'One period of access and the amount usable in it.',
  fields: (t) => ({
    amount: t.float({ required: true, description: 'In the credit type’s unit (USD cents by default).' }),
    startingAt: t.field({ type: 'DateTime', required: true, description: 'Inclusive; hour-aligned upstream.' }),
    endingBefore: t.field({ type: 'DateTime', required: true, description: 'Exclusive.' }),
  }),
});

export const AccessScheduleInput = builder.inputType('AccessScheduleInput', {
  description: 'When, and how much of, the commit can be used.',
  fields: (t) => ({
    creditTypeId: t.id({ required: false, description: 'Defaults to USD (cents).' }),
    segments: t.field({ type: [AccessSegmentInput], required: true }),
  }),
});

const InvoiceItemInput = builder.inputType('InvoiceItemInput', {
  description: 'Give `amount`, or `unitPrice` and `quantity`.',
  fields: (t) => ({
    timestamp: t.field({ type: 'DateTime', required: true }),
    amount: t.float({ required: false }),
    unitPrice: t.float({ required: false }),
    quantity: t.float({ required: false }),
  }),
});

const InvoiceScheduleInput = builder.inputType('InvoiceScheduleInput', {
  description: 'When the commit is invoiced. Required for POSTPAID; optional for PREPAID (free when left out).',
  fields: (t) => ({
    creditTypeId: t.id({ required: false }),
    doNotInvoice: t.boolean({ required: false }),
    items: t.field({ type: [InvoiceItemInput], required: true }),
  }),
});

const CreateCommitInput = builder.inputType('CreateCommitInput', {
  description:
    'A customer-level commit. POSTPAID needs an invoice schedule of exactly one item equal to its single segment’s amount; invoiced commits need `invoiceContractId`.',
  fields: (t) => ({
    customerId: t.id({ required: true }),
    type: t.field({ type: CommitType, required: true }),
    priority: t.float({ required: true, description: 'Lower numbers are drawn down first.' }),
    productId: t.id({ required: true }),
    accessSchedule: t.field({ type: AccessScheduleInput, required: true }),
    invoiceSchedule: t.field({ type: InvoiceScheduleInput, required: false }),
    invoiceContractId: t.id({ required: false }),
    name: t.string({ required: false }),
    description: t.string({ required: false }),
    applicableProductIds: t.idList({ required: false }),
    applicableProductTags: t.stringList({ required: false }),
    applicableContractIds: t.idList({ required: false }),
    rateType: t.field({ type: RateType, required: false }),
    customFields: t.field({
      type: 'JSON',
      required: false,
      description: 'An object of string values.',
      // One issue for the field as a whole: the error names customFields, not the offending key.
      validate: z
        .unknown()
        .refine(
          (value) => value == null || z.record(z.string(), z.string()).safeParse(value).success,
          'customFields must be an object of string values',
        ),
    }),
    uniquenessKey: t.string({ required: false, description: '1–128 characters; reuse is a CONFLICT.', validate: uniquenessKeyRule }),
    idempotencyKey: t.string({ required: false, description: 'Reuse it when you retry this mutation yourself.' }),
  }),
});

type CreateInput = typeof CreateCommitInput.$inferInput;

const iso = (date: Date): string => date.toISOString();

/** The rules across fields that Metronome enforces for a commit; the first problem, or undefined. */
function commitProblem(input: CreateInput): { message: string; field: string } | undefined {
  const segments = input.accessSchedule.segments;
  if (segments.length === 0) return { message: 'accessSchedule.segments needs at least one segment', field: 'accessSchedule.segments' };
  for (const [index, segment] of segments.entries()) {
    if (segment.amount < 0)
      return { message: `accessSchedule.segments[${index}].amount must be 0 or more`, field: 'accessSchedule.segments' };
    if (segment.endingBefore.getTime() <= segment.startingAt.getTime()) {
      return { message: `accessSchedule.segments[${index}].endingBefore must be after startingAt`, field: 'accessSchedule.segments' };
    }
  }
  const items = input.invoiceSchedule?.items ?? [];
  for (const [index, item] of items.entries()) {
    const byUnit = item.unitPrice != null || item.quantity != null;
    if ((item.amount != null) === byUnit || (byUnit && (item.unitPrice == null || item.quantity == null))) {
      return { message: `invoiceSchedule.items[${index}]: give amount, or unitPrice and quantity`, field: 'invoiceSchedule.items' };
    }
  }
  if (input.type === 'POSTPAID') {
    if (!input.invoiceSchedule) return { message: 'invoiceSchedule is required for POSTPAID commits', field: 'invoiceSchedule' };
    if (segments.length !== 1) return { message: 'POSTPAID commits take exactly one access segment', field: 'accessSchedule.segments' };
    const [item] = items;
    if (items.length !== 1 || !item) return { message: 'POSTPAID commits take exactly one invoice item', field: 'invoiceSchedule.items' };
    const total = item.amount ?? (item.unitPrice ?? 0) * (item.quantity ?? 0);
    if (Math.abs(total - (segments[0]?.amount ?? 0)) > 1e-9) {
      return { message: 'A POSTPAID invoice total must equal its access amount', field: 'invoiceSchedule.items' };
    }
  }
  const invoiced = input.invoiceSchedule != null && input.invoiceSchedule.doNotInvoice !== true;
  if (invoiced && input.invoiceContractId == null) {
    return { message: 'invoiceContractId is required when the commit is invoiced', field: 'invoiceContractId' };
  }
  return undefined;
}

function toCreateParams(input: CreateInput, customerId: string): CommitCreateParams {
  const schedule = input.invoiceSchedule;
  return {
    customer_id: customerId,
    type: input.type,
    priority: input.priority,
    product_id: parseUuid(String(input.productId), 'productId'),
    access_schedule: {
      ...(input.accessSchedule.creditTypeId != null && {
        credit_type_id: parseUuid(String(input.accessSchedule.creditTypeId), 'accessSchedule.creditTypeId'),
      }),
      schedule_items: input.accessSchedule.segments.map((s) => ({
        amount: s.amount,
        starting_at: iso(s.startingAt),
        ending_before: iso(s.endingBefore),
      })),
    },
    ...(schedule != null && {
      invoice_schedule: {
        ...(schedule.creditTypeId != null && { credit_type_id: parseUuid(String(schedule.creditTypeId), 'invoiceSchedule.creditTypeId') }),
        ...(schedule.doNotInvoice != null && { do_not_invoice: schedule.doNotInvoice }),
        schedule_items: schedule.items.map((item) => ({
          timestamp: iso(item.timestamp),
          ...(item.amount != null && { amount: item.amount }),
          ...(item.unitPrice != null && { unit_price: item.unitPrice }),
          ...(item.quantity != null && { quantity: item.quantity }),
        })),
      },
    }),
    ...(input.invoiceContractId != null && { invoice_contract_id: parseUuid(String(input.invoiceContractId), 'invoiceContractId') }),
    ...(input.name != null && { name: input.name }),
    ...(input.description != null && { description: input.description }),
    ...(input.applicableProductIds != null && {
      applicable_product_ids: input.applicableProductIds.map((id) => parseUuid(String(id), 'applicableProductIds')),
    }),
    ...(input.applicableProductTags != null && { applicable_product_tags: input.applicableProductTags }),
    ...(input.applicableContractIds != null && {
      applicable_contract_ids: input.applicableContractIds.map((id) => parseUuid(String(id), 'applicableContractIds')),
    }),
    ...(input.rateType != null && { rate_type: input.rateType }),
    ...(input.customFields != null && { custom_fields: input.customFields as Record<string, string> }),
    ...(input.uniquenessKey != null && { uniqueness_key: input.uniquenessKey }),
  };
}

/** Reads a commit back after a change; a commit that cannot be read back is NOT_FOUND. */
async function readBack(ctx: GatewayContext, customerId: string, commitId: string): Promise<CommitShape> {
  const wire = await loadCommit(ctx.loaders, { customerId, commitId, includeBalance: true, includeLedgers: false }, true);
  if (!wire) throw notFound(`Commit ${commitId} not found for customer ${customerId}`);
  return { customerId, wire };
}

const CommitPayload = builder.objectRef<CommitShape>('CommitPayload').implement({
  description: 'The commit as it stands after the mutation.',
  fields: (t) => ({ commit: t.field({ type: Commit, resolve: (commit) => commit }) }),
});

const UpdateCommitEndDateInput = builder.inputType('UpdateCommitEndDateInput', {
  description: 'Moves a PREPAID commit’s end earlier; give either date or both.',
  fields: (t) => ({
    customerId: t.id({ required: true }),
    commitId: t.id({ required: true, description: 'Global ID or Metronome UUID.' }),
    accessEndingBefore: t.field({ type: 'DateTime', required: false }),
    invoicesEndingBefore: t.field({ type: 'DateTime', required: false }),
  }),
});

/** A commit changes the customer's commits and balances, its scheduled invoices, and may move balance alarms. */
const COMMIT_CHANGES = (customerId: string): string[] => familiesOf([customerId], 'commits', 'invoices', 'alerts');

builder.mutationFields((t) => ({
  createCommit: t.field({
    extensions: upstreamCost(perParent(3)),
    type: CommitPayload,
    description: 'Creates a customer-level commit (admin only).',
    ...adminOnly('create commits'),
    args: { input: t.arg({ type: CreateCommitInput, required: true }) },
    validate: inputRule<{ input: CreateInput }>(({ input }) => commitProblem(input)),
    resolve: async (_root, { input }, ctx) => {
      const customerId = parseCustomerId(String(input.customerId), 'customerId');
      const created = await changeUpstream(ctx, COMMIT_CHANGES(customerId), () =>
        ctx.upstream.createCommit(toCreateParams(input, customerId), {
          signal: ctx.signal,
          ...(input.idempotencyKey != null && { idempotencyKey: input.idempotencyKey }),
        }),
      );
      refreshAfterMutation(ctx, [customerId]);
      return readBack(ctx, customerId, created.id);
    },
  }),
  updateCommitEndDate: t.field({
    extensions: upstreamCost(perParent(3)),
    type: CommitPayload,
    description: 'Shortens a PREPAID commit (admin only). End dates only move earlier.',
    ...adminOnly('change commits'),
    args: { input: t.arg({ type: UpdateCommitEndDateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const customerId = parseCustomerId(String(input.customerId), 'customerId');
      const commitId = parseCommitId(String(input.commitId), 'commitId');
      if (input.accessEndingBefore == null && input.invoicesEndingBefore == null) {
        throw badUserInput('Give accessEndingBefore, invoicesEndingBefore, or both', 'accessEndingBefore');
      }
      await changeUpstream(ctx, COMMIT_CHANGES(customerId), () =>
        ctx.upstream.updateCommitEndDate(
          {
            customer_id: customerId,
            commit_id: commitId,
            ...(input.accessEndingBefore != null && { access_ending_before: iso(input.accessEndingBefore) }),
            ...(input.invoicesEndingBefore != null && { invoices_ending_before: iso(input.invoicesEndingBefore) }),
          },
          { signal: ctx.signal },
        ),
      );
      refreshAfterMutation(ctx, [customerId]);
      return readBack(ctx, customerId, commitId);
    },
  }),
}));
