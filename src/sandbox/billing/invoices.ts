import type { Invoice } from '@metronome/sdk/resources/v1/customers/invoices';
import { USD_CENTS_ID, type Organization } from '../store/organization.js';
import type { GrantRecord } from '../store/records.js';
import { draftInvoiceId } from './drawdown.js';
import { periodEnd, periodOf } from './periods.js';
import { usageLineItems, type LineItem } from './spend.js';
import type { UsageBook } from './usage-book.js';
import { iso, type TimeWindow } from './windows.js';

type LineItemWire = Invoice.LineItem;

/** The first moment of a period (`2026-06` → 2026-06-01T00:00:00Z). */
function periodStart(period: string): Date {
  const [year = '1970', month = '01'] = period.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, 1));
}

/**
 * A customer's usage invoices, one per billing period (calendar month, UTC) with usage, plus
 * the current period's draft even when empty. Periods before the current one are FINALIZED.
 * Each invoice is in USD (cents): usage line items, then one negative line item per commit or
 * credit that drew it down — the same figures the threshold evaluator uses.
 */
export function customerInvoices(org: Organization, book: UsageBook, customerId: string, now: Date): Invoice[] {
  const current = periodOf(now);
  const periods = new Set([...book.periodsOf(customerId).filter((period) => period <= current), current]);
  return [...periods].sort().map((period) => usageInvoice(org, book, customerId, period, period === current ? 'DRAFT' : 'FINALIZED'));
}

function usageInvoice(org: Organization, book: UsageBook, customerId: string, period: string, status: 'DRAFT' | 'FINALIZED'): Invoice {
  const start = periodStart(period);
  const end = periodEnd(start);
  const creditType = creditTypeWire(org, USD_CENTS_ID);
  const items = usageLineItems(org, book, customerId, period).filter((item) => item.creditTypeId === USD_CENTS_ID);
  const usage = items.map((item) => usageLine(org, item, book, customerId, period, start, end));
  const invoiceId = draftInvoiceId(customerId, period);
  const applied = org
    .grantsOf(customerId)
    .filter((grant) => (grant.wire.access_schedule?.credit_type?.id ?? USD_CENTS_ID) === USD_CENTS_ID)
    .flatMap((grant) => appliedLines(grant, invoiceId, creditType, start, end));
  const subtotal = usage.reduce((sum, line) => sum + line.total, 0);
  const total = Math.max(0, subtotal + applied.reduce((sum, line) => sum + line.total, 0));
  return {
    id: invoiceId,
    customer_id: customerId,
    credit_type: creditType,
    type: 'USAGE',
    status,
    line_items: [...usage, ...applied],
    subtotal,
    total,
    start_timestamp: iso(start.getTime()),
    end_timestamp: iso(end.getTime()),
    created_at: iso(start.getTime()),
    ...(status === 'FINALIZED' && { issued_at: iso(end.getTime()) }),
  };
}

function creditTypeWire(org: Organization, creditTypeId: string): { id: string; name: string } {
  const record = org.creditTypes.get(creditTypeId);
  return { id: creditTypeId, name: record?.name ?? 'USD (cents)' };
}

function usageLine(
  org: Organization,
  item: LineItem,
  book: UsageBook,
  customerId: string,
  period: string,
  start: Date,
  end: Date,
): LineItemWire {
  const product = org.products.get(item.productId);
  const metric = product?.billableMetricId === undefined ? undefined : org.billableMetrics.get(product.billableMetricId);
  const quantity = metric ? book.usage(customerId, period, metric) : 0;
  return {
    name: product?.name ?? 'Usage',
    type: 'usage',
    product_id: item.productId,
    product_type: 'USAGE',
    credit_type: creditTypeWire(org, item.creditTypeId),
    quantity,
    unit_price: quantity === 0 ? 0 : item.amount / quantity,
    total: item.amount,
    starting_at: iso(start.getTime()),
    ending_before: iso(end.getTime()),
  };
}

/** The commit or credit drawdowns recorded against one invoice, as negative line items. */
function appliedLines(
  grant: GrantRecord,
  invoiceId: string,
  creditType: { id: string; name: string },
  start: Date,
  end: Date,
): LineItemWire[] {
  const drawn = grant.entries.filter((entry) => entry.kind === 'deduction' && entry.invoiceId === invoiceId);
  const amount = drawn.reduce((sum, entry) => sum + entry.amount, 0);
  if (amount === 0) return [];
  const type = grant.kind === 'credit' ? 'CREDIT' : grant.wire.type;
  return [
    {
      name: grant.wire.name ?? grant.wire.product.name,
      type: grant.kind === 'credit' ? 'credit' : 'commit',
      credit_type: creditType,
      total: amount,
      product_id: grant.wire.product.id,
      applied_commit_or_credit: { id: grant.wire.id, type },
      ...(grant.kind === 'commit' && { commit_id: grant.wire.id, commit_type: grant.wire.type }),
      ...(drawn[0] && { commit_segment_id: drawn[0].segmentId }),
      starting_at: iso(start.getTime()),
      ending_before: iso(end.getTime()),
    },
  ];
}

/**
 * One breakdown of usage charges for a window: what the window's usage costs through the rate
 * card. Commit and credit drawdown is recorded per invoice, not per window, so breakdowns show
 * usage charges only (subtotal = total).
 */
export function windowBreakdown(
  org: Organization,
  book: UsageBook,
  customerId: string,
  window: TimeWindow,
  now: Date,
  skipZero: boolean,
): Invoice & { breakdown_start_timestamp: string; breakdown_end_timestamp: string } {
  const period = periodOf(window.start);
  const creditType = creditTypeWire(org, USD_CENTS_ID);
  const lines: LineItemWire[] = [];
  for (const product of org.products.values()) {
    if (product.type !== 'USAGE' || product.billableMetricId === undefined) continue;
    const metric = org.billableMetrics.get(product.billableMetricId);
    if (!metric) continue;
    const price = org.rateCard.get(product.id) ?? { unitPrice: org.defaultUnitPrice, creditTypeId: USD_CENTS_ID };
    if (price.creditTypeId !== USD_CENTS_ID) continue;
    const quantity = book.usageBetween(customerId, metric, window.start, window.end);
    if (skipZero && quantity === 0) continue;
    lines.push({
      name: product.name,
      type: 'usage',
      product_id: product.id,
      product_type: 'USAGE',
      credit_type: creditType,
      quantity,
      unit_price: price.unitPrice,
      total: quantity * price.unitPrice,
      starting_at: iso(window.start),
      ending_before: iso(window.end),
    });
  }
  const total = lines.reduce((sum, line) => sum + line.total, 0);
  const periodStarts = periodStart(period);
  return {
    id: draftInvoiceId(customerId, period),
    customer_id: customerId,
    credit_type: creditType,
    type: 'USAGE',
    status: period === periodOf(now) ? 'DRAFT' : 'FINALIZED',
    line_items: lines,
    subtotal: total,
    total,
    start_timestamp: iso(periodStarts.getTime()),
    end_timestamp: iso(periodEnd(periodStarts).getTime()),
    breakdown_start_timestamp: iso(window.start),
    breakdown_end_timestamp: iso(window.end),
  };
}
