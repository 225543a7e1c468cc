import type { CustomerDetail } from '../upstream/types.js';
import { Balance, Credit, type CreditShape } from './credit.js';
import { builder } from './builder.js';
import type { CommitShape } from './commit.js';
import { billingConnection, netBalanceCost, oneCallEach, spendSeriesCost, usageSeriesCost } from './billing-cost.js';
import { upstreamCost } from './cost.js';
import { sizedPages, upstreamConnection } from './connection.js';
import type { GatewayContext } from './context.js';
import { Customer, MAX_FIRST } from './customer.js';
import { grantConnection, grantFilterArgs, grantFilters, MAX_FIRST_GRANTS } from './grant-connection.js';
import {
  Invoice,
  InvoiceStatus,
  Money,
  SeriesWindow,
  SpendPoint,
  USD_CENTS,
  UsagePoint,
  type InvoiceShape,
  type MoneyShape,
} from './billing.js';
import { parseUuid } from './ids.js';
import { selectsField } from './selection.js';
import { seriesRange, usageCustomersPerCall, type SeriesRange } from './series.js';

const CreditConnection = builder.connectionObject(
  { type: Credit, name: 'CreditConnection', description: "A page of a customer's credits." },
  { name: 'CreditEdge', description: 'A credit and its cursor.' },
);

const BalanceConnection = builder.connectionObject(
  { type: Balance, name: 'BalanceConnection', description: "A page of a customer's commits and credits together." },
  { name: 'BalanceEdge', description: 'A commit or credit and its cursor.' },
);

const InvoiceConnection = builder.connectionObject(
  { type: Invoice, name: 'InvoiceConnection', description: "A page of a customer's invoices, oldest period first." },
  { name: 'InvoiceEdge', description: 'An invoice and its cursor.' },
);

const iso = (date: Date | null | undefined): string | undefined => (date ? date.toISOString() : undefined);

/** The customer's draft invoice in a credit type (USD cents unless said), or null when there is none. */
export async function draftInvoice(ctx: GatewayContext, customerId: string, creditTypeId: string | null): Promise<InvoiceShape | null> {
  const page = await ctx.loaders.invoicesPage.load({
    customerId,
    status: 'DRAFT',
    startingOn: null,
    endingBefore: null,
    cursor: null,
    limit: 25,
  });
  const wanted = creditTypeId ?? USD_CENTS.id;
  const wire = page.data.find((invoice) => invoice.credit_type.id === wanted);
  return wire ? { customerId, wire } : null;
}

/** Daily or hourly usage charges of a customer, from invoice breakdowns, one point per window. */
export async function spendPoints(ctx: GatewayContext, customerId: string, range: SeriesRange) {
  const breakdowns = await ctx.loaders.breakdowns.load({
    customerId,
    window: range.window,
    startingOn: range.startingOn,
    endingBefore: range.endingBefore,
  });
  // Breakdowns are per invoice (so per credit type): add up the USD ones per window.
  const byWindow = new Map<string, { startingAt: string; endingBefore: string; spend: MoneyShape }>();
  for (const breakdown of breakdowns) {
    if (breakdown.credit_type.id !== USD_CENTS.id) continue;
    const point = byWindow.get(breakdown.breakdown_start_timestamp) ?? {
      startingAt: breakdown.breakdown_start_timestamp,
      endingBefore: breakdown.breakdown_end_timestamp,
      spend: { amount: 0, creditType: breakdown.credit_type },
    };
    point.spend.amount += breakdown.subtotal ?? breakdown.total;
    byWindow.set(breakdown.breakdown_start_timestamp, point);
  }
  return [...byWindow.values()].sort((a, b) => Date.parse(a.startingAt) - Date.parse(b.startingAt));
}

/** A customer's usage series for one metric; the customers of a page share `/v1/usage` calls. */
export async function usagePoints(ctx: GatewayContext, customerId: string, billableMetricId: string, range: SeriesRange) {
  const rows = await ctx.loaders.usage.load({
    customerId,
    billableMetricId,
    window: range.window,
    startingOn: range.startingOn,
    endingBefore: range.endingBefore,
    perCall: usageCustomersPerCall(range.windows),
  });
  return rows
    .map((row) => ({ startingAt: row.start_timestamp, endingBefore: row.end_timestamp, value: row.value }))
    .sort((a, b) => Date.parse(a.startingAt) - Date.parse(b.startingAt));
}

builder.objectFields(Customer, (t) => ({
  credits: t.connection(
    {
      extensions: upstreamCost(billingConnection),
      type: Credit,
      nullable: true,
      description: "The customer's credits. Balance and ledger are fetched only when selected.",
      args: {
        ...grantFilterArgs('credits'),
      },
      resolve: (customer: CustomerDetail, args, ctx, info) =>
        grantConnection(args, ctx, 'credits', ctx.loaders.creditsPage, {
          customerId: customer.id,
          filters: grantFilters(args),
          includeBalance: selectsField(info, 'balance'),
          includeLedgers: selectsField(info, 'ledger'),
        }),
    },
    CreditConnection,
  ),
  balances: t.connection(
    {
      extensions: upstreamCost(billingConnection),
      type: Balance,
      nullable: true,
      description: "The customer's commits and credits in one list. Balance and ledger are fetched only when selected.",
      args: {
        coveringDate: t.arg({ type: 'DateTime', required: false, description: 'Only those with a segment covering this moment.' }),
        includeArchived: t.arg.boolean({ required: false }),
      },
      resolve: (customer: CustomerDetail, args, ctx, info) => {
        const includeBalance = selectsField(info, 'balance');
        const includeLedgers = selectsField(info, 'ledger');
        return upstreamConnection<CommitShape | CreditShape>(args, {
          maxFirst: MAX_FIRST_GRANTS,
          defaultFirst: MAX_FIRST_GRANTS,
          sized: true,
          pages: sizedPages,
          cursors: ctx.paging.cursors,
          scope: `balances:${customer.id}:${iso(args.coveringDate) ?? ''}:${String(args.includeArchived ?? false)}`,
          fetchPage: async (cursor, limit) => {
            const page = await ctx.loaders.balancesPage.load({
              customerId: customer.id,
              coveringDate: iso(args.coveringDate) ?? null,
              includeArchived: args.includeArchived ?? false,
              includeBalance,
              includeLedgers,
              cursor,
              limit: limit ?? MAX_FIRST_GRANTS,
            });
            return {
              data: page.data.map((wire) => ({ customerId: customer.id, wire }) as CommitShape | CreditShape),
              next_page: page.next_page,
            };
          },
        });
      },
    },
    BalanceConnection,
  ),
  netBalance: t.field({
    extensions: upstreamCost(netBalanceCost),
    type: Money,
    nullable: true,
    description: 'What the customer can draw on right now across commits and credits, in one credit type (USD cents by default).',
    args: { creditTypeId: t.arg.id({ required: false }) },
    resolve: async (customer: CustomerDetail, args, ctx) => {
      const creditTypeId = args.creditTypeId == null ? null : parseUuid(String(args.creditTypeId), 'creditTypeId');
      const net = await ctx.loaders.netBalance.load({ customerId: customer.id, creditTypeId });
      return { amount: net.balance, creditType: await creditTypeOf(ctx, net.credit_type_id) };
    },
  }),
  monthToDateSpend: t.field({
    extensions: upstreamCost(oneCallEach),
    type: Money,
    nullable: true,
    description:
      'The current draft invoice’s total: this billing period so far, after commits and credits. Null when there is no draft in that credit type.',
    args: { creditTypeId: t.arg.id({ required: false }) },
    resolve: async (customer: CustomerDetail, args, ctx) => {
      const creditTypeId = args.creditTypeId == null ? null : parseUuid(String(args.creditTypeId), 'creditTypeId');
      const draft = await draftInvoice(ctx, customer.id, creditTypeId);
      return draft ? { amount: draft.wire.total, creditType: draft.wire.credit_type } : null;
    },
  }),
  invoices: t.connection(
    {
      extensions: upstreamCost(billingConnection),
      type: Invoice,
      nullable: true,
      description: 'The customer’s invoices, oldest billing period first.',
      args: {
        status: t.arg({ type: InvoiceStatus, required: false }),
        startingOn: t.arg({ type: 'DateTime', required: false, description: 'Only billing periods starting at or after this moment.' }),
        endingBefore: t.arg({ type: 'DateTime', required: false, description: 'Only billing periods ending at or before this moment.' }),
      },
      resolve: (customer: CustomerDetail, args, ctx) =>
        upstreamConnection<InvoiceShape>(args, {
          maxFirst: MAX_FIRST,
          defaultFirst: 25,
          sized: true,
          pages: sizedPages,
          cursors: ctx.paging.cursors,
          scope: `invoices:${customer.id}:${args.status ?? ''}:${iso(args.startingOn) ?? ''}:${iso(args.endingBefore) ?? ''}`,
          fetchPage: async (cursor, limit) => {
            const page = await ctx.loaders.invoicesPage.load({
              customerId: customer.id,
              status: args.status ?? null,
              startingOn: iso(args.startingOn) ?? null,
              endingBefore: iso(args.endingBefore) ?? null,
              cursor,
              limit: limit ?? 25,
            });
            for (const wire of page.data) ctx.loaders.invoice.prime({ customerId: customer.id, invoiceId: wire.id }, wire);
            return { data: page.data.map((wire) => ({ customerId: customer.id, wire })), next_page: page.next_page };
          },
        }),
    },
    InvoiceConnection,
  ),
  invoice: t.field({
    extensions: upstreamCost(oneCallEach),
    type: Invoice,
    nullable: true,
    description: 'One invoice of this customer, by its Metronome id; null when there is none.',
    args: { invoiceId: t.arg.id({ required: true }) },
    resolve: async (customer: CustomerDetail, args, ctx) => {
      const invoiceId = parseUuid(String(args.invoiceId), 'invoiceId');
      const wire = await ctx.loaders.invoice.load({ customerId: customer.id, invoiceId });
      return wire ? { customerId: customer.id, wire } : null;
    },
  }),
  spendSeries: t.field({
    extensions: upstreamCost(spendSeriesCost),
    type: [SpendPoint],
    nullable: true,
    description:
      'Usage charges per window (before commits and credits), from invoice breakdowns. Defaults to the last 7 full days and today.',
    args: {
      window: t.arg({ type: SeriesWindow, required: false, defaultValue: 'DAY' }),
      startingOn: t.arg({ type: 'DateTime', required: false, description: 'Inclusive; on a window boundary.' }),
      endingBefore: t.arg({ type: 'DateTime', required: false, description: 'Exclusive; on a window boundary.' }),
    },
    resolve: (customer: CustomerDetail, args, ctx) =>
      spendPoints(ctx, customer.id, seriesRange(args.window ?? 'DAY', args.startingOn, args.endingBefore, ctx.now())),
  }),
  usageSeries: t.field({
    extensions: upstreamCost(usageSeriesCost),
    type: [UsagePoint],
    nullable: true,
    description:
      'A billable metric’s value per window. The customers of one page share upstream calls (up to 100 customers each). Defaults to the last 7 full days and today.',
    args: {
      billableMetricId: t.arg.id({ required: true }),
      window: t.arg({ type: SeriesWindow, required: false, defaultValue: 'DAY' }),
      startingOn: t.arg({ type: 'DateTime', required: false, description: 'Inclusive; on a window boundary.' }),
      endingBefore: t.arg({ type: 'DateTime', required: false, description: 'Exclusive; on a window boundary.' }),
    },
    resolve: (customer: CustomerDetail, args, ctx) => {
      const metricId = parseUuid(String(args.billableMetricId), 'billableMetricId');
      return usagePoints(ctx, customer.id, metricId, seriesRange(args.window ?? 'DAY', args.startingOn, args.endingBefore, ctx.now()));
    },
  }),
}));

/** The credit type's name: USD (cents) is fixed by Metronome; others are looked up once per request. */
async function creditTypeOf(ctx: GatewayContext, id: string): Promise<{ id: string; name: string }> {
  if (id === USD_CENTS.id) return USD_CENTS;
  const types = await ctx.loaders.creditTypes.load('all');
  return { id, name: types.find((type) => type.id === id)?.name ?? id };
}
