import { USD_CENTS_ID, type Organization } from '../store/organization.js';
import type { UsageBook } from './usage-book.js';

/** One usage product's charges for a customer in a period, priced through the rate card. */
export interface LineItem {
  productId: string;
  creditTypeId: string;
  amount: number;
  /** `key=value` → the part of `amount` carried by events with that group value. */
  byGroup: Map<string, number>;
}

/**
 * Usage priced for one customer and period. Metronome prices usage through contracts and rate
 * cards; the sandbox keeps one flat rate card per organization: USAGE product (and so its
 * billable metric) → unit price in a credit type, `org.defaultUnitPrice` USD cents otherwise.
 */
export function usageLineItems(org: Organization, book: UsageBook, customerId: string, period: string): LineItem[] {
  const items: LineItem[] = [];
  for (const product of org.products.values()) {
    if (product.type !== 'USAGE' || product.billableMetricId === undefined) continue;
    const metric = org.billableMetrics.get(product.billableMetricId);
    if (!metric) continue;
    const price = org.rateCard.get(product.id) ?? { unitPrice: org.defaultUnitPrice, creditTypeId: USD_CENTS_ID };
    const quantity = book.usage(customerId, period, metric);
    if (quantity === 0) continue;
    const byGroup = new Map<string, number>();
    for (const key of new Set((metric.metric.group_keys ?? []).flat())) {
      for (const value of book.groupValues(customerId, period, metric.metric.id, key)) {
        const group = `${key}=${value}`;
        byGroup.set(group, book.usage(customerId, period, metric, group) * price.unitPrice);
      }
    }
    items.push({ productId: product.id, creditTypeId: price.creditTypeId, amount: quantity * price.unitPrice, byGroup });
  }
  return items;
}

/** Total of line items in a credit type, optionally only the part carried by one `key=value` group. */
export function spendOf(items: readonly LineItem[], creditTypeId: string, group?: string): number {
  return items
    .filter((item) => item.creditTypeId === creditTypeId)
    .reduce((sum, item) => sum + (group === undefined ? item.amount : (item.byGroup.get(group) ?? 0)), 0);
}
