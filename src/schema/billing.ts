import { canSeeCustomer } from '../auth/viewer.js';
import type { Invoice as WireInvoice } from '../upstream/types.js';
import { builder } from './builder.js';
import { CreditType } from './notification.js';

/** Metronome's fixed id and name of the "USD (cents)" credit type. */
export const USD_CENTS = { id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)' } as const;

export interface MoneyShape {
  amount: number;
  creditType: { id: string; name: string };
}

export const Money = builder.objectRef<MoneyShape>('Money').implement({
  description: 'An amount in a credit type: 12500 in "USD (cents)" is $125. Never a bare number, so the unit is always known.',
  fields: (t) => ({
    amount: t.exposeFloat('amount', { description: 'In the credit type’s unit.' }),
    creditType: t.field({ type: CreditType, resolve: (money) => money.creditType }),
  }),
});

export const InvoiceStatus = builder.enumType('InvoiceStatus', {
  description: 'Where an invoice is in its life.',
  values: {
    DRAFT: { description: 'The current period so far; changes as usage arrives.' },
    FINALIZED: { description: 'A closed period.' },
    VOID: { description: 'Cancelled.' },
  } as const,
});

export const SeriesWindow = builder.enumType('SeriesWindow', {
  description: 'The width of one point of a time series, aligned to UTC hours or days.',
  values: { HOUR: { description: 'One UTC hour.' }, DAY: { description: 'One UTC day.' } } as const,
});

type WireLineItem = WireInvoice['line_items'][number];

const AppliedTo = builder.objectRef<{ id: string; type: string }>('AppliedCommitOrCredit').implement({
  description: 'The commit or credit a line item drew from.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The commit’s or credit’s Metronome id.' }),
    type: t.exposeString('type', { description: 'PREPAID, POSTPAID or CREDIT.' }),
  }),
});

const InvoiceLineItem = builder.objectRef<WireLineItem>('InvoiceLineItem').implement({
  description: 'One line of an invoice: usage charged, or a commit or credit applied (negative).',
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.exposeString('type', { description: 'e.g. usage, commit, credit, scheduled.' }),
    quantity: t.float({ nullable: true, resolve: (line) => line.quantity ?? null }),
    unitPrice: t.float({ nullable: true, resolve: (line) => line.unit_price ?? null }),
    total: t.field({
      type: Money,
      description: 'Negative for commits and credits applied.',
      resolve: (line) => ({ amount: line.total, creditType: line.credit_type }),
    }),
    productId: t.string({ nullable: true, resolve: (line) => line.product_id ?? null }),
    startingAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Start of the period charged (inclusive).',
      resolve: (line) => line.starting_at ?? null,
    }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'End of the period charged (exclusive).',
      resolve: (line) => line.ending_before ?? null,
    }),
    appliedCommitOrCredit: t.field({
      type: AppliedTo,
      nullable: true,
      description: 'The commit or credit drawn, on their lines.',
      resolve: (line) => line.applied_commit_or_credit ?? null,
    }),
  }),
});

/** An invoice with the customer it belongs to. */
export interface InvoiceShape {
  customerId: string;
  wire: WireInvoice;
}

const statusOf = (status: string): 'DRAFT' | 'FINALIZED' | 'VOID' => (status === 'FINALIZED' || status === 'VOID' ? status : 'DRAFT');

/** Invoice global IDs carry the customer id: upstream reads an invoice through its customer. */
export const Invoice = builder.node(builder.objectRef<InvoiceShape>('Invoice'), {
  description: 'An invoice: a billing period’s charges, commits and credits applied, and what is left to pay.',
  id: { resolve: (invoice) => `${invoice.customerId}:${invoice.wire.id}` },
  loadMany: (ids, ctx) =>
    ids.map(async (globalId) => {
      const [customerId = '', invoiceId = ''] = globalId.split(':');
      if (!canSeeCustomer(ctx.viewer, customerId)) return null;
      const wire = await ctx.loaders.invoice.load({ customerId, invoiceId });
      return wire ? { customerId, wire } : null;
    }),
  fields: (t) => ({
    metronomeId: t.field({ type: 'UUID', description: 'The invoice’s Metronome id.', resolve: (invoice) => invoice.wire.id }),
    status: t.field({ type: InvoiceStatus, resolve: (invoice) => statusOf(invoice.wire.status) }),
    type: t.string({ description: 'USAGE or SCHEDULED.', resolve: (invoice) => invoice.wire.type }),
    startingAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Start of the billing period (inclusive).',
      resolve: (invoice) => invoice.wire.start_timestamp ?? null,
    }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'End of the billing period (exclusive).',
      resolve: (invoice) => invoice.wire.end_timestamp ?? null,
    }),
    issuedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a finalized invoice was issued.',
      resolve: (invoice) => invoice.wire.issued_at ?? null,
    }),
    subtotal: t.field({
      type: Money,
      nullable: true,
      description: 'Charges before commits and credits.',
      resolve: (invoice) =>
        invoice.wire.subtotal === undefined ? null : { amount: invoice.wire.subtotal, creditType: invoice.wire.credit_type },
    }),
    total: t.field({
      type: Money,
      description: 'What the invoice charges after commits and credits.',
      resolve: (invoice) => ({ amount: invoice.wire.total, creditType: invoice.wire.credit_type }),
    }),
    lineItems: t.field({
      type: [InvoiceLineItem],
      description: 'Charges first, then commits and credits applied.',
      resolve: (invoice) => invoice.wire.line_items,
    }),
  }),
});

export interface SpendPointShape {
  startingAt: string;
  endingBefore: string;
  spend: MoneyShape;
}

export const SpendPoint = builder.objectRef<SpendPointShape>('SpendPoint').implement({
  description: 'Usage charges in one window (before commits and credits).',
  fields: (t) => ({
    startingAt: t.field({ type: 'DateTime', description: 'Start of the window (inclusive).', resolve: (point) => point.startingAt }),
    endingBefore: t.field({ type: 'DateTime', description: 'End of the window (exclusive).', resolve: (point) => point.endingBefore }),
    spend: t.field({ type: Money, description: 'Usage charges in the window.', resolve: (point) => point.spend }),
  }),
});

export interface UsagePointShape {
  startingAt: string;
  endingBefore: string;
  value: number | null;
}

export const UsagePoint = builder.objectRef<UsagePointShape>('UsagePoint').implement({
  description: 'A billable metric’s value in one window.',
  fields: (t) => ({
    startingAt: t.field({ type: 'DateTime', description: 'Start of the window (inclusive).', resolve: (point) => point.startingAt }),
    endingBefore: t.field({ type: 'DateTime', description: 'End of the window (exclusive).', resolve: (point) => point.endingBefore }),
    value: t.float({ nullable: true, description: 'Null when upstream has no value for the window.', resolve: (point) => point.value }),
  }),
});
