import { createHash } from 'node:crypto';
import type { Organization } from '../store/organization.js';
import type { GrantRecord } from '../store/records.js';
import { isActive, segmentsOf, type Segment } from './ledger.js';
import type { LineItem } from './spend.js';

/** A stable id for the draft usage invoice of one customer and period. */
export function draftInvoiceId(customerId: string, period: string): string {
  const hex = createHash('sha256').update(`${customerId}|${period}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function activeSegment(grant: GrantRecord, now: Date): Segment | undefined {
  return segmentsOf(grant).find((segment) => isActive(segment, now));
}

/** Rollover first, then prepaid commits and credits, then postpaid commits. */
function category(grant: GrantRecord): number {
  if (grant.wire.rolled_over_from) return 0;
  return grant.kind === 'commit' && grant.wire.type === 'POSTPAID' ? 2 : 1;
}

/** Free grants (no invoice, or credits) are used before paid ones. */
function isPaid(grant: GrantRecord): number {
  if (grant.kind === 'credit') return 0;
  const items = grant.wire.invoice_schedule?.schedule_items ?? [];
  return items.some((item) => (item.amount ?? 0) > 0) ? 1 : 0;
}

/** Grants scoped to fewer products go first; unscoped ones (all products) last. */
function productScope(grant: GrantRecord): number {
  const ids = grant.wire.applicable_product_ids?.length ?? 0;
  const tags = grant.wire.applicable_product_tags?.length ?? 0;
  const specifiers = grant.wire.specifiers?.length ?? 0;
  return ids + tags + specifiers === 0 ? Number.MAX_SAFE_INTEGER : ids + tags + specifiers;
}

/**
 * Metronome's documented drawdown order: category (rollover, prepaid and credits, postpaid),
 * then priority ascending, free before paid, fewest applicable products, earlier end of the
 * active segment, earlier segment start; creation order breaks remaining ties.
 */
function drawdownOrder(grants: readonly GrantRecord[], now: Date): GrantRecord[] {
  const keyOf = (grant: GrantRecord): number[] => {
    const segment = activeSegment(grant, now);
    return [
      category(grant),
      grant.wire.priority ?? Number.MAX_SAFE_INTEGER,
      isPaid(grant),
      productScope(grant),
      segment ? Date.parse(segment.ending_before) : Number.MAX_SAFE_INTEGER,
      segment ? Date.parse(segment.starting_at) : Number.MAX_SAFE_INTEGER,
      grant.seq,
    ];
  };
  return [...grants].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    for (let i = 0; i < ka.length; i += 1) {
      const diff = (ka[i] ?? 0) - (kb[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  });
}

function applies(org: Organization, grant: GrantRecord, item: LineItem): boolean {
  if ((grant.wire.access_schedule?.credit_type?.id ?? item.creditTypeId) !== item.creditTypeId) return false;
  const ids = grant.wire.applicable_product_ids;
  const tags = grant.wire.applicable_product_tags;
  const specifiers = grant.wire.specifiers;
  if (!ids?.length && !tags?.length && !specifiers?.length) return true;
  const productTags = org.products.get(item.productId)?.tags ?? [];
  if (ids?.includes(item.productId)) return true;
  if (tags?.some((tag) => productTags.includes(tag))) return true;
  return (specifiers ?? []).some(
    (spec) => spec.product_id === item.productId || (spec.product_tags ?? []).some((tag) => productTags.includes(tag)),
  );
}

/**
 * Applies a period's usage charges to the customer's commits and credits, replacing whatever
 * this period's draft invoice had drawn before: the result depends only on the usage so far,
 * not on the order events arrived in.
 */
export function applyUsageDrawdown(
  org: Organization,
  customerId: string,
  items: readonly LineItem[],
  now: Date,
  period: string,
  periodEnds: Date,
): void {
  const invoiceId = draftInvoiceId(customerId, period);
  const grants = org.grantsOf(customerId);
  for (const grant of grants) {
    grant.entries = grant.entries.filter((entry) => !(entry.kind === 'deduction' && entry.invoiceId === invoiceId));
  }
  const ordered = drawdownOrder(grants, now);
  const available = new Map<string, number>();
  const drawn = new Map<string, { grant: GrantRecord; segment: Segment; amount: number }>();
  for (const item of items) {
    let remaining = item.amount;
    for (const grant of ordered) {
      if (remaining <= 0) break;
      const segment = activeSegment(grant, now);
      if (!segment || !applies(org, grant, item)) continue;
      const key = `${grant.wire.id}|${segment.id}`;
      const left =
        available.get(key) ??
        segment.amount + grant.entries.filter((entry) => entry.segmentId === segment.id).reduce((sum, entry) => sum + entry.amount, 0);
      const take = Math.min(Math.max(0, left), remaining);
      if (take <= 0) continue;
      available.set(key, left - take);
      remaining -= take;
      const entry = drawn.get(key) ?? { grant, segment, amount: 0 };
      entry.amount += take;
      drawn.set(key, entry);
    }
  }
  for (const { grant, segment, amount } of drawn.values()) {
    grant.entries.push({ kind: 'deduction', segmentId: segment.id, amount: -amount, timestamp: periodEnds.toISOString(), invoiceId });
  }
}

/** What the draft invoice still charges after commits and credits: usage not covered by any grant. */
export function uncoveredSpend(
  org: Organization,
  customerId: string,
  items: readonly LineItem[],
  creditTypeId: string,
  period: string,
): number {
  const invoiceId = draftInvoiceId(customerId, period);
  const covered = org
    .grantsOf(customerId)
    .flatMap((grant) => grant.entries)
    .filter((entry) => entry.kind === 'deduction' && entry.invoiceId === invoiceId)
    .reduce((sum, entry) => sum - entry.amount, 0);
  const total = items.filter((item) => item.creditTypeId === creditTypeId).reduce((sum, item) => sum + item.amount, 0);
  return Math.max(0, total - covered);
}
