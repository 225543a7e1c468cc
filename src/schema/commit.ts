import { canSeeCustomer } from '../auth/viewer.js';
import { loadCommit } from '../loaders/index.js';
import type { Commit as WireCommit } from '../upstream/types.js';
import { builder } from './builder.js';
import { commitExtra, upstreamCost } from './cost.js';
import { CreditType } from './notification.js';

/** A commit together with the customer it belongs to (upstream's object does not say). */
export interface CommitShape {
  customerId: string;
  wire: WireCommit;
}

type WireLedgerEntry = NonNullable<WireCommit['ledger']>[number];

/** Every ledger entry type a commit or credit can carry. */
const LEDGER_ENTRY_TYPES = [
  'PREPAID_COMMIT_SEGMENT_START',
  'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION',
  'PREPAID_COMMIT_ROLLOVER',
  'PREPAID_COMMIT_EXPIRATION',
  'PREPAID_COMMIT_CANCELED',
  'PREPAID_COMMIT_CREDITED',
  'PREPAID_COMMIT_SEAT_BASED_ADJUSTMENT',
  'PREPAID_COMMIT_MANUAL',
  'POSTPAID_COMMIT_INITIAL_BALANCE',
  'POSTPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION',
  'POSTPAID_COMMIT_ROLLOVER',
  'POSTPAID_COMMIT_TRUEUP',
  'POSTPAID_COMMIT_MANUAL',
  'POSTPAID_COMMIT_EXPIRATION',
  'CREDIT_SEGMENT_START',
  'CREDIT_AUTOMATED_INVOICE_DEDUCTION',
  'CREDIT_EXPIRATION',
  'CREDIT_CANCELED',
  'CREDIT_CREDITED',
  'CREDIT_MANUAL',
  'CREDIT_SEAT_BASED_ADJUSTMENT',
  'CREDIT_ROLLOVER',
] as const;

const LedgerEntryType = builder.enumType('LedgerEntryType', {
  description: 'What moved a commit or credit balance.',
  values: LEDGER_ENTRY_TYPES,
});

/** Ledger entries as they arrive, whatever their type; the GraphQL types below tell them apart. */
export type LedgerEntryShape = WireLedgerEntry & {
  segment_id?: string;
  invoice_id?: string;
  contract_id?: string;
  new_contract_id?: string;
  reason?: string;
};

export const LedgerEntry = builder.interfaceRef<LedgerEntryShape>('LedgerEntry').implement({
  description: 'One movement of a commit or credit balance. Amounts are in the credit type’s unit; negative draws down.',
  resolveType: (entry) => {
    if (entry.reason !== undefined) return 'ManualLedgerEntry';
    if (entry.new_contract_id !== undefined) return 'RolloverLedgerEntry';
    if (entry.invoice_id !== undefined) return 'InvoiceLedgerEntry';
    if (entry.segment_id !== undefined) return 'SegmentLedgerEntry';
    return 'BalanceLedgerEntry';
  },
  fields: (t) => ({
    type: t.field({ type: LedgerEntryType, resolve: (entry) => entry.type as (typeof LEDGER_ENTRY_TYPES)[number] }),
    amount: t.exposeFloat('amount'),
    timestamp: t.field({ type: 'DateTime', resolve: (entry) => entry.timestamp }),
  }),
});

builder.objectRef<LedgerEntryShape>('SegmentLedgerEntry').implement({
  description: 'A segment starting, expiring, or adjusted for seats.',
  interfaces: [LedgerEntry],
  fields: (t) => ({ segmentId: t.exposeString('segment_id', { nullable: true }) }),
});

builder.objectRef<LedgerEntryShape>('InvoiceLedgerEntry').implement({
  description: 'An invoice drawing the balance down (or a true-up, cancellation or credit on an invoice).',
  interfaces: [LedgerEntry],
  fields: (t) => ({
    invoiceId: t.exposeString('invoice_id', { nullable: true }),
    segmentId: t.exposeString('segment_id', { nullable: true }),
    contractId: t.exposeString('contract_id', { nullable: true }),
  }),
});

builder.objectRef<LedgerEntryShape>('RolloverLedgerEntry').implement({
  description: 'Unused balance rolled over to a new contract.',
  interfaces: [LedgerEntry],
  fields: (t) => ({
    segmentId: t.exposeString('segment_id', { nullable: true }),
    newContractId: t.exposeString('new_contract_id', { nullable: true }),
  }),
});

builder.objectRef<LedgerEntryShape>('ManualLedgerEntry').implement({
  description: 'An adjustment made by hand, with its reason.',
  interfaces: [LedgerEntry],
  fields: (t) => ({ reason: t.exposeString('reason', { nullable: true }) }),
});

builder.objectRef<LedgerEntryShape>('BalanceLedgerEntry').implement({
  description: "A postpaid commit's initial obligation or its expiration.",
  interfaces: [LedgerEntry],
  fields: () => ({}),
});

export const CommitType = builder.enumType('CommitType', {
  description: 'How a commit is paid for.',
  values: {
    PREPAID: { description: 'Paid up front; drawn down by usage.' },
    POSTPAID: { description: 'A minimum spend invoiced at the end of the access period.' },
  } as const,
});

export const RateType = builder.enumType('RateType', {
  description: 'Which rates usage drawn from the commit is priced at.',
  values: ['COMMIT_RATE', 'LIST_RATE'] as const,
});

export const Product = builder.objectRef<{ id: string; name: string }>('Product').implement({
  description: 'A product in the Metronome catalogue.',
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

const AccessSegment = builder
  .objectRef<{ id: string; amount: number; starting_at: string; ending_before: string }>('AccessSegment')
  .implement({
    description: 'A period during which an amount of the commit can be used.',
    fields: (t) => ({
      id: t.exposeID('id'),
      amount: t.exposeFloat('amount'),
      startingAt: t.field({ type: 'DateTime', description: 'Inclusive.', resolve: (segment) => segment.starting_at }),
      endingBefore: t.field({ type: 'DateTime', description: 'Exclusive.', resolve: (segment) => segment.ending_before }),
    }),
  });

export const AccessSchedule = builder.objectRef<NonNullable<WireCommit['access_schedule']>>('AccessSchedule').implement({
  description: 'When, and how much of, the commit can be used.',
  fields: (t) => ({
    creditType: t.field({ type: CreditType, nullable: true, resolve: (schedule) => schedule.credit_type ?? null }),
    segments: t.field({ type: [AccessSegment], resolve: (schedule) => schedule.schedule_items }),
  }),
});

type InvoiceItemShape = NonNullable<NonNullable<WireCommit['invoice_schedule']>['schedule_items']>[number];

const InvoiceItem = builder.objectRef<InvoiceItemShape>('InvoiceScheduleItem').implement({
  description: 'One scheduled invoice of the commit.',
  fields: (t) => ({
    id: t.exposeID('id'),
    amount: t.exposeFloat('amount', { nullable: true }),
    quantity: t.exposeFloat('quantity', { nullable: true }),
    unitPrice: t.exposeFloat('unit_price', { nullable: true }),
    timestamp: t.field({ type: 'DateTime', resolve: (item) => item.timestamp }),
    invoiceId: t.string({ nullable: true, resolve: (item) => item.invoice_id ?? null }),
  }),
});

const InvoiceSchedule = builder.objectRef<NonNullable<WireCommit['invoice_schedule']>>('InvoiceSchedule').implement({
  description: 'When the commit is invoiced.',
  fields: (t) => ({
    creditType: t.field({ type: CreditType, nullable: true, resolve: (schedule) => schedule.credit_type ?? null }),
    doNotInvoice: t.boolean({ resolve: (schedule) => schedule.do_not_invoice ?? false }),
    items: t.field({ type: [InvoiceItem], resolve: (schedule) => schedule.schedule_items ?? [] }),
  }),
});

type SpecifierShape = NonNullable<WireCommit['specifiers']>[number];

const CommitSpecifier = builder.objectRef<SpecifierShape>('CommitSpecifier').implement({
  description: 'Which usage the commit applies to, finer than product lists.',
  fields: (t) => ({
    productId: t.string({ nullable: true, resolve: (spec) => spec.product_id ?? null }),
    productTags: t.stringList({ nullable: true, resolve: (spec) => spec.product_tags ?? null }),
    pricingGroupValues: t.field({ type: 'JSON', nullable: true, resolve: (spec) => spec.pricing_group_values ?? null }),
    presentationGroupValues: t.field({ type: 'JSON', nullable: true, resolve: (spec) => spec.presentation_group_values ?? null }),
  }),
});

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/**
 * Commit global IDs carry the customer id too: upstream can only fetch a commit through its
 * customer's commit list.
 */
export const Commit = builder.node(builder.objectRef<CommitShape>('Commit'), {
  description: 'A customer commit: an amount the customer has committed to spend, drawn down by usage.',
  id: { resolve: (commit) => `${commit.customerId}:${commit.wire.id}` },
  loadMany: (ids, ctx) =>
    ids.map(async (globalId) => {
      const [customerId = '', commitId = ''] = globalId.split(':');
      // A commit of a customer the viewer may not see reads as missing.
      if (!canSeeCustomer(ctx.viewer, customerId)) return null;
      const wire = await loadCommit(ctx.loaders, { customerId, commitId, includeBalance: true, includeLedgers: true });
      return wire ? { customerId, wire } : null;
    }),
  fields: (t) => ({
    metronomeId: t.field({ type: 'UUID', description: 'The commit’s Metronome id.', resolve: (commit) => commit.wire.id }),
    type: t.field({ type: CommitType, resolve: (commit) => commit.wire.type }),
    name: t.string({ nullable: true, resolve: (commit) => orNull(commit.wire.name) }),
    description: t.string({ nullable: true, resolve: (commit) => orNull(commit.wire.description) }),
    priority: t.float({
      nullable: true,
      description: 'Lower numbers are drawn down first.',
      resolve: (commit) => orNull(commit.wire.priority),
    }),
    product: t.field({ type: Product, resolve: (commit) => commit.wire.product }),
    createdAt: t.field({ type: 'DateTime', resolve: (commit) => commit.wire.created_at }),
    createdBy: t.string({ nullable: true, resolve: (commit) => orNull(commit.wire.created_by) }),
    accessSchedule: t.field({ type: AccessSchedule, nullable: true, resolve: (commit) => orNull(commit.wire.access_schedule) }),
    invoiceSchedule: t.field({ type: InvoiceSchedule, nullable: true, resolve: (commit) => orNull(commit.wire.invoice_schedule) }),
    invoiceContractId: t.string({ nullable: true, resolve: (commit) => commit.wire.invoice_contract?.id ?? null }),
    contractId: t.string({
      nullable: true,
      description: 'Set for contract-level commits.',
      resolve: (commit) => commit.wire.contract?.id ?? null,
    }),
    applicableProductIds: t.stringList({ nullable: true, resolve: (commit) => orNull(commit.wire.applicable_product_ids) }),
    applicableProductTags: t.stringList({ nullable: true, resolve: (commit) => orNull(commit.wire.applicable_product_tags) }),
    applicableContractIds: t.stringList({ nullable: true, resolve: (commit) => orNull(commit.wire.applicable_contract_ids) }),
    specifiers: t.field({ type: [CommitSpecifier], nullable: true, resolve: (commit) => orNull(commit.wire.specifiers) }),
    rateType: t.field({ type: RateType, nullable: true, resolve: (commit) => orNull(commit.wire.rate_type) }),
    rolloverFraction: t.float({ nullable: true, resolve: (commit) => orNull(commit.wire.rollover_fraction) }),
    costBasis: t.float({ nullable: true, resolve: (commit) => orNull(commit.wire.cost_basis) }),
    customFields: t.field({ type: 'JSON', nullable: true, resolve: (commit) => orNull(commit.wire.custom_fields) }),
    uniquenessKey: t.string({ nullable: true, resolve: (commit) => orNull(commit.wire.uniqueness_key) }),
    netsuiteSalesOrderId: t.string({ nullable: true, resolve: (commit) => orNull(commit.wire.netsuite_sales_order_id) }),
    salesforceOpportunityId: t.string({ nullable: true, resolve: (commit) => orNull(commit.wire.salesforce_opportunity_id) }),
    archivedAt: t.field({ type: 'DateTime', nullable: true, resolve: (commit) => orNull(commit.wire.archived_at) }),
    balance: t.float({
      extensions: upstreamCost(commitExtra),
      nullable: true,
      description: 'What can be used right now: active segments minus what was drawn. Asked of upstream only when selected.',
      resolve: async (commit, _args, ctx) => {
        if (commit.wire.balance !== undefined) return commit.wire.balance;
        return (await refetch(commit, ctx, 'balance'))?.balance ?? null;
      },
    }),
    ledger: t.field({
      extensions: upstreamCost(commitExtra),
      type: [LedgerEntry],
      nullable: true,
      description: 'Every movement of the balance, oldest first. Asked of upstream only when selected.',
      resolve: async (commit, _args, ctx) => {
        const ledger = commit.wire.ledger ?? (await refetch(commit, ctx, 'ledger'))?.ledger;
        return (ledger ?? null) as LedgerEntryShape[] | null;
      },
    }),
  }),
});

/** Loads a commit again with its balance or ledger, when it was first loaded without. */
async function refetch(
  commit: CommitShape,
  ctx: import('./context.js').GatewayContext,
  what: 'balance' | 'ledger',
): Promise<WireCommit | undefined> {
  return loadCommit(ctx.loaders, {
    customerId: commit.customerId,
    commitId: commit.wire.id,
    includeBalance: what === 'balance',
    includeLedgers: what === 'ledger',
  });
}
